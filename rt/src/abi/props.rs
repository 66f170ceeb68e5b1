//! Property access (`dxl_rt_prop_*`, `dxl_rt_global_*`).

use super::ret;
use crate::array;
use crate::error;
use dxl_abi::runtime_functions::{CACHE_ENTRIES, PropertyCache};

use crate::gc::Kind;
use crate::object::{self, Obj, Own, PropKey, attr};
use crate::realm::realm;
use crate::string::{self, atom};
use crate::value::{self, JsResult, Value, to_property_key};

/// The property key of a key value; interned strings and small ints take the fast path.
#[inline]
fn key_of(key: Value) -> JsResult<PropKey> {
    if key.is_string()
        && let Some(a) = key.as_str().as_atom()
    {
        return Ok(PropKey::from_atom(a));
    }
    to_property_key(key)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_prop_get(target: u64, key: u64) -> u64 {
    let (t, k) = (Value(target), Value(key));
    if t.is_object() {
        let o = t.as_obj();
        // Dense array element.
        if k.is_int() && o.is_array() {
            let i = k.as_int();
            if let Some(&v) = o.array().elements.get(i as u32 as usize)
                && !v.is_hole()
            {
                return v.0;
            }
        }
        return ret(key_of(k).and_then(|pk| object::get(o, pk, t)));
    }
    ret(key_of(k).and_then(|pk| object::get_value(t, pk)))
}

/// `a.push(v)` where the compiler proved `a` is an array it tracks (so
/// `push` is the built-in one): appends `v` and returns the new length.
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_array_push(array: u64, value: u64) -> u64 {
    let a = Value(array).as_obj();
    debug_assert!(a.is_array(), "array_push on a non-array");
    ret(crate::array::push(a, Value(value)).map(|()| Value::uint(crate::array::length(a))))
}

/// The new length of a packed array, or the RangeError past 2^31 - 1 elements.
fn packed_length(length: Option<u32>) -> u64 {
    match length {
        Some(n) => Value::uint(n).0,
        None => super::exceptions::dxl_rt_array_length_range(),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_packed_array_push(array: u64, element: u32) -> u64 {
    packed_length(crate::packed_array::push(Value(array), element))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_packed_array_reserve(array: u64, count: u32) -> i32 {
    crate::packed_array::reserve(Value(array), count as usize) as i32
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_packed_array_store(array: u64, index: u32, element: u32) -> u64 {
    packed_length(crate::packed_array::store(Value(array), index, element))
}

/// Marks a write cache entry that adds the property (see [`cached_add`]):
/// `holder` is the receiver's prototype with this bit set (cells are
/// 16-byte aligned), `holder_shape` the shape after the addition.
const ADD_ENTRY: usize = 1;

/// The slot a cache promises for this receiver, if it applies.
#[inline]
fn cached_slot(o: Obj, c: &PropertyCache) -> Option<(Obj, usize)> {
    let raw = o.raw();
    if c.shape == 0
        || raw.shape as usize != c.shape
        || raw.dict.is_some()
        || o.kind() != Kind::Object
        || c.holder & ADD_ENTRY != 0
    {
        return None;
    }
    if c.holder == 0 {
        return Some((o, c.slot));
    }
    if c.epoch != 0 {
        // No prototype changed its keys since the fill, and this receiver has
        // the same own keys and the same prototype: the same holder has it.
        if raw.proto as usize != c.holder_shape || c.epoch != *object::PROTO_EPOCH.get() {
            return None;
        }
        // SAFETY: the holder was on this live receiver's chain and no prototype changed since.
        return Some((unsafe { Obj::from_ptr(c.holder as *mut object::JsObject) }, c.slot));
    }
    // The receiver's shape says it has no own property of that name; the
    // prototype must still be the same object, in the same shape.
    if raw.proto as usize != c.holder {
        return None;
    }
    // SAFETY: `holder` equals the receiver's live prototype pointer.
    let holder = unsafe { Obj::from_ptr(raw.proto) };
    let hraw = holder.raw();
    (hraw.shape as usize == c.holder_shape && hraw.dict.is_none()).then_some((holder, c.slot))
}

/// Fills the cache for a plain-object receiver whose property `key` is a data
/// property of the receiver or of its immediate prototype.
fn fill_cache(o: Obj, key: Value, entries: &mut [PropertyCache; CACHE_ENTRIES], for_write: bool) {
    let mut fresh = PropertyCache::default();
    cache_entry(o, key, &mut fresh, for_write);
    if fresh.shape != 0 {
        // The newest entry goes first: generated code checks entry 0 inline.
        entries.copy_within(0..CACHE_ENTRIES - 1, 1);
        entries[0] = fresh;
    }
}

fn cache_entry(o: Obj, key: Value, c: &mut PropertyCache, for_write: bool) {
    let raw = o.raw();
    if o.kind() != Kind::Object || raw.dict.is_some() {
        return;
    }
    let Ok(PropKey::Atom(atom)) = key_of(key) else { return };
    let usable = |flags: u8| flags & (attr::ACCESSOR | attr::LAZY) == 0 && (!for_write || flags & attr::WRITABLE != 0);
    if let Some((slot, flags)) = o.find_named(atom) {
        if usable(flags) {
            *c = PropertyCache { shape: raw.shape as usize, slot: slot as usize, holder: 0, holder_shape: 0, epoch: 0 };
        }
        return;
    }
    if for_write || raw.proto.is_null() {
        return;
    }
    // SAFETY: a non-null prototype pointer of a live object is a live object.
    let first = unsafe { Obj::from_ptr(raw.proto) };
    if first.kind() != Kind::Object {
        // Functions materialize some properties lazily; exotic holders are not cached.
        return;
    }
    if first.raw().dict.is_none()
        && let Some((slot, flags)) = first.find_named(atom)
    {
        if usable(flags) {
            *c = PropertyCache {
                shape: raw.shape as usize,
                slot: slot as usize,
                holder: raw.proto as usize,
                holder_shape: first.raw().shape as usize,
                epoch: 0,
            };
        }
        return;
    }
    // Further up (or on a dictionary-mode prototype): valid for this epoch.
    // Only plain objects are walked (a function or an exotic object ends the search).
    let mut holder = Some(first);
    while let Some(h) = holder {
        if let Some((slot, flags)) = h.find_named(atom) {
            if usable(flags) {
                *c = PropertyCache {
                    shape: raw.shape as usize,
                    slot: slot as usize,
                    holder: h.ptr() as usize,
                    holder_shape: raw.proto as usize,
                    epoch: *object::PROTO_EPOCH.get(),
                };
            }
            return;
        }
        holder = h.proto().filter(|p| p.kind() == Kind::Object);
    }
}

/// `prop_get` for a constant property name, with an inline cache.
///
/// # Safety
/// `cache` points at a `PropertyCache` that only this call site uses.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dxl_rt_prop_get_cached(target: u64, key: u64, cache: *mut PropertyCache) -> u64 {
    let t = Value(target);
    if t.is_object() {
        // SAFETY: per the contract, the site owns CACHE_ENTRIES entries at `cache`.
        let entries = unsafe { &mut *(cache as *mut [PropertyCache; CACHE_ENTRIES]) };
        let o = t.as_obj();
        for c in entries.iter() {
            if let Some((holder, slot)) = cached_slot(o, c) {
                return holder.raw().slots[slot].0;
            }
        }
        if o.is_array() && Value(key) == atom(string::K::length).value() {
            return Value::number(array::length(o) as f64).0;
        }
        fill_cache(o, Value(key), entries, false);
    }
    dxl_rt_prop_get(target, key)
}

/// `prop_set` for a constant property name, with an inline cache for writes
/// to existing own data properties.
///
/// # Safety
/// `cache` points at a `PropertyCache` that only this call site uses.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dxl_rt_prop_set_cached(target: u64, key: u64, v: u64, cache: *mut PropertyCache) -> u64 {
    let t = Value(target);
    if t.is_object() {
        // SAFETY: per the contract, the site owns CACHE_ENTRIES entries at `cache`.
        let entries = unsafe { &mut *(cache as *mut [PropertyCache; CACHE_ENTRIES]) };
        let o = t.as_obj();
        if o.flags() & object::oflags::FROZEN == 0 {
            for c in entries.iter() {
                if c.holder == 0
                    && let Some((holder, slot)) = cached_slot(o, c)
                {
                    holder.raw().slots[slot] = Value(v);
                    return v;
                }
                if cached_add(o, c) {
                    o.add_named_with_shape(c.holder_shape as *const object::Shape, Value(v));
                    return v;
                }
            }
        }
        let before = o.raw().shape;
        let r = dxl_rt_prop_set(target, key, v);
        if r != Value::EXCEPTION.0 {
            if o.raw().shape != before {
                fill_add_entry(o, before, Value(key), entries);
            } else {
                fill_cache(o, Value(key), entries, true);
            }
        }
        return r;
    }
    dxl_rt_prop_set(target, key, v)
}

/// Whether entry `c` adds its property to `o`: `o` has the shape the
/// addition started from, the same prototype, and no prototype has changed
/// its keys since (so no setter or read-only property of that name has
/// appeared on the chain), and it may still grow.
#[inline]
fn cached_add(o: Obj, c: &PropertyCache) -> bool {
    let raw = o.raw();
    c.holder & ADD_ENTRY != 0
        && raw.shape as usize == c.shape
        && raw.proto as usize == c.holder & !ADD_ENTRY
        && c.epoch == *object::PROTO_EPOCH.get()
        && raw.dict.is_none()
        && o.kind() == Kind::Object
        && o.flags() & (object::oflags::NOT_EXTENSIBLE | object::oflags::FROZEN) == 0
}

/// After a write that moved `o` from shape `before` to its shape now:
/// when that added exactly the written key as a plain property, remembers
/// the transition, so the next object of that shape and prototype takes it
/// with no lookup.
fn fill_add_entry(o: Obj, before: *const object::Shape, key: Value, entries: &mut [PropertyCache; CACHE_ENTRIES]) {
    let raw = o.raw();
    let Ok(PropKey::Atom(atom)) = key_of(key) else { return };
    if o.kind() != Kind::Object || raw.dict.is_some() || before.is_null() {
        return;
    }
    // SAFETY: shapes live forever.
    let (old, new) = unsafe { (&*before, &*raw.shape) };
    if new.keys.len() != old.keys.len() + 1 || new.keys.last() != Some(&(atom, object::attr::DEFAULT)) {
        return;
    }
    // A plain addition only if no prototype has the name (a setter could
    // have added it itself, and must run again next time); plain objects
    // only, whose keys are all in their shapes or dictionaries.
    let mut proto = o.proto();
    while let Some(p) = proto {
        if p.kind() != Kind::Object || p.find_named(atom).is_some() {
            return;
        }
        proto = p.proto();
    }
    let fresh = PropertyCache {
        shape: before as usize,
        slot: old.keys.len(),
        holder: raw.proto as usize | ADD_ENTRY,
        holder_shape: raw.shape as usize,
        epoch: *object::PROTO_EPOCH.get(),
    };
    entries.copy_within(0..CACHE_ENTRIES - 1, 1);
    entries[0] = fresh;
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_prop_set(target: u64, key: u64, v: u64) -> u64 {
    // Before any code of the program runs (a setter moves the position on).
    let strict = error::in_strict_code();
    let (t, k, val) = (Value(target), Value(key), Value(v));
    if t.is_object() && k.is_int() {
        let o = t.as_obj();
        if o.is_array()
            && let Some(e) = o.array().elements.get_mut(k.as_int() as u32 as usize)
            && !e.is_hole()
            && o.flags() & object::oflags::NOT_EXTENSIBLE == 0
        {
            *e = val;
            return v;
        }
    }
    ret(key_of(k).and_then(|pk| object::set_value_in(t, pk, val, strict)).map(|()| val))
}

/// `delete target[key]`: true unless the property is not configurable.
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_prop_delete(target: u64, key: u64) -> u64 {
    let strict = error::in_strict_code();
    let r = (|| {
        let t = Value(target);
        let pk = key_of(Value(key))?;
        if t.is_nullish() {
            return Err(error::throw_type_error("Cannot convert undefined or null to object"));
        }
        let (holder, deleted) = match t.obj() {
            Some(o) => (o, object::delete(o, pk)?),
            None => {
                let o = value::to_object(t)?;
                (o, !object::has_own(o, pk))
            }
        };
        // Strict code may not delete a property that stays.
        if !deleted && strict {
            return Err(error::throw_type_error(format!(
                "Cannot delete property '{}' of {}",
                pk.to_rust_string(),
                crate::builtins::array::describe_object(holder)
            )));
        }
        Ok(Value::bool(deleted))
    })();
    ret(r)
}

/// Defines an own enumerable data property (object literals); returns the object.
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_prop_define(target: u64, key: u64, v: u64) -> u64 {
    let r = (|| {
        let t = Value(target);
        let Some(o) = t.obj() else {
            return Err(error::throw_type_error("Object.defineProperty called on non-object"));
        };
        let pk = key_of(Value(key))?;
        object::define(o, pk, Value(v), attr::DEFAULT);
        Ok(t)
    })();
    ret(r)
}

/// `__proto__: v` in an object literal (§13.2.5.5): a fresh object, so
/// setting its prototype cannot fail.
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_object_literal_proto(target: u64, v: u64) -> u64 {
    let (t, proto) = (Value(target), Value(v));
    if let Some(o) = t.obj()
        && (proto.is_object() || proto.is_null())
    {
        o.set_proto(proto.obj());
    }
    target
}

/// Looks a global up: `None` when no such binding exists.
fn global_lookup(pk: PropKey) -> JsResult<Option<Value>> {
    let global = realm().global;
    let mut p = Some(global);
    while let Some(q) = p {
        match object::get_own(q, pk) {
            Own::None => p = q.proto(),
            _ => return object::get(q, pk, global.value()).map(Some),
        }
    }
    Ok(None)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_global_get(name: u64) -> u64 {
    let r = (|| {
        let pk = key_of(Value(name))?;
        match global_lookup(pk)? {
            Some(v) => Ok(v),
            None => Err(error::throw_not_defined(pk)),
        }
    })();
    ret(r)
}

/// Assigns a global (sloppy mode: creates it when missing); returns the value.
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_global_set(name: u64, v: u64) -> u64 {
    let strict = error::in_strict_code();
    let r = (|| {
        let pk = key_of(Value(name))?;
        let global = realm().global;
        // Strict code may not create a global by assigning to it.
        if strict && !object::has_property(global, pk) {
            return Err(error::throw_reference_error(format!("{} is not defined", pk.to_rust_string())));
        }
        object::set_value_in(global.value(), pk, Value(v), strict)?;
        Ok(Value(v))
    })();
    ret(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_global_typeof(name: u64) -> u64 {
    let r = (|| -> JsResult<Value> {
        let pk = key_of(Value(name))?;
        Ok(match global_lookup(pk)? {
            Some(v) => value::type_of(v).value(),
            None => atom(string::K::undefined).value(),
        })
    })();
    match r {
        Ok(v) => v.0,
        Err(_) => {
            error::take_pending();
            atom(string::K::undefined).value().0
        }
    }
}

/// `for (k in v)`: the keys to visit, as an array of strings.
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_for_in_keys(v: u64) -> u64 {
    let r = (|| {
        let t = Value(v);
        if t.is_nullish() {
            return Ok(array::new_array(0).value());
        }
        let o: Obj = value::to_object(t)?;
        let keys = object::for_in_keys(o);
        let out = array::new_array(keys.len());
        for k in keys {
            array::push(out, k.to_value())?;
        }
        Ok(out.value())
    })();
    ret(r)
}

/// Whether a key collected by `for_in_keys` is still present on the object.
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_for_in_has(v: u64, key: u64) -> i32 {
    let t = Value(v);
    let Some(o) = t.obj() else { return 1 };
    let key = match value::to_property_key(Value(key)) {
        Ok(k) => k,
        Err(_) => {
            crate::error::take_pending();
            return 1;
        }
    };
    i32::from(object::has_property(o, key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::{Str, intern_str};
    use crate::testing::with_runtime;

    fn message_of_pending() -> String {
        let e = error::take_pending();
        let m = e.as_obj().get_atom(intern_str("message")).unwrap();
        m.as_str().to_rust_string()
    }

    #[test]
    fn globals_and_errors() {
        with_runtime(|| {
            let name = intern_str("notDefinedAnywhere").value().0;
            assert_eq!(dxl_rt_global_get(name), Value::EXCEPTION.0);
            assert_eq!(message_of_pending(), "notDefinedAnywhere is not defined");
            let ty = Value(dxl_rt_global_typeof(name));
            assert_eq!(ty.as_str().to_rust_string(), "undefined");
            dxl_rt_global_set(name, Value::int(3).0);
            assert_eq!(dxl_rt_global_get(name), Value::int(3).0);
            let nan = Value(dxl_rt_global_get(intern_str("NaN").value().0));
            assert!(nan.as_number().is_nan());
            let x = intern_str("x").value().0;
            assert_eq!(dxl_rt_prop_get(Value::UNDEFINED.0, x), Value::EXCEPTION.0);
            assert_eq!(message_of_pending(), "Cannot read properties of undefined (reading 'x')");
            assert_eq!(dxl_rt_prop_get(Value::NULL.0, Value::int(0).0), Value::EXCEPTION.0);
            assert_eq!(message_of_pending(), "Cannot read properties of null (reading '0')");
            assert_eq!(dxl_rt_prop_set(Value::UNDEFINED.0, x, Value::int(1).0), Value::EXCEPTION.0);
            assert_eq!(message_of_pending(), "Cannot set properties of undefined (setting 'x')");
            // Strings: length, indices, prototype methods.
            let s = Str::new("héllo").value().0;
            assert_eq!(dxl_rt_prop_get(s, intern_str("length").value().0), Value::int(5).0);
            let c = Value(dxl_rt_prop_get(s, Value::int(1).0));
            assert_eq!(c.as_str().to_rust_string(), "é");
            assert!(Value(dxl_rt_prop_get(s, Value::int(9).0)).is_undefined());
            assert!(Value(dxl_rt_prop_get(s, intern_str("toString").value().0)).is_callable());
            assert!(Value(dxl_rt_prop_get(Value::int(1).0, intern_str("toString").value().0)).is_callable());
        });
    }

    #[test]
    fn define_set_delete_and_for_in() {
        with_runtime(|| {
            let o = crate::abi::alloc::dxl_rt_object_new();
            let (a, b) = (intern_str("a").value().0, intern_str("b").value().0);
            dxl_rt_prop_define(o, b, Value::int(1).0);
            dxl_rt_prop_set(o, a, Value::int(2).0);
            dxl_rt_prop_set(o, Value::int(7).0, Value::int(3).0);
            let keys = Value(dxl_rt_for_in_keys(o));
            assert_eq!(crate::console::inspect_value(keys).unwrap(), "[ '7', 'b', 'a' ]");
            assert_eq!(dxl_rt_prop_delete(o, b), Value::TRUE.0);
            let keys = Value(dxl_rt_for_in_keys(o));
            assert_eq!(crate::console::inspect_value(keys).unwrap(), "[ '7', 'a' ]");
            let arr = crate::array::from_values(&[Value::int(1), Value::HOLE, Value::int(3)]).value().0;
            let keys = Value(dxl_rt_for_in_keys(arr));
            assert_eq!(crate::console::inspect_value(keys).unwrap(), "[ '0', '2' ]");
            assert!(Value(dxl_rt_prop_get(arr, Value::int(1).0)).is_undefined());
            let empty = Value(dxl_rt_for_in_keys(Value::NULL.0));
            assert_eq!(crate::array::length(empty.as_obj()), 0);
        });
    }
}
