//! Which methods each path of the REST API takes, read from the OpenAPI document itself, so
//! that the two cannot disagree. A request whose path is documented but whose method is not
//! is answered `405 Method Not Allowed` with an `Allow` header naming the documented methods,
//! before any handler runs. This matters for custom methods: `/groups/{id}` and
//! `/groups/{id}:addMembers` share one route, but not their methods.

use crate::web::ApiError;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::OnceLock;

enum Segment {
    Literal(String),
    /// `{name}`: any one segment.
    Param,
    /// `{name}:verb`: a segment ending in `:verb`, with something before it.
    ParamWithVerb(String),
}

struct Documented {
    segments: Vec<Segment>,
    methods: Vec<Method>,
    /// The `Allow` header: the methods, and HEAD wherever GET is.
    allow: HeaderValue,
}

impl Documented {
    /// How specific the match of `path` is (literal and verb segments count), if it matches.
    fn matches(&self, path: &[&str]) -> Option<usize> {
        if path.len() != self.segments.len() {
            return None;
        }
        let mut specific = 0;
        for (segment, part) in self.segments.iter().zip(path) {
            match segment {
                Segment::Literal(text) if text == part => specific += 1,
                // A segment with a colon is a custom method this table does not know: the
                // handler answers it (404, naming the method).
                Segment::Param if !part.is_empty() && !part.contains(':') => {}
                Segment::ParamWithVerb(verb) if part.len() > verb.len() && part.ends_with(verb.as_str()) => {
                    specific += 1;
                }
                _ => return None,
            }
        }
        Some(specific)
    }
}

fn table() -> &'static [Documented] {
    static TABLE: OnceLock<Vec<Documented>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let document = super::openapi::document_value();
        let mut table = Vec::new();
        for (template, item) in &document.paths.paths {
            let mut methods = Vec::new();
            let operations = [
                (Method::GET, item.get.is_some()),
                (Method::POST, item.post.is_some()),
                (Method::PUT, item.put.is_some()),
                (Method::PATCH, item.patch.is_some()),
                (Method::DELETE, item.delete.is_some()),
            ];
            for (method, present) in operations {
                if present {
                    methods.push(method);
                }
            }
            let mut allow: Vec<String> = methods.iter().map(ToString::to_string).collect();
            if methods.contains(&Method::GET) {
                allow.insert(1, "HEAD".to_owned());
            }
            let segments = template
                .trim_start_matches('/')
                .split('/')
                .map(|s| match (s.strip_prefix('{'), s.split_once("}:")) {
                    (Some(_), Some((_, verb))) => Segment::ParamWithVerb(format!(":{verb}")),
                    (Some(_), None) => Segment::Param,
                    (None, _) => Segment::Literal(s.to_owned()),
                })
                .collect();
            table.push(Documented {
                segments,
                methods,
                allow: HeaderValue::from_str(&allow.join(", ")).unwrap_or(HeaderValue::from_static("GET")),
            });
        }
        table
    })
}

/// The most specific documented path `path` matches, if any.
fn documented(path: &str) -> Option<&'static Documented> {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    table()
        .iter()
        .filter_map(|d| d.matches(&parts).map(|specific| (specific, d)))
        .max_by_key(|(specific, _)| *specific)
        .map(|(_, d)| d)
}

/// Middleware: 405 with `Allow` for a documented path asked with an undocumented method.
pub async fn only_documented_methods(request: Request, next: Next) -> Response {
    if let Some(documented) = documented(request.uri().path()) {
        let method = request.method();
        let allowed = documented.methods.contains(method)
            || (method == Method::HEAD && documented.methods.contains(&Method::GET));
        if !allowed {
            let mut response = ApiError::method_not_allowed().into_response();
            response
                .headers_mut()
                .insert(header::ALLOW, documented.allow.clone());
            return response;
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allow(path: &str) -> Option<String> {
        documented(path).map(|d| d.allow.to_str().unwrap_or_default().to_owned())
    }

    #[test]
    fn a_custom_method_path_takes_only_its_own_methods() {
        let group = "/v1/tenants/t/realms/r/groups/g";
        assert_eq!(allow(group).as_deref(), Some("GET, HEAD, PATCH, DELETE"));
        assert_eq!(allow(&format!("{group}:addMembers")).as_deref(), Some("POST"));
        assert_eq!(
            allow(&format!("{group}:listMembers")).as_deref(),
            Some("GET, HEAD")
        );
        assert_eq!(
            allow("/v1/tenants/t/realms/r/identities:batchDelete").as_deref(),
            Some("POST")
        );
        assert_eq!(
            allow("/v1/tenants/t/realms/r/identities").as_deref(),
            Some("GET, HEAD, POST")
        );
        assert_eq!(allow("/v1/no/such/path"), None);
        assert_eq!(allow(&format!("{group}:fly")), None);
    }
}
