//! The SCIM 2.0 service provider on every backend, driven with the requests Entra ID and Okta
//! really send: people and groups created, changed and deleted through the same use cases as
//! the API's; filters, paging and sorting; PATCH with and without paths; ETags; the SCIM-owned
//! fields locked elsewhere; and bad requests refused in SCIM's error shape, changing nothing.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use support::{apps, TestApp};
use tower::ServiceExt;

const USER: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const GROUP: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

struct Answer {
    status: StatusCode,
    body: Value,
    etag: Option<String>,
    content_type: Option<String>,
}

/// A SCIM request as clients send it: `application/scim+json`, a bearer token, and headers.
async fn scim(
    app: &TestApp,
    token: Option<&str>,
    method: &str,
    path: &str,
    body: Option<Value>,
    headers: &[(&str, &str)],
) -> Answer {
    let uri = app.realm_path(&format!("/scim/v2{path}"));
    let mut req = Request::builder().method(method).uri(uri);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    if body.is_some() {
        req = req.header("content-type", "application/scim+json");
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let req = req
        .body(
            body.map(|b| Body::from(b.to_string()))
                .unwrap_or_else(Body::empty),
        )
        .unwrap();
    let res = app.router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let header = |name: &str| res.headers().get(name).map(|v| v.to_str().unwrap().to_owned());
    let (etag, content_type) = (header("etag"), header("content-type"));
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    Answer {
        status,
        body,
        etag,
        content_type,
    }
}

async fn scim_token(app: &TestApp) -> String {
    app.token(&["scim:*"]).await
}

/// A user as Entra ID creates one.
fn entra_user(username: &str, external_id: &str) -> Value {
    let email = if username.contains('@') {
        username.to_owned()
    } else {
        format!("{username}@example.com")
    };
    json!({
        "schemas": [USER, ENTERPRISE],
        "externalId": external_id,
        "userName": username,
        "active": true,
        "displayName": "Ann Lee",
        "emails": [{"primary": true, "type": "work", "value": email}],
        "meta": {"resourceType": "User"},
        "name": {"formatted": "Ann Lee", "familyName": "Lee", "givenName": "Ann"},
        "roles": [],
        ENTERPRISE: {"department": "Sales", "employeeNumber": "E-17"},
    })
}

async fn create(app: &TestApp, token: &str, path: &str, body: Value) -> Value {
    let a = scim(app, Some(token), "POST", path, Some(body), &[]).await;
    assert_eq!(a.status, StatusCode::CREATED, "{}: {}", app.backend, a.body);
    a.body
}

async fn patch(app: &TestApp, token: &str, path: &str, ops: Value) -> Value {
    let a = scim(
        app,
        Some(token),
        "PATCH",
        path,
        Some(json!({"schemas": [PATCH_OP], "Operations": ops})),
        &[],
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}: {}", app.backend, a.body);
    a.body
}

async fn api_identity(app: &TestApp, id: &str) -> Value {
    let (status, body) = app
        .call(
            "GET",
            &app.realm_path(&format!("/identities/{id}")),
            &app.admin,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

async fn filtered(app: &TestApp, token: &str, path: &str, filter: &str) -> Vec<Value> {
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("filter", filter)
        .finish();
    let a = scim(app, Some(token), "GET", &format!("{path}?{query}"), None, &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{filter}: {}", a.body);
    a.body["Resources"].as_array().unwrap().clone()
}

fn names(resources: &[Value], attr: &str) -> Vec<String> {
    let mut out: Vec<String> = resources
        .iter()
        .map(|r| r[attr].as_str().unwrap().to_owned())
        .collect();
    out.sort();
    out
}

#[tokio::test]
async fn discovery_describes_what_is_kept_and_errors_are_scim_errors() {
    for app in apps().await {
        let token = scim_token(&app).await;
        let spc = scim(&app, Some(&token), "GET", "/ServiceProviderConfig", None, &[]).await;
        assert_eq!(spc.status, StatusCode::OK);
        assert_eq!(spc.content_type.as_deref(), Some("application/scim+json"));
        assert_eq!(spc.body["patch"]["supported"], true);
        assert_eq!(spc.body["etag"]["supported"], true);
        assert_eq!(spc.body["filter"]["maxResults"], 1000);
        let schemas = scim(&app, Some(&token), "GET", "/Schemas", None, &[]).await;
        let ids: Vec<&str> = schemas.body["Resources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, [USER, ENTERPRISE, GROUP]);
        let user = scim(&app, Some(&token), "GET", &format!("/Schemas/{USER}"), None, &[]).await;
        assert_eq!(user.body["attributes"][0]["name"], "userName");
        let types = scim(&app, Some(&token), "GET", "/ResourceTypes", None, &[]).await;
        assert_eq!(types.body["totalResults"], 2);
        assert_eq!(
            types.body["Resources"][0]["schemaExtensions"][0]["schema"],
            ENTERPRISE
        );
        assert_eq!(
            scim(&app, Some(&token), "GET", "/ResourceTypes/Group", None, &[])
                .await
                .body["endpoint"],
            "/Groups"
        );

        // No token, a wrong one: 401 in SCIM's shape.
        for t in [None, Some("kb_0123456789abcdef_nope")] {
            let a = scim(&app, t, "GET", "/Users", None, &[]).await;
            assert_eq!(a.status, StatusCode::UNAUTHORIZED);
            assert_eq!(
                a.body["schemas"][0],
                "urn:ietf:params:scim:api:messages:2.0:Error"
            );
            assert_eq!(a.body["status"], "401");
        }
        // Unknown addresses and methods.
        let a = scim(&app, Some(&token), "GET", "/Devices", None, &[]).await;
        assert_eq!(
            (a.status, a.body["status"].as_str()),
            (StatusCode::NOT_FOUND, Some("404"))
        );
        let a = scim(&app, Some(&token), "DELETE", "/Users", None, &[]).await;
        assert_eq!(
            (a.status, a.body["status"].as_str()),
            (StatusCode::METHOD_NOT_ALLOWED, Some("405"))
        );
        let a = scim(&app, Some(&token), "GET", "/Users/nobody", None, &[]).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{}", a.body);
    }
}

#[tokio::test]
async fn scim_scopes_decide_what_a_token_may_do() {
    for app in apps().await {
        let reader = app.token(&["scim:users:read"]).await;
        let a = scim(&app, Some(&reader), "GET", "/Users", None, &[]).await;
        assert_eq!(a.status, StatusCode::OK);
        let a = scim(
            &app,
            Some(&reader),
            "POST",
            "/Users",
            Some(entra_user("x@example.com", "x")),
            &[],
        )
        .await;
        assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.body);
        assert!(a.body["detail"].as_str().unwrap().contains("scim:users:create"));
        let a = scim(&app, Some(&reader), "GET", "/Groups", None, &[]).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN, "users only");
        // The REST API's scopes are not SCIM's; `*` covers everything.
        let api = app.token(&["identities:*", "groups:*"]).await;
        assert_eq!(
            scim(&app, Some(&api), "GET", "/Users", None, &[]).await.status,
            StatusCode::FORBIDDEN
        );
        let groups = app.token(&["scim:groups:*"]).await;
        assert_eq!(
            scim(&app, Some(&groups), "GET", "/Groups", None, &[])
                .await
                .status,
            StatusCode::OK
        );
        assert_eq!(
            scim(&app, Some(&app.admin), "GET", "/Users", None, &[])
                .await
                .status,
            StatusCode::OK
        );
        let (status, _) = app
            .call(
                "POST",
                &format!("/v1/tenants/{}/api-tokens", app.tenant_id),
                &reader,
                Some(json!({"api_token": {"name": "wider", "scopes": ["scim:*"]}})),
            )
            .await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "no token hands out more than it holds"
        );
    }
}

#[tokio::test]
async fn entra_id_provisions_a_person_and_deactivates_them_by_patch() {
    for app in apps().await {
        let token = scim_token(&app).await;
        // Entra ID first asks whether the person exists.
        assert!(
            filtered(&app, &token, "/Users", r#"userName eq "ann@example.com""#)
                .await
                .is_empty()
        );
        let user = create(&app, &token, "/Users", entra_user("ann@example.com", "0a1b")).await;
        let id = user["id"].as_str().unwrap().to_owned();
        assert_eq!(user["userName"], "ann@example.com");
        assert_eq!(user["name"], json!({"givenName": "Ann", "familyName": "Lee"}));
        assert_eq!(user["active"], true);
        assert_eq!(user[ENTERPRISE]["department"], "Sales");
        assert_eq!(
            user["meta"]["location"].as_str().unwrap(),
            format!(
                "http://localhost:8080{}",
                app.realm_path(&format!("/scim/v2/Users/{id}"))
            )
        );
        let identity = api_identity(&app, &id).await;
        assert_eq!(identity["source"], "scim");
        assert_eq!(identity["traits"]["primary_email_address"], "ann@example.com");
        assert_eq!(identity["traits"]["external_id"], "0a1b");

        // Entra ID's PATCH: capitalised ops, booleans as strings, filtered paths, a manager as
        // a bare id, an attribute Keybound does not keep.
        let boss = create(&app, &token, "/Users", entra_user("boss@example.com", "b0")).await;
        let boss_id = boss["id"].as_str().unwrap();
        let user = patch(
            &app,
            &token,
            &format!("/Users/{id}"),
            json!([
                {"op": "Replace", "path": "emails[type eq \"work\"].value", "value": "ann.lee@example.com"},
                {"op": "Replace", "path": "name.familyName", "value": "Lee-Smith"},
                {"op": "Add", "path": format!("{ENTERPRISE}:manager"), "value": boss_id},
                {"op": "Add", "path": "addresses[type eq \"work\"].locality", "value": "Oslo"},
                {"op": "Replace", "path": "active", "value": "False"},
            ]),
        )
        .await;
        assert_eq!(user["emails"][0]["value"], "ann.lee@example.com");
        assert_eq!(user["name"]["familyName"], "Lee-Smith");
        assert_eq!(user["name"]["givenName"], "Ann");
        assert_eq!(user[ENTERPRISE]["manager"]["value"], boss_id);
        assert_eq!(user[ENTERPRISE]["employeeNumber"], "E-17");
        assert_eq!(user["active"], false);
        assert!(
            user.get("addresses").is_none(),
            "what Keybound does not keep is ignored"
        );
        let identity = api_identity(&app, &id).await;
        assert_eq!(identity["status"], "suspended");
        assert_eq!(identity["traits"]["primary_email_address"], "ann.lee@example.com");

        // The suspension went through the use case any edge uses, audited under its one name.
        let (_, events) = app
            .call(
                "GET",
                &app.realm_path("/audit-events?filter=action%20eq%20%22identity.suspended%22"),
                &app.admin,
                None,
            )
            .await;
        let event = &events["audit_events"][0];
        assert_eq!(event["target"]["id"], id.as_str(), "{events}");
        assert_eq!(event["actor"]["type"], "scim");

        // A pathless replace of `name` keeps what it does not name; "True" resumes.
        let user = patch(
            &app,
            &token,
            &format!("/Users/{id}"),
            json!([{"op": "replace", "value": {"name": {"givenName": "Anne"}, "active": "True"}}]),
        )
        .await;
        assert_eq!(
            user["name"],
            json!({"givenName": "Anne", "familyName": "Lee-Smith"})
        );
        assert_eq!(api_identity(&app, &id).await["status"], "active");

        // Entra ID's group: Microsoft's schema URN, members added, then removed by filter.
        let group = create(
            &app,
            &token,
            "/Groups",
            json!({"schemas": [GROUP, "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
                   "externalId": "g-1", "displayName": "Sales", "members": [], "meta": {"resourceType": "Group"}}),
        )
        .await;
        let gid = group["id"].as_str().unwrap().to_owned();
        patch(
            &app,
            &token,
            &format!("/Groups/{gid}"),
            json!([{"op": "Add", "path": "members", "value": [{"value": id}, {"value": boss_id}]}]),
        )
        .await;
        let group = patch(
            &app,
            &token,
            &format!("/Groups/{gid}"),
            json!([{"op": "Remove", "path": format!("members[value eq \"{boss_id}\"]")}]),
        )
        .await;
        assert_eq!(
            group["members"],
            json!([{"value": id, "$ref": format!("http://localhost:8080{}", app.realm_path(&format!("/scim/v2/Users/{id}")))}])
        );
        let user = scim(&app, Some(&token), "GET", &format!("/Users/{id}"), None, &[])
            .await
            .body;
        assert_eq!(user["groups"][0]["value"], gid.as_str());
        assert_eq!(user["groups"][0]["display"], "Sales");
        let group = patch(
            &app,
            &token,
            &format!("/Groups/{gid}"),
            json!([{"op": "Replace", "path": "displayName", "value": "Sales EMEA"}]),
        )
        .await;
        assert_eq!(group["displayName"], "Sales EMEA");
        assert_eq!(group["externalId"], "g-1");

        // Deleting the person and the group.
        assert_eq!(
            scim(&app, Some(&token), "DELETE", &format!("/Users/{id}"), None, &[])
                .await
                .status,
            StatusCode::NO_CONTENT
        );
        assert_eq!(
            scim(&app, Some(&token), "GET", &format!("/Users/{id}"), None, &[])
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            scim(&app, Some(&token), "DELETE", &format!("/Groups/{gid}"), None, &[])
                .await
                .status,
            StatusCode::NO_CONTENT
        );
        let (status, _) = app
            .call(
                "GET",
                &app.realm_path(&format!("/groups/{gid}")),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn okta_creates_with_extras_and_deactivates_by_a_full_put() {
    for app in apps().await {
        let token = scim_token(&app).await;
        let user = create(
            &app,
            &token,
            "/Users",
            json!({"schemas": [USER], "userName": "bo@example.com", "name": {"givenName": "Bo", "familyName": "Ek"},
                   "emails": [{"primary": true, "value": "bo@example.com", "type": "work"}],
                   "displayName": "Bo Ek", "locale": "sv-SE", "externalId": "00u1", "groups": [], "password": "x", "active": true}),
        )
        .await;
        let id = user["id"].as_str().unwrap().to_owned();
        // Okta's PUT carries the id and meta back, and `active: false`.
        let mut put = user.clone();
        put["active"] = json!(false);
        put["name"]["familyName"] = json!("Ekström");
        let a = scim(&app, Some(&token), "PUT", &format!("/Users/{id}"), Some(put), &[]).await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.body);
        assert_eq!(a.body["active"], false);
        assert_eq!(a.body["name"]["familyName"], "Ekström");
        assert_eq!(api_identity(&app, &id).await["status"], "suspended");
        let mut put = a.body.clone();
        put["active"] = json!(true);
        let a = scim(&app, Some(&token), "PUT", &format!("/Users/{id}"), Some(put), &[]).await;
        assert_eq!(a.body["active"], true);
        assert_eq!(api_identity(&app, &id).await["status"], "active");
    }
}

#[tokio::test]
async fn filters_paging_sorting_and_attribute_selection() {
    for app in apps().await {
        let token = scim_token(&app).await;
        for (i, name) in ["alma", "bert", "carl", "dora", "erik"].iter().enumerate() {
            let mut user = entra_user(&format!("{name}@example.com"), &format!("X{i}"));
            user["displayName"] = json!(format!("{} Example", name.to_uppercase()));
            user["active"] = json!(i % 2 == 0);
            create(&app, &token, "/Users", user).await;
        }
        let users = |f: &'static str| {
            let app = &app;
            let token = &token;
            async move { names(&filtered(app, token, "/Users", f).await, "userName") }
        };
        assert_eq!(
            users(r#"userName eq "BERT@example.com""#).await,
            ["bert@example.com"],
            "userName ignores case"
        );
        assert_eq!(users(r#"externalId eq "X2""#).await, ["carl@example.com"]);
        assert!(
            users(r#"externalId eq "x2""#).await.is_empty(),
            "externalId is case-exact"
        );
        assert_eq!(users(r#"emails.value sw "d""#).await, ["dora@example.com"]);
        assert_eq!(
            users(r#"emails[value ew "ik@example.com"]"#).await,
            ["erik@example.com"]
        );
        assert_eq!(users(r#"displayName co "LM""#).await, ["alma@example.com"]);
        assert_eq!(
            users("active eq false").await,
            ["bert@example.com", "dora@example.com"]
        );
        assert_eq!(
            users(r#"(userName sw "a" or userName sw "b") and not (active eq false)"#).await,
            ["alma@example.com"]
        );
        assert_eq!(
            users(r#"userName gt "carl@example.com" and userName le "dora@example.com""#).await,
            ["dora@example.com"]
        );
        assert_eq!(users("externalId pr").await.len(), 5);
        assert_eq!(users(r#"userName ne "alma@example.com""#).await.len(), 4);
        assert_eq!(
            users(r#"meta.lastModified gt "2000-01-01T00:00:00Z""#)
                .await
                .len(),
            5
        );
        assert!(users(r#"meta.lastModified lt "2000-01-01T00:00:00Z""#)
            .await
            .is_empty());

        // Pages: 1-based startIndex, count, totalResults; sortBy and sortOrder.
        let a = scim(
            &app,
            Some(&token),
            "GET",
            "/Users?sortBy=userName&sortOrder=descending&startIndex=2&count=2",
            None,
            &[],
        )
        .await;
        assert_eq!(a.body["totalResults"], 5);
        assert_eq!(a.body["startIndex"], 2);
        assert_eq!(a.body["itemsPerPage"], 2);
        assert_eq!(
            names(&a.body["Resources"].as_array().unwrap().clone(), "userName"),
            ["carl@example.com", "dora@example.com"]
        );
        assert_eq!(a.body["Resources"][0]["userName"], "dora@example.com");
        let a = scim(&app, Some(&token), "GET", "/Users?count=5000", None, &[]).await;
        assert_eq!(a.body["itemsPerPage"], 5, "count is capped at 1,000, not refused");
        let a = scim(&app, Some(&token), "GET", "/Users?count=0", None, &[]).await;
        assert_eq!(
            (
                a.body["totalResults"].as_u64(),
                a.body["Resources"].as_array().map(Vec::len)
            ),
            (Some(5), Some(0))
        );

        // attributes and excludedAttributes; id and schemas always come.
        let a = scim(
            &app,
            Some(&token),
            "GET",
            "/Users?attributes=userName,name.givenName&count=1",
            None,
            &[],
        )
        .await;
        let r = &a.body["Resources"][0];
        let mut keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, ["id", "name", "schemas", "userName"]);
        assert_eq!(r["name"], json!({"givenName": "Ann"}));
        let a = scim(
            &app,
            Some(&token),
            "GET",
            &format!("/Users?excludedAttributes=emails,{ENTERPRISE}&count=1"),
            None,
            &[],
        )
        .await;
        assert!(a.body["Resources"][0].get("emails").is_none());
        assert!(a.body["Resources"][0].get(ENTERPRISE).is_none());
        assert!(a.body["Resources"][0].get("userName").is_some());

        // POST /.search takes the same in its body.
        let a = scim(
            &app,
            Some(&token),
            "POST",
            "/Users/.search",
            Some(json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"], "filter": "userName sw \"e\"", "attributes": ["userName"]})),
            &[],
        )
        .await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.body);
        assert_eq!(
            names(&a.body["Resources"].as_array().unwrap().clone(), "userName"),
            ["erik@example.com"]
        );
        assert!(a.body["Resources"][0].get("emails").is_none());

        // Groups by name, external id and member.
        let erik = filtered(&app, &token, "/Users", r#"userName eq "erik@example.com""#).await[0]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        create(
            &app,
            &token,
            "/Groups",
            json!({"displayName": "Ops", "externalId": "G1", "members": [{"value": erik}]}),
        )
        .await;
        create(&app, &token, "/Groups", json!({"displayName": "Dev"})).await;
        let groups = |f: String| {
            let app = &app;
            let token = &token;
            async move { names(&filtered(app, token, "/Groups", &f).await, "displayName") }
        };
        assert_eq!(groups(r#"displayName eq "ops""#.into()).await, ["Ops"]);
        assert_eq!(groups(r#"externalId eq "G1""#.into()).await, ["Ops"]);
        assert_eq!(groups(format!(r#"members.value eq "{erik}""#)).await, ["Ops"]);
        assert_eq!(groups(r#"not (members pr)"#.into()).await, ["Dev"]);
        let a = scim(
            &app,
            Some(&token),
            "GET",
            "/Groups?excludedAttributes=members",
            None,
            &[],
        )
        .await;
        assert!(a.body["Resources"]
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g.get("members").is_none()));
        // Root search: Users and Groups, paged as one.
        let a = scim(
            &app,
            Some(&token),
            "POST",
            "/.search",
            Some(json!({"count": 100})),
            &[],
        )
        .await;
        assert_eq!(a.body["totalResults"], 7, "{}", a.body);

        // Filters that cannot be read are 400 invalidFilter.
        for bad in [
            r#"userName eq"#,
            r#"title eq "x""#,
            r#"active gt true"#,
            r#"meta.created gt "yesterday""#,
            r#"userName eq true"#,
        ] {
            let query = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("filter", bad)
                .finish();
            let a = scim(&app, Some(&token), "GET", &format!("/Users?{query}"), None, &[]).await;
            assert_eq!(a.status, StatusCode::BAD_REQUEST, "{bad}: {}", a.body);
            assert_eq!(a.body["scimType"], "invalidFilter", "{bad}");
        }
    }
}

#[tokio::test]
async fn etags_guard_against_lost_updates() {
    for app in apps().await {
        let token = scim_token(&app).await;
        let user = create(&app, &token, "/Users", entra_user("eve@example.com", "e")).await;
        let id = user["id"].as_str().unwrap();
        let got = scim(&app, Some(&token), "GET", &format!("/Users/{id}"), None, &[]).await;
        let version = got.etag.clone().unwrap();
        assert_eq!(got.body["meta"]["version"], version.as_str());
        assert_eq!(
            user["meta"]["version"],
            version.as_str(),
            "create answers the stored version"
        );
        let op = json!({"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "displayName", "value": "Eve"}]});
        let a = scim(
            &app,
            Some(&token),
            "PATCH",
            &format!("/Users/{id}"),
            Some(op.clone()),
            &[("if-match", &version)],
        )
        .await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.body);
        let newer = a.etag.unwrap();
        assert_ne!(newer, version);
        // The old version is stale now: 412, and nothing changes.
        let stale = json!({"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "displayName", "value": "Mallory"}]});
        let a = scim(
            &app,
            Some(&token),
            "PATCH",
            &format!("/Users/{id}"),
            Some(stale),
            &[("if-match", &version)],
        )
        .await;
        assert_eq!(a.status, StatusCode::PRECONDITION_FAILED, "{}", a.body);
        let a = scim(
            &app,
            Some(&token),
            "DELETE",
            &format!("/Users/{id}"),
            None,
            &[("if-match", &version)],
        )
        .await;
        assert_eq!(a.status, StatusCode::PRECONDITION_FAILED);
        assert_eq!(api_identity(&app, id).await["display_name"], "Eve");
        let a = scim(
            &app,
            Some(&token),
            "DELETE",
            &format!("/Users/{id}"),
            None,
            &[("if-match", &newer)],
        )
        .await;
        assert_eq!(a.status, StatusCode::NO_CONTENT);

        // Groups too, though the clock has not moved since they were made.
        let group = create(&app, &token, "/Groups", json!({"displayName": "Versioned"})).await;
        let gid = group["id"].as_str().unwrap();
        let first = group["meta"]["version"].as_str().unwrap().to_owned();
        let rename = json!({"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "displayName", "value": "Versioned 2"}]});
        let a = scim(
            &app,
            Some(&token),
            "PATCH",
            &format!("/Groups/{gid}"),
            Some(rename.clone()),
            &[("if-match", &first)],
        )
        .await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.body);
        assert_ne!(a.etag.as_deref(), Some(first.as_str()), "a new version");
        let a = scim(
            &app,
            Some(&token),
            "PATCH",
            &format!("/Groups/{gid}"),
            Some(rename),
            &[("if-match", &first)],
        )
        .await;
        assert_eq!(a.status, StatusCode::PRECONDITION_FAILED);
    }
}

#[tokio::test]
async fn clashes_owned_fields_and_bad_requests() {
    for app in apps().await {
        let token = scim_token(&app).await;
        app.identity("local.person", Some("local@example.com")).await;
        // A userName that clashes, ignoring case, with anyone: 409 uniqueness.
        let a = scim(
            &app,
            Some(&token),
            "POST",
            "/Users",
            Some(entra_user("LOCAL.person", "l")),
            &[],
        )
        .await;
        assert_eq!(a.status, StatusCode::CONFLICT, "{}", a.body);
        assert_eq!(a.body["scimType"], "uniqueness");
        create(&app, &token, "/Groups", json!({"displayName": "Ops"})).await;
        let a = scim(
            &app,
            Some(&token),
            "POST",
            "/Groups",
            Some(json!({"displayName": "OPS"})),
            &[],
        )
        .await;
        assert_eq!(
            (a.status, a.body["scimType"].as_str()),
            (StatusCode::CONFLICT, Some("uniqueness"))
        );

        // What SCIM owns is read-only elsewhere.
        let user = create(&app, &token, "/Users", entra_user("sam@example.com", "s")).await;
        let id = user["id"].as_str().unwrap();
        let uri = app.realm_path(&format!("/identities/{id}"));
        for change in [
            json!({"identity": {"display_name": "Someone else"}}),
            json!({"identity": {"status": "suspended"}}),
            json!({"identity": {"traits": {"primary_email_address": "x@example.com"}}}),
        ] {
            let (status, body) = app.call("PATCH", &uri, &app.admin, Some(change)).await;
            assert_eq!(status, StatusCode::CONFLICT, "{body}");
            assert!(body.to_string().contains("managed by SCIM"), "{body}");
        }
        let group = filtered(&app, &token, "/Groups", r#"displayName eq "Ops""#).await[0]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let (status, body) = app
            .call(
                "PATCH",
                &app.realm_path(&format!("/groups/{group}")),
                &app.admin,
                Some(json!({"group": {"display_name": "Other"}})),
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{body}");
        let (status, _) = app
            .call(
                "POST",
                &app.realm_path(&format!("/groups/{group}:addMembers")),
                &app.admin,
                Some(json!({"identity_ids": [id]})),
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT);

        // Bad requests: 400 in SCIM's shape, nothing changed.
        let before = api_identity(&app, id).await;
        for (body, scim_type) in [
            (
                json!({"Operations": [{"op": "jump", "path": "userName", "value": "x"}]}),
                "invalidSyntax",
            ),
            (
                json!({"Operations": [{"op": "replace", "path": "userName"}]}),
                "invalidValue",
            ),
            (
                json!({"Operations": [{"op": "replace", "path": "emails[value eq", "value": "x"}]}),
                "invalidPath",
            ),
            (
                json!({"Operations": [{"op": "replace", "path": "userName", "value": ""}]}),
                "invalidValue",
            ),
            (
                json!({"Operations": [{"op": "replace", "path": "emails", "value": [{"value": "not-an-email"}]}]}),
                "invalidValue",
            ),
            (
                json!({"Operations": [{"op": "replace", "path": "active", "value": "maybe"}]}),
                "invalidValue",
            ),
        ] {
            let a = scim(
                &app,
                Some(&token),
                "PATCH",
                &format!("/Users/{id}"),
                Some(body.clone()),
                &[],
            )
            .await;
            assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}: {}", a.body);
            assert_eq!(a.body["scimType"], scim_type, "{body}: {}", a.body);
        }
        let a = scim(
            &app,
            Some(&token),
            "POST",
            "/Users",
            Some(json!({"name": {"givenName": "No"}})),
            &[],
        )
        .await;
        assert_eq!(
            (a.status, a.body["scimType"].as_str()),
            (StatusCode::BAD_REQUEST, Some("invalidValue"))
        );
        let uri = app.realm_path("/scim/v2/Users");
        let (status, body) = app
            .raw("POST", &uri, Some(&token), Some("{not json".into()))
            .await;
        assert_eq!(
            (status, body["scimType"].as_str()),
            (StatusCode::BAD_REQUEST, Some("invalidSyntax"))
        );
        let a = scim(
            &app,
            Some(&token),
            "POST",
            "/Groups",
            Some(json!({"displayName": "Nest", "members": [{"value": group, "type": "Group"}]})),
            &[],
        )
        .await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.body);
        let a = scim(
            &app,
            Some(&token),
            "POST",
            "/Groups",
            Some(json!({"displayName": "Ghosts", "members": [{"value": "0000000000000000"}]})),
            &[],
        )
        .await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.body);
        assert!(
            filtered(&app, &token, "/Groups", r#"displayName eq "Ghosts""#)
                .await
                .is_empty(),
            "nothing half made"
        );
        assert_eq!(api_identity(&app, id).await, before);
    }
}

#[tokio::test]
async fn people_pushed_by_scim_get_their_enrolment_email_once_when_the_realm_asks() {
    for app in apps().await {
        let token = scim_token(&app).await;
        let config = app.hosted_config().await;
        let turn_on = json!({"settings": {"enroll_on_provision": {"enabled": true, "authenticator_config_id": config}}});
        let (status, body) = app
            .call("PATCH", &app.realm_path("/settings"), &app.admin, Some(turn_on))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let user = create(&app, &token, "/Users", entra_user("new@example.com", "n")).await;
        let mut no_email = entra_user("noemail", "m");
        no_email.as_object_mut().unwrap().remove("emails");
        let other = create(&app, &token, "/Users", no_email).await;
        while keybound_app::batches::work_once(&app.state).await.unwrap() > 0 {}
        let jobs = |id: String| {
            let app = &app;
            async move {
                let uri = app.realm_path(&format!("/identities/{id}/credential-binding-jobs"));
                let (_, body) = app.call("GET", &uri, &app.admin, None).await;
                body["credential_binding_jobs"].as_array().unwrap().len()
            }
        };
        assert_eq!(jobs(user["id"].as_str().unwrap().to_owned()).await, 1);
        assert_eq!(jobs(other["id"].as_str().unwrap().to_owned()).await, 0);
        // A later change is not a new provisioning.
        patch(
            &app,
            &token,
            &format!("/Users/{}", user["id"].as_str().unwrap()),
            json!([{"op": "replace", "path": "displayName", "value": "N"}]),
        )
        .await;
        assert_eq!(keybound_app::batches::work_once(&app.state).await.unwrap(), 0);
        assert_eq!(jobs(user["id"].as_str().unwrap().to_owned()).await, 1);
    }
}

#[tokio::test]
async fn the_provisioning_page_gives_the_url_a_token_once_and_the_latest_changes() {
    use support::console::{csrf_of, send, signed_in, value_of};
    for app in apps().await {
        let (admin, _) = signed_in(&app, "boss", true).await;
        let (status, page, _) = send(&app, "GET", "/console/provisioning", &admin, None).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert_eq!(
            value_of(&page, "scim-url"),
            format!("http://localhost:8080{}", app.realm_path("/scim/v2"))
        );
        assert!(page.contains("No SCIM changes yet."));
        let form = format!("csrf={}&name=Entra", csrf_of(&page));
        let (status, page, _) = send(&app, "POST", "/console/provisioning/token", &admin, Some(&form)).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        let secret = value_of(&page, "secret");
        // The token it made is a SCIM client's, and works.
        let user = create(&app, &secret, "/Users", entra_user("pat@example.com", "p")).await;
        let id = user["id"].as_str().unwrap();
        let (_, page, _) = send(&app, "GET", "/console/provisioning", &admin, None).await;
        assert!(!page.contains(&secret), "shown once");
        assert!(
            page.contains("identity.created") && page.contains("SCIM (Entra)"),
            "{page}"
        );
        // The person's page says SCIM owns their profile, and offers no suspend.
        let (_, page, _) = send(&app, "GET", &format!("/console/users/{id}"), &admin, None).await;
        assert!(page.contains("provisioned by SCIM"), "{page}");
        assert!(!page.contains(">Suspend</button>"));
    }
}
