//! `keybound`: the server and its administrative commands.

mod apps;
mod check;
mod config;
mod ldap;
mod mds;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use config::Config;
use keybound_app::database::Database;
use keybound_app::{App, Setup};
use keybound_core::api_token::parse_lifetime;
use keybound_core::page::PageRequest;
use keybound_core::{Clock, SystemClock};
use std::path::PathBuf;
use std::sync::Arc;

/// jemalloc serves every allocation in the process, SQLite's and OpenSSL's too (it replaces
/// `malloc` and `free`). With glibc's allocator a tenth of a sign-in's CPU went to `malloc` and
/// `free`, much of it merging freed chunks; jemalloc cut the server's CPU per sign-in by about
/// a tenth (docs/benchmarks.md).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// Keybound: a self-hosted, passkey-first identity server.
#[derive(Parser)]
#[command(version, propagate_version = true)]
struct Cli {
    /// TOML configuration file (settings there are overridden by KEYBOUND_* variables).
    #[arg(long, global = true, env = "KEYBOUND_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server (default http://localhost:8080, SQLite under ./data).
    Serve(ServeArgs),
    /// API tokens for the REST API.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Realms of this installation.
    #[command(subcommand)]
    Realm(RealmCommand),
    /// Email delivery.
    #[command(subcommand)]
    Email(EmailCommand),
    /// One-time sign-in links for people without a passkey.
    #[command(subcommand, name = "login-code")]
    LoginCode(LoginCodeCommand),
    /// Who may use the console: administrators, and the other roles.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Sign-up links through which new people create their account and first passkey.
    #[command(subcommand, name = "signup-token")]
    SignupToken(SignupTokenCommand),
    /// Applications that sign their users in through Keybound (OpenID Connect).
    #[command(subcommand)]
    App(apps::AppCommand),
    /// The OpenID Connect provider's signing keys.
    #[command(subcommand)]
    Oidc(apps::OidcCommand),
    /// Sync people and groups from an LDAP directory.
    #[command(subcommand)]
    Ldap(ldap::LdapCommand),
    /// FIDO authenticator metadata (MDS3): import the BLOB, see what is imported.
    #[command(subcommand)]
    Mds(mds::MdsCommand),
    /// Create the database, or bring its schema up to date, and exit (the server does this at
    /// start too). Every other command needs an existing database.
    Migrate,
    /// Check that this configuration can run: the database, public URL, SMTP, LDAP and clock,
    /// against the real services (nothing is changed). Exits non-zero if anything is wrong.
    Check {
        /// Print JSON: {"ok", "checks": [{"name", "ok", "detail"}]}.
        #[arg(long)]
        json: bool,
    },
    /// Copy the SQLite database, consistently, while the server runs (PostgreSQL: use pg_dump).
    Backup {
        /// The new file to write.
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Replace the SQLite database with a backup. Stop the server first; start it again after.
    Restore {
        /// The backup, from `keybound backup`.
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
    },
}

#[derive(Args)]
struct ServeArgs {
    /// Address to bind, like 0.0.0.0:8080 (instead of `listen` / KEYBOUND_LISTEN).
    #[arg(long, value_name = "ADDR")]
    listen: Option<String>,
    /// Where people reach this server, like https://login.example.com (instead of `public_url`
    /// / KEYBOUND_PUBLIC_URL).
    #[arg(long, value_name = "URL")]
    public_url: Option<String>,
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Print a one-time link (alone on the last line) with which a user creates a passkey and
    /// becomes an administrator: nothing is granted until the link is used.
    Link {
        /// The administrator's username.
        #[arg(long, default_value = "admin")]
        username: String,
        /// Create the user if there is none by that name (else that is an error).
        #[arg(long)]
        create: bool,
    },
    /// Give a person a console role: helpdesk, user_manager, app_manager, auditor or admin.
    Grant {
        #[arg(long)]
        username: String,
        #[arg(long)]
        role: String,
        /// Limit the role to the members of this group (id or name); repeat for several.
        #[arg(long = "group", value_name = "GROUP")]
        groups: Vec<String>,
        /// Realm id or name; default: the first realm.
        #[arg(long)]
        realm: Option<String>,
    },
    /// Take a person's console role away (the last administrator keeps theirs).
    Revoke {
        #[arg(long)]
        username: String,
        /// Realm id or name; default: the first realm.
        #[arg(long)]
        realm: Option<String>,
    },
}

#[derive(Subcommand)]
enum SignupTokenCommand {
    /// Make a sign-up link (printed alone on the last line).
    Create {
        /// How many people may sign up with it (1 to 100).
        #[arg(long, default_value_t = 1)]
        usage_limit: i64,
        /// How long it works, like 12h, 7d or 4w.
        #[arg(long, default_value = "7d")]
        expires: String,
        /// A group (id or name) new users join; repeat for several.
        #[arg(long = "group", value_name = "GROUP")]
        groups: Vec<String>,
        /// Realm id; default: the first realm.
        #[arg(long)]
        realm: Option<String>,
    },
    /// List the tokens that can still be used (all of them with --all).
    List {
        #[arg(long)]
        all: bool,
        /// Realm id; default: the first realm.
        #[arg(long)]
        realm: Option<String>,
    },
    /// Revoke a token: nobody can sign up with it any more.
    Revoke {
        /// The token's id (from `list`).
        id: String,
        /// Realm id; default: the first realm.
        #[arg(long)]
        realm: Option<String>,
    },
}

#[derive(Subcommand)]
enum LoginCodeCommand {
    /// Make a one-time sign-in link (printed alone on the last line) for a user.
    Create {
        /// The user's username.
        #[arg(long)]
        username: String,
        /// Realm id; default: the first realm.
        #[arg(long)]
        realm: Option<String>,
        /// How long the link works: 15m, 1h, 12h, 1d or 1w.
        #[arg(long, default_value = "1h")]
        expires: String,
    },
}

#[derive(Subcommand)]
enum EmailCommand {
    /// Send a test message through the configured SMTP server (or outbox) and report its answer.
    Test {
        /// Recipient address.
        #[arg(long)]
        to: String,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create an API token; its secret is printed alone on the last line.
    Create(TokenCreate),
}

#[derive(Args)]
struct TokenCreate {
    /// A name that says who or what uses the token.
    #[arg(long)]
    name: String,
    /// Scopes like identities:read, identities:create, groups:*, or * for everything.
    #[arg(long, required = true, num_args = 1.., value_delimiter = ',')]
    scopes: Vec<String>,
    /// Lifetime, like 30d, 12h or 15m; without it the token does not expire.
    #[arg(long, value_name = "LIFETIME")]
    expires_in: Option<String>,
}

#[derive(Subcommand)]
enum RealmCommand {
    /// List realms with their ids (needed in API paths).
    List {
        /// Print JSON: [{"id", "tenant_id", "display_name"}].
        #[arg(long)]
        json: bool,
    },
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    // Plain text (coloured only on a terminal), or one JSON object a line for log collectors.
    let logs = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    if std::env::var("KEYBOUND_LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json")) {
        logs.json().init();
    } else {
        logs.init();
    }
    match run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    if let Command::Check { json } = cli.command {
        return check_command(Config::load(cli.config.as_deref()), json).await;
    }
    let config = Config::load(cli.config.as_deref())?;
    match cli.command {
        Command::Serve(args) => serve(config.overridden(args.listen, args.public_url)?).await,
        Command::Migrate => migrate(config).await,
        Command::Token(TokenCommand::Create(args)) => token_create(config, args).await,
        Command::Realm(RealmCommand::List { json }) => realm_list(config, json).await,
        Command::Email(EmailCommand::Test { to }) => email_test(config, &to).await,
        Command::LoginCode(LoginCodeCommand::Create {
            username,
            realm,
            expires,
        }) => login_code_create(config, &username, realm.as_deref(), &expires).await,
        Command::SignupToken(command) => signup_token(config, command).await,
        Command::Admin(AdminCommand::Link { username, create }) => {
            admin_link(config, &username, create).await
        }
        Command::Admin(AdminCommand::Grant {
            username,
            role,
            groups,
            realm,
        }) => {
            let role = keybound_core::role::Role::parse(&role).ok_or_else(|| {
                anyhow::anyhow!("no role `{role}`: helpdesk, user_manager, app_manager, auditor or admin")
            })?;
            set_role(config, &username, realm.as_deref(), Some((role, groups))).await
        }
        Command::Admin(AdminCommand::Revoke { username, realm }) => {
            set_role(config, &username, realm.as_deref(), None).await
        }
        Command::App(command) => apps::app(config, command).await,
        Command::Oidc(command) => apps::oidc(config, command).await,
        Command::Ldap(command) => ldap::ldap(config, command).await,
        Command::Mds(command) => mds::mds_command(config, command).await,
        Command::Check { .. } => unreachable!("checked before the configuration is loaded"),
        Command::Backup { to } => backup(config, &to).await,
        Command::Restore { from } => {
            Database::restore(&config.database_url()?, &from)?;
            println!(
                "Restored the database from {}. Start the server again.",
                from.display()
            );
            Ok(())
        }
    }
}

async fn check_command(config: anyhow::Result<Config>, json: bool) -> anyhow::Result<()> {
    let findings = check::run(config).await;
    let failed = findings.iter().filter(|f| !f.ok).count();
    if json {
        println!("{}", serde_json::json!({"ok": failed == 0, "checks": findings}));
    } else {
        for f in &findings {
            println!(
                "{:<5} {:<14} {}",
                if f.ok { "ok" } else { "FAIL" },
                f.name,
                f.detail
            );
        }
    }
    if failed > 0 {
        anyhow::bail!("{failed} of {} checks failed", findings.len());
    }
    Ok(())
}

async fn backup(config: Config, to: &std::path::Path) -> anyhow::Result<()> {
    if to.exists() {
        anyhow::bail!("{} exists already; give a new file", to.display());
    }
    let (store, _) = open(&config).await?;
    let done = store.back_up(to).await;
    store.close().await;
    done?;
    println!("Backed up the database to {}.", to.display());
    Ok(())
}

/// The realm with this id or name, or the tenant's first.
async fn pick_realm(state: &App, realm: Option<&str>) -> anyhow::Result<keybound_core::realm::Realm> {
    Ok(keybound_app::realms::pick(state, realm).await?)
}

/// The realm's group with this id or, failing that, this name.
async fn find_group(
    state: &App,
    realm: &keybound_core::realm::Realm,
    group: &str,
) -> anyhow::Result<keybound_core::group::Group> {
    keybound_app::groups::by_id_or_name(state, &realm.id, group)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no group `{group}` in realm {}", realm.display_name))
}

/// How the server is set up, from the configuration.
fn setup(config: &Config, tenant: &keybound_core::realm::Tenant) -> anyhow::Result<Setup> {
    Ok(Setup {
        clock: Arc::new(SystemClock),
        tenant_id: tenant.id.clone(),
        public_url: config.public_url.clone(),
        email: config.email_sender()?,
        email_retry: config.email_retry(),
        email_delivers: config.smtp().is_some(),
        begins_per_minute: config.ceremony_begins_per_minute,
        ldap: Arc::new(keybound_app::ldap::LdapEnv {
            realm: config.ldap_realm.clone(),
            settings: config.ldap.clone(),
        }),
        outbound: keybound_app::outbound::Outbound::new(config.oidc_backchannel_allow()?),
        oidc_refresh_grace: time::Duration::seconds(config.oidc_refresh_grace_seconds.into()),
        dpop_nonce: config.oidc_dpop_nonce,
        related_origins: config.related_origins()?,
    })
}

/// Gives `username` a role (limited to groups named by id or name), or takes theirs away.
async fn set_role(
    config: Config,
    username: &str,
    realm: Option<&str>,
    role: Option<(keybound_core::role::Role, Vec<String>)>,
) -> anyhow::Result<()> {
    let (store, state) = open(&config).await?;
    let done = async {
        let realm = pick_realm(&state, realm).await?;
        let person = keybound_app::identities::by_username(&state, &realm.id, username)
            .await?
            .ok_or_else(|| anyhow::anyhow!("no user `{username}` in realm {}", realm.display_name))?;
        let grant = match role {
            Some((role, groups)) => {
                let mut ids = Vec::new();
                for group in &groups {
                    ids.push(find_group(&state, &realm, group).await?.id);
                }
                Some(keybound_core::role::RoleGrant::new(role, ids))
            }
            None => None,
        };
        let said = grant
            .as_ref()
            .map_or("no role".to_owned(), |g| format!("the role {}", g.describe()));
        keybound_app::identities::set_role(
            &state,
            &keybound_app::Actor::system(),
            &realm.id,
            &person.id,
            grant,
        )
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
        println!("{username} now has {said}.");
        anyhow::Ok(())
    }
    .await;
    store.close().await;
    done
}

async fn admin_link(config: Config, username: &str, create: bool) -> anyhow::Result<()> {
    let (store, state) = open(&config).await?;
    let link = keybound_app::admin::admin_link(&state, username, create)
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
    store.close().await;
    println!(
        "One-time link for administrator `{username}` (valid 1 hour): open it to create a passkey and enter the console."
    );
    println!("{link}");
    Ok(())
}

async fn signup_token(config: Config, command: SignupTokenCommand) -> anyhow::Result<()> {
    let (store, state) = open(&config).await?;
    let now = SystemClock.now();
    let fail = |e: keybound_app::AppError| anyhow::anyhow!("{}", e.message());
    match command {
        SignupTokenCommand::Create {
            usage_limit,
            expires,
            groups,
            realm,
        } => {
            let lifetime = parse_lifetime(&expires).map_err(anyhow::Error::msg)?;
            let realm = pick_realm(&state, realm.as_deref()).await?;
            let mut group_ids = Vec::new();
            for group in groups {
                group_ids.push(find_group(&state, &realm, &group).await?.id);
            }
            let created = keybound_app::signup::create_token(
                &state,
                &keybound_app::Actor::system(),
                &realm,
                usage_limit,
                now + lifetime,
                group_ids,
            )
            .await
            .map_err(fail)?;
            println!(
                "Sign-up link {} for realm {}: {} uses, valid until {}:",
                created.token.id,
                realm.display_name,
                usage_limit,
                keybound_core::email_template::human_time(created.token.expire_time)
            );
            println!("{}", created.link);
        }
        SignupTokenCommand::List { all, realm } => {
            let realm = pick_realm(&state, realm.as_deref()).await?;
            let mut page = PageRequest {
                size: 200,
                after: None,
            };
            println!(
                "{:<18} {:<9} {:>9}  {:<20}  groups",
                "id", "state", "used", "expires"
            );
            loop {
                let tokens =
                    keybound_app::signup::tokens(&state, &realm.id, (!all).then_some(now), page).await?;
                for t in &tokens.items {
                    println!(
                        "{:<18} {:<9} {:>4} / {:<3} {:<20}  {}",
                        t.id,
                        t.state(now),
                        t.usage_count,
                        t.usage_limit,
                        keybound_core::time_fmt::rfc3339(t.expire_time),
                        t.group_ids.join(",")
                    );
                }
                match tokens.next_page_token {
                    Some(next) => page = PageRequest::parse(Some(200), Some(&next))?,
                    None => break,
                }
            }
        }
        SignupTokenCommand::Revoke { id, realm } => {
            let realm = pick_realm(&state, realm.as_deref()).await?;
            let token =
                keybound_app::signup::revoke_token(&state, &keybound_app::Actor::system(), &realm.id, &id)
                    .await
                    .map_err(fail)?;
            println!(
                "Revoked sign-up token {} ({} of {} uses taken).",
                token.id, token.usage_count, token.usage_limit
            );
        }
    }
    store.close().await;
    Ok(())
}

/// Opens the configured database (which must exist: only `serve` and `migrate` create one),
/// and sets up the use cases on it, as the server would.
async fn open(config: &Config) -> anyhow::Result<(Database, App)> {
    existing_database(config).await?;
    open_or_create(config).await
}

/// Opens the configured database, creating and migrating it as needed, makes sure the tenant
/// exists, and sets up the use cases on it.
async fn open_or_create(config: &Config) -> anyhow::Result<(Database, App)> {
    let url = config.database_url()?;
    let database = Database::open(&url).await?;
    let tenant = database
        .bootstrap(SystemClock.now())
        .await
        .context("initialising the tenant")?;
    let app = App::new(&database, setup(config, &tenant)?);
    Ok((database, app))
}

/// An error naming where it looked, unless a Keybound database exists at the configured place.
/// (Run from the wrong folder, a command would otherwise make a new, empty installation.)
async fn existing_database(config: &Config) -> anyhow::Result<()> {
    let missing = || {
        anyhow::anyhow!(
            "no Keybound database at {}: run this where the server runs (or set KEYBOUND_DATA_DIR or DATABASE_URL to its database), or create one with `keybound migrate`",
            config.database_place()
        )
    };
    if let Some(file) = config.sqlite_file() {
        if !file.is_file() {
            return Err(missing());
        }
    }
    let url = config.database_url()?;
    match Database::inspect(&url).await?.schema {
        keybound_app::database::Schema::Missing => Err(missing()),
        _ => Ok(()),
    }
}

async fn migrate(config: Config) -> anyhow::Result<()> {
    let (database, _) = open_or_create(&config).await?;
    database.close().await;
    println!("The database at {} is ready.", config.database_place());
    Ok(())
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let (store, state) = open_or_create(&config).await?;
    let realms = keybound_app::realms::list(&state, PageRequest::default()).await?;
    match config.smtp() {
        Some(smtp) => tracing::info!("email via SMTP {}:{} ({:?})", smtp.host, smtp.port, smtp.security),
        None => tracing::info!(
            "email written to {} (no SMTP host configured)",
            config.data_dir.join("outbox").display()
        ),
    }
    let worker = keybound_app::workers::spawn_email_worker(state.clone(), std::time::Duration::from_secs(1));
    let sweeper = state.spawn_sweeper(std::time::Duration::from_secs(10));
    let logouts = keybound_app::oidc::logout::spawn_worker(&state, std::time::Duration::from_secs(2));
    let batches = keybound_app::batches::spawn_worker(&state, std::time::Duration::from_secs(2));
    let ldap_schedule = keybound_app::ldap::spawn_scheduler(&state, std::time::Duration::from_secs(30));
    let listener = tokio::net::TcpListener::bind(&config.listen)
        .await
        .with_context(|| format!("listening on {}", config.listen))?;
    let metrics = match &config.metrics_listen {
        Some(address) => {
            let listener = tokio::net::TcpListener::bind(address)
                .await
                .with_context(|| format!("listening for metrics on {address}"))?;
            tracing::info!("metrics at http://{}/metrics", listener.local_addr()?);
            Some(tokio::spawn(keybound_server::telemetry::serve_open(
                listener,
                state.clone(),
            )))
        }
        None => None,
    };
    tracing::info!(
        "Keybound {} listening on {} (public URL {}), {:?} database",
        env!("CARGO_PKG_VERSION"),
        listener.local_addr()?,
        config.public_url,
        store.backend()
    );
    tracing::info!(
        "tenant {}; realms: {}",
        state.tenant_id,
        describe_realms(&realms.items)
    );
    if !keybound_app::identities::admin_has_passkey(&state).await? {
        // The first administrator's way in; printed while no administrator has a passkey.
        match keybound_app::admin::admin_link(&state, "admin", true).await {
            Ok(link) => println!(
                "No administrator has a passkey yet. Open this one-time link (valid 1 hour) to create one and enter the console:\n{link}"
            ),
            Err(e) => tracing::warn!("could not make an administrator link: {}", e.message()),
        }
    }
    keybound_server::serve(listener, state, config.limits()?, shutdown_signal())
        .await
        .context("serving HTTP")?;
    worker.abort();
    sweeper.abort();
    if let Some(metrics) = metrics {
        metrics.abort();
    }
    logouts.abort();
    batches.abort();
    ldap_schedule.abort();
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

fn describe_realms(realms: &[keybound_core::realm::Realm]) -> String {
    realms
        .iter()
        .map(|r| format!("{} ({})", r.display_name, r.id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!("cannot listen for Ctrl-C: {e}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!("cannot listen for SIGTERM: {e}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

async fn token_create(config: Config, args: TokenCreate) -> anyhow::Result<()> {
    let (store, state) = open(&config).await?;
    let now = SystemClock.now();
    let expire_time = match &args.expires_in {
        Some(lifetime) => Some(now + parse_lifetime(lifetime).map_err(anyhow::Error::msg)?),
        None => None,
    };
    let actor = keybound_app::Actor::system();
    let (token, secret) =
        keybound_app::api_tokens::create(&state, &actor, &args.name, args.scopes, expire_time)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    store.close().await;
    let expiry = token
        .expire_time
        .map_or("never".to_owned(), keybound_core::time_fmt::rfc3339);
    println!(
        "Created API token \"{}\" (id {}), scopes: {}, expires: {expiry}.",
        token.name,
        token.id,
        token.scopes.join(" ")
    );
    println!(
        "Tenant: {}. Keep the secret below; it is not shown again.",
        state.tenant_id
    );
    println!("{secret}");
    Ok(())
}

async fn login_code_create(
    config: Config,
    username: &str,
    realm: Option<&str>,
    expires: &str,
) -> anyhow::Result<()> {
    let lifetime = keybound_core::login_code::parse_lifetime(expires)
        .ok_or_else(|| anyhow::anyhow!("--expires must be one of 15m, 1h, 12h, 1d, 1w"))?;
    let (store, state) = open(&config).await?;
    let realm = pick_realm(&state, realm).await?;
    let identity = keybound_app::identities::by_username(&state, &realm.id, username)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no user `{username}` in realm {}", realm.display_name))?;
    let actor = keybound_app::Actor::system();
    let created = keybound_app::login_codes::create(&state, &actor, &realm, &identity.id, lifetime)
        .await
        .map_err(|e| anyhow::anyhow!("could not create the login code: {e}"))?;
    store.close().await;
    println!(
        "One-time sign-in link for {} ({}), valid until {}:",
        identity.display_name,
        identity.traits.username,
        keybound_core::email_template::human_time(created.code.expire_time)
    );
    println!("{}", created.link);
    Ok(())
}

async fn email_test(config: Config, to: &str) -> anyhow::Result<()> {
    let sender = config.email_sender()?;
    let via = match config.smtp() {
        Some(s) => format!("SMTP server {}:{}", s.host, s.port),
        None => format!("the outbox folder {}", config.data_dir.join("outbox").display()),
    };
    let message = keybound_app::email::test_message(&config.public_url, to);
    match sender.send(message).await {
        Ok(answer) => {
            println!("Sent to {to} through {via}: {answer}");
            Ok(())
        }
        Err(why) => anyhow::bail!("could not send to {to} through {via}: {why}"),
    }
}

async fn realm_list(config: Config, json: bool) -> anyhow::Result<()> {
    let (store, state) = open(&config).await?;
    let mut realms = Vec::new();
    let mut page = PageRequest {
        size: keybound_core::page::MAX_PAGE_SIZE,
        after: None,
    };
    loop {
        let batch = keybound_app::realms::list(&state, page).await?;
        realms.extend(batch.items);
        match batch.next_page_token {
            Some(token) => page = PageRequest::parse(Some(page.size), Some(&token))?,
            None => break,
        }
    }
    store.close().await;
    if json {
        let rows: Vec<_> = realms
            .iter()
            .map(
                |r| serde_json::json!({"id": r.id, "tenant_id": r.tenant_id, "display_name": r.display_name}),
            )
            .collect();
        println!("{}", serde_json::to_string_pretty(&rows)?);
    } else {
        println!("{:<18} {:<18} DISPLAY NAME", "ID", "TENANT");
        for r in &realms {
            println!("{:<18} {:<18} {}", r.id, r.tenant_id, r.display_name);
        }
    }
    Ok(())
}
