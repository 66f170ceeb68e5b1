//! Arrays (§10.4.2 Array exotic objects).
//!
//! Elements live in a dense `ValueVec` where [`Value::HOLE`] marks a missing
//! element; `length` is kept separately and may exceed the dense part (holes).
//! A write far beyond the dense part (`a[1e9] = 1`) turns the array sparse:
//! every index property then lives in the object's dictionary as an index atom,
//! so memory stays proportional to the elements that exist.

use crate::error::{self, Thrown};
use crate::gc::{self, Kind};
use crate::object::{self, JsObject, Obj, Own, PropKey, attr, oflags};
use crate::realm::realm;
use crate::string::{self, K, atom};
use crate::value::{self, JsResult, Value};
use crate::value_vec::ValueVec;

#[repr(C)]
pub struct JsArray {
    pub obj: JsObject,
    /// Dense elements; `elements.len() <= length`. Empty when sparse.
    pub elements: ValueVec,
    pub length: u32,
}

/// Preallocate `new Array(n)` up to this many holes.
const PREALLOC_MAX: u32 = 1 << 20;
/// A write this far beyond the dense part (and beyond double its size) goes sparse.
const MAX_GAP: usize = 1024;

/// Arrays made with room for at most this many elements keep them in their
/// own cell: most arrays are small, and a separate buffer costs a pooled
/// allocation and its return. More elements move them to a buffer.
const INLINE_ELEMENTS_MAX: usize = 16;
/// The room an array literal gets in its cell when it has fewer elements.
const EMPTY_LITERAL_ROOM: usize = 4;

/// A new empty array with room for `capacity` elements.
pub fn new_array(capacity: usize) -> Obj {
    if capacity <= INLINE_ELEMENTS_MAX {
        return new_array_with_inline_room(capacity);
    }
    let a = object::alloc_with(Kind::Array, Some(realm().array_proto), |obj| JsArray {
        obj,
        elements: ValueVec::with_capacity(capacity),
        length: 0,
    });
    gc::note_external(capacity * 8);
    a
}

/// An empty array whose first `room` elements live in its cell, after the
/// array (see [`INLINE_ELEMENTS_MAX`]).
fn new_array_with_inline_room(room: usize) -> Obj {
    let obj = object::object_head(Kind::Array, Some(realm().array_proto));
    let cell = object::alloc_with_value_tail(room, |elements| JsArray { obj, elements, length: 0 });
    // Its elements may move to a buffer of their own as it grows, anywhere
    // the array is written: the destructor always runs.
    gc::needs_finalizer(cell as *const gc::GcHeader);
    // SAFETY: the cell is a live array, just written.
    unsafe { Obj::from_ptr(cell as *mut object::JsObject) }
}

const _: () = assert!(std::mem::size_of::<JsArray>() % 8 == 0);

/// A new array holding `values` (which may contain holes).
pub fn from_values(values: &[Value]) -> Obj {
    // An empty literal is usually filled by pushes: room for a few in its cell.
    let a = new_array(values.len().max(EMPTY_LITERAL_ROOM));
    let arr = a.array();
    arr.elements.extend_from_slice(values);
    arr.length = values.len() as u32;
    a
}

/// `new Array(len)`: holes up to `len`.
pub fn with_length(len: u32) -> Obj {
    let a = new_array(if len <= PREALLOC_MAX { len as usize } else { 0 });
    if len <= PREALLOC_MAX {
        a.array().elements.resize(len as usize, Value::HOLE);
    }
    a.array().length = len;
    a
}

#[inline]
pub fn length(a: Obj) -> u32 {
    a.array().length
}

/// Appends `v` (Array.prototype.push for one value).
pub fn push(a: Obj, v: Value) -> JsResult<()> {
    let arr = a.array();
    if arr.length == u32::MAX {
        return Err(error::throw_type_error(
            "Pushing 1 elements on an array-like of length 4294967295 is disallowed, as the total surpasses 2**53-1",
        ));
    }
    let i = arr.length;
    set_element(a, i, v);
    Ok(())
}

/// Reads element `i` (HOLE when absent, without consulting prototypes).
#[inline]
pub fn get_element(a: Obj, i: u32) -> Value {
    let arr = a.array();
    if let Some(&v) = arr.elements.get(i as usize) {
        return v;
    }
    if a.flags() & oflags::SPARSE != 0
        && let Some((slot, _)) = a.find_named(string::index_atom(i))
    {
        return a.raw().slots[slot as usize];
    }
    Value::HOLE
}

/// Writes element `i`, growing `length` as needed.
pub fn set_element(a: Obj, i: u32, v: Value) {
    let arr = a.array();
    let n = arr.elements.len();
    let idx = i as usize;
    if a.flags() & oflags::SPARSE == 0 {
        if idx < n {
            arr.elements[idx] = v;
            return;
        }
        if idx <= n + MAX_GAP || idx < n * 2 || (i < arr.length && i < PREALLOC_MAX) {
            let cap = arr.elements.capacity();
            if idx > n {
                arr.elements.resize(idx, Value::HOLE);
            }
            arr.elements.push(v);
            if arr.elements.capacity() != cap {
                gc::note_external((arr.elements.capacity() - cap) * 8);
            }
            if i >= arr.length {
                arr.length = i + 1;
            }
            return;
        }
        make_sparse(a);
    }
    let key = string::index_atom(i);
    match a.find_named(key) {
        Some((slot, _)) => a.raw().slots[slot as usize] = v,
        None => a.add_named(key, v, attr::DEFAULT),
    }
    let arr = a.array();
    if i >= arr.length {
        arr.length = i + 1;
    }
}

/// Moves the dense elements into the dictionary.
fn make_sparse(a: Obj) {
    let elements = std::mem::take(&mut a.array().elements);
    a.set_flag(oflags::SPARSE);
    a.to_dict();
    for (i, v) in elements.into_vec().into_iter().enumerate() {
        if !v.is_hole() {
            a.add_named(string::index_atom(i as u32), v, attr::DEFAULT);
        }
    }
}

/// Sets `length` from a JS value (RangeError "Invalid array length").
pub fn set_length_value(a: Obj, v: Value) -> JsResult<()> {
    let n = value::to_number(v)?;
    let len = n as u32;
    if len as f64 != n {
        return Err(error::throw_range_error("Invalid array length"));
    }
    set_length(a, len);
    Ok(())
}

/// Truncates or extends the array.
pub fn set_length(a: Obj, len: u32) {
    let arr = a.array();
    if (len as usize) < arr.elements.len() {
        arr.elements.truncate(len as usize);
    }
    if a.flags() & oflags::SPARSE != 0 && len < arr.length {
        for (k, _) in a.named_keys() {
            if k.as_index().is_some_and(|i| i >= len) {
                let _ = object::delete(a, PropKey::Atom(k));
            }
        }
    }
    a.array().length = len;
}

/// The own-property part of [`object::get_own`] that arrays handle; `None`
/// means "look at the named properties".
pub fn get_own(a: Obj, key: PropKey) -> Option<Own> {
    match key {
        PropKey::Index(i) => {
            if a.flags() & oflags::SPARSE != 0 {
                return None;
            }
            let v = a.array().elements.get(i as usize).copied().unwrap_or(Value::HOLE);
            Some(if v.is_hole() { Own::None } else { Own::Value(v, attr::DEFAULT) })
        }
        PropKey::Atom(k) if k == atom(K::length) => Some(Own::Value(Value::uint(a.array().length), attr::WRITABLE)),
        PropKey::Atom(_) => None,
    }
}

/// [[Set]] of an index or `length`; `None` for other keys.
pub fn set_own(a: Obj, key: PropKey, v: Value) -> Result<Option<bool>, Thrown> {
    match key {
        PropKey::Index(i) => {
            if a.flags() & (oflags::SPARSE | oflags::NOT_EXTENSIBLE) != 0 {
                // The generic path checks attributes and extensibility.
                if a.flags() & oflags::SPARSE == 0
                    && let Some(e) = a.array().elements.get_mut(i as usize)
                    && !e.is_hole()
                {
                    *e = v;
                    return Ok(Some(true));
                }
                return Ok(None);
            }
            if (i as usize) < a.array().elements.len() || proto_chain_is_plain(a, key) {
                set_element(a, i, v);
                return Ok(Some(true));
            }
            Ok(None)
        }
        PropKey::Atom(k) if k == atom(K::length) => {
            set_length_value(a, v)?;
            Ok(Some(true))
        }
        PropKey::Atom(_) => Ok(None),
    }
}

/// Whether no prototype of `a` has `key` (so a write may add it directly).
fn proto_chain_is_plain(a: Obj, key: PropKey) -> bool {
    let mut p = a.proto();
    while let Some(q) = p {
        if object::has_own(q, key) {
            return false;
        }
        p = q.proto();
    }
    true
}

/// Defines an element (object-literal style); false for other keys.
pub fn define_own(a: Obj, key: PropKey, v: Value) -> bool {
    match key {
        PropKey::Index(i) => {
            set_element(a, i, v);
            true
        }
        PropKey::Atom(k) if k == atom(K::length) => {
            if v.is_number() {
                let n = v.as_number();
                if n >= 0.0 && n as u32 as f64 == n {
                    set_length(a, n as u32);
                }
            }
            true
        }
        PropKey::Atom(_) => false,
    }
}

/// [[Delete]] of an element or `length`; `None` for other keys.
pub fn delete_own(a: Obj, key: PropKey) -> Option<bool> {
    match key {
        PropKey::Index(i) if a.flags() & oflags::SPARSE == 0 => {
            if let Some(e) = a.array().elements.get_mut(i as usize) {
                *e = Value::HOLE;
            }
            Some(true)
        }
        PropKey::Atom(k) if k == atom(K::length) => Some(false),
        _ => None,
    }
}

/// Indices of present dense elements, ascending.
pub fn element_keys(a: Obj, out: &mut Vec<u32>) {
    for (i, v) in a.array().elements.iter().enumerate() {
        if !v.is_hole() {
            out.push(i as u32);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::with_runtime;

    #[test]
    fn holes_and_length_writes() {
        with_runtime(|| {
            let a = from_values(&[Value::int(1), Value::HOLE, Value::int(3)]);
            assert_eq!(length(a), 3);
            assert!(a.get_index(1).unwrap().is_undefined());
            assert!(!object::has_own(a, PropKey::Index(1)));
            a.set_index(5, Value::int(6)).unwrap();
            assert_eq!(length(a), 6);
            assert!(get_element(a, 4).is_hole());
            a.set_atom(atom(K::length), Value::int(2)).unwrap();
            assert_eq!(length(a), 2);
            assert!(a.get_index(2).unwrap().is_undefined());
            a.set_atom(atom(K::length), Value::int(10)).unwrap();
            assert_eq!(length(a), 10);
            assert!(a.get_index(9).unwrap().is_undefined());
            let keys: Vec<String> = object::own_keys(a, true).iter().map(|k| k.to_rust_string()).collect();
            assert_eq!(keys, ["0"]);
            assert!(a.set_atom(atom(K::length), Value::int(-1)).is_err());
            crate::error::take_pending();
        });
    }

    #[test]
    fn sparse_writes_do_not_allocate_everything() {
        with_runtime(|| {
            let a = new_array(0);
            a.set_index(1, Value::int(1)).unwrap();
            a.set_index(1_000_000_000, Value::int(2)).unwrap();
            assert_eq!(length(a), 1_000_000_001);
            assert!(a.array().elements.capacity() < 1000);
            assert_eq!(a.get_index(1_000_000_000).unwrap(), Value::int(2));
            assert_eq!(a.get_index(1).unwrap(), Value::int(1));
            a.set(PropKey::from_string(crate::string::Str::new("x")), Value::TRUE).unwrap();
            let keys: Vec<String> = object::own_keys(a, true).iter().map(|k| k.to_rust_string()).collect();
            assert_eq!(keys, ["1", "1000000000", "x"]);
            set_length(a, 5);
            assert!(a.get_index(1_000_000_000).unwrap().is_undefined());
            assert_eq!(a.get_index(1).unwrap(), Value::int(1));
        });
    }

    #[test]
    fn index_keys_as_strings_and_numbers() {
        with_runtime(|| {
            let a = new_array(0);
            let k = value::to_property_key(crate::string::Str::new("2").value()).unwrap();
            a.set(k, Value::int(7)).unwrap();
            assert_eq!(a.get(PropKey::Index(2)).unwrap(), Value::int(7));
            let k = value::to_property_key(Value::number(2.0)).unwrap();
            assert_eq!(a.get(k).unwrap(), Value::int(7));
            assert_eq!(length(a), 3);
        });
    }
}

const _: () = assert!(std::mem::offset_of!(JsArray, elements) == dxl_abi::value::ARRAY_ELEMENTS_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(JsArray, length) == dxl_abi::value::ARRAY_LENGTH_OFFSET as usize);
