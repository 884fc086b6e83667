//! `keybound ldap sync|test`: the LDAP sync of a realm, from the command line, whether or not a
//! server is running (the lease in the database keeps two syncs of a realm apart).

use crate::config::Config;
use clap::Subcommand;
use keybound_app::ldap::{self, Trigger};

#[derive(Subcommand)]
pub enum LdapCommand {
    /// Sync people and groups from the directory now; prints what changed.
    Sync {
        /// Say what would change, and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Go on even if more than half of the directory's people would be suspended or deleted.
        #[arg(long)]
        force: bool,
        /// Print the report as one JSON object.
        #[arg(long)]
        json: bool,
        /// Realm id (default: the one the [ldap] settings are for).
        #[arg(long)]
        realm: Option<String>,
    },
    /// Bind, count people and groups, and show the first few people as they would be mapped.
    Test {
        /// Realm id (default: the one the [ldap] settings are for).
        #[arg(long)]
        realm: Option<String>,
    },
}

pub async fn ldap(config: Config, command: LdapCommand) -> anyhow::Result<()> {
    let (store, app) = crate::open(&config).await?;
    let realm_arg = match &command {
        LdapCommand::Sync { realm, .. } | LdapCommand::Test { realm } => realm.clone(),
    };
    let realm_arg = realm_arg.or_else(|| config.ldap_realm.clone());
    let realm = crate::pick_realm(&app, realm_arg.as_deref()).await?;
    let fail = |e: keybound_app::AppError| anyhow::anyhow!("{}", e.message());
    let result = match command {
        LdapCommand::Sync {
            dry_run, force, json, ..
        } => {
            let trigger = Trigger {
                name: "cli",
                actor: keybound_app::Actor::system(),
            };
            let report = ldap::sync(&app, &realm, &trigger, dry_run, force)
                .await
                .map_err(fail)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                for change in &report.changes {
                    println!("would {change}");
                }
                for skipped in &report.skipped {
                    println!("skipped {}: {}", skipped.entry, skipped.reason);
                }
                println!(
                    "{} ({} ms)",
                    ldap::summary(keybound_app::i18n::Lang::ENGLISH, &report),
                    report.duration_ms
                );
            }
            Ok(())
        }
        LdapCommand::Test { .. } => {
            let found = ldap::test_connection(&app, &realm).await.map_err(fail)?;
            println!("Connected: {} people, {} groups.", found.people, found.groups);
            for p in &found.sample {
                println!(
                    "  {} <{}> {} (id {})",
                    p.username.as_deref().unwrap_or("(no username)"),
                    p.email.as_deref().unwrap_or(""),
                    p.display_name.as_deref().unwrap_or(""),
                    p.unique_id.as_deref().unwrap_or("(no id)")
                );
            }
            Ok(())
        }
    };
    store.close().await;
    result
}
