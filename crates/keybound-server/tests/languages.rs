//! The language of the hosted pages: the person's saved choice, else their browser's
//! `Accept-Language`, else the realm's default; `<html lang dir>` set, Arabic right to left.
//! On both databases.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::json;
use support::console::signed_in;
use support::{apps, TestApp};
use tower::ServiceExt;

/// An email's text: its headers, and its parts with base64 ones decoded.
fn text_of(raw: &str) -> String {
    use base64::Engine;
    let mut out = String::new();
    let mut encoded: Option<String> = None;
    for line in raw.lines() {
        match &mut encoded {
            Some(data) if line.starts_with("--") || line.is_empty() && !data.is_empty() => {
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(data.as_bytes())
                    .unwrap_or_default();
                out.push_str(&String::from_utf8_lossy(&bytes));
                out.push('\n');
                encoded = None;
                out.push_str(line);
                out.push('\n');
            }
            Some(data) => data.push_str(line.trim()),
            None => {
                out.push_str(line);
                out.push('\n');
                if line.eq_ignore_ascii_case("Content-Transfer-Encoding: base64") {
                    encoded = Some(String::new());
                }
            }
        }
    }
    out
}

/// GET `uri` with these headers; the status and the page.
async fn get(app: &TestApp, uri: &str, headers: &[(&str, &str)]) -> (StatusCode, String) {
    let mut req = Request::get(uri);
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    let res = app
        .router
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

#[tokio::test]
async fn pages_speak_the_saved_language_then_the_browsers_then_the_realms() {
    for app in apps().await {
        // The browser's language.
        let (status, page) = get(
            &app,
            "/login",
            &[("accept-language", "de-CH, de;q=0.9, en;q=0.5")],
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains(r#"<html lang="de" dir="ltr">"#), "{page}");
        assert!(page.contains("Mit Passkey anmelden"), "{page}");
        let (_, page) = get(&app, "/enroll", &[("accept-language", "ar")]).await;
        assert!(page.contains(r#"<html lang="ar" dir="rtl">"#), "{page}");
        assert!(page.contains("إعداد مفتاح المرور"), "{page}");
        let (_, page) = get(&app, "/login", &[("accept-language", "ko, ja;q=0.8")]).await;
        assert!(
            page.contains(r#"lang="ja""#) && page.contains("パスキーでサインイン"),
            "{page}"
        );
        // None Keybound speaks: English, until the realm says otherwise.
        let (_, page) = get(&app, "/login", &[("accept-language", "ko")]).await;
        assert!(
            page.contains(r#"lang="en""#) && page.contains("Sign in with a passkey"),
            "{page}"
        );
        let realm = app.realm_path("/settings");
        let (status, body) = app
            .call(
                "PATCH",
                &realm,
                &app.admin,
                Some(json!({"settings": {"default_language": "es"}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, page) = get(&app, "/login", &[("accept-language", "ko")]).await;
        assert!(
            page.contains(r#"lang="es""#) && page.contains("Iniciar sesión con una llave de acceso"),
            "{page}"
        );

        // The person's saved choice wins over the browser's.
        let (cookie, id) = signed_in(&app, "francoise", false).await;
        let put = Request::put("/account/locale")
            .header("cookie", &cookie)
            .header("content-type", "application/json")
            .body(Body::from(r#"{"locale": "fr"}"#))
            .unwrap();
        let res = app.router.clone().oneshot(put).await.unwrap();
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        let (_, page) = get(
            &app,
            "/account",
            &[("cookie", &cookie), ("accept-language", "de")],
        )
        .await;
        assert!(page.contains(r#"<html lang="fr" dir="ltr">"#), "{page}");
        assert!(page.contains("Votre compte"), "{page}");
        assert!(
            page.contains(r#"<option value="fr" selected lang="fr">Français</option>"#),
            "{page}"
        );
        // A language Keybound does not speak is refused, and changes nothing.
        let put = Request::put("/account/locale")
            .header("cookie", &cookie)
            .header("content-type", "application/json")
            .body(Body::from(r#"{"locale": "tlh"}"#))
            .unwrap();
        let res = app.router.clone().oneshot(put).await.unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        let (_, page) = get(&app, "/account", &[("cookie", &cookie)]).await;
        assert!(page.contains(r#"lang="fr""#), "{page}");
        // The API shows it as the trait `locale`, and sets it.
        let path = app.realm_path(&format!("/identities/{id}"));
        let (_, person) = app.call("GET", &path, &app.admin, None).await;
        assert_eq!(person["traits"]["locale"], "fr", "{person}");
        let (status, person) = app
            .call(
                "PATCH",
                &path,
                &app.admin,
                Some(json!({"identity": {"traits": {"locale": "ja"}}})),
            )
            .await;
        assert_eq!(
            (status, &person["traits"]["locale"]),
            (StatusCode::OK, &json!("ja")),
            "{person}"
        );
        let (_, page) = get(&app, "/account", &[("cookie", &cookie)]).await;
        assert!(page.contains(r#"lang="ja""#), "{page}");
        let (status, _) = app
            .call(
                "PATCH",
                &path,
                &app.admin,
                Some(json!({"identity": {"traits": {"locale": "not a tag"}}})),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
}

#[tokio::test]
async fn an_enrolment_email_to_a_japanese_speaker_is_in_japanese_with_times_in_the_realms_zone() {
    for app in apps().await {
        let (status, body) = app
            .call(
                "PATCH",
                &app.realm_path("/settings"),
                &app.admin,
                Some(json!({"settings": {"time_zone": "Asia/Tokyo"}})),
            )
            .await;
        assert_eq!(
            (status, &body["time_zone"]),
            (StatusCode::OK, &json!("Asia/Tokyo")),
            "{body}"
        );
        let (status, person) = app
            .call(
                "POST",
                &app.realm_path("/identities"),
                &app.admin,
                Some(
                    json!({"identity": {"display_name": "山田 花子", "traits": {"type": "traits_v0",
                    "username": "hanako", "primary_email_address": "hanako@example.jp", "locale": "ja"}}}),
                ),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{person}");
        let config = app.hosted_config().await;
        let (status, created) = app
            .job(
                person["id"].as_str().unwrap(),
                json!({"delivery_method": "EMAIL", "authenticator_config_id": config, "device_type": "hardware_key"}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{created}");
        assert_eq!(app.deliver().await, 1);
        let email = text_of(&app.last_raw_email().unwrap());
        let expires = time::OffsetDateTime::parse(
            created["credential_binding_job"]["expire_time"].as_str().unwrap(),
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap()
        .to_offset(time::macros::offset!(+9));
        let tokyo = format!(
            "{}年{}月{}日 {:02}:{:02}（Asia/Tokyo）",
            expires.year(),
            u8::from(expires.month()),
            expires.day(),
            expires.hour(),
            expires.minute()
        );
        assert!(email.contains(&tokyo), "{tokyo} in {email}");
        assert!(email.contains("山田 花子 様"), "{email}");
        assert!(
            email.contains("パスキーでサインインするよう招待されました"),
            "{email}"
        );
        assert!(
            email.contains("FIDO2 セキュリティキーを用意してください"),
            "the key's instructions: {email}"
        );
        assert!(email.contains(r#"lang="ja""#), "{email}");
        // Someone who chose nothing gets the realm's default language (English here).
        let other = app.identity("plain", Some("plain@example.com")).await;
        app.job(
            other["id"].as_str().unwrap(),
            json!({"delivery_method": "EMAIL", "authenticator_config_id": config}),
        )
        .await;
        assert_eq!(app.deliver().await, 1);
        let email = text_of(&app.last_raw_email().unwrap());
        assert!(
            email.contains("You have been invited to sign in with a passkey"),
            "{email}"
        );
        assert!(email.contains("(Asia/Tokyo)"), "{email}");
    }
}

#[tokio::test]
async fn the_sdk_gets_its_own_messages_in_the_persons_language() {
    for app in apps().await {
        let (status, body) = get(&app, "/sdk/messages.json", &[("accept-language", "ja")]).await;
        assert_eq!(status, StatusCode::OK);
        let messages: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(
            messages["sdk-unsupported"],
            "このブラウザではパスキーを作成できません。"
        );
        assert_eq!(messages.as_object().unwrap().len(), 11, "{messages}");
        let (_, body) = get(&app, "/sdk/messages.json", &[]).await;
        let messages: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(
            messages["sdk-unsupported"],
            "This browser cannot create passkeys."
        );
    }
}

#[tokio::test]
async fn the_console_follows_the_administrators_own_language_then_their_browsers() {
    for app in apps().await {
        let (cookie, id) = signed_in(&app, "console-admin", true).await;
        // No choice of their own: the browser's language.
        let (status, page) = get(
            &app,
            "/console/users",
            &[("cookie", &cookie), ("accept-language", "de")],
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(page.contains(r#"<html lang="de" dir="ltr">"#), "{page}");
        assert!(page.contains("<h1 class=\"grow\">Benutzer</h1>"), "{page}");
        assert!(page.contains("Abmelden"), "the layout too: {page}");
        // Their own choice wins over the browser's, and Arabic mirrors the console.
        let path = app.realm_path(&format!("/identities/{id}"));
        let (status, body) = app
            .call(
                "PATCH",
                &path,
                &app.admin,
                Some(json!({"identity": {"traits": {"locale": "ar"}}})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, page) = get(
            &app,
            "/console/users",
            &[("cookie", &cookie), ("accept-language", "de")],
        )
        .await;
        assert!(page.contains(r#"<html lang="ar" dir="rtl">"#), "{page}");
        assert!(page.contains("المستخدمون"), "{page}");
        // A page the role may not see says so in their language too.
        let (helper, _) = support::console::signed_in_as(
            &app,
            "console-helper",
            keybound_core::role::RoleGrant::new(keybound_core::role::Role::Helpdesk, Vec::new()),
        )
        .await;
        let (status, page) = get(
            &app,
            "/console/settings",
            &[("cookie", &helper), ("accept-language", "fr")],
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert!(page.contains("Hors de votre rôle"), "{page}");
    }
}

#[tokio::test]
async fn an_email_template_has_a_variant_per_language_and_the_default_without_one_for_the_rest() {
    for app in apps().await {
        let path = app.realm_path("/email-templates");
        let template = |name: &str, subject: &str, language: serde_json::Value| {
            json!({"email_template": {"name": name, "kind": "enrollment_link", "default": true,
                "subject": subject, "html": "<p>{{ link }}</p>", "text": "{{ link }}", "language": language}})
        };
        let (status, everyone) = app
            .call(
                "POST",
                &path,
                &app.admin,
                Some(template("Everyone", "Welcome aboard", json!(null))),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{everyone}");
        assert_eq!(everyone["language"], json!(null));
        let (status, japanese) = app
            .call(
                "POST",
                &path,
                &app.admin,
                Some(template("Japanese", "ようこそ", json!("ja"))),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{japanese}");
        assert_eq!(japanese["language"], "ja");
        assert_eq!(japanese["default"], true);
        // Both stay defaults: one for Japanese readers, one for everyone else.
        let (_, first) = app
            .call(
                "GET",
                &format!("{path}/{}", everyone["id"].as_str().unwrap()),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(first["default"], true, "{first}");
        // A language Keybound does not speak is refused and changes nothing.
        let (status, refused) = app
            .call(
                "POST",
                &path,
                &app.admin,
                Some(template("Klingon", "nuqneH", json!("tlh"))),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");
        assert!(
            refused.to_string().contains("email_template.language"),
            "{refused}"
        );
        let (_, listed) = app.call("GET", &path, &app.admin, None).await;
        assert_eq!(listed["total_size"], 2, "{listed}");

        let config = app.hosted_config().await;
        let subject_for = |locale: Option<&'static str>, username: &'static str| {
            let app = &app;
            let config = config.clone();
            async move {
                let mut traits = json!({"type": "traits_v0", "username": username,
                    "primary_email_address": format!("{username}@example.com")});
                if let Some(locale) = locale {
                    traits["locale"] = json!(locale);
                }
                let (status, person) = app
                    .call(
                        "POST",
                        &app.realm_path("/identities"),
                        &app.admin,
                        Some(json!({"identity": {"display_name": username, "traits": traits}})),
                    )
                    .await;
                assert_eq!(status, StatusCode::OK, "{person}");
                let (status, job) = app
                    .job(
                        person["id"].as_str().unwrap(),
                        json!({"delivery_method": "EMAIL", "authenticator_config_id": config}),
                    )
                    .await;
                assert_eq!(status, StatusCode::OK, "{job}");
                assert_eq!(app.deliver().await, 1);
                let email = text_of(&app.last_raw_email().unwrap());
                email
                    .lines()
                    .find_map(|l| l.strip_prefix("Subject: "))
                    .unwrap()
                    .to_owned()
            }
        };
        let japanese_subject = subject_for(Some("ja"), "yuki").await;
        assert!(
            japanese_subject.contains("=?utf-8?") || japanese_subject.contains("ようこそ"),
            "{japanese_subject}"
        );
        assert_ne!(japanese_subject, "Welcome aboard");
        assert_eq!(subject_for(Some("fr"), "amelie").await, "Welcome aboard");
        assert_eq!(subject_for(None, "nobody").await, "Welcome aboard");

        // Without the default for everyone, other readers get Keybound's own email in their
        // language again.
        let (status, _) = app
            .call(
                "DELETE",
                &format!("{path}/{}", everyone["id"].as_str().unwrap()),
                &app.admin,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let french = subject_for(Some("fr"), "benoit").await;
        assert_ne!(french, "Welcome aboard");
        assert!(!french.contains("ようこそ"), "{french}");
    }
}

#[tokio::test]
async fn what_went_wrong_is_said_in_the_persons_language_and_the_code_stays() {
    for app in apps().await {
        let post = |body: serde_json::Value, lang: &'static str| {
            let router = app.router.clone();
            async move {
                let req = Request::post("/bind/begin")
                    .header("content-type", "application/json")
                    .header("accept-language", lang)
                    .body(Body::from(body.to_string()))
                    .unwrap();
                let res = router.oneshot(req).await.unwrap();
                let status = res.status();
                let bytes = res.into_body().collect().await.unwrap().to_bytes();
                (
                    status,
                    serde_json::from_slice::<serde_json::Value>(&bytes).unwrap(),
                )
            }
        };
        // A code that does not work, in French, then in English.
        let (status, body) = post(json!({"code": "XXXX-XXXXX"}), "fr").await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
        assert_eq!(
            body["code"], "not_found",
            "the machine-readable code stays: {body}"
        );
        assert_eq!(
            body["message"],
            "Ce code ne fonctionne pas. Vérifiez-le ou demandez-en un nouveau à votre administrateur."
        );
        let (_, body) = post(json!({"code": "XXXX-XXXXX"}), "en").await;
        assert_eq!(
            body["message"],
            "That code does not work. Check it, or ask your administrator for a new one."
        );
        // A binding link that is not one, as a page in German.
        let link = app
            .realm_path("/identities/nobody/credential-binding-jobs/nothing:invokeAuthenticator?token=nope");
        let (status, page) = get(&app, &link, &[("accept-language", "de")]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{page}");
        assert!(page.contains(r#"<html lang="de""#), "{page}");
        assert!(page.contains("Dieser Link ist ungültig"), "{page}");
        // An unknown page, in Japanese.
        let (status, page) = get(
            &app,
            "/no-such-page",
            &[("accept-language", "ja"), ("accept", "text/html")],
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(page.contains("ページが見つかりません"), "{page}");
    }
}
