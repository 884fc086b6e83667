//! SCIM Users: Keybound's identities.

use super::{
    boolean, check_version, enterprise, require_scim, text, version, ListRequest, ScimError, ScimResult,
    Service, USER,
};
use crate::{identities, Actor, App};
use keybound_core::identity::{
    default_display_name, Identity, IdentityPatch, IdentityStatus, NewIdentity, Source, Traits,
};
use keybound_core::realm::Realm;
use keybound_core::scim_filter::{lookup, ENTERPRISE};
use keybound_core::time_fmt::rfc3339;
use serde_json::{json, Map, Value};

/// The enterprise extension's attributes Keybound keeps, as SCIM spells them.
const ENTERPRISE_TEXT: [&str; 5] = [
    "employeeNumber",
    "costCenter",
    "organization",
    "division",
    "department",
];

/// A person as a SCIM client describes them.
#[derive(Debug, Clone)]
struct Person {
    username: String,
    given_name: Option<String>,
    family_name: Option<String>,
    display_name: Option<String>,
    emails: Vec<Value>,
    external_id: Option<String>,
    active: Option<bool>,
    enterprise: Map<String, Value>,
    /// `preferredLanguage`, else `locale`: the language for the person's pages and email.
    locale: Option<String>,
}

impl Person {
    /// Reads a User resource, ignoring what Keybound does not keep (roles, addresses,
    /// `name.formatted`, `groups`, `meta`, ...).
    fn read(body: &Value) -> ScimResult<Self> {
        if !body.is_object() {
            return Err(ScimError::bad("invalidSyntax", "a User must be a JSON object"));
        }
        let username = text(lookup(body, "username"), "userName")?
            .ok_or_else(|| ScimError::bad("invalidValue", "userName is required"))?;
        let name = lookup(body, "name");
        let given_name = text(name.and_then(|n| lookup(n, "givenname")), "name.givenName")?;
        let family_name = text(name.and_then(|n| lookup(n, "familyname")), "name.familyName")?;
        let mut emails = Vec::new();
        match lookup(body, "emails") {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                for item in items {
                    let Some(value) = text(lookup(item, "value"), "emails.value")? else {
                        continue;
                    };
                    let mut email = Map::new();
                    email.insert("value".into(), json!(value));
                    if let Some(t) = text(lookup(item, "type"), "emails.type")? {
                        email.insert("type".into(), json!(t));
                    }
                    if let Some(p) = lookup(item, "primary").filter(|p| !p.is_null()) {
                        email.insert("primary".into(), json!(boolean(p, "emails.primary")?));
                    }
                    emails.push(Value::Object(email));
                }
            }
            Some(_) => return Err(ScimError::bad("invalidValue", "emails must be a list")),
        }
        let active = match lookup(body, "active") {
            None | Some(Value::Null) => None,
            Some(v) => Some(boolean(v, "active")?),
        };
        let mut ext = Map::new();
        if let Some(e) = enterprise(body) {
            for name in ENTERPRISE_TEXT {
                if let Some(v) = text(lookup(e, &name.to_ascii_lowercase()), name)? {
                    ext.insert(name.into(), json!(v));
                }
            }
            // A manager is `{"value": id}`; Entra ID also sends the bare id.
            let manager = match lookup(e, "manager") {
                Some(Value::String(id)) if !id.trim().is_empty() => Some(json!({ "value": id.trim() })),
                Some(m @ Value::Object(_)) => match text(lookup(m, "value"), "manager.value")? {
                    Some(id) => {
                        let mut out = json!({ "value": id });
                        if let Some(r) = text(lookup(m, "$ref"), "manager.$ref")? {
                            out["$ref"] = json!(r);
                        }
                        Some(out)
                    }
                    None => None,
                },
                _ => None,
            };
            if let Some(m) = manager {
                ext.insert("manager".into(), m);
            }
        }
        Ok(Self {
            username,
            given_name,
            family_name,
            display_name: text(lookup(body, "displayname"), "displayName")?,
            emails,
            external_id: text(lookup(body, "externalid"), "externalId")?,
            active,
            enterprise: ext,
            locale: text(lookup(body, "preferredlanguage"), "preferredLanguage")?
                .or(text(lookup(body, "locale"), "locale")?)
                .filter(|l| keybound_core::identity::is_language_tag(l)),
        })
    }

    /// The primary email: the one marked primary, else the first.
    fn primary_email(&self) -> Option<String> {
        let primary = self
            .emails
            .iter()
            .find(|e| e.get("primary") == Some(&json!(true)))
            .or_else(|| self.emails.first());
        primary
            .and_then(|e| e.get("value"))
            .and_then(Value::as_str)
            .map(str::to_owned)
    }

    fn display_name(&self) -> String {
        self.display_name.clone().unwrap_or_else(|| {
            default_display_name(
                self.given_name.as_deref(),
                self.family_name.as_deref(),
                &self.username,
            )
        })
    }

    fn traits(&self) -> Traits {
        Traits {
            username: self.username.clone(),
            primary_email_address: self.primary_email(),
            given_name: self.given_name.clone(),
            family_name: self.family_name.clone(),
            external_id: self.external_id.clone(),
            locale: self.locale.clone(),
        }
    }

    /// What is kept beside the identity's columns.
    fn document(&self) -> String {
        let mut doc = json!({
            "assigned": {
                "displayName": self.display_name.is_some(),
                "active": self.active.is_some(),
            },
        });
        if !self.emails.is_empty() {
            doc["emails"] = json!(self.emails);
        }
        if !self.enterprise.is_empty() {
            doc["enterprise"] = Value::Object(self.enterprise.clone());
        }
        doc.to_string()
    }

    fn patch(&self) -> IdentityPatch {
        let t = self.traits();
        IdentityPatch {
            display_name: Some(self.display_name()),
            status: self.active.map(status),
            username: Some(t.username),
            primary_email_address: Some(t.primary_email_address),
            given_name: Some(t.given_name),
            family_name: Some(t.family_name),
            external_id: Some(t.external_id),
            // Kept when the client does not say: the person may have chosen it themselves.
            locale: t.locale.map(Some),
        }
    }
}

fn status(active: bool) -> IdentityStatus {
    if active {
        IdentityStatus::Active
    } else {
        IdentityStatus::Suspended
    }
}

/// The User resource of `identity`, with its SCIM document (if any) and groups.
fn render(
    service: &Service,
    identity: &Identity,
    document: Option<&str>,
    groups: &[(String, String)],
) -> Value {
    let doc: Option<Value> = document.and_then(|d| serde_json::from_str(d).ok());
    let assigned = |name: &str| {
        doc.as_ref()
            .is_none_or(|d| d["assigned"][name].as_bool().unwrap_or(true))
    };
    let t = &identity.traits;
    let mut user = json!({
        "schemas": [USER],
        "id": identity.id,
        "userName": t.username,
    });
    if let Some(x) = &t.external_id {
        user["externalId"] = json!(x);
    }
    if let Some(l) = &t.locale {
        user["preferredLanguage"] = json!(l);
    }
    let mut name = Map::new();
    if let Some(g) = &t.given_name {
        name.insert("givenName".into(), json!(g));
    }
    if let Some(f) = &t.family_name {
        name.insert("familyName".into(), json!(f));
    }
    if !name.is_empty() {
        user["name"] = Value::Object(name);
    }
    if assigned("displayName") {
        user["displayName"] = json!(identity.display_name);
    }
    if let Some(email) = &t.primary_email_address {
        // The emails the client set, while their primary one is still the person's.
        let kept = doc
            .as_ref()
            .and_then(|d| d["emails"].as_array())
            .filter(|emails| {
                let primary = emails
                    .iter()
                    .find(|e| e["primary"] == json!(true))
                    .or_else(|| emails.first());
                primary
                    .and_then(|e| e["value"].as_str())
                    .is_some_and(|v| v.eq_ignore_ascii_case(email))
            });
        user["emails"] = match kept {
            Some(emails) => json!(emails),
            None => json!([{ "value": email, "type": "work", "primary": true }]),
        };
    }
    if assigned("active") {
        user["active"] = json!(identity.status == IdentityStatus::Active);
    }
    if !groups.is_empty() {
        user["groups"] = groups
            .iter()
            .map(|(id, name)| json!({"value": id, "$ref": service.location("Groups", id), "display": name}))
            .collect();
    }
    if let Some(ext) = doc
        .as_ref()
        .and_then(|d| d.get("enterprise"))
        .filter(|e| e.is_object())
    {
        user[ENTERPRISE] = ext.clone();
        user["schemas"] = json!([USER, ENTERPRISE]);
    }
    user["meta"] = json!({
        "resourceType": "User",
        "created": rfc3339(identity.create_time),
        "lastModified": rfc3339(identity.update_time),
        "location": service.location("Users", &identity.id),
        "version": version(identity.update_time),
    });
    user
}

/// The User resources of `people`, with their documents and groups read in two queries.
pub(super) async fn render_all(app: &App, service: &Service, people: &[Identity]) -> ScimResult<Vec<Value>> {
    let ids: Vec<String> = people.iter().map(|i| i.id.clone()).collect();
    let documents = app.store.scim_documents(&ids).await?;
    let memberships = app.store.groups_of(&ids).await?;
    Ok(people
        .iter()
        .map(|identity| {
            let groups: Vec<(String, String)> = memberships
                .iter()
                .filter(|(person, _, _)| *person == identity.id)
                .map(|(_, id, name)| (id.clone(), name.clone()))
                .collect();
            render(
                service,
                identity,
                documents.get(&identity.id).map(String::as_str),
                &groups,
            )
        })
        .collect())
}

async fn rendered(app: &App, service: &Service, identity: &Identity) -> ScimResult<Value> {
    let mut all = render_all(app, service, std::slice::from_ref(identity)).await?;
    Ok(all.remove(0))
}

pub(super) async fn list_users(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    service: &Service,
    request: &ListRequest,
) -> ScimResult<Value> {
    require_scim(actor)?;
    actor.require("identities:read")?;
    let listing = request.parse()?;
    let (people, total) = app.store.scim_identities(realm_id, &listing.query()).await?;
    let resources = render_all(app, service, &people).await?;
    Ok(listing.response(total, resources))
}

pub(super) async fn get_user(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    service: &Service,
    id: &str,
) -> ScimResult<Value> {
    require_scim(actor)?;
    let identity = identities::get(app, actor, realm_id, id).await?;
    rendered(app, service, &identity).await
}

/// Creates a person from a User resource. With "send enrolment when provisioned" on, a person
/// with an email address gets their enrolment email.
pub(super) async fn create_user(
    app: &App,
    actor: &Actor,
    realm: &Realm,
    service: &Service,
    body: &Value,
) -> ScimResult<Value> {
    require_scim(actor)?;
    let person = Person::read(body)?;
    let identity = app
        .atomically_as(async {
            let new = NewIdentity {
                display_name: person.display_name(),
                status: status(person.active.unwrap_or(true)),
                source: Source::Scim,
                traits: person.traits(),
            };
            let identity = identities::create(app, actor, realm, new, &[])
                .await
                .map_err(scim_fields)?;
            app.store
                .set_scim_document(
                    &realm.id,
                    &identity.id,
                    Some(&person.document()),
                    identity.update_time,
                )
                .await?;
            Ok::<_, ScimError>(identities::get(app, actor, &realm.id, &identity.id).await?)
        })
        .await?;
    let has_email = identity.traits.primary_email_address.is_some();
    crate::batches::enroll_provisioned(app, realm, &[(identity.id.clone(), has_email)]).await;
    rendered(app, service, &identity).await
}

/// Replaces a person's attributes with those of a User resource (PUT).
pub(super) async fn replace_user(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    service: &Service,
    id: &str,
    body: &Value,
    if_match: Option<&str>,
) -> ScimResult<Value> {
    require_scim(actor)?;
    let person = Person::read(body)?;
    let identity = app
        .atomically_as(async {
            let before = identities::get(app, actor, realm_id, id).await?;
            check_version(&version(before.update_time), if_match)?;
            store(app, actor, &before, &person).await
        })
        .await?;
    rendered(app, service, &identity).await
}

/// Changes a person by a PatchOp request.
pub(super) async fn patch_user(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    service: &Service,
    id: &str,
    body: &Value,
    if_match: Option<&str>,
) -> ScimResult<Value> {
    require_scim(actor)?;
    let ops = keybound_core::scim_patch::parse(body)?;
    let identity = app
        .atomically_as(async {
            let before = identities::get(app, actor, realm_id, id).await?;
            check_version(&version(before.update_time), if_match)?;
            let mut user = rendered(app, service, &before).await?;
            keybound_core::scim_patch::apply(&mut user, &ops)?;
            let person = Person::read(&user)?;
            store(app, actor, &before, &person).await
        })
        .await?;
    rendered(app, service, &identity).await
}

/// Writes `person` over the identity, through the use case any edge uses (so `active: false`
/// suspends as the console's button does), and keeps its SCIM document.
async fn store(app: &App, actor: &Actor, before: &Identity, person: &Person) -> ScimResult<Identity> {
    let (realm_id, id) = (before.realm_id.as_str(), before.id.as_str());
    identities::update(app, actor, realm_id, id, &person.patch())
        .await
        .map_err(scim_fields)?;
    // Later than the version the change was made on, whatever the clocks say.
    let at = app
        .clock
        .now()
        .max(before.update_time + time::Duration::microseconds(1));
    app.store
        .set_scim_document(realm_id, id, Some(&person.document()), at)
        .await?;
    Ok(identities::get(app, actor, realm_id, id).await?)
}

pub(super) async fn delete_user(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    id: &str,
    if_match: Option<&str>,
) -> ScimResult<()> {
    require_scim(actor)?;
    app.atomically_as(async {
        let before = identities::get(app, actor, realm_id, id).await?;
        check_version(&version(before.update_time), if_match)?;
        identities::delete(app, actor, realm_id, id).await?;
        Ok(())
    })
    .await
}

/// An identity's field errors in SCIM's attribute names.
fn scim_fields(e: crate::AppError) -> ScimError {
    let mut e = ScimError::from(e);
    for (ours, theirs) in [
        ("traits.username", "userName"),
        ("traits.primary_email_address", "emails"),
        ("traits.given_name", "name.givenName"),
        ("traits.family_name", "name.familyName"),
        ("traits.external_id", "externalId"),
        ("traits.locale", "preferredLanguage"),
        ("display_name", "displayName"),
    ] {
        e.detail = e
            .detail
            .replace(&format!("identity.{ours}"), theirs)
            .replace(ours, theirs);
    }
    e
}
