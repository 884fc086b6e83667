//! Timestamps as the API shows them (RFC 3339, UTC, microseconds) and as the store keeps them
//! (microseconds since the Unix epoch).

use time::{format_description::well_known::Rfc3339, OffsetDateTime};

pub fn to_micros(t: OffsetDateTime) -> i64 {
    // i128 nanoseconds fit i64 microseconds until the year 294,000.
    (t.unix_timestamp_nanos() / 1_000) as i64
}

pub fn from_micros(micros: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(micros) * 1_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

pub fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// `serde(with = "keybound_core::time_fmt::serde_rfc3339")` for response fields.
pub mod serde_rfc3339 {
    use serde::Serializer;
    use time::OffsetDateTime;

    pub fn serialize<S: Serializer>(t: &OffsetDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::rfc3339(*t))
    }

    pub mod option {
        use serde::Serializer;
        use time::OffsetDateTime;

        pub fn serialize<S: Serializer>(t: &Option<OffsetDateTime>, s: S) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => s.serialize_str(&super::super::rfc3339(*t)),
                None => s.serialize_none(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn micros_round_trip_and_format() {
        let t = datetime!(2022-07-11 21:10:33.383828 UTC);
        assert_eq!(from_micros(to_micros(t)), t);
        assert_eq!(rfc3339(t), "2022-07-11T21:10:33.383828Z");
    }
}
