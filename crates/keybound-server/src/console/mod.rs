//! The admin console: server-rendered pages for the people given a console role (helpdesk, user
//! manager, app manager, auditor, administrator), signed in with a passkey. Each sees the
//! sections their role may read (a section it may not is a friendly 403 page) and the people of
//! their groups; every change is checked and audited by the use case, with them as the actor.
//! Every form carries a CSRF token derived from the session.

mod activation;
mod applications;
mod batches;
mod csv;
mod dashboard;
mod directory;
mod events;
mod form_errors;
mod ldap;
mod provisioning;
mod settings;
mod setup;
mod tokens;
mod users;

use crate::web::layout::{impl_page, Layout, Page};
use crate::web::CurrentSession;
use crate::web::{ApiError, AppState};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use keybound_app::i18n::Lang;
use keybound_app::Client;
use keybound_core::identity::Identity;
use keybound_core::realm::Realm;
use serde::de::DeserializeOwned;
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/console", get(dashboard::show))
        .route("/console/realm", post(switch_realm))
        .route("/console/setup/{code}", get(setup::page))
        .route("/console/setup/begin", post(setup::begin))
        .route("/console/setup/finish", post(setup::finish))
        .route("/console/users", get(users::list).post(users::create))
        .route("/console/users/new", get(users::wizard))
        .route("/console/users.csv", get(users::export_csv))
        .route("/console/users/bulk", post(users::bulk))
        .route("/console/batches/{ids}", get(batches::show))
        .route(
            "/console/users/import",
            get(users::import_form).post(users::import),
        )
        .route("/console/users/{id}", get(users::profile).post(users::update))
        .route("/console/users/{id}/status", post(users::set_status))
        .route(
            "/console/users/{id}/delete",
            get(users::confirm_delete).post(users::delete),
        )
        .route("/console/users/{id}/enroll/email", post(users::enroll_email))
        .route("/console/users/{id}/enroll/code", post(users::enroll_code))
        .route(
            "/console/users/{id}/enroll/login-code",
            post(users::enroll_login_code),
        )
        .route("/console/users/{id}/activate", get(activation::show))
        .route("/console/users/{id}/activate/begin", post(activation::begin))
        .route("/console/users/{id}/activate/finish", post(activation::finish))
        .route("/console/users/{id}/groups", post(users::change_groups))
        .route("/console/users/{id}/jobs/{job}/revoke", post(users::revoke_job))
        .route("/console/users/{id}/jobs/{job}/resend", post(users::resend_job))
        .route("/console/users/{id}/role", post(users::set_role))
        .route(
            "/console/users/{id}/sessions/{session}/revoke",
            post(users::revoke_session),
        )
        .route(
            "/console/users/{id}/passkeys/{credential}/revoke",
            post(users::revoke_passkey),
        )
        .route(
            "/console/groups",
            get(directory::groups).post(directory::create_group),
        )
        .route(
            "/console/groups/{id}",
            get(directory::group).post(directory::update_group),
        )
        .route("/console/groups/{id}/members", post(directory::change_members))
        .route(
            "/console/groups/{id}/delete",
            get(directory::confirm_delete_group).post(directory::delete_group),
        )
        .route(
            "/console/signup-tokens",
            get(tokens::signup_tokens).post(tokens::create_signup_token),
        )
        .route(
            "/console/signup-tokens/{id}/revoke",
            post(tokens::revoke_signup_token),
        )
        .route("/console/signup-mode", post(tokens::set_signup_mode))
        .route(
            "/console/api-tokens",
            get(tokens::api_tokens).post(tokens::create_api_token),
        )
        .route("/console/api-tokens/{id}/revoke", post(tokens::revoke_api_token))
        .route(
            "/console/authenticator-configs",
            get(directory::configs).post(directory::create_config),
        )
        .route(
            "/console/authenticator-configs/{id}/delete",
            post(directory::delete_config),
        )
        .route(
            "/console/email-templates",
            get(settings::templates).post(settings::save_template),
        )
        .route(
            "/console/email-templates/preview",
            post(settings::preview_template),
        )
        .route("/console/email-templates/{id}", get(settings::template))
        .route(
            "/console/email-templates/{id}/delete",
            post(settings::delete_template),
        )
        .route(
            "/console/applications",
            get(applications::list).post(applications::create),
        )
        .route("/console/applications/new", get(applications::new))
        .route(
            "/console/applications/{id}",
            get(applications::show).post(applications::update),
        )
        .route(
            "/console/applications/{id}/rotate-secret",
            post(applications::rotate_secret),
        )
        .route(
            "/console/applications/{id}/delete",
            get(applications::confirm_delete).post(applications::delete),
        )
        .route("/console/ldap", get(ldap::show).post(ldap::save))
        .route("/console/provisioning", get(provisioning::show))
        .route("/console/provisioning/token", post(provisioning::create_token))
        .route("/console/ldap/test", post(ldap::test))
        .route("/console/ldap/sync", post(ldap::sync))
        .route("/console/audit", get(dashboard::audit))
        .route("/console/audit.csv", get(dashboard::audit_csv))
        .route("/console/settings", get(settings::show).post(settings::save))
        .route("/console/settings/test-email", post(settings::test_email))
        .route("/console/signout", post(sign_out))
}

/// Signs the administrator out of this browser (the session ends everywhere it was used) and
/// goes to the sign-in page.
async fn sign_out(
    axum::extract::State(state): axum::extract::State<AppState>,
    posted: Posted<Empty>,
) -> Response {
    let Posted { admin, .. } = posted;
    let who = keybound_app::session::Authenticated {
        session: admin.session,
        identity: admin.identity,
    };
    if let Err(e) = keybound_app::account::sign_out(&state, &who, &admin.client).await {
        return ApiError::from(e).into_response();
    }
    (
        [(
            header::SET_COOKIE,
            crate::web::cookies::set_session_cookie(&state.public_url, None),
        )],
        Redirect::to("/login"),
    )
        .into_response()
}

/// The cookie that remembers which realm the console shows.
const REALM_COOKIE: &str = "keybound_console_realm";

/// A signed-in administrator, the realm the console shows, and the page's CSRF token.
pub struct Admin {
    pub identity: Identity,
    /// The session this administrator is signed in with.
    pub session: keybound_core::session::Session,
    pub realm: Realm,
    pub realms: Vec<Realm>,
    pub csrf: String,
    pub client: Client,
    /// This administrator, as the actor of the changes they make.
    pub actor: keybound_app::Actor,
    /// The language the console speaks to them: their own choice (on their account page),
    /// else their browser's, else their realm's default.
    pub lang: Lang,
}

/// Why a console request was turned away.
pub enum Refused {
    /// Not signed in: to the sign-in page, and back here afterwards.
    SignIn(String),
    /// Signed in, but without a console role.
    NotAdmin(Lang),
    /// A section the role may not see.
    NotForRole(Lang),
    /// An administrator, signed in without a passkey (a sign-in link or emailed one-time
    /// access): such a session reaches their account page only.
    NeedsPasskey(Lang),
    Error(ApiError),
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        match self {
            Self::SignIn(back) => Redirect::to(&format!(
                "/login?{}",
                serde_urlencoded::to_string([("next", back)]).unwrap_or_default()
            ))
            .into_response(),
            Self::NotAdmin(lang) => refusal(lang, "console-no-access", "console-no-access-text"),
            Self::NotForRole(lang) => refusal(lang, "console-not-for-role", "console-not-for-role-text"),
            Self::NeedsPasskey(lang) => refusal(lang, "console-needs-passkey", "console-needs-passkey-text"),
            Self::Error(e) => e.into_response(),
        }
    }
}

/// A 403 page in the administrator's language.
fn refusal(lang: Lang, title: &str, text: &str) -> Response {
    let layout = Layout {
        lang,
        ..Layout::plain()
    };
    let (title, text) = (layout.t(title), layout.t(text));
    crate::web::pages::message(layout, StatusCode::FORBIDDEN, &title, &text)
}

impl From<ApiError> for Refused {
    fn from(e: ApiError) -> Self {
        Self::Error(e)
    }
}

impl From<keybound_app::AppError> for Refused {
    fn from(e: keybound_app::AppError) -> Self {
        Self::Error(e.into())
    }
}

impl FromRequestParts<AppState> for Admin {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        let back = parts
            .uri
            .path_and_query()
            .map_or("/console".to_owned(), |p| p.as_str().to_owned());
        let (session, identity) = match CurrentSession::from_request_parts(parts, state).await {
            Ok(CurrentSession(who)) => (who.session, who.identity),
            Err(e) if e.status() == StatusCode::UNAUTHORIZED => return Err(Refused::SignIn(back)),
            Err(e) => return Err(e.into()),
        };
        let accept = parts
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        let lang = keybound_app::i18n::language_for(state, Some(&identity), accept).await;
        let Some(grant) = identity
            .role
            .clone()
            .filter(|_| identity.status.as_str() == "active")
        else {
            return Err(Refused::NotAdmin(lang));
        };
        if session.credential_id.is_none() {
            return Err(Refused::NeedsPasskey(lang));
        }
        if let Some(section) = Chrome::section_of(parts.uri.path()) {
            if !section.permission.is_empty() && !grant.role.allows(section.permission) {
                return Err(Refused::NotForRole(lang));
            }
        }
        let realms = keybound_app::realms::list(
            state,
            keybound_core::page::PageRequest {
                size: 200,
                after: None,
            },
        )
        .await?
        .items;
        let chosen = crate::web::cookies::read(parts, REALM_COOKIE);
        let realm = realms
            .iter()
            .find(|r| Some(r.id.as_str()) == chosen.as_deref())
            .or_else(|| realms.first())
            .cloned()
            .ok_or_else(|| ApiError::not_found("there is no realm"))?;
        let client = crate::web::client_of(parts);
        Ok(Self {
            actor: keybound_app::Actor::person(&identity.id, grant, client.clone()),
            lang,
            identity,
            realm,
            realms,
            csrf: csrf_token(&session.secret_hash),
            session,
            client,
        })
    }
}

impl Admin {
    /// The message `id` in the administrator's language.
    pub fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }

    /// The message `id` with its arguments, in the administrator's language.
    pub fn t_args(&self, id: &str, args: &[(&str, keybound_app::i18n::FluentValue<'_>)]) -> String {
        self.lang.t_args(id, args)
    }

    /// The layout's data for a page titled with the message `title` under the navigation entry
    /// `section`.
    pub fn chrome(&self, title: &str, section: &'static str) -> Chrome {
        self.chrome_titled(self.t(title), section)
    }

    /// The layout's data for a page with the title `title` as it is (a name).
    pub fn chrome_titled(&self, title: String, section: &'static str) -> Chrome {
        Chrome {
            title,
            section,
            admin_name: self.identity.display_name.clone(),
            realm_id: self.realm.id.clone(),
            realms: self
                .realms
                .iter()
                .map(|r| (r.id.clone(), r.display_name.clone()))
                .collect(),
            csrf: self.csrf.clone(),
            layout: Layout {
                lang: self.lang,
                ..Layout::plain()
            },
            role: self
                .actor
                .grant()
                .map_or(keybound_core::role::Role::Admin, |g| g.role),
        }
    }
}

/// What the console's layout (`console/base.html`) shows around every page.
pub struct Chrome {
    pub title: String,
    /// The navigation entry to mark current.
    pub section: &'static str,
    pub admin_name: String,
    pub realm_id: String,
    /// (id, name) of every realm, for the switcher.
    pub realms: Vec<(String, String)>,
    pub csrf: String,
    /// Keybound's own layout: the console does not carry the organisation's brand.
    pub layout: Layout,
    /// The viewer's role: the navigation shows what it may see.
    pub role: keybound_core::role::Role,
}

/// The console's messages are the layout's: `chrome.t("id")` in a template.
impl std::ops::Deref for Chrome {
    type Target = Layout;
    fn deref(&self) -> &Layout {
        &self.layout
    }
}

/// A section of the console: its navigation key, where it lives, its label (a message), and the permission
/// its pages need (empty: every role).
pub struct Section {
    pub key: &'static str,
    pub href: &'static str,
    pub label: &'static str,
    pub permission: &'static str,
}

const fn section(
    key: &'static str,
    href: &'static str,
    label: &'static str,
    permission: &'static str,
) -> Section {
    Section {
        key,
        href,
        label,
        permission,
    }
}

impl Chrome {
    pub const SECTIONS: &'static [Section] = &[
        section("dashboard", "/console", "console-nav-dashboard", ""),
        section("users", "/console/users", "console-nav-users", "identities:read"),
        section("groups", "/console/groups", "console-nav-groups", "groups:read"),
        section(
            "signup",
            "/console/signup-tokens",
            "console-nav-signup",
            "signup-tokens:read",
        ),
        section(
            "configs",
            "/console/authenticator-configs",
            "console-nav-configs",
            "authenticator-configs:read",
        ),
        section(
            "templates",
            "/console/email-templates",
            "console-nav-templates",
            "email-templates:read",
        ),
        section(
            "applications",
            "/console/applications",
            "console-nav-applications",
            "applications:read",
        ),
        section("ldap", "/console/ldap", "console-nav-ldap", "ldap:read"),
        section(
            "provisioning",
            "/console/provisioning",
            "console-nav-provisioning",
            "api-tokens:read",
        ),
        section("api", "/console/api-tokens", "console-nav-api", "api-tokens:read"),
        section(
            "audit",
            "/console/audit",
            "console-nav-audit",
            "audit-events:read",
        ),
        section(
            "settings",
            "/console/settings",
            "console-nav-settings",
            "settings:read",
        ),
    ];

    /// The section a console path belongs to (`/console/users.csv` to Users); `None` for the
    /// dashboard and what every role may reach (sign-out, the realm switcher).
    pub fn section_of(path: &str) -> Option<&'static Section> {
        Self::SECTIONS.iter().skip(1).find(|s| {
            path.strip_prefix(s.href)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '.', '?']))
        })
    }

    /// May the viewer's role do what `permission` names? (What a page offers; the use case
    /// checks again.)
    pub fn may(&self, permission: &str) -> bool {
        self.role.allows(permission)
    }

    /// ` inert` on a form whose change the viewer's role may not make: shown, not usable.
    pub fn read_only(&self, permission: &str) -> &'static str {
        if self.may(permission) {
            ""
        } else {
            " inert"
        }
    }

    /// The sections the viewer's role may see.
    pub fn nav(&self) -> Vec<&'static Section> {
        Self::SECTIONS
            .iter()
            .filter(|s| s.permission.is_empty() || self.role.allows(s.permission))
            .collect()
    }
}

/// The message naming a console role.
pub fn role_label(role: keybound_core::role::Role) -> &'static str {
    use keybound_core::role::Role;
    match role {
        Role::Helpdesk => "console-role-helpdesk",
        Role::UserManager => "console-role-user-manager",
        Role::AppManager => "console-role-app-manager",
        Role::Auditor => "console-role-auditor",
        Role::Admin => "console-role-admin",
    }
}

/// The message naming a kind of device a passkey is bound to.
pub fn device_label(device: keybound_core::binding::DeviceType) -> &'static str {
    use keybound_core::binding::DeviceType;
    match device {
        DeviceType::Any => "console-device-any",
        DeviceType::Smartphone => "console-device-smartphone",
        DeviceType::ContactlessCard => "console-device-contactless-card",
        DeviceType::HardwareKey => "console-device-hardware-key",
    }
}

/// The CSRF token of a session: derived from the hash of its secret, which only the database
/// holds, so another site cannot know it; the same for every form of the session.
fn csrf_token(secret_hash: &str) -> String {
    keybound_core::secret::hash(&format!("csrf:{secret_hash}"))
}

/// A console form post, checked: an administrator's session and the form's CSRF token.
pub struct Posted<T> {
    pub admin: Admin,
    pub form: T,
}

impl<T: DeserializeOwned> FromRequest<AppState> for Posted<T> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = req.into_parts();
        let admin = Admin::from_request_parts(&mut parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let bytes = match Bytes::from_request(Request::from_parts(parts, body), state).await {
            Ok(bytes) => bytes,
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                let message = admin.t("console-form-too-large");
                return Err(problem(&admin, StatusCode::PAYLOAD_TOO_LARGE, &message));
            }
            Err(rejection) => return Err(rejection.into_response()),
        };
        #[derive(Deserialize)]
        struct Token {
            csrf: Option<String>,
        }
        let token: Option<Token> = serde_urlencoded::from_bytes(&bytes).ok();
        let presented = token.and_then(|t| t.csrf).unwrap_or_default();
        if !keybound_core::secret::constant_time_eq(presented.as_bytes(), admin.csrf.as_bytes()) {
            return Err(refusal(
                admin.lang,
                "console-form-refused",
                "console-form-refused-text",
            ));
        }
        let form = serde_html_form::from_bytes(&bytes).map_err(|e| {
            ApiError::bad_field("form", format!("the form is malformed: {e}")).into_response()
        })?;
        Ok(Self { admin, form })
    }
}

/// A rendered console page, not cached, not framed.
pub fn page(page: &impl Page) -> Response {
    crate::web::pages::page(StatusCode::OK, page)
}

/// An error shown inside the console's layout.
pub fn problem(admin: &Admin, status: StatusCode, message: &str) -> Response {
    #[derive(askama::Template)]
    #[template(path = "console/problem.html")]
    struct Problem<'a> {
        chrome: Chrome,
        message: &'a str,
    }
    impl_page!(Problem<'a>, chrome.layout);
    let problem = Problem {
        chrome: admin.chrome("console-problem-title", ""),
        message,
    };
    crate::web::pages::page(status, &problem)
}

/// An error shown inside the console's layout, with the status it maps to.
pub fn failure(admin: &Admin, e: impl Into<ApiError>) -> Response {
    let e = e.into();
    problem(admin, e.status(), e.message())
}

/// After a change: back to `to` (a console path).
pub fn back(to: &str) -> Response {
    Redirect::to(to).into_response()
}

#[derive(Deserialize)]
pub struct RealmChoice {
    id: String,
}

/// The cookie that remembers the realm the console shows: `Secure` where Keybound is served
/// over https.
fn realm_cookie(public_url: &str, realm_id: &str) -> String {
    let secure = if public_url.starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    format!("{REALM_COOKIE}={realm_id}; Path=/console; HttpOnly; SameSite=Lax{secure}")
}

/// `POST /console/realm` (`id`, and the form's CSRF token): shows another realm from now on.
/// A change of what the console shows, so a form post, never a link another site can send.
async fn switch_realm(State(state): State<AppState>, posted: Posted<RealmChoice>) -> Response {
    let Posted { admin, form: choice } = posted;
    if !admin.realms.iter().any(|r| r.id == choice.id) {
        let message = admin.t("console-no-such-realm");
        return problem(&admin, StatusCode::NOT_FOUND, &message);
    }
    let mut response = Redirect::to("/console/users").into_response();
    if let Ok(value) = HeaderValue::from_str(&realm_cookie(&state.public_url, &choice.id)) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

#[derive(askama::Template)]
#[template(path = "console/confirm.html")]
struct ConfirmPage {
    chrome: Chrome,
    heading: String,
    message: String,
    action: String,
    button: String,
    cancel: String,
}
impl_page!(ConfirmPage, chrome.layout);

pub fn confirm(
    admin: &Admin,
    heading: String,
    message: String,
    action: String,
    button: &str,
    cancel: String,
) -> Response {
    page(&ConfirmPage {
        chrome: admin.chrome_titled(heading.clone(), ""),
        heading,
        message,
        action,
        button: button.to_owned(),
        cancel,
    })
}

/// The form of a button that posts nothing but its CSRF token.
#[derive(Deserialize)]
pub struct Empty {}

#[cfg(test)]
mod tests {
    #[test]
    fn the_realm_cookie_is_secure_over_https() {
        let https = super::realm_cookie("https://id.example.com", "r1");
        assert!(
            https.ends_with("; Secure") && https.contains("HttpOnly"),
            "{https}"
        );
        let http = super::realm_cookie("http://localhost:8080", "r1");
        assert!(!http.contains("Secure"), "{http}");
    }
}
