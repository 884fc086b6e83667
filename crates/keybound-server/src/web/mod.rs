//! What the edges (api/, hosted/, console/) share: the state handlers get, the one error type
//! and its HTTP mapping, extractors, cookies and page rendering. No edge imports another; each
//! imports this.

pub mod cookies;
pub(crate) mod error;
mod extract;
pub mod layout;
pub mod origin;
pub mod pages;
pub mod proxies;
mod strict_json;
pub mod views;

pub use error::{ApiError, ErrorBody};
pub use extract::{client_address, client_of, session_of, CurrentSession, JsonBody, Peer};

/// What every request handler may use: the use cases' context. The edges keep no state of
/// their own, so any replica can answer any request.
pub type AppState = keybound_app::App;
