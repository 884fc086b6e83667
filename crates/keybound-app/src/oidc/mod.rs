//! The OpenID Connect provider: one issuer per realm. Authorization requests (code flow with
//! PKCE), the token endpoint's grants, userinfo, revocation, introspection and logout. Who may
//! sign in to an application is decided here, once: an active identity of the application's
//! realm, in one of its allowed groups, checked at every code, token, refresh and userinfo.

mod authorize;
mod consents;
pub mod device;
pub mod dpop;
pub mod keys;
pub mod logout;
mod resource;
mod token;

pub use authorize::*;
pub use consents::*;
pub use resource::*;
pub use token::*;

use crate::session::Authenticated;
use crate::{audit, App, AppError};
use keybound_core::application::{Application, ClientAuth, Confidentiality};
use keybound_core::audit::Actor;
use keybound_core::identity::{Identity, IdentityStatus};
use keybound_core::oidc::{
    requested_scopes, AuthorizationCode, AuthorizationRequest, Consent, Grant, Prompt, CODE_LIFETIME,
    REQUEST_LIFETIME,
};
use keybound_core::page::PageRequest;
use keybound_core::{pkce, redirect_uri, secret};
use keybound_store::{NewTokens, Redemption, StoreError};
use serde::Deserialize;
use serde_json::{json, Value};
use time::Duration;

/// `{public_url}/realms/{realm_id}`.
pub fn issuer(app: &App, realm_id: &str) -> String {
    format!("{}/realms/{realm_id}", app.public_url.trim_end_matches('/'))
}

/// The discovery document of a realm's issuer.
pub fn discovery(app: &App, realm_id: &str) -> Value {
    let iss = issuer(app, realm_id);
    json!({
        "issuer": iss,
        "authorization_endpoint": format!("{iss}/authorize"),
        "token_endpoint": format!("{iss}/token"),
        "userinfo_endpoint": format!("{iss}/userinfo"),
        "jwks_uri": format!("{iss}/jwks"),
        "revocation_endpoint": format!("{iss}/revoke"),
        "introspection_endpoint": format!("{iss}/introspect"),
        "end_session_endpoint": format!("{iss}/end_session"),
        "response_types_supported": ["code"],
        "response_modes_supported": ["query", "form_post"],
        "grant_types_supported": keybound_core::application::GRANT_TYPES,
        "device_authorization_endpoint": format!("{iss}/device_authorization"),
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256", "ES256", "EdDSA"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "revocation_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "introspection_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "code_challenge_methods_supported": ["S256"],
        "scopes_supported": keybound_core::application::SCOPES,
        "claims_supported": ["sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "amr", "acr", "at_hash",
            "azp", "sid", "name", "given_name", "family_name", "preferred_username", "updated_at", "email",
            "email_verified", "groups"],
        "prompt_values_supported": ["none", "login", "consent", "select_account"],
        "acr_values_supported": ["phr", "1"],
        "authorization_response_iss_parameter_supported": true,
        "backchannel_logout_supported": true,
        "backchannel_logout_session_supported": true,
        "claims_parameter_supported": false,
        "request_parameter_supported": false,
        "request_uri_parameter_supported": false,
        "pushed_authorization_request_endpoint": format!("{iss}/par"),
        "dpop_signing_alg_values_supported": ["ES256", "RS256", "EdDSA"],
        "require_pushed_authorization_requests": false,
    })
}

/// An OAuth error answer: `error`, `error_description`, and its HTTP status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthError {
    pub status: u16,
    pub error: &'static str,
    pub description: String,
    /// A nonce for the client's next DPoP proof (the `DPoP-Nonce` header), with `use_dpop_nonce`.
    pub dpop_nonce: Option<String>,
}

impl OAuthError {
    pub fn new(status: u16, error: &'static str, description: impl Into<String>) -> Self {
        Self {
            status,
            error,
            description: description.into(),
            dpop_nonce: None,
        }
    }
    pub fn request(description: impl Into<String>) -> Self {
        Self::new(400, "invalid_request", description)
    }
    fn grant(description: impl Into<String>) -> Self {
        Self::new(400, "invalid_grant", description)
    }
    fn client() -> Self {
        Self::new(401, "invalid_client", "client authentication failed")
    }
    fn token() -> Self {
        Self::new(401, "invalid_token", "the access token is not valid")
    }
}

impl From<AppError> for OAuthError {
    fn from(e: AppError) -> Self {
        Self::new(500, "server_error", e.message().to_owned())
    }
}

impl From<StoreError> for OAuthError {
    fn from(e: StoreError) -> Self {
        AppError::from(e).into()
    }
}

/// The application of `client_id`, if it is registered in `realm_id`.
pub(super) async fn client_of(
    app: &App,
    realm_id: &str,
    client_id: Option<&str>,
) -> Result<Option<Application>, AppError> {
    let Some(client_id) = client_id.filter(|c| !c.is_empty() && c.len() <= 128) else {
        return Ok(None);
    };
    Ok(app
        .store
        .application_by_client_id(client_id)
        .await?
        .filter(|a| a.realm_id == realm_id))
}

pub(super) const NOT_ALLOWED: &str = "error-no-app-access";

/// May `identity` sign in to `application`? `Ok(Err(why))` if not, `why` the catalogue message
/// to show the person.
pub async fn may_sign_in(
    app: &App,
    application: &Application,
    identity: &Identity,
) -> Result<Result<(), &'static str>, AppError> {
    if identity.status != IdentityStatus::Active {
        return Ok(Err(crate::session::SUSPENDED));
    }
    if identity.realm_id != application.realm_id {
        return Ok(Err(NOT_ALLOWED));
    }
    if application.allowed_group_ids.is_empty() {
        return Ok(Ok(()));
    }
    let groups = group_ids_and_names(app, identity).await?;
    let member = groups
        .iter()
        .any(|(id, _)| application.allowed_group_ids.contains(id));
    Ok(if member { Ok(()) } else { Err(NOT_ALLOWED) })
}

pub(super) async fn group_ids_and_names(
    app: &App,
    identity: &Identity,
) -> Result<Vec<(String, String)>, AppError> {
    let mut out = Vec::new();
    let mut page = PageRequest {
        size: 200,
        after: None,
    };
    loop {
        let got = app
            .store
            .identity_groups(&identity.realm_id, &identity.id, page)
            .await?;
        out.extend(got.items.into_iter().map(|g| (g.id, g.display_name)));
        match got
            .next_page_token
            .as_deref()
            .and_then(|t| PageRequest::parse(Some(200), Some(t)).ok())
        {
            Some(next) => page = next,
            None => break,
        }
    }
    Ok(out)
}

/// The current identity of a grant, if it may still act for the application.
pub(super) async fn live_identity(
    app: &App,
    application: &Application,
    grant: &Grant,
) -> Result<Option<Identity>, AppError> {
    let Some(id) = &grant.identity_id else {
        return Ok(None);
    };
    let identity = match app.store.identity(&grant.realm_id, id).await {
        Ok(identity) => identity,
        Err(StoreError::NotFound { .. }) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    Ok(may_sign_in(app, application, &identity)
        .await?
        .is_ok()
        .then_some(identity))
}
