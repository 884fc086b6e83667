//! What a page's layout shows around it, handed to its template: the organisation's name and
//! logo (set in the console's settings), and the nonce that lets the page's own scripts run
//! under its Content-Security-Policy. Pages are rendered from templates only; nothing rewrites
//! them afterwards.

use super::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use keybound_app::i18n::Lang;
use keybound_core::realm::DEFAULT_TENANT_NAME;

/// The language of the person asking: their saved choice (signed in), else their browser's
/// `Accept-Language`, else the realm's default.
pub async fn language(headers: &axum::http::HeaderMap, state: &AppState) -> Lang {
    let accept = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let session = super::session_of(state, headers).await;
    keybound_app::i18n::language_for(state, session.as_ref().map(|s| &s.identity), accept).await
}

pub struct Layout {
    /// New for every response; the page's `<script>` elements carry it.
    pub nonce: String,
    /// The organisation's name, which page titles end with.
    pub name: String,
    pub logo_url: String,
    /// The language the page speaks (`<html lang dir>`), and its messages.
    pub lang: Lang,
}

impl Layout {
    /// Keybound's own layout, without the organisation's brand (the console's).
    pub fn plain() -> Self {
        Self {
            nonce: keybound_core::secret::random_hex(16),
            name: DEFAULT_TENANT_NAME.to_owned(),
            logo_url: String::new(),
            lang: Lang::ENGLISH,
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

    /// The message `id` in the page's language.
    pub fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }

    /// The message `id` with one argument.
    pub fn t1(&self, id: &str, name: &str, value: &str) -> String {
        self.lang.t_args(id, &[(name, value.to_owned().into())])
    }

    /// The message `id` with two arguments.
    pub fn t2(&self, id: &str, n1: &str, v1: &str, n2: &str, v2: &str) -> String {
        self.lang
            .t_args(id, &[(n1, v1.to_owned().into()), (n2, v2.to_owned().into())])
    }

    /// The message `id` with a number (which picks the plural form).
    pub fn tn(&self, id: &str, name: &str, n: impl std::borrow::Borrow<i64>) -> String {
        self.lang.t_args(id, &[(name, (*n.borrow()).into())])
    }

    /// The message `id` whose argument `name` is a link to `href` saying `text`, as HTML (for
    /// `|safe`).
    pub fn t_link(&self, id: &str, name: &str, href: &str, text: &str) -> String {
        let link = format!("<a href=\"{}\">{}</a>", escape(href), escape(text));
        self.t_html(id, name, &link)
    }

    /// The message `id` whose argument `name` is `value` as code, as HTML (for `|safe`).
    pub fn t_code(&self, id: &str, name: &str, value: &str) -> String {
        self.t_html(id, name, &format!("<code>{}</code>", escape(value)))
    }

    /// The message `id` whose argument `name` is the time `at`, as HTML (for `|safe`): the
    /// message escaped, the time a `<time>` element that the page shows in the reader's zone.
    pub fn t_at(&self, id: &str, name: &str, at: &Moment) -> String {
        self.t_html(id, name, &at.html())
    }

    /// The message `id` whose argument `name` is `value` in bold (an element with id
    /// `element_id`), as HTML (for `|safe`).
    pub fn t_strong(&self, id: &str, name: &str, value: &str, element_id: &str) -> String {
        let strong = format!("<strong id=\"{}\">{}</strong>", escape(element_id), escape(value));
        self.t_html(id, name, &strong)
    }

    /// The message `id` with two text arguments and a time (`n3`), as HTML (for `|safe`).
    #[expect(
        clippy::too_many_arguments,
        reason = "a message's arguments, named in the template"
    )]
    pub fn t3_at(&self, id: &str, n1: &str, v1: &str, n2: &str, v2: &str, n3: &str, at: &Moment) -> String {
        self.html_with(id, &[(n1, v1), (n2, v2)], n3, &at.html())
    }

    /// The message `id` escaped, with its argument `name` standing for `html` as it is (for
    /// `|safe`).
    pub fn t_html(&self, id: &str, name: &str, html: &str) -> String {
        self.html_with(id, &[], name, html)
    }

    /// The message escaped, with the argument `name` standing for `html` as it is.
    fn html_with(&self, id: &str, texts: &[(&str, &str)], name: &str, html: &str) -> String {
        let args = texts.iter().map(|(n, v)| (*n, (*v).to_owned().into())).collect();
        self.t_html_args(id, args, name, html)
    }

    /// The message `id` with its arguments `args`, escaped, and its argument `name` standing
    /// for `html` as it is (for `|safe`).
    pub fn t_html_args<'a>(
        &self,
        id: &str,
        mut args: Vec<(&'a str, keybound_app::i18n::FluentValue<'a>)>,
        name: &'a str,
        html: &str,
    ) -> String {
        const MARK: &str = "\u{E000}";
        args.push((name, MARK.into()));
        escape(&self.lang.t_args(id, &args)).replace(MARK, html)
    }

    /// The branded layout in the language of the request with these headers.
    pub async fn of(state: &AppState, headers: &axum::http::HeaderMap) -> Self {
        let mut layout = Self::branded(state).await;
        layout.lang = language(headers, state).await;
        layout
    }

    /// Whether the page shows a header with the organisation: once it has a name of its own
    /// or a logo.
    pub fn shows_header(&self) -> bool {
        self.name != DEFAULT_TENANT_NAME || !self.logo_url.is_empty()
    }
}

/// A time as pages show it: an ISO time, which the page's script shows in the reader's own time
/// zone and language, and the same time in UTC for readers without scripts.
#[derive(Debug, Clone)]
pub struct Moment {
    pub iso: String,
    pub utc: String,
}

impl Moment {
    pub fn of(t: time::OffsetDateTime) -> Self {
        Self {
            iso: keybound_core::time_fmt::rfc3339(t),
            utc: keybound_core::email_template::human_time(t),
        }
    }

    /// The `<time>` element.
    pub fn html(&self) -> String {
        format!(
            "<time datetime=\"{}\">{}</time>",
            escape(&self.iso),
            escape(&self.utc)
        )
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

impl FromRequestParts<AppState> for Layout {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Self::of(state, &parts.headers).await)
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
            lang: Lang::ENGLISH,
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
