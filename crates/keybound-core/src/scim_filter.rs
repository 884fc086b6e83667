//! SCIM 2.0 filters and attribute paths (RFC 7644 §3.4.2.2 and §3.5.2): the full grammar, with
//! `eq ne co sw ew pr gt ge lt le`, `and`, `or`, `not (…)`, parentheses and value filters such
//! as `emails[type eq "work"]`.
//!
//! Attribute names are case-insensitive in SCIM, so a parsed path holds them in lower case,
//! without the schema URN of the core schemas (`urn:…:core:2.0:User:userName` is `username`);
//! an extension's attributes keep their URN as [`AttrPath::schema`].

use serde_json::Value;

const MAX_FILTER: usize = 4096;
const MAX_DEPTH: usize = 32;

/// The schema URN of the enterprise User extension.
pub const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const CORE_PREFIX: &str = "urn:ietf:params:scim:schemas:core:2.0:";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareOp {
    Eq,
    Ne,
    Co,
    Sw,
    Ew,
    Gt,
    Ge,
    Lt,
    Le,
}

impl CompareOp {
    fn parse(word: &str) -> Option<Self> {
        Some(match word.to_ascii_lowercase().as_str() {
            "eq" => Self::Eq,
            "ne" => Self::Ne,
            "co" => Self::Co,
            "sw" => Self::Sw,
            "ew" => Self::Ew,
            "gt" => Self::Gt,
            "ge" => Self::Ge,
            "lt" => Self::Lt,
            "le" => Self::Le,
            _ => return None,
        })
    }
}

/// An attribute: `name` is the dotted path in lower case (`name.givenname`, `emails.value`),
/// `schema` the extension URN in lower case when the path named one; an empty `name` with a
/// `schema` is the extension's object as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttrPath {
    pub schema: Option<String>,
    pub name: String,
}

impl AttrPath {
    /// Parses `urn:…:Attr.sub` or `attr.sub`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let lower = text.to_ascii_lowercase();
        if lower == ENTERPRISE.to_ascii_lowercase() {
            // The extension as a whole.
            return Ok(Self {
                schema: Some(lower),
                name: String::new(),
            });
        }
        let (schema, name) = if lower.starts_with("urn:") {
            // The attribute follows the URN's last colon.
            let (urn, attr) = lower
                .rsplit_once(':')
                .ok_or_else(|| format!("`{text}` is not an attribute path"))?;
            if urn.starts_with(&CORE_PREFIX.to_ascii_lowercase()) {
                (None, attr.to_owned())
            } else {
                (Some(urn.to_owned()), attr.to_owned())
            }
        } else {
            (None, lower)
        };
        let valid = !name.is_empty()
            && name.split('.').all(|part| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '$')
            });
        if !valid {
            return Err(format!("`{text}` is not an attribute path"));
        }
        Ok(Self { schema, name })
    }

    /// The path as `schema:name` (or `name`), for lookups in tables of known attributes.
    pub fn key(&self) -> String {
        match &self.schema {
            Some(s) => format!("{s}:{}", self.name),
            None => self.name.clone(),
        }
    }

    fn prefixed(&self, parent: &AttrPath) -> Self {
        Self {
            schema: parent.schema.clone(),
            name: format!("{}.{}", parent.name, self.name),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Present(AttrPath),
    Compare {
        attr: AttrPath,
        op: CompareOp,
        value: Value,
    },
}

impl Expr {
    /// Every attribute the filter names.
    #[cfg(test)]
    pub fn attributes(&self) -> Vec<&AttrPath> {
        let mut out = Vec::new();
        self.walk(&mut out);
        out
    }

    #[cfg(test)]
    fn walk<'a>(&'a self, out: &mut Vec<&'a AttrPath>) {
        match self {
            Self::And(a, b) | Self::Or(a, b) => {
                a.walk(out);
                b.walk(out);
            }
            Self::Not(a) => a.walk(out),
            Self::Present(attr) | Self::Compare { attr, .. } => out.push(attr),
        }
    }

    /// Does the JSON object `item` (one value of a multi-valued attribute, such as one email)
    /// match? Attribute names are compared case-insensitively, and so are strings (SCIM's
    /// default), except with `case_exact`.
    pub fn matches(&self, item: &Value) -> bool {
        match self {
            Self::And(a, b) => a.matches(item) && b.matches(item),
            Self::Or(a, b) => a.matches(item) || b.matches(item),
            Self::Not(a) => !a.matches(item),
            Self::Present(attr) => lookup(item, &attr.name).is_some_and(|v| !is_unassigned(v)),
            Self::Compare { attr, op, value } => {
                let found = lookup(item, &attr.name);
                compare_json(found, *op, value)
            }
        }
    }
}

/// A value in `item` at the dotted lower-case `path`, with keys matched case-insensitively.
pub fn lookup<'a>(item: &'a Value, path: &str) -> Option<&'a Value> {
    let mut current = item;
    for part in path.split('.') {
        current = current
            .as_object()?
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(part))
            .map(|(_, v)| v)?;
    }
    Some(current)
}

fn is_unassigned(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn compare_json(found: Option<&Value>, op: CompareOp, wanted: &Value) -> bool {
    let Some(found) = found else {
        return op == CompareOp::Ne && !wanted.is_null();
    };
    match (found, wanted) {
        (Value::String(a), Value::String(b)) => compare_text(&a.to_lowercase(), op, &b.to_lowercase()),
        (Value::Bool(a), Value::Bool(b)) => match op {
            CompareOp::Eq => a == b,
            CompareOp::Ne => a != b,
            _ => false,
        },
        (Value::Number(a), Value::Number(b)) => {
            let (Some(a), Some(b)) = (a.as_f64(), b.as_f64()) else {
                return false;
            };
            match op {
                CompareOp::Eq => a == b,
                CompareOp::Ne => a != b,
                CompareOp::Gt => a > b,
                CompareOp::Ge => a >= b,
                CompareOp::Lt => a < b,
                CompareOp::Le => a <= b,
                _ => false,
            }
        }
        (Value::Array(items), _) => items.iter().any(|v| compare_json(Some(v), op, wanted)),
        (_, Value::Null) => op == CompareOp::Ne,
        _ => op == CompareOp::Ne,
    }
}

/// `a op b` for strings, as given (the caller folds case where it should).
pub fn compare_text(a: &str, op: CompareOp, b: &str) -> bool {
    match op {
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Co => a.contains(b),
        CompareOp::Sw => a.starts_with(b),
        CompareOp::Ew => a.ends_with(b),
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
    }
}

/// Parses a filter.
pub fn parse(input: &str) -> Result<Expr, String> {
    if input.len() > MAX_FILTER {
        return Err(format!("the filter is longer than {MAX_FILTER} characters"));
    }
    let mut parser = Parser {
        tokens: tokenize(input)?,
        at: 0,
        depth: 0,
    };
    let expr = parser.or()?;
    match parser.peek() {
        None => Ok(expr),
        Some(t) => Err(format!("unexpected `{}` in the filter", t.text())),
    }
}

/// A PATCH path (RFC 7644 §3.5.2): `attr`, `attr.sub`, `attr[filter]`, `attr[filter].sub`,
/// each optionally after a schema URN.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchPath {
    pub attr: AttrPath,
    pub filter: Option<Expr>,
    pub sub: Option<String>,
}

impl PatchPath {
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let Some(open) = text.find('[') else {
            return Ok(Self {
                attr: AttrPath::parse(text)?,
                filter: None,
                sub: None,
            });
        };
        let close = text
            .rfind(']')
            .filter(|close| *close > open)
            .ok_or_else(|| format!("`{text}`: a `[` without its `]`"))?;
        let attr = AttrPath::parse(&text[..open])?;
        let inner = &text[open + 1..close];
        let filter = parse(inner)?;
        let rest = &text[close + 1..];
        let sub = if rest.is_empty() {
            None
        } else {
            let sub = rest
                .strip_prefix('.')
                .ok_or_else(|| format!("`{text}`: expected `.` after `]`"))?;
            Some(AttrPath::parse(sub)?.name)
        };
        Ok(Self {
            attr,
            filter: Some(filter),
            sub,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Value(Value),
    Open,
    Close,
    OpenBracket,
    CloseBracket,
}

impl Token {
    fn text(&self) -> String {
        match self {
            Self::Word(w) => w.clone(),
            Self::Value(v) => v.to_string(),
            Self::Open => "(".into(),
            Self::Close => ")".into(),
            Self::OpenBracket => "[".into(),
            Self::CloseBracket => "]".into(),
        }
    }
}

fn tokenize(input: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = input.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            c if c.is_whitespace() => i += 1,
            '(' => {
                tokens.push(Token::Open);
                i += 1;
            }
            ')' => {
                tokens.push(Token::Close);
                i += 1;
            }
            '[' => {
                tokens.push(Token::OpenBracket);
                i += 1;
            }
            ']' => {
                tokens.push(Token::CloseBracket);
                i += 1;
            }
            '"' => {
                // A JSON string: read to the closing quote, honouring backslash escapes.
                let start = i;
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    i += 1;
                }
                if i >= chars.len() {
                    return Err("a string in the filter is not closed".into());
                }
                i += 1;
                let literal: String = chars[start..i].iter().collect();
                let value: String =
                    serde_json::from_str(&literal).map_err(|_| format!("{literal} is not a valid string"))?;
                tokens.push(Token::Value(Value::String(value)));
            }
            _ => {
                let start = i;
                while i < chars.len()
                    && !chars[i].is_whitespace()
                    && !matches!(chars[i], '(' | ')' | '[' | ']' | '"')
                {
                    i += 1;
                }
                tokens.push(Token::Word(chars[start..i].iter().collect()));
            }
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.at).cloned();
        self.at += 1;
        t
    }

    fn keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token::Word(w)) if w.eq_ignore_ascii_case(word))
    }

    fn or(&mut self) -> Result<Expr, String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("the filter nests too deeply".into());
        }
        let mut left = self.and()?;
        while self.keyword("or") {
            self.at += 1;
            let right = self.and()?;
            left = Expr::Or(Box::new(left), Box::new(right));
        }
        self.depth -= 1;
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mut left = self.unary()?;
        while self.keyword("and") {
            self.at += 1;
            let right = self.unary()?;
            left = Expr::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, String> {
        if self.keyword("not") {
            self.at += 1;
            if self.next() != Some(Token::Open) {
                return Err("`not` must be followed by a filter in parentheses".into());
            }
            let inner = self.or()?;
            self.close(Token::Close, ")")?;
            return Ok(Expr::Not(Box::new(inner)));
        }
        if self.peek() == Some(&Token::Open) {
            self.at += 1;
            let inner = self.or()?;
            self.close(Token::Close, ")")?;
            return Ok(inner);
        }
        self.attribute_expression()
    }

    fn close(&mut self, token: Token, text: &str) -> Result<(), String> {
        if self.next() == Some(token) {
            Ok(())
        } else {
            Err(format!("expected `{text}` in the filter"))
        }
    }

    fn attribute_expression(&mut self) -> Result<Expr, String> {
        let attr = match self.next() {
            Some(Token::Word(w)) => AttrPath::parse(&w)?,
            Some(t) => return Err(format!("expected an attribute name, found `{}`", t.text())),
            None => return Err("the filter ends where an attribute name should be".into()),
        };
        if self.peek() == Some(&Token::OpenBracket) {
            // A value filter: `emails[type eq "work"]` is `emails.type eq "work"` on one value.
            self.at += 1;
            let inner = self.or()?;
            self.close(Token::CloseBracket, "]")?;
            return Ok(prefix(inner, &attr));
        }
        let op = match self.next() {
            Some(Token::Word(w)) if w.eq_ignore_ascii_case("pr") => return Ok(Expr::Present(attr)),
            Some(Token::Word(w)) => CompareOp::parse(&w).ok_or_else(|| {
                format!("`{w}` is not an operator: use eq, ne, co, sw, ew, pr, gt, ge, lt or le")
            })?,
            _ => return Err(format!("expected an operator after `{}`", attr.name)),
        };
        let value = match self.next() {
            Some(Token::Value(v)) => v,
            Some(Token::Word(w)) => match w.to_ascii_lowercase().as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                "null" => Value::Null,
                _ => serde_json::from_str::<serde_json::Number>(&w)
                    .map(Value::Number)
                    .map_err(|_| format!("`{w}` is not a value: quote strings"))?,
            },
            _ => return Err(format!("expected a value after `{}`", attr.name)),
        };
        Ok(Expr::Compare { attr, op, value })
    }
}

fn prefix(expr: Expr, parent: &AttrPath) -> Expr {
    match expr {
        Expr::And(a, b) => Expr::And(Box::new(prefix(*a, parent)), Box::new(prefix(*b, parent))),
        Expr::Or(a, b) => Expr::Or(Box::new(prefix(*a, parent)), Box::new(prefix(*b, parent))),
        Expr::Not(a) => Expr::Not(Box::new(prefix(*a, parent))),
        Expr::Present(attr) => Expr::Present(attr.prefixed(parent)),
        Expr::Compare { attr, op, value } => Expr::Compare {
            attr: attr.prefixed(parent),
            op,
            value,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn cmp(name: &str, op: CompareOp, value: Value) -> Expr {
        Expr::Compare {
            attr: AttrPath {
                schema: None,
                name: name.into(),
            },
            op,
            value,
        }
    }

    #[test]
    fn parses_precedence_and_grouping() {
        let e = parse(r#"userName eq "a" or userName eq "b" and active eq true"#).unwrap();
        assert_eq!(
            e,
            Expr::Or(
                Box::new(cmp("username", CompareOp::Eq, json!("a"))),
                Box::new(Expr::And(
                    Box::new(cmp("username", CompareOp::Eq, json!("b"))),
                    Box::new(cmp("active", CompareOp::Eq, json!(true))),
                ))
            )
        );
        let e = parse(r#"not (emails co "x") and (a pr or b lt 3)"#).unwrap();
        assert!(matches!(e, Expr::And(ref l, _) if matches!(**l, Expr::Not(_))));
    }

    #[test]
    fn value_filters_and_urns() {
        let e = parse(r#"emails[type eq "work" and value ew "@example.com"]"#).unwrap();
        let names: Vec<_> = e.attributes().iter().map(|a| a.name.clone()).collect();
        assert_eq!(names, ["emails.type", "emails.value"]);
        let e = parse(r#"urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J""#).unwrap();
        assert_eq!(e.attributes()[0].name, "username");
        let p = AttrPath::parse(&format!("{ENTERPRISE}:manager.value")).unwrap();
        assert_eq!(p.schema.as_deref(), Some(ENTERPRISE.to_lowercase().as_str()));
        assert_eq!(p.name, "manager.value");
    }

    #[test]
    fn refuses_what_is_not_a_filter() {
        for bad in [
            "",
            "userName",
            "userName eq",
            r#"userName is "a""#,
            r#"userName eq "a" and"#,
            r#"(userName eq "a""#,
            r#"not userName eq "a""#,
            r#"userName eq "a"#,
            r#"userName eq a"#,
            r#"emails[type eq "work""#,
            r#"userName eq "a") "#,
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let deep = format!("{}a pr{}", "(".repeat(100), ")".repeat(100));
        assert!(parse(&deep).is_err());
    }

    #[test]
    fn patch_paths() {
        let p = PatchPath::parse(r#"emails[type eq "work"].value"#).unwrap();
        assert_eq!(p.attr.name, "emails");
        assert_eq!(p.sub.as_deref(), Some("value"));
        assert!(p.filter.unwrap().matches(&json!({"type": "Work", "value": "x"})));
        let p = PatchPath::parse(r#"members[value eq "abc"]"#).unwrap();
        assert!(p.filter.as_ref().unwrap().matches(&json!({"value": "abc"})));
        assert!(!p.filter.unwrap().matches(&json!({"value": "abd"})));
        assert!(PatchPath::parse("name.givenName").unwrap().filter.is_none());
        assert!(PatchPath::parse("members[value eq \"x\"").is_err());
    }

    #[test]
    fn matches_items_case_insensitively() {
        let e = parse(r#"Type EQ "WORK" and primary eq true"#).unwrap();
        assert!(e.matches(&json!({"type": "work", "primary": true})));
        assert!(!e.matches(&json!({"type": "work"})));
        assert!(parse("display pr").unwrap().matches(&json!({"display": "x"})));
        assert!(!parse("display pr").unwrap().matches(&json!({"display": ""})));
    }
}
