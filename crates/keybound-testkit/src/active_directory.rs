//! A small LDAP server that answers as Active Directory does where it differs from OpenLDAP,
//! for the LDAP sync's tests: an attribute with more than [`RANGE`] values (the members of a
//! big group) comes back as `member;range=0-1499`, and the client must ask for
//! `member;range=1500-*` and so on; people carry `primaryGroupID` and groups `objectSid`.
//!
//! It speaks real LDAP (BER over TCP, as `ldap3` sends it): simple bind (any password), search
//! (base or subtree; filters with `&`, `|`, `!`, equality and presence; the paged-results
//! control answered with an empty cookie), unbind. Everything else is ignored.

use bytes::BytesMut;
use lber::common::TagClass;
use lber::structure::{StructureTag, PL};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// How many values of one attribute Active Directory returns at once (its `MaxValRange`).
pub const RANGE: usize = 1500;
const PAGED_RESULTS: &str = "1.2.840.113556.1.4.319";

/// An entry: its DN and attributes, each with its values as bytes.
#[derive(Debug, Clone)]
pub struct Entry {
    pub dn: String,
    pub attrs: Vec<(String, Vec<Vec<u8>>)>,
}

impl Entry {
    pub fn new(dn: &str) -> Self {
        Self {
            dn: dn.to_owned(),
            attrs: Vec::new(),
        }
    }

    /// Adds an attribute with text values.
    pub fn with(mut self, name: &str, values: &[&str]) -> Self {
        self.attrs.push((
            name.to_owned(),
            values.iter().map(|v| v.as_bytes().to_vec()).collect(),
        ));
        self
    }

    /// Adds an attribute with one binary value.
    pub fn with_bytes(mut self, name: &str, value: Vec<u8>) -> Self {
        self.attrs.push((name.to_owned(), vec![value]));
        self
    }

    fn values(&self, name: &str) -> Option<&Vec<Vec<u8>>> {
        self.attrs
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }
}

/// A binary SID `S-1-5-21-1-2-3-{rid}`.
pub fn sid(rid: u32) -> Vec<u8> {
    let mut sid = vec![1, 5, 0, 0, 0, 0, 0, 5];
    for part in [21u32, 1, 2, 3, rid] {
        sid.extend(part.to_le_bytes());
    }
    sid
}

/// A binary `objectGUID` made from a number.
pub fn guid(n: u32) -> Vec<u8> {
    let mut g = vec![0xAD; 12];
    g.extend(n.to_be_bytes());
    g
}

pub struct FakeAd {
    pub url: String,
    entries: Arc<Mutex<Vec<Entry>>>,
    fail_ranges: Arc<AtomicBool>,
    range_reads: Arc<AtomicUsize>,
}

impl FakeAd {
    /// Listens on a free loopback port, serving `entries`.
    pub fn start(entries: Vec<Entry>) -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let url = format!("ldap://127.0.0.1:{}", listener.local_addr()?.port());
        let server = Self {
            url,
            entries: Arc::new(Mutex::new(entries)),
            fail_ranges: Arc::new(AtomicBool::new(false)),
            range_reads: Arc::new(AtomicUsize::new(0)),
        };
        let (entries, fail, reads) = (
            server.entries.clone(),
            server.fail_ranges.clone(),
            server.range_reads.clone(),
        );
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (entries, fail, reads) = (entries.clone(), fail.clone(), reads.clone());
                std::thread::spawn(move || {
                    let _ = serve(stream, &entries, &fail, &reads);
                });
            }
        });
        Ok(server)
    }

    /// From now on, a request for a further range fails (as a domain controller that goes
    /// away in the middle of a read would).
    pub fn fail_range_reads(&self, fail: bool) {
        self.fail_ranges.store(fail, Ordering::SeqCst);
    }

    /// How many requests for a further range were answered.
    pub fn range_reads(&self) -> usize {
        self.range_reads.load(Ordering::SeqCst)
    }

    /// Changes the directory.
    pub fn edit(&self, change: impl FnOnce(&mut Vec<Entry>)) {
        if let Ok(mut entries) = self.entries.lock() {
            change(&mut entries);
        }
    }
}

fn serve(
    mut stream: TcpStream,
    entries: &Mutex<Vec<Entry>>,
    fail_ranges: &AtomicBool,
    range_reads: &AtomicUsize,
) -> std::io::Result<()> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        let message = match lber::parse::parse_tag(&buffer) {
            Ok((rest, tag)) => {
                let used = buffer.len() - rest.len();
                buffer.drain(..used);
                tag
            }
            Err(_) => {
                let n = stream.read(&mut chunk)?;
                if n == 0 {
                    return Ok(());
                }
                buffer.extend_from_slice(&chunk[..n]);
                continue;
            }
        };
        let Some(parts) = message.expect_constructed() else {
            return Ok(());
        };
        let mut parts = parts.into_iter();
        let (Some(id), Some(op)) = (parts.next(), parts.next()) else {
            return Ok(());
        };
        let id = id.expect_primitive().unwrap_or_default();
        let controls = parts.next();
        // Each answer, with the controls that go with it.
        let out: Vec<(StructureTag, Option<StructureTag>)> = match (op.class, op.id) {
            // BindRequest: any credentials will do.
            (TagClass::Application, 0) => vec![(application(1, result(0, "")), None)],
            // UnbindRequest.
            (TagClass::Application, 2) => return Ok(()),
            (TagClass::Application, 3) => {
                let Ok(all) = entries.lock().map(|e| e.clone()) else {
                    return Ok(());
                };
                search(op, &all, controls, fail_ranges, range_reads)
            }
            _ => Vec::new(),
        };
        let mut bytes = BytesMut::new();
        for (op, controls) in out {
            let mut fields = vec![primitive(TagClass::Universal, 2, id.clone()), op];
            fields.extend(controls);
            lber::write::encode_into(&mut bytes, constructed(TagClass::Universal, 16, fields))?;
        }
        stream.write_all(&bytes)?;
    }
}

fn search(
    op: StructureTag,
    entries: &[Entry],
    controls: Option<StructureTag>,
    fail_ranges: &AtomicBool,
    range_reads: &AtomicUsize,
) -> Vec<(StructureTag, Option<StructureTag>)> {
    let Some(fields) = op.expect_constructed() else {
        return Vec::new();
    };
    let text = |t: &StructureTag| match &t.payload {
        PL::P(b) => String::from_utf8_lossy(b).into_owned(),
        PL::C(_) => String::new(),
    };
    let base = fields.first().map(text).unwrap_or_default().to_lowercase();
    let scope = match fields.get(1).map(|t| &t.payload) {
        Some(PL::P(b)) => b.first().copied().unwrap_or(2),
        _ => 2,
    };
    let filter = fields.get(6);
    let wanted: Vec<String> = match fields.get(7).map(|t| &t.payload) {
        Some(PL::C(attrs)) => attrs.iter().map(text).collect(),
        _ => Vec::new(),
    };
    let asks_range = wanted.iter().any(|a| a.contains(";range="));
    let mut out = Vec::new();
    if asks_range && fail_ranges.load(Ordering::SeqCst) {
        out.push((
            application(5, result(1, "the domain controller is shutting down")),
            None,
        ));
        return out;
    }
    if asks_range {
        range_reads.fetch_add(1, Ordering::SeqCst);
    }
    for entry in entries {
        let dn = entry.dn.to_lowercase();
        let in_scope = match scope {
            0 => dn == base,
            _ => dn == base || dn.ends_with(&format!(",{base}")),
        };
        if !in_scope || !filter.is_none_or(|f| matches(f, entry)) {
            continue;
        }
        let attrs = constructed(TagClass::Universal, 16, attributes(entry, &wanted));
        out.push((application(4, vec![octets(entry.dn.as_bytes()), attrs]), None));
    }
    // The paged-results control, answered with an empty cookie: everything came in one page.
    let paged = controls.and_then(|c| c.expect_constructed()).and_then(|list| {
        list.into_iter().find(|c| match &c.payload {
            PL::C(parts) => parts.first().is_some_and(|t| text(t) == PAGED_RESULTS),
            PL::P(_) => false,
        })
    });
    let response_controls = paged.map(|_| {
        let mut value = BytesMut::new();
        let cookie = constructed(TagClass::Universal, 16, vec![integer(0), octets(b"")]);
        let _ = lber::write::encode_into(&mut value, cookie);
        constructed(
            TagClass::Context,
            0,
            vec![constructed(
                TagClass::Universal,
                16,
                vec![octets(PAGED_RESULTS.as_bytes()), octets(&value)],
            )],
        )
    });
    out.push((application(5, result(0, "")), response_controls));
    out
}

/// The attributes of `entry` that were asked for, with big ones in ranges.
fn attributes(entry: &Entry, wanted: &[String]) -> Vec<StructureTag> {
    let everything = wanted.is_empty() || wanted.iter().any(|w| w == "*");
    let mut out = Vec::new();
    let mut add = |name: String, values: &[Vec<u8>]| {
        let values = values.iter().map(|v| octets(v)).collect();
        out.push(constructed(
            TagClass::Universal,
            16,
            vec![
                octets(name.as_bytes()),
                constructed(TagClass::Universal, 17, values),
            ],
        ));
    };
    for (name, values) in &entry.attrs {
        let ranged = wanted.iter().find_map(|w| {
            let (attr, range) = w.split_once(";range=")?;
            attr.eq_ignore_ascii_case(name).then_some(range)
        });
        if let Some(range) = ranged {
            let low: usize = range.split('-').next().and_then(|l| l.parse().ok()).unwrap_or(0);
            let (slice, label) = slice(values, low);
            add(format!("{name};range={label}"), slice);
        } else if everything || wanted.iter().any(|w| w.eq_ignore_ascii_case(name)) {
            if values.len() > RANGE {
                let (slice, label) = slice(values, 0);
                add(format!("{name};range={label}"), slice);
            } else {
                add(name.clone(), values);
            }
        }
    }
    out
}

/// The values from `low`, at most [`RANGE`] of them, and the range's label (`…-*` for the last).
fn slice(values: &[Vec<u8>], low: usize) -> (&[Vec<u8>], String) {
    let low = low.min(values.len());
    let high = (low + RANGE).min(values.len());
    let label = if high == values.len() {
        format!("{low}-*")
    } else {
        format!("{low}-{}", high - 1)
    };
    (&values[low..high], label)
}

fn matches(filter: &StructureTag, entry: &Entry) -> bool {
    let children = || match &filter.payload {
        PL::C(c) => c.clone(),
        PL::P(_) => Vec::new(),
    };
    let text = |t: &StructureTag| match &t.payload {
        PL::P(b) => String::from_utf8_lossy(b).to_lowercase(),
        PL::C(_) => String::new(),
    };
    match filter.id {
        0 => children().iter().all(|f| matches(f, entry)),
        1 => children().iter().any(|f| matches(f, entry)),
        2 => !children().first().is_some_and(|f| matches(f, entry)),
        3 => {
            let c = children();
            let (Some(attr), Some(value)) = (c.first(), c.get(1)) else {
                return false;
            };
            entry.values(&text(attr)).is_some_and(|vs| {
                vs.iter()
                    .any(|v| String::from_utf8_lossy(v).to_lowercase() == text(value))
            })
        }
        7 => {
            let attr = text(filter);
            attr == "objectclass" || entry.values(&attr).is_some()
        }
        _ => false,
    }
}

fn primitive(class: TagClass, id: u64, bytes: Vec<u8>) -> StructureTag {
    StructureTag {
        class,
        id,
        payload: PL::P(bytes),
    }
}

fn constructed(class: TagClass, id: u64, inner: Vec<StructureTag>) -> StructureTag {
    StructureTag {
        class,
        id,
        payload: PL::C(inner),
    }
}

fn octets(bytes: &[u8]) -> StructureTag {
    primitive(TagClass::Universal, 4, bytes.to_vec())
}

fn integer(n: u8) -> StructureTag {
    primitive(TagClass::Universal, 2, vec![n])
}

fn application(id: u64, inner: Vec<StructureTag>) -> StructureTag {
    constructed(TagClass::Application, id, inner)
}

/// An LDAPResult: code, no matched DN, the message.
fn result(code: u8, message: &str) -> Vec<StructureTag> {
    vec![
        primitive(TagClass::Universal, 10, vec![code]),
        octets(b""),
        octets(message.as_bytes()),
    ]
}
