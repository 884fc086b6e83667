//! Slow and idle clients cannot hold the server: a real listener, raw TCP clients.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

mod support;

use keybound_server::Limits;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Serves the first backend's app with these limits; returns its address.
async fn serve(limits: Limits) -> std::net::SocketAddr {
    serve_limiting_begins(limits, 600).await
}

/// [`serve`], with this many ceremony begins per client address and minute.
async fn serve_limiting_begins(limits: Limits, begins_per_minute: i64) -> std::net::SocketAddr {
    let app = support::apps().await.remove(0);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut state = app.state.clone();
    state.begins_per_minute = begins_per_minute;
    tokio::spawn(async move {
        let _keep = app;
        keybound_server::serve(listener, state, limits, std::future::pending()).await
    });
    addr
}

/// Reads until the server closes the connection; how long that took (None: still open after `within`).
async fn closed_within(stream: &mut TcpStream, within: Duration) -> Option<Duration> {
    let start = Instant::now();
    let mut buf = [0u8; 1024];
    loop {
        match tokio::time::timeout(within.saturating_sub(start.elapsed()), stream.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0) | Err(_)) => return Some(start.elapsed()),
            Ok(Ok(_)) => continue,
        }
    }
}

async fn healthz(addr: std::net::SocketAddr) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = String::new();
    tokio::time::timeout(Duration::from_secs(5), stream.read_to_string(&mut answer))
        .await
        .expect("healthz answers")
        .unwrap();
    answer
}

#[tokio::test]
async fn a_half_sent_request_is_closed_and_healthz_stays_up() {
    let addr = serve(Limits {
        header_read_timeout: Duration::from_millis(400),
        request_timeout: Duration::from_secs(1),
        max_connections: 64,
        ..Limits::default()
    })
    .await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
        .await
        .unwrap();
    assert!(
        healthz(addr).await.starts_with("HTTP/1.1 200"),
        "served while a slow client waits"
    );
    assert!(
        closed_within(&mut slow, Duration::from_secs(5)).await.is_some(),
        "a client that never finishes its headers is cut off"
    );

    // A kept-alive connection that goes quiet after a request is closed too.
    let mut idle = TcpStream::connect(addr).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 512];
    let n = idle.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    assert!(
        closed_within(&mut idle, Duration::from_secs(5)).await.is_some(),
        "an idle keep-alive connection is closed"
    );

    // A body that never arrives ends the request, not the server.
    let mut stalled = TcpStream::connect(addr).await.unwrap();
    stalled
        .write_all(b"POST /signin/begin HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
        .await
        .unwrap();
    assert!(healthz(addr).await.starts_with("HTTP/1.1 200"));
    let mut answer = vec![0u8; 512];
    let n = tokio::time::timeout(Duration::from_secs(5), stalled.read(&mut answer))
        .await
        .expect("the stalled request is answered")
        .unwrap();
    let answer = String::from_utf8_lossy(&answer[..n]);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
}

#[tokio::test]
async fn connections_over_the_cap_are_closed_until_slots_free_up() {
    let addr = serve(Limits {
        header_read_timeout: Duration::from_millis(600),
        request_timeout: Duration::from_secs(5),
        max_connections: 3,
        ..Limits::default()
    })
    .await;
    let mut holders = Vec::new();
    for _ in 0..3 {
        let mut s = TcpStream::connect(addr).await.unwrap();
        s.write_all(b"GET / HTTP/1.1\r\n").await.unwrap();
        holders.push(s);
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut extra = TcpStream::connect(addr).await.unwrap();
    let _ = extra
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await;
    let closed = closed_within(&mut extra, Duration::from_millis(500)).await;
    assert!(
        closed.is_some(),
        "a fourth connection is closed at once while three are open"
    );
    for s in &mut holders {
        assert!(closed_within(s, Duration::from_secs(5)).await.is_some());
    }
    assert!(
        healthz(addr).await.starts_with("HTTP/1.1 200"),
        "once the slow clients are cut off, the server answers again"
    );
}

/// The status of a sign-in begun with these extra header lines.
async fn begin_sign_in(addr: std::net::SocketAddr, headers: &str) -> u16 {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "POST /signin/begin HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{headers}\
         Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{{}}"
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    answer
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap()
}

#[tokio::test]
async fn forwarding_headers_from_a_peer_that_is_not_a_trusted_proxy_change_nothing() {
    // Two begins per address and minute; every request comes from 127.0.0.1.
    let addr = serve_limiting_begins(Limits::default(), 2).await;
    let spoofs = [
        "X-Forwarded-For: 203.0.113.1\r\n",
        "X-Forwarded-For: 203.0.113.2\r\n",
        "Forwarded: for=203.0.113.3\r\n",
    ];
    let mut statuses = Vec::new();
    for spoof in spoofs {
        statuses.push(begin_sign_in(addr, spoof).await);
    }
    assert_eq!(
        statuses,
        [200, 200, 429],
        "the third begin from one peer is refused, whatever it claims"
    );
}

#[tokio::test]
async fn a_trusted_proxy_is_believed_about_whom_it_forwards_for() {
    let limits = Limits {
        trusted_proxies: std::sync::Arc::new(
            keybound_server::web::proxies::TrustedProxies::parse("127.0.0.1/32").unwrap(),
        ),
        ..Limits::default()
    };
    let addr = serve_limiting_begins(limits, 2).await;
    let mut statuses = Vec::new();
    for client in ["203.0.113.1", "203.0.113.2", "203.0.113.3"] {
        statuses.push(begin_sign_in(addr, &format!("X-Forwarded-For: {client}\r\n")).await);
    }
    assert_eq!(
        statuses,
        [200, 200, 200],
        "each client the proxy names has its own allowance"
    );
    let mut statuses = Vec::new();
    for _ in 0..3 {
        statuses.push(begin_sign_in(addr, "Forwarded: for=\"198.51.100.7:1234\"\r\n").await);
    }
    assert_eq!(
        statuses,
        [200, 200, 429],
        "one client behind the proxy is limited as one"
    );
}
