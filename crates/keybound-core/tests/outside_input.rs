//! Property tests of the parsers that read what callers send: SCIM filters, page tokens and
//! email-template source. Whatever the input, the answer is a value or a field-named error,
//! never a panic; and what Keybound writes itself reads back as it was.

use keybound_core::email_template::{EmailTemplate, TemplateKind, TemplateVars};
use keybound_core::filter::{Clause, Filter, Op};
use keybound_core::page::{Page, PageRequest, MAX_PAGE_SIZE};
use proptest::prelude::*;

const ALLOWED: &[&str] = &["traits.username", "display_name", "enrollment_status"];

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![Just(Op::Eq), Just(Op::Contains), Just(Op::StartsWith)]
}

fn clause() -> impl Strategy<Value = Clause> {
    (prop::sample::select(ALLOWED), op(), any::<String>()).prop_map(|(attribute, op, value)| Clause {
        attribute: attribute.to_owned(),
        op,
        value,
    })
}

/// A filter as a client would write it, with `"` and `\` escaped in values.
fn written(filter: &Filter) -> String {
    filter
        .clauses
        .iter()
        .map(|c| {
            let op = match c.op {
                Op::Eq => "eq",
                Op::Contains => "co",
                Op::StartsWith => "sw",
            };
            let value = c.value.replace('\\', "\\\\").replace('"', "\\\"");
            format!("{} {op} \"{value}\"", c.attribute)
        })
        .collect::<Vec<_>>()
        .join(" and ")
}

/// Filter-like text: the language's own words and marks mixed with anything.
fn filter_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "traits.username",
            "display_name",
            "password",
            "eq",
            "co",
            "sw",
            "gt",
            "and",
            "or",
            "AND",
            "\"",
            "\\",
            "\\\"",
            " ",
            "(",
            ")",
            "[",
            "]",
            "not",
        ])
        .prop_map(str::to_owned),
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_filter_text_parses_or_is_refused_as_the_filter(text in filter_text()) {
        match Filter::parse(Some(&text), ALLOWED) {
            Ok(filter) => {
                for clause in &filter.clauses {
                    prop_assert!(ALLOWED.contains(&clause.attribute.as_str()), "{text:?} gave {clause:?}");
                }
            }
            Err(invalid) => prop_assert!(invalid.0.iter().all(|v| v.field == "filter"), "{invalid:?}"),
        }
    }

    #[test]
    fn a_written_filter_reads_back_as_it_was(clauses in prop::collection::vec(clause(), 1..5)) {
        let filter = Filter { clauses };
        let text = written(&filter);
        prop_assume!(text.len() <= 2048);
        prop_assert_eq!(Filter::parse(Some(&text), ALLOWED), Ok(filter), "{}", text);
    }

    #[test]
    fn any_page_token_is_read_or_refused_as_the_page_token(token in any::<String>(), size in any::<Option<u32>>()) {
        match PageRequest::parse(size, Some(&token)) {
            Ok(request) => prop_assert!((1..=MAX_PAGE_SIZE).contains(&request.size)),
            Err(invalid) => {
                let field = &invalid.0[0].field;
                prop_assert!(field == "page_token" || field == "page_size", "{invalid:?}");
            }
        }
    }

    #[test]
    fn a_next_page_token_leads_after_the_last_row(seqs in prop::collection::btree_set(any::<i64>(), 2..30), size in 1u32..10) {
        let rows: Vec<(i64, i64)> = seqs.iter().map(|s| (*s, *s)).collect();
        let request = PageRequest { size, after: None };
        let page = Page::from_rows(rows.clone(), request, rows.len() as i64);
        match page.next_page_token {
            Some(token) => {
                prop_assert!(rows.len() > size as usize);
                let next = PageRequest::parse(Some(size), Some(&token)).unwrap();
                prop_assert_eq!(next.after, page.items.last().copied());
            }
            None => prop_assert!(rows.len() <= size as usize),
        }
    }
}

/// Template-like source: Jinja's tags, loops, filters and variables mixed with anything.
fn template_source() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "{{ ",
            " }}",
            "{% ",
            " %}",
            "{# ",
            " #}",
            "link",
            "code",
            "display_name",
            "x",
            "loop.index",
            "for i in range(1000)",
            "for j in range(1000)",
            "endfor",
            "if code",
            "else",
            "endif",
            "set x = ",
            "macro m()",
            "endmacro",
            "m()",
            "|upper",
            "|e",
            "|safe",
            "|join(',')",
            "~",
            "+",
            "*",
            "/",
            "0",
            "9999999999999999999",
            "\"",
            "'",
            "(",
            ")",
            "[",
            "]",
            ".",
            "include 'x'",
            "extends 'html'",
            "raw",
            "endraw",
            "\n",
            "<b>",
        ])
        .prop_map(str::to_owned),
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|parts| parts.concat())
}

fn template(subject: String, html: String, text: String) -> EmailTemplate {
    EmailTemplate::written(TemplateKind::EnrollmentLink, "fuzzed", &subject, &html, &text)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn any_template_source_renders_or_is_refused_with_its_part_named(
        subject in template_source(), html in template_source(), text in template_source()
    ) {
        let t = template(subject, html, text);
        if let Err(invalid) = t.validate() {
            for v in &invalid.0 {
                prop_assert!(["name", "subject", "html", "text"].contains(&v.field.as_str()), "{v:?}");
                prop_assert!(!v.description.is_empty());
            }
        } else {
            // What validation accepted renders with other values too (or is refused, bounded).
            let mut vars = TemplateVars::sample();
            vars.display_name = "<script>\"'&".into();
            if let Err(invalid) = t.render(&vars) {
                prop_assert!(invalid.0.iter().all(|v| ["subject", "html", "text"].contains(&v.field.as_str())), "{invalid:?}");
            }
        }
    }
}
