//! Structs read from JSON objects only.
//!
//! serde's derived readers accept a struct written as an object or as a list of its fields in order
//! (`["s1", "More training"]`), and serde_json's `deserialize_struct` calls either. A yousaid
//! document writes every struct as an object (the JSON Schema says so), so the reader of the list
//! form is never wanted, yet it is compiled for each struct of the model: about 46 KB of the
//! optimised WebAssembly, 16.5 KB gzipped (December 2026). [`Objects`] wraps a deserializer and
//! asks for a map wherever a struct is read, all the way down, so that only the object form is
//! compiled. An object reads exactly as before (serde_json's `deserialize_map` and
//! `deserialize_struct` do the same for an object, and the same errors come back); a list where a
//! struct belongs is refused as a wrong type (`invalid type: sequence, expected struct
//! Suggestion`), as the JSON Schema refuses it.

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess};
use serde::de::{VariantAccess, Visitor};

/// A deserializer that reads every struct as a map (see the [module](self)). Scalars are
/// passed through untouched; whatever may hold a struct (options, lists, maps, enums,
/// newtypes and anything read by `deserialize_any`) is read through the wrapper again.
pub(crate) struct Objects<D>(pub(crate) D);

/// A visitor whose nested values are read through [`Objects`].
struct Wrap<V>(V);

/// A seed whose value is read through [`Objects`].
struct Seed<S>(S);

/// Forwards scalar `deserialize_*` methods unchanged.
macro_rules! scalars {
    ($($method:ident)+) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method(visitor)
            }
        )+
    };
}

/// Forwards `deserialize_*` methods with the visitor wrapped.
macro_rules! nested {
    ($($method:ident)+) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method(Wrap(visitor))
            }
        )+
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Objects<D> {
    type Error = D::Error;

    scalars! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
        deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char deserialize_str
        deserialize_string deserialize_bytes deserialize_byte_buf deserialize_unit
        deserialize_identifier deserialize_ignored_any
    }

    nested! { deserialize_any deserialize_option deserialize_seq deserialize_map }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, Wrap(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, Wrap(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, Wrap(visitor))
    }

    /// The point of the wrapper: a struct is read as a map.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(Wrap(visitor))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, Wrap(visitor))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Objects(deserializer))
    }
}

/// Forwards `visit_*` methods of one argument unchanged.
macro_rules! visits {
    ($($method:ident: $ty:ty)+) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                self.0.$method(v)
            }
        )+
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.expecting(f)
    }

    visits! {
        visit_bool: bool visit_i8: i8 visit_i16: i16 visit_i32: i32 visit_i64: i64
        visit_i128: i128 visit_u8: u8 visit_u16: u16 visit_u32: u32 visit_u64: u64
        visit_u128: u128 visit_f32: f32 visit_f64: f64 visit_char: char visit_str: &str
        visit_borrowed_str: &'de str visit_string: String visit_bytes: &[u8]
        visit_borrowed_bytes: &'de [u8] visit_byte_buf: Vec<u8>
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Objects(deserializer))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(Objects(deserializer))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Wrap(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Wrap(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(Wrap(data))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

/// Keys are read unchanged (JSON keys are strings); values through [`Objects`].
impl<'de, A: MapAccess<'de>> MapAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(seed)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Wrap<A> {
    type Error = A::Error;
    type Variant = Wrap<A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Self::Variant), A::Error> {
        let (value, variant) = self.0.variant_seed(seed)?;
        Ok((value, Wrap(variant)))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(Seed(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, Wrap(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, Wrap(visitor))
    }
}

#[cfg(test)]
mod tests {
    use crate::{ErrorKind, Suggestion, Summary};

    /// An object reads as serde's derived reader reads it, errors included; a list where a
    /// struct belongs is a wrong type, at the list.
    #[test]
    fn structs_come_from_objects_only() {
        let ok =
            r#"{"format": "yousaid/2", "title": "t", "suggestions": [{"id": "s1", "text": "A"}]}"#;
        let via_serde: Summary = serde_json::from_str(ok).unwrap();
        assert_eq!(Summary::from_json_str(ok).unwrap(), via_serde);
        for bad in [
            r#"{"format": "yousaid/2", "title": "t", "suggestions": [{"id": "s1", "txt": "A"}]}"#,
            r#"{"format": "yousaid/2", "title": "t", "suggestions": [{"id": "s1"}]}"#,
            r#"{"format": "yousaid/2", "title": "t", "suggestions": [7]}"#,
        ] {
            let ours = crate::load::read_slice::<Summary>(bad.as_bytes()).unwrap_err();
            let theirs = serde_json::from_str::<Summary>(bad).unwrap_err();
            assert_eq!(ours.to_string(), theirs.to_string(), "{bad}");
        }
        let list = r#"{"format": "yousaid/2", "title": "t", "suggestions": [["s1", "A"]]}"#;
        let e = Summary::from_json_str(list).unwrap_err();
        assert_eq!(
            (e.kind(), e.path()),
            (ErrorKind::WrongType, Some("suggestions[0]"))
        );
        assert_eq!(
            e.message(),
            "invalid type: list, expected an object (`Suggestion`)"
        );
        let value: serde_json::Value = serde_json::from_str(list).unwrap();
        let e = Summary::from_value(value).unwrap_err();
        assert_eq!(
            (e.kind(), e.path()),
            (ErrorKind::WrongType, Some("suggestions[0]"))
        );
        let e = crate::load::from_json_str::<Suggestion>(r#"["s1", "A"]"#).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::WrongType);
        let e = crate::load::from_value::<Suggestion>(serde_json::json!(["s1", "A"])).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::WrongType);
    }
}
