//! A real slapd for the browser tests: `test-slapd ENTRIES.ldif` starts one (see
//! `keybound_testkit::slapd`) with those entries, prints its URL on a line of its own, and
//! runs until its standard input closes, then stops it and removes its files.

use keybound_testkit::slapd::Slapd;
use std::io::{Read, Write};

fn main() -> std::process::ExitCode {
    let entries = match std::env::args().nth(1) {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("test-slapd: {path}: {e}");
                return std::process::ExitCode::FAILURE;
            }
        },
        None => String::new(),
    };
    let slapd = match Slapd::start_with(&entries) {
        Ok(slapd) => slapd,
        Err(e) => {
            eprintln!("test-slapd: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    println!("{}", slapd.url);
    let _ = std::io::stdout().flush();
    let mut rest = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut rest);
    drop(slapd);
    std::process::ExitCode::SUCCESS
}
