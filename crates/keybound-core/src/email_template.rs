//! Email templates: subject, HTML and text bodies written by admins in Jinja syntax
//! (minijinja), with the variables `display_name`, `username`, `link`, `code`, `expire_time`,
//! `realm`, `organization`, `logo_url`, `key_name` and `device_instructions`. One built-in default per kind of message; a realm may set its
//! own default per kind, and a sender may pick a template by id.

use crate::error::{Invalid, Violations};
use minijinja::{AutoEscape, Environment};
use serde::Serialize;
use time::OffsetDateTime;

pub const MAX_SUBJECT: usize = 998;
pub const MAX_BODY: usize = 100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateKind {
    /// A link to bind a passkey (credential binding job, EMAIL).
    EnrollmentLink,
    /// A one-time sign-in link made by an admin.
    LoginLink,
    /// A one-time sign-in link asked for by the user ("Don't have access to your passkey?").
    OneTimeAccess,
    /// The PIN of a security key an admin activated.
    PinNotice,
}

impl TemplateKind {
    pub const ALL: [Self; 4] = [
        Self::EnrollmentLink,
        Self::LoginLink,
        Self::OneTimeAccess,
        Self::PinNotice,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::EnrollmentLink => "enrollment_link",
            Self::LoginLink => "login_link",
            Self::OneTimeAccess => "one_time_access",
            Self::PinNotice => "pin_notice",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailTemplate {
    /// Empty for a built-in template.
    pub id: String,
    pub realm_id: String,
    pub tenant_id: String,
    pub name: String,
    pub kind: TemplateKind,
    pub subject: String,
    pub html: String,
    pub text: String,
    /// The realm's default for its kind (in its language, if it has one).
    pub is_default: bool,
    /// The language it is written for (`de`, `pt-BR`, ...): a variant of the realm's default
    /// for people who read that language. `None`: for everyone else.
    pub language: Option<String>,
    pub create_time: OffsetDateTime,
    pub update_time: OffsetDateTime,
}

/// The words of a built-in template in one language (see [`EmailTemplate::builtin_in`]).
#[derive(Debug, Clone, Default)]
pub struct BuiltinWords {
    /// `en`, `ar`, ...: the HTML part's `lang`; `dir` is `ltr` or `rtl`.
    pub lang: String,
    pub dir: String,
    /// The template's name in the console.
    pub name: String,
    pub subject: String,
    /// "Hello {{ display_name }},"
    pub hello: String,
    pub intro: String,
    /// The link's words in the HTML part.
    pub button: String,
    /// When it expires; empty where nothing does.
    pub footer: String,
}

/// What a template may use.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TemplateVars {
    pub display_name: String,
    pub username: String,
    pub link: String,
    pub code: String,
    /// Human readable, with its time zone: "22 November 2026, 06:00 UTC".
    pub expire_time: String,
    pub realm: String,
    pub organization: String,
    /// The organisation's logo URL, or empty.
    pub logo_url: String,
    /// The name of a security key (a contactless card's), or empty.
    pub key_name: String,
    /// What to do on the kind of device an enrolment asks for ("Open this on a computer, with
    /// your phone nearby…"), or empty.
    pub device_instructions: String,
    /// How long until `expire_time`, in words ("7 days"), or empty.
    pub expires_in: String,
}

impl TemplateVars {
    /// Made-up values, for checking and previewing templates.
    pub fn sample() -> Self {
        Self {
            display_name: "Jane Doe".into(),
            username: "jane.doe".into(),
            link: "https://id.example.com/v1/tenants/t/realms/r/identities/i/credential-binding-jobs/j:invokeAuthenticator?token=sample".into(),
            code: "7KQ9MX3PA".into(),
            expire_time: human_time(OffsetDateTime::UNIX_EPOCH + time::Duration::days(20_000)),
            realm: "Default".into(),
            organization: "Acme".into(),
            logo_url: String::new(),
            key_name: "Badge 1042".into(),
            device_instructions: "Have your phone or computer at hand.".into(),
            expires_in: "7 days".into(),
        }
    }
}

/// How many steps one part of a template may take to render. Keybound's own templates take a
/// few hundred; a loop over every letter of a long text still fits.
pub const RENDER_FUEL: u64 = 20_000;

/// "22 November 2026, 06:00 UTC".
pub fn human_time(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{} {} {}, {:02}:{:02} UTC",
        t.day(),
        t.month(),
        t.year(),
        t.hour(),
        t.minute()
    )
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub html: String,
    pub text: String,
}

impl EmailTemplate {
    /// Renders all three parts; HTML values are escaped, subject and text are not.
    pub fn render(&self, vars: &TemplateVars) -> Result<Rendered, Invalid> {
        let mut env = Environment::new();
        // Rendering is bounded: a template that loops too much is stopped, not left to run.
        env.set_fuel(Some(RENDER_FUEL));
        env.set_auto_escape_callback(|name| {
            if name == "html" {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        let mut violations = Violations::default();
        let mut part = |name: &'static str, source: &str| -> String {
            let rendered = env
                .template_from_named_str(name, source)
                .and_then(|t| t.render(vars));
            match rendered {
                Ok(text) => text,
                Err(e) if e.kind() == minijinja::ErrorKind::OutOfFuel => {
                    violations.add(
                        name,
                        format!("the template does too much work: rendering stopped after {RENDER_FUEL} steps (the limit); loop over less"),
                    );
                    String::new()
                }
                Err(e) => {
                    let line = e.line().map(|l| format!("line {l}: ")).unwrap_or_default();
                    let detail = e
                        .detail()
                        .map(str::to_owned)
                        .unwrap_or_else(|| e.kind().to_string());
                    violations.add(name, format!("{line}{detail}"));
                    String::new()
                }
            }
        };
        let subject = part("subject", &self.subject);
        let html = part("html", &self.html);
        let text = part("text", &self.text);
        violations.finish()?;
        Ok(Rendered {
            subject: subject.trim().replace(['\r', '\n'], " "),
            html,
            text,
        })
    }

    /// Checks the fields, and that every part parses and renders with sample values.
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut v = Violations::default();
        v.text("name", Some(&self.name), true, 128);
        v.text("subject", Some(&self.subject), true, MAX_SUBJECT);
        for (field, body) in [("html", &self.html), ("text", &self.text)] {
            if body.trim().is_empty() {
                v.add(field, "must not be empty");
            } else if body.chars().count() > MAX_BODY {
                v.add(field, format!("must be at most {MAX_BODY} characters"));
            }
        }
        v.finish()?;
        self.render(&TemplateVars::sample()).map(|_| ())
    }

    /// Keybound's own template for `kind` in the language `words` are in. Their `{{ … }}` and
    /// `{% … %}` are the template's own.
    pub fn builtin_in(kind: TemplateKind, words: &BuiltinWords) -> Self {
        let (action, html_action) = match kind {
            TemplateKind::PinNotice => (
                "{{ code }}".to_owned(),
                r#"<strong style="font-size:1.4em;letter-spacing:.1em">{{ code }}</strong>"#.to_owned(),
            ),
            TemplateKind::EnrollmentLink => (
                "{{ link }}".to_owned(),
                format!(
                    r#"<a href="{{{{ link }}}}" style="display:inline-block;padding:10px 18px;background:#2f5bea;color:#fff;border-radius:6px;text-decoration:none">{}</a>"#,
                    words.button
                ),
            ),
            _ => (
                "{{ link }}".to_owned(),
                format!(r#"<a href="{{{{ link }}}}">{}</a>"#, words.button),
            ),
        };
        let BuiltinWords {
            lang,
            dir,
            name,
            subject,
            hello,
            intro,
            footer,
            ..
        } = words;
        Self {
            id: String::new(),
            realm_id: String::new(),
            tenant_id: String::new(),
            name: name.clone(),
            kind,
            subject: subject.clone(),
            html: format!(
                "<div lang=\"{lang}\" dir=\"{dir}\">\n{{% if logo_url %}}<p><img src=\"{{{{ logo_url }}}}\" alt=\"{{{{ organization or realm }}}}\" style=\"max-height:48px\"></p>\n{{% endif %}}\
                 <p>{hello}</p>\n<p>{intro}</p>\n<p>{html_action}</p>\n<p>{footer}</p>\n\
                 <p style=\"color:#5b6470\">{{{{ organization or realm }}}}</p>\n</div>\n"
            ),
            text: format!("{hello}\n\n{intro}\n\n{action}\n\n{footer}\n\n{{{{ organization or realm }}}}\n"),
            is_default: true,
            language: None,
            create_time: OffsetDateTime::UNIX_EPOCH,
            update_time: OffsetDateTime::UNIX_EPOCH,
        }
    }

    /// Of a realm's default templates of one kind, the one for a reader of `lang`: its variant
    /// in that language, else the default without a language.
    pub fn for_language<'a>(defaults: &'a [EmailTemplate], lang: &str) -> Option<&'a EmailTemplate> {
        defaults
            .iter()
            .find(|t| t.language.as_deref() == Some(lang))
            .or_else(|| defaults.iter().find(|t| t.language.is_none()))
    }

    /// A template of `kind` with these words, as an admin writes one: in no realm yet, and
    /// nobody's default.
    pub fn written(kind: TemplateKind, name: &str, subject: &str, html: &str, text: &str) -> Self {
        Self {
            id: String::new(),
            realm_id: String::new(),
            tenant_id: String::new(),
            name: name.into(),
            kind,
            subject: subject.into(),
            html: html.into(),
            text: text.into(),
            is_default: false,
            language: None,
            create_time: OffsetDateTime::UNIX_EPOCH,
            update_time: OffsetDateTime::UNIX_EPOCH,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn custom(subject: &str, html: &str, text: &str) -> EmailTemplate {
        EmailTemplate::written(TemplateKind::EnrollmentLink, "custom", subject, html, text)
    }

    #[test]
    fn html_is_escaped_and_text_is_not() {
        let vars = TemplateVars {
            display_name: "<b>Eve</b> & co".into(),
            ..TemplateVars::sample()
        };
        let r = custom(
            "Hi {{ display_name }}",
            "<p>{{ display_name }}</p>",
            "{{ display_name }}",
        )
        .render(&vars)
        .unwrap();
        assert_eq!(r.html, "<p>&lt;b&gt;Eve&lt;&#x2f;b&gt; &amp; co</p>");
        assert_eq!(r.text, "<b>Eve</b> & co");
        assert_eq!(r.subject, "Hi <b>Eve</b> & co");
    }

    #[test]
    fn a_broken_template_is_refused_with_the_part_and_line() {
        let err = custom("ok", "<p>\n{% if link %}\n<a>", "fine")
            .validate()
            .unwrap_err();
        assert_eq!(err.0[0].field, "html");
        assert!(
            err.0[0].description.starts_with("line "),
            "{}",
            err.0[0].description
        );
        let err = custom("{{ nope(", "x", "y").validate().unwrap_err();
        assert_eq!(err.0[0].field, "subject");
        let err = custom("ok", "x", "{{ link | no_such_filter }}")
            .validate()
            .unwrap_err();
        assert_eq!(err.0[0].field, "text");
        assert!(custom("", "x", "y").validate().is_err());
    }

    #[test]
    fn a_template_that_loops_too_much_is_stopped_with_an_error_naming_the_limit() {
        let nested =
            "{% for a in range(1000) %}{% for b in range(1000) %}{{ a }}{{ b }}{% endfor %}{% endfor %}";
        let err = custom("ok", nested, "fine").validate().unwrap_err();
        assert_eq!(err.0[0].field, "html");
        assert!(
            err.0[0].description.contains("20000 steps (the limit)"),
            "{}",
            err.0[0].description
        );
    }
}
