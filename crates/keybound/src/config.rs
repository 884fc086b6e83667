//! Configuration: defaults, then an optional TOML file, then the environment
//! (`KEYBOUND_*`, `DATABASE_URL`), and finally `*_FILE` variables, which name a file holding the
//! value (for secrets kept out of the environment).

use anyhow::{bail, Context};
use figment::providers::{Format, Serialized, Toml};
use figment::Figment;
use keybound_app::email::{EmailSender, OutboxDir, Smtp, SmtpSecurity, SmtpSettings};
use keybound_core::email::RetryPolicy;
use keybound_server::web::proxies::TrustedProxies;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where the SQLite database and the email outbox live.
    pub data_dir: PathBuf,
    /// Address the HTTP server binds.
    pub listen: String,
    /// Where people and programs reach this server; passkeys are bound to its host name.
    pub public_url: String,
    /// `sqlite://...` or `postgres://...`; default: SQLite in the data directory.
    pub database_url: Option<String>,
    /// SMTP server; without it, email is written to `<data_dir>/outbox/*.eml`.
    pub smtp_host: Option<String>,
    /// Default: 587 for starttls, 465 for tls, 25 for none.
    pub smtp_port: Option<u16>,
    /// `starttls` (default), `tls` or `none`.
    pub smtp_security: String,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    /// Sender, e.g. `Acme Login <login@acme.example>`; default `Keybound <noreply@HOST>`.
    pub smtp_from: Option<String>,
    /// Attempts per email before it is given up (and its binding job is FAILED_TO_SEND).
    pub email_max_attempts: i64,
    /// Wait after the first failed attempt; it doubles after each further one.
    pub email_retry_base_seconds: i64,
    /// A client must send a request's headers within this many seconds; also the longest a
    /// kept-alive connection may stay idle.
    pub header_timeout_seconds: u64,
    /// A request must be read and answered within this many seconds.
    pub request_timeout_seconds: u64,
    /// Connections open at once; more are closed as they arrive.
    pub max_connections: usize,
    /// Passkey ceremonies (sign-in, binding) one client address may begin per minute; 0: no limit.
    pub ceremony_begins_per_minute: i64,
    /// Reverse proxies (CIDRs, comma-separated) whose `Forwarded` / `X-Forwarded-For` headers
    /// say who the client is; from any other peer those headers are ignored.
    pub trusted_proxies: String,
    /// Origins of other sites (`https://shop.example.net`, comma-separated) whose pages may use
    /// this server's passkeys through the SDK, besides the embedded configs' trusted origins;
    /// listed at `/.well-known/webauthn` (WebAuthn Related Origin Requests).
    pub related_origins: String,
    /// Networks (CIDRs, comma-separated) Keybound may send back-channel logouts to although they
    /// are not public (loopback, private, link-local): for single-machine setups.
    pub oidc_backchannel_allow: String,
    /// Seconds a rotated refresh token still works for its client, so that several workers
    /// refreshing at once do not revoke the family.
    pub oidc_refresh_grace_seconds: u32,
    /// Must DPoP proofs carry a nonce Keybound gave out (`DPoP-Nonce`)? Clients that support
    /// DPoP retry with the nonce on their own; proofs made ahead of time stop working.
    pub oidc_dpop_nonce: bool,
    /// A listen address of its own for `GET /metrics`, without a token; without it, the main
    /// address serves `/metrics` to API tokens with `metrics:read`.
    pub metrics_listen: Option<String>,
    /// The realm (id or name) the `[ldap]` settings are for; default: the first realm.
    pub ldap_realm: Option<String>,
    /// LDAP sync (`[ldap]` in the file, `KEYBOUND_LDAP_*` in the environment).
    pub ldap: keybound_core::ldap::LdapSettings,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("./data"),
            listen: "127.0.0.1:8080".into(),
            public_url: "http://localhost:8080".into(),
            database_url: None,
            smtp_host: None,
            smtp_port: None,
            smtp_security: "starttls".into(),
            smtp_username: None,
            smtp_password: None,
            smtp_from: None,
            email_max_attempts: 5,
            email_retry_base_seconds: 30,
            header_timeout_seconds: 10,
            request_timeout_seconds: 30,
            max_connections: 1024,
            ceremony_begins_per_minute: 600,
            trusted_proxies: String::new(),
            related_origins: String::new(),
            oidc_backchannel_allow: String::new(),
            oidc_refresh_grace_seconds: 10,
            oidc_dpop_nonce: false,
            metrics_listen: None,
            ldap_realm: None,
            ldap: keybound_core::ldap::LdapSettings::default(),
        }
    }
}

/// Keys read from the environment and what variable sets each.
const ENV_KEYS: &[(&str, &str)] = &[
    ("data_dir", "KEYBOUND_DATA_DIR"),
    ("listen", "KEYBOUND_LISTEN"),
    ("public_url", "KEYBOUND_PUBLIC_URL"),
    ("database_url", "DATABASE_URL"),
    ("smtp_host", "KEYBOUND_SMTP_HOST"),
    ("smtp_port", "KEYBOUND_SMTP_PORT"),
    ("smtp_security", "KEYBOUND_SMTP_SECURITY"),
    ("smtp_username", "KEYBOUND_SMTP_USERNAME"),
    ("smtp_password", "KEYBOUND_SMTP_PASSWORD"),
    ("smtp_from", "KEYBOUND_SMTP_FROM"),
    ("email_max_attempts", "KEYBOUND_EMAIL_MAX_ATTEMPTS"),
    ("email_retry_base_seconds", "KEYBOUND_EMAIL_RETRY_BASE_SECONDS"),
    ("header_timeout_seconds", "KEYBOUND_HEADER_TIMEOUT_SECONDS"),
    ("request_timeout_seconds", "KEYBOUND_REQUEST_TIMEOUT_SECONDS"),
    ("max_connections", "KEYBOUND_MAX_CONNECTIONS"),
    (
        "ceremony_begins_per_minute",
        "KEYBOUND_CEREMONY_BEGINS_PER_MINUTE",
    ),
    ("trusted_proxies", "KEYBOUND_TRUSTED_PROXIES"),
    ("related_origins", "KEYBOUND_RELATED_ORIGINS"),
    ("oidc_backchannel_allow", "KEYBOUND_OIDC_BACKCHANNEL_ALLOW"),
    (
        "oidc_refresh_grace_seconds",
        "KEYBOUND_OIDC_REFRESH_GRACE_SECONDS",
    ),
    ("oidc_dpop_nonce", "KEYBOUND_OIDC_DPOP_NONCE"),
    ("metrics_listen", "KEYBOUND_METRICS_LISTEN"),
    ("ldap_realm", "KEYBOUND_LDAP_REALM"),
];

/// The `[ldap]` settings read from the environment: `url` from `KEYBOUND_LDAP_URL`, and so on.
fn ldap_env_keys() -> impl Iterator<Item = (&'static str, String)> {
    keybound_core::ldap::LdapSettings::FIELDS
        .iter()
        .map(|f| (*f, format!("KEYBOUND_LDAP_{}", f.to_uppercase())))
}

/// An `[ldap]` value from the environment as figment should see it: flags and the page size
/// typed, the rest text.
fn ldap_env_value(field: &str, value: String) -> figment::value::Value {
    match field {
        "starttls" | "skip_cert_verify" | "nested_groups" => flag_value(value),
        "page_size" => value.trim().parse::<i64>().map_or(value.into(), Into::into),
        _ => value.into(),
    }
}
/// Keys whose values are numbers.
const NUMERIC_KEYS: &[&str] = &[
    "smtp_port",
    "email_max_attempts",
    "email_retry_base_seconds",
    "header_timeout_seconds",
    "request_timeout_seconds",
    "max_connections",
    "ceremony_begins_per_minute",
    "oidc_refresh_grace_seconds",
];

/// Keys whose values are true or false.
const FLAG_KEYS: &[&str] = &["oidc_dpop_nonce"];

/// An environment value as figment should see it: a number for numeric keys (when it is
/// one; otherwise left as text, for extraction to report), text for the rest.
fn env_value(key: &str, value: String) -> figment::value::Value {
    if FLAG_KEYS.contains(&key) {
        return flag_value(value);
    }
    match value.trim().parse::<i64>() {
        Ok(n) if NUMERIC_KEYS.contains(&key) => n.into(),
        _ => value.into(),
    }
}

/// `true`/`1`/`yes` or `false`/`0`/`no` as a flag; anything else as text, for extraction to report.
fn flag_value(value: String) -> figment::value::Value {
    match value.trim().to_lowercase().as_str() {
        "true" | "1" | "yes" => true.into(),
        "false" | "0" | "no" => false.into(),
        _ => value.into(),
    }
}

impl Config {
    pub fn load(file: Option<&Path>) -> anyhow::Result<Self> {
        Self::load_from(file, |name| std::env::var(name).ok())
    }

    /// `load`, with the environment given as a lookup function (for tests).
    pub fn load_from(file: Option<&Path>, env: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(file) = file {
            if !file.is_file() {
                bail!("configuration file {} does not exist", file.display());
            }
            figment = figment.merge(Toml::file(file));
        }
        // Read each variable as plain text: `Env` would guess types (a password of digits would
        // become a number), and only the names above mean anything here.
        for (key, var) in ENV_KEYS {
            if let Some(value) = env(var).filter(|v| !v.is_empty()) {
                figment = figment.merge((*key, env_value(key, value)));
            }
            if let Some(path) = env(&format!("{var}_FILE")).filter(|v| !v.is_empty()) {
                let value =
                    std::fs::read_to_string(&path).with_context(|| format!("reading {var}_FILE={path}"))?;
                figment = figment.merge((
                    *key,
                    env_value(key, value.trim_end_matches(['\n', '\r']).to_owned()),
                ));
            }
        }
        for (field, var) in ldap_env_keys() {
            let mut value = env(&var).filter(|v| !v.is_empty());
            if let Some(path) = env(&format!("{var}_FILE")).filter(|v| !v.is_empty()) {
                let text =
                    std::fs::read_to_string(&path).with_context(|| format!("reading {var}_FILE={path}"))?;
                value = Some(text.trim_end_matches(['\n', '\r']).to_owned());
            }
            if let Some(value) = value {
                figment = figment.merge((format!("ldap.{field}"), ldap_env_value(field, value)));
            }
        }
        let config: Config = figment.extract().context("invalid configuration")?;
        config.check()?;
        Ok(config)
    }

    /// This configuration with the listen address and public URL given on the command line.
    pub fn overridden(mut self, listen: Option<String>, public_url: Option<String>) -> anyhow::Result<Self> {
        if let Some(listen) = listen {
            self.listen = listen;
        }
        if let Some(public_url) = public_url {
            self.public_url = public_url;
        }
        self.check()?;
        Ok(self)
    }

    fn check(&self) -> anyhow::Result<()> {
        if !(self.public_url.starts_with("http://") || self.public_url.starts_with("https://")) {
            bail!(
                "public_url must start with http:// or https://, got `{}`",
                self.public_url
            );
        }
        if self.public_url.ends_with('/') {
            bail!("public_url must not end with a slash, got `{}`", self.public_url);
        }
        if SmtpSecurity::parse(&self.smtp_security).is_none() {
            bail!(
                "smtp_security must be starttls, tls or none, got `{}`",
                self.smtp_security
            );
        }
        if !(1..=50).contains(&self.email_max_attempts) {
            bail!(
                "email_max_attempts must be between 1 and 50, got {}",
                self.email_max_attempts
            );
        }
        if !(1..=86_400).contains(&self.email_retry_base_seconds) {
            bail!(
                "email_retry_base_seconds must be between 1 and 86400, got {}",
                self.email_retry_base_seconds
            );
        }
        self.ldap
            .resolve()
            .map_err(|e| anyhow::anyhow!("invalid LDAP settings: {e}"))?;
        self.trusted_proxies()?;
        self.related_origins()?;
        self.oidc_backchannel_allow()?;
        Ok(())
    }

    /// The related origins, each checked to be an origin.
    pub fn related_origins(&self) -> anyhow::Result<Vec<String>> {
        self.related_origins
            .split(',')
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(|o| match keybound_core::binding::origin_of(o) {
                Some(origin) if origin == o.to_ascii_lowercase() => Ok(origin),
                _ => bail!("related_origins: `{o}` is not an origin like https://shop.example.net"),
            })
            .collect()
    }

    pub fn oidc_backchannel_allow(&self) -> anyhow::Result<keybound_core::net::Networks> {
        keybound_core::net::Networks::parse(&self.oidc_backchannel_allow)
            .map_err(|e| anyhow::anyhow!("oidc_backchannel_allow: {e}"))
    }

    pub fn trusted_proxies(&self) -> anyhow::Result<TrustedProxies> {
        TrustedProxies::parse(&self.trusted_proxies).map_err(|e| anyhow::anyhow!("trusted_proxies: {e}"))
    }

    /// SMTP settings, if an SMTP host is configured.
    pub fn smtp(&self) -> Option<SmtpSettings> {
        let host = self.smtp_host.clone()?;
        let security = SmtpSecurity::parse(&self.smtp_security).unwrap_or(SmtpSecurity::StartTls);
        let port = self.smtp_port.unwrap_or(match security {
            SmtpSecurity::StartTls => 587,
            SmtpSecurity::Tls => 465,
            SmtpSecurity::None => 25,
        });
        Some(SmtpSettings {
            host,
            port,
            security,
            username: self.smtp_username.clone(),
            password: self.smtp_password.clone(),
            from: self.smtp_from.clone().unwrap_or_else(|| self.email_from()),
        })
    }

    /// The email sender: SMTP when configured, else `.eml` files in `<data_dir>/outbox`.
    pub fn email_sender(&self) -> anyhow::Result<std::sync::Arc<dyn EmailSender>> {
        Ok(match self.smtp() {
            Some(settings) => std::sync::Arc::new(Smtp::new(&settings).map_err(anyhow::Error::msg)?),
            None => std::sync::Arc::new(OutboxDir {
                dir: self.data_dir.join("outbox"),
                from: self.smtp_from.clone().unwrap_or_else(|| self.email_from()),
            }),
        })
    }

    /// How long clients get, how many may be connected at once, and which peers are proxies.
    pub fn limits(&self) -> anyhow::Result<keybound_server::Limits> {
        Ok(keybound_server::Limits {
            header_read_timeout: std::time::Duration::from_secs(self.header_timeout_seconds.max(1)),
            request_timeout: std::time::Duration::from_secs(self.request_timeout_seconds.max(1)),
            max_connections: self.max_connections.max(1),
            trusted_proxies: std::sync::Arc::new(self.trusted_proxies()?),
        })
    }

    pub fn email_retry(&self) -> RetryPolicy {
        RetryPolicy {
            max_attempts: self.email_max_attempts,
            base: time::Duration::seconds(self.email_retry_base_seconds),
        }
    }

    /// The sender of Keybound's email: `Keybound <noreply@HOST>` for the public URL's host.
    pub fn email_from(&self) -> String {
        let host = self.public_url.split("://").nth(1).unwrap_or("localhost");
        let host = host
            .split(['/', ':'])
            .next()
            .filter(|h| !h.is_empty())
            .unwrap_or("localhost");
        format!("Keybound <noreply@{host}>")
    }

    /// The database URL, with the SQLite default filled in.
    pub fn database_url(&self) -> anyhow::Result<String> {
        if let Some(url) = &self.database_url {
            return Ok(url.clone());
        }
        std::fs::create_dir_all(&self.data_dir)
            .with_context(|| format!("creating the data directory {}", self.data_dir.display()))?;
        let dir = self
            .data_dir
            .canonicalize()
            .context("resolving the data directory")?;
        Ok(format!("sqlite://{}?mode=rwc", dir.join("keybound.db").display()))
    }

    /// Where the database is, said for a person: the SQLite file, or the PostgreSQL URL without
    /// its password.
    pub fn database_place(&self) -> String {
        match &self.database_url {
            Some(url) => match url::Url::parse(url) {
                Ok(mut parsed) => {
                    if parsed.password().is_some() {
                        let _ = parsed.set_password(Some("***"));
                    }
                    parsed.to_string()
                }
                Err(_) => "the configured DATABASE_URL".to_owned(),
            },
            None => self.data_dir.join("keybound.db").display().to_string(),
        }
    }

    /// The SQLite file of the default database, if that is the one configured.
    pub fn sqlite_file(&self) -> Option<std::path::PathBuf> {
        self.database_url
            .is_none()
            .then(|| self.data_dir.join("keybound.db"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn defaults_then_file_then_environment_then_files_named_by_environment() {
        let dir = tempfile::tempdir().unwrap();
        let toml = dir.path().join("keybound.toml");
        std::fs::write(
            &toml,
            "listen = \"0.0.0.0:9000\"\npublic_url = \"https://id.example.com\"\n",
        )
        .unwrap();
        let secret = dir.path().join("db-url");
        std::fs::write(&secret, "postgres://kb:s3cret@db/kb\n").unwrap();

        let defaults = Config::load_from(None, env(&[])).unwrap();
        assert_eq!(defaults, Config::default());

        let layered = Config::load_from(
            Some(&toml),
            env(&[
                ("KEYBOUND_LISTEN", "127.0.0.1:7000"),
                ("DATABASE_URL_FILE", secret.to_str().unwrap()),
            ]),
        )
        .unwrap();
        assert_eq!(layered.listen, "127.0.0.1:7000");
        let provider = Config::load_from(
            None,
            env(&[
                ("KEYBOUND_OIDC_REFRESH_GRACE_SECONDS", "3"),
                ("KEYBOUND_OIDC_DPOP_NONCE", "yes"),
            ]),
        )
        .unwrap();
        assert_eq!(
            (provider.oidc_refresh_grace_seconds, provider.oidc_dpop_nonce),
            (3, true)
        );
        assert_eq!(layered.public_url, "https://id.example.com");
        assert_eq!(
            layered.database_url.as_deref(),
            Some("postgres://kb:s3cret@db/kb")
        );
    }

    #[test]
    fn ldap_settings_come_from_the_file_then_the_environment() {
        let dir = tempfile::tempdir().unwrap();
        let toml = dir.path().join("keybound.toml");
        std::fs::write(
            &toml,
            "[ldap]\nurl = \"ldap://file:389\"\nbase_dn = \"dc=example,dc=org\"\npage_size = 100\n",
        )
        .unwrap();
        let password = dir.path().join("pw");
        std::fs::write(&password, "s3cret\n").unwrap();
        let config = Config::load_from(
            Some(&toml),
            env(&[
                ("KEYBOUND_LDAP_URL", "ldap://env:389"),
                ("KEYBOUND_LDAP_STARTTLS", "true"),
                ("KEYBOUND_LDAP_BIND_PASSWORD_FILE", password.to_str().unwrap()),
                ("KEYBOUND_LDAP_REALM", "Staff"),
            ]),
        )
        .unwrap();
        assert_eq!(config.ldap.url.as_deref(), Some("ldap://env:389"));
        assert_eq!(config.ldap.base_dn.as_deref(), Some("dc=example,dc=org"));
        assert_eq!(config.ldap.page_size, Some(100));
        assert_eq!(config.ldap.starttls, Some(true));
        assert_eq!(config.ldap.bind_password.as_deref(), Some("s3cret"));
        assert_eq!(config.ldap_realm.as_deref(), Some("Staff"));
        assert!(
            Config::load_from(None, env(&[("KEYBOUND_LDAP_URL", "ldap://x")])).is_err(),
            "no base DN"
        );
        assert!(Config::load_from(None, env(&[("KEYBOUND_LDAP_PAGE_SIZE", "many")])).is_err());
    }

    #[test]
    fn the_command_line_overrides_listen_and_public_url_and_is_checked_too() {
        let config = Config::load_from(None, env(&[("KEYBOUND_LISTEN", "127.0.0.1:1")])).unwrap();
        let served = config
            .clone()
            .overridden(
                Some("0.0.0.0:9000".into()),
                Some("https://login.example.com".into()),
            )
            .unwrap();
        assert_eq!(
            (served.listen.as_str(), served.public_url.as_str()),
            ("0.0.0.0:9000", "https://login.example.com")
        );
        assert_eq!(config.clone().overridden(None, None).unwrap(), config);
        assert!(config.overridden(None, Some("login.example.com".into())).is_err());
    }

    /// The shipped example says the defaults truly, and each example it gives of an optional
    /// setting is one Keybound takes.
    #[test]
    fn the_example_file_shows_the_defaults_and_every_example_in_it_loads() {
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../keybound.example.toml");
        assert_eq!(
            Config::load_from(Some(&example), env(&[])).unwrap(),
            Config::default()
        );
        let text = std::fs::read_to_string(&example).unwrap();
        let every = text
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest) if rest.split_once(" = ").is_some_and(|(key, _)| !key.contains(' ')) => rest,
                _ => line,
            })
            .collect::<Vec<_>>()
            .join("\n");
        let dir = tempfile::tempdir().unwrap();
        let all = dir.path().join("all.toml");
        std::fs::write(&all, &every).unwrap();
        let loaded = Config::load_from(Some(&all), env(&[])).unwrap();
        assert_eq!(loaded.smtp_host.as_deref(), Some("smtp.example.com"));
        assert_eq!(loaded.metrics_listen.as_deref(), Some("127.0.0.1:9100"));
        assert_eq!(loaded.ldap.sync_interval.as_deref(), Some("1h"));
        // Every key in the file is one of the settings: none was left out of the example.
        for (key, _) in ENV_KEYS {
            assert!(
                text.contains(&format!("{key} = ")),
                "the example leaves out `{key}`"
            );
        }
        for field in keybound_core::ldap::LdapSettings::FIELDS {
            assert!(
                text.contains(&format!("# {field} = ")),
                "the example leaves out ldap `{field}`"
            );
        }
    }

    #[test]
    fn refuses_what_cannot_work() {
        assert!(Config::load_from(Some(Path::new("/nonexistent/keybound.toml")), env(&[])).is_err());
        assert!(Config::load_from(None, env(&[("KEYBOUND_PUBLIC_URL", "localhost:8080")])).is_err());
        assert!(Config::load_from(None, env(&[("KEYBOUND_SMTP_SECURITY", "ssl")])).is_err());
        assert!(Config::load_from(None, env(&[("KEYBOUND_SMTP_PORT", "many")])).is_err());
        assert!(Config::load_from(None, env(&[("KEYBOUND_EMAIL_MAX_ATTEMPTS", "0")])).is_err());
        let bad_proxies = Config::load_from(
            None,
            env(&[("KEYBOUND_TRUSTED_PROXIES", "10.0.0.0/8, 10.0.0.0/99")]),
        );
        assert!(format!("{:#}", bad_proxies.unwrap_err()).contains("10.0.0.0/99"));
        let dir = tempfile::tempdir().unwrap();
        let toml = dir.path().join("k.toml");
        std::fs::write(&toml, "lisen = \"typo\"\n").unwrap();
        assert!(Config::load_from(Some(&toml), env(&[])).is_err());
    }

    /// A value as an operator might type it: words the settings know, numbers, anything.
    fn typed_value() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            prop::sample::select(vec![
                "",
                "0",
                "1",
                "-1",
                "65536",
                "99999999999999999999",
                "starttls",
                "tls",
                "none",
                "http://localhost:8080",
                "https://id.example.com/",
                "postgres://x@/db",
                "sqlite://:memory:",
                "Acme <login@acme.example>",
                "<>",
                "true",
                " 25 ",
            ])
            .prop_map(str::to_owned),
            any::<String>(),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// Whatever the file and the environment hold, loading gives a configuration in which
        /// each variable set wins over the file, or an error; never a panic.
        #[test]
        fn any_file_and_environment_load_or_are_refused(
            file_entries in proptest::collection::vec((0..ENV_KEYS.len(), typed_value(), proptest::bool::ANY), 0..6),
            junk in proptest::option::of(proptest::prelude::any::<String>()),
            env_entries in proptest::collection::vec((0..ENV_KEYS.len(), typed_value()), 0..6),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let toml = dir.path().join("keybound.toml");
            let mut text: String = file_entries
                .iter()
                .map(|(i, value, quoted)| {
                    let key = ENV_KEYS[*i].0;
                    if *quoted { format!("{key} = {value:?}\n") } else { format!("{key} = {value}\n") }
                })
                .collect();
            text.push_str(junk.as_deref().unwrap_or_default());
            std::fs::write(&toml, &text).unwrap();
            let vars: HashMap<String, String> = env_entries
                .iter()
                .map(|(i, value)| (ENV_KEYS[*i].1.to_owned(), value.clone()))
                .collect();
            if let Ok(config) = Config::load_from(Some(&toml), |k| vars.get(k).cloned()) {
                // The environment wins over the file, value for value.
                for (var, value) in vars.iter().filter(|(_, v)| !v.is_empty()) {
                    let field = match var.as_str() {
                        "KEYBOUND_LISTEN" => Some(&config.listen),
                        "KEYBOUND_PUBLIC_URL" => Some(&config.public_url),
                        "KEYBOUND_SMTP_SECURITY" => Some(&config.smtp_security),
                        "KEYBOUND_SMTP_HOST" => config.smtp_host.as_ref(),
                        "KEYBOUND_SMTP_FROM" => config.smtp_from.as_ref(),
                        "DATABASE_URL" => config.database_url.as_ref(),
                        _ => continue,
                    };
                    proptest::prop_assert_eq!(field, Some(value), "{}", var);
                }
                proptest::prop_assert_eq!(config.smtp().is_some(), config.smtp_host.is_some());
                proptest::prop_assert!(config.email_from().starts_with("Keybound <noreply@"));
            }
        }
    }
}
