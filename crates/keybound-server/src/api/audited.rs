//! Changes made through the REST API are audited as changes made in the console are: every
//! successful create, update, delete or action is an event with the API token as its actor,
//! the resource it changed as its target, and the caller's address. (Binding jobs,
//! credentials, login codes, sign-up tokens and LDAP record their own, richer events.)

use crate::web::{client_of, AppState};
use axum::body::Body;
use axum::extract::{MatchedPath, RawPathParams, Request, State};
use axum::http::{header, Method};
use axum::middleware::Next;
use axum::response::Response;
use keybound_core::audit::Actor;

/// Resources whose handlers audit their own changes.
const SELF_AUDITED: &[&str] = &[
    "credential-binding-jobs",
    "credentials",
    "login-codes",
    "signup-tokens",
    "ldap-config",
];
/// Actions that change nothing.
const READ_ONLY_ACTIONS: &[&str] = &["preview"];
/// Responses larger than this are not read for the id of what they created.
const MAX_READ: usize = 256 * 1024;

/// What a request changes: the kind of resource, the action, and the target's id if the path
/// names it.
struct Change {
    kind: String,
    action: String,
    id: Option<String>,
}

pub async fn audit_changes(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let template = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .filter(|t| t.starts_with("/v1/"));
    if !matches!(
        method,
        Method::POST | Method::PATCH | Method::PUT | Method::DELETE
    ) || template.is_none()
    {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let params: Vec<(String, String)> =
        match <RawPathParams as axum::extract::FromRequestParts<AppState>>::from_request_parts(
            &mut parts, &state,
        )
        .await
        {
            Ok(params) => params.iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect(),
            Err(_) => Vec::new(),
        };
    let token_id = parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .and_then(|(_, presented)| keybound_core::api_token::parse_secret(presented.trim()))
        .map(|(id, _)| id.to_owned());
    let client = client_of(&parts);
    let change = template.as_deref().and_then(|t| change_of(t, &method, &params));
    let response = next.run(Request::from_parts(parts, body)).await;
    let (Some(change), Some(token_id)) = (change, token_id) else {
        return response;
    };
    if !response.status().is_success() {
        return response;
    }
    // A create names its new resource only in the answer.
    let (response, id) = match change.id.clone() {
        Some(id) => (response, Some(id)),
        None => created_id(response).await,
    };
    let realm = params
        .iter()
        .find(|(k, _)| k == "realm_id")
        .map(|(_, v)| v.clone());
    let mut event = client
        .event(&state, &change.action)
        .by(Actor::api_token(&token_id))
        .detail(format!("{} through the API", method.as_str()));
    if let Some(realm) = &realm {
        event = event.realm(realm);
    }
    if let Some(id) = &id {
        event = event.on(&change.kind, id);
        if change.kind == "identity" {
            event = event.about(id);
        }
    }
    keybound_app::audit::record(&state, event).await;
    response
}

/// The change a request to this route template makes, or None for what is not audited here.
fn change_of(template: &str, method: &Method, params: &[(String, String)]) -> Option<Change> {
    let segments: Vec<&str> = template.trim_start_matches('/').split('/').collect();
    // The last named collection, and the parameter after it if there is one.
    let at = segments.iter().rposition(|s| !s.starts_with('{'))?;
    let (collection, custom) = match segments[at].split_once(':') {
        Some((collection, custom)) => (collection, Some(custom.to_owned())),
        None => (segments[at], None),
    };
    if SELF_AUDITED.contains(&collection) || collection == "openapi.json" {
        return None;
    }
    let param = segments
        .get(at + 1)
        .map(|s| s.trim_matches(|c| c == '{' || c == '}'));
    let value = param
        .and_then(|p| params.iter().find(|(k, _)| k == p))
        .map(|(_, v)| v.as_str());
    // `/groups/{group_id}` also takes `abc:addMembers`: the id, then a custom method.
    let (id, custom) = match value.map(|v| {
        v.split_once(':')
            .map_or((v, None), |(id, m)| (id, Some(m.to_owned())))
    }) {
        Some((id, m)) => (Some(id.to_owned()), custom.or(m)),
        None => (None, custom),
    };
    let verb = match (method, &custom, &id) {
        (_, Some(custom), _) if READ_ONLY_ACTIONS.contains(&custom.as_str()) => return None,
        (_, Some(custom), _) => snake(custom),
        (&Method::POST, None, None) => "created".into(),
        (&Method::POST, None, Some(_)) => "action".into(),
        (&Method::DELETE, ..) => "deleted".into(),
        _ => "updated".into(),
    };
    let kind = singular(collection);
    Some(Change {
        action: format!("{kind}.{verb}"),
        kind,
        id,
    })
}

fn singular(collection: &str) -> String {
    let one = match collection {
        "identities" => "identity",
        "settings" => "settings",
        other => other.strip_suffix('s').unwrap_or(other),
    };
    one.replace('-', "_")
}

/// `addMembers` as `add_members`.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The response, rebuilt after its body was read, and the `id` of what it created: the body's
/// own `id`, or that of the one object it wraps (`{"identity": {"id": ...}}`).
async fn created_id(response: Response) -> (Response, Option<String>) {
    let (parts, body) = response.into_parts();
    let small = axum::body::HttpBody::size_hint(&body)
        .upper()
        .is_some_and(|n| n <= MAX_READ as u64);
    if !small {
        return (Response::from_parts(parts, body), None);
    }
    let Ok(bytes) = axum::body::to_bytes(body, MAX_READ).await else {
        return (Response::from_parts(parts, Body::empty()), None);
    };
    let id = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .and_then(|v| {
            let direct = v.get("id").and_then(|id| id.as_str()).map(str::to_owned);
            direct.or_else(|| {
                v.as_object()?
                    .values()
                    .find_map(|inner| inner.get("id")?.as_str().map(str::to_owned))
            })
        });
    (Response::from_parts(parts, Body::from(bytes)), id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn routes_name_the_change_they_make() {
        const REALM: &str = "/v1/tenants/{tenant_id}/realms/{realm_id}";
        let realm = [("tenant_id", "t"), ("realm_id", "r")];
        let case = |path: &str, method: Method, extra: &[(&str, &str)]| {
            let mut all = realm.to_vec();
            all.extend_from_slice(extra);
            change_of(&format!("{REALM}{path}"), &method, &params(&all)).map(|c| (c.action, c.id))
        };
        assert_eq!(
            case("/identities", Method::POST, &[]),
            Some(("identity.created".into(), None))
        );
        assert_eq!(
            case(
                "/identities/{identity_id}",
                Method::PATCH,
                &[("identity_id", "i1")]
            ),
            Some(("identity.updated".into(), Some("i1".into())))
        );
        assert_eq!(
            case(
                "/groups/{group_id}",
                Method::POST,
                &[("group_id", "g1:addMembers")]
            ),
            Some(("group.add_members".into(), Some("g1".into())))
        );
        assert_eq!(
            case("/identities:batchDelete", Method::POST, &[]),
            Some(("identity.batch_delete".into(), None))
        );
        assert_eq!(
            case(
                "/authenticator-configs/{authenticator_config_id}",
                Method::DELETE,
                &[("authenticator_config_id", "c")]
            ),
            Some(("authenticator_config.deleted".into(), Some("c".into())))
        );
        assert_eq!(
            case("/settings", Method::PATCH, &[]),
            Some(("settings.updated".into(), None))
        );
        assert_eq!(
            case(
                "/email-templates/{email_template_id}",
                Method::POST,
                &[("email_template_id", "e:preview")]
            ),
            None,
            "a preview changes nothing"
        );
        assert_eq!(
            case("/signup-tokens", Method::POST, &[]),
            None,
            "audited by its handler"
        );
        assert_eq!(
            change_of(
                "/v1/tenants/{tenant_id}/api-tokens",
                &Method::POST,
                &params(&[("tenant_id", "t")])
            )
            .map(|c| c.action),
            Some("api_token.created".into())
        );
    }
}
