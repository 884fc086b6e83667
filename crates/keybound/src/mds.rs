//! `keybound mds import|show`: the FIDO Metadata Service BLOB, which the operator downloads and
//! imports (Keybound downloads nothing itself). Its signature is checked against the FIDO
//! Alliance's root shipped with Keybound, and what it says is stored for every replica.

use crate::config::Config;
use clap::Subcommand;
use keybound_app::mds;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum MdsCommand {
    /// Import a BLOB (the file the FIDO Metadata Service publishes), replacing an older one.
    Import {
        /// The BLOB, as downloaded.
        file: PathBuf,
    },
    /// Show the BLOB imported.
    Show,
}

pub async fn mds_command(config: Config, command: MdsCommand) -> anyhow::Result<()> {
    let (store, app) = crate::open(&config).await?;
    let outcome = run(&app, command).await;
    store.close().await;
    outcome
}

async fn run(app: &keybound_app::App, command: MdsCommand) -> anyhow::Result<()> {
    let fail = |e: keybound_app::AppError| anyhow::anyhow!("{}", e.message());
    match command {
        MdsCommand::Import { file } => {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| anyhow::anyhow!("reading {}: {e}", file.display()))?;
            let anchor = mds::trust_anchor().map_err(fail)?;
            let s = mds::import(app, &text, &anchor).await.map_err(fail)?;
            println!(
                "Imported FIDO metadata BLOB number {}: {} authenticator models, next update due {}.",
                s.number, s.entries, s.next_update
            );
        }
        MdsCommand::Show => match mds::summary(app).await.map_err(fail)? {
            Some(s) => println!(
                "FIDO metadata BLOB number {}, imported {}: {} authenticator models, next update due {}.",
                s.number, s.imported, s.entries, s.next_update
            ),
            None => println!("No FIDO metadata imported."),
        },
    }
    Ok(())
}
