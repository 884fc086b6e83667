//! CSV as the console writes it (exports) and reads it (user import): comma-separated, fields
//! with commas, quotes or line breaks in double quotes, quotes doubled.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// Appends one CSV line of `fields`.
pub(crate) fn push_csv_row(out: &mut String, fields: &[String]) {
    out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
    out.push('\n');
}

/// A CSV file the browser downloads as `filename`, never cached.
pub(crate) fn csv_download(filename: &str, csv: String) -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        csv,
    )
        .into_response()
}

/// A CSV field, quoted when it must be; a leading formula character is defused.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The records of a CSV text, each with the line it starts on; blank lines are skipped. A
/// quote left open is an error naming its line.
pub(crate) fn parse(text: &str) -> Result<Vec<(usize, Vec<String>)>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut start = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n' | '\r') => {
                fields.push(std::mem::take(&mut field));
                end_record(&mut records, &mut fields, start);
                line += 1;
                start = line;
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err(format!("line {start}: a quoted field is not closed"));
    }
    fields.push(field);
    end_record(&mut records, &mut fields, start);
    Ok(records)
}

fn end_record(records: &mut Vec<(usize, Vec<String>)>, fields: &mut Vec<String>, line: usize) {
    let record = std::mem::take(fields);
    if !(record.len() == 1 && record[0].trim().is_empty()) {
        records.push((line, record));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back() {
        let rows = [
            vec![
                "plain".to_owned(),
                "with, comma".to_owned(),
                "say \"hi\"".to_owned(),
            ],
            vec!["two\nlines".to_owned(), String::new(), "last".to_owned()],
        ];
        let mut text = String::new();
        for row in &rows {
            push_csv_row(&mut text, row);
        }
        let read = parse(&text).unwrap();
        assert_eq!(read, vec![(1, rows[0].clone()), (2, rows[1].clone())]);
    }

    #[test]
    fn lines_are_counted_and_broken_quotes_named() {
        let read = parse("\u{feff}a,b\r\n\r\nc,d\n").unwrap();
        assert_eq!(
            read,
            vec![
                (1, vec!["a".into(), "b".into()]),
                (3, vec!["c".into(), "d".into()])
            ]
        );
        assert_eq!(
            parse("a\nb,\"open").unwrap_err(),
            "line 2: a quoted field is not closed"
        );
    }
}
