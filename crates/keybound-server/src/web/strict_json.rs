//! JSON request bodies read strictly. serde's derived structs also accept a JSON array of
//! their fields in order (`{"settings": [null, null]}` would pass for an object), and a JSON
//! object with a key given twice keeps one of them silently. Here an object is read only from
//! a JSON object, and a key given twice is refused, at any depth.

use serde::de::{self, DeserializeOwned, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::forward_to_deserialize_any;
use serde_json::{Map, Number, Value};
use std::fmt;

/// What is wrong, and where: `path` is like `identity.traits` (`.` for the whole body).
#[derive(Debug)]
pub struct Error {
    pub path: String,
    pub inner: serde_json::Error,
}

impl From<serde_path_to_error::Error<serde_json::Error>> for Error {
    fn from(e: serde_path_to_error::Error<serde_json::Error>) -> Self {
        Self {
            path: e.path().to_string(),
            inner: e.into_inner(),
        }
    }
}

/// Parses `bytes` as `T`; the error carries the path of the offending value.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Error> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    let Unique(value) = serde_path_to_error::deserialize(&mut *de)?;
    de.end().map_err(|inner| Error {
        path: ".".into(),
        inner,
    })?;
    Ok(serde_path_to_error::deserialize(Strict(value))?)
}

/// A JSON value whose objects have no key twice.
struct Unique(Value);

impl<'de> de::Deserialize<'de> for Unique {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(UniqueVisitor)
    }
}

struct UniqueVisitor;

impl<'de> Visitor<'de> for UniqueVisitor {
    type Value = Unique;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Unique, E> {
        Ok(Unique(Value::Bool(b)))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Unique, E> {
        Ok(Unique(Value::Number(n.into())))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Unique, E> {
        Ok(Unique(Value::Number(n.into())))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Unique, E> {
        Ok(Unique(Number::from_f64(n).map_or(Value::Null, Value::Number)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Unique, E> {
        Ok(Unique(Value::String(s.to_owned())))
    }
    fn visit_string<E>(self, s: String) -> Result<Unique, E> {
        Ok(Unique(Value::String(s)))
    }
    fn visit_unit<E>(self) -> Result<Unique, E> {
        Ok(Unique(Value::Null))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Unique, A::Error> {
        let mut items = Vec::new();
        while let Some(Unique(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Unique(Value::Array(items)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Unique, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            let Unique(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(Unique(Value::Object(object)))
    }
}

/// Hands a parsed value to a `Deserialize` impl, refusing anything but an object where a
/// struct is asked for.
struct Strict(Value);

impl<'de> IntoDeserializer<'de, serde_json::Error> for Strict {
    type Deserializer = Self;
    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de> de::Deserializer<'de> for Strict {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Number(n) => n.deserialize_any(visitor),
            Value::String(s) => visitor.visit_string(s),
            Value::Array(items) => {
                let mut seq = de::value::SeqDeserializer::new(items.into_iter().map(Strict));
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Value::Object(object) => {
                let mut map =
                    de::value::MapDeserializer::new(object.into_iter().map(|(k, v)| (k, Strict(v))));
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Object(_) => self.deserialize_any(visitor),
            other => Err(de::Error::invalid_type(unexpected(&other), &"a JSON object")),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map identifier ignored_any
    }
}

fn unexpected(value: &Value) -> de::Unexpected<'_> {
    match value {
        Value::Null => de::Unexpected::Unit,
        Value::Bool(b) => de::Unexpected::Bool(*b),
        Value::Number(_) => de::Unexpected::Other("number"),
        Value::String(s) => de::Unexpected::Str(s),
        Value::Array(_) => de::Unexpected::Seq,
        Value::Object(_) => de::Unexpected::Map,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug, PartialEq)]
    struct Outer {
        settings: Inner,
        #[serde(default)]
        ids: Vec<String>,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    struct Inner {
        on: Option<bool>,
        mode: Option<String>,
    }

    #[test]
    fn objects_are_read_as_structs() {
        let parsed: Outer = from_slice(br#"{"settings": {"on": true}, "ids": ["a"]}"#).unwrap();
        assert_eq!(
            parsed,
            Outer {
                settings: Inner {
                    on: Some(true),
                    mode: None
                },
                ids: vec!["a".into()]
            }
        );
    }

    #[test]
    fn an_array_is_not_an_object() {
        let err = from_slice::<Outer>(br#"{"settings": [null, null]}"#).unwrap_err();
        assert_eq!(err.path, "settings");
        assert!(err.inner.to_string().contains("a JSON object"), "{err:?}");
        assert!(from_slice::<Outer>(b"[[null, null]]").is_err());
    }

    #[test]
    fn a_key_given_twice_is_refused() {
        let err = from_slice::<Outer>(br#"{"settings": {"on": true, "on": false}}"#).unwrap_err();
        assert_eq!(err.path, "settings");
        assert!(err.inner.to_string().contains("duplicate field `on`"), "{err:?}");
    }

    #[test]
    fn trailing_text_and_bad_syntax_are_refused() {
        assert!(from_slice::<Outer>(br#"{"settings": {}} x"#)
            .unwrap_err()
            .inner
            .is_syntax());
        assert!(from_slice::<Outer>(br#"{"settings": {"#)
            .unwrap_err()
            .inner
            .is_eof());
    }
}
