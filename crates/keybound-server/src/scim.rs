//! The SCIM 2.0 service provider's HTTP edge, at `/v1/tenants/{t}/realms/{r}/scim/v2/`:
//! bearer API tokens with SCIM scopes, `application/scim+json` (plain JSON accepted), errors
//! in SCIM's Error schema (unknown addresses and methods too), `ETag` and `If-Match`.

use crate::web::AppState;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, MethodRouter};
use axum::Router;
use keybound_app::scim::{self, Kind, ListRequest, ScimError, Service};
use keybound_app::Actor;
use keybound_core::realm::Realm;
use serde_json::Value;
use std::collections::HashMap;

const BASE: &str = "/v1/tenants/{tenant_id}/realms/{realm_id}/scim/v2";
const CONTENT_TYPE: &str = "application/scim+json";

pub fn routes() -> Router<AppState> {
    let scim_routes = Router::new()
        .route("/ServiceProviderConfig", only(get(service_provider_config)))
        .route("/ResourceTypes", only(get(resource_types)))
        .route("/ResourceTypes/{name}", only(get(resource_type)))
        .route("/Schemas", only(get(schemas)))
        .route("/Schemas/{id}", only(get(schema)))
        .route("/Users", only(get(list::<false>).post(create::<false>)))
        .route("/Users/.search", only(post(search::<false>)))
        .route("/Users/{id}", one::<false>())
        .route("/Groups", only(get(list::<true>).post(create::<true>)))
        .route("/Groups/.search", only(post(search::<true>)))
        .route("/Groups/{id}", one::<true>())
        .route("/.search", only(post(search_all)))
        .fallback(|| async { Scim::error(ScimError::new(404, None, "no such SCIM endpoint")) });
    Router::new().nest(BASE, scim_routes)
}

/// `/Users/{id}` or `/Groups/{id}`.
fn one<const GROUPS: bool>() -> MethodRouter<AppState> {
    only(
        get(read::<GROUPS>)
            .put(replace::<GROUPS>)
            .patch(patch::<GROUPS>)
            .delete(delete::<GROUPS>),
    )
}

/// A route answering other methods with SCIM's 405.
fn only(router: MethodRouter<AppState>) -> MethodRouter<AppState> {
    router.fallback(|| async {
        Scim::error(ScimError::new(
            405,
            None,
            "this SCIM endpoint does not take that method",
        ))
    })
}

/// A SCIM answer (boxed: it is also the error of every step).
struct Scim(Box<Response>);

impl Scim {
    fn json(status: StatusCode, body: &Value) -> Self {
        let mut response = (status, body.to_string()).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
        let version = body["meta"]["version"]
            .as_str()
            .and_then(|v| HeaderValue::from_str(v).ok());
        if let Some(v) = version {
            headers.insert(header::ETAG, v);
        }
        Self(Box::new(response))
    }

    fn error(e: ScimError) -> Self {
        let status = StatusCode::from_u16(e.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut out = Self::json(status, &e.body());
        if status == StatusCode::UNAUTHORIZED {
            out.0.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"scim\""),
            );
        }
        out
    }
}

impl IntoResponse for Scim {
    fn into_response(self) -> Response {
        *self.0
    }
}

type Answer = Result<Scim, Scim>;

impl From<ScimError> for Scim {
    fn from(e: ScimError) -> Self {
        Self::error(e)
    }
}

/// Who is calling, from where, and the realm and SCIM base URL they address.
struct Client {
    actor: Actor,
    realm: Realm,
    service: Service,
    /// `attributes` and `excludedAttributes` of the query.
    attributes: Option<String>,
    excluded: Option<String>,
    query: HashMap<String, String>,
}

impl FromRequestParts<AppState> for Client {
    type Rejection = Scim;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Scim> {
        let unauthorized = |detail: &str| Scim::error(ScimError::new(401, None, detail));
        let presented = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|h| h.to_str().ok())
            .and_then(|h| h.split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, token)| token.trim().to_owned())
            .ok_or_else(|| {
                unauthorized("send an API token with SCIM scopes: Authorization: Bearer <token>")
            })?;
        let token = keybound_app::api_tokens::authenticate(state, &presented)
            .await
            .map_err(|e| Scim::error(e.into()))?;
        let actor = Actor::scim(&token, crate::web::client_of(parts));
        let Path(ids): Path<HashMap<String, String>> = Path::from_request_parts(parts, state)
            .await
            .map_err(|_| Scim::error(ScimError::new(404, None, "no such SCIM endpoint")))?;
        let (tenant_id, realm_id) = (
            ids.get("tenant_id").cloned().unwrap_or_default(),
            ids.get("realm_id").cloned().unwrap_or_default(),
        );
        if tenant_id != state.tenant_id {
            return Err(Scim::error(ScimError::new(
                404,
                None,
                format!("tenant `{tenant_id}` not found"),
            )));
        }
        let realm = keybound_app::realms::get(state, &realm_id)
            .await
            .map_err(|e| Scim::error(e.into()))?;
        let query: HashMap<String, String> =
            serde_urlencoded::from_str(parts.uri.query().unwrap_or_default()).map_err(|e| {
                Scim::error(ScimError::bad(
                    "invalidValue",
                    format!("the query string is malformed: {e}"),
                ))
            })?;
        let service = Service {
            base: format!(
                "{}/v1/tenants/{tenant_id}/realms/{realm_id}/scim/v2",
                state.public_url.trim_end_matches('/')
            ),
        };
        Ok(Self {
            actor,
            realm,
            service,
            attributes: query.get("attributes").cloned(),
            excluded: query.get("excludedAttributes").cloned(),
            query,
        })
    }
}

impl Client {
    /// The resource with only the attributes the query asked for.
    fn shaped(&self, mut resource: Value) -> Result<Value, Scim> {
        scim::project(
            &mut resource,
            self.attributes.as_deref(),
            self.excluded.as_deref(),
        )?;
        Ok(resource)
    }

    fn shaped_list(
        &self,
        mut list: Value,
        attributes: Option<&str>,
        excluded: Option<&str>,
    ) -> Result<Value, Scim> {
        if let Some(Value::Array(items)) = list.get_mut("Resources") {
            for item in items {
                scim::project(item, attributes, excluded)?;
            }
        }
        Ok(list)
    }

    /// The list parameters of the query string.
    fn list_request(&self) -> Result<ListRequest, Scim> {
        let number = |name: &str| -> Result<Option<i64>, Scim> {
            match self.query.get(name) {
                None => Ok(None),
                Some(s) => s.trim().parse::<i64>().map(Some).map_err(|_| {
                    Scim::error(ScimError::bad(
                        "invalidValue",
                        format!("{name} must be a whole number"),
                    ))
                }),
            }
        };
        Ok(ListRequest {
            filter: self.query.get("filter").cloned(),
            sort_by: self.query.get("sortBy").cloned(),
            sort_order: self.query.get("sortOrder").cloned(),
            start_index: number("startIndex")?,
            count: number("count")?,
        })
    }
}

/// A request body: JSON, sent as `application/scim+json` or `application/json`.
fn body(headers: &HeaderMap, bytes: &Bytes) -> Result<Value, Scim> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if !content_type.is_empty() && !content_type.contains("json") {
        return Err(Scim::error(ScimError::bad(
            "invalidSyntax",
            "send the body as application/scim+json (or application/json)",
        )));
    }
    serde_json::from_slice(bytes).map_err(|e| {
        Scim::error(ScimError::bad(
            "invalidSyntax",
            format!("the body is not valid JSON: {e}"),
        ))
    })
}

/// The `If-Match` header, if sent.
fn if_match(headers: &HeaderMap) -> Option<&str> {
    headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok())
}

/// `POST /.search`'s body as a list request, with its `attributes` and `excludedAttributes`.
fn search_request(body: &Value) -> Result<(ListRequest, Option<String>, Option<String>), Scim> {
    use keybound_core::scim_filter::lookup;
    let text = |name: &str| lookup(body, name).and_then(Value::as_str).map(str::to_owned);
    let number = |name: &str| -> Result<Option<i64>, Scim> {
        match lookup(body, name) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => v.as_i64().map(Some).ok_or_else(|| {
                Scim::error(ScimError::bad(
                    "invalidValue",
                    format!("{name} must be a whole number"),
                ))
            }),
        }
    };
    let list = |name: &str| {
        lookup(body, name).and_then(Value::as_array).map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(",")
        })
    };
    Ok((
        ListRequest {
            filter: text("filter"),
            sort_by: text("sortby"),
            sort_order: text("sortorder"),
            start_index: number("startindex")?,
            count: number("count")?,
        },
        list("attributes"),
        list("excludedattributes"),
    ))
}

async fn service_provider_config(client: Client) -> Answer {
    Ok(Scim::json(
        StatusCode::OK,
        &scim::service_provider_config(&client.service),
    ))
}

async fn resource_types(client: Client) -> Answer {
    Ok(Scim::json(StatusCode::OK, &scim::resource_types(&client.service)))
}

async fn resource_type(client: Client, Path(p): Path<HashMap<String, String>>) -> Answer {
    let name = p.get("name").map(String::as_str).unwrap_or_default();
    Ok(Scim::json(
        StatusCode::OK,
        &scim::resource_type(&client.service, name)?,
    ))
}

async fn schemas(client: Client) -> Answer {
    Ok(Scim::json(StatusCode::OK, &scim::schemas(&client.service)))
}

async fn schema(client: Client, Path(p): Path<HashMap<String, String>>) -> Answer {
    let id = p.get("id").map(String::as_str).unwrap_or_default();
    Ok(Scim::json(StatusCode::OK, &scim::schema(&client.service, id)?))
}

fn id_of(p: &HashMap<String, String>) -> &str {
    p.get("id").map(String::as_str).unwrap_or_default()
}

/// `/Groups` when `GROUPS`, else `/Users`: one handler of each kind serves both.
fn kind<const GROUPS: bool>() -> Kind {
    if GROUPS {
        Kind::Groups
    } else {
        Kind::Users
    }
}

impl Client {
    fn caller<'a>(&'a self, state: &'a AppState) -> scim::Caller<'a> {
        scim::Caller {
            app: state,
            actor: &self.actor,
            realm: &self.realm,
            service: &self.service,
        }
    }
}

async fn list<const GROUPS: bool>(State(state): State<AppState>, client: Client) -> Answer {
    let request = client.list_request()?;
    let list = client.caller(&state).list(kind::<GROUPS>(), &request).await?;
    let list = client.shaped_list(list, client.attributes.as_deref(), client.excluded.as_deref())?;
    Ok(Scim::json(StatusCode::OK, &list))
}

async fn search<const GROUPS: bool>(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    bytes: Bytes,
) -> Answer {
    let (request, attributes, excluded) = search_request(&body(&headers, &bytes)?)?;
    let list = client.caller(&state).list(kind::<GROUPS>(), &request).await?;
    Ok(Scim::json(
        StatusCode::OK,
        &client.shaped_list(list, attributes.as_deref(), excluded.as_deref())?,
    ))
}

/// `POST /.search` at the root: Users, then Groups, paged as one list.
async fn search_all(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    bytes: Bytes,
) -> Answer {
    let (request, attributes, excluded) = search_request(&body(&headers, &bytes)?)?;
    let list = client.caller(&state).search_all(&request).await?;
    Ok(Scim::json(
        StatusCode::OK,
        &client.shaped_list(list, attributes.as_deref(), excluded.as_deref())?,
    ))
}

async fn read<const GROUPS: bool>(
    State(state): State<AppState>,
    client: Client,
    Path(p): Path<HashMap<String, String>>,
) -> Answer {
    let resource = client.caller(&state).get(kind::<GROUPS>(), id_of(&p)).await?;
    Ok(Scim::json(StatusCode::OK, &client.shaped(resource)?))
}

/// 201 with the resource and its `Location`.
async fn create<const GROUPS: bool>(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    bytes: Bytes,
) -> Answer {
    let body = body(&headers, &bytes)?;
    let resource = client.caller(&state).create(kind::<GROUPS>(), &body).await?;
    let location = resource["meta"]["location"]
        .as_str()
        .and_then(|l| HeaderValue::from_str(l).ok());
    let mut out = Scim::json(StatusCode::CREATED, &client.shaped(resource)?);
    if let Some(l) = location {
        out.0.headers_mut().insert(header::LOCATION, l);
    }
    Ok(out)
}

async fn replace<const GROUPS: bool>(
    State(state): State<AppState>,
    client: Client,
    Path(p): Path<HashMap<String, String>>,
    headers: HeaderMap,
    bytes: Bytes,
) -> Answer {
    let body = body(&headers, &bytes)?;
    let resource = client
        .caller(&state)
        .replace(kind::<GROUPS>(), id_of(&p), &body, if_match(&headers))
        .await?;
    Ok(Scim::json(StatusCode::OK, &client.shaped(resource)?))
}

async fn patch<const GROUPS: bool>(
    State(state): State<AppState>,
    client: Client,
    Path(p): Path<HashMap<String, String>>,
    headers: HeaderMap,
    bytes: Bytes,
) -> Answer {
    let body = body(&headers, &bytes)?;
    let resource = client
        .caller(&state)
        .patch(kind::<GROUPS>(), id_of(&p), &body, if_match(&headers))
        .await?;
    Ok(Scim::json(StatusCode::OK, &client.shaped(resource)?))
}

async fn delete<const GROUPS: bool>(
    State(state): State<AppState>,
    client: Client,
    Path(p): Path<HashMap<String, String>>,
    headers: HeaderMap,
) -> Answer {
    client
        .caller(&state)
        .delete(kind::<GROUPS>(), id_of(&p), if_match(&headers))
        .await?;
    Ok(Scim(Box::new(StatusCode::NO_CONTENT.into_response())))
}
