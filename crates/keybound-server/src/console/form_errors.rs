//! Problems with a form, each shown beside its field (announced to screen readers through
//! `aria-invalid` and `aria-describedby`), while the form comes back with what was typed.

use crate::web::pages::escape;
use keybound_app::{AppError, ErrorKind};

#[derive(Debug, Default)]
pub struct FieldErrors {
    /// (form field name, message).
    fields: Vec<(String, String)>,
    /// What is not about one field.
    general: String,
}

impl FieldErrors {
    /// A use case's error in a form's terms: each field violation under the form's name for
    /// it (`names` maps `traits.username` to `username`), a conflict under `conflict_field`,
    /// and anything else as a message for the whole form.
    pub fn of(error: impl Into<AppError>, names: &[(&str, &str)], conflict_field: Option<&str>) -> Self {
        let (kind, message, violations) = error.into().into_parts();
        let mut errors = Self::default();
        for v in violations {
            // `redirect_uris[1]` is about the second line of the `redirect_uris` field.
            let (name, line) = match v.field.strip_suffix(']').and_then(|f| f.split_once('[')) {
                Some((name, i)) => (name, i.parse::<usize>().ok()),
                None => (v.field.as_str(), None),
            };
            match names.iter().find(|(api, _)| *api == name) {
                Some((_, field)) => match line {
                    Some(i) => errors.add(field, &format!("Line {}: {}", i + 1, v.description)),
                    None => errors.add(field, &v.description),
                },
                None => errors.general = message.clone(),
            }
        }
        match (kind, conflict_field) {
            (ErrorKind::Conflict, Some(field)) => errors.add(field, &message),
            _ if errors.fields.is_empty() => errors.general = message,
            _ => {}
        }
        errors
    }

    /// Notes a problem with `field`; a second one is added to the first.
    pub fn add(&mut self, field: &str, message: &str) {
        let message = capitalised(message);
        match self.fields.iter_mut().find(|(f, _)| f == field) {
            Some((_, known)) => {
                known.push(' ');
                known.push_str(&message);
            }
            None => self.fields.push((field.to_owned(), message)),
        }
    }

    pub fn get(&self, field: &str) -> &str {
        self.fields
            .iter()
            .find(|(f, _)| f == field)
            .map_or("", |(_, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.general.is_empty()
    }

    pub fn general(&self) -> &str {
        &self.general
    }

    /// The attributes that tie a field with a problem to its message (nothing otherwise).
    pub fn attrs(&self, field: &str) -> String {
        if self.get(field).is_empty() {
            String::new()
        } else {
            format!(" aria-invalid=\"true\" aria-describedby=\"{field}-error\"")
        }
    }

    /// The message under a field, escaped, or nothing.
    pub fn note(&self, field: &str) -> String {
        match self.get(field) {
            "" => String::new(),
            message => format!(
                "<p class=\"field-error\" id=\"{field}-error\">{}</p>",
                escape(message)
            ),
        }
    }
}

/// `must not be empty` as `Must not be empty.`
fn capitalised(message: &str) -> String {
    let mut chars = message.trim().chars();
    let mut out: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => return String::new(),
    };
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use keybound_core::error::FieldViolation;
    use keybound_core::Invalid;

    const NAMES: &[(&str, &str)] = &[("traits.username", "username")];

    #[test]
    fn violations_land_on_their_fields_and_a_conflict_on_the_chosen_one() {
        let invalid = Invalid(vec![FieldViolation {
            field: "traits.username".into(),
            description: "must not contain spaces".into(),
        }]);
        let errors = FieldErrors::of(AppError::from(invalid), NAMES, None);
        assert_eq!(errors.get("username"), "Must not contain spaces.");
        let lines = Invalid(vec![
            FieldViolation {
                field: "traits.username[0]".into(),
                description: "must use https".into(),
            },
            FieldViolation {
                field: "traits.username[2]".into(),
                description: "must not hold a fragment".into(),
            },
        ]);
        let two = FieldErrors::of(AppError::from(lines), NAMES, None);
        assert_eq!(
            two.get("username"),
            "Line 1: must use https. Line 3: must not hold a fragment."
        );
        assert_eq!(errors.general(), "");
        assert_eq!(
            errors.attrs("username"),
            " aria-invalid=\"true\" aria-describedby=\"username-error\""
        );
        assert_eq!(errors.attrs("email"), "");
        assert_eq!(errors.note("email"), "");

        let taken = AppError::new(ErrorKind::Conflict, "username `a<b` is taken");
        let errors = FieldErrors::of(taken, NAMES, Some("username"));
        assert_eq!(
            errors.note("username"),
            "<p class=\"field-error\" id=\"username-error\">Username `a&lt;b` is taken.</p>"
        );

        let other = AppError::new(ErrorKind::Unavailable, "the database is busy");
        let errors = FieldErrors::of(other, NAMES, Some("username"));
        assert_eq!(
            (errors.get("username"), errors.general()),
            ("", "the database is busy")
        );
    }
}
