//! What a page's layout shows around it, handed to its template: the organisation's name and
//! logo (set in the console's settings), and the nonce that lets the page's own scripts run
//! under its Content-Security-Policy. Pages are rendered from templates only; nothing rewrites
//! them afterwards.

use super::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use keybound_core::realm::DEFAULT_TENANT_NAME;

pub struct Layout {
    /// New for every response; the page's `<script>` elements carry it.
    pub nonce: String,
    /// The organisation's name, which page titles end with.
    pub name: String,
    pub logo_url: String,
}

impl Layout {
    /// Keybound's own layout, without the organisation's brand (the console's).
    pub fn plain() -> Self {
        Self {
            nonce: keybound_core::secret::random_hex(16),
            name: DEFAULT_TENANT_NAME.to_owned(),
            logo_url: String::new(),
        }
    }

    /// With the organisation's name and logo, as every replica reads them; Keybound's own
    /// when the tenant cannot be read (the page still renders).
    pub async fn branded(state: &AppState) -> Self {
        let mut layout = Self::plain();
        if let Ok((name, logo_url)) = keybound_app::email::brand(state, &state.tenant_id).await {
            layout.name = name;
            layout.logo_url = logo_url;
        }
        layout
    }

    /// Whether the page shows a header with the organisation: once it has a name of its own
    /// or a logo.
    pub fn shows_header(&self) -> bool {
        self.name != DEFAULT_TENANT_NAME || !self.logo_url.is_empty()
    }
}

impl FromRequestParts<AppState> for Layout {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(_: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Self::branded(state).await)
    }
}

/// A page: a template and the layout it was rendered with.
pub trait Page: askama::Template {
    fn layout(&self) -> &Layout;
}

/// Makes a template struct a [`Page`] whose layout is the field named (`layout`, or
/// `chrome.layout` for the console's).
macro_rules! impl_page {
    ($page:ident $(<$lt:lifetime>)?, $($field:ident).+) => {
        impl$(<$lt>)? $crate::web::layout::Page for $page$(<$lt>)? {
            fn layout(&self) -> &$crate::web::layout::Layout {
                &self.$($field).+
            }
        }
    };
}
pub(crate) use impl_page;

#[cfg(test)]
mod tests {
    use super::*;
    use askama::Template;

    #[derive(Template)]
    #[template(path = "message.html")]
    struct MessagePage<'a> {
        layout: Layout,
        title: &'a str,
        message: &'a str,
    }

    fn rendered(name: &str, logo_url: &str) -> String {
        let layout = Layout {
            nonce: "n0nce".into(),
            name: name.into(),
            logo_url: logo_url.into(),
        };
        MessagePage {
            layout,
            title: "Signed out",
            message: "You are signed out.",
        }
        .render()
        .unwrap()
    }

    #[test]
    fn the_header_shows_a_chosen_name_or_logo_escaped_and_nothing_by_default() {
        let plain = rendered(DEFAULT_TENANT_NAME, "");
        assert!(!plain.contains("class=\"brand\""), "{plain}");
        assert!(plain.contains("<title>Signed out · Keybound</title>"), "{plain}");
        let named = rendered("Acme <Labs>", "");
        assert!(
            named.contains("<span>Acme &#60;Labs&#62;</span>") && !named.contains("<img"),
            "{named}"
        );
        assert!(
            named.contains("<title>Signed out · Acme &#60;Labs&#62;</title>"),
            "{named}"
        );
        let logo = rendered(DEFAULT_TENANT_NAME, "https://acme.example/logo.png?a=1&b=\"2\"");
        assert!(
            logo.contains("<img src=\"https://acme.example/logo.png?a=1&#38;b=&#34;2&#34;\""),
            "{logo}"
        );
    }
}
