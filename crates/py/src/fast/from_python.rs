//! The model straight from Python objects: a serde [`Deserializer`](de::Deserializer) over
//! dicts, lists, tuples (exactly those types), strings, numbers, booleans and `None`, with no
//! JSON tree in between.
//!
//! It is the fast path of `Summary.from_dict`. It reads exactly as the slow path does
//! (`pythonize` into a [`serde_json::Value`], then the core's
//! [`from_value`](yousaid::Summary::from_value)): the same visitor calls for the same data,
//! lists and maps read to their end. Anything else — another kind of object, a key that is
//! not text, text that is not Unicode, a NaN or infinite float, nesting deeper than the
//! loader allows, or any error at all — gives up with `None`, and the caller takes the slow
//! path, which also words the error with its path. So the fast path never accepts what the
//! slow path refuses, and errors read the same either way.

use std::fmt;

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde::de::value::StringDeserializer;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

/// How deep lists and dicts may nest, counting the outermost, as the loader allows.
const MAX_DEPTH: usize = yousaid::load::MAX_JSON_DEPTH;

/// Reads a whole summary, or `None` when the slow path must decide.
pub(crate) fn summary(obj: &Bound<'_, PyAny>) -> Option<yousaid::Summary> {
    // A dict in the current format; an older one is migrated by the slow path
    // (`Summary::from_value`).
    let dict = obj.cast_exact::<PyDict>().ok()?;
    let format = dict.get_item("format").ok()??;
    let format = format.cast::<PyString>().ok()?.to_cow().ok()?;
    if format != yousaid::Format::CURRENT.as_str() {
        return None;
    }
    serde::Deserialize::deserialize(Reader {
        obj: obj.clone(),
        depth: 0,
    })
    .ok()
}

/// Why the fast path gave up; never shown (the slow path words the error).
#[derive(Debug)]
pub(crate) struct GiveUp;

impl fmt::Display for GiveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("read again with the error path")
    }
}

impl std::error::Error for GiveUp {}

impl de::Error for GiveUp {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        GiveUp
    }
}

impl From<PyErr> for GiveUp {
    fn from(_: PyErr) -> Self {
        GiveUp
    }
}

type Result<T> = std::result::Result<T, GiveUp>;

/// What a Python object is, as JSON sees it.
enum Kind<'py> {
    Null,
    Bool(bool),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    Str(Bound<'py, PyString>),
    Seq(Items<'py>, usize),
    Map(Bound<'py, PyDict>),
}

/// A list or a tuple.
enum Items<'py> {
    List(Bound<'py, PyList>),
    Tuple(Bound<'py, PyTuple>),
}

impl<'py> Items<'py> {
    fn get(&self, index: usize) -> Result<Bound<'py, PyAny>> {
        Ok(match self {
            Items::List(list) => list.get_item(index)?,
            Items::Tuple(tuple) => tuple.get_item(index)?,
        })
    }
}

/// In the order `pythonize` tells them apart; other objects give up.
fn kind<'py>(obj: &Bound<'py, PyAny>) -> Result<Kind<'py>> {
    Ok(if obj.is_none() {
        Kind::Null
    } else if let Ok(b) = obj.cast::<PyBool>() {
        Kind::Bool(b.is_true())
    } else if obj.is_instance_of::<PyInt>() {
        match obj.extract::<u64>() {
            Ok(u) => Kind::Unsigned(u),
            Err(_) => Kind::Signed(obj.extract::<i64>()?),
        }
    } else if let Ok(list) = obj.cast_exact::<PyList>() {
        // Exactly these: the slow path reads a subclass through its own methods, which may
        // differ from what it holds; a subclass, like any other object, gives up below.
        Kind::Seq(Items::List(list.clone()), list.len())
    } else if let Ok(tuple) = obj.cast_exact::<PyTuple>() {
        Kind::Seq(Items::Tuple(tuple.clone()), tuple.len())
    } else if let Ok(dict) = obj.cast_exact::<PyDict>() {
        Kind::Map(dict.clone())
    } else if let Ok(s) = obj.cast::<PyString>() {
        Kind::Str(s.clone())
    } else if let Ok(f) = obj.cast::<PyFloat>() {
        // NaN and the infinities are refused by the slow path, with their path.
        let v = f.value();
        if v.is_finite() {
            Kind::Float(v)
        } else {
            return Err(GiveUp);
        }
    } else {
        return Err(GiveUp);
    })
}

fn visit_str<'de, V: Visitor<'de>>(s: &Bound<'_, PyString>, visitor: V) -> Result<V::Value> {
    match s.to_cow()? {
        std::borrow::Cow::Borrowed(b) => visitor.visit_str(b),
        std::borrow::Cow::Owned(o) => visitor.visit_string(o),
    }
}

/// One Python object and how deep it sits.
struct Reader<'py> {
    obj: Bound<'py, PyAny>,
    depth: usize,
}

impl<'py> Reader<'py> {
    fn kind(&self) -> Result<Kind<'py>> {
        kind(&self.obj)
    }

    fn seq<'de, V: Visitor<'de>>(
        &self,
        items: Items<'py>,
        len: usize,
        visitor: V,
    ) -> Result<V::Value> {
        let depth = self.deeper()?;
        let mut access = Seq {
            items,
            index: 0,
            len,
            depth,
        };
        let value = visitor.visit_seq(&mut access)?;
        if access.index == len {
            Ok(value)
        } else {
            Err(GiveUp)
        }
    }

    fn map<'de, V: Visitor<'de>>(&self, dict: Bound<'py, PyDict>, visitor: V) -> Result<V::Value> {
        let depth = self.deeper()?;
        let items: Vec<_> = dict.iter().collect();
        let mut access = Map {
            items: items.into_iter(),
            value: None,
            depth,
        };
        let value = visitor.visit_map(&mut access)?;
        if access.items.len() == 0 && access.value.is_none() {
            Ok(value)
        } else {
            Err(GiveUp)
        }
    }

    fn deeper(&self) -> Result<usize> {
        if self.depth >= MAX_DEPTH {
            Err(GiveUp)
        } else {
            Ok(self.depth + 1)
        }
    }

    /// Checks that a value nobody reads would have converted (every object of a kind above,
    /// keys text, not too deep), as the slow path converts everything before reading.
    fn check_unread(&self) -> Result<()> {
        let mut stack = vec![(self.obj.clone(), self.depth)];
        while let Some((obj, depth)) = stack.pop() {
            match kind(&obj)? {
                Kind::Seq(items, len) => {
                    if depth >= MAX_DEPTH {
                        return Err(GiveUp);
                    }
                    for i in 0..len {
                        stack.push((items.get(i)?, depth + 1));
                    }
                }
                Kind::Map(dict) => {
                    if depth >= MAX_DEPTH {
                        return Err(GiveUp);
                    }
                    for (k, v) in dict.iter() {
                        k.cast::<PyString>().map_err(|_| GiveUp)?;
                        stack.push((v, depth + 1));
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

impl<'de, 'py> de::Deserializer<'de> for Reader<'py> {
    type Error = GiveUp;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.kind()? {
            Kind::Null => visitor.visit_unit(),
            Kind::Bool(b) => visitor.visit_bool(b),
            Kind::Unsigned(u) => visitor.visit_u64(u),
            Kind::Signed(i) => visitor.visit_i64(i),
            Kind::Float(f) => visitor.visit_f64(f),
            Kind::Str(s) => visit_str(&s, visitor),
            Kind::Seq(items, len) => self.seq(items, len, visitor),
            Kind::Map(dict) => self.map(dict, visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.kind()? {
            Kind::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.kind()? {
            Kind::Null => visitor.visit_unit(),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.kind()? {
            Kind::Bool(b) => visitor.visit_bool(b),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }

    /// Every number as serde_json's `Value` gives it: the visitor sees the number's own kind.
    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.kind()? {
            Kind::Unsigned(u) => visitor.visit_u64(u),
            Kind::Signed(i) => visitor.visit_i64(i),
            Kind::Float(f) => visitor.visit_f64(f),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_string(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.kind()? {
            Kind::Str(s) => visit_str(&s, visitor),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.kind()? {
            Kind::Str(s) => visit_str(&s, visitor),
            Kind::Seq(items, len) => self.seq(items, len, visitor),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.kind()? {
            Kind::Seq(items, len) => self.seq(items, len, visitor),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.kind()? {
            Kind::Map(dict) => self.map(dict, visitor),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        // A struct is read from a dict only, as the core's loader reads it from an object only
        // (`load::objects`): a list where a struct belongs is the slow path's error to give.
        match self.kind()? {
            Kind::Map(dict) => self.map(dict, visitor),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        let (variant, value) = match self.kind()? {
            Kind::Str(s) => (s.to_cow()?.into_owned(), None),
            Kind::Map(dict) if dict.len() == 1 => {
                let (k, v) = dict.iter().next().ok_or(GiveUp)?;
                let k = k.cast::<PyString>().map_err(|_| GiveUp)?.to_cow()?;
                (k.into_owned(), Some(v))
            }
            _ => return Err(GiveUp),
        };
        let depth = self.deeper()?;
        visitor.visit_enum(Enum {
            variant,
            value,
            depth,
        })
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_string(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.check_unread()?;
        visitor.visit_unit()
    }
}

/// The items of a list or tuple.
struct Seq<'py> {
    items: Items<'py>,
    index: usize,
    len: usize,
    depth: usize,
}

impl<'de> de::SeqAccess<'de> for Seq<'_> {
    type Error = GiveUp;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.index >= self.len {
            return Ok(None);
        }
        let obj = self.items.get(self.index)?;
        self.index += 1;
        seed.deserialize(Reader {
            obj,
            depth: self.depth,
        })
        .map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.len - self.index)
    }
}

/// The entries of a dict, whose keys must be text.
struct Map<'py> {
    items: std::vec::IntoIter<(Bound<'py, PyAny>, Bound<'py, PyAny>)>,
    value: Option<Bound<'py, PyAny>>,
    depth: usize,
}

impl<'de> de::MapAccess<'de> for Map<'_> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        let Some((key, value)) = self.items.next() else {
            return Ok(None);
        };
        let key = key.cast::<PyString>().map_err(|_| GiveUp)?.to_cow()?;
        self.value = Some(value);
        let key: StringDeserializer<GiveUp> = key.into_owned().into_deserializer();
        seed.deserialize(key).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let obj = self.value.take().ok_or(GiveUp)?;
        seed.deserialize(Reader {
            obj,
            depth: self.depth,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// An enum: a variant name, with its content when given as `{variant: content}`.
struct Enum<'py> {
    variant: String,
    value: Option<Bound<'py, PyAny>>,
    depth: usize,
}

impl<'de, 'py> de::EnumAccess<'de> for Enum<'py> {
    type Error = GiveUp;
    type Variant = Variant<'py>;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Variant<'py>)> {
        let name: StringDeserializer<GiveUp> = self.variant.into_deserializer();
        let variant = seed.deserialize(name)?;
        Ok((
            variant,
            Variant {
                value: self.value,
                depth: self.depth,
            },
        ))
    }
}

/// The content of an enum variant.
struct Variant<'py> {
    value: Option<Bound<'py, PyAny>>,
    depth: usize,
}

impl<'py> Variant<'py> {
    fn reader(self) -> Result<Reader<'py>> {
        let obj = self.value.ok_or(GiveUp)?;
        Ok(Reader {
            obj,
            depth: self.depth,
        })
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_> {
    type Error = GiveUp;

    fn unit_variant(self) -> Result<()> {
        match self.value {
            None => Ok(()),
            Some(obj) => match kind(&obj)? {
                Kind::Null => Ok(()),
                _ => Err(GiveUp),
            },
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        seed.deserialize(self.reader()?)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        let reader = self.reader()?;
        match reader.kind()? {
            Kind::Seq(_, 0) => visitor.visit_unit(),
            Kind::Seq(items, len) => reader.seq(items, len, visitor),
            _ => Err(GiveUp),
        }
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        let reader = self.reader()?;
        match reader.kind()? {
            Kind::Map(dict) => reader.map(dict, visitor),
            Kind::Seq(items, len) => reader.seq(items, len, visitor),
            _ => Err(GiveUp),
        }
    }
}
