//! Configuration: defaults, then an optional TOML file, then the environment
//! (`KEYBOUND_*`, `DATABASE_URL`), and finally `*_FILE` variables, which name a file holding the
//! value (for secrets kept out of the environment).

use anyhow::{bail, Context};
use figment::providers::{Format, Serialized, Toml};
use figment::Figment;
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
}

impl Default for Config {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("./data"),
            listen: "127.0.0.1:8080".into(),
            public_url: "http://localhost:8080".into(),
            database_url: None,
        }
    }
}

/// Keys read from the environment and what variable sets each.
const ENV_KEYS: &[(&str, &str)] = &[
    ("data_dir", "KEYBOUND_DATA_DIR"),
    ("listen", "KEYBOUND_LISTEN"),
    ("public_url", "KEYBOUND_PUBLIC_URL"),
    ("database_url", "DATABASE_URL"),
];

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
                figment = figment.merge((*key, value));
            }
            if let Some(path) = env(&format!("{var}_FILE")).filter(|v| !v.is_empty()) {
                let value =
                    std::fs::read_to_string(&path).with_context(|| format!("reading {var}_FILE={path}"))?;
                figment = figment.merge((*key, value.trim_end_matches(['\n', '\r']).to_owned()));
            }
        }
        let config: Config = figment.extract().context("invalid configuration")?;
        config.check()?;
        Ok(config)
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
        Ok(())
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
        assert_eq!(layered.public_url, "https://id.example.com");
        assert_eq!(
            layered.database_url.as_deref(),
            Some("postgres://kb:s3cret@db/kb")
        );
    }

    #[test]
    fn refuses_what_cannot_work() {
        assert!(Config::load_from(Some(Path::new("/nonexistent/keybound.toml")), env(&[])).is_err());
        assert!(Config::load_from(None, env(&[("KEYBOUND_PUBLIC_URL", "localhost:8080")])).is_err());
        let dir = tempfile::tempdir().unwrap();
        let toml = dir.path().join("k.toml");
        std::fs::write(&toml, "lisen = \"typo\"\n").unwrap();
        assert!(Config::load_from(Some(&toml), env(&[])).is_err());
    }
}
