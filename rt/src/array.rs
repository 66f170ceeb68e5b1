//! Arrays (§10.4.2 Array exotic objects).
//!
//! Elements live in a dense `ValueVec` where [`Value::HOLE`] marks a missing
//! element; `length` is kept separately and may exceed the dense part (holes).
//! A write far beyond the dense part (`a[1e9] = 1`) turns the array sparse:
//! every index property then lives in the object's dictionary as an index atom,
//! so memory stays proportional to the elements that exist.

use crate::error::{self, Thrown};
use crate::gc::{self, Kind};
use crate::global::Global;
use crate::object::{self, JsObject, Obj, Own, PropKey, attr, oflags};
use crate::realm::realm;
use crate::string::{self, Atom, K, atom};
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

const _: () = assert!(std::mem::size_of::<JsArray>().is_multiple_of(8));

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

/// Reads element `i` (HOLE when absent, without consulting prototypes; an
/// accessor element reads as its pair value, see [`object::get`] for getters).
#[inline]
pub fn get_element(a: Obj, i: u32) -> Value {
    let arr = a.array();
    if let Some(&v) = arr.elements.get(i as usize) {
        return v;
    }
    if a.flags() & oflags::SPARSE != 0
        && let Some(k) = string::find_index_atom(i)
        && let Some((slot, _)) = a.find_named(k)
    {
        return a.raw().slots[slot as usize];
    }
    Value::HOLE
}

/// Dense growth past this capacity checks that the elements fill at least
/// 1/[`MIN_DENSITY`] of it; emptier arrays go sparse (as V8's
/// ShouldConvertToSlowElements does), so writes at a stride cost memory per
/// element written, not per index spanned.
const DENSITY_CHECKED_CAPACITY: usize = 1024;
const MIN_DENSITY: usize = 16;

/// Writes element `i` as a plain data property (the caller knows that is
/// what it must become: an own writable element, or an absent index on an
/// extensible array whose `length` is writable, with no prototype setter in
/// the way), growing `length` as needed.
pub fn set_element(a: Obj, i: u32, v: Value) {
    let arr = a.array();
    let n = arr.elements.len();
    let idx = i as usize;
    if a.flags() & oflags::SPARSE == 0 {
        if idx < n {
            if arr.elements[idx].is_hole() {
                note_index_added(a);
            }
            arr.elements[idx] = v;
            return;
        }
        let declared = i < arr.length && i < PREALLOC_MAX;
        if (idx <= n + MAX_GAP || idx < n * 2 || declared) && (declared || dense_enough_to_grow(a, idx)) {
            let arr = a.array();
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
            note_index_added(a);
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

/// Whether writing index `idx` past the dense part may grow it: no new
/// buffer is needed, or the present elements would fill enough of the new one.
fn dense_enough_to_grow(a: Obj, idx: usize) -> bool {
    let els = &a.array().elements;
    let cap = els.capacity();
    if idx < cap {
        return true;
    }
    let new_cap = (idx + 1).max(cap * 2);
    if new_cap <= DENSITY_CHECKED_CAPACITY {
        return true;
    }
    let used = els.iter().filter(|v| !v.is_hole()).count() + 1;
    used * MIN_DENSITY >= new_cap
}

/// Some object that is (or was) a prototype has, or had, an index property:
/// an absent element may then be found further up the chain, so writes to
/// holes and appends take the full [[Set]] path. Sticky, like V8's
/// "no elements" protector; set by [`note_index_added`] and by
/// [`Obj::mark_prototype`](object::Obj::mark_prototype).
pub static PROTOTYPE_HAS_INDEX: Global<bool> = Global::new(false);

/// Whether some prototype may have an index property (see [`PROTOTYPE_HAS_INDEX`]).
#[inline]
pub fn prototypes_may_have_indices() -> bool {
    *PROTOTYPE_HAS_INDEX.get()
}

/// Records that `o` gained an index property.
#[inline]
pub fn note_index_added(o: Obj) {
    if o.flags() & oflags::PROTOTYPE != 0 {
        *PROTOTYPE_HAS_INDEX.get() = true;
    }
}

/// Whether `o` has any index property (checked when it becomes a prototype).
pub fn has_index_properties(o: Obj) -> bool {
    match o.kind() {
        Kind::Array if o.array().elements.iter().any(|v| !v.is_hole()) => return true,
        Kind::Boxed if o.boxed_value().is_string() && !o.boxed_value().as_str().is_empty() => return true,
        _ => {}
    }
    o.named_keys().iter().any(|(k, _)| k.as_index().is_some())
}

/// Moves the dense elements into the dictionary (V8's dictionary elements):
/// for arrays too sparse for a vector, and for any array whose elements or
/// `length` get attributes other than a plain data property's, so that the
/// dense vector (which generated code reads and writes inline) only ever
/// holds writable, enumerable, configurable data elements.
pub fn make_sparse(a: Obj) {
    if a.flags() & oflags::SPARSE != 0 {
        return;
    }
    let elements = std::mem::take(&mut a.array().elements);
    a.set_flag(oflags::SPARSE);
    a.to_dict();
    for (i, v) in elements.into_vec().into_iter().enumerate() {
        if !v.is_hole() {
            a.add_named(string::index_atom(i as u32), v, attr::DEFAULT);
        }
    }
}

/// Whether `length` is read-only (Object.freeze, or defined so).
#[inline]
pub fn length_is_readonly(a: Obj) -> bool {
    a.flags() & oflags::LENGTH_READONLY != 0
}

/// Makes `length` read-only; the array keeps its elements in the dictionary
/// from then on, so no inline path can grow it.
pub fn make_length_readonly(a: Obj) {
    make_sparse(a);
    a.set_flag(oflags::LENGTH_READONLY);
    a.note_key_change();
}

/// ToUint32 of a new length that must equal its ToNumber (RangeError "Invalid array length").
fn to_array_length(v: Value) -> JsResult<u32> {
    let n = value::to_number(v)?;
    let len = n as u32;
    if len as f64 != n {
        return Err(error::throw_range_error("Invalid array length"));
    }
    Ok(len)
}

/// Sets `length` from a JS value as [[Set]] does: RangeError "Invalid array
/// length", false when `length` is read-only or a non-configurable element
/// stopped the truncation.
pub fn set_length_value(a: Obj, v: Value) -> JsResult<bool> {
    let len = to_array_length(v)?;
    if length_is_readonly(a) {
        return Ok(false);
    }
    Ok(set_length(a, len))
}

/// Object.defineProperty(a, "length", {value, writable}): `v` is the new
/// length (or the current one when the descriptor has none).
pub fn define_length(a: Obj, v: Value, writable: bool) -> JsResult<()> {
    let len = to_array_length(v)?;
    if length_is_readonly(a) {
        if len != a.array().length || writable {
            return Err(error::throw_type_error("Cannot redefine property: length"));
        }
        return Ok(());
    }
    let truncated = set_length(a, len);
    if !writable {
        make_length_readonly(a);
    }
    if !truncated {
        return Err(cannot_delete(a.array().length - 1));
    }
    Ok(())
}

#[cold]
pub fn cannot_delete(i: u32) -> Thrown {
    error::throw_type_error(format!("Cannot delete property '{i}' of [object Array]"))
}

/// Truncates or extends the array (ArraySetLength with a writable `length`).
/// Truncation deletes from the end and stops at a non-configurable element,
/// leaving `length` just past it: then false.
pub fn set_length(a: Obj, len: u32) -> bool {
    let arr = a.array();
    if (len as usize) < arr.elements.len() {
        arr.elements.truncate(len as usize);
    }
    if a.flags() & oflags::SPARSE != 0 && len < arr.length {
        let mut doomed: Vec<(u32, Atom, u8)> = a
            .named_keys()
            .into_iter()
            .filter_map(|(k, f)| k.as_index().filter(|&i| i >= len).map(|i| (i, k, f)))
            .collect();
        doomed.sort_unstable_by_key(|x| std::cmp::Reverse(x.0));
        for (i, k, f) in doomed {
            if f & attr::CONFIGURABLE == 0 {
                a.array().length = i + 1;
                return false;
            }
            let _ = object::delete(a, PropKey::Atom(k));
        }
    }
    a.array().length = len;
    true
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
        PropKey::Atom(k) if k == atom(K::length) => {
            let flags = if length_is_readonly(a) { 0 } else { attr::WRITABLE };
            Some(Own::Value(Value::uint(a.array().length), flags))
        }
        PropKey::Atom(_) => None,
    }
}

/// [[Set]] of an index or `length`; `None` for other keys and for the
/// cases the generic path decides (elements in the dictionary, holes and
/// appends when a prototype may have an index property or the array may
/// not grow).
pub fn set_own(a: Obj, key: PropKey, v: Value) -> Result<Option<bool>, Thrown> {
    match key {
        PropKey::Index(i) => {
            if a.flags() & oflags::SPARSE != 0 {
                return Ok(None);
            }
            // Dense elements are plain writable data properties.
            if let Some(e) = a.array().elements.get_mut(i as usize)
                && !e.is_hole()
            {
                *e = v;
                return Ok(Some(true));
            }
            if a.flags() & oflags::NOT_EXTENSIBLE == 0 && !prototypes_may_have_indices() {
                set_element(a, i, v);
                return Ok(Some(true));
            }
            Ok(None)
        }
        PropKey::Atom(k) if k == atom(K::length) => Ok(Some(set_length_value(a, v)?)),
        PropKey::Atom(_) => Ok(None),
    }
}

/// The end of [[Set]] of an absent index on an extensible array, once the
/// prototypes allowed it: false when `length` is read-only and the index is
/// past it.
pub fn add_element(a: Obj, i: u32, v: Value) -> bool {
    if i >= a.array().length && length_is_readonly(a) {
        return false;
    }
    set_element(a, i, v);
    true
}

/// Defining index `i` as something other than a plain data element (an
/// accessor, or other attributes): the elements move to the dictionary,
/// where the property is then defined as a named one, and `length` grows
/// past `i`. False when the array may not have index `i` (read-only
/// `length` and `i` past it).
pub fn prepare_special_element(a: Obj, i: u32) -> bool {
    if i >= a.array().length && length_is_readonly(a) {
        return false;
    }
    make_sparse(a);
    let arr = a.array();
    if i >= arr.length {
        arr.length = i + 1;
    }
    true
}

/// Defines an element (object-literal style) or `length`; false for other
/// keys and for elements that go to the dictionary (see
/// [`prepare_special_element`]), which the caller then defines as named.
pub fn define_own(a: Obj, key: PropKey, v: Value, flags: u8) -> bool {
    match key {
        PropKey::Index(i) => {
            if a.flags() & oflags::SPARSE == 0 && flags == attr::DEFAULT {
                set_element(a, i, v);
                return true;
            }
            !prepare_special_element(a, i)
        }
        PropKey::Atom(k) if k == atom(K::length) => {
            if v.is_number() && !length_is_readonly(a) {
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

const _: () = assert!(std::mem::offset_of!(JsArray, elements) == dxl_abi::value::ARRAY_ELEMENTS_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(JsArray, length) == dxl_abi::value::ARRAY_LENGTH_OFFSET as usize);

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
