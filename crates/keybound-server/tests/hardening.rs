//! What a browser is told about every page, and requests from other sites, in process on every
//! backend.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::json;
use support::{apps, TestApp, PUBLIC_URL};
use tower::ServiceExt;

/// Status, headers and body text of a request with these extra headers.
async fn fetch(
    app: &TestApp,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, axum::http::HeaderMap, String) {
    let mut req = Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = app
        .router
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&bytes).into_owned())
}

fn header<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> &'a str {
    headers.get(name).map_or("", |v| v.to_str().unwrap())
}

#[tokio::test]
async fn pages_run_only_their_own_scripts_and_cannot_be_framed_or_cached() {
    for app in apps().await {
        for (uri, status) in [
            ("/login", StatusCode::OK),
            ("/enroll", StatusCode::OK),
            ("/lc/not-a-code", StatusCode::GONE),
        ] {
            let (got, headers, body) = fetch(&app, "GET", uri, &[]).await;
            assert_eq!(got, status, "{uri}");
            let policy = header(&headers, "content-security-policy");
            let nonce = policy
                .split("'nonce-")
                .nth(1)
                .and_then(|rest| rest.split('\'').next())
                .unwrap_or_else(|| panic!("{uri}: no script nonce in {policy:?}"));
            assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
            let scripts = policy
                .split(';')
                .find(|d| d.trim().starts_with("script-src"))
                .unwrap();
            assert!(!scripts.contains("unsafe-inline"), "{scripts}");
            for tag in body.split("<script").skip(1) {
                assert!(
                    tag.starts_with(&format!(" nonce=\"{nonce}\"")),
                    "{uri}: a script without the nonce: <script{}",
                    &tag[..40.min(tag.len())]
                );
            }
            assert!(
                !body.contains(" onclick=") && !body.contains(" onfocus=") && !body.contains(" onchange=")
            );
            assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
            assert_eq!(header(&headers, "x-frame-options"), "DENY");
            assert_eq!(header(&headers, "cache-control"), "no-store");
        }
        let (status, first, _) = fetch(&app, "GET", "/login", &[]).await;
        let (_, second, _) = fetch(&app, "GET", "/login", &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert_ne!(
            header(&first, "content-security-policy"),
            header(&second, "content-security-policy"),
            "a new nonce for every response"
        );
        // JSON and errors carry the same protections.
        let (status, headers, _) = fetch(&app, "GET", "/no/such/thing", &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
        assert_eq!(
            header(&headers, "content-security-policy"),
            "default-src 'none'; frame-ancestors 'none'"
        );
        assert_eq!(header(&headers, "cache-control"), "no-store");
    }
}

#[tokio::test]
async fn another_site_cannot_sign_a_browser_in_with_a_login_link() {
    for app in apps().await {
        let id = app.identity("lou", None).await["id"].as_str().unwrap().to_owned();
        let (status, created) = app
            .call(
                "POST",
                &app.realm_path(&format!("/identities/{id}/login-codes")),
                &app.admin,
                Some(json!({"login_code": {"expires_in": "15m"}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{created}");
        let path = created["link"]
            .as_str()
            .unwrap()
            .strip_prefix(PUBLIC_URL)
            .unwrap()
            .to_owned();
        for foreign in [
            [
                ("origin", "https://evil.example"),
                ("sec-fetch-site", "cross-site"),
            ],
            [("origin", "https://evil.example"), ("x-none", "")],
            [("origin", "null"), ("x-none", "")],
        ] {
            let (status, headers, _) = fetch(&app, "POST", &path, &foreign).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{}: {foreign:?}", app.backend);
            assert!(headers.get("set-cookie").is_none(), "no session from {foreign:?}");
        }
        let (status, headers, _) = fetch(
            &app,
            "POST",
            &path,
            &[("origin", PUBLIC_URL), ("sec-fetch-site", "same-origin")],
        )
        .await;
        assert_eq!(
            status,
            StatusCode::SEE_OTHER,
            "{}: the refused posts spent nothing; from its own page the link works",
            app.backend
        );
        assert!(headers.get("set-cookie").is_some());
    }
}

#[tokio::test]
async fn after_signing_in_the_login_page_goes_only_to_a_path_on_this_site() {
    for app in apps().await {
        for (next, kept) in [
            ("%2Fconsole%2Fusers", "/console/users"),
            ("%2F%09%2Fevil.example", ""),
            ("%2F%0A%2Fevil.example", ""),
            ("%2F%0D%2Fevil.example", ""),
            ("%2F%2Fevil.example", ""),
            ("%2F%5Cevil.example", ""),
            ("https%3A%2F%2Fevil.example%2F", ""),
        ] {
            let (status, _, body) = fetch(&app, "GET", &format!("/login?next={next}"), &[]).await;
            assert_eq!(status, StatusCode::OK);
            assert!(body.contains(&format!("data-next=\"{kept}\"")), "{next}: {body}");
        }
    }
}
