//! Names people choose and others read: usernames, display names, group names. A name must not
//! hide what it is: characters that show nothing (zero-width, other default-ignorable ones) or
//! turn the text around (bidi controls) are refused in usernames and group names and dropped
//! from display names; usernames compare after NFKC normalisation and case folding, and one
//! that looks the same as another (the same confusable skeleton, Unicode TS #39) is taken.

use unicode_normalization::UnicodeNormalization;

/// Characters that turn text around: the bidi embeddings, overrides, isolates and marks.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that show nothing: Unicode's Default_Ignorable_Code_Point (zero-width spaces and
/// joiners, the word joiner, variation selectors, fillers, tags, ...).
pub fn is_default_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// Why `name` may not be a username or group name, if it may not.
pub fn hidden_characters(name: &str) -> Option<&'static str> {
    if name.chars().any(is_bidi_control) {
        Some("must not contain characters that reverse the text (bidi controls)")
    } else if name.chars().any(is_default_ignorable) {
        Some("must not contain invisible characters (zero-width or other default-ignorable)")
    } else {
        None
    }
}

/// A display name as stored: without bidi controls.
pub fn clean_display_name(name: &str) -> String {
    name.chars().filter(|c| !is_bidi_control(*c)).collect()
}

/// The key under which usernames are unique in a realm: NFKC-normalised and case-folded, so
/// that `ａｄｍｉｎ` and `Admin` are `admin`.
pub fn username_key(username: &str) -> String {
    username.nfkc().collect::<String>().to_lowercase()
}

/// What a username looks like, under which no two usernames of a realm may be alike: the TS #39
/// confusable skeleton of its key, so that `аdmin` (with a Cyrillic а) or `adrnin` is `admin`'s.
pub fn username_skeleton(username: &str) -> String {
    unicode_security::skeleton(&username_key(username))
        .collect::<String>()
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_that_look_alike_share_a_key_or_a_skeleton() {
        assert_eq!(username_key("ａｄｍｉｎ"), "admin");
        assert_eq!(username_key("Admin"), "admin");
        assert_eq!(
            username_skeleton("аdmin"),
            username_skeleton("admin"),
            "Cyrillic а"
        );
        assert_eq!(
            username_skeleton("adrnin"),
            username_skeleton("admin"),
            "rn for m"
        );
        assert_eq!(username_skeleton("ADMIN"), username_skeleton("admin"));
        assert_ne!(username_skeleton("alice"), username_skeleton("admin"));
    }

    #[test]
    fn hidden_and_reversing_characters_are_named() {
        assert!(hidden_characters("ad\u{200B}min").is_some(), "zero-width space");
        assert!(
            hidden_characters("admin\u{202E}").is_some(),
            "right-to-left override"
        );
        assert!(hidden_characters("ad\u{2060}min").is_some(), "word joiner");
        assert!(hidden_characters("jane.doe").is_none());
        assert!(hidden_characters("Zoë").is_none());
        assert_eq!(clean_display_name("Ann\u{202E}a"), "Anna");
    }
}
