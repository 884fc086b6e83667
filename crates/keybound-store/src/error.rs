use keybound_core::Invalid;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{kind} `{id}` not found")]
    NotFound { kind: &'static str, id: String },
    /// A uniqueness rule was broken (a username taken in the realm, ...).
    #[error("{0}")]
    Conflict(String),
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported database URL `{0}`: use sqlite://PATH or postgres://...")]
    UnsupportedUrl(String),
}

impl StoreError {
    pub fn not_found(kind: &'static str, id: impl Into<String>) -> Self {
        Self::NotFound { kind, id: id.into() }
    }
}

/// Maps a unique-constraint violation to `Conflict(message)`, anything else to `Database`.
pub(crate) fn conflict_on_unique(err: sqlx::Error, message: impl FnOnce() -> String) -> StoreError {
    match &err {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(message()),
        _ => StoreError::Database(err),
    }
}

/// The refusal of a change to what the LDAP directory owns.
pub(crate) fn managed_by_ldap(field: &str) -> StoreError {
    StoreError::Conflict(format!(
        "{field} is managed by LDAP: change it in the directory, and the next sync brings it here"
    ))
}
