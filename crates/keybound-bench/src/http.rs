//! The bench's POSTs over HTTP/1.1: one kept connection per server, each request (headers and
//! its small JSON body) written in one send, as browsers send small requests, and each answer
//! read by its Content-Length. (A general client sends the body after the headers, in a second
//! send that the server reads separately.)

use anyhow::Context;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::Mutex;
use std::time::Duration;

#[derive(Default)]
pub struct Connections {
    /// By `host:port`; a client's requests go one at a time.
    open: Mutex<HashMap<String, BufReader<TcpStream>>>,
}

impl Connections {
    /// POSTs `body` (JSON) to `url` (`http://host:port/path`) with `headers`; the status and the
    /// answer's body.
    pub fn post(&self, url: &str, headers: &[(&str, &str)], body: &[u8]) -> anyhow::Result<(u16, Vec<u8>)> {
        let rest = url.strip_prefix("http://").context("an http:// URL")?;
        let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let path = if path.is_empty() { "/" } else { path };
        let mut request = format!(
            "POST {path} HTTP/1.1\r\nHost: {authority}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
            body.len()
        );
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        request.push_str("\r\n");
        let mut request = request.into_bytes();
        request.extend_from_slice(body);

        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(kept) = open.get_mut(authority) {
            match exchange(kept, &request) {
                Ok(answer) => return Ok(answer),
                // Closed by the server while kept: sent again on a new connection below.
                Err(Failure::Closed) => {
                    open.remove(authority);
                }
                Err(Failure::Other(e)) => {
                    open.remove(authority);
                    return Err(e);
                }
            }
        }
        let stream = TcpStream::connect(authority).with_context(|| format!("connecting to {authority}"))?;
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(Duration::from_secs(30)))?;
        stream.set_write_timeout(Some(Duration::from_secs(30)))?;
        let mut conn = BufReader::with_capacity(16 * 1024, stream);
        let answer = exchange(&mut conn, &request).map_err(|f| match f {
            Failure::Closed => anyhow::anyhow!("{url}: the server closed the connection"),
            Failure::Other(e) => e,
        })?;
        open.insert(authority.to_owned(), conn);
        Ok(answer)
    }
}

enum Failure {
    /// Nothing came back: the connection was closed before the answer began.
    Closed,
    Other(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure::Other(e.into())
    }
}

fn exchange(conn: &mut BufReader<TcpStream>, request: &[u8]) -> Result<(u16, Vec<u8>), Failure> {
    if conn.get_mut().write_all(request).is_err() {
        return Err(Failure::Closed);
    }
    let mut line = String::new();
    if conn.read_line(&mut line).unwrap_or(0) == 0 {
        return Err(Failure::Closed);
    }
    let status: u16 = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .with_context(|| format!("a status line, not {line:?}"))?;
    let mut length = None;
    loop {
        line.clear();
        conn.read_line(&mut line)?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = Some(value.trim().parse::<usize>()?);
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                return Err(Failure::Other(anyhow::anyhow!("a chunked answer: not read here")));
            }
        }
    }
    let Some(length) = length else {
        return Err(Failure::Other(anyhow::anyhow!(
            "an answer without Content-Length"
        )));
    };
    let mut body = vec![0; length];
    conn.read_exact(&mut body)?;
    Ok((status, body))
}
