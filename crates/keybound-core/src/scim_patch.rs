//! SCIM PATCH (RFC 7644 §3.5.2) applied to a resource as JSON: `add`, `replace` and `remove`,
//! with or without a path, with value filters (`members[value eq "…"]`,
//! `emails[type eq "work"].value`).
//!
//! Lenient where real clients differ from the RFC: operation names in any case (Entra ID sends
//! `"Replace"`), a pathless value whose keys are paths (`"name.givenName"`, or an extension
//! attribute with its URN), a `remove` of `members` that names the values to remove, and an
//! `add` or `replace` through a filter that matches nothing creating the value it describes
//! (`emails[type eq "work"].value` on a person without a work email).

use crate::scim_filter::{lookup, AttrPath, CompareOp, Expr, PatchPath};
use serde_json::{Map, Value};

/// Why a patch cannot be applied: SCIM's `scimType` and words for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatchError {
    pub scim_type: &'static str,
    pub detail: String,
}

fn error(scim_type: &'static str, detail: impl Into<String>) -> PatchError {
    PatchError {
        scim_type,
        detail: detail.into(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    Add,
    Replace,
    Remove,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    pub kind: OpKind,
    pub path: Option<PatchPath>,
    pub value: Option<Value>,
}

/// At most this many operations in one request.
pub const MAX_OPERATIONS: usize = 1000;

/// The operations of a PatchOp request body.
pub fn parse(body: &Value) -> Result<Vec<Operation>, PatchError> {
    let ops = lookup(body, "operations")
        .and_then(Value::as_array)
        .ok_or_else(|| error("invalidSyntax", "a PATCH request needs an `Operations` list"))?;
    if ops.is_empty() || ops.len() > MAX_OPERATIONS {
        return Err(error(
            "invalidSyntax",
            format!("`Operations` must hold 1 to {MAX_OPERATIONS} operations"),
        ));
    }
    ops.iter()
        .enumerate()
        .map(|(n, op)| {
            let kind = match lookup(op, "op")
                .and_then(Value::as_str)
                .map(str::to_ascii_lowercase)
                .as_deref()
            {
                Some("add") => OpKind::Add,
                Some("replace") => OpKind::Replace,
                Some("remove") => OpKind::Remove,
                _ => {
                    return Err(error(
                        "invalidSyntax",
                        format!("Operations[{n}].op must be add, replace or remove"),
                    ))
                }
            };
            let path = match lookup(op, "path") {
                None | Some(Value::Null) => None,
                Some(Value::String(p)) if p.trim().is_empty() => None,
                Some(Value::String(p)) => Some(PatchPath::parse(p).map_err(|why| error("invalidPath", why))?),
                Some(_) => {
                    return Err(error(
                        "invalidPath",
                        format!("Operations[{n}].path must be a string"),
                    ))
                }
            };
            let value = lookup(op, "value").cloned();
            if kind != OpKind::Remove && value.is_none() {
                return Err(error("invalidValue", format!("Operations[{n}] needs a value")));
            }
            if kind == OpKind::Remove && path.is_none() {
                return Err(error("noTarget", format!("Operations[{n}]: remove needs a path")));
            }
            Ok(Operation { kind, path, value })
        })
        .collect()
}

/// Applies `ops` in order to `resource` (a JSON object).
pub fn apply(resource: &mut Value, ops: &[Operation]) -> Result<(), PatchError> {
    for op in ops {
        match &op.path {
            Some(path) => apply_at(resource, op.kind, path, op.value.as_ref())?,
            None => {
                // Each key of the value is a path of its own.
                let Some(Value::Object(fields)) = &op.value else {
                    return Err(error(
                        "invalidValue",
                        "an operation without a path needs an object as its value",
                    ));
                };
                for (key, value) in fields {
                    if key.eq_ignore_ascii_case("schemas") {
                        continue;
                    }
                    let path = PatchPath::parse(key).map_err(|why| error("invalidPath", why))?;
                    apply_at(resource, op.kind, &path, Some(value))?;
                }
            }
        }
    }
    Ok(())
}

/// The object holding the attribute, and the attribute's own key, creating objects on the way
/// when `create`.
fn parent<'a>(
    resource: &'a mut Value,
    attr: &AttrPath,
    create: bool,
) -> Option<(&'a mut Map<String, Value>, String)> {
    if let (Some(schema), true) = (&attr.schema, attr.name.is_empty()) {
        // The whole extension: a key of the resource itself.
        let map = resource.as_object_mut()?;
        let key = find_key(map, schema).unwrap_or_else(|| schema.clone());
        return Some((map, key));
    }
    let mut current = resource;
    let parts: Vec<&str> = attr.name.split('.').collect();
    let mut steps: Vec<String> = Vec::new();
    if let Some(schema) = &attr.schema {
        steps.push(schema.clone());
    }
    steps.extend(parts[..parts.len() - 1].iter().map(|s| s.to_string()));
    for step in steps {
        let map = current.as_object_mut()?;
        let key = match find_key(map, &step) {
            Some(k) => k,
            None if create => {
                map.insert(step.clone(), Value::Object(Map::new()));
                step.clone()
            }
            None => return None,
        };
        current = map.get_mut(&key)?;
        if !current.is_object() {
            if !create {
                return None;
            }
            *current = Value::Object(Map::new());
        }
    }
    let map = current.as_object_mut()?;
    let last = parts[parts.len() - 1];
    let key = find_key(map, last).unwrap_or_else(|| last.to_owned());
    Some((map, key))
}

/// The key of `map` equal to `name` ignoring case.
fn find_key(map: &Map<String, Value>, name: &str) -> Option<String> {
    map.keys().find(|k| k.eq_ignore_ascii_case(name)).cloned()
}

fn apply_at(
    resource: &mut Value,
    kind: OpKind,
    path: &PatchPath,
    value: Option<&Value>,
) -> Result<(), PatchError> {
    let create = kind != OpKind::Remove;
    let Some((map, key)) = parent(resource, &path.attr, create) else {
        // Removing what is not there leaves it not there.
        return Ok(());
    };
    let Some(filter) = &path.filter else {
        return set_attribute(map, &key, kind, path.sub.as_deref(), value);
    };
    // The filter's attribute names start with the attribute's own name: match on the rest.
    let own = path
        .attr
        .name
        .rsplit('.')
        .next()
        .unwrap_or(&path.attr.name)
        .to_owned();
    let filter = unprefix(filter, &own);
    let items = match map.get_mut(&key) {
        Some(Value::Array(items)) => items,
        Some(Value::Null) | None if create => {
            map.insert(key.clone(), Value::Array(Vec::new()));
            match map.get_mut(&key) {
                Some(Value::Array(items)) => items,
                _ => return Ok(()),
            }
        }
        None | Some(Value::Null) => return Ok(()),
        Some(_) => return Err(error("invalidFilter", format!("`{key}` has no values to filter"))),
    };
    let matching: Vec<usize> = (0..items.len()).filter(|i| filter.matches(&items[*i])).collect();
    match kind {
        OpKind::Remove => {
            if let Some(sub) = &path.sub {
                for i in matching {
                    if let Some(item) = items[i].as_object_mut() {
                        if let Some(k) = find_key(item, sub) {
                            item.remove(&k);
                        }
                    }
                }
            } else {
                let mut n = 0;
                items.retain(|_| {
                    let keep = !matching.contains(&n);
                    n += 1;
                    keep
                });
            }
            if items.is_empty() {
                map.remove(&key);
            }
        }
        OpKind::Add | OpKind::Replace => {
            let value = value.cloned().unwrap_or(Value::Null);
            if matching.is_empty() {
                // Create the value the filter describes, when it describes one.
                let Some(mut item) = described(&filter) else {
                    return Err(error(
                        "noTarget",
                        format!("no value of `{key}` matches the filter"),
                    ));
                };
                match &path.sub {
                    Some(sub) => {
                        item.insert(sub.clone(), value);
                    }
                    None => merge(&mut item, value),
                }
                items.push(Value::Object(item));
                return Ok(());
            }
            for i in matching {
                match &path.sub {
                    Some(sub) => {
                        if let Some(item) = items[i].as_object_mut() {
                            let k = find_key(item, sub).unwrap_or_else(|| sub.clone());
                            item.insert(k, value.clone());
                        }
                    }
                    None => match (items[i].as_object_mut(), &value) {
                        (Some(item), Value::Object(_)) => merge(item, value.clone()),
                        _ => items[i] = value.clone(),
                    },
                }
            }
        }
    }
    Ok(())
}

/// `attr op v` on one value of `own` becomes `op v` on the value's sub-attribute.
fn unprefix(expr: &Expr, own: &str) -> Expr {
    let strip = |attr: &AttrPath| AttrPath {
        schema: None,
        name: attr
            .name
            .strip_prefix(&format!("{own}."))
            .unwrap_or(&attr.name)
            .to_owned(),
    };
    match expr {
        Expr::And(a, b) => Expr::And(Box::new(unprefix(a, own)), Box::new(unprefix(b, own))),
        Expr::Or(a, b) => Expr::Or(Box::new(unprefix(a, own)), Box::new(unprefix(b, own))),
        Expr::Not(a) => Expr::Not(Box::new(unprefix(a, own))),
        Expr::Present(attr) => Expr::Present(strip(attr)),
        Expr::Compare { attr, op, value } => Expr::Compare {
            attr: strip(attr),
            op: *op,
            value: value.clone(),
        },
    }
}

/// The value a filter of equalities joined by `and` describes: `type eq "work"` is
/// `{"type": "work"}`.
fn described(expr: &Expr) -> Option<Map<String, Value>> {
    match expr {
        Expr::Compare {
            attr,
            op: CompareOp::Eq,
            value,
        } if !attr.name.contains('.') => {
            let mut m = Map::new();
            m.insert(attr.name.clone(), value.clone());
            Some(m)
        }
        Expr::And(a, b) => {
            let mut m = described(a)?;
            m.extend(described(b)?);
            Some(m)
        }
        _ => None,
    }
}

/// Sets `into`'s sub-attributes named in `value`, leaving the others.
fn merge(into: &mut Map<String, Value>, value: Value) {
    if let Value::Object(fields) = value {
        for (k, v) in fields {
            let key = find_key(into, &k).unwrap_or(k);
            into.insert(key, v);
        }
    }
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(_), Value::Object(_)) => match (lookup(a, "value"), lookup(b, "value")) {
            (Some(x), Some(y)) => x == y,
            _ => a == b,
        },
        _ => a == b,
    }
}

fn set_attribute(
    map: &mut Map<String, Value>,
    key: &str,
    kind: OpKind,
    sub: Option<&str>,
    value: Option<&Value>,
) -> Result<(), PatchError> {
    debug_assert!(sub.is_none(), "a sub-attribute comes only after a filter");
    match kind {
        OpKind::Remove => {
            match (map.get_mut(key), value) {
                // `remove members` naming the values to take out, as Entra ID sends it.
                (Some(Value::Array(items)), Some(Value::Array(gone))) => {
                    items.retain(|item| !gone.iter().any(|g| same_value(item, g)));
                    if items.is_empty() {
                        map.remove(key);
                    }
                }
                _ => {
                    map.remove(key);
                }
            }
            Ok(())
        }
        OpKind::Add | OpKind::Replace => {
            let value = value.cloned().unwrap_or(Value::Null);
            match (map.get_mut(key), value) {
                // Adding to a multi-valued attribute appends what is not there yet.
                (Some(Value::Array(items)), new) if kind == OpKind::Add => {
                    let new = match new {
                        Value::Array(v) => v,
                        one => vec![one],
                    };
                    for v in new {
                        if !items.iter().any(|i| same_value(i, &v)) {
                            items.push(v);
                        }
                    }
                }
                // A complex attribute keeps the sub-attributes not named.
                (Some(Value::Object(existing)), new @ Value::Object(_)) => merge(existing, new),
                (_, new) => {
                    map.insert(key.to_owned(), new);
                }
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn patch(mut doc: Value, ops: Value) -> Value {
        let ops = parse(&json!({ "Operations": ops })).unwrap();
        apply(&mut doc, &ops).unwrap();
        doc
    }

    #[test]
    fn replace_without_path_keeps_unnamed_sub_attributes() {
        let doc = json!({"name": {"givenName": "Ann", "familyName": "Lee"}, "active": true});
        let out = patch(
            doc,
            json!([{"op": "Replace", "value": {"name": {"givenName": "Anna"}, "active": "False"}}]),
        );
        assert_eq!(out["name"], json!({"givenName": "Anna", "familyName": "Lee"}));
        assert_eq!(out["active"], json!("False"));
    }

    #[test]
    fn members_are_added_and_removed_by_filter_or_value() {
        let doc = json!({"displayName": "g", "members": [{"value": "a"}, {"value": "b"}]});
        let out = patch(
            doc,
            json!([
                {"op": "add", "path": "members", "value": [{"value": "c"}, {"value": "a"}]},
                {"op": "remove", "path": "members[value eq \"b\"]"},
                {"op": "Remove", "path": "members", "value": [{"value": "a"}]},
            ]),
        );
        assert_eq!(out["members"], json!([{"value": "c"}]));
        let out = patch(out, json!([{"op": "remove", "path": "members"}]));
        assert!(out.get("members").is_none());
    }

    #[test]
    fn filtered_sub_attribute_is_set_or_created() {
        let doc = json!({"emails": [{"value": "a@x.com", "type": "home"}]});
        let out = patch(
            doc,
            json!([{"op": "replace", "path": "emails[type eq \"work\"].value", "value": "b@x.com"}]),
        );
        assert_eq!(out["emails"][1], json!({"type": "work", "value": "b@x.com"}));
        let out = patch(
            out,
            json!([{"op": "replace", "path": "emails[type eq \"work\"].value", "value": "c@x.com"}]),
        );
        assert_eq!(out["emails"][1]["value"], json!("c@x.com"));
        assert_eq!(out["emails"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn extension_paths_and_dotted_keys() {
        let urn = crate::scim_filter::ENTERPRISE;
        let out = patch(
            json!({}),
            json!([
                {"op": "add", "path": format!("{urn}:department"), "value": "Sales"},
                {"op": "add", "value": {format!("{urn}:manager"): {"value": "m1"}, "name.familyName": "Lee"}},
            ]),
        );
        let ext = out
            .as_object()
            .unwrap()
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(urn))
            .unwrap()
            .1;
        assert_eq!(ext["department"], json!("Sales"));
        assert_eq!(ext["manager"], json!({"value": "m1"}));
        // Names keep the case they arrived in or, when created here, lower case: readers look
        // them up ignoring case, as SCIM says.
        assert_eq!(lookup(&out, "name.familyname"), Some(&json!("Lee")));
    }

    #[test]
    fn a_whole_extension_is_replaced_and_removed() {
        let urn = crate::scim_filter::ENTERPRISE;
        let out = patch(
            json!({ urn: {"department": "Sales", "division": "North"} }),
            json!([{"op": "replace", "path": urn, "value": {"department": "Support"}}]),
        );
        assert_eq!(out[urn], json!({"department": "Support", "division": "North"}));
        let out = patch(out, json!([{"op": "remove", "path": urn}]));
        assert_eq!(out, json!({}));
    }

    #[test]
    fn bad_requests_say_why() {
        for (body, scim_type) in [
            (json!({}), "invalidSyntax"),
            (json!({"Operations": []}), "invalidSyntax"),
            (
                json!({"Operations": [{"op": "move", "path": "a"}]}),
                "invalidSyntax",
            ),
            (
                json!({"Operations": [{"op": "add", "path": "a"}]}),
                "invalidValue",
            ),
            (json!({"Operations": [{"op": "remove"}]}), "noTarget"),
            (
                json!({"Operations": [{"op": "add", "path": "a[", "value": 1}]}),
                "invalidPath",
            ),
        ] {
            assert_eq!(parse(&body).unwrap_err().scim_type, scim_type, "{body}");
        }
        let ops = parse(&json!({"Operations": [{"op": "replace", "path": "emails[value co \"x\"]", "value": {"value": "y"}}]})).unwrap();
        let err = apply(&mut json!({"emails": [{"value": "a"}]}), &ops).unwrap_err();
        assert_eq!(err.scim_type, "noTarget");
    }
}
