//! `keybound check`: whether this configuration can run, checked against the real things it
//! names (the database, the SMTP server, the LDAP directory) without changing any of them.

use crate::config::Config;
use keybound_app::database::{Database, Schema};
use serde::Serialize;

/// Clocks further apart than this make codes and tokens expire early or late on some replica.
const MAX_SKEW_MS: i64 = 5_000;

#[derive(Serialize)]
pub struct Finding {
    pub name: &'static str,
    pub ok: bool,
    pub detail: String,
}

fn finding(name: &'static str, outcome: Result<String, String>) -> Finding {
    match outcome {
        Ok(detail) => Finding {
            name,
            ok: true,
            detail,
        },
        Err(detail) => Finding {
            name,
            ok: false,
            detail,
        },
    }
}

/// Runs every check; a configuration that does not load is the one finding.
pub async fn run(config: anyhow::Result<Config>) -> Vec<Finding> {
    let config = match config {
        Ok(config) => config,
        Err(e) => return vec![finding("configuration", Err(format!("{e:#}")))],
    };
    let mut findings = vec![finding("configuration", Ok("loaded and valid".into()))];
    let database = database(&config).await;
    let skew = database.as_ref().ok().and_then(|(_, skew)| *skew);
    let current = database
        .as_ref()
        .is_ok_and(|(detail, _)| detail.ends_with("up to date"));
    findings.push(finding("database", database.map(|(detail, _)| detail)));
    findings.push(finding("public_url", public_url(&config)));
    findings.push(finding("smtp", smtp(&config).await));
    findings.push(finding("ldap", ldap(&config).await));
    findings.push(finding("clock", clock(skew)));
    if current {
        findings.push(finding("fido_metadata", fido_metadata(&config).await));
    }
    findings
}

/// The FIDO metadata imported (`keybound mds import`): its number and dates. None imported is
/// fine; one past its next update date is not.
async fn fido_metadata(config: &Config) -> Result<String, String> {
    let url = config.database_url().map_err(|e| format!("{e:#}"))?;
    let database = Database::open(&url).await.map_err(|e| e.message().to_owned())?;
    let summary = database.mds_summary().await.map_err(|e| e.message().to_owned());
    database.close().await;
    let Some(s) = summary? else {
        return Ok("none imported: attestation is checked by the model it claims only (import a BLOB with `keybound mds import`)".into());
    };
    let today = time::OffsetDateTime::now_utc().date().to_string();
    let detail = format!(
        "BLOB number {}, imported {}, {} models; next update due {}",
        s.number, s.imported, s.entries, s.next_update
    );
    if s.next_update.as_str() < today.as_str() {
        return Err(format!("{detail}, which has passed: import the current BLOB"));
    }
    Ok(detail)
}

async fn database(config: &Config) -> Result<(String, Option<i64>), String> {
    let url = config.database_url().map_err(|e| format!("{e:#}"))?;
    let inspection = Database::inspect(&url)
        .await
        .map_err(|e| format!("cannot read it: {e}"))?;
    let detail = match inspection.schema {
        Schema::Missing => "no schema yet: the server creates it at start".to_owned(),
        Schema::Behind(0) => "reachable; schema up to date".to_owned(),
        Schema::Behind(n) => format!("reachable; {n} migrations to apply at the next start"),
        Schema::Newer => {
            return Err("migrated by a newer Keybound than this one: upgrade this binary".into());
        }
    };
    Ok((detail, inspection.clock_skew_ms))
}

/// A public URL on this machine (localhost) must reach the listen address itself; any other
/// host is taken to be a proxy in front, which cannot be checked from here.
fn public_url(config: &Config) -> Result<String, String> {
    let url = url::Url::parse(&config.public_url).map_err(|e| format!("`{}`: {e}", config.public_url))?;
    let host = url.host_str().unwrap_or_default();
    let port = url.port_or_known_default().unwrap_or(80);
    let listen_port = config
        .listen
        .rsplit_once(':')
        .and_then(|(_, port)| port.parse::<u16>().ok())
        .ok_or_else(|| format!("listen `{}` is not ADDRESS:PORT", config.listen))?;
    let local = matches!(host, "localhost" | "127.0.0.1" | "[::1]" | "::1");
    if local && port != listen_port {
        return Err(format!(
            "public_url {} is this machine's port {port}, but the server listens on {}: browsers would not reach it",
            config.public_url, config.listen
        ));
    }
    if url.scheme() == "http" && !local {
        return Err(format!(
            "public_url {} is plain http on another host: browsers allow passkeys only over https (or on localhost)",
            config.public_url
        ));
    }
    Ok(if local {
        format!("{} reaches {} directly", config.public_url, config.listen)
    } else {
        format!(
            "{} (a proxy in front forwards to {})",
            config.public_url, config.listen
        )
    })
}

async fn smtp(config: &Config) -> Result<String, String> {
    let Some(settings) = config.smtp() else {
        return Ok(format!(
            "not configured: email is written to {}",
            config.data_dir.join("outbox").display()
        ));
    };
    let smtp = keybound_app::email::Smtp::new(&settings)?;
    smtp.check()
        .await
        .map(|()| format!("{}:{} answers", settings.host, settings.port))
        .map_err(|e| format!("{}:{}: {e}", settings.host, settings.port))
}

async fn ldap(config: &Config) -> Result<String, String> {
    let Some(ldap) = config.ldap.resolve().map_err(|e| e.to_string())? else {
        return Ok("not configured".into());
    };
    keybound_app::ldap::check_bind(&ldap).await?;
    Ok(match &ldap.bind_dn {
        Some(dn) => format!("{} accepts the bind as {dn}", ldap.url),
        None => format!("{} answers (anonymous)", ldap.url),
    })
}

fn clock(skew_ms: Option<i64>) -> Result<String, String> {
    let utc = time::OffsetDateTime::now_utc();
    let now = keybound_core::time_fmt::rfc3339(utc);
    if !(2025..2100).contains(&utc.year()) {
        return Err(format!("this machine's clock says {now}: set it right (NTP)"));
    }
    match skew_ms {
        Some(skew) if skew.abs() > MAX_SKEW_MS => Err(format!(
            "the database server's clock is {:.1} s off this machine's: run NTP on both",
            skew as f64 / 1000.0
        )),
        Some(skew) => Ok(format!(
            "{now}; the database server's clock is within {} ms",
            skew.abs()
        )),
        None => Ok(now),
    }
}
