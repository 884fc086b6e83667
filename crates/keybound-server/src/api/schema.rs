//! Schemas of the request fields whose values are constrained, written as keybound-core's
//! validators check them, so that the OpenAPI document says exactly what the server takes.
//! Used with `#[schema(schema_with = ...)]`; `opt_` variants also take `null` (an `Option`).

use keybound_core::email_template::MAX_SUBJECT;
use keybound_core::group::MAX_DESCRIPTION;
use keybound_core::identity::{MAX_EMAIL, MAX_NAME, MAX_USERNAME};
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Schema, SchemaType, Type};
use utoipa::openapi::RefOr;

/// Any character but a control character (Unicode Cc: U+0000–U+001F, U+007F–U+009F).
const CHAR: &str = r"[^\u0000-\u001f\u007f-\u009f]";
/// Any character but a control character or white space.
const VISIBLE: &str = r"[^\s\u0000-\u001f\u007f-\u009f]";

fn string(nullable: bool) -> ObjectBuilder {
    if nullable {
        ObjectBuilder::new().schema_type(SchemaType::from_iter([Type::String, Type::Null]))
    } else {
        ObjectBuilder::new().schema_type(Type::String)
    }
}

/// At most `max` characters, none a control character; with `required`, not only white space.
fn text(max: usize, required: bool, nullable: bool) -> RefOr<Schema> {
    let pattern = if required {
        format!("^{CHAR}*{VISIBLE}{CHAR}*$")
    } else {
        format!("^{CHAR}*$")
    };
    string(nullable)
        .pattern(Some(pattern))
        .max_length(Some(max))
        .into()
}

fn one_of(values: &[&str], nullable: bool) -> RefOr<Schema> {
    let mut values: Vec<serde_json::Value> = values.iter().map(|v| (*v).into()).collect();
    if nullable {
        values.push(serde_json::Value::Null);
    }
    string(nullable).enum_values(Some(values)).into()
}

/// A display name: 1 to 256 characters, not blank.
pub fn name() -> RefOr<Schema> {
    text(MAX_NAME, true, false)
}

pub fn opt_name() -> RefOr<Schema> {
    text(MAX_NAME, true, true)
}

/// A name that may be empty (given name, family name, external id): up to 256 characters.
pub fn opt_free_name() -> RefOr<Schema> {
    text(MAX_NAME, false, true)
}

pub fn free_name() -> RefOr<Schema> {
    text(MAX_NAME, false, false)
}

/// A token's or template's name: 1 to 128 characters, not blank.
pub fn short_name() -> RefOr<Schema> {
    text(128, true, false)
}

pub fn opt_short_name() -> RefOr<Schema> {
    text(128, true, true)
}

pub fn description() -> RefOr<Schema> {
    text(MAX_DESCRIPTION, false, false)
}

pub fn opt_description() -> RefOr<Schema> {
    text(MAX_DESCRIPTION, false, true)
}

pub fn opt_subject() -> RefOr<Schema> {
    text(MAX_SUBJECT, true, true)
}

/// A username: 1 to 128 characters, no spaces or control characters.
pub fn username() -> RefOr<Schema> {
    string(false)
        .pattern(Some(format!("^{VISIBLE}+$")))
        .max_length(Some(MAX_USERNAME))
        .into()
}

pub fn opt_username() -> RefOr<Schema> {
    string(true)
        .pattern(Some(format!("^{VISIBLE}+$")))
        .max_length(Some(MAX_USERNAME))
        .into()
}

/// `local@domain.tld`: no spaces, one `@`, a dot inside the domain.
pub fn opt_email() -> RefOr<Schema> {
    let part = r"[^\s@\u0000-\u001f\u007f-\u009f]";
    let label = r"[^\s@.\u0000-\u001f\u007f-\u009f]";
    string(true)
        .pattern(Some(format!("^{part}+@{label}{part}*\\.{part}*{label}$")))
        .max_length(Some(MAX_EMAIL))
        .into()
}

/// A language tag like `en`, `de` or `pt-BR` (a person's language), or null.
pub fn opt_locale() -> RefOr<Schema> {
    string(true)
        .pattern(Some(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$"))
        .max_length(Some(35))
        .into()
}

/// One of the languages Keybound speaks.
pub fn opt_language() -> RefOr<Schema> {
    let codes: Vec<&'static str> = keybound_app::i18n::Lang::all().map(|l| l.code()).collect();
    one_of(&codes, false)
}

/// A language tag Keybound speaks, or `null`.
pub fn opt_nullable_language() -> RefOr<Schema> {
    let codes: Vec<&'static str> = keybound_app::i18n::Lang::all().map(|l| l.code()).collect();
    one_of(&codes, true)
}

/// An IANA time zone name: one of those Keybound knows.
pub fn opt_time_zone() -> RefOr<Schema> {
    let zones = keybound_app::i18n::time_zones();
    let names: Vec<&str> = zones.iter().map(String::as_str).collect();
    one_of(&names, false)
}

pub fn identity_status() -> RefOr<Schema> {
    one_of(&["active", "suspended"], true)
}

pub fn opt_role() -> RefOr<Schema> {
    one_of(
        &["helpdesk", "user_manager", "app_manager", "auditor", "admin"],
        true,
    )
}

/// Group ids a role is limited to: none (the whole realm) to 100.
pub fn role_group_ids() -> RefOr<Schema> {
    ArrayBuilder::new()
        .items(string(false))
        .max_items(Some(100))
        .into()
}

pub fn traits_type() -> RefOr<Schema> {
    one_of(&["traits_v0"], false)
}

pub fn opt_traits_type() -> RefOr<Schema> {
    one_of(&["traits_v0"], true)
}

pub fn email_delivery() -> RefOr<Schema> {
    one_of(&["EMAIL"], false)
}

pub fn delivery_method() -> RefOr<Schema> {
    one_of(&["RETURN", "EMAIL", "SHORT_CODE"], false)
}

pub fn opt_device_type() -> RefOr<Schema> {
    one_of(&["any", "smartphone", "contactless_card", "hardware_key"], true)
}

pub fn config_type() -> RefOr<Schema> {
    one_of(&["hosted_web", "embedded"], false)
}

pub fn opt_signup_mode() -> RefOr<Schema> {
    one_of(&["disabled", "with_token", "open"], true)
}

pub fn opt_template_kind() -> RefOr<Schema> {
    let kinds: Vec<&str> = keybound_core::email_template::TemplateKind::ALL
        .iter()
        .map(|k| k.as_str())
        .collect();
    one_of(&kinds, true)
}

pub fn login_code_lifetime() -> RefOr<Schema> {
    one_of(&["15m", "1h", "12h", "1d", "1w"], false)
}

/// A part of an email template: not blank, at most 100,000 characters.
pub fn opt_template_body() -> RefOr<Schema> {
    string(true)
        .pattern(Some(r"\S"))
        .max_length(Some(keybound_core::email_template::MAX_BODY))
        .into()
}

/// API token scopes: `*`, `resource:*` or `resource:action`; at least one.
pub fn scopes() -> RefOr<Schema> {
    let resources = keybound_core::api_token::RESOURCES.join("|");
    let actions = keybound_core::api_token::ACTIONS.join("|");
    let scope = string(false).pattern(Some(format!(r"^(\*|({resources}):({actions}|\*))$")));
    ArrayBuilder::new().items(scope).min_items(Some(1)).into()
}

/// AAGUIDs (authenticator models), like `01020304-0506-0708-0102-030405060708`.
pub fn aaguids() -> RefOr<Schema> {
    let hex = |n: usize| format!("[0-9a-fA-F]{{{n}}}");
    let aaguid = format!("^{}-{}-{}-{}-{}$", hex(8), hex(4), hex(4), hex(4), hex(12));
    ArrayBuilder::new()
        .items(string(false).pattern(Some(aaguid)))
        .into()
}

/// 1 to 1000 ids.
pub fn ids() -> RefOr<Schema> {
    ArrayBuilder::new()
        .items(string(false))
        .min_items(Some(1))
        .max_items(Some(keybound_core::group::MAX_BATCH))
        .into()
}
