//! Paging of lists: `page_size` (default 20, at most 200) and an opaque `page_token`.
//!
//! Pages are cut by key (the row's insertion sequence), not by offset, so that a token stays
//! correct while rows are added or removed: no row is seen twice or skipped.

use crate::error::Invalid;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};

pub const DEFAULT_PAGE_SIZE: u32 = 20;
pub const MAX_PAGE_SIZE: u32 = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub size: u32,
    /// Only rows whose sequence is greater than this.
    pub after: Option<i64>,
}

impl Default for PageRequest {
    fn default() -> Self {
        Self {
            size: DEFAULT_PAGE_SIZE,
            after: None,
        }
    }
}

impl PageRequest {
    pub fn parse(page_size: Option<u32>, page_token: Option<&str>) -> Result<Self, Invalid> {
        let size = page_size.unwrap_or(DEFAULT_PAGE_SIZE);
        if !(1..=MAX_PAGE_SIZE).contains(&size) {
            return Err(Invalid::one(
                "page_size",
                format!("must be between 1 and {MAX_PAGE_SIZE}"),
            ));
        }
        let after = match page_token.filter(|t| !t.is_empty()) {
            None => None,
            Some(t) => Some(decode_token(t).ok_or_else(|| {
                Invalid::one(
                    "page_token",
                    "is not a token this server gave out; start again without it",
                )
            })?),
        };
        Ok(Self { size, after })
    }
}

/// One page of a list, with the total count of rows matching the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total_size: i64,
    pub next_page_token: Option<String>,
}

impl<T> Page<T> {
    /// Builds a page from up to `size + 1` rows fetched with their sequence numbers: the extra
    /// row, if present, only tells that there is a next page.
    pub fn from_rows(mut rows: Vec<(i64, T)>, request: PageRequest, total_size: i64) -> Self {
        let size = request.size as usize;
        let next_page_token = if rows.len() > size {
            rows.truncate(size);
            rows.last().map(|(seq, _)| encode_token(*seq))
        } else {
            None
        };
        Self {
            items: rows.into_iter().map(|(_, item)| item).collect(),
            total_size,
            next_page_token,
        }
    }

    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            total_size: self.total_size,
            next_page_token: self.next_page_token,
        }
    }
}

fn encode_token(seq: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("k1.{seq}"))
}

fn decode_token(token: &str) -> Option<i64> {
    let raw = URL_SAFE_NO_PAD.decode(token).ok()?;
    let text = std::str::from_utf8(&raw).ok()?;
    text.strip_prefix("k1.")?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_junk_is_refused() {
        let page = Page::from_rows(
            vec![(5, 'a'), (9, 'b'), (12, 'c')],
            PageRequest { size: 2, after: None },
            3,
        );
        assert_eq!(page.items, ['a', 'b']);
        let token = page.next_page_token.unwrap();
        assert_eq!(PageRequest::parse(Some(2), Some(&token)).unwrap().after, Some(9));
        assert!(PageRequest::parse(None, Some("garbage!")).is_err());
        assert!(PageRequest::parse(Some(0), None).is_err());
        assert!(PageRequest::parse(Some(201), None).is_err());
        assert_eq!(
            PageRequest::parse(None, Some("")).unwrap(),
            PageRequest::default()
        );
    }

    #[test]
    fn last_page_has_no_token() {
        let page = Page::from_rows(vec![(1, 'a')], PageRequest { size: 1, after: None }, 1);
        assert!(page.next_page_token.is_none());
    }
}
