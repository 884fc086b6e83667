//! `/identities/{id}/login-codes`: one-time sign-in links (with a QR code) an admin hands to a
//! person who has no passkey yet; they land on their account page to add one.

use super::Path;
use super::{realm_of, Caller, JsonBody};
use crate::web::{ApiError, AppState};
use axum::extract::State;
use axum::Json;
use keybound_core::login_code::{parse_lifetime, LIFETIMES};
use keybound_core::time_fmt::rfc3339;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, IntoParams)]
pub struct IdentityPath {
    tenant_id: String,
    realm_id: String,
    identity_id: String,
}

#[derive(Deserialize, ToSchema)]
pub struct CreateRequest {
    login_code: NewLoginCode,
}

#[derive(Deserialize, ToSchema)]
pub struct NewLoginCode {
    /// `15m`, `1h`, `12h`, `1d` or `1w`.
    #[schema(schema_with = super::schema::login_code_lifetime)]
    expires_in: String,
}

#[derive(Serialize, ToSchema)]
pub struct LoginCodeView {
    id: String,
    identity_id: String,
    expire_time: String,
    create_time: String,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedView {
    login_code: LoginCodeView,
    /// The one-time sign-in link; shown this once.
    link: String,
    /// The link as a QR code (an SVG image).
    qr_svg: String,
}

#[utoipa::path(post, path = "/v1/tenants/{tenant_id}/realms/{realm_id}/identities/{identity_id}/login-codes",
    tag = "login-codes", params(IdentityPath), request_body = CreateRequest,
    responses((status = 200, body = CreatedView), (status = 400, body = crate::web::ErrorBody),
        (status = 404, body = crate::web::ErrorBody)),
    security(("bearer" = ["login-codes:create"])))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(path): Path<IdentityPath>,
    JsonBody(body): JsonBody<CreateRequest>,
) -> Result<Json<CreatedView>, ApiError> {
    let lifetime = parse_lifetime(&body.login_code.expires_in).ok_or_else(|| {
        let choices: Vec<&str> = LIFETIMES.iter().map(|(name, _)| *name).collect();
        ApiError::bad_field(
            "login_code.expires_in",
            format!("must be one of {}", choices.join(", ")),
        )
    })?;
    let realm = realm_of(&state, &path.tenant_id, &path.realm_id).await?;
    let created =
        keybound_app::login_codes::create(&state, &caller.actor, &realm, &path.identity_id, lifetime).await?;
    Ok(Json(CreatedView {
        login_code: LoginCodeView {
            id: created.code.id,
            identity_id: created.code.identity_id,
            expire_time: rfc3339(created.code.expire_time),
            create_time: rfc3339(created.code.create_time),
        },
        link: created.link,
        qr_svg: created.qr_svg,
    }))
}
