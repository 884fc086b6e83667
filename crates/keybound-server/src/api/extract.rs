//! Request extractors of the REST API: the calling API token and list parameters.

use crate::web::{ApiError, AppState};
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use keybound_core::api_token::ApiToken;
use keybound_core::filter::Filter;
use keybound_core::page::PageRequest;
use std::collections::HashMap;

/// The API token a request was made with, checked: known, unexpired, secret matches; and the
/// actor it is for the use cases, with the caller's address.
pub struct Caller {
    pub token: ApiToken,
    pub actor: keybound_app::Actor,
}

impl Caller {
    /// The token, as the actor of audit events.
    pub fn recorded(&self) -> keybound_core::audit::Actor {
        self.actor.recorded()
    }

    /// 403 unless the token has `scope` (like `identities:read`).
    pub fn require(&self, scope: &str) -> Result<(), ApiError> {
        Ok(self.actor.require(scope)?)
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let header = parts
            .headers
            .get(header::AUTHORIZATION)
            .ok_or_else(|| ApiError::unauthorized("send an API token: Authorization: Bearer <token>"))?;
        let presented = header
            .to_str()
            .ok()
            .and_then(|h| h.split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, token)| token.trim())
            .ok_or_else(|| ApiError::unauthorized("the Authorization header must be `Bearer <token>`"))?;
        let token = keybound_app::api_tokens::authenticate(state, presented).await?;
        let actor = keybound_app::Actor::api_token(&token, crate::web::client_of(parts));
        Ok(Self { token, actor })
    }
}

/// `page_size`, `page_token` and `filter` of a list request.
pub struct ListParams {
    pub page: PageRequest,
    pub filter: Option<String>,
}

impl ListParams {
    pub fn filter(&self, allowed: &[&str]) -> Result<Filter, ApiError> {
        Ok(Filter::parse(self.filter.as_deref(), allowed)?)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ListParams {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let query = parts.uri.query().unwrap_or_default();
        let params: HashMap<String, String> = serde_urlencoded::from_str(query)
            .map_err(|e| ApiError::bad_field("query", format!("the query string is malformed: {e}")))?;
        let page_size = match params.get("page_size") {
            None => None,
            Some(s) => Some(
                s.parse::<u32>()
                    .map_err(|_| ApiError::bad_field("page_size", "must be a whole number"))?,
            ),
        };
        let page = PageRequest::parse(page_size, params.get("page_token").map(String::as_str))?;
        Ok(Self {
            page,
            filter: params.get("filter").cloned(),
        })
    }
}

/// Path parameters, as axum's `Path` reads them; one that does not parse (bad percent-encoding)
/// is a JSON error naming the path, like every other refusal of the API.
pub struct Path<T>(pub T);

impl<T: serde::de::DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Path<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(Self(value)),
            Err(rejection) => Err(refusal("path", rejection.status(), rejection.body_text())),
        }
    }
}

/// Query parameters other than a list's, as axum's `Query` reads them; one that does not parse
/// is a JSON error naming the query.
pub struct Query<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Query<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(Self(value)),
            Err(rejection) => Err(refusal("query", rejection.status(), rejection.body_text())),
        }
    }
}

fn refusal(field: &str, status: axum::http::StatusCode, text: String) -> ApiError {
    if status == axum::http::StatusCode::BAD_REQUEST {
        ApiError::bad_field(field, text)
    } else {
        ApiError::new(status, text)
    }
}
