//! The message catalogues (`locales/{lang}/keybound.ftl` and `console.ftl`): every language has every message
//! English has and no other, each with the same arguments; every message is used; every
//! message formats without an error in every language; and every folder is a language
//! Keybound loads.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] fns fail the test loudly"
)]

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use keybound_app::i18n::Lang;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A language's messages: both its files, one after the other.
fn catalogue(code: &str) -> String {
    ["keybound.ftl", "console.ftl"]
        .iter()
        .map(|file| {
            std::fs::read_to_string(root().join("locales").join(code).join(file))
                .unwrap_or_else(|e| panic!("locales/{code}/{file}: {e}"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Message id → the variables it uses.
fn messages(code: &str, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("locales/{code}: syntax errors {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            let value = m
                .value
                .unwrap_or_else(|| panic!("{code}: {} has no text", m.id.name));
            pattern_vars(&value, &mut vars);
            assert!(
                out.insert(m.id.name.to_owned(), vars).is_none(),
                "{code}: {} is there twice",
                m.id.name
            );
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = messages("en", &catalogue("en"));
    for lang in Lang::all() {
        let code = lang.code();
        let theirs = messages(code, &catalogue(code));
        let missing: Vec<&String> = english.keys().filter(|k| !theirs.contains_key(*k)).collect();
        let extra: Vec<&String> = theirs.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{code} has messages English does not: {extra:?}"
        );
        for (id, vars) in &english {
            assert_eq!(
                &theirs[id], vars,
                "{code}: {id} takes other arguments than in English"
            );
        }
    }
}

#[test]
fn every_message_formats_in_every_language() {
    let english = messages("en", &catalogue("en"));
    for lang in Lang::all() {
        let code = lang.code();
        let id: unic_langid::LanguageIdentifier = code.parse().unwrap();
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(FluentResource::try_new(catalogue(code)).unwrap())
            .unwrap();
        for (message, vars) in &english {
            let mut args = FluentArgs::new();
            for v in vars {
                args.set(v.as_str(), "x");
            }
            let pattern = bundle.get_message(message).unwrap().value().unwrap();
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{code}: {message}: {errors:?}");
            assert!(!text.trim().is_empty(), "{code}: {message} is empty");
            assert_eq!(
                lang.t_args(
                    message,
                    &vars.iter().map(|v| (v.as_str(), "x".into())).collect::<Vec<_>>()
                ),
                text,
                "{code}: {message} as Keybound formats it"
            );
        }
    }
}

#[test]
fn every_folder_is_a_language_keybound_loads() {
    let mut folders: Vec<String> = std::fs::read_dir(root().join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut loaded: Vec<String> = Lang::all().map(|l| l.code().to_owned()).collect();
    loaded.sort();
    assert_eq!(folders, loaded);
}

/// Files whose text names messages: templates, Rust sources and the SDK.
fn sources(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if !path.ends_with("target") && !path.ends_with("tests") {
                sources(&path, out);
            }
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "html" || e == "js")
        {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn every_message_is_used() {
    let mut text = String::new();
    sources(&root().join("crates"), &mut text);
    let unused: Vec<String> = messages("en", &catalogue("en"))
        .into_keys()
        .filter(|id| !text.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no page or email uses: {unused:?}");
}
