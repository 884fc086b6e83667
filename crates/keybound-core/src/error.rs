//! Validation failures, named by the field they concern so the API can say which one is wrong.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldViolation {
    pub field: String,
    pub description: String,
}

impl FieldViolation {
    pub fn new(field: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            description: description.into(),
        }
    }
}

/// One or more fields of a request are wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", summary(.0))]
pub struct Invalid(pub Vec<FieldViolation>);

fn summary(violations: &[FieldViolation]) -> String {
    violations
        .iter()
        .map(|v| format!("{}: {}", v.field, v.description))
        .collect::<Vec<_>>()
        .join("; ")
}

impl Invalid {
    pub fn one(field: impl Into<String>, description: impl Into<String>) -> Self {
        Self(vec![FieldViolation::new(field, description)])
    }

    /// The same violations with each field prefixed: `display_name` -> `identity.display_name`.
    pub fn within(mut self, object: &str) -> Self {
        for v in &mut self.0 {
            v.field = format!("{object}.{}", v.field);
        }
        self
    }
}

/// Collects violations while checking a request, then turns into `Err(Invalid)` if any.
#[derive(Debug, Default)]
pub struct Violations(Vec<FieldViolation>);

impl Violations {
    pub fn add(&mut self, field: &str, description: impl Into<String>) {
        self.0.push(FieldViolation::new(field, description));
    }

    /// A text field: required or not, at most `max` characters, no control characters.
    pub fn text(&mut self, field: &str, value: Option<&str>, required: bool, max: usize) {
        match value {
            None if required => self.add(field, "is required"),
            None => {}
            Some(v) if required && v.trim().is_empty() => self.add(field, "must not be empty"),
            Some(v) if v.chars().count() > max => {
                self.add(field, format!("must be at most {max} characters"))
            }
            Some(v) if v.chars().any(char::is_control) => {
                self.add(field, "must not contain control characters")
            }
            Some(_) => {}
        }
    }

    pub fn finish(self) -> Result<(), Invalid> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Invalid(self.0))
        }
    }
}
