//! Login codes: one-time sign-in links an admin makes for a person without a passkey.

use crate::{ApiError, AppState};
use keybound_core::login_code::LoginCode;
use keybound_core::realm::Realm;
use keybound_core::secret;
use qrcode::render::svg;
use qrcode::QrCode;
use time::Duration;

pub struct Created {
    pub code: LoginCode,
    pub link: String,
    /// The link as a QR code, an SVG image.
    pub qr_svg: String,
}

pub async fn create(
    state: &AppState,
    realm: &Realm,
    identity_id: &str,
    lifetime: Duration,
) -> Result<Created, ApiError> {
    let identity = state.store.identity(&realm.id, identity_id).await?;
    let now = state.clock.now();
    let secret_text = secret::random_secret();
    let code = LoginCode {
        id: keybound_core::new_id(),
        secret_hash: secret::hash(&secret_text),
        identity_id: identity.id,
        realm_id: realm.id.clone(),
        tenant_id: realm.tenant_id.clone(),
        expire_time: now + lifetime,
        used_time: None,
        create_time: now,
    };
    state.store.create_login_code(&code).await?;
    let link = format!("{}/lc/{}.{secret_text}", state.public_url, code.id);
    let qr_svg = QrCode::new(link.as_bytes())
        .map_err(|e| ApiError::internal("QR code", &e))?
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .build();
    Ok(Created { code, link, qr_svg })
}
