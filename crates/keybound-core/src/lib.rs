//! Keybound's domain: the resources of an identity server (tenants, realms, identities, groups,
//! API tokens) and the rules about them. Pure types and functions: no HTTP, no SQL. Time and
//! randomness come in as arguments so that callers (and tests) decide them.

pub mod api_token;
pub mod application;
pub mod audit;
pub mod binding;
pub mod ceremony;
pub mod clock;
pub mod credential;
pub mod email;
pub mod email_template;
pub mod error;
pub mod filter;
pub mod group;
pub mod identity;
pub mod ldap;
pub mod login_code;
pub mod mds;
pub mod names;
pub mod net;
pub mod oidc;
pub mod page;
pub mod pkce;
pub mod realm;
pub mod redirect_uri;
pub mod role;
pub mod scim_filter;
pub mod scim_patch;
pub mod secret;
pub mod session;
pub mod settings;
pub mod signup_token;
pub mod time_fmt;
pub mod user_agent;

pub use clock::{Clock, ManualClock, SystemClock};
pub use error::{FieldViolation, Invalid};

/// A new random resource id: 16 lowercase hex characters, as in the Beyond Identity API.
pub fn new_id() -> String {
    secret::random_hex(8)
}
