//! A confidential OpenID Connect relying party built on the `openidconnect` crate, for the
//! browser tests: it discovers the provider, sends the browser to it from `/login` (PKCE S256,
//! state, nonce) and on `/callback` exchanges the code, verifies the ID token with the crate's
//! own verifier (signature against the JWKS, `iss`, `aud`, `exp`, `nonce`) and its `at_hash`,
//! and shows the claims as JSON in `<pre id="result">`.
//!
//!     oidc-rp PORT ISSUER CLIENT_ID CLIENT_SECRET

use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AccessTokenHash, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce,
    OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

type Failure = Box<dyn std::error::Error>;

/// openidconnect's HTTP calls, made with ureq (no redirects followed).
fn http(request: openidconnect::HttpRequest) -> Result<openidconnect::HttpResponse, std::io::Error> {
    let agent = ureq::AgentBuilder::new().redirects(0).build();
    let mut call = agent.request(request.method().as_str(), &request.uri().to_string());
    for (name, value) in request.headers() {
        call = call.set(name.as_str(), value.to_str().unwrap_or_default());
    }
    let answer = match call.send_bytes(request.body()) {
        Ok(answer) | Err(ureq::Error::Status(_, answer)) => answer,
        Err(e) => return Err(std::io::Error::other(e.to_string())),
    };
    let mut builder = openidconnect::http::Response::builder().status(answer.status());
    for name in answer.headers_names() {
        if let Some(value) = answer.header(&name) {
            builder = builder.header(name.as_str(), value);
        }
    }
    let mut body = Vec::new();
    std::io::Read::read_to_end(&mut answer.into_reader(), &mut body)?;
    builder.body(body).map_err(std::io::Error::other)
}

struct Pending {
    verifier: PkceCodeVerifier,
    nonce: Nonce,
}

fn main() -> Result<(), Failure> {
    let args: Vec<String> = std::env::args().collect();
    let [_, port, issuer, client_id, client_secret] = args.as_slice() else {
        return Err("usage: oidc-rp PORT ISSUER CLIENT_ID CLIENT_SECRET".into());
    };
    let metadata = CoreProviderMetadata::discover(&IssuerUrl::new(issuer.clone())?, &http)?;
    let client = CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(client_id.clone()),
        Some(ClientSecret::new(client_secret.clone())),
    )
    .set_redirect_uri(RedirectUrl::new(format!("http://localhost:{port}/callback"))?);
    let listener = TcpListener::bind(format!("127.0.0.1:{port}"))?;
    println!("ready");
    let mut pending: HashMap<String, Pending> = HashMap::new();
    for stream in listener.incoming() {
        let mut stream = stream?;
        let mut line = String::new();
        BufReader::new(&stream).read_line(&mut line)?;
        let target = line.split(' ').nth(1).unwrap_or("/").to_owned();
        let url = url::Url::parse(&format!("http://localhost{target}"))?;
        let answer = match url.path() {
            "/login" => {
                let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
                let (to, state, nonce) = client
                    .authorize_url(
                        CoreAuthenticationFlow::AuthorizationCode,
                        CsrfToken::new_random,
                        Nonce::new_random,
                    )
                    .add_scope(Scope::new("profile".into()))
                    .set_pkce_challenge(challenge)
                    .url();
                pending.insert(state.secret().clone(), Pending { verifier, nonce });
                format!(
                    "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                )
            }
            "/callback" => {
                let query: HashMap<String, String> = url.query_pairs().into_owned().collect();
                let result = match callback(&client, &query, &mut pending) {
                    Ok(claims) => claims,
                    Err(e) => serde_json::json!({"error": e.to_string()}),
                };
                let body = format!("<pre id=\"result\">{result}</pre>");
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                )
            }
            _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_owned(),
        };
        stream.write_all(answer.as_bytes())?;
    }
    Ok(())
}

fn callback(
    client: &openidconnect::core::CoreClient<
        openidconnect::EndpointSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointMaybeSet,
        openidconnect::EndpointMaybeSet,
    >,
    query: &HashMap<String, String>,
    pending: &mut HashMap<String, Pending>,
) -> Result<serde_json::Value, Failure> {
    let state = query.get("state").ok_or("no state")?;
    let Pending { verifier, nonce } = pending.remove(state).ok_or("unknown state")?;
    let code = query.get("code").ok_or("no code")?;
    let tokens = client
        .exchange_code(AuthorizationCode::new(code.clone()))?
        .set_pkce_verifier(verifier)
        .request(&http)?;
    let id_token = tokens.id_token().ok_or("no ID token")?;
    let verifier = client.id_token_verifier();
    let claims = id_token.claims(&verifier, &nonce)?;
    let expected = claims.access_token_hash().ok_or("no at_hash")?;
    let actual = AccessTokenHash::from_token(
        tokens.access_token(),
        id_token.signing_alg()?,
        id_token.signing_key(&verifier)?,
    )?;
    if actual != *expected {
        return Err("at_hash does not match the access token".into());
    }
    Ok(serde_json::json!({
        "sub": claims.subject().as_str(),
        "iss": claims.issuer().as_str(),
        "aud": claims.audiences().iter().map(|a| a.as_str()).collect::<Vec<_>>(),
        "nonce": claims.nonce().map(|n| n.secret().as_str()),
        "preferred_username": claims.preferred_username().map(|u| u.as_str()),
        "alg": format!("{:?}", id_token.signing_alg()?),
    }))
}
