//! A short name for the browser and system a `User-Agent` string describes ("Chrome on macOS"),
//! for the lists of sessions and sign-ins that people read. The string itself is kept as sent.

/// Longest part of an unrecognised user agent shown in a list.
const SHOWN: usize = 60;

/// "Chrome on macOS", "Safari on iPhone", "A browser on Linux"; the string itself, shortened,
/// when neither part is known (a script's `curl/8.5.0`); "Unknown browser" when none was sent.
pub fn describe(user_agent: &str) -> String {
    match device(user_agent) {
        Device::Named { browser, system } => format!("{browser} on {system}"),
        Device::Browser(browser) => browser.to_owned(),
        Device::System(system) => format!("A browser on {system}"),
        Device::Unnamed(shortened) => shortened,
        Device::Unknown => "Unknown browser".to_owned(),
    }
}

/// What a `User-Agent` header says of the browser and system, as far as it is known; the
/// words around them are each language's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Device {
    Named {
        browser: &'static str,
        system: &'static str,
    },
    Browser(&'static str),
    System(&'static str),
    /// Neither is known: the header itself, shortened.
    Unnamed(String),
    /// No header.
    Unknown,
}

pub fn device(user_agent: &str) -> Device {
    let ua = user_agent.trim();
    if ua.is_empty() {
        return Device::Unknown;
    }
    match (browser(ua), system(ua)) {
        (Some(browser), Some(system)) => Device::Named { browser, system },
        (Some(browser), None) => Device::Browser(browser),
        (None, Some(system)) => Device::System(system),
        (None, None) => Device::Unnamed(shorten(ua)),
    }
}

fn browser(ua: &str) -> Option<&'static str> {
    // The first token found names it: Edge and Opera also say Chrome, and Chrome says Safari.
    const BROWSERS: &[(&str, &str)] = &[
        ("Edg/", "Edge"),
        ("EdgA/", "Edge"),
        ("EdgiOS/", "Edge"),
        ("OPR/", "Opera"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"),
        ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ];
    first_named(ua, BROWSERS)
}

fn system(ua: &str) -> Option<&'static str> {
    // iPhones say "like Mac OS X" and Android says Linux: the more particular one first.
    const SYSTEMS: &[(&str, &str)] = &[
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Android", "Android"),
        ("CrOS", "ChromeOS"),
        ("Windows", "Windows"),
        ("Macintosh", "macOS"),
        ("Mac OS X", "macOS"),
        ("Linux", "Linux"),
    ];
    first_named(ua, SYSTEMS)
}

/// The name beside the first token of `names` that `ua` holds.
fn first_named(ua: &str, names: &[(&str, &'static str)]) -> Option<&'static str> {
    names
        .iter()
        .find(|(token, _)| ua.contains(token))
        .map(|&(_, name)| name)
}

fn shorten(ua: &str) -> String {
    match ua.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &ua[..end]),
        None => ua.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn common_browsers_are_named_with_their_system() {
        for (ua, expected) in [
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome on macOS"),
            ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36", "Chrome on Linux"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge on Windows"),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "Safari on iPhone"),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1", "Chrome on iPhone"),
            ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Chrome on Android"),
            ("Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36", "Samsung Internet on Android"),
            ("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on Linux"),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Safari on macOS"),
            ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome on ChromeOS"),
        ] {
            assert_eq!(describe(ua), expected, "{ua}");
        }
    }

    #[test]
    fn anything_else_is_shown_as_sent_but_short() {
        assert_eq!(describe(""), "Unknown browser");
        assert_eq!(describe("  "), "Unknown browser");
        assert_eq!(describe("curl/8.5.0"), "curl/8.5.0");
        assert_eq!(describe("Mozilla/5.0 (Windows NT 10.0)"), "A browser on Windows");
        let long = "é".repeat(200);
        assert_eq!(describe(&long), format!("{}…", "é".repeat(60)));
    }
}
