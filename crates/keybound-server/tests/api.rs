//! The REST API as a client sees it, on every backend: Beyond Identity's v1 request shapes, lists,
//! groups, tokens, and the 400/401/403/404/409 answers (after which nothing has changed).

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::http::StatusCode;
use serde_json::{json, Value};
use support::apps;
use time::Duration;

fn ids(list: &Value, key: &str) -> Vec<String> {
    list[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn identities_are_created_read_patched_and_deleted_in_the_seeds_shape() {
    for app in apps().await {
        let body = json!({"identity": {"display_name": "Jane Doe", "traits": {"type": "traits_v0",
            "username": "jane", "primary_email_address": "jane@example.com", "given_name": "Jane"}}});
        let (status, jane) = app
            .call("POST", &app.realm_path("/identities"), &app.admin, Some(body))
            .await;
        assert_eq!(status, StatusCode::OK, "{}: {jane}", app.backend);
        assert_eq!(jane["realm_id"], app.realm_id.as_str());
        assert_eq!(jane["tenant_id"], app.tenant_id.as_str());
        assert_eq!(jane["status"], "active");
        assert_eq!(jane["enrollment_status"], "PENDING");
        assert_eq!(
            jane["traits"],
            json!({"type": "traits_v0", "username": "jane",
            "primary_email_address": "jane@example.com", "given_name": "Jane"})
        );
        assert_eq!(jane["create_time"], "2026-11-01T09:00:00Z");

        let one = app.realm_path(&format!("/identities/{}", jane["id"].as_str().unwrap()));
        let (status, fetched) = app.call("GET", &one, &app.admin, None).await;
        assert_eq!((status, &fetched), (StatusCode::OK, &jane));

        app.clock.advance(Duration::minutes(1));
        let patch = json!({"identity": {"status": "suspended", "traits": {"primary_email_address": null, "family_name": "Doe"}}});
        let (status, patched) = app.call("PATCH", &one, &app.admin, Some(patch)).await;
        assert_eq!(status, StatusCode::OK, "{patched}");
        assert_eq!(patched["status"], "suspended");
        assert_eq!(patched["display_name"], "Jane Doe");
        assert_eq!(
            patched["traits"],
            json!({"type": "traits_v0", "username": "jane", "given_name": "Jane", "family_name": "Doe"})
        );
        assert_eq!(patched["update_time"], "2026-11-01T09:01:00Z");

        let (status, _) = app.call("DELETE", &one, &app.admin, None).await;
        assert_eq!(status, StatusCode::OK);
        let (status, err) = app.call("GET", &one, &app.admin, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(err["code"], "not_found");
    }
}

#[tokio::test]
async fn lists_filter_by_username_and_page_one_at_a_time() {
    for app in apps().await {
        for name in ["alice", "albert", "bob"] {
            app.identity(name, Some(&format!("{name}@example.com"))).await;
        }
        let list = app.realm_path("/identities");
        let (status, found) = app
            .call(
                "GET",
                &format!("{list}?filter=traits.username%20eq%20%22ALICE%22"),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{found}");
        assert_eq!(found["total_size"], 1);
        assert_eq!(found["identities"][0]["traits"]["username"], "alice");

        let (_, found) = app.call("GET", &format!("{list}?filter=traits.username%20sw%20%22al%22%20and%20enrollment_status%20eq%20%22PENDING%22"), &app.admin, None).await;
        assert_eq!(found["total_size"], 2, "{}", app.backend);

        let mut seen = Vec::new();
        let mut uri = format!("{list}?page_size=1");
        loop {
            let (status, page) = app.call("GET", &uri, &app.admin, None).await;
            assert_eq!(status, StatusCode::OK, "{page}");
            assert_eq!(page["total_size"], 3);
            assert_eq!(page["identities"].as_array().unwrap().len(), 1);
            seen.push(
                page["identities"][0]["traits"]["username"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
            );
            match page["next_page_token"].as_str() {
                Some(token) => uri = format!("{list}?page_size=1&page_token={token}"),
                None => break,
            }
        }
        assert_eq!(seen, ["alice", "albert", "bob"], "{}", app.backend);

        for (query, field) in [
            ("page_size=0", "page_size"),
            ("page_size=201", "page_size"),
            ("page_size=ten", "page_size"),
            ("page_token=bogus", "page_token"),
            ("filter=password%20eq%20%22x%22", "filter"),
            ("filter=traits.username%20eq", "filter"),
        ] {
            let (status, err) = app
                .call("GET", &format!("{list}?{query}"), &app.admin, None)
                .await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
            assert_eq!(
                err["details"][0]["field_violations"][0]["field"], field,
                "{query}: {err}"
            );
        }
    }
}

#[tokio::test]
async fn groups_gather_members_both_ways() {
    for app in apps().await {
        let a = app.identity("ann", None).await["id"].as_str().unwrap().to_owned();
        let b = app.identity("ben", None).await["id"].as_str().unwrap().to_owned();
        let body = json!({"group": {"display_name": "Engineering", "description": "Builds things"}});
        let (status, group) = app
            .call("POST", &app.realm_path("/groups"), &app.admin, Some(body))
            .await;
        assert_eq!(status, StatusCode::OK, "{group}");
        let g = app.realm_path(&format!("/groups/{}", group["id"].as_str().unwrap()));

        let (status, _) = app
            .call(
                "POST",
                &format!("{g}:addMembers"),
                &app.admin,
                Some(json!({"identity_ids": [a, b]})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (_, members) = app
            .call("GET", &format!("{g}:listMembers"), &app.admin, None)
            .await;
        assert_eq!(ids(&members, "identities"), [a.clone(), b.clone()]);
        let (_, groups) = app
            .call(
                "GET",
                &app.realm_path(&format!("/identities/{a}:listGroups")),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(groups["groups"][0]["display_name"], "Engineering");
        assert_eq!(groups["total_size"], 1);

        let unknown = json!({"identity_ids": [a, "ffffffffffffffff"]});
        let (status, err) = app
            .call("POST", &format!("{g}:addMembers"), &app.admin, Some(unknown))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(
            err["details"][0]["field_violations"][0]["field"],
            "identity_ids[1]"
        );
        let (status, _) = app
            .call(
                "POST",
                &format!("{g}:addMembers"),
                &app.admin,
                Some(json!({"identity_ids": []})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, _) = app
            .call(
                "POST",
                &format!("{g}:fly"),
                &app.admin,
                Some(json!({"identity_ids": [a]})),
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        let (status, _) = app
            .call(
                "POST",
                &format!("{g}:deleteMembers"),
                &app.admin,
                Some(json!({"identity_ids": [a]})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (_, members) = app
            .call("GET", &format!("{g}:listMembers"), &app.admin, None)
            .await;
        assert_eq!(
            ids(&members, "identities"),
            std::slice::from_ref(&b),
            "{}",
            app.backend
        );

        let (status, renamed) = app
            .call(
                "PATCH",
                &g,
                &app.admin,
                Some(json!({"group": {"display_name": "Eng"}})),
            )
            .await;
        assert_eq!(
            (
                status,
                renamed["display_name"].as_str(),
                renamed["description"].as_str()
            ),
            (StatusCode::OK, Some("Eng"), Some("Builds things"))
        );
        let (_, list) = app
            .call("GET", &app.realm_path("/groups"), &app.admin, None)
            .await;
        assert_eq!(list["total_size"], 1);
        let (status, _) = app.call("DELETE", &g, &app.admin, None).await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = app.call("GET", &g, &app.admin, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn bad_requests_are_refused_with_the_field_named_and_change_nothing() {
    for app in apps().await {
        app.identity("taken", None).await;
        let create = app.realm_path("/identities");
        let cases: Vec<(String, StatusCode, &str)> = vec![
            (r#"{"identity": {"display_name": "X", "traits": {"type": "traits_v0"}}}"#.into(), StatusCode::BAD_REQUEST, "identity.traits.username"),
            (r#"{"identity": {"traits": {"type": "traits_v0", "username": "x"}}}"#.into(), StatusCode::BAD_REQUEST, "identity.display_name"),
            (r#"{"identity": {"display_name": 7, "traits": {"type": "traits_v0", "username": "x"}}}"#.into(), StatusCode::BAD_REQUEST, "identity.display_name"),
            (r#"{"identity": {"display_name": "X", "traits": {"type": "traits_v9", "username": "x"}}}"#.into(), StatusCode::BAD_REQUEST, "identity.traits.type"),
            (r#"{"identity": {"display_name": "X", "status": "frozen", "traits": {"type": "traits_v0", "username": "x"}}}"#.into(), StatusCode::BAD_REQUEST, "identity.status"),
            (format!(r#"{{"identity": {{"display_name": "X", "traits": {{"type": "traits_v0", "username": "{}"}}}}}}"#, "u".repeat(129)), StatusCode::BAD_REQUEST, "identity.traits.username"),
            (r#"{"identity": {"display_name": "X", "traits": {"type": "traits_v0", "username": "x", "primary_email_address": "nope"}}}"#.into(), StatusCode::BAD_REQUEST, "identity.traits.primary_email_address"),
            (r#"{"identity": {"display_name": "X", "traits": {"type": "traits_v0", "username": "x"}"#.into(), StatusCode::BAD_REQUEST, "body"),
            ("".into(), StatusCode::BAD_REQUEST, "body"),
            (r#"[1, 2]"#.into(), StatusCode::BAD_REQUEST, "body"),
            (r#"{"identity": ["X", null, {"type": "traits_v0", "username": "x"}]}"#.into(), StatusCode::BAD_REQUEST, "identity"),
            (r#"{"identity": {"display_name": "X", "display_name": "Y", "traits": {"type": "traits_v0", "username": "x"}}}"#.into(), StatusCode::BAD_REQUEST, "identity.display_name"),
            (r#"{"identity": {"display_name": "X", "traits": {"type": "traits_v0", "username": "TAKEN"}}}"#.into(), StatusCode::CONFLICT, ""),
        ];
        for (body, expected, field) in cases {
            let (status, err) = app
                .raw("POST", &create, Some(&app.admin), Some(body.clone()))
                .await;
            assert_eq!(status, expected, "{}: {body} -> {err}", app.backend);
            assert!(err["message"].as_str().is_some_and(|m| !m.is_empty()), "{err}");
            if !field.is_empty() {
                let fields: Vec<_> = err["details"][0]["field_violations"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v["field"].as_str().unwrap())
                    .collect();
                assert!(fields.contains(&field), "{body}: expected {field} in {err}");
            }
        }
        let unknown_identity = app.realm_path("/identities/ffffffffffffffff");
        let patch = json!({"identity": {"display_name": "Y"}});
        let (status, _) = app
            .call("PATCH", &unknown_identity, &app.admin, Some(patch.clone()))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = app.call("DELETE", &unknown_identity, &app.admin, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = app
            .call(
                "GET",
                &format!("/v1/tenants/nope/realms/{}/identities", app.realm_id),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = app.call("GET", "/v1/no/such/thing", &app.admin, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = app.call("PUT", &create, &app.admin, None).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);

        let (_, all) = app.call("GET", &create, &app.admin, None).await;
        assert_eq!(
            all["total_size"], 1,
            "{}: nothing was written by the refused requests",
            app.backend
        );
        assert_eq!(all["identities"][0]["traits"]["username"], "taken");
    }
}

#[tokio::test]
async fn batch_delete_removes_all_named_or_none() {
    for app in apps().await {
        let a = app.identity("a", None).await["id"].clone();
        let b = app.identity("b", None).await["id"].clone();
        app.identity("c", None).await;
        let uri = app.realm_path("/identities:batchDelete");
        let (status, _) = app
            .call(
                "POST",
                &uri,
                &app.admin,
                Some(json!({"ids": [a, "ffffffffffffffff"]})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (_, all) = app
            .call("GET", &app.realm_path("/identities"), &app.admin, None)
            .await;
        assert_eq!(all["total_size"], 3);
        let (status, _) = app.call("POST", &uri, &app.admin, Some(json!({"ids": []}))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let too_many: Vec<String> = (0..1001).map(|i| format!("{i:016x}")).collect();
        let (status, _) = app
            .call("POST", &uri, &app.admin, Some(json!({"ids": too_many})))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, _) = app
            .call("POST", &uri, &app.admin, Some(json!({"ids": [a, b]})))
            .await;
        assert_eq!(status, StatusCode::OK);
        let (_, all) = app
            .call("GET", &app.realm_path("/identities"), &app.admin, None)
            .await;
        assert_eq!(all["total_size"], 1, "{}", app.backend);
    }
}

#[tokio::test]
async fn tokens_are_checked_401_then_scopes_403() {
    for app in apps().await {
        let list = app.realm_path("/identities");
        let (status, err) = app.raw("GET", &list, None, None).await;
        assert_eq!(
            (status, err["code"].as_str()),
            (StatusCode::UNAUTHORIZED, Some("unauthorized"))
        );
        for bad in [
            "nonsense",
            "kb_0123456789abcdef_wrong",
            &format!("{}x", app.admin),
        ] {
            let (status, _) = app.raw("GET", &list, Some(bad), None).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{bad}");
        }

        let reader = app.token(&["identities:read"]).await;
        let (status, _) = app.call("GET", &list, &reader, None).await;
        assert_eq!(status, StatusCode::OK);
        let body =
            json!({"identity": {"display_name": "X", "traits": {"type": "traits_v0", "username": "x"}}});
        let (status, err) = app.call("POST", &list, &reader, Some(body)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{err}");
        assert!(err["message"].as_str().unwrap().contains("identities:create"));
        let (status, _) = app.call("GET", &app.realm_path("/groups"), &reader, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        // A token cannot mint a stronger one.
        let (status, _) = app
            .call(
                "POST",
                &format!("/v1/tenants/{}/api-tokens", app.tenant_id),
                &reader,
                Some(json!({"api_token": {"name": "x", "scopes": ["*"]}})),
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);

        let tokens = format!("/v1/tenants/{}/api-tokens", app.tenant_id);
        let (status, short) = app
            .call(
                "POST",
                &tokens,
                &app.admin,
                Some(json!({"api_token": {"name": "short", "scopes": ["identities:*"], "expires_in": "1h"}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{short}");
        let short_secret = short["secret"].as_str().unwrap();
        assert_eq!(short["api_token"]["expire_time"], "2026-11-01T10:00:00Z");
        let (status, _) = app.call("GET", &list, short_secret, None).await;
        assert_eq!(status, StatusCode::OK);
        app.clock.advance(Duration::hours(2));
        let (status, err) = app.call("GET", &list, short_secret, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert!(err["message"].as_str().unwrap().contains("expired"));

        let (status, err) = app
            .call(
                "POST",
                &tokens,
                &app.admin,
                Some(json!({"api_token": {"name": "x", "scopes": ["users:read"]}})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(
            err["details"][0]["field_violations"][0]["field"],
            "api_token.scopes[0]"
        );

        let (_, listed) = app.call("GET", &tokens, &app.admin, None).await;
        assert_eq!(listed["total_size"], 3, "{}", app.backend);
        assert!(listed["api_tokens"][0]["last_used_time"].is_string(), "{listed}");
        assert!(
            !listed.to_string().contains("secret"),
            "secrets are never listed: {listed}"
        );
        let reader_id = &listed["api_tokens"][1]["id"];
        let (status, _) = app
            .call(
                "POST",
                &format!("{tokens}/{}:revoke", reader_id.as_str().unwrap()),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = app.call("GET", &list, &reader, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "a revoked token stops working");
    }
}

#[tokio::test]
async fn realms_and_the_tenant_are_managed_over_the_api() {
    for app in apps().await {
        let t = format!("/v1/tenants/{}", app.tenant_id);
        let (status, tenant) = app.call("GET", &t, &app.admin, None).await;
        assert_eq!(
            (status, tenant["id"].as_str()),
            (StatusCode::OK, Some(app.tenant_id.as_str()))
        );
        let (_, tenant) = app
            .call(
                "PATCH",
                &t,
                &app.admin,
                Some(json!({"tenant": {"display_name": "Acme"}})),
            )
            .await;
        assert_eq!(tenant["display_name"], "Acme");

        let (status, realm) = app
            .call(
                "POST",
                &format!("{t}/realms"),
                &app.admin,
                Some(json!({"realm": {"display_name": "Partners"}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{realm}");
        let r = format!("{t}/realms/{}", realm["id"].as_str().unwrap());
        let (_, realms) = app.call("GET", &format!("{t}/realms"), &app.admin, None).await;
        assert_eq!(realms["total_size"], 2);
        let (_, renamed) = app
            .call(
                "PATCH",
                &r,
                &app.admin,
                Some(json!({"realm": {"display_name": "Suppliers"}})),
            )
            .await;
        assert_eq!(renamed["display_name"], "Suppliers");
        let (status, _) = app
            .call(
                "PATCH",
                &r,
                &app.admin,
                Some(json!({"realm": {"display_name": ""}})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, _) = app.call("DELETE", &r, &app.admin, None).await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = app.call("GET", &r, &app.admin, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{}", app.backend);
    }
}

#[tokio::test]
async fn health_and_openapi_are_served() {
    for app in apps().await {
        let (status, body) = app.raw("GET", "/healthz", None, None).await;
        assert_eq!((status, body.as_str()), (StatusCode::OK, Some("ok\n")));
        let (status, _) = app.raw("GET", "/readyz", None, None).await;
        assert_eq!(status, StatusCode::OK);
        let (status, doc) = app.raw("GET", "/v1/openapi.json", None, None).await;
        assert_eq!(status, StatusCode::OK);
        assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
        let paths = doc["paths"].as_object().unwrap();
        for p in [
            "/v1/tenants/{tenant_id}/realms/{realm_id}/identities",
            "/v1/tenants/{tenant_id}/realms/{realm_id}/identities:batchDelete",
            "/v1/tenants/{tenant_id}/realms/{realm_id}/groups/{group_id}:addMembers",
        ] {
            assert!(paths.contains_key(p), "{p} missing from the OpenAPI document");
        }
        assert!(doc["components"]["schemas"]["IdentityView"].is_object());
    }
}

#[tokio::test]
async fn nul_characters_anywhere_are_refused_with_400_not_500() {
    for app in apps().await {
        for uri in [
            app.realm_path("/identities/%00"),
            app.realm_path("/identities?filter=traits.username%20eq%20%22a%00b%22"),
            app.realm_path("/groups/x%00y:listMembers"),
            format!("/v1/tenants/{}/realms/a%00", app.tenant_id),
        ] {
            let (status, err) = app.call("GET", &uri, &app.admin, None).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{}: {uri} -> {err}", app.backend);
        }
        for body in [
            r#"{"identity": {"display_name": "X", "traits": {"type": "traits_v0", "username": "a\u0000b"}}}"#,
            r#"{"identity": {"display_name": "X", "traits": {"type": "traits_v0", "username": "ok", "external_id": "\u0000"}}}"#,
        ] {
            let (status, err) = app
                .raw(
                    "POST",
                    &app.realm_path("/identities"),
                    Some(&app.admin),
                    Some(body.into()),
                )
                .await;
            assert_eq!(
                status,
                StatusCode::BAD_REQUEST,
                "{}: {body} -> {err}",
                app.backend
            );
        }
        let (status, _) = app
            .raw(
                "POST",
                "/bind/begin",
                None,
                Some(r#"{"link": {"job_id": "\u0000", "token": "x"}}"#.into()),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{}", app.backend);
        // A backslash followed by u0000 as text is not a NUL and is fine.
        let body = r#"{"identity": {"display_name": "back\\u0000slash", "traits": {"type": "traits_v0", "username": "bs"}}}"#;
        let (status, err) = app
            .raw(
                "POST",
                &app.realm_path("/identities"),
                Some(&app.admin),
                Some(body.into()),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{}: {err}", app.backend);
    }
}

#[tokio::test]
async fn changes_made_through_the_api_are_audited_with_the_token_as_actor() {
    for app in apps().await {
        let (token_id, _) = keybound_core::api_token::parse_secret(&app.admin).unwrap();
        let person = app.identity("audited.person", None).await;
        let person_id = person["id"].as_str().unwrap().to_owned();
        let uri = app.realm_path(&format!("/identities/{person_id}"));
        let (status, _) = app
            .call(
                "PATCH",
                &uri,
                &app.admin,
                Some(json!({"identity": {"display_name": "Renamed"}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (status, group) = app
            .call(
                "POST",
                &app.realm_path("/groups"),
                &app.admin,
                Some(json!({"group": {"display_name": "Auditors", "description": ""}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{group}");
        let group_id = group["id"].as_str().unwrap().to_owned();
        let add = app.realm_path(&format!("/groups/{group_id}:addMembers"));
        let (status, _) = app
            .call(
                "POST",
                &add,
                &app.admin,
                Some(json!({"identity_ids": [person_id]})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        // A refused change is not an event.
        let (status, _) = app
            .call(
                "PATCH",
                &app.realm_path("/identities/nobody"),
                &app.admin,
                Some(json!({"identity": {"display_name": "X"}})),
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = app
            .call(
                "DELETE",
                &app.realm_path(&format!("/groups/{group_id}")),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK);

        let events = app
            .state
            .store()
            .list_audit(&app.realm_id, &Default::default(), Default::default())
            .await
            .unwrap()
            .items;
        let by_token: Vec<(String, Option<String>)> = events
            .iter()
            .filter(|e| e.actor.id.as_deref() == Some(token_id))
            .map(|e| (e.action.clone(), e.target.as_ref().map(|t| t.id.clone())))
            .collect();
        for (action, target) in [
            ("identity.created", &person_id),
            ("identity.updated", &person_id),
            ("group.created", &group_id),
            ("group.member_added", &group_id),
            ("group.deleted", &group_id),
        ] {
            assert!(
                by_token.contains(&(action.to_owned(), Some(target.clone()))),
                "{}: no {action} of {target} by the token in {by_token:?}",
                app.backend
            );
        }
        assert_eq!(
            by_token.iter().filter(|(a, _)| a == "identity.updated").count(),
            1,
            "{by_token:?}"
        );
    }
}

#[tokio::test]
async fn a_tokens_use_is_recorded_at_most_once_a_minute() {
    for app in apps().await {
        let tokens = format!("/v1/tenants/{}/api-tokens", app.tenant_id);
        let (_, made) = app
            .call(
                "POST",
                &tokens,
                &app.admin,
                Some(json!({"api_token": {"name": "often", "scopes": ["identities:read"]}})),
            )
            .await;
        let secret = made["secret"].as_str().unwrap();
        let id = made["api_token"]["id"].as_str().unwrap().to_owned();
        let list = app.realm_path("/identities");
        let last_used = || async {
            let (_, token) = app.call("GET", &format!("{tokens}/{id}"), &app.admin, None).await;
            token["last_used_time"].clone()
        };
        assert_eq!(last_used().await, Value::Null, "{}", app.backend);
        app.call("GET", &list, secret, None).await;
        let first = last_used().await;
        assert!(first.is_string(), "{}: {first}", app.backend);
        app.clock.advance(Duration::seconds(59));
        app.call("GET", &list, secret, None).await;
        assert_eq!(last_used().await, first, "{}: within the minute", app.backend);
        app.clock.advance(Duration::seconds(2));
        app.call("GET", &list, secret, None).await;
        let later = last_used().await;
        assert!(later.is_string() && later != first, "{}: {later}", app.backend);
    }
}
