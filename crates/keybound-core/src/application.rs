//! Applications: the programs that sign their users in through Keybound with OpenID Connect.
//! What an application is registered with, and the rules its registration must keep.

use crate::error::{Invalid, Violations};
use crate::redirect_uri;

/// Scopes an application may be allowed to ask for.
pub const SCOPES: &[&str] = &["openid", "profile", "email", "groups", "offline_access"];
/// Access tokens live 1 minute to 1 day; default 1 hour.
pub const ACCESS_TOKEN_SECONDS: (i64, i64, i64) = (60, 86_400, 3_600);
/// Refresh tokens live 5 minutes to 1 year; default 30 days.
pub const REFRESH_TOKEN_SECONDS: (i64, i64, i64) = (300, 31_536_000, 2_592_000);
/// Redirect URIs an application may register.
pub const MAX_REDIRECT_URIS: usize = 32;

/// Can the application keep a secret (a server), or not (a browser or native app)?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidentiality {
    Confidential,
    Public,
}

impl Confidentiality {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "confidential" => Some(Self::Confidential),
            "public" => Some(Self::Public),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confidential => "confidential",
            Self::Public => "public",
        }
    }
}

/// How the application proves who it is at the token endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuth {
    /// HTTP Basic with the client id and secret.
    SecretBasic,
    /// `client_id` and `client_secret` in the form body.
    SecretPost,
    /// No secret: a public client, which must use PKCE.
    None,
}

impl ClientAuth {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "client_secret_basic" => Some(Self::SecretBasic),
            "client_secret_post" => Some(Self::SecretPost),
            "none" => Some(Self::None),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SecretBasic => "client_secret_basic",
            Self::SecretPost => "client_secret_post",
            Self::None => "none",
        }
    }
}

/// How ID tokens are signed for an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SigningAlg {
    /// RSA PKCS#1 v1.5 with SHA-256: what every OpenID Connect client supports (the default).
    Rs256,
    /// ECDSA P-256 with SHA-256.
    Es256,
    /// Ed25519.
    EdDsa,
}

impl SigningAlg {
    pub const ALL: [Self; 3] = [Self::Rs256, Self::Es256, Self::EdDsa];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The JOSE name (`alg`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rs256 => "RS256",
            Self::Es256 => "ES256",
            Self::EdDsa => "EdDSA",
        }
    }
}

/// An application, as registered in a realm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub id: String,
    pub realm_id: String,
    pub tenant_id: String,
    pub display_name: String,
    /// Public, what the application sends as `client_id`.
    pub client_id: String,
    /// The SHA-256 of a confidential application's secret; none for a public one.
    pub secret_hash: Option<String>,
    pub protocol: ProtocolConfig,
    /// Only members of one of these groups may sign in to it; empty: everyone in the realm.
    pub allowed_group_ids: Vec<String>,
    pub logo_url: Option<String>,
    /// Signs people in without asking them to share their details first (first-party apps).
    pub skip_consent: bool,
    pub create_time: time::OffsetDateTime,
    pub update_time: time::OffsetDateTime,
}

/// Most groups an application may be limited to.
pub const MAX_ALLOWED_GROUPS: usize = 100;

/// How an application signs its users in, as its admin registered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtocolConfig {
    pub confidentiality: Confidentiality,
    pub client_auth: ClientAuth,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    pub allowed_scopes: Vec<String>,
    /// PKCE (S256) required. Always true for a public application.
    pub pkce_required: bool,
    pub access_token_seconds: i64,
    pub refresh_token_seconds: i64,
    pub id_token_alg: SigningAlg,
    /// Where a logout token is POSTed when a person signs out (OpenID Connect Back-Channel Logout).
    pub backchannel_logout_uri: Option<String>,
    /// Only pushed authorization requests (RFC 9126) are taken: a plain one is refused.
    pub require_pushed_authorization_requests: bool,
    /// The grants the application may use at the token endpoint (of [`GRANT_TYPES`]).
    pub grant_types: Vec<String>,
    /// The APIs (absolute URIs) it may ask access tokens for with `resource` (RFC 8707); those
    /// access tokens are JWTs (RFC 9068).
    pub resources: Vec<String>,
    /// Its tokens must be bound to its key (DPoP, RFC 9449): a token request without a proof
    /// is refused.
    pub dpop_bound_access_tokens: bool,
}

/// Resources one application may declare.
pub const MAX_RESOURCES: usize = 20;

/// The device authorization grant (RFC 8628).
pub const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
/// The grants an application may be given.
pub const GRANT_TYPES: &[&str] = &[
    "authorization_code",
    "refresh_token",
    "client_credentials",
    DEVICE_CODE_GRANT,
];

/// The grants a new application gets unless it chooses.
pub fn default_grant_types() -> Vec<String> {
    vec!["authorization_code".into(), "refresh_token".into()]
}

impl ProtocolConfig {
    /// Checks the rules; field names are relative to the `protocol_config` object.
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut v = Violations::default();
        match (self.confidentiality, self.client_auth) {
            (Confidentiality::Public, ClientAuth::None) => {}
            (Confidentiality::Public, _) => v.add(
                "token_endpoint_auth_method",
                "must be none for a public application: it cannot keep a secret",
            ),
            (Confidentiality::Confidential, ClientAuth::None) => v.add(
                "token_endpoint_auth_method",
                "must be client_secret_basic or client_secret_post for a confidential application",
            ),
            (Confidentiality::Confidential, _) => {}
        }
        if self.confidentiality == Confidentiality::Public && !self.pkce_required {
            v.add("pkce", "is always required (S256) for a public application");
        }
        if self.redirect_uris.is_empty() {
            v.add("redirect_uris", "must list at least one URI");
        }
        for (field, uris) in [
            ("redirect_uris", &self.redirect_uris),
            ("post_logout_redirect_uris", &self.post_logout_redirect_uris),
        ] {
            if uris.len() > MAX_REDIRECT_URIS {
                v.add(field, format!("must list at most {MAX_REDIRECT_URIS} URIs"));
            }
            for (i, uri) in uris.iter().enumerate() {
                if let Err(why) = redirect_uri::check_registration(uri) {
                    v.add(&format!("{field}[{i}]"), why);
                }
            }
        }
        if let Some(uri) = &self.backchannel_logout_uri {
            if let Err(why) = redirect_uri::check_registration(uri) {
                v.add("backchannel_logout_uri", why);
            }
        }
        if !self.allowed_scopes.iter().any(|s| s == "openid") {
            v.add("allowed_scopes", "must include openid");
        }
        if self.resources.len() > MAX_RESOURCES {
            v.add("resources", format!("must list at most {MAX_RESOURCES} URIs"));
        }
        for (i, resource) in self.resources.iter().enumerate() {
            let absolute = url::Url::parse(resource)
                .is_ok_and(|u| u.has_host() && u.fragment().is_none() && resource.len() <= 2048);
            if !absolute {
                v.add(
                    &format!("resources[{i}]"),
                    "must be an absolute URI without a fragment, like https://api.example.com",
                );
            }
        }
        if self.grant_types.is_empty() {
            v.add("grant_types", "must list at least one grant");
        }
        for (i, grant) in self.grant_types.iter().enumerate() {
            if !GRANT_TYPES.contains(&grant.as_str()) {
                v.add(
                    &format!("grant_types[{i}]"),
                    format!("must be one of {}", GRANT_TYPES.join(", ")),
                );
            } else if grant == "client_credentials" && self.confidentiality == Confidentiality::Public {
                v.add(
                    &format!("grant_types[{i}]"),
                    "client_credentials is for confidential applications",
                );
            }
        }
        for (i, scope) in self.allowed_scopes.iter().enumerate() {
            if !SCOPES.contains(&scope.as_str()) {
                v.add(
                    &format!("allowed_scopes[{i}]"),
                    format!("must be one of {}", SCOPES.join(", ")),
                );
            }
        }
        for (field, seconds, (min, max, _)) in [
            (
                "token_configuration.expires_after",
                self.access_token_seconds,
                ACCESS_TOKEN_SECONDS,
            ),
            (
                "token_configuration.refresh_expires_after",
                self.refresh_token_seconds,
                REFRESH_TOKEN_SECONDS,
            ),
        ] {
            if !(min..=max).contains(&seconds) {
                v.add(field, format!("must be between {min} and {max} seconds"));
            }
        }
        v.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn confidential() -> ProtocolConfig {
        ProtocolConfig {
            confidentiality: Confidentiality::Confidential,
            client_auth: ClientAuth::SecretBasic,
            redirect_uris: vec!["https://app.example.com/callback".into()],
            post_logout_redirect_uris: vec![],
            allowed_scopes: vec!["openid".into(), "email".into()],
            pkce_required: true,
            access_token_seconds: ACCESS_TOKEN_SECONDS.2,
            refresh_token_seconds: REFRESH_TOKEN_SECONDS.2,
            id_token_alg: SigningAlg::Rs256,
            backchannel_logout_uri: None,
            require_pushed_authorization_requests: false,
            grant_types: default_grant_types(),
            resources: Vec::new(),
            dpop_bound_access_tokens: false,
        }
    }

    fn fields(config: &ProtocolConfig) -> Vec<String> {
        config
            .validate()
            .err()
            .map(|e| e.0.into_iter().map(|v| v.field).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_sound_registration_passes() {
        assert_eq!(confidential().validate(), Ok(()));
        let public = ProtocolConfig {
            confidentiality: Confidentiality::Public,
            client_auth: ClientAuth::None,
            redirect_uris: vec!["http://127.0.0.1/cb".into(), "com.example.app:/oauth".into()],
            ..confidential()
        };
        assert_eq!(public.validate(), Ok(()));
    }

    #[test]
    fn each_broken_rule_names_its_field() {
        let cases: Vec<(ProtocolConfig, &str)> = vec![
            (
                ProtocolConfig {
                    confidentiality: Confidentiality::Public,
                    ..confidential()
                },
                "token_endpoint_auth_method",
            ),
            (
                ProtocolConfig {
                    client_auth: ClientAuth::None,
                    ..confidential()
                },
                "token_endpoint_auth_method",
            ),
            (
                ProtocolConfig {
                    confidentiality: Confidentiality::Public,
                    client_auth: ClientAuth::None,
                    pkce_required: false,
                    ..confidential()
                },
                "pkce",
            ),
            (
                ProtocolConfig {
                    redirect_uris: vec![],
                    ..confidential()
                },
                "redirect_uris",
            ),
            (
                ProtocolConfig {
                    redirect_uris: vec![
                        "https://app.example.com/cb".into(),
                        "https://*.example.com/cb".into(),
                    ],
                    ..confidential()
                },
                "redirect_uris[1]",
            ),
            (
                ProtocolConfig {
                    post_logout_redirect_uris: vec!["http://app.example.com/bye".into()],
                    ..confidential()
                },
                "post_logout_redirect_uris[0]",
            ),
            (
                ProtocolConfig {
                    allowed_scopes: vec!["email".into()],
                    ..confidential()
                },
                "allowed_scopes",
            ),
            (
                ProtocolConfig {
                    allowed_scopes: vec!["openid".into(), "admin".into()],
                    ..confidential()
                },
                "allowed_scopes[1]",
            ),
            (
                ProtocolConfig {
                    access_token_seconds: 10,
                    ..confidential()
                },
                "token_configuration.expires_after",
            ),
            (
                ProtocolConfig {
                    refresh_token_seconds: 400 * 86_400,
                    ..confidential()
                },
                "token_configuration.refresh_expires_after",
            ),
            (
                ProtocolConfig {
                    backchannel_logout_uri: Some("https://app.example.com/logout#x".into()),
                    require_pushed_authorization_requests: false,
                    grant_types: default_grant_types(),
                    resources: Vec::new(),
                    dpop_bound_access_tokens: false,
                    ..confidential()
                },
                "backchannel_logout_uri",
            ),
        ];
        for (config, field) in cases {
            assert_eq!(fields(&config), [field], "{config:?}");
        }
    }
}
