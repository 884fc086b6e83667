//! A real OpenLDAP `slapd` for tests, started unprivileged in a temporary directory on a free
//! loopback port: suffix `dc=example,dc=org`, a root account that tests change the directory
//! with, and a read-only service account for Keybound to bind as. That account gets at most
//! [`SIZE_LIMIT`] entries from a search without paging, as Active Directory limits its
//! answers, so only a paged search sees every entry.

use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const SUFFIX: &str = "dc=example,dc=org";
pub const ROOT_DN: &str = "cn=admin,dc=example,dc=org";
pub const ROOT_PASSWORD: &str = "root-secret";
pub const READER_DN: &str = "cn=reader,dc=example,dc=org";
pub const READER_PASSWORD: &str = "reader-secret";
/// Entries a search without paging returns to the reader.
pub const SIZE_LIMIT: usize = 5;

pub struct Slapd {
    pub url: String,
    pub port: u16,
    dir: PathBuf,
    child: Option<Child>,
}

/// Where Debian puts slapd and slapadd.
fn binary(name: &str) -> Option<PathBuf> {
    ["/usr/sbin", "/usr/bin", "/usr/local/sbin"]
        .iter()
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

/// Is slapd installed here?
pub fn available() -> bool {
    binary("slapd").is_some() && binary("slapadd").is_some()
}

fn config_ldif(dir: &Path) -> String {
    let dir = dir.display();
    format!(
        "dn: cn=config
objectClass: olcGlobal
cn: config
olcPidFile: {dir}/slapd.pid

dn: cn=module{{0}},cn=config
objectClass: olcModuleList
cn: module{{0}}
olcModulePath: /usr/lib/ldap
olcModuleLoad: back_mdb

dn: cn=schema,cn=config
objectClass: olcSchemaConfig
cn: schema

include: file:///etc/ldap/schema/core.ldif
include: file:///etc/ldap/schema/cosine.ldif
include: file:///etc/ldap/schema/nis.ldif
include: file:///etc/ldap/schema/inetorgperson.ldif

dn: olcDatabase={{-1}}frontend,cn=config
objectClass: olcDatabaseConfig
objectClass: olcFrontendConfig
olcDatabase: {{-1}}frontend

dn: olcDatabase={{0}}config,cn=config
objectClass: olcDatabaseConfig
olcDatabase: {{0}}config
olcAccess: {{0}}to * by * none

dn: olcDatabase={{1}}mdb,cn=config
objectClass: olcDatabaseConfig
objectClass: olcMdbConfig
olcDatabase: {{1}}mdb
olcSuffix: {SUFFIX}
olcRootDN: {ROOT_DN}
olcRootPW: {ROOT_PASSWORD}
olcDbDirectory: {dir}/data
olcDbMaxSize: 268435456
olcLimits: {{0}}dn.exact=\"{READER_DN}\" size.soft={SIZE_LIMIT} size.hard={SIZE_LIMIT} size.prtotal=unlimited
olcAccess: {{0}}to attrs=userPassword by anonymous auth by * none
olcAccess: {{1}}to * by dn.exact=\"{READER_DN}\" read by * none
"
    )
}

fn base_ldif() -> String {
    format!(
        "dn: {SUFFIX}
objectClass: dcObject
objectClass: organization
dc: example
o: Example

dn: {READER_DN}
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: reader
userPassword: {READER_PASSWORD}

dn: ou=people,{SUFFIX}
objectClass: organizationalUnit
ou: people

dn: ou=groups,{SUFFIX}
objectClass: organizationalUnit
ou: groups
"
    )
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Slapd {
    /// Starts a fresh directory with the base entries (suffix, people and groups OUs, reader).
    pub fn start() -> Result<Self, String> {
        Self::start_with("")
    }

    /// [`Slapd::start`], with more entries (LDIF) loaded before it starts.
    pub fn start_with(entries: &str) -> Result<Self, String> {
        let slapd = binary("slapd").ok_or("slapd is not installed (Debian package slapd)")?;
        let slapadd = binary("slapadd").ok_or("slapadd is not installed (Debian package slapd)")?;
        let dir = std::env::temp_dir().join(format!("keybound-slapd-{}-{}", std::process::id(), free_port()));
        let config = dir.join("config");
        for d in [&dir, &config, &dir.join("data")] {
            std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
        }
        let load = |args: &[&str], ldif: &str| -> Result<(), String> {
            let mut child = Command::new(&slapadd)
                .args(args)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .map_err(|e| format!("slapadd: {e}"))?;
            child
                .stdin
                .take()
                .ok_or("slapadd: no stdin")?
                .write_all(ldif.as_bytes())
                .map_err(|e| format!("slapadd: {e}"))?;
            let out = child.wait_with_output().map_err(|e| format!("slapadd: {e}"))?;
            if !out.status.success() {
                return Err(format!(
                    "slapadd failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
            Ok(())
        };
        let config_dir = config.to_string_lossy().into_owned();
        load(&["-n0", "-F", &config_dir], &config_ldif(&dir))?;
        load(
            &["-n1", "-F", &config_dir],
            &format!("{}\n{entries}", base_ldif()),
        )?;
        // The free port can be taken by another test between choosing it and slapd binding it;
        // slapd then exits, and it starts again on another port.
        let pid_file = dir.join("slapd.pid");
        let mut last_error = String::new();
        for _ in 0..5 {
            let port = free_port();
            let _ = std::fs::remove_file(&pid_file);
            let mut child = spawn(&slapd, &config_dir, port)?;
            match wait_ready(&mut child, port, &pid_file) {
                Ok(()) => {
                    return Ok(Self {
                        url: format!("ldap://127.0.0.1:{port}"),
                        port,
                        dir,
                        child: Some(child),
                    })
                }
                Err(e) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    last_error = e;
                }
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
        Err(last_error)
    }

    /// Stops the directory (a sync then finds it down).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Ready once slapd has written its pid file (which it does only after binding its port) and
/// the port answers: a connection alone could reach another process that holds the port slapd
/// failed to bind.
fn wait_ready(child: &mut Child, port: u16, pid_file: &Path) -> Result<(), String> {
    let pid = child.id().to_string();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("slapd exited: {status}"));
        }
        let written = std::fs::read_to_string(pid_file).is_ok_and(|p| p.trim() == pid);
        if written && TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Err("slapd did not start listening within 10 s".into())
}

fn spawn(slapd: &Path, config_dir: &str, port: u16) -> Result<Child, String> {
    Command::new(slapd)
        .args([
            "-d",
            "0",
            "-h",
            &format!("ldap://127.0.0.1:{port}/"),
            "-F",
            config_dir,
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("slapd: {e}"))
}

impl Drop for Slapd {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
