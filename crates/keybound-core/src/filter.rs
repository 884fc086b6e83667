//! List filters in SCIM syntax (RFC 7644 §3.4.2.2), the subset Keybound's lists take:
//! `attribute op "value"` clauses with `eq`, `co` (contains) or `sw` (starts with), joined by `and`.
//! Comparisons are case-insensitive, as SCIM's default for strings.
//!
//! Example: `traits.username sw "jo" and enrollment_status eq "PENDING"`.

use crate::error::Invalid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Contains,
    StartsWith,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub attribute: String,
    pub op: Op,
    pub value: String,
}

/// All clauses must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub clauses: Vec<Clause>,
}

const MAX_FILTER: usize = 2048;

/// A clause Keybound adds itself (the parser never lets it through): the identity is a member of
/// one of the groups whose ids, space-separated, are the value.
pub const IN_GROUPS: &str = "$in_groups";

impl Clause {
    /// `attribute eq "value"`.
    pub fn eq(attribute: &str, value: &str) -> Self {
        Self {
            attribute: attribute.to_owned(),
            op: Op::Eq,
            value: value.to_owned(),
        }
    }
}

impl Filter {
    /// Just `attribute eq "value"`.
    pub fn eq(attribute: &str, value: &str) -> Self {
        Self {
            clauses: vec![Clause::eq(attribute, value)],
        }
    }

    /// Parses `input`, accepting only the attributes in `allowed`.
    pub fn parse(input: Option<&str>, allowed: &[&str]) -> Result<Self, Invalid> {
        let Some(input) = input.map(str::trim).filter(|s| !s.is_empty()) else {
            return Ok(Self::default());
        };
        if input.chars().count() > MAX_FILTER {
            return Err(bad(format!("must be at most {MAX_FILTER} characters")));
        }
        let mut tokens = Tokens { rest: input };
        let mut clauses = Vec::new();
        loop {
            let attribute = tokens.word().ok_or_else(|| bad("expected an attribute name"))?;
            if !allowed.iter().any(|a| a.eq_ignore_ascii_case(attribute)) {
                return Err(bad(format!(
                    "cannot filter on `{attribute}`; use one of {}",
                    allowed.join(", ")
                )));
            }
            let op = match tokens.word().map(str::to_ascii_lowercase).as_deref() {
                Some("eq") => Op::Eq,
                Some("co") => Op::Contains,
                Some("sw") => Op::StartsWith,
                other => {
                    return Err(bad(format!(
                        "expected eq, co or sw after `{attribute}`, found `{}`",
                        other.unwrap_or("end of filter")
                    )))
                }
            };
            let value = tokens.value()?;
            let canonical = allowed
                .iter()
                .find(|a| a.eq_ignore_ascii_case(attribute))
                .copied();
            clauses.push(Clause {
                attribute: canonical.unwrap_or(attribute).to_owned(),
                op,
                value,
            });
            match tokens.word() {
                None if tokens.rest.trim().is_empty() => break,
                None => return Err(bad("expected `and` or the end of the filter, found `\"`")),
                Some(w) if w.eq_ignore_ascii_case("and") => continue,
                Some(w) => {
                    return Err(bad(format!(
                        "expected `and` or the end of the filter, found `{w}`"
                    )))
                }
            }
        }
        Ok(Self { clauses })
    }
}

fn bad(description: impl Into<String>) -> Invalid {
    Invalid::one("filter", description)
}

struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Tokens<'a> {
    fn word(&mut self) -> Option<&'a str> {
        let s = self.rest.trim_start();
        let end = s.find(|c: char| c.is_whitespace() || c == '"').unwrap_or(s.len());
        if end == 0 {
            self.rest = s;
            return None;
        }
        let (word, rest) = s.split_at(end);
        self.rest = rest;
        Some(word)
    }

    /// A double-quoted string with `\"` and `\\` escapes.
    fn value(&mut self) -> Result<String, Invalid> {
        let s = self.rest.trim_start();
        let Some(body) = s.strip_prefix('"') else {
            return Err(bad(
                "values must be in double quotes, e.g. traits.username eq \"jane\"",
            ));
        };
        let mut out = String::new();
        let mut chars = body.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => {
                    self.rest = &body[i + 1..];
                    return Ok(out);
                }
                '\\' => match chars.next() {
                    Some((_, e)) => out.push(e),
                    None => break,
                },
                c => out.push(c),
            }
        }
        Err(bad("a quoted value is not closed"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALLOWED: &[&str] = &["traits.username", "display_name", "enrollment_status"];

    #[test]
    fn parses_clauses_joined_by_and() {
        let f = Filter::parse(
            Some(r#"traits.username eq "Jane" AND display_name co "a \"b\"""#),
            ALLOWED,
        )
        .unwrap();
        assert_eq!(
            f.clauses,
            [
                Clause {
                    attribute: "traits.username".into(),
                    op: Op::Eq,
                    value: "Jane".into()
                },
                Clause {
                    attribute: "display_name".into(),
                    op: Op::Contains,
                    value: "a \"b\"".into()
                },
            ]
        );
        assert_eq!(Filter::parse(Some("  "), ALLOWED).unwrap(), Filter::default());
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        for bad in [
            "traits.username",
            "traits.username eq jane",
            "traits.username gt \"a\"",
            "password eq \"x\"",
            "traits.username eq \"a\" or display_name eq \"b\"",
            "traits.username eq \"open",
            "traits.username eq \"a\" and",
            "traits.username eq \"a\"\"b\"",
        ] {
            let err = Filter::parse(Some(bad), ALLOWED).unwrap_err();
            assert_eq!(err.0[0].field, "filter", "{bad}");
        }
    }
}
