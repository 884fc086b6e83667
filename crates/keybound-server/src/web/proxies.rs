//! Whose word is taken for a request's client address. Behind a reverse proxy every connection
//! comes from the proxy, and the proxy says whom it forwards for (`Forwarded: for=...` or
//! `X-Forwarded-For`). Anybody can send those headers, so they are believed only from the
//! peers named in `KEYBOUND_TRUSTED_PROXIES`, and only as far back as the chain passes through
//! trusted proxies: the client is the nearest address that is not one of them. From any other
//! peer the headers are ignored, and the client is the peer itself.

use axum::http::HeaderMap;
use keybound_core::net::{canonical, Networks};
use std::net::IpAddr;

/// The address of the client a request is for, as [`TrustedProxies::client_address`] found
/// it; put in the request's extensions when it is served.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress(pub IpAddr);

/// Networks whose peers are reverse proxies (CIDRs like `10.0.0.0/8`, `::1/128`, or a single
/// address).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies {
    networks: Networks,
}

impl TrustedProxies {
    /// Parses a comma- or space-separated list of CIDRs; empty means no proxy is trusted.
    pub fn parse(list: &str) -> Result<Self, String> {
        Ok(Self {
            networks: Networks::parse(list)?,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.networks.is_empty()
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        self.networks.contains(ip)
    }

    /// The client of a request that arrived from `peer` with these headers.
    pub fn client_address(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = canonical(peer);
        if !self.contains(peer) {
            return peer;
        }
        // Nearest hop last: the chain as the proxies reported it, then the peer.
        let chain = forwarded_for(headers);
        let mut client = peer;
        for hop in chain.iter().rev() {
            if !self.contains(client) {
                break;
            }
            match hop {
                Some(ip) => client = canonical(*ip),
                // "unknown" or an obfuscated name: nothing further back can be known.
                None => break,
            }
        }
        client
    }
}

/// The addresses the proxies reported, farthest first: `Forwarded`'s `for=` when there is a
/// `Forwarded` header, else `X-Forwarded-For`. `None` for a hop given as something other than
/// an address.
fn forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let values = |name: &str| {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    let forwarded = values("forwarded");
    if !forwarded.is_empty() {
        return forwarded
            .iter()
            .map(|element| {
                element
                    .split(';')
                    .filter_map(|pair| pair.trim().split_once('='))
                    .find(|(key, _)| key.trim().eq_ignore_ascii_case("for"))
                    .and_then(|(_, value)| parse_node(value.trim().trim_matches('"')))
            })
            .collect();
    }
    values("x-forwarded-for").iter().map(|v| parse_node(v)).collect()
}

/// An address as proxies write it: `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]:4711` or `2001:db8::1`.
fn parse_node(node: &str) -> Option<IpAddr> {
    if let Ok(ip) = node.parse() {
        return Some(ip);
    }
    if let Some(rest) = node.strip_prefix('[') {
        return rest.split_once(']').and_then(|(ip, _)| ip.parse().ok());
    }
    node.rsplit_once(':')
        .and_then(|(ip, _)| ip.parse::<std::net::Ipv4Addr>().ok())
        .map(IpAddr::V4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, value.parse().unwrap());
        }
        map
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn headers_from_a_peer_that_is_not_a_trusted_proxy_are_ignored() {
        let none = TrustedProxies::default();
        let some = TrustedProxies::parse("10.0.0.0/8").unwrap();
        let spoofed = headers(&[
            ("x-forwarded-for", "203.0.113.9"),
            ("forwarded", "for=198.51.100.1"),
        ]);
        assert_eq!(none.client_address(ip("10.1.2.3"), &spoofed), ip("10.1.2.3"));
        assert_eq!(some.client_address(ip("192.0.2.50"), &spoofed), ip("192.0.2.50"));
    }

    #[test]
    fn a_trusted_proxy_is_believed_back_to_the_first_address_that_is_not_a_proxy() {
        let proxies = TrustedProxies::parse("10.0.0.0/8, 127.0.0.1").unwrap();
        // The client sent a made-up address itself; the proxies appended what they saw.
        let chain = headers(&[("x-forwarded-for", "1.1.1.1, 203.0.113.9, 10.0.0.2")]);
        assert_eq!(proxies.client_address(ip("127.0.0.1"), &chain), ip("203.0.113.9"));
        let one = headers(&[("x-forwarded-for", "203.0.113.9:5000")]);
        assert_eq!(proxies.client_address(ip("10.9.9.9"), &one), ip("203.0.113.9"));
        let none = HeaderMap::new();
        assert_eq!(proxies.client_address(ip("10.9.9.9"), &none), ip("10.9.9.9"));
    }

    #[test]
    fn forwarded_is_read_before_x_forwarded_for_with_ports_brackets_and_unknowns() {
        let proxies = TrustedProxies::parse("::1/128 10.0.0.0/8").unwrap();
        let both = headers(&[
            (
                "forwarded",
                r#"for="[2001:db8::17]:4711";proto=https, for=10.0.0.3"#,
            ),
            ("x-forwarded-for", "198.51.100.1"),
        ]);
        assert_eq!(proxies.client_address(ip("::1"), &both), ip("2001:db8::17"));
        let hidden = headers(&[("forwarded", "for=_hidden, for=10.0.0.3")]);
        assert_eq!(proxies.client_address(ip("::1"), &hidden), ip("10.0.0.3"));
        // A dual-stack listener's view of an IPv4 proxy.
        let v4 = TrustedProxies::parse("10.0.0.0/8").unwrap();
        let one = headers(&[("x-forwarded-for", "203.0.113.9")]);
        assert_eq!(v4.client_address(ip("::ffff:10.0.0.1"), &one), ip("203.0.113.9"));
    }

    #[test]
    fn bad_networks_are_refused_by_name() {
        for bad in ["10.0.0.0/33", "nonsense", "::1/129", "10.0.0.0/"] {
            let e = TrustedProxies::parse(bad).unwrap_err();
            assert!(e.contains(bad), "{e}");
        }
        assert!(TrustedProxies::parse("").unwrap().is_empty());
        assert!(TrustedProxies::parse("0.0.0.0/0")
            .unwrap()
            .contains(ip("8.8.8.8")));
    }
}
