//! `keybound-bench`: drives a running Keybound over HTTP with software passkeys (OpenSSL keys,
//! see `authenticator`) and prints what it measured, in separate timed phases:
//!
//! 1. setup (not timed): one identity and one binding job (RETURN link) per registration;
//! 2. registrations: every client binds its passkeys (`/bind/begin` + `/bind/finish`);
//! 3. sign-ins, closed loop: every client signs in with its passkeys back to back
//!    (`/signin/begin` + `/signin/finish`, discoverable);
//! 4. with `--rate R`: sign-ins started at a fixed R per second (open loop), each latency counted
//!    from when it was due, so a slow server cannot hide its queue.
//!
//! Each phase starts and ends at a barrier. Around each, the server's and this program's CPU
//! time are read from /proc, so the figures say how much of the machine the load generator
//! took. Also printed: the server's idle and peak memory, and this machine's raw P-256
//! verification rate on one core with OpenSSL (the ceiling a sign-in cannot beat per core).

mod authenticator;
mod http;

use anyhow::{bail, Context};
use authenticator::FastPasskey;
use clap::Parser;
use openssl::ec::EcKey;
use openssl::pkey::Private;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Barrier, Mutex};
use std::time::{Duration, Instant};

/// The server's allocator, so that webauthn-rs's finish measured here costs what it costs there.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[derive(Parser)]
struct Args {
    /// Keybound's public URL (the origin the passkeys are bound to).
    #[arg(long, default_value = "http://localhost:8080")]
    url: String,
    /// The servers to send requests to, when several replicas share one database
    /// (comma-separated base URLs; default: `--url`). Each ceremony begins on one and finishes
    /// on the next.
    #[arg(long, value_delimiter = ',')]
    servers: Vec<String>,
    /// An API token with `*` (from `keybound token create --scopes '*'`).
    #[arg(long, env = "KEYBOUND_BENCH_TOKEN")]
    token: String,
    /// Tenant and realm ids (from `keybound realm list --json`).
    #[arg(long)]
    tenant: String,
    #[arg(long)]
    realm: String,
    /// Concurrent clients in the closed-loop phases.
    #[arg(long, default_value_t = 8)]
    concurrency: usize,
    /// Registrations per client.
    #[arg(long, default_value_t = 100)]
    registrations: usize,
    /// Sign-ins per client.
    #[arg(long, default_value_t = 1000)]
    signins: usize,
    /// Then sign-ins at this fixed rate per second (open loop).
    #[arg(long)]
    rate: Option<f64>,
    /// How long the open-loop phase lasts, in seconds.
    #[arg(long, default_value_t = 10.0)]
    rate_seconds: f64,
    /// The servers' process ids (one per replica), to read their CPU time and memory.
    #[arg(long, value_delimiter = ',')]
    server_pid: Vec<u32>,
    /// Milliseconds from the server's start to its first `/readyz` 200 (measured by scripts/bench).
    #[arg(long)]
    ready_ms: Option<f64>,
    /// Print one JSON object instead of the table.
    #[arg(long)]
    json: bool,
    /// Instead of ceremonies: time the identity lists and the dashboard's counts (on a database
    /// that scripts/bench filled with `--identities N`), each request `--list-repeats` times.
    #[arg(long)]
    lists: bool,
    #[arg(long, default_value_t = 20)]
    list_repeats: usize,
}

struct Client {
    /// Where requests go: one server, or each replica in turn.
    bases: Vec<String>,
    api: String,
    token: String,
    agent: ureq::Agent,
    /// The ceremonies' and setup's POSTs.
    connections: http::Connections,
    /// The public URL: the origin of every ceremony, whichever replica answers it.
    origin: String,
    /// Ceremonies this client started, which picks the replicas and the address it comes from.
    turn: AtomicUsize,
}

/// The address a ceremony comes from (told to the server as `X-Forwarded-For`, which it
/// believes from the bench's loopback address only): spread over 65,536 addresses, so that the
/// per-address ceremony limit stays on at its production default without limiting the bench.
fn forwarded_for(n: usize) -> String {
    format!("10.77.{}.{}", (n >> 8) & 0xff, n & 0xff)
}

impl Client {
    fn get(&self, url: &str, query: &[(&str, &str)]) -> anyhow::Result<Value> {
        match self
            .agent
            .get(url)
            .query_pairs(query.iter().copied())
            .set("Authorization", &format!("Bearer {}", self.token))
            .call()
        {
            Ok(res) => Ok(res.into_json()?),
            Err(ureq::Error::Status(code, res)) => {
                bail!("{url}: {code} {}", res.into_string().unwrap_or_default())
            }
            Err(e) => Err(e.into()),
        }
    }

    fn new(args: &Args, worker: usize) -> Self {
        let origin = args.url.trim_end_matches('/').to_owned();
        let mut bases: Vec<String> = args
            .servers
            .iter()
            .map(|s| s.trim_end_matches('/').to_owned())
            .collect();
        if bases.is_empty() {
            bases.push(origin.clone());
        }
        Self {
            api: format!("{}/v1/tenants/{}/realms/{}", bases[0], args.tenant, args.realm),
            bases,
            token: args.token.clone(),
            // Timeouts per socket, set once: a deadline per request costs two setsockopt calls per read.
            agent: ureq::AgentBuilder::new()
                .timeout_read(Duration::from_secs(30))
                .timeout_write(Duration::from_secs(30))
                .build(),
            connections: http::Connections::default(),
            origin,
            // Workers start at different addresses and replicas.
            turn: AtomicUsize::new(worker * 4099),
        }
    }

    /// The replicas a new ceremony begins and finishes on, and the address it comes from.
    fn next_ceremony(&self) -> (&str, &str, String) {
        let n = self.turn.fetch_add(1, Ordering::Relaxed);
        let count = self.bases.len();
        (
            &self.bases[n % count],
            &self.bases[(n + 1) % count],
            forwarded_for(n),
        )
    }

    fn post(&self, url: &str, body: Value, auth: bool) -> anyhow::Result<Value> {
        self.post_from(url, body, auth, None)
    }

    fn post_from(&self, url: &str, body: Value, auth: bool, from: Option<&str>) -> anyhow::Result<Value> {
        let bearer = format!("Bearer {}", self.token);
        let mut headers = Vec::new();
        if auth {
            headers.push(("Authorization", bearer.as_str()));
        }
        if let Some(address) = from {
            // A ceremony is a browser's request: it says where it comes from (through the
            // proxy) and, as every browser does, which languages its reader reads.
            headers.push(("X-Forwarded-For", address));
            headers.push(("Accept-Language", "en-US,en;q=0.9"));
        }
        let (status, answer) = self
            .connections
            .post(url, &headers, &serde_json::to_vec(&body)?)?;
        if !(200..300).contains(&status) {
            bail!("{url}: {status} {}", String::from_utf8_lossy(&answer));
        }
        Ok(serde_json::from_slice(&answer)?)
    }

    /// Creates an identity and a binding job for it; returns the job id and the link's token.
    fn new_link(&self, username: &str, config: &str) -> anyhow::Result<(String, String)> {
        let identity = self.post(
            &format!("{}/identities", self.api),
            json!({"identity": {"display_name": username, "traits": {"type": "traits_v0", "username": username}}}),
            true,
        )?;
        let id = identity["id"].as_str().context("identity id")?;
        let job = self.post(
            &format!("{}/identities/{id}/credential-binding-jobs", self.api),
            json!({"job": {"delivery_method": "RETURN", "authenticator_config_id": config}}),
            true,
        )?;
        let link = job["credential_binding_link"].as_str().context("link")?;
        let token = link.split("token=").nth(1).context("token")?;
        let job_id = job["credential_binding_job"]["id"].as_str().context("job id")?;
        Ok((job_id.to_owned(), token.to_owned()))
    }

    fn register(&self, job_id: &str, token: &str, key: EcKey<Private>) -> anyhow::Result<FastPasskey> {
        let (begin, finish, from) = self.next_ceremony();
        let begun = self.post_from(
            &format!("{begin}/bind/begin"),
            json!({"link": {"job_id": job_id, "token": token}}),
            false,
            Some(&from),
        )?;
        let (device, answer) = FastPasskey::register(key, &self.origin, &begun["public_key"])?;
        self.post_from(
            &format!("{finish}/bind/finish"),
            json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
            false,
            Some(&from),
        )?;
        Ok(device)
    }

    fn sign_in(&self, device: &FastPasskey) -> anyhow::Result<()> {
        let (begin, finish, from) = self.next_ceremony();
        let begun = self.post_from(&format!("{begin}/signin/begin"), json!({}), false, Some(&from))?;
        let answer = device.authenticate(&self.origin, &begun["public_key"])?;
        self.post_from(
            &format!("{finish}/signin/finish"),
            json!({"ceremony_id": begun["ceremony_id"], "credential": answer}),
            false,
            Some(&from),
        )?;
        Ok(())
    }
}

/// CPU time (user + system) of a process so far, from /proc.
fn cpu_time(pid: &str) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // Linux reports these in USER_HZ, 100 per second on every architecture it runs on.
    Some(Duration::from_millis(ticks * 10))
}

fn memory_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// What one timed phase measured.
#[derive(Default)]
struct Phase {
    latencies: Vec<Duration>,
    wall: Duration,
    server_cpu: Duration,
    loadgen_cpu: Duration,
}

impl Phase {
    fn percentile_ms(&self, p: f64) -> f64 {
        let mut l = self.latencies.clone();
        l.sort();
        l.get(((l.len() as f64 * p).ceil() as usize).saturating_sub(1))
            .copied()
            .unwrap_or_default()
            .as_secs_f64()
            * 1e3
    }

    fn rate(&self) -> f64 {
        self.latencies.len() as f64 / self.wall.as_secs_f64().max(1e-9)
    }

    fn cpu_share(&self, cpu: Duration) -> f64 {
        cpu.as_secs_f64() / (self.wall.as_secs_f64().max(1e-9) * cores() as f64)
    }

    fn server_cpu_us_each(&self) -> f64 {
        self.server_cpu.as_secs_f64() * 1e6 / self.latencies.len().max(1) as f64
    }

    fn report(&self, name: &str) {
        println!(
            "{name:<22} {:>7} done {:>9.1}/s  p50 {:>6.2} ms  p99 {:>6.2} ms  server {:>5.0} µs CPU each, {:>3.0}% of the machine; load generator {:>3.0}%",
            self.latencies.len(),
            self.rate(),
            self.percentile_ms(0.50),
            self.percentile_ms(0.99),
            self.server_cpu_us_each(),
            self.cpu_share(self.server_cpu) * 100.0,
            self.cpu_share(self.loadgen_cpu) * 100.0,
        );
    }

    fn json(&self) -> Value {
        json!({
            "done": self.latencies.len(),
            "per_second": self.rate(),
            "p50_ms": self.percentile_ms(0.50),
            "p99_ms": self.percentile_ms(0.99),
            "server_cpu_us_each": self.server_cpu_us_each(),
            "server_cpu_share": self.cpu_share(self.server_cpu),
            "loadgen_cpu_share": self.cpu_share(self.loadgen_cpu),
        })
    }
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Times a phase: CPU and wall clock from `start` (called once every worker is ready) to the
/// return of `end` (called once every worker is done).
struct Meter {
    servers: Vec<String>,
    wall: Instant,
    server_cpu: Duration,
    loadgen_cpu: Duration,
}

/// The CPU time of every server so far.
fn servers_cpu(servers: &[String]) -> Duration {
    servers.iter().filter_map(|p| cpu_time(p)).sum()
}

impl Meter {
    fn start(server_pids: &[u32]) -> Self {
        let servers: Vec<String> = server_pids.iter().map(u32::to_string).collect();
        Self {
            server_cpu: servers_cpu(&servers),
            loadgen_cpu: cpu_time("self").unwrap_or_default(),
            servers,
            wall: Instant::now(),
        }
    }

    fn end(self, latencies: Vec<Duration>) -> Phase {
        let wall = self.wall.elapsed();
        let server_cpu = servers_cpu(&self.servers);
        let loadgen_cpu = cpu_time("self").unwrap_or_default();
        Phase {
            latencies,
            wall,
            server_cpu: server_cpu.saturating_sub(self.server_cpu),
            loadgen_cpu: loadgen_cpu.saturating_sub(self.loadgen_cpu),
        }
    }
}

/// What one phase left for each worker of the next (its links, its passkeys).
struct Handout<T>(Mutex<Vec<Vec<T>>>);

impl<T> Handout<T> {
    fn new(per_worker: Vec<Vec<T>>) -> Self {
        Self(Mutex::new(per_worker))
    }

    fn take(&self, worker: usize) -> Vec<T> {
        self.0
            .lock()
            .ok()
            .and_then(|mut all| all.get_mut(worker).map(std::mem::take))
            .unwrap_or_default()
    }
}

/// Runs `work(client, worker)` on `n` threads at once, between two barriers, and measures it.
fn closed_loop<T: Send>(
    args: &Args,
    n: usize,
    work: impl Fn(&Client, usize) -> anyhow::Result<(Vec<Duration>, T)> + Sync,
) -> anyhow::Result<(Phase, Vec<T>)> {
    let ready = Barrier::new(n + 1);
    let done = Barrier::new(n + 1);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..n)
            .map(|w| {
                let (ready, done, work) = (&ready, &done, &work);
                let client = Client::new(args, w);
                s.spawn(move || {
                    ready.wait();
                    let result = work(&client, w);
                    done.wait();
                    result
                })
            })
            .collect();
        ready.wait();
        let meter = Meter::start(&args.server_pid);
        done.wait();
        let mut phase = meter.end(Vec::new());
        let mut outputs = Vec::new();
        let results: Vec<_> = handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("a client panicked")))
            })
            .collect();
        for r in results {
            let (l, out) = r?;
            phase.latencies.extend(l);
            outputs.push(out);
        }
        Ok((phase, outputs))
    })
}

/// Works out, before the sign-ins, the nonces of the signatures each passkey will make in them
/// (see `authenticator`): the load generator then takes less of the machine it shares with the
/// server. A passkey that runs out works out new ones as it signs.
fn prepare_signatures(args: &Args, per_worker: &[Vec<FastPasskey>]) -> anyhow::Result<()> {
    let all: usize = per_worker.iter().map(Vec::len).sum();
    let open_loop = args
        .rate
        .map_or(0, |rate| (rate * args.rate_seconds).round() as usize)
        .div_ceil(all.max(1));
    std::thread::scope(|s| {
        let handles: Vec<_> = per_worker
            .iter()
            .map(|mine| {
                let each = args.signins.div_ceil(mine.len().max(1)) + open_loop;
                s.spawn(move || mine.iter().try_for_each(|device| device.prepare(each)))
            })
            .collect();
        handles.into_iter().try_for_each(|h| {
            h.join()
                .unwrap_or_else(|_| Err(anyhow::anyhow!("preparing signatures panicked")))
        })
    })
}

/// Sign-ins started at `rate` per second for `seconds`, by as many threads as it takes; each
/// latency runs from when the sign-in was due.
fn open_loop(args: &Args, devices: &[FastPasskey], rate: f64, seconds: f64) -> anyhow::Result<Phase> {
    let total = (rate * seconds).round() as usize;
    let next = AtomicUsize::new(0);
    let latencies = Mutex::new(Vec::with_capacity(total));
    let failures = AtomicUsize::new(0);
    let threads = 64;
    // The schedule starts once every thread has had time to start.
    let started = Instant::now() + Duration::from_millis(100);
    let meter = std::thread::scope(|s| {
        for t in 0..threads {
            let client = Client::new(args, t);
            let (next, latencies, failures) = (&next, &latencies, &failures);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    break;
                }
                let due = started + Duration::from_secs_f64(i as f64 / rate);
                if let Some(wait) = due.checked_duration_since(Instant::now()) {
                    std::thread::sleep(wait);
                }
                match client.sign_in(&devices[i % devices.len()]) {
                    Ok(()) => latencies.lock().map(|mut l| l.push(due.elapsed())).unwrap_or(()),
                    Err(_) => {
                        failures.fetch_add(1, Ordering::Relaxed);
                    }
                }
            });
        }
        std::thread::sleep(started.saturating_duration_since(Instant::now()));
        Meter::start(&args.server_pid)
    });
    let failed = failures.load(Ordering::Relaxed);
    if failed > 0 {
        bail!("{failed} of {total} open-loop sign-ins failed");
    }
    let latencies = latencies.into_inner().unwrap_or_default();
    Ok(meter.end(latencies))
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

/// Complete discoverable sign-ins verified by webauthn-rs in this process (its
/// `finish_discoverable_authentication` alone, timed on this thread), as Keybound verifies
/// them: the ceiling the library puts on sign-ins per core, before any database or HTTP.
fn webauthn_finishes_per_second() -> anyhow::Result<f64> {
    use webauthn_rs::prelude::{
        PublicKeyCredential, RegisterPublicKeyCredential, Url, Uuid, WebauthnBuilder,
    };
    let origin = "http://localhost:8080";
    let rp = WebauthnBuilder::new("localhost", &Url::parse(origin)?)?.build()?;
    let (options, registration) =
        rp.start_passkey_registration(Uuid::from_bytes([1; 16]), "bench", "Bench", None)?;
    let options = serde_json::to_value(options)?;
    let (device, answer) = FastPasskey::register(authenticator::new_key()?, origin, &options["publicKey"])?;
    let answer: RegisterPublicKeyCredential = serde_json::from_value(answer)?;
    let passkey = rp.finish_passkey_registration(&answer, &registration)?;
    let mut spent = Duration::ZERO;
    let mut n = 0u64;
    while spent < Duration::from_secs(2) {
        let (options, state) = rp.start_discoverable_authentication()?;
        let options = serde_json::to_value(options)?;
        let answer: PublicKeyCredential =
            serde_json::from_value(device.authenticate(origin, &options["publicKey"])?)?;
        let started = Instant::now();
        rp.finish_discoverable_authentication(&answer, state, &[(&passkey).into()])?;
        spent += started.elapsed();
        n += 1;
    }
    Ok(n as f64 / spent.as_secs_f64())
}

/// Median milliseconds of identity list requests through the API, one after another, and the
/// dashboard's four counts (four lists of one, run at once as the console does).
fn lists(args: &Args) -> anyhow::Result<()> {
    let c = Client::new(args, 0);
    let median = |run: &dyn Fn() -> anyhow::Result<()>| -> anyhow::Result<f64> {
        run()?; // warm
        let mut times = Vec::new();
        for _ in 0..args.list_repeats {
            let started = Instant::now();
            run()?;
            times.push(started.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        Ok(times[times.len() / 2])
    };
    let list = |filter: &str, size: u32| -> anyhow::Result<i64> {
        let size = size.to_string();
        let mut query = vec![("page_size", size.as_str())];
        if !filter.is_empty() {
            query.push(("filter", filter));
        }
        let page = c.get(&format!("{}/identities", c.api), &query)?;
        page["total_size"].as_i64().context("total_size")
    };
    let total = list("", 1)?;
    let cases: [(&str, &str, &str); 8] = [
        ("first_page", "first page of 50 (with the total)", ""),
        (
            "username_eq",
            "username eq",
            r#"traits.username eq "user0500000""#,
        ),
        (
            "email_eq",
            "email eq",
            r#"traits.primary_email_address eq "user0500000@example.com""#,
        ),
        ("status_eq", "status eq suspended", r#"status eq "suspended""#),
        (
            "enrollment_status_eq",
            "enrollment_status eq PENDING",
            r#"enrollment_status eq "PENDING""#,
        ),
        ("username_sw", "username sw", r#"traits.username sw "user05000""#),
        ("username_co", "username co", r#"traits.username co "0500000""#),
        (
            "search",
            "search (name, username or email contains)",
            r#"search co "user0999""#,
        ),
    ];
    let mut figures = serde_json::Map::new();
    if !args.json {
        println!(
            "identity lists through the API, {total} identities in the realm, median of {}:",
            args.list_repeats
        );
    }
    for (key, label, filter) in cases {
        let ms = median(&|| list(filter, 50).map(drop))?;
        if !args.json {
            println!("  {label:<44} {ms:>8.2} ms");
        }
        figures.insert(format!("{key}_ms"), ms.into());
    }
    let dashboard = median(&|| {
        std::thread::scope(|s| {
            let counts = [
                r#"enrollment_status eq "ENROLLED""#,
                r#"enrollment_status eq "PENDING""#,
                r#"enrollment_status eq "INVITE_FAILED""#,
                r#"status eq "suspended""#,
            ]
            .map(|f| s.spawn(move || list(f, 1)));
            counts
                .into_iter()
                .try_for_each(|h| h.join().unwrap_or_else(|_| bail!("a count panicked")).map(drop))
        })
    })?;
    figures.insert("dashboard_counts_ms".into(), dashboard.into());
    figures.insert("identities".into(), total.into());
    if args.json {
        println!("{}", Value::Object(figures));
    } else {
        println!("  {:<44} {dashboard:>8.2} ms", "dashboard counts (four, at once)");
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if args.lists {
        return lists(&args);
    }
    let rss = |field: &str| -> Option<u64> {
        let each: Vec<u64> = args
            .server_pid
            .iter()
            .filter_map(|p| memory_kib(*p, field))
            .collect();
        (!each.is_empty()).then(|| each.iter().sum::<u64>() / each.len() as u64)
    };
    let idle_rss = rss("VmRSS:");
    let setup = Client::new(&args, 0);
    let config = setup.post(
        &format!("{}/authenticator-configs", setup.api),
        json!({"authenticator_config": {"config": {"type": "hosted_web"}}}),
        true,
    )?;
    let config = config["id"].as_str().context("config id")?.to_owned();
    if !args.json {
        println!(
            "keybound-bench: {} clients x ({} registrations, {} sign-ins){} against {}",
            args.concurrency,
            args.registrations,
            args.signins,
            args.rate
                .map(|r| format!(", then {r}/s for {} s", args.rate_seconds))
                .unwrap_or_default(),
            setup.bases.join(", "),
        );
    }

    let run = rand::random::<u32>();
    let (_, links) = closed_loop(&args, args.concurrency, |c, w| {
        let links = (0..args.registrations)
            .map(|i| {
                let (job_id, token) = c.new_link(&format!("bench-{run}-{w}-{i}"), &config)?;
                Ok((job_id, token, authenticator::new_key()?))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok((Vec::new(), links))
    })?;
    let links = Handout::new(links);

    let (registrations, devices) = closed_loop(&args, args.concurrency, |c, w| {
        let mut latencies = Vec::new();
        let mut devices = Vec::new();
        for (job_id, token, key) in links.take(w) {
            let started = Instant::now();
            devices.push(c.register(&job_id, &token, key)?);
            latencies.push(started.elapsed());
        }
        Ok((latencies, devices))
    })?;
    prepare_signatures(&args, &devices)?;
    let devices = Handout::new(devices);

    let (signins, held) = closed_loop(&args, args.concurrency, |c, w| {
        let mine = devices.take(w);
        let mut latencies = Vec::new();
        for device in mine.iter().cycle().take(args.signins) {
            let started = Instant::now();
            c.sign_in(device)?;
            latencies.push(started.elapsed());
        }
        Ok((latencies, mine))
    })?;
    let all: Vec<FastPasskey> = held.into_iter().flatten().collect();
    let open = match args.rate {
        Some(rate) if !all.is_empty() => Some(open_loop(&args, &all, rate, args.rate_seconds)?),
        _ => None,
    };

    let peak_rss = rss("VmHWM:");
    let openssl = ecdsa_verifications_per_second()?;
    let rustcrypto = rustcrypto_verifications_per_second()?;
    let webauthn = webauthn_finishes_per_second()?;
    // How many times webauthn-rs's own verification a sign-in costs the server in CPU.
    let over_webauthn = signins.server_cpu_us_each() / (1e6 / webauthn);
    let mib = |kib: Option<u64>| kib.map(|k| k as f64 / 1024.0);
    if args.json {
        let report = json!({
            "clients": args.concurrency,
            "cores": cores(),
            "replicas": setup.bases.len(),
            "registrations_per_second": registrations.rate(),
            "registration_p50_ms": registrations.percentile_ms(0.50),
            "registration_p99_ms": registrations.percentile_ms(0.99),
            "signins_per_second": signins.rate(),
            "signin_p50_ms": signins.percentile_ms(0.50),
            "signin_p99_ms": signins.percentile_ms(0.99),
            "server_cpu_us_per_signin": signins.server_cpu_us_each(),
            "server_cpu_us_per_registration": registrations.server_cpu_us_each(),
            "loadgen_cpu_share": signins.cpu_share(signins.loadgen_cpu),
            "server_cpu_share": signins.cpu_share(signins.server_cpu),
            "open_loop": open.as_ref().map(|o| {
                let mut j = o.json();
                j["rate"] = args.rate.into();
                j
            }),
            "openssl_p256_verify_per_second_one_core": openssl,
            "rustcrypto_p256_verify_per_second_one_core": rustcrypto,
            "webauthn_rs_finish_per_second_one_core": webauthn,
            "server_cpu_per_signin_over_webauthn_finish": over_webauthn,
            "server_idle_rss_mib": mib(idle_rss),
            "server_peak_rss_mib": mib(peak_rss),
            "ready_ms": args.ready_ms,
        });
        println!("{report}");
        return Ok(());
    }
    registrations.report("registrations");
    signins.report("sign-ins (closed loop)");
    if let Some(open) = &open {
        open.report(&format!("sign-ins at {}/s", args.rate.unwrap_or_default()));
    }
    let show =
        |kib: Option<u64>| mib(kib).map_or("(pass --server-pid)".to_owned(), |m| format!("{m:.1} MiB"));
    println!(
        "server RSS             idle {}, peak {} (per server)",
        show(idle_rss),
        show(peak_rss)
    );
    if let Some(ms) = args.ready_ms {
        println!("start to /readyz       {ms:.0} ms");
    }
    println!(
        "ECDSA P-256 verify     {openssl:.0}/s on one core with OpenSSL (sign-ins/s = {:.2} x this); RustCrypto p256 {rustcrypto:.0}/s",
        signins.rate() / openssl
    );
    println!("webauthn-rs finish      {webauthn:.0}/s on one core (in process, no database or HTTP)");
    println!(
        "server CPU per sign-in = {over_webauthn:.2} x webauthn-rs's finish ({:.0} µs against {:.0} µs)",
        signins.server_cpu_us_each(),
        1e6 / webauthn
    );
    Ok(())
}
