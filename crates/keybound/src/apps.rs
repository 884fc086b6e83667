//! `keybound app …` and `keybound oidc …`: applications that sign their users in through
//! Keybound, and the keys that sign their ID tokens.

use crate::{find_group, open, pick_realm, Config};
use clap::Subcommand;
use keybound_app::applications::{self, ApplicationInput};
use keybound_core::application::{ClientAuth, Confidentiality, ProtocolConfig, SigningAlg};
use keybound_core::application::{ACCESS_TOKEN_SECONDS, REFRESH_TOKEN_SECONDS};
use keybound_core::page::PageRequest;

#[derive(Subcommand)]
pub enum AppCommand {
    /// Register an application; prints its client id and, for a confidential one, its secret
    /// (alone on the last line; it is not shown again).
    Create {
        /// The name people see on the consent screen.
        #[arg(long)]
        name: String,
        /// Where the application receives the code; repeat for several.
        #[arg(long = "redirect-uri", value_name = "URI", required = true)]
        redirect_uris: Vec<String>,
        /// Where people may be sent after signing out; repeat for several.
        #[arg(long = "post-logout-redirect-uri", value_name = "URI")]
        post_logout_redirect_uris: Vec<String>,
        /// A browser or native app that cannot keep a secret (PKCE, no secret); the same as
        /// `--auth-method none`.
        #[arg(long)]
        public: bool,
        /// How it proves who it is at the token endpoint: client_secret_basic (the default),
        /// client_secret_post, or none (a public app).
        #[arg(long = "auth-method", value_name = "METHOD", value_parser = ["client_secret_basic", "client_secret_post", "none"])]
        auth_method: Option<String>,
        /// Only members of this group (id or name) may sign in; repeat for several.
        #[arg(long = "group", value_name = "GROUP")]
        groups: Vec<String>,
        /// Scopes it may ask for (default: openid profile email).
        #[arg(long = "scope", value_name = "SCOPE")]
        scopes: Vec<String>,
        /// Do not ask people to consent (an application of your own).
        #[arg(long)]
        skip_consent: bool,
        /// Take only pushed authorization requests (RFC 9126) from it.
        #[arg(long)]
        require_pushed_requests: bool,
        /// A grant it may use (authorization_code, refresh_token, client_credentials,
        /// urn:ietf:params:oauth:grant-type:device_code); repeat for several. Default: the first
        /// two.
        #[arg(long = "grant-type", value_name = "GRANT")]
        grants: Vec<String>,
        /// Bind its tokens to its key (DPoP): token requests without a proof are refused.
        #[arg(long)]
        dpop: bool,
        /// Realm id; default: the first realm.
        #[arg(long)]
        realm: Option<String>,
        /// Print the client id and secret as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the realm's applications.
    List {
        #[arg(long)]
        realm: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Delete an application; its tokens stop working.
    Delete {
        /// The application's id (from `list`).
        id: String,
        #[arg(long)]
        realm: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum OidcCommand {
    /// Publish the next signing key of each algorithm. It signs an hour later (clients fetch
    /// it first); the old key stays published until tokens it signed have expired.
    RotateKey {
        /// Sign with the new key at once (when the old one may be compromised).
        #[arg(long)]
        now: bool,
    },
}

pub async fn app(config: Config, command: AppCommand) -> anyhow::Result<()> {
    let (store, state) = open(&config).await?;
    let fail = |e: keybound_app::AppError| {
        let (_, message, violations) = e.into_parts();
        let details: Vec<String> = violations
            .into_iter()
            .map(|v| format!("{}: {}", v.field, v.description))
            .collect();
        if details.is_empty() {
            anyhow::anyhow!("{message}")
        } else {
            anyhow::anyhow!("{}", details.join("; "))
        }
    };
    match command {
        AppCommand::Create {
            name,
            redirect_uris,
            post_logout_redirect_uris,
            public,
            auth_method,
            groups,
            scopes,
            skip_consent,
            require_pushed_requests,
            grants,
            dpop,
            realm,
            json,
        } => {
            let realm = pick_realm(&state, realm.as_deref()).await?;
            let mut allowed_group_ids = Vec::new();
            for group in groups {
                allowed_group_ids.push(find_group(&state, &realm, &group).await?.id);
            }
            let client_auth = match (auth_method.as_deref().and_then(ClientAuth::parse), public) {
                (Some(ClientAuth::None), _) | (None, true) => ClientAuth::None,
                (Some(_), true) => anyhow::bail!("--public takes no secret: use --auth-method none"),
                (Some(method), false) => method,
                (None, false) => ClientAuth::SecretBasic,
            };
            let confidentiality = if client_auth == ClientAuth::None {
                Confidentiality::Public
            } else {
                Confidentiality::Confidential
            };
            let input = ApplicationInput {
                display_name: name,
                protocol: ProtocolConfig {
                    confidentiality,
                    client_auth,
                    redirect_uris,
                    post_logout_redirect_uris,
                    allowed_scopes: if scopes.is_empty() {
                        vec!["openid".into(), "profile".into(), "email".into()]
                    } else {
                        scopes
                    },
                    pkce_required: true,
                    access_token_seconds: ACCESS_TOKEN_SECONDS.2,
                    refresh_token_seconds: REFRESH_TOKEN_SECONDS.2,
                    id_token_alg: SigningAlg::Rs256,
                    backchannel_logout_uri: None,
                    require_pushed_authorization_requests: require_pushed_requests,
                    resources: Vec::new(),
                    dpop_bound_access_tokens: dpop,
                    grant_types: if grants.is_empty() {
                        keybound_core::application::default_grant_types()
                    } else {
                        grants
                    },
                },
                allowed_group_ids,
                logo_url: None,
                skip_consent,
            };
            let (application, secret) =
                applications::create(&state, &keybound_app::Actor::system(), &realm.id, input)
                    .await
                    .map_err(fail)?;
            let issuer = keybound_app::oidc::issuer(&state, &realm.id);
            if json {
                println!(
                    "{}",
                    serde_json::json!({"id": application.id, "client_id": application.client_id,
                        "client_secret": secret, "issuer": issuer})
                );
            } else {
                println!(
                    "Registered \"{}\" (id {}).",
                    application.display_name, application.id
                );
                println!("Issuer: {issuer}");
                println!("Discovery: {issuer}/.well-known/openid-configuration");
                println!("Client id: {}", application.client_id);
                if let Some(secret) = secret {
                    println!("Client secret (keep it now; it is not shown again):");
                    println!("{secret}");
                }
            }
        }
        AppCommand::List { realm, json } => {
            let realm = pick_realm(&state, realm.as_deref()).await?;
            let mut page = PageRequest {
                size: 200,
                after: None,
            };
            let mut all = Vec::new();
            loop {
                let got = applications::list(&state, &realm.id, page).await.map_err(fail)?;
                all.extend(got.items);
                match got.next_page_token {
                    Some(next) => page = PageRequest::parse(Some(200), Some(&next))?,
                    None => break,
                }
            }
            if json {
                let rows: Vec<_> = all
                    .iter()
                    .map(|a| {
                        serde_json::json!({"id": a.id, "display_name": a.display_name, "client_id": a.client_id,
                            "confidentiality": a.protocol.confidentiality.as_str(),
                            "redirect_uris": a.protocol.redirect_uris})
                    })
                    .collect();
                println!("{}", serde_json::Value::from(rows));
            } else if all.is_empty() {
                println!("No applications in realm {}.", realm.display_name);
            } else {
                for a in all {
                    println!(
                        "{}  {}  client id {}  {}  {}",
                        a.id,
                        a.display_name,
                        a.client_id,
                        a.protocol.confidentiality.as_str(),
                        a.protocol.redirect_uris.join(" ")
                    );
                }
            }
        }
        AppCommand::Delete { id, realm } => {
            let realm = pick_realm(&state, realm.as_deref()).await?;
            applications::delete(&state, &keybound_app::Actor::system(), &realm.id, &id)
                .await
                .map_err(fail)?;
            println!("Deleted application {id}.");
        }
    }
    store.close().await;
    Ok(())
}

pub async fn oidc(config: Config, command: OidcCommand) -> anyhow::Result<()> {
    let (store, state) = open(&config).await?;
    match command {
        OidcCommand::RotateKey { now } => {
            let added = keybound_app::oidc::keys::rotate(&state, now)
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
            for key in &added {
                println!(
                    "New {} key {} published; it signs from {}.",
                    key.alg.as_str(),
                    key.kid,
                    keybound_core::time_fmt::rfc3339(key.sign_from)
                );
            }
        }
    }
    store.close().await;
    Ok(())
}
