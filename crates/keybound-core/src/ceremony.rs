//! What a WebAuthn ceremony is for. A ceremony's state is kept under its purpose, and only a
//! finish step of the same purpose can take it: a sign-in challenge cannot finish a binding.

/// Why a ceremony was begun; its `subject` in the store depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CeremonyPurpose {
    /// Binding a passkey through a credential binding job (subject: the job id).
    Binding,
    /// Passkey sign-in (subject: the realm id).
    SignIn,
    /// A new person's first passkey through sign-up (subject: the realm id).
    SignUp,
    /// A signed-in person adding another passkey on their account page (subject: the session id).
    AddPasskey,
    /// An administrator's first passkey through an admin link (subject: the login code id).
    AdminSetup,
    /// An administrator activating a contactless card for someone (subject: who and what is being activated).
    CardActivation,
}

impl CeremonyPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Binding => "binding",
            Self::SignIn => "signin",
            Self::SignUp => "signup",
            Self::AddPasskey => "account",
            Self::AdminSetup => "admin-setup",
            Self::CardActivation => "card-activation",
        }
    }
}
