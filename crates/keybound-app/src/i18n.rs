//! The languages people see Keybound in: message catalogues in Project Fluent, two files per
//! language under `locales/{lang}/` (`keybound.ftl`, `console.ftl`), built into the binary; which language a person
//! gets (their saved choice, else their browser's, else the realm's default); and the text of a
//! message in it.

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::LazyLock;

/// Every language, as its catalogue's folder names it, with its two files: the messages people
/// see (`keybound.ftl`) and the console's (`console.ftl`). English first: it is the fallback.
macro_rules! catalogue {
    ($code:literal) => {
        (
            $code,
            [
                include_str!(concat!("../../../locales/", $code, "/keybound.ftl")),
                include_str!(concat!("../../../locales/", $code, "/console.ftl")),
            ],
        )
    };
}

const CATALOGUES: [(&str, [&str; 2]); 12] = [
    catalogue!("en"),
    catalogue!("de"),
    catalogue!("fr"),
    catalogue!("es"),
    catalogue!("it"),
    catalogue!("nl"),
    catalogue!("pt-BR"),
    catalogue!("pl"),
    catalogue!("sv"),
    catalogue!("ja"),
    catalogue!("zh-CN"),
    catalogue!("ar"),
];

static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> = LazyLock::new(|| {
    CATALOGUES
        .iter()
        .map(|(code, files)| {
            let id: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Names are placed in text as they are; pages set the direction of the whole text.
            bundle.set_use_isolating(false);
            for text in files {
                let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
                let _ = bundle.add_resource(resource);
            }
            bundle
        })
        .collect()
});

/// One of Keybound's languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(usize);

impl Default for Lang {
    fn default() -> Self {
        Self::ENGLISH
    }
}

impl Lang {
    pub const ENGLISH: Lang = Lang(0);

    /// Every language, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..CATALOGUES.len()).map(Lang)
    }

    /// Its BCP 47 tag, as `<html lang>` and the API take it: `en`, `pt-BR`, `zh-CN`, ...
    pub fn code(self) -> &'static str {
        CATALOGUES[self.0].0
    }

    /// The language a tag asks for, if Keybound speaks it: the same tag (any case), or the
    /// same language in another region or script (`de-AT` is German, `pt` and `pt-PT` are
    /// Brazilian Portuguese, `zh`, `zh-Hans` and `zh-SG` Simplified Chinese).
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-");
        let exact = Self::all().find(|l| l.code().eq_ignore_ascii_case(&tag));
        exact.or_else(|| {
            let primary = tag.split('-').next()?.to_ascii_lowercase();
            if primary == "zh" {
                // Traditional Chinese is not Simplified Chinese.
                let lower = tag.to_ascii_lowercase();
                if ["hant", "tw", "hk", "mo"]
                    .iter()
                    .any(|t| lower.split('-').any(|p| p == *t))
                {
                    return None;
                }
            }
            Self::all().find(|l| l.code().split('-').next() == Some(primary.as_str()))
        })
    }

    /// The language `tag` asks for ([`Lang::parse`]); for a language Keybound does not speak,
    /// the error naming `field`.
    pub fn spoken(field: &str, tag: &str) -> Result<Lang, crate::AppError> {
        Self::parse(tag).ok_or_else(|| {
            let codes: Vec<&str> = Self::all().map(|l| l.code()).collect();
            crate::AppError::bad_field(field, format!("must be one of {}", codes.join(", ")))
        })
    }

    /// `rtl` for Arabic, `ltr` for the others.
    pub fn dir(self) -> &'static str {
        if self.code() == "ar" {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's name in itself (for a language menu).
    pub fn name(self) -> String {
        self.t("language-name")
    }

    /// The message `id` in this language (English where this language lacks it; the id itself
    /// where no catalogue has it).
    pub fn t(self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its arguments.
    pub fn t_args(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.format(id, Some(&fluent))
    }

    fn format(self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        [self, Self::ENGLISH]
            .iter()
            .find_map(|lang| {
                let bundle = &BUNDLES[lang.0];
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
            })
            .unwrap_or_else(|| id.to_owned())
    }
}

/// The language for a person: their saved choice, else the first of their browser's
/// `Accept-Language` that Keybound speaks (by quality), else the realm's default, else English.
pub fn negotiate(saved: Option<&str>, accept_language: Option<&str>, realm_default: Option<&str>) -> Lang {
    saved
        .and_then(Lang::parse)
        .or_else(|| accept_language.and_then(from_accept_language))
        .or_else(|| realm_default.and_then(Lang::parse))
        .unwrap_or_default()
}

/// The language for `identity` (signed in, if known) whose browser sent `accept_language`: see
/// [`negotiate`]; the realm's default is its settings' (the first realm's for someone unknown).
pub async fn language_for(
    app: &crate::App,
    identity: Option<&keybound_core::identity::Identity>,
    accept_language: Option<&str>,
) -> Lang {
    let saved = identity.and_then(|i| i.traits.locale.as_deref());
    if let Some(lang) = saved.and_then(Lang::parse) {
        return lang;
    }
    if let Some(lang) = accept_language.and_then(from_accept_language) {
        return lang;
    }
    let default = match identity {
        Some(i) => app
            .store
            .realm_settings(&i.realm_id)
            .await
            .ok()
            .and_then(|s| s.default_language),
        None => app
            .store
            .first_realm_language(&app.tenant_id)
            .await
            .ok()
            .flatten(),
    };
    negotiate(None, None, default.as_deref())
}

/// The browser and system a `User-Agent` header names, in `lang` ("Chrome on Linux").
pub fn device(lang: Lang, user_agent: &str) -> String {
    use keybound_core::user_agent::Device;
    match keybound_core::user_agent::device(user_agent) {
        Device::Named { browser, system } => lang.t_args(
            "device-browser-on-system",
            &[("browser", browser.into()), ("system", system.into())],
        ),
        Device::Browser(browser) => browser.to_owned(),
        Device::System(system) => lang.t_args("device-a-browser-on", &[("system", system.into())]),
        Device::Unnamed(shortened) => shortened,
        Device::Unknown => lang.t("device-unknown"),
    }
}

/// The language of email to `identity`: their saved choice, else the realm's default.
pub fn email_language(identity: &keybound_core::identity::Identity, realm_default: Option<&str>) -> Lang {
    negotiate(identity.traits.locale.as_deref(), None, realm_default)
}

/// Keybound's own email template of `kind` in `lang`.
pub fn builtin_template(
    kind: keybound_core::email_template::TemplateKind,
    lang: Lang,
) -> keybound_core::email_template::EmailTemplate {
    use keybound_core::email_template::{BuiltinWords, EmailTemplate, TemplateKind};
    // (name, subject, intro, button) of each kind's template.
    let (name, subject, intro, button) = match kind {
        TemplateKind::EnrollmentLink => (
            "email-name-enrollment",
            "email-enrollment-subject",
            "email-enrollment-intro",
            "email-enrollment-button",
        ),
        TemplateKind::LoginLink => (
            "email-name-link",
            "email-link-subject",
            "email-link-intro",
            "email-link-button",
        ),
        TemplateKind::OneTimeAccess => (
            "email-name-one-time",
            "email-one-time-subject",
            "email-one-time-intro",
            "email-one-time-button",
        ),
        TemplateKind::PinNotice => ("email-name-pin", "email-pin-subject", "email-pin-intro", ""),
    };
    let subject = lang.t(subject);
    let for_organization = lang.t_args(
        "email-subject-for",
        &[
            ("subject", subject.clone().into()),
            ("organization", "{{ organization }}".into()),
        ],
    );
    let intro = match kind {
        TemplateKind::EnrollmentLink => {
            lang.t_args(intro, &[("instructions", "{{ device_instructions }}".into())])
        }
        TemplateKind::PinNotice => lang.t_args(intro, &[("key", "“{{ key_name }}”".into())]),
        _ => lang.t(intro),
    };
    let footer = lang.t_args(
        "email-expires",
        &[
            ("date", "{{ expire_time }}".into()),
            ("duration", "{{ expires_in }}".into()),
        ],
    );
    let words = BuiltinWords {
        lang: lang.code().to_owned(),
        dir: lang.dir().to_owned(),
        name: lang.t(name),
        subject: format!("{{% if organization %}}{for_organization}{{% else %}}{subject}{{% endif %}}"),
        hello: lang.t_args("email-hello", &[("name", "{{ display_name }}".into())]),
        intro,
        button: if button.is_empty() {
            String::new()
        } else {
            lang.t(button)
        },
        footer: format!("{{% if expire_time %}}{footer}{{% endif %}}"),
    };
    EmailTemplate::builtin_in(kind, &words)
}

/// When something expires, as email says it: the date and time in the realm's time zone
/// (`zone`; UTC when none), naming the zone, and how long until then in words.
pub fn expiry(
    lang: Lang,
    zone: Option<&str>,
    at: time::OffsetDateTime,
    now: time::OffsetDateTime,
) -> (String, String) {
    let zone_name = zone.filter(|z| time_zone(z).is_some()).unwrap_or("UTC");
    let tz = time_zone(zone_name).unwrap_or(jiff::tz::TimeZone::UTC);
    let local = jiff::Timestamp::from_second(at.unix_timestamp())
        .map(|ts| ts.to_zoned(tz).datetime())
        .unwrap_or_default();
    let date = lang.t_args(
        "email-date",
        &[
            ("day", local.day().to_string().into()),
            ("month", i64::from(local.month()).into()),
            ("year", local.year().to_string().into()),
            (
                "time",
                format!("{:02}:{:02}", local.hour(), local.minute()).into(),
            ),
            ("zone", zone_name.to_owned().into()),
        ],
    );
    let left = (at - now).whole_minutes().max(1);
    let (id, count) = if left >= 2 * 24 * 60 {
        ("duration-days", (left + 12 * 60) / (24 * 60))
    } else if left >= 120 {
        ("duration-hours", (left + 30) / 60)
    } else {
        ("duration-minutes", left)
    };
    (date, lang.t_args(id, &[("count", count.into())]))
}

/// The IANA time zone `name` (like `Europe/Berlin`), if there is one by that name.
pub fn time_zone(name: &str) -> Option<jiff::tz::TimeZone> {
    jiff::tz::TimeZone::get(name).ok()
}

/// Every time zone name Keybound knows, sorted.
pub fn time_zones() -> Vec<String> {
    let mut names: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
    names.sort();
    names
}

/// The best language of an `Accept-Language` header that Keybound speaks.
fn from_accept_language(header: &str) -> Option<Lang> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (!tag.is_empty() && tag != "*" && quality > 0.0).then_some((quality, i, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.iter().find_map(|(_, _, tag)| Lang::parse(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Lang {
        Lang::parse(code).unwrap()
    }

    #[test]
    fn tags_find_the_language_keybound_speaks() {
        assert_eq!(lang("de-AT").code(), "de");
        assert_eq!(lang("PT").code(), "pt-BR");
        assert_eq!(lang("zh-Hans-CN").code(), "zh-CN");
        assert_eq!(Lang::parse("zh-TW"), None);
        assert_eq!(Lang::parse("ko"), None);
        assert_eq!(lang("ar").dir(), "rtl");
        assert_eq!(lang("en").dir(), "ltr");
    }

    #[test]
    fn the_saved_choice_wins_then_the_browser_then_the_realm() {
        let pick = |saved, accept, realm| negotiate(saved, accept, realm).code();
        assert_eq!(pick(Some("fr"), Some("de"), Some("es")), "fr");
        assert_eq!(pick(None, Some("ko, de;q=0.5, ja;q=0.8"), Some("es")), "ja");
        assert_eq!(pick(None, Some("ko, *;q=0.1"), Some("es")), "es");
        assert_eq!(pick(Some("xx"), None, None), "en");
        assert_eq!(pick(None, Some("de;q=0, fr;q=0.2"), None), "fr");
        assert_eq!(pick(None, Some(";;q=x,"), None), "en");
    }

    #[test]
    fn email_times_are_in_the_realms_zone_with_durations_in_words() {
        let at = time::macros::datetime!(2026-12-13 06:00 UTC);
        let now = time::macros::datetime!(2026-12-06 06:00 UTC);
        let (date, left) = expiry(lang("en"), None, at, now);
        assert_eq!(
            (date.as_str(), left.as_str()),
            ("13 December 2026, 06:00 (UTC)", "7 days")
        );
        let (date, left) = expiry(lang("ja"), Some("Asia/Tokyo"), at, now);
        assert_eq!(
            (date.as_str(), left.as_str()),
            ("2026年12月13日 15:00（Asia/Tokyo）", "7日")
        );
        let (date, _) = expiry(lang("de"), Some("Europe/Berlin"), at, now);
        assert_eq!(date, "13.12.2026, 07:00 Uhr (Europe/Berlin)");
        let soon = now + time::Duration::seconds(60);
        assert_eq!(expiry(lang("en"), None, soon, now).1, "1 minute");
        assert_eq!(
            expiry(lang("pl"), None, now + time::Duration::minutes(5), now).1,
            "5 minut"
        );
        assert_eq!(
            expiry(lang("pl"), None, now + time::Duration::minutes(3), now).1,
            "3 minuty"
        );
        assert_eq!(
            expiry(lang("ar"), None, now + time::Duration::hours(2), now).1,
            "ساعتين"
        );
        assert_eq!(
            expiry(lang("en"), Some("Not/AZone"), at, now).0,
            "13 December 2026, 06:00 (UTC)"
        );
    }

    #[test]
    fn every_builtin_email_in_every_language_renders_what_it_needs_within_the_step_limit() {
        use keybound_core::email_template::{TemplateKind, TemplateVars};
        for lang in Lang::all() {
            for kind in TemplateKind::ALL {
                let t = builtin_template(kind, lang);
                let at = format!("{} {kind:?}", lang.code());
                assert!(t.validate().is_ok(), "{at}");
                let r = t.render(&TemplateVars::sample()).unwrap();
                assert!(r.text.contains("Jane Doe") && r.html.contains("Jane Doe"), "{at}");
                assert!(r.subject.contains("Acme"), "{at}: {}", r.subject);
                if kind == TemplateKind::PinNotice {
                    assert!(r.text.contains(&TemplateVars::sample().code), "{at}");
                } else {
                    assert!(
                        r.html.contains("token=sample") && r.text.contains("token=sample"),
                        "{at}"
                    );
                }
            }
        }
    }

    #[test]
    fn messages_take_their_arguments() {
        let text = lang("en").t_args("login-done", &[("name", "Ada".into())]);
        assert_eq!(text, "Signed in as Ada.");
        assert_eq!(lang("de").t("no-such-message"), "no-such-message");
    }
}
