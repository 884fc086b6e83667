//! The one error type of the HTTP edge and its JSON shape:
//! `{"code", "message", "details": [{"type": "FieldViolations", "field_violations": [...]}]}`.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use keybound_app::{AppError, ErrorKind};
use keybound_core::{FieldViolation, Invalid};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
    violations: Vec<FieldViolation>,
    /// The catalogue message it is, where a person reads it: the response carries it, and
    /// Keybound's own pages get it in the reader's language (see [`localize`]).
    said: Option<keybound_app::Said>,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    /// `bad_request`, `unauthorized`, `forbidden`, `not_found`, `conflict`, ...
    code: &'static str,
    message: String,
    details: Vec<ErrorDetail>,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    #[serde(rename = "type")]
    kind: &'static str,
    field_violations: Vec<FieldViolationBody>,
}

#[derive(Serialize, ToSchema)]
pub struct FieldViolationBody {
    field: String,
    description: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
            violations: Vec::new(),
            said: None,
        }
    }

    pub fn invalid(invalid: Invalid) -> Self {
        AppError::invalid(invalid).into()
    }

    pub fn bad_field(field: impl Into<String>, description: impl Into<String>) -> Self {
        AppError::bad_field(field, description).into()
    }

    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, message)
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, message)
    }

    pub fn method_not_allowed() -> Self {
        Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "this endpoint does not take that method",
        )
    }

    /// Something went wrong that the caller cannot fix: logged here, answered generically.
    pub fn internal(context: &str, err: &dyn std::fmt::Display) -> Self {
        AppError::internal(context, err).into()
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    /// The message in `lang` where it is a catalogue message, else as written.
    pub fn message_in(&self, lang: keybound_app::i18n::Lang) -> String {
        self.said
            .as_ref()
            .map_or_else(|| self.message.clone(), |s| s.in_lang(lang))
    }

    /// Prefixes every violation's field, e.g. `display_name` -> `identity.display_name`.
    pub fn within(self, object: &str) -> Self {
        if self.violations.is_empty() {
            return self;
        }
        Self::invalid(Invalid(self.violations).within(object))
    }

    fn code(&self) -> &'static str {
        match self.status {
            StatusCode::BAD_REQUEST => "bad_request",
            StatusCode::UNAUTHORIZED => "unauthorized",
            StatusCode::FORBIDDEN => "forbidden",
            StatusCode::NOT_FOUND => "not_found",
            StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
            StatusCode::CONFLICT => "conflict",
            StatusCode::GONE => "gone",
            StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
            StatusCode::UNPROCESSABLE_ENTITY => "unprocessable_entity",
            StatusCode::TOO_MANY_REQUESTS => "too_many_requests",
            StatusCode::SERVICE_UNAVAILABLE => "unavailable",
            StatusCode::BAD_GATEWAY => "directory_unavailable",
            s if s.is_client_error() => "bad_request",
            _ => "internal",
        }
    }
}

impl From<Invalid> for ApiError {
    fn from(invalid: Invalid) -> Self {
        Self::invalid(invalid)
    }
}

/// The one place a use case's error kind becomes an HTTP status.
impl From<AppError> for ApiError {
    fn from(err: AppError) -> Self {
        let said = err.said_as().cloned();
        let (kind, message, violations) = err.into_parts();
        let status = match kind {
            ErrorKind::Invalid => StatusCode::BAD_REQUEST,
            ErrorKind::Unauthenticated => StatusCode::UNAUTHORIZED,
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Conflict => StatusCode::CONFLICT,
            ErrorKind::Gone => StatusCode::GONE,
            ErrorKind::Unacceptable => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorKind::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::Unavailable => StatusCode::BAD_GATEWAY,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        };
        Self {
            status,
            message,
            violations,
            said,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let code = self.code();
        let details = if self.violations.is_empty() {
            Vec::new()
        } else {
            vec![ErrorDetail {
                kind: "FieldViolations",
                field_violations: self
                    .violations
                    .into_iter()
                    .map(|v| FieldViolationBody {
                        field: v.field,
                        description: v.description,
                    })
                    .collect(),
            }]
        };
        let body = ErrorBody {
            code,
            message: self.message,
            details,
        };
        let mut response = (self.status, axum::Json(body)).into_response();
        if let Some(said) = self.said {
            response.extensions_mut().insert(said);
        }
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"keybound\""),
            );
        }
        response
    }
}

/// The errors of Keybound's own pages in the reader's language: a JSON error whose message is a
/// catalogue message ([`keybound_app::Said`]) is said again in the language of the person asking.
pub async fn localize(
    axum::extract::State(state): axum::extract::State<super::AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    // What says who is asking and in which language, kept (cheaply) for the rare refusal.
    let kept = [header::ACCEPT_LANGUAGE, header::COOKIE].map(|name| {
        let value = request.headers().get(&name).cloned();
        (name, value)
    });
    let response = next.run(request).await;
    let Some(said) = response.extensions().get::<keybound_app::Said>().cloned() else {
        return response;
    };
    let asking: axum::http::HeaderMap = kept
        .into_iter()
        .filter_map(|(name, value)| Some((name, value?)))
        .collect();
    let lang = super::layout::language(&asking, &state).await;
    if lang == keybound_app::i18n::Lang::ENGLISH {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return (parts.status, "").into_response();
    };
    let mut json: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    if json.get("message").is_some() {
        json["message"] = said.in_lang(lang).into();
    }
    let mut response = (parts.status, axum::Json(json)).into_response();
    for (name, value) in &parts.headers {
        if name != header::CONTENT_LENGTH {
            response.headers_mut().insert(name, value.clone());
        }
    }
    response
}
