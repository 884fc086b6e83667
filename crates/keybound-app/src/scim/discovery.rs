//! What the service provider tells clients about itself (RFC 7643 §5–7): its features, its
//! resource types and the schemas of their attributes, exactly the attributes Keybound keeps.

use super::{ScimError, ScimResult, Service, GROUP, LIST, MAX_COUNT, USER};
use keybound_core::scim_filter::ENTERPRISE;
use serde_json::{json, Value};

const SPC: &str = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
const RESOURCE_TYPE: &str = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
const SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Schema";

pub fn service_provider_config(service: &Service) -> Value {
    json!({
        "schemas": [SPC],
        "documentationUri": "https://www.rfc-editor.org/rfc/rfc7644",
        "patch": {"supported": true},
        "bulk": {"supported": false, "maxOperations": 0, "maxPayloadSize": 0},
        "filter": {"supported": true, "maxResults": MAX_COUNT},
        "changePassword": {"supported": false},
        "sort": {"supported": true},
        "etag": {"supported": true},
        "authenticationSchemes": [{
            "type": "oauthbearertoken",
            "name": "OAuth Bearer Token",
            "description": "A Keybound API token with SCIM scopes (scim:users:read, ..., or scim:*), sent as `Authorization: Bearer …`",
            "primary": true,
        }],
        "meta": {
            "resourceType": "ServiceProviderConfig",
            "location": format!("{}/ServiceProviderConfig", service.base),
        },
    })
}

fn resource_type_of(service: &Service, name: &str) -> Option<Value> {
    let (endpoint, schema, extensions) = match name {
        "User" => ("/Users", USER, json!([{"schema": ENTERPRISE, "required": false}])),
        "Group" => ("/Groups", GROUP, json!([])),
        _ => return None,
    };
    Some(json!({
        "schemas": [RESOURCE_TYPE],
        "id": name,
        "name": name,
        "endpoint": endpoint,
        "description": if name == "User" { "A person" } else { "A group of people" },
        "schema": schema,
        "schemaExtensions": extensions,
        "meta": {
            "resourceType": "ResourceType",
            "location": format!("{}/ResourceTypes/{name}", service.base),
        },
    }))
}

pub fn resource_types(service: &Service) -> Value {
    let all: Vec<Value> = ["User", "Group"]
        .into_iter()
        .filter_map(|n| resource_type_of(service, n))
        .collect();
    list(all)
}

pub fn resource_type(service: &Service, name: &str) -> ScimResult<Value> {
    resource_type_of(service, name).ok_or_else(|| {
        ScimError::new(
            404,
            None,
            format!("no resource type `{name}`: there are User and Group"),
        )
    })
}

fn list(resources: Vec<Value>) -> Value {
    json!({
        "schemas": [LIST],
        "totalResults": resources.len(),
        "startIndex": 1,
        "itemsPerPage": resources.len(),
        "Resources": resources,
    })
}

/// One attribute's definition; `kind` is SCIM's type.
fn attr(name: &str, kind: &str, description: &str) -> Value {
    json!({
        "name": name,
        "type": kind,
        "multiValued": false,
        "description": description,
        "required": false,
        "caseExact": false,
        "mutability": "readWrite",
        "returned": "default",
        "uniqueness": "none",
    })
}

fn with(mut a: Value, changes: Value) -> Value {
    if let (Some(a), Value::Object(c)) = (a.as_object_mut(), changes) {
        a.extend(c);
    }
    a
}

fn user_schema() -> Value {
    let email = json!([
        attr("value", "string", "The email address"),
        with(
            attr("type", "string", "What the address is for"),
            json!({"canonicalValues": ["work", "home", "other"]})
        ),
        attr(
            "primary",
            "boolean",
            "Whether this is the person's primary address, the one Keybound mails"
        ),
    ]);
    let group = json!([
        with(
            attr("value", "string", "The group's id"),
            json!({"mutability": "readOnly"})
        ),
        with(
            attr("$ref", "reference", "The group's URI"),
            json!({"mutability": "readOnly", "referenceTypes": ["Group"], "caseExact": true}),
        ),
        with(
            attr("display", "string", "The group's name"),
            json!({"mutability": "readOnly"})
        ),
    ]);
    schema_document(
        USER,
        "User",
        "A person",
        vec![
            with(
                attr(
                    "userName",
                    "string",
                    "The name the person signs in with; unique in the realm, ignoring case",
                ),
                json!({"required": true, "uniqueness": "server"}),
            ),
            with(
                attr("name", "complex", "The person's name"),
                json!({"subAttributes": [
                    attr("givenName", "string", "Given name"),
                    attr("familyName", "string", "Family name"),
                ]}),
            ),
            attr("displayName", "string", "The name shown for the person"),
            with(
                attr(
                    "emails",
                    "complex",
                    "Email addresses; the primary one receives enrolment emails",
                ),
                json!({"multiValued": true, "subAttributes": email}),
            ),
            attr(
                "active",
                "boolean",
                "false suspends the person: their sessions end and they cannot sign in",
            ),
            with(
                attr(
                    "groups",
                    "complex",
                    "The groups the person is in; change them through Groups",
                ),
                json!({"multiValued": true, "mutability": "readOnly", "subAttributes": group}),
            ),
        ],
    )
}

fn enterprise_schema() -> Value {
    schema_document(
        ENTERPRISE,
        "EnterpriseUser",
        "Enterprise User",
        vec![
            attr("employeeNumber", "string", "Employee number"),
            attr("costCenter", "string", "Cost center"),
            attr("organization", "string", "Organization"),
            attr("division", "string", "Division"),
            attr("department", "string", "Department"),
            with(
                attr("manager", "complex", "The person's manager"),
                json!({"subAttributes": [
                    attr("value", "string", "The manager's id"),
                    with(
                        attr("$ref", "reference", "The manager's URI"),
                        json!({"referenceTypes": ["User"], "caseExact": true}),
                    ),
                ]}),
            ),
        ],
    )
}

fn group_schema() -> Value {
    schema_document(
        GROUP,
        "Group",
        "A group of people",
        vec![
            with(
                attr(
                    "displayName",
                    "string",
                    "The group's name; unique in the realm, ignoring case",
                ),
                json!({"required": true, "uniqueness": "server"}),
            ),
            with(
                attr("members", "complex", "The people in the group"),
                json!({"multiValued": true, "subAttributes": [
                    with(attr("value", "string", "The person's id"), json!({"mutability": "immutable"})),
                    with(
                        attr("$ref", "reference", "The person's URI"),
                        json!({"mutability": "immutable", "referenceTypes": ["User"], "caseExact": true}),
                    ),
                ]}),
            ),
        ],
    )
}

fn schema_document(id: &str, name: &str, description: &str, attributes: Vec<Value>) -> Value {
    json!({
        "schemas": [SCHEMA],
        "id": id,
        "name": name,
        "description": description,
        "attributes": attributes,
    })
}

fn located(service: &Service, mut schema: Value) -> Value {
    let id = schema["id"].as_str().unwrap_or_default().to_owned();
    schema["meta"] = json!({
        "resourceType": "Schema",
        "location": format!("{}/Schemas/{id}", service.base),
    });
    schema
}

pub fn schemas(service: &Service) -> Value {
    list(
        [user_schema(), enterprise_schema(), group_schema()]
            .into_iter()
            .map(|s| located(service, s))
            .collect(),
    )
}

pub fn schema(service: &Service, id: &str) -> ScimResult<Value> {
    [user_schema(), enterprise_schema(), group_schema()]
        .into_iter()
        .find(|s| s["id"].as_str().is_some_and(|i| i.eq_ignore_ascii_case(id)))
        .map(|s| located(service, s))
        .ok_or_else(|| ScimError::new(404, None, format!("no schema `{id}`")))
}
