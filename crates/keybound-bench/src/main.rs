//! `keybound-bench`: drives a running Keybound over HTTP with in-process software passkeys
//! (which return user handles, as discoverable sign-in needs) and prints what it measured:
//! registration and sign-in ceremonies per second, their latency percentiles, the server's
//! peak memory, and this machine's raw ECDSA P-256 verifications per second on one core (the
//! ceiling a sign-in cannot beat).

use anyhow::{bail, Context};
use clap::Parser;
use keybound_testkit::SoftPasskey;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

#[derive(Parser)]
struct Args {
    /// Keybound's public URL (the origin the passkeys are bound to).
    #[arg(long, default_value = "http://localhost:8080")]
    url: String,
    /// An API token with `*` (from `keybound token create --scopes '*'`).
    #[arg(long, env = "KEYBOUND_BENCH_TOKEN")]
    token: String,
    /// Tenant and realm ids (from `keybound realm list --json`).
    #[arg(long)]
    tenant: String,
    #[arg(long)]
    realm: String,
    /// Concurrent clients.
    #[arg(long, default_value_t = 8)]
    concurrency: usize,
    /// Registrations per client.
    #[arg(long, default_value_t = 25)]
    registrations: usize,
    /// Sign-ins per client.
    #[arg(long, default_value_t = 250)]
    signins: usize,
    /// The server's process id, to read its peak resident memory.
    #[arg(long)]
    server_pid: Option<u32>,
}

struct Client {
    base: String,
    api: String,
    token: String,
    agent: ureq::Agent,
}

impl Client {
    fn post(&self, url: &str, body: Value, auth: bool) -> anyhow::Result<Value> {
        let mut req = self.agent.post(url);
        if auth {
            req = req.set("Authorization", &format!("Bearer {}", self.token));
        }
        match req.send_json(body) {
            Ok(res) => Ok(res.into_json()?),
            Err(ureq::Error::Status(code, res)) => {
                bail!("{url}: {code} {}", res.into_string().unwrap_or_default())
            }
            Err(e) => Err(e.into()),
        }
    }
}

/// Latencies of one kind of ceremony, and how long the phase took.
struct Phase {
    latencies: Vec<Duration>,
    wall: Duration,
}

impl Phase {
    fn report(&self, name: &str) {
        let mut l = self.latencies.clone();
        l.sort();
        let pct = |p: f64| {
            l.get(((l.len() as f64 * p).ceil() as usize).saturating_sub(1))
                .copied()
                .unwrap_or_default()
        };
        let rate = l.len() as f64 / self.wall.as_secs_f64();
        println!(
            "{name:<13} {:>7} done  {rate:>9.1}/s  p50 {:>7.2} ms  p95 {:>7.2} ms  p99 {:>7.2} ms",
            l.len(),
            pct(0.50).as_secs_f64() * 1e3,
            pct(0.95).as_secs_f64() * 1e3,
            pct(0.99).as_secs_f64() * 1e3,
        );
    }
}

/// One client: registers `n` passkeys (one identity each), then signs in `m` times with them.
fn client(
    c: &Client,
    worker: usize,
    n: usize,
    m: usize,
    config: &str,
) -> anyhow::Result<(Vec<Duration>, Vec<Duration>)> {
    let rt = tokio::runtime::Builder::new_current_thread().build()?;
    let mut devices = Vec::new();
    let mut registrations = Vec::new();
    for i in 0..n {
        let username = format!("bench-{worker}-{i}-{}", rand::random::<u32>());
        let identity = c.post(
            &format!("{}/identities", c.api),
            json!({"identity": {"display_name": username, "traits": {"type": "traits_v0", "username": username}}}),
            true,
        )?;
        let id = identity["id"].as_str().context("identity id")?;
        let job = c.post(
            &format!("{}/identities/{id}/credential-binding-jobs", c.api),
            json!({"job": {"delivery_method": "RETURN", "authenticator_config_id": config}}),
            true,
        )?;
        let link = job["credential_binding_link"].as_str().context("link")?;
        let job_id = job["credential_binding_job"]["id"].as_str().context("job id")?;
        let token = link.split("token=").nth(1).context("token")?;
        let mut device = SoftPasskey::new();
        let started = Instant::now();
        let begun = c.post(
            &format!("{}/bind/begin", c.base),
            json!({"link": {"job_id": job_id, "token": token}}),
            false,
        )?;
        let answer = rt
            .block_on(device.register(&c.base, &begun["public_key"]))
            .map_err(anyhow::Error::msg)?;
        c.post(
            &format!("{}/bind/finish", c.base),
            json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
            false,
        )?;
        registrations.push(started.elapsed());
        devices.push(device);
    }
    let mut signins = Vec::new();
    let held = devices.len();
    if held == 0 {
        return Ok((registrations, signins));
    }
    for i in 0..m {
        let device = &mut devices[i % held];
        let started = Instant::now();
        let begun = c.post(&format!("{}/signin/begin", c.base), json!({}), false)?;
        let answer = rt
            .block_on(device.authenticate(&c.base, &begun["public_key"]))
            .map_err(anyhow::Error::msg)?;
        c.post(
            &format!("{}/signin/finish", c.base),
            json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
            false,
        )?;
        signins.push(started.elapsed());
    }
    Ok((registrations, signins))
}

/// Raw ECDSA P-256 signature verifications per second on this thread (one core), with
/// OpenSSL: the machine's ceiling.
fn ecdsa_verifications_per_second() -> anyhow::Result<f64> {
    use openssl::ec::{EcGroup, EcKey};
    use openssl::ecdsa::EcdsaSig;
    use openssl::nid::Nid;
    let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1)?;
    let key = EcKey::generate(&group)?;
    let digest = openssl::sha::sha256(b"authenticatorData || SHA-256(clientDataJSON)");
    let signature = EcdsaSig::sign(&digest, &key)?;
    let started = Instant::now();
    let mut n = 0u64;
    while started.elapsed() < Duration::from_secs(2) {
        for _ in 0..100 {
            if !signature.verify(&digest, &key)? {
                bail!("a valid signature did not verify");
            }
        }
        n += 100;
    }
    Ok(n as f64 / started.elapsed().as_secs_f64())
}

/// The same with RustCrypto's `p256`, which webauthn-rs 0.6 verifies assertions with.
fn rustcrypto_verifications_per_second() -> anyhow::Result<f64> {
    use p256::ecdsa::signature::{Signer, Verifier};
    use p256::ecdsa::{Signature, SigningKey};
    let key = SigningKey::from_slice(&[7u8; 32]).map_err(|e| anyhow::anyhow!("{e}"))?;
    let message = b"authenticatorData || SHA-256(clientDataJSON)";
    let signature: Signature = key.sign(message);
    let verifying = key.verifying_key();
    let started = Instant::now();
    let mut n = 0u64;
    while started.elapsed() < Duration::from_secs(2) {
        for _ in 0..100 {
            if verifying.verify(message, &signature).is_err() {
                bail!("a valid signature did not verify");
            }
        }
        n += 100;
    }
    Ok(n as f64 / started.elapsed().as_secs_f64())
}

fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let base = args.url.trim_end_matches('/').to_owned();
    let api = format!("{base}/v1/tenants/{}/realms/{}", args.tenant, args.realm);
    let make_client = || Client {
        base: base.clone(),
        api: api.clone(),
        token: args.token.clone(),
        agent: ureq::AgentBuilder::new().timeout(Duration::from_secs(30)).build(),
    };
    let config = make_client().post(
        &format!("{api}/authenticator-configs"),
        json!({"authenticator_config": {"config": {"type": "hosted_web"}}}),
        true,
    )?;
    let config = config["id"].as_str().context("config id")?.to_owned();

    println!(
        "keybound-bench: {} clients x ({} registrations, {} sign-ins) against {base}",
        args.concurrency, args.registrations, args.signins
    );
    let started = Instant::now();
    let results: Vec<anyhow::Result<(Vec<Duration>, Vec<Duration>)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..args.concurrency)
            .map(|w| {
                let c = make_client();
                let config = config.clone();
                s.spawn(move || client(&c, w, args.registrations, args.signins, &config))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("a client panicked")))
            })
            .collect()
    });
    let total = started.elapsed();
    let mut registrations = Vec::new();
    let mut signins = Vec::new();
    for r in results {
        let (reg, sign) = r?;
        registrations.extend(reg);
        signins.extend(sign);
    }
    // The phases overlap little (each client registers first); split the wall time by work done.
    let reg_share: Duration = registrations.iter().sum();
    let sign_share: Duration = signins.iter().sum();
    let busy = (reg_share + sign_share).as_secs_f64().max(1e-9);
    let reg_wall = total.mul_f64(reg_share.as_secs_f64() / busy);
    Phase {
        latencies: registrations,
        wall: reg_wall,
    }
    .report("registrations");
    Phase {
        latencies: signins,
        wall: total.saturating_sub(reg_wall),
    }
    .report("sign-ins");
    match args.server_pid.and_then(peak_rss_kib) {
        Some(kib) => println!("server peak RSS      {:.1} MiB", kib as f64 / 1024.0),
        None => println!("server peak RSS      (pass --server-pid to read it)"),
    }
    println!(
        "ECDSA P-256 verify   {:.0}/s on one core, OpenSSL (the machine's ceiling for sign-ins per core)",
        ecdsa_verifications_per_second()?
    );
    println!(
        "ECDSA P-256 verify   {:.0}/s on one core, RustCrypto p256 (what webauthn-rs verifies with)",
        rustcrypto_verifications_per_second()?
    );
    Ok(())
}
