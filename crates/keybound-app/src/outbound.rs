//! Requests Keybound sends to addresses that others chose (an application's back-channel logout
//! URI), and the one rule for them: only to the public internet. Loopback, private, link-local,
//! carrier-grade NAT and cloud metadata addresses are refused unless the operator allows their
//! network (`oidc_backchannel_allow`), the host is resolved when the request is sent (so a name
//! that later points inside is still refused), and no redirect is followed. The same rule is
//! applied when such a URL is registered, without sending anything.

use keybound_core::net::{not_public, Networks};
use std::io;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::sync::Arc;
use std::time::Duration;

/// Where Keybound may send requests, and whom it trusts there: the system's certificate
/// authorities (and those of `SSL_CERT_FILE`, if set).
#[derive(Debug, Clone, Default)]
pub struct Outbound {
    /// Networks allowed although they are not public (for single-machine setups and tests).
    pub allow: Networks,
    /// Certificate authorities (PEM) trusted besides the system's.
    roots: Vec<Vec<u8>>,
}

impl Outbound {
    pub fn new(allow: Networks) -> Self {
        Self {
            allow,
            roots: Vec::new(),
        }
    }

    /// Also trusts the certificate authority `pem` (a private CA's).
    pub fn trusting(mut self, pem: &[u8]) -> Self {
        self.roots.push(pem.to_vec());
        self
    }

    /// Why a request to `ip` is refused, or `None`.
    fn refusal(&self, ip: IpAddr) -> Option<String> {
        if self.allow.contains(ip) {
            return None;
        }
        not_public(ip).map(|why| format!("{ip} is {why}, which Keybound does not call"))
    }

    /// Checks a URL as it is registered: http(s), and a host that is not (and does not resolve
    /// to) an address Keybound refuses. A name that does not resolve now is accepted; it is
    /// checked again each time a request is sent.
    pub async fn check_registration(&self, url: &str) -> Result<(), String> {
        let parsed = url::Url::parse(url).map_err(|e| format!("is not a URL: {e}"))?;
        let host = match parsed.host() {
            Some(url::Host::Ipv4(ip)) => return self.check_ip(IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => return self.check_ip(IpAddr::V6(ip)),
            Some(url::Host::Domain(name)) => name.to_ascii_lowercase(),
            None => return Err("has no host".into()),
        };
        if host == "localhost" || host.ends_with(".localhost") {
            return self.check_ip(IpAddr::from([127, 0, 0, 1]));
        }
        let port = parsed.port_or_known_default().unwrap_or(443);
        let resolved =
            tokio::task::spawn_blocking(move || (host.as_str(), port).to_socket_addrs().map(Vec::from_iter))
                .await
                .map_err(|e| e.to_string())?;
        match resolved {
            Ok(addresses) => addresses.iter().try_for_each(|a| self.check_ip(a.ip())),
            Err(_) => Ok(()),
        }
    }

    fn check_ip(&self, ip: IpAddr) -> Result<(), String> {
        self.refusal(ip).map_or(Ok(()), Err)
    }

    /// POSTs `form` to `url` and waits for a 2xx answer, blocking (run it off the async
    /// runtime). A redirect is an answer that did not deliver, not a place to go on to.
    pub fn post_form(&self, url: &str, form: &[(&str, &str)], timeout: Duration) -> Result<(), String> {
        let agent = self.agent(timeout)?;
        match agent.post(url).send_form(form) {
            Ok(answer) if (200..300).contains(&answer.status()) => Ok(()),
            Ok(answer) => Err(format!(
                "answered {} (redirects are not followed)",
                answer.status()
            )),
            Err(ureq::Error::Status(code, _)) => Err(format!("answered {code}")),
            Err(e) => Err(e.to_string()),
        }
    }

    fn agent(&self, timeout: Duration) -> Result<ureq::Agent, String> {
        let mut tls = native_tls::TlsConnector::builder();
        for pem in &self.roots {
            let root = native_tls::Certificate::from_pem(pem).map_err(|e| format!("TLS: {e}"))?;
            tls.add_root_certificate(root);
        }
        let tls = tls.build().map_err(|e| format!("TLS: {e}"))?;
        let rule = self.clone();
        Ok(ureq::AgentBuilder::new()
            .timeout(timeout)
            .redirects(0)
            .tls_connector(Arc::new(tls))
            .resolver(move |netloc: &str| rule.resolve(netloc))
            .build())
    }

    /// Resolves `host:port` to the addresses the rule allows; none allowed is an error.
    fn resolve(&self, netloc: &str) -> io::Result<Vec<SocketAddr>> {
        let all: Vec<SocketAddr> = netloc.to_socket_addrs()?.collect();
        let mut refused = None;
        let allowed: Vec<SocketAddr> = all
            .into_iter()
            .filter(|a| match self.refusal(a.ip()) {
                Some(why) => {
                    refused = Some(why);
                    false
                }
                None => true,
            })
            .collect();
        match (allowed.is_empty(), refused) {
            (true, Some(why)) => Err(io::Error::new(io::ErrorKind::PermissionDenied, why)),
            _ => Ok(allowed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn registration_refuses_addresses_inside_unless_allowed() {
        let strict = Outbound::default();
        for url in [
            "http://127.0.0.1:9000/logout",
            "https://localhost/logout",
            "https://app.localhost/logout",
            "https://[::1]/logout",
            "https://10.0.0.5/logout",
            "https://169.254.169.254/latest/meta-data",
            "https://100.64.0.1/x",
            "https://[fd00::1]/x",
            "https://[::ffff:192.168.0.1]/x",
        ] {
            assert!(strict.check_registration(url).await.is_err(), "{url}");
        }
        assert!(strict
            .check_registration("https://93.184.216.34/logout")
            .await
            .is_ok());
        // A name that does not resolve here is checked again when something is sent.
        assert!(strict
            .check_registration("https://app.invalid/logout")
            .await
            .is_ok());
        let local = Outbound::new(Networks::parse("127.0.0.0/8").unwrap());
        assert!(local
            .check_registration("http://127.0.0.1:9000/logout")
            .await
            .is_ok());
        assert!(local.check_registration("https://10.0.0.5/logout").await.is_err());
    }

    #[test]
    fn sending_resolves_and_refuses_addresses_inside() {
        let strict = Outbound::default();
        let refused = strict
            .post_form("http://127.0.0.1:9/logout", &[("a", "b")], Duration::from_secs(2))
            .unwrap_err();
        assert!(refused.contains("loopback"), "{refused}");
        let refused = strict
            .post_form("http://localhost:9/logout", &[("a", "b")], Duration::from_secs(2))
            .unwrap_err();
        assert!(refused.contains("loopback"), "{refused}");
    }
}
