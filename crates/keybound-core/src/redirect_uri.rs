//! Redirect URIs of applications that sign their users in through Keybound: which may be
//! registered, and whether the one an authorization request presents is one of them.
//!
//! Matching is by exact string, with no normalisation (no case folding, no default ports, no
//! trailing slashes, no decoding), except the rule for native apps (RFC 8252 §7.3): a
//! registered `http://127.0.0.1/...` or `http://[::1]/...` matches the same URI on any port,
//! since the app listens on whatever port the system gives it.

/// Longest redirect URI accepted.
pub const MAX_LENGTH: usize = 2048;

/// Why `uri` cannot be registered, if it cannot: a wildcard, a fragment, userinfo, a dot
/// segment, plain http to anything but a loopback address, or a scheme that runs code.
pub fn check_registration(uri: &str) -> Result<(), String> {
    if uri.is_empty() {
        return Err("must not be empty".into());
    }
    if uri.len() > MAX_LENGTH {
        return Err(format!("must be at most {MAX_LENGTH} characters"));
    }
    if uri.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("must not contain spaces or control characters".into());
    }
    if uri.contains('*') {
        return Err("must not contain wildcards: register each URI exactly".into());
    }
    if uri.contains('#') {
        return Err("must not have a fragment (#...)".into());
    }
    let Some((scheme, rest)) = uri.split_once(':') else {
        return Err("must be an absolute URI like https://app.example.com/callback".into());
    };
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    if !scheme_ok {
        return Err("must start with a scheme like https:".into());
    }
    let scheme = scheme.to_ascii_lowercase();
    let path = match scheme.as_str() {
        "http" | "https" => {
            let Some(after) = rest.strip_prefix("//") else {
                return Err("must be an absolute URI like https://app.example.com/callback".into());
            };
            let (authority, path) = after.split_at(after.find(['/', '?']).unwrap_or(after.len()));
            let Some(host) = host_of(authority) else {
                return Err("must name a host (and a port, if any, as a number), with no user name".into());
            };
            if scheme == "http" && !is_loopback(host) {
                return Err(
                    "must use https, except for a loopback address (http://127.0.0.1, http://[::1], http://localhost)"
                        .into(),
                );
            }
            path
        }
        // Private-use schemes of native apps (RFC 8252 §7.1) are named like a reversed domain.
        _ if scheme.contains('.') => rest,
        _ => {
            return Err(
                "must be https, http on a loopback address, or an app's own scheme like com.example.app:/callback"
                    .into(),
            )
        }
    };
    let path = path.split('?').next().unwrap_or_default();
    let lowered = path.to_ascii_lowercase();
    let dot_segment = path.split('/').any(|s| s == "." || s == "..")
        || lowered.contains("%2e")
        || lowered.contains("%2f")
        || lowered.contains("%5c")
        || path.contains('\\');
    if dot_segment {
        return Err("must not contain dot segments (/../) or encoded slashes and dots".into());
    }
    Ok(())
}

/// Does `presented` match one of `registered`?
pub fn matches(registered: &[String], presented: &str) -> bool {
    registered
        .iter()
        .any(|r| r == presented || loopback_match(r, presented))
}

/// `host[:port]` with no userinfo and a port, if any, from 1 to 65535: the host, or `None`.
fn host_of(authority: &str) -> Option<&str> {
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let (host, port) = if authority.starts_with('[') {
        let end = authority.find(']')? + 1;
        authority.split_at(end)
    } else {
        authority.split_at(authority.find(':').unwrap_or(authority.len()))
    };
    let port_ok = port.is_empty()
        || port.strip_prefix(':').is_some_and(|digits| {
            !digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
                && digits.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p))
        });
    (!host.is_empty() && port_ok).then_some(host)
}

/// Where to go after signing in, if `next` names a path on this site: tab, LF and CR removed
/// as a browser's URL parser removes them, then a path that starts with one `/` (not `//` or
/// `/\`, which browsers read as another host), with no scheme or host, and no backslash. Any
/// other `next` is ignored (`None`).
pub fn local_path(next: &str) -> Option<String> {
    let cleaned: String = next
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let rest = cleaned.strip_prefix('/')?;
    if rest.starts_with('/') || cleaned.contains('\\') || cleaned.chars().any(char::is_control) {
        return None;
    }
    // Read as a browser would, against this site: it must stay on it.
    let base = url::Url::parse("https://keybound.invalid/").ok()?;
    let joined = base.join(&cleaned).ok()?;
    (joined.origin() == base.origin()).then_some(cleaned)
}

fn is_loopback(host: &str) -> bool {
    matches!(host, "127.0.0.1" | "[::1]" | "localhost")
}

/// `http://127.0.0.1:<any port>/rest` or `http://[::1]:<any port>/rest` against the same
/// registered URI with another port or none. Everything else must be equal.
fn loopback_match(registered: &str, presented: &str) -> bool {
    fn split(uri: &str) -> Option<(&str, &str)> {
        let after = uri.strip_prefix("http://")?;
        let (authority, rest) = after.split_at(after.find(['/', '?']).unwrap_or(after.len()));
        let host = host_of(authority)?;
        matches!(host, "127.0.0.1" | "[::1]").then_some((host, rest))
    }
    match (split(registered), split(presented)) {
        (Some(r), Some(p)) => r == p,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REGISTERED: &[&str] = &[
        "https://app.example.com/callback",
        "http://127.0.0.1/cb",
        "http://[::1]:8000/native",
        "com.example.app:/oauth",
    ];

    #[test]
    fn only_a_path_on_this_site_is_a_place_to_go_after_signing_in() {
        for (next, kept) in [
            ("/account", Some("/account")),
            ("/console/users?page=2#top", Some("/console/users?page=2#top")),
            (
                "/realms/r1/authorize/resume?request=abc",
                Some("/realms/r1/authorize/resume?request=abc"),
            ),
            ("/acc\tount", Some("/account")),
            ("//evil.example", None),
            ("/\t/evil.example", None),
            ("/\n/evil.example", None),
            ("/\r/evil.example", None),
            ("/\\evil.example", None),
            ("\\/evil.example", None),
            ("https://evil.example/", None),
            ("javascript:alert(1)", None),
            ("evil.example", None),
            ("", None),
            ("/%09/evil.example", Some("/%09/evil.example")),
        ] {
            assert_eq!(local_path(next).as_deref(), kept, "{next:?}");
        }
    }

    fn registered() -> Vec<String> {
        REGISTERED.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn exact_uris_and_loopback_ports_match() {
        for ok in [
            "https://app.example.com/callback",
            "http://127.0.0.1/cb",
            "http://127.0.0.1:51234/cb",
            "http://127.0.0.1:1/cb",
            "http://[::1]/native",
            "http://[::1]:61000/native",
            "com.example.app:/oauth",
        ] {
            assert!(matches(&registered(), ok), "{ok} should match");
        }
    }

    #[test]
    fn anything_else_is_refused() {
        let refused = [
            "https://evil.com/callback",
            "https://app.example.com.evil.com/callback",
            "https://evil.com/app.example.com/callback",
            "https://app.example.com@evil.com/callback",
            "https://user@app.example.com/callback",
            "http://app.example.com/callback",
            "https://app.example.com:8443/callback",
            "https://app.example.com:443/callback",
            "https://APP.example.com/callback",
            "https://app.example.com/Callback",
            "https://app.example.com/callback/",
            "https://app.example.com//callback",
            "https://app.example.com/callbackx",
            "https://app.example.com/callback/../admin",
            "https://app.example.com/callback/..%2fadmin",
            "https://app.example.com/callback%20",
            " https://app.example.com/callback",
            "https://app.example.com/callback?next=https://evil.com",
            "https://app.example.com/callback?",
            "https://app.example.com/callback#",
            "https://app.example.com/callback#evil",
            "https://app.example.com/*",
            "https://*.example.com/callback",
            "http://localhost:x@evil.com/cb",
            "http://127.0.0.1:x@evil.com/cb",
            "http://127.0.0.1@evil.com/cb",
            "http://127.0.0.1.evil.com/cb",
            "http://127.0.0.1:8080/cb/../x",
            "http://127.0.0.1:99999/cb",
            "http://127.0.0.1:80abc/cb",
            "http://127.0.0.1:/cb",
            "https://127.0.0.1:8080/cb",
            "http://[::1]:8080/cb",
            "http://localhost:8080/cb",
            "http://127.0.0.1:8080/cb?x=1",
            "http://127.0.0.1:8080",
            "com.example.app:/oauth/../x",
            "com.evil.app:/oauth",
            "javascript:alert(1)//https://app.example.com/callback",
            "",
        ];
        assert!(refused.len() >= 20);
        for bad in refused {
            assert!(!matches(&registered(), bad), "{bad:?} must not match");
        }
    }

    #[test]
    fn what_may_be_registered() {
        for ok in REGISTERED.iter().chain(&[
            "http://localhost:3000/auth/callback",
            "https://app.example.com/cb?tenant=acme",
            "https://app.example.com:8443/cb",
        ]) {
            assert_eq!(check_registration(ok), Ok(()), "{ok}");
        }
        for bad in [
            "",
            "/callback",
            "app.example.com/callback",
            "https://*.example.com/cb",
            "https://app.example.com/*",
            "https://app.example.com/cb#done",
            "https://user@app.example.com/cb",
            "https://app.example.com:x/cb",
            "https://app.example.com:0/cb",
            "http://app.example.com/cb",
            "https:/app.example.com/cb",
            "https://",
            "https://app.example.com/a/../b",
            "https://app.example.com/a/%2E%2E/b",
            "https://app.example.com/a\\b",
            "https://app.example.com/a b",
            "javascript:alert(1)",
            "data:text/html,hi",
            "file:///etc/passwd",
            "myapp:/cb",
        ] {
            assert!(check_registration(bad).is_err(), "{bad:?} must be refused");
        }
    }
}
