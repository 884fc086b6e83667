//! The one error type of the use cases. Each kind says what went wrong in the caller's terms;
//! the HTTP edge maps kinds to statuses in one place, the CLI prints the message.

use keybound_core::{FieldViolation, Invalid};
use keybound_store::StoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The input is malformed or breaks a rule; `violations` name the fields.
    Invalid,
    /// Who is asking is not known (not signed in, a passkey not accepted).
    Unauthenticated,
    /// Known, but not allowed (suspended, not an administrator, a foreign origin).
    Forbidden,
    NotFound,
    /// Clashes with what exists (a taken username, a job already complete).
    Conflict,
    /// A one-time thing that was used up or expired.
    Gone,
    /// Well-formed but not acceptable as it stands (no email address to send to, a key of the
    /// wrong type).
    Unacceptable,
    /// Too many attempts; try later.
    TooManyRequests,
    /// A service Keybound depends on (the LDAP directory) failed or could not be reached.
    Unavailable,
    /// Not the caller's fault; logged where it happened.
    Internal,
}

#[derive(Debug)]
pub struct AppError {
    kind: ErrorKind,
    message: String,
    violations: Vec<FieldViolation>,
    /// A machine-readable reason where a caller acts on it (`unknown_credential`).
    code: Option<&'static str>,
    /// For what a person is told on Keybound's own pages: the catalogue message the message is,
    /// so that it can be said in their language.
    said: Option<Said>,
}

/// A catalogue message and its arguments: an error a person reads, in any language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Said {
    /// The message in `lang`.
    pub fn in_lang(&self, lang: crate::i18n::Lang) -> String {
        let args: Vec<_> = self.args.iter().map(|(n, v)| (*n, v.clone().into())).collect();
        lang.t_args(self.id, &args)
    }
}

pub type Result<T, E = AppError> = std::result::Result<T, E>;

impl AppError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            violations: Vec::new(),
            code: None,
            said: None,
        }
    }

    /// An error a person reads on Keybound's own pages: the catalogue message `id` (its English
    /// text is the error's message; pages say it in the reader's language).
    pub fn said(kind: ErrorKind, id: &'static str) -> Self {
        Self::said_with(kind, id, Vec::new())
    }

    /// [`AppError::said`] with the message's arguments.
    pub fn said_with(kind: ErrorKind, id: &'static str, args: Vec<(&'static str, String)>) -> Self {
        let said = Said { id, args };
        Self {
            message: said.in_lang(crate::i18n::Lang::ENGLISH),
            said: Some(said),
            ..Self::new(kind, "")
        }
    }

    /// The catalogue message this error is, if a person reads it.
    pub fn said_as(&self) -> Option<&Said> {
        self.said.as_ref()
    }

    /// The message in `lang` where it is a catalogue message, else as written.
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        self.said
            .as_ref()
            .map_or_else(|| self.message.clone(), |s| s.in_lang(lang))
    }

    /// The same error, with a machine-readable reason.
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = Some(code);
        self
    }

    pub fn code(&self) -> Option<&'static str> {
        self.code
    }

    pub fn invalid(invalid: Invalid) -> Self {
        Self {
            kind: ErrorKind::Invalid,
            message: invalid.to_string(),
            violations: invalid.0,
            code: None,
            said: None,
        }
    }

    pub fn bad_field(field: impl Into<String>, description: impl Into<String>) -> Self {
        Self::invalid(Invalid::one(field, description))
    }

    pub fn unauthenticated(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unauthenticated, message)
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Forbidden, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }

    pub fn gone(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Gone, message)
    }

    /// Something went wrong that the caller cannot fix: logged here, reported generically.
    pub fn internal(context: &str, err: &dyn std::fmt::Display) -> Self {
        tracing::error!("{context}: {err}");
        Self::new(
            ErrorKind::Internal,
            "internal error; the server log has the details",
        )
    }

    /// Prefixes every violation's field, e.g. `display_name` -> `identity.display_name`.
    pub fn within(self, object: &str) -> Self {
        if self.violations.is_empty() {
            return self;
        }
        Self::invalid(Invalid(self.violations).within(object))
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn into_parts(self) -> (ErrorKind, String, Vec<FieldViolation>) {
        (self.kind, self.message, self.violations)
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for AppError {}

impl From<Invalid> for AppError {
    fn from(invalid: Invalid) -> Self {
        Self::invalid(invalid)
    }
}

impl From<StoreError> for AppError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotFound { .. } => Self::not_found(err.to_string()),
            StoreError::Conflict(message) => Self::new(ErrorKind::Conflict, message),
            StoreError::Invalid(invalid) => Self::invalid(invalid),
            other => Self::internal("store", &other),
        }
    }
}
