//! The OpenID Connect provider's endpoints, one issuer per realm at `/realms/{realm_id}`.
//! Thin: parse the request, call `keybound_app::oidc`, answer in OAuth's shapes (JSON errors
//! with `error` and `error_description`, redirects, the consent and `form_post` pages).

mod device;

use crate::web::cookies;
use crate::web::layout::{impl_page, Layout};
use crate::web::pages::{message, page_posting_to};
use crate::web::session_of;
use crate::web::{ApiError, AppState, Peer};
use askama::Template;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::{engine::general_purpose::STANDARD, Engine};
use keybound_app::oidc::logout::{self, EndSession, EndSessionParams};
use keybound_app::oidc::{
    self as provider, AuthorizeParams, ClientCredentials, OAuthError, Outcome, TokenForm,
};
use keybound_app::session::Authenticated;
use serde::Deserialize;
use serde_json::json;

const ISSUER: &str = "/realms/{realm_id}";

pub fn routes() -> Router<AppState> {
    // CORS for the endpoints applications call from any origin: web::origin::open_cors.
    Router::new()
        .route(
            &format!("{ISSUER}/.well-known/openid-configuration"),
            get(discovery),
        )
        // RFC 8414's place for the same document: the well-known part goes before the
        // issuer's path.
        .route(
            "/.well-known/oauth-authorization-server/realms/{realm_id}",
            get(discovery),
        )
        .route(&format!("{ISSUER}/jwks"), get(jwks))
        .route(&format!("{ISSUER}/token"), post(token))
        .route(&format!("{ISSUER}/par"), post(push))
        .route(
            &format!("{ISSUER}/device_authorization"),
            post(device_authorization),
        )
        .route("/device", get(device::show).post(device::ask))
        .route("/device/decide", post(device::decide))
        .route(&format!("{ISSUER}/userinfo"), get(userinfo).post(userinfo))
        .route(&format!("{ISSUER}/revoke"), post(revoke))
        .route(&format!("{ISSUER}/introspect"), post(introspect))
        .route("/oidc/authenticate/begin", post(inline_begin))
        .route("/oidc/authenticate/finish", post(inline_finish))
        .route(
            &format!("{ISSUER}/authorize"),
            get(authorize_get).post(authorize_post),
        )
        .route(&format!("{ISSUER}/authorize/resume"), get(resume))
        .route(&format!("{ISSUER}/authorize/consent"), post(consent))
        .route(
            &format!("{ISSUER}/end_session"),
            get(end_session_get).post(end_session_post),
        )
}

/// `POST /oidc/authenticate/begin` (the SDK's `authenticate()`): the authorization request's
/// parameters as JSON; answers with a passkey ceremony to run on the application's page.
async fn inline_begin(
    State(state): State<AppState>,
    crate::web::Peer(client): crate::web::Peer,
    crate::web::JsonBody(params): crate::web::JsonBody<AuthorizeParams>,
) -> Response {
    match provider::inline_begin(&state, params, &client).await {
        Ok(Ok(begun)) => Json(begun).into_response(),
        Ok(Err(e)) => oauth_error(e),
        Err(e) => ApiError::from(e).into_response(),
    }
}

#[derive(Deserialize)]
struct InlineFinish {
    ceremony_id: String,
    credential: serde_json::Value,
}

/// `POST /oidc/authenticate/finish`: `{"redirect_url"}` carrying the code, for the
/// application's back end to exchange.
async fn inline_finish(
    State(state): State<AppState>,
    crate::web::Peer(client): crate::web::Peer,
    crate::web::JsonBody(body): crate::web::JsonBody<InlineFinish>,
) -> Response {
    let credential_id = crate::hosted::signin::credential_id(&body.credential);
    match provider::inline_finish(&state, &body.ceremony_id, body.credential, &client).await {
        Ok(Ok(url)) => Json(json!({ "redirect_url": url })).into_response(),
        Ok(Err(e)) => oauth_error(e),
        Err(e) => crate::hosted::signin::refusal(&state, e, &credential_id),
    }
}

fn oauth_error(e: OAuthError) -> Response {
    let status = StatusCode::from_u16(e.status).unwrap_or(StatusCode::BAD_REQUEST);
    let mut response = (
        status,
        Json(json!({"error": e.error, "error_description": e.description})),
    )
        .into_response();
    let headers = response.headers_mut();
    if status == StatusCode::UNAUTHORIZED {
        let challenge = match e.error {
            "invalid_token" => "Bearer error=\"invalid_token\"",
            "use_dpop_nonce" => "DPoP error=\"use_dpop_nonce\", algs=\"ES256 RS256 EdDSA\"",
            "invalid_dpop_proof" => "DPoP error=\"invalid_dpop_proof\", algs=\"ES256 RS256 EdDSA\"",
            _ => "Basic realm=\"keybound\"",
        };
        headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(challenge));
    }
    if let Some(nonce) = e.dpop_nonce.and_then(|n| HeaderValue::from_str(&n).ok()) {
        headers.insert("dpop-nonce", nonce);
    }
    response
}

fn form_error(e: FormRejection) -> Response {
    oauth_error(OAuthError::new(
        400,
        "invalid_request",
        format!("the form could not be read: {}", e.body_text()),
    ))
}

async fn realm_exists(state: &AppState, realm_id: &str) -> Result<(), Response> {
    match keybound_app::realms::get(state, realm_id).await {
        Ok(_) => Ok(()),
        Err(e) => Err(ApiError::from(e).into_response()),
    }
}

async fn discovery(State(state): State<AppState>, Path(realm_id): Path<String>) -> Response {
    if let Err(r) = realm_exists(&state, &realm_id).await {
        return r;
    }
    cacheable(Json(provider::discovery(&state, &realm_id)).into_response())
}

async fn jwks(State(state): State<AppState>, Path(realm_id): Path<String>) -> Response {
    if let Err(r) = realm_exists(&state, &realm_id).await {
        return r;
    }
    match provider::keys::jwks(&state).await {
        Ok(set) => cacheable(Json(set).into_response()),
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// A few minutes' caching: a key is published an hour before it signs.
fn cacheable(mut response: Response) -> Response {
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    response
}

async fn authorize_get(
    layout: Layout,
    State(state): State<AppState>,
    Peer(client): Peer,
    Path(realm_id): Path<String>,
    headers: HeaderMap,
    params: Result<Query<AuthorizeParams>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(params)) = params else {
        return message(
            layout,
            StatusCode::BAD_REQUEST,
            "Sign-in request refused",
            "The sign-in request is malformed (a parameter is given twice or cannot be read).",
        );
    };
    authorize(layout, state, &client, realm_id, headers, params).await
}

async fn authorize_post(
    layout: Layout,
    State(state): State<AppState>,
    Peer(client): Peer,
    Path(realm_id): Path<String>,
    headers: HeaderMap,
    params: Result<Form<AuthorizeParams>, FormRejection>,
) -> Response {
    let Ok(Form(params)) = params else {
        return message(
            layout,
            StatusCode::BAD_REQUEST,
            "Sign-in request refused",
            "The sign-in request is malformed (a parameter is given twice or cannot be read).",
        );
    };
    authorize(layout, state, &client, realm_id, headers, params).await
}

async fn authorize(
    layout: Layout,
    state: AppState,
    client: &keybound_app::Client,
    realm_id: String,
    headers: HeaderMap,
    params: AuthorizeParams,
) -> Response {
    if let Err(r) = realm_exists(&state, &realm_id).await {
        return r;
    }
    let session = session_of(&state, &headers).await;
    match provider::authorize(&state, &realm_id, params, session.as_ref(), client).await {
        Ok(outcome) => answer(layout, outcome, session.as_ref()),
        Err(e) => ApiError::from(e).into_response(),
    }
}

#[derive(Deserialize)]
struct ResumeQuery {
    request: String,
}

async fn resume(
    layout: Layout,
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<ResumeQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(q)) = query else {
        return message(
            layout,
            StatusCode::BAD_REQUEST,
            "Sign-in request refused",
            "The sign-in request is missing.",
        );
    };
    let session = session_of(&state, &headers).await;
    match provider::resume(&state, &q.request, session.as_ref()).await {
        Ok(outcome) => answer(layout, outcome, session.as_ref()),
        Err(e) => ApiError::from(e).into_response(),
    }
}

#[derive(Deserialize)]
struct ConsentForm {
    request: String,
    decision: String,
}

async fn consent(
    layout: Layout,
    State(state): State<AppState>,
    headers: HeaderMap,
    form: Result<Form<ConsentForm>, FormRejection>,
) -> Response {
    let Ok(Form(form)) = form else {
        return message(
            layout,
            StatusCode::BAD_REQUEST,
            "Sign-in request refused",
            "The answer could not be read.",
        );
    };
    let Some(session) = session_of(&state, &headers).await else {
        // Signed out meanwhile: sign in again, then the request goes on.
        return match provider::resume(&state, &form.request, None).await {
            Ok(outcome) => answer(layout, outcome, None),
            Err(e) => ApiError::from(e).into_response(),
        };
    };
    match provider::decide_consent(&state, &form.request, &session, form.decision == "allow").await {
        Ok(outcome) => answer(layout, outcome, Some(&session)),
        Err(e) => ApiError::from(e).into_response(),
    }
}

#[derive(Template)]
#[template(path = "oidc_consent.html")]
struct ConsentPage<'a> {
    layout: Layout,
    app_name: &'a str,
    logo_url: Option<&'a str>,
    person: &'a str,
    shares: Vec<String>,
    action: String,
    request_id: &'a str,
}
impl_page!(ConsentPage<'a>, layout);

#[derive(Template)]
#[template(path = "oidc_form_post.html")]
struct FormPostPage<'a> {
    layout: Layout,
    action: &'a str,
    params: &'a [(String, String)],
}
impl_page!(FormPostPage<'a>, layout);

/// A CSP source for the origin of `uri` (`https://app.example.com`, or `com.example.app:`).
fn origin_source(uri: &str) -> String {
    match url::Url::parse(uri) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => u.origin().ascii_serialization(),
        Ok(u) => format!("{}:", u.scheme()),
        Err(_) => String::new(),
    }
}

fn answer(layout: Layout, outcome: Outcome, session: Option<&Authenticated>) -> Response {
    match outcome {
        Outcome::Redirect {
            redirect_uri,
            form_post: true,
            params,
        } => page_posting_to(
            StatusCode::OK,
            &FormPostPage {
                layout,
                action: &redirect_uri,
                params: &params,
            },
            &origin_source(&redirect_uri),
        ),
        Outcome::Redirect {
            redirect_uri, params, ..
        } => {
            let mut url = redirect_uri;
            let query: String = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(params.iter())
                .finish();
            url.push(if url.contains('?') { '&' } else { '?' });
            url.push_str(&query);
            see_other(layout, &url)
        }
        Outcome::ErrorPage { title, message: text } => {
            let (title, text) = (layout.t(title), layout.t(text));
            message(layout, StatusCode::BAD_REQUEST, &title, &text)
        }
        Outcome::SignIn {
            request_id,
            realm_id,
            login_hint,
            reauthenticate,
        } => {
            let next = format!("/realms/{realm_id}/authorize/resume?request={request_id}");
            let mut query = url::form_urlencoded::Serializer::new(String::new());
            query.append_pair("next", &next).append_pair("realm", &realm_id);
            if let Some(hint) = &login_hint {
                query.append_pair("login_hint", hint);
            }
            if reauthenticate {
                query.append_pair("reauthenticate", "1");
            }
            see_other(layout, &format!("/login?{}", query.finish()))
        }
        Outcome::Consent {
            request_id,
            application,
            scopes,
        } => {
            let Some(session) = session else {
                return message(
                    layout,
                    StatusCode::BAD_REQUEST,
                    "Sign-in request refused",
                    "Sign in first.",
                );
            };
            let shares = shares(&layout, &scopes);
            // Consent's answer is redirected on to the application: its origins must be allowed.
            let origins: Vec<String> = application
                .protocol
                .redirect_uris
                .iter()
                .map(|u| origin_source(u))
                .filter(|o| !o.is_empty())
                .collect();
            page_posting_to(
                StatusCode::OK,
                &ConsentPage {
                    layout,
                    app_name: &application.display_name,
                    logo_url: application.logo_url.as_deref(),
                    person: &session.identity.display_name,
                    shares,
                    action: format!("/realms/{}/authorize/consent", application.realm_id),
                    request_id: &request_id,
                },
                &origins.join(" "),
            )
        }
    }
}

/// What each scope shares, in words, for the consent and device pages.
fn shares(layout: &Layout, scopes: &[String]) -> Vec<String> {
    scopes
        .iter()
        .filter_map(|s| match s.as_str() {
            "openid" => Some("scope-openid"),
            "profile" => Some("scope-profile"),
            "email" => Some("scope-email"),
            "groups" => Some("scope-groups"),
            "offline_access" => Some("scope-offline-access"),
            _ => None,
        })
        .map(|id| layout.t(id))
        .collect()
}

fn see_other(layout: Layout, location: &str) -> Response {
    match HeaderValue::from_str(location) {
        Ok(value) => (StatusCode::SEE_OTHER, [(header::LOCATION, value)]).into_response(),
        Err(_) => message(
            layout,
            StatusCode::BAD_REQUEST,
            "Sign-in request refused",
            "The address to return to cannot be used.",
        ),
    }
}

/// The client's credentials from HTTP Basic (percent-decoded, as RFC 6749 asks) and the form.
fn client_credentials(
    headers: &HeaderMap,
    client_id: Option<String>,
    client_secret: Option<String>,
) -> Result<ClientCredentials, OAuthError> {
    let basic = match headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) {
        Some(value) if value.len() > 6 && value[..6].eq_ignore_ascii_case("basic ") => {
            let bad = || OAuthError::new(401, "invalid_client", "the Authorization header cannot be read");
            let decoded = STANDARD.decode(value[6..].trim()).map_err(|_| bad())?;
            let text = String::from_utf8(decoded).map_err(|_| bad())?;
            let (id, secret) = text.split_once(':').ok_or_else(bad)?;
            let unescape = |s: &str| {
                url::form_urlencoded::parse(format!("x={s}").as_bytes())
                    .next()
                    .map(|(_, v)| v.into_owned())
                    .unwrap_or_default()
            };
            Some((unescape(id), unescape(secret)))
        }
        _ => None,
    };
    Ok(ClientCredentials {
        basic,
        client_id,
        client_secret,
    })
}

/// A form a client posts, and the client's credentials: from HTTP Basic or the form's
/// `client_id` and `client_secret`. A form or an Authorization header that cannot be read is
/// answered with the OAuth error.
struct ClientForm<F> {
    form: F,
    client: ClientCredentials,
}

/// Forms that carry a client's `client_id` and `client_secret`.
trait ClientFields {
    fn client_fields(&self) -> (Option<String>, Option<String>);
}

macro_rules! client_fields {
    ($($form:ty),*) => {$(
        impl ClientFields for $form {
            fn client_fields(&self) -> (Option<String>, Option<String>) {
                (self.client_id.clone(), self.client_secret.clone())
            }
        }
    )*};
}
client_fields!(TokenForm, AuthorizeParams, DeviceForm, TokenOnlyForm);

impl<S, F> axum::extract::FromRequest<S> for ClientForm<F>
where
    S: Send + Sync,
    F: serde::de::DeserializeOwned + ClientFields + Send,
{
    type Rejection = Response;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Response> {
        let headers = req.headers().clone();
        let Form(form) = Form::<F>::from_request(req, state).await.map_err(form_error)?;
        let (client_id, client_secret) = form.client_fields();
        let client = client_credentials(&headers, client_id, client_secret).map_err(oauth_error)?;
        Ok(Self { form, client })
    }
}

async fn token(
    State(state): State<AppState>,
    Path(realm_id): Path<String>,
    headers: HeaderMap,
    ClientForm { form, client }: ClientForm<TokenForm>,
) -> Response {
    let dpop = headers.get("dpop").and_then(|v| v.to_str().ok());
    match provider::token(&state, &realm_id, client, form, dpop).await {
        Ok(answer) => {
            let mut response = Json(answer).into_response();
            response
                .headers_mut()
                .insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
            response
        }
        Err(e) => oauth_error(e),
    }
}

#[derive(Deserialize, Default)]
struct DeviceForm {
    client_id: Option<String>,
    client_secret: Option<String>,
    scope: Option<String>,
    resource: Option<String>,
}

/// `POST {issuer}/device_authorization` (RFC 8628): a device code and a user code.
async fn device_authorization(
    State(state): State<AppState>,
    Path(realm_id): Path<String>,
    ClientForm { form, client }: ClientForm<DeviceForm>,
) -> Response {
    match keybound_app::oidc::device::authorize_device(
        &state,
        &realm_id,
        &client,
        form.scope.as_deref(),
        form.resource.as_deref(),
    )
    .await
    {
        Ok(answer) => Json(answer).into_response(),
        Err(e) => oauth_error(e),
    }
}

/// `POST {issuer}/par` (RFC 9126): 201 with the pushed request's `request_uri`.
async fn push(
    State(state): State<AppState>,
    Path(realm_id): Path<String>,
    ClientForm { form, client }: ClientForm<AuthorizeParams>,
) -> Response {
    match provider::push(&state, &realm_id, &client, form).await {
        Ok(answer) => (StatusCode::CREATED, Json(answer)).into_response(),
        Err(e) => oauth_error(e),
    }
}

#[derive(Deserialize, Default)]
struct UserinfoForm {
    access_token: Option<String>,
}

async fn userinfo(
    State(state): State<AppState>,
    Path(realm_id): Path<String>,
    method: axum::http::Method,
    uri: axum::http::Uri,
    headers: HeaderMap,
    form: Result<Form<UserinfoForm>, FormRejection>,
) -> Response {
    // A token in the URL ends up in logs and histories (RFC 6750 section 2.3 discourages it).
    let in_query = url::form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes())
        .any(|(name, _)| name == "access_token");
    if in_query {
        return oauth_error(OAuthError::new(
            400,
            "invalid_request",
            "an access token is not accepted in the URL: send it as Authorization: Bearer …",
        ));
    }
    // The form body of a POST (RFC 6750 section 2.2); a GET's form would be its query.
    let form = form.ok().filter(|_| method == axum::http::Method::POST);
    // `Bearer <token>`, or `DPoP <token>` with a proof of the key it is bound to.
    let authorization = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    let (from_header, dpop_scheme) = match authorization {
        Some(v) if v.len() > 7 && v[..7].eq_ignore_ascii_case("bearer ") => {
            (Some(v[7..].trim().to_owned()), false)
        }
        Some(v) if v.len() > 5 && v[..5].eq_ignore_ascii_case("dpop ") => {
            (Some(v[5..].trim().to_owned()), true)
        }
        _ => (None, false),
    };
    let proof = headers.get("dpop").and_then(|v| v.to_str().ok());
    let token = from_header.or_else(|| form.and_then(|Form(f)| f.access_token));
    let Some(token) = token else {
        return oauth_error(OAuthError::new(
            401,
            "invalid_token",
            "an access token is required (Authorization: Bearer …)",
        ));
    };
    let presented = provider::Presented {
        token: &token,
        dpop: dpop_scheme.then_some(proof).flatten(),
        method: method.as_str(),
    };
    match provider::userinfo(&state, &realm_id, presented).await {
        Ok(claims) => Json(claims).into_response(),
        Err(e) => oauth_error(e),
    }
}

#[derive(Deserialize)]
struct TokenOnlyForm {
    token: Option<String>,
    #[expect(
        dead_code,
        reason = "accepted as RFC 7009 and 7662 allow; the token's kind is looked up"
    )]
    token_type_hint: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
}

async fn revoke(
    State(state): State<AppState>,
    Path(realm_id): Path<String>,
    ClientForm { form, client }: ClientForm<TokenOnlyForm>,
) -> Response {
    match provider::revoke(&state, &realm_id, client, form.token).await {
        Ok(()) => StatusCode::OK.into_response(),
        Err(e) => oauth_error(e),
    }
}

async fn introspect(
    State(state): State<AppState>,
    Path(realm_id): Path<String>,
    ClientForm { form, client }: ClientForm<TokenOnlyForm>,
) -> Response {
    match provider::introspect(&state, &realm_id, client, form.token).await {
        Ok(answer) => Json(answer).into_response(),
        Err(e) => oauth_error(e),
    }
}

#[derive(Template)]
#[template(path = "oidc_logout.html")]
struct LogoutPage<'a> {
    layout: Layout,
    person: &'a str,
    action: String,
    params: Vec<(String, String)>,
}
impl_page!(LogoutPage<'a>, layout);

async fn end_session_get(
    layout: Layout,
    State(state): State<AppState>,
    Path(realm_id): Path<String>,
    headers: HeaderMap,
    params: Result<Query<EndSessionParams>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(params)) = params else {
        return message(
            layout,
            StatusCode::BAD_REQUEST,
            "Sign-out refused",
            "The sign-out request is malformed.",
        );
    };
    end_session(layout, state, realm_id, headers, params, false).await
}

#[derive(Deserialize)]
struct EndSessionForm {
    id_token_hint: Option<String>,
    post_logout_redirect_uri: Option<String>,
    state: Option<String>,
    client_id: Option<String>,
    confirm: Option<String>,
}

async fn end_session_post(
    layout: Layout,
    State(state): State<AppState>,
    Path(realm_id): Path<String>,
    headers: HeaderMap,
    form: Result<Form<EndSessionForm>, FormRejection>,
) -> Response {
    let Ok(Form(f)) = form else {
        return message(
            layout,
            StatusCode::BAD_REQUEST,
            "Sign-out refused",
            "The sign-out request is malformed.",
        );
    };
    let confirmed = f.confirm.as_deref() == Some("yes");
    let params = EndSessionParams {
        id_token_hint: f.id_token_hint,
        post_logout_redirect_uri: f.post_logout_redirect_uri,
        state: f.state,
        client_id: f.client_id,
    };
    end_session(layout, state, realm_id, headers, params, confirmed).await
}

async fn end_session(
    layout: Layout,
    state: AppState,
    realm_id: String,
    headers: HeaderMap,
    params: EndSessionParams,
    confirmed: bool,
) -> Response {
    if let Err(r) = realm_exists(&state, &realm_id).await {
        return r;
    }
    let session = session_of(&state, &headers).await;
    let outcome = match logout::end_session(&state, &realm_id, &params, session.as_ref(), confirmed).await {
        Ok(outcome) => outcome,
        Err(e) => return ApiError::from(e).into_response(),
    };
    match outcome {
        EndSession::Refused(why) => {
            let title = layout.t("title-signout-refused");
            message(layout, StatusCode::BAD_REQUEST, &title, &why)
        }
        EndSession::Confirm => {
            let person = session.as_ref().map_or("", |s| s.identity.display_name.as_str());
            let mut fields = Vec::new();
            for (name, value) in [
                ("id_token_hint", &params.id_token_hint),
                ("post_logout_redirect_uri", &params.post_logout_redirect_uri),
                ("state", &params.state),
                ("client_id", &params.client_id),
            ] {
                if let Some(v) = value {
                    fields.push((name.to_owned(), v.clone()));
                }
            }
            let origin = params
                .post_logout_redirect_uri
                .as_deref()
                .map(origin_source)
                .unwrap_or_default();
            page_posting_to(
                StatusCode::OK,
                &LogoutPage {
                    layout,
                    person,
                    action: format!("/realms/{realm_id}/end_session"),
                    params: fields,
                },
                &origin,
            )
        }
        EndSession::Done { redirect } => {
            let clear = cookies::set_session_cookie(&state.public_url, None);
            let mut response = match redirect {
                Some(url) => see_other(layout, &url),
                None => {
                    let (title, text) = (layout.t("title-signed-out"), layout.t("text-signed-out"));
                    message(layout, StatusCode::OK, &title, &text)
                }
            };
            response.headers_mut().insert(header::SET_COOKIE, clear);
            response
        }
    }
}
