//! The Provisioning page: where a directory (Entra ID, Okta, an HR system) pushes people and
//! groups by SCIM, a button that makes the token it needs, and the latest SCIM changes.

use super::{failure, page, Admin, Chrome, Posted};
use crate::console::events::{event_rows, EventRow};
use crate::web::layout::impl_page;
use crate::web::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use keybound_core::filter::{Clause, Filter};
use keybound_core::page::PageRequest;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "console/provisioning.html")]
struct ProvisioningPage {
    chrome: Chrome,
    base_url: String,
    /// A token just made: shown this once.
    secret: Option<String>,
    changes: Vec<EventRow>,
}
impl_page!(ProvisioningPage, chrome.layout);

async fn show_page(state: &AppState, admin: &Admin, secret: Option<String>) -> Response {
    let loaded = async {
        let query = keybound_app::audit::AuditQuery {
            filter: Filter {
                clauses: vec![Clause::eq("actor_type", "scim")],
            },
            since: None,
            until: None,
        };
        let events = keybound_app::audit::list(
            state,
            &admin.realm.id,
            &query,
            PageRequest {
                size: 20,
                after: None,
            },
        )
        .await?
        .items;
        Ok::<_, crate::web::ApiError>(ProvisioningPage {
            chrome: admin.chrome("console-nav-provisioning", "provisioning"),
            base_url: format!(
                "{}/v1/tenants/{}/realms/{}/scim/v2",
                state.public_url.trim_end_matches('/'),
                admin.realm.tenant_id,
                admin.realm.id
            ),
            secret,
            changes: event_rows(state, admin, events).await?,
        })
    };
    match loaded.await {
        Ok(p) => page(&p),
        Err(e) => failure(admin, e),
    }
}

/// `GET /console/provisioning`.
pub async fn show(State(state): State<AppState>, admin: Admin) -> Response {
    show_page(&state, &admin, None).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    name: String,
}

/// `POST /console/provisioning/token`: a token with every SCIM scope, its secret shown once.
pub async fn create_token(State(state): State<AppState>, posted: Posted<TokenForm>) -> Response {
    let Posted { admin, form } = posted;
    let name = match form.name.trim() {
        "" => "SCIM",
        name => name,
    };
    match keybound_app::api_tokens::create(&state, &admin.actor, name, vec!["scim:*".to_owned()], None).await
    {
        Ok((_, secret)) => show_page(&state, &admin, Some(secret)).await,
        Err(e) => failure(&admin, e),
    }
}
