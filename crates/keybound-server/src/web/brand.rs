//! The organisation's name and logo (set in the console's settings) on the pages people see:
//! a header above the card and the name in the window title. Pages rendered from `base.html`
//! carry a slot; this layer fills it from the tenant, which every replica reads the same.

use super::pages::escape;
use super::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

/// Where a page wants the brand; `base.html` holds it once.
pub const SLOT: &str = "<!--keybound:brand-->";
/// The product's name, which page titles end with until an organisation names itself.
const TITLE_END: &str = " · Keybound</title>";
/// Pages are small; anything larger is passed on untouched.
const MAX_PAGE: usize = 1024 * 1024;

/// Marks a response whose body holds [`SLOT`].
#[derive(Clone, Copy)]
pub struct Slotted;

/// The header for this organisation, or nothing while it has kept the default name and set
/// no logo.
pub fn header(name: &str, logo_url: &str) -> String {
    let named = name != keybound_core::realm::DEFAULT_TENANT_NAME;
    if !named && logo_url.is_empty() {
        return String::new();
    }
    let logo = if logo_url.is_empty() {
        String::new()
    } else {
        format!("<img src=\"{}\" alt=\"\">", escape(logo_url))
    };
    format!(
        "<header class=\"brand\">{logo}<span>{}</span></header>",
        escape(name)
    )
}

pub async fn brand_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.extensions().get::<Slotted>().is_none() {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_PAGE).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let html = String::from_utf8_lossy(&bytes);
    // A page still renders, unbranded, when the tenant cannot be read.
    let (name, logo_url) = keybound_app::email::brand(&state, &state.tenant_id)
        .await
        .unwrap_or_else(|_| {
            (
                keybound_core::realm::DEFAULT_TENANT_NAME.to_owned(),
                String::new(),
            )
        });
    let mut html = html.replacen(SLOT, &header(&name, &logo_url), 1);
    if name != keybound_core::realm::DEFAULT_TENANT_NAME {
        html = html.replacen(TITLE_END, &format!(" · {}</title>", escape(&name)), 1);
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(html))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_shows_a_chosen_name_or_logo_escaped_and_nothing_by_default() {
        assert_eq!(header("Keybound", ""), "");
        let named = header("Acme <Labs>", "");
        assert!(named.contains("<span>Acme &lt;Labs&gt;</span>") && !named.contains("<img"));
        let logo = header("Keybound", "https://acme.example/logo.png?a=1&b=\"2\"");
        assert!(
            logo.contains("src=\"https://acme.example/logo.png?a=1&amp;b=&quot;2&quot;\""),
            "{logo}"
        );
    }
}
