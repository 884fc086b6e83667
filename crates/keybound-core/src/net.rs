//! IP networks: lists of them an operator configures (trusted proxies, addresses Keybound may
//! call), and which addresses are not on the public internet.

use std::net::IpAddr;

/// Networks (CIDRs like `10.0.0.0/8`, `::1/128`, or single addresses).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Networks {
    networks: Vec<(IpAddr, u8)>,
}

impl Networks {
    /// Parses a comma- or space-separated list; empty means none.
    pub fn parse(list: &str) -> Result<Self, String> {
        let networks = list
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(parse_network)
            .collect::<Result<_, _>>()?;
        Ok(Self { networks })
    }

    pub fn is_empty(&self) -> bool {
        self.networks.is_empty()
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.networks.iter().any(|&(net, bits)| in_network(ip, net, bits))
    }
}

/// Address ranges that are not the public internet, each with why an address in it is refused.
const NOT_PUBLIC: &[(&str, &str)] = &[
    ("0.0.0.0/8", "an unspecified address"),
    ("10.0.0.0/8", "a private address"),
    ("100.64.0.0/10", "a carrier-grade NAT address"),
    ("127.0.0.0/8", "a loopback address"),
    ("169.254.0.0/16", "a link-local or cloud metadata address"),
    ("172.16.0.0/12", "a private address"),
    ("192.0.0.0/24", "a protocol assignment address"),
    ("192.168.0.0/16", "a private address"),
    ("198.18.0.0/15", "a benchmarking address"),
    ("224.0.0.0/3", "a multicast or reserved address"),
    ("::/128", "an unspecified address"),
    ("::1/128", "a loopback address"),
    ("64:ff9b:1::/48", "a private translation address"),
    ("fc00::/7", "a private (unique local) address"),
    ("fe80::/10", "a link-local address"),
    ("ff00::/8", "a multicast address"),
];

/// Why `ip` is not an address on the public internet (loopback, private, link-local, carrier-
/// grade NAT, cloud metadata, ...), or `None` when it is one.
pub fn not_public(ip: IpAddr) -> Option<&'static str> {
    let ip = canonical(ip);
    NOT_PUBLIC.iter().find_map(|(net, why)| {
        let (net, bits) = parse_network(net).ok()?;
        in_network(ip, net, bits).then_some(*why)
    })
}

fn parse_network(s: &str) -> Result<(IpAddr, u8), String> {
    let bad = || format!("`{s}` is not an IP address or network (like 10.0.0.0/8 or ::1/128)");
    let (addr, bits) = match s.split_once('/') {
        Some((addr, bits)) => (addr, Some(bits)),
        None => (s, None),
    };
    let addr: IpAddr = addr.parse().map_err(|_| bad())?;
    let max = if addr.is_ipv4() { 32 } else { 128 };
    let bits = match bits {
        Some(bits) => bits.parse::<u8>().ok().filter(|b| *b <= max).ok_or_else(bad)?,
        None => max,
    };
    // `::ffff:a.b.c.d/n` is the IPv4 network `a.b.c.d/(n - 96)`.
    match (addr, canonical(addr)) {
        (IpAddr::V6(_), v4 @ IpAddr::V4(_)) => Ok((v4, bits.saturating_sub(96))),
        _ => Ok((addr, bits)),
    }
}

/// IPv4 addresses written as IPv6 (`::ffff:10.0.0.1`, as dual-stack listeners see them) as IPv4.
pub fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

fn in_network(ip: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(ip), IpAddr::V4(net)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            u32::from(ip) & mask == u32::from(net) & mask
        }
        (IpAddr::V6(ip), IpAddr::V6(net)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            u128::from(ip) & mask == u128::from(net) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_off_the_public_internet_are_named() {
        for (ip, why) in [
            ("127.0.0.1", "a loopback address"),
            ("::1", "a loopback address"),
            ("::ffff:127.0.0.1", "a loopback address"),
            ("10.1.2.3", "a private address"),
            ("172.31.255.255", "a private address"),
            ("192.168.1.1", "a private address"),
            ("169.254.169.254", "a link-local or cloud metadata address"),
            ("100.100.100.200", "a carrier-grade NAT address"),
            ("fd00:ec2::254", "a private (unique local) address"),
            ("fe80::1", "a link-local address"),
            ("0.0.0.0", "an unspecified address"),
        ] {
            assert_eq!(not_public(ip.parse().unwrap()), Some(why), "{ip}");
        }
        for ip in [
            "93.184.216.34",
            "8.8.8.8",
            "2606:4700::1111",
            "172.32.0.1",
            "100.128.0.1",
        ] {
            assert_eq!(not_public(ip.parse().unwrap()), None, "{ip}");
        }
    }

    #[test]
    fn networks_hold_what_they_name() {
        let n = Networks::parse("127.0.0.1/32, 10.0.0.0/8 ::1").unwrap();
        assert!(n.contains("127.0.0.1".parse().unwrap()));
        assert!(n.contains("::ffff:10.9.9.9".parse().unwrap()));
        assert!(n.contains("::1".parse().unwrap()));
        assert!(!n.contains("127.0.0.2".parse().unwrap()));
        assert!(Networks::parse("10.0.0.0/33").is_err());
        assert!(Networks::parse("").unwrap().is_empty());
    }
}
