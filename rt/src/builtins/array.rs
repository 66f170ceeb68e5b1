//! Array.prototype methods, Array.of and Array.from (§23.1.2, §23.1.3).
//! join, toString and Array.isArray live in `array_ctor.rs`.
//!
//! Every method is generic, as the spec requires: `this` is ToObject'd and read
//! and written through [[Get]], [[HasProperty]], [[Set]] and [[Delete]], with
//! indices up to 2^53 - 1. Arrays whose index properties all live in their
//! dense element vector take fast paths that behave identically: a hole there
//! is an absent property as long as no prototype has index properties
//! ([`protos_index_free`]). Fast paths re-check the array after every call into
//! JavaScript, because a callback may grow, shrink or sparsify it.
//!
//! GC: values held in Rust locals are found by the conservative stack scan;
//! lists of values that outlive an allocation or a call into JavaScript are
//! kept in a [`RootedVec`] or in the JS array being built.

use super::install_methods;
use crate::array;
use crate::error::{Thrown, throw_range_error, throw_type_error};
use crate::function::{self, call_function};
use crate::gc::{self, Kind, RootedVec};
use crate::global::Global;
use crate::number_format::number_to_string;
use crate::object::{self, Obj, PropKey, attr, oflags};
use crate::realm::realm;
use crate::string::{self, K, atom};
use crate::value::{self, JsResult, Value, arg, to_object};

pub fn install() {
    let r = realm();
    install_methods(
        r.array_proto,
        &[
            ("at", at, 1),
            ("concat", concat, 1),
            ("copyWithin", copy_within, 2),
            ("fill", fill, 1),
            ("find", find, 1),
            ("findIndex", find_index, 1),
            ("findLast", find_last, 1),
            ("findLastIndex", find_last_index, 1),
            ("lastIndexOf", last_index_of, 1),
            ("pop", pop, 0),
            ("push", push, 1),
            ("reverse", reverse, 0),
            ("shift", shift, 0),
            ("unshift", unshift, 1),
            ("slice", slice, 2),
            ("sort", sort, 1),
            ("splice", splice, 2),
            ("includes", includes, 1),
            ("indexOf", index_of, 1),
            ("forEach", for_each, 1),
            ("filter", filter, 1),
            ("flat", flat, 0),
            ("flatMap", flat_map, 1),
            ("map", map, 1),
            ("every", every, 1),
            ("some", some, 1),
            ("reduce", reduce, 1),
            ("reduceRight", reduce_right, 1),
            ("toReversed", to_reversed, 0),
            ("toSorted", to_sorted, 1),
            ("toSpliced", to_spliced, 2),
            ("with", with, 2),
        ],
    );
    install_methods(r.array_ctor, &[("of", of, 0), ("from", from, 1)]);
}

// ---- Lengths, indices, keys ----

/// 2^53 - 1, the largest length of an array-like.
const MAX_SAFE: u64 = (1 << 53) - 1;
/// 2^32 - 1, the largest length of an array.
const MAX_LEN: u64 = u32::MAX as u64;

/// The property key of index `k`.
fn key(k: u64) -> PropKey {
    if k < MAX_LEN { PropKey::Index(k as u32) } else { PropKey::Atom(string::intern_str(&k.to_string())) }
}

/// An index or length as a number value.
#[inline]
fn num(k: u64) -> Value {
    if k <= i32::MAX as u64 { Value::int(k as i32) } else { Value::number(k as f64) }
}

/// ToLength (§7.1.20).
fn to_length(v: Value) -> JsResult<u64> {
    let n = value::to_integer_or_infinity(v)?;
    Ok(if n <= 0.0 { 0 } else { n.min(MAX_SAFE as f64) as u64 })
}

/// LengthOfArrayLike (§7.3.18).
fn len_of(o: Obj) -> JsResult<u64> {
    if o.is_array() {
        return Ok(array::length(o) as u64);
    }
    to_length(o.get_atom(atom(K::length))?)
}

/// A relative index argument (negative counts from the end) clamped to `[0, len]`,
/// as slice, splice, fill and copyWithin take them.
fn relative(v: Value, len: u64) -> JsResult<u64> {
    let rel = value::to_integer_or_infinity(v)?;
    Ok(if rel < 0.0 { (len as f64 + rel).max(0.0) as u64 } else { rel.min(len as f64) as u64 })
}

/// Like [`relative`], with undefined meaning `len` (an `end` argument).
fn relative_end(v: Value, len: u64) -> JsResult<u64> {
    if v.is_undefined() { Ok(len) } else { relative(v, len) }
}

// ---- `this`, callbacks, errors ----

/// ToObject of `this` with V8's message for the methods that word it this way.
fn this_obj(this: Value, method: &str) -> JsResult<Obj> {
    if this.is_nullish() {
        return Err(throw_type_error(format!("Array.prototype.{method} called on null or undefined")));
    }
    to_object(this)
}

/// The callback argument as a function, or TypeError "x is not a function".
fn callable(v: Value) -> JsResult<Obj> {
    match v.obj() {
        Some(f) if f.is_function() => Ok(f),
        _ => Err(not_a_function(v)),
    }
}

#[cold]
fn not_a_function(v: Value) -> Thrown {
    throw_type_error(format!("{} is not a function", function::describe(v)))
}

#[cold]
fn invalid_length() -> Thrown {
    throw_range_error("Invalid array length")
}

/// How V8 names the object in "read only" and "cannot delete" messages.
pub(crate) fn describe_object(o: Obj) -> String {
    if o.kind() == Kind::Boxed {
        return format!("[object {}]", super::object::builtin_tag(o.value()));
    }
    function::describe(o.value())
}

// ---- The dense-array fast path: when may the element vector be trusted ----

/// An array whose index properties all live in its element vector.
#[inline]
fn is_dense(o: Obj) -> bool {
    o.is_array() && o.flags() & oflags::SPARSE == 0
}

/// A dense array that may also gain elements, straight in its vector: not
/// a prototype (whose new elements must be noted, see
/// [`array::note_index_added`]).
#[inline]
fn is_dense_writable(o: Obj) -> bool {
    o.is_array() && o.flags() & (oflags::SPARSE | oflags::NOT_EXTENSIBLE | oflags::PROTOTYPE) == 0
}

/// Shapes known to hold no index keys. Shapes are immutable and never freed,
/// so an entry stays true forever.
static INDEX_FREE_SHAPES: Global<[usize; 8]> = Global::new([0; 8]);
static INDEX_FREE_NEXT: Global<usize> = Global::new(0);

/// Whether no object on the prototype chain of `o` has an index property, so
/// that a hole in `o` reads as undefined and writing it runs no setter.
/// (V8 keeps the same fact as its "no elements" protector.)
fn protos_index_free(o: Obj) -> bool {
    if !array::prototypes_may_have_indices() {
        return true;
    }
    let mut p = o.proto();
    while let Some(q) = p {
        if !index_free(q) {
            return false;
        }
        p = q.proto();
    }
    true
}

fn index_free(q: Obj) -> bool {
    match q.kind() {
        Kind::Array if q.flags() & oflags::SPARSE != 0 || q.array().elements.iter().any(|v| !v.is_hole()) => {
            return false;
        }
        Kind::Boxed => {
            let prim = q.boxed_value();
            if prim.is_string() && !prim.as_str().is_empty() {
                return false;
            }
        }
        _ => {}
    }
    if q.is_dict() {
        return !q.named_keys().iter().any(|(k, _)| k.as_index().is_some());
    }
    let shape = q.raw().shape as usize;
    let cache = INDEX_FREE_SHAPES.get();
    if cache.contains(&shape) {
        return true;
    }
    if q.named_keys().iter().any(|(k, _)| k.as_index().is_some()) {
        return false;
    }
    let next = INDEX_FREE_NEXT.get();
    cache[*next] = shape;
    *next = (*next + 1) % cache.len();
    true
}

/// Counts growth of an element vector towards the GC trigger.
fn note_growth(a: Obj, cap_before: usize) {
    let cap = a.array().elements.capacity();
    if cap > cap_before {
        gc::note_external((cap - cap_before) * 8);
    }
}

// ---- Reading elements ----

/// How the own elements of the object being read can be found right now.
enum Repr {
    /// A dense array: the element vector.
    Dense,
    /// A sparse array with index-free prototypes: the snapshot of its index keys.
    Sparse,
    /// Anything else: a property lookup per index.
    Generic,
}

/// Reads the elements of an array-like as the spec does ([[HasProperty]] then
/// [[Get]] per index), skipping absent indices without lookups where the
/// representation allows. The representation is re-checked on every read.
struct Reader {
    o: Obj,
    /// The sorted index keys of a sparse array...
    sparse: Vec<u32>,
    /// ... as of this state of its slot table. Adding a property pushes a slot
    /// and compacting after deletes replaces the table, so an unchanged stamp
    /// means no index was added (deleted ones are re-checked when visited).
    stamp: (usize, usize),
}

impl Reader {
    fn new(o: Obj) -> Reader {
        Reader { o, sparse: Vec::new(), stamp: (usize::MAX, 0) }
    }

    fn repr(&mut self) -> Repr {
        let o = self.o;
        if !o.is_array() {
            return Repr::Generic;
        }
        if o.flags() & oflags::SPARSE == 0 {
            // Holes consult the prototypes; callers check them when they meet one.
            return Repr::Dense;
        }
        if !protos_index_free(o) {
            return Repr::Generic;
        }
        let slots = &o.raw().slots;
        let stamp = (slots.len(), slots.as_ptr() as usize);
        if stamp != self.stamp {
            self.sparse.clear();
            self.sparse.extend(o.named_keys().iter().filter_map(|(k, _)| k.as_index()));
            self.sparse.sort_unstable();
            self.stamp = stamp;
        }
        Repr::Sparse
    }

    /// HasProperty(k), and Get(k) when it holds.
    fn get_present(&mut self, k: u64) -> JsResult<Option<Value>> {
        let o = self.o;
        match self.repr() {
            Repr::Dense => {
                if let Some(&v) = o.array().elements.get(k as usize)
                    && !v.is_hole()
                {
                    return Ok(Some(v));
                }
                if protos_index_free(o) {
                    return Ok(None);
                }
            }
            Repr::Sparse if k < MAX_LEN && self.sparse.binary_search(&(k as u32)).is_err() => {
                return Ok(None);
            }
            _ => {}
        }
        let key = key(k);
        if object::has_property(o, key) { Ok(Some(object::get(o, key, o.value())?)) } else { Ok(None) }
    }

    /// Get(k).
    fn get(&mut self, k: u64) -> JsResult<Value> {
        let o = self.o;
        match self.repr() {
            Repr::Dense => {
                if let Some(&v) = o.array().elements.get(k as usize)
                    && !v.is_hole()
                {
                    return Ok(v);
                }
                if protos_index_free(o) {
                    return Ok(Value::UNDEFINED);
                }
            }
            Repr::Sparse if k < MAX_LEN && self.sparse.binary_search(&(k as u32)).is_err() => {
                return Ok(Value::UNDEFINED);
            }
            _ => {}
        }
        object::get(o, key(k), o.value())
    }

    /// The first index in `[from, end)` that HasProperty, with its value.
    fn next_present(&mut self, from: u64, end: u64) -> JsResult<Option<(u64, Value)>> {
        let o = self.o;
        match self.repr() {
            Repr::Dense => {
                let els = &o.array().elements;
                let stop = end.min(els.len() as u64);
                let mut k = from;
                while k < stop && els[k as usize].is_hole() {
                    k += 1;
                }
                let found = (k < stop).then(|| (k, els[k as usize]));
                // Skipping holes (or running off the vector) is only right
                // when the prototypes cannot fill them in.
                if (k == from && found.is_some()) || protos_index_free(o) {
                    return Ok(found);
                }
            }
            Repr::Sparse if end <= MAX_LEN => {
                let start = self.sparse.partition_point(|&i| (i as u64) < from);
                for pos in start..self.sparse.len() {
                    let i = self.sparse[pos];
                    if i as u64 >= end {
                        break;
                    }
                    let key = PropKey::Index(i);
                    if object::has_own(o, key) {
                        return Ok(Some((i as u64, object::get(o, key, o.value())?)));
                    }
                }
                return Ok(None);
            }
            _ => {}
        }
        for k in from..end {
            let key = key(k);
            if object::has_property(o, key) {
                return Ok(Some((k, object::get(o, key, o.value())?)));
            }
        }
        Ok(None)
    }

    /// The last index below `end` that HasProperty, with its value.
    fn prev_present(&mut self, end: u64) -> JsResult<Option<(u64, Value)>> {
        let o = self.o;
        match self.repr() {
            Repr::Dense => {
                let els = &o.array().elements;
                let mut k = end.min(els.len() as u64);
                while k > 0 && els[k as usize - 1].is_hole() {
                    k -= 1;
                }
                let found = (k > 0).then(|| (k - 1, els[k as usize - 1]));
                if (k == end && found.is_some()) || protos_index_free(o) {
                    return Ok(found);
                }
            }
            Repr::Sparse if end <= MAX_LEN => {
                let stop = self.sparse.partition_point(|&i| (i as u64) < end);
                for pos in (0..stop).rev() {
                    let key = PropKey::Index(self.sparse[pos]);
                    if object::has_own(o, key) {
                        return Ok(Some((self.sparse[pos] as u64, object::get(o, key, o.value())?)));
                    }
                }
                return Ok(None);
            }
            _ => {}
        }
        for k in (0..end).rev() {
            let key = key(k);
            if object::has_property(o, key) {
                return Ok(Some((k, object::get(o, key, o.value())?)));
            }
        }
        Ok(None)
    }
}

/// Calls `f` with each index below `len` that HasProperty on `o`, in
/// ascending order, and its value: only the present elements of a dense or
/// sparse array are visited.
pub(crate) fn for_each_present(o: Obj, len: u64, mut f: impl FnMut(u64, Value) -> JsResult<()>) -> JsResult<()> {
    let mut r = Reader::new(o);
    let mut k = 0;
    while let Some((i, v)) = r.next_present(k, len)? {
        f(i, v)?;
        k = i + 1;
    }
    Ok(())
}

// ---- Writing elements ----

/// Set(O, k, v, true).
fn set_at(o: Obj, k: u64, v: Value) -> JsResult<()> {
    if is_dense_writable(o) {
        if let Some(e) = o.array().elements.get_mut(k as usize)
            && !e.is_hole()
        {
            *e = v;
            return Ok(());
        }
        if k < MAX_LEN && protos_index_free(o) {
            array::set_element(o, k as u32, v);
            return Ok(());
        }
    }
    let key = key(k);
    if !object::set(o, key, v)? {
        return Err(object::set_failed(o, key));
    }
    Ok(())
}

/// DeletePropertyOrThrow(O, k).
fn delete_at(o: Obj, k: u64) -> JsResult<()> {
    if is_dense(o) {
        if let Some(e) = o.array().elements.get_mut(k as usize) {
            *e = Value::HOLE;
        }
        return Ok(());
    }
    let key = key(k);
    if !object::delete(o, key)? {
        return Err(throw_type_error(format!(
            "Cannot delete property '{}' of {}",
            key.to_rust_string(),
            describe_object(o)
        )));
    }
    Ok(())
}

/// Deletes the indices `[from, to)`, visiting only present ones where possible.
fn delete_range(o: Obj, from: u64, to: u64) -> JsResult<()> {
    if from >= to {
        return Ok(());
    }
    if is_dense(o) {
        let els = &mut o.array().elements;
        let stop = (to.min(els.len() as u64)) as usize;
        if (from as usize) < stop {
            els[from as usize..stop].fill(Value::HOLE);
        }
        return Ok(());
    }
    if o.is_array() && to <= MAX_LEN {
        // Sparse: deleting is own-only, so only existing keys matter.
        let mut present: Vec<u32> = o
            .named_keys()
            .iter()
            .filter_map(|(k, _)| k.as_index())
            .filter(|&i| (from..to).contains(&(i as u64)))
            .collect();
        present.sort_unstable();
        for i in present {
            delete_at(o, i as u64)?;
        }
        return Ok(());
    }
    for k in from..to {
        delete_at(o, k)?;
    }
    Ok(())
}

/// Set(O, "length", n, true).
fn set_len(o: Obj, n: u64) -> JsResult<()> {
    if o.is_array() {
        if n > MAX_LEN {
            return Err(invalid_length());
        }
        if array::length_is_readonly(o) {
            return Err(object::set_failed(o, PropKey::Atom(atom(K::length))));
        }
        if !array::set_length(o, n as u32) {
            return Err(array::cannot_delete(array::length(o) - 1));
        }
        return Ok(());
    }
    let key = PropKey::Atom(atom(K::length));
    if !object::set(o, key, num(n))? {
        return Err(object::set_failed(o, key));
    }
    Ok(())
}

/// CreateDataPropertyOrThrow(A, k, v) on an array being built.
#[inline]
fn create_data(a: Obj, k: u64, v: Value) {
    if is_dense_writable(a) && k < MAX_LEN {
        array::set_element(a, k as u32, v);
    } else {
        object::define(a, key(k), v, attr::DEFAULT);
    }
}

// ---- Creating result arrays ----

/// ArrayCreate(len) (§10.4.2.2).
fn array_create(len: u64) -> JsResult<Obj> {
    if len > MAX_LEN {
        return Err(invalid_length());
    }
    Ok(array::with_length(len as u32))
}

/// ArraySpeciesCreate(O, len) (§10.4.2.3). There is no Symbol.species yet: a
/// constructor that inherits from Array (a subclass) is its own species, as
/// the inherited `Array[Symbol.species]` getter would say; any other object
/// has none, so a plain array is made. The flag says whether the result is a
/// plain array from ArrayCreate (which fast paths may fill directly).
fn species_create(o: Obj, len: u64) -> JsResult<(Obj, bool)> {
    if o.is_array() {
        let c = o.get_atom(atom(K::constructor))?;
        match c.obj() {
            Some(cf) => {
                let array_ctor = realm().array_ctor;
                if cf != array_ctor && function::is_constructor(c) && object::inherits_from(cf, array_ctor) {
                    let a = function::construct(c, &[num(len)], Value::UNDEFINED)?;
                    return Ok((a.as_obj(), false));
                }
            }
            None if c.is_undefined() => {}
            None => return Err(throw_type_error("object.constructor[Symbol.species] is not a constructor")),
        }
    }
    Ok((array_create(len)?, true))
}

/// The `this` of Array.of / Array.from when it is a constructor other than Array.
fn custom_ctor(this: Value) -> Option<Value> {
    (function::is_constructor(this) && this != realm().array_ctor.value()).then_some(this)
}

// ---- Array.of, Array.from (§23.1.2) ----

/// Array.of(...items) (§23.1.2.3).
fn of(this: Value, args: &[Value]) -> JsResult<Value> {
    let len = args.len() as u64;
    let Some(c) = custom_ctor(this) else {
        return Ok(array::from_values(args).value());
    };
    let a = function::construct(c, &[num(len)], Value::UNDEFINED)?.as_obj();
    for (k, &v) in args.iter().enumerate() {
        create_data(a, k as u64, v);
    }
    set_len(a, len)?;
    Ok(a.value())
}

/// Array.from(items, mapFn, thisArg) (§23.1.2.1) for the iterables that exist
/// (arrays, strings) and array-likes.
fn from(this: Value, args: &[Value]) -> JsResult<Value> {
    let items = arg(args, 0);
    let map_fn = arg(args, 1);
    let this_arg = arg(args, 2);
    let mapper = if map_fn.is_undefined() { None } else { Some(callable(map_fn)?) };
    let ctor = custom_ctor(this);
    if items.is_nullish() {
        let what = if items.is_null() { "object null" } else { "undefined" };
        return Err(throw_type_error(format!("{what} is not iterable (cannot read property Symbol(Symbol.iterator))")));
    }
    let map = |v: Value, k: u64| -> JsResult<Value> {
        match mapper {
            Some(f) => call_function(f, this_arg, &[v, num(k)]),
            None => Ok(v),
        }
    };
    let new_empty = || -> JsResult<Obj> {
        match ctor {
            Some(c) => Ok(function::construct(c, &[], Value::UNDEFINED)?.as_obj()),
            None => Ok(array::new_array(0)),
        }
    };
    // Strings iterate by code points.
    let string = if items.is_string() {
        Some(items.as_str())
    } else {
        items.obj().filter(|o| o.kind() == Kind::Boxed && o.boxed_value().is_string()).map(|o| o.boxed_value().as_str())
    };
    if let Some(s) = string {
        let a = new_empty()?;
        let (n, mut i, mut k) = (s.len(), 0, 0);
        while i < n {
            let c = s.char_at(i);
            let width = if (0xD800..0xDC00).contains(&c) && i + 1 < n && (0xDC00..0xE000).contains(&s.char_at(i + 1)) {
                2
            } else {
                1
            };
            let ch = if width == 1 { string::single_char(c) } else { s.substring(i, i + 2) };
            let v = map(ch.value(), k)?;
            create_data(a, k, v);
            i += width;
            k += 1;
        }
        set_len(a, k)?;
        return Ok(a.value());
    }
    if let Some(src) = items.obj().filter(|o| o.is_array()) {
        // The array iterator: the length is read again at every step.
        let a = new_empty()?;
        let mut r = Reader::new(src);
        let mut k = 0;
        while k < array::length(src) as u64 {
            let v = map(r.get(k)?, k)?;
            create_data(a, k, v);
            k += 1;
        }
        set_len(a, k)?;
        return Ok(a.value());
    }
    let src = to_object(items)?;
    let len = len_of(src)?;
    let a = match ctor {
        Some(c) => function::construct(c, &[num(len)], Value::UNDEFINED)?.as_obj(),
        None => array_create(len)?,
    };
    let mut r = Reader::new(src);
    for k in 0..len {
        let v = map(r.get(k)?, k)?;
        create_data(a, k, v);
    }
    set_len(a, len)?;
    Ok(a.value())
}

// ---- Accessors ----

/// Array.prototype.at (§23.1.3.1).
fn at(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    let rel = value::to_integer_or_infinity(arg(args, 0))?;
    let k = if rel >= 0.0 { rel } else { len as f64 + rel };
    if k < 0.0 || k >= len as f64 {
        return Ok(Value::UNDEFINED);
    }
    Reader::new(o).get(k as u64)
}

/// Strict equality (or SameValueZero, where holes read as undefined) against
/// one value, specialized by its type for scanning element vectors.
enum Search {
    Int(u64, f64),
    Number(f64),
    NaN,
    Str(Value),
    /// undefined under SameValueZero: holes match too.
    UndefinedOrHole,
    /// Objects and other constants: identity.
    Bits(u64),
    Nothing,
}

impl Search {
    fn new(target: Value, zero: bool) -> Search {
        if target.is_int() {
            Search::Int(target.0, target.as_int() as f64)
        } else if target.is_double() {
            let d = target.as_number();
            if !d.is_nan() {
                Search::Number(d)
            } else if zero {
                Search::NaN
            } else {
                Search::Nothing
            }
        } else if target.is_string() {
            Search::Str(target)
        } else if zero && target.is_undefined() {
            Search::UndefinedOrHole
        } else {
            Search::Bits(target.0)
        }
    }

    #[inline]
    fn matches(&self, v: Value) -> bool {
        match *self {
            Search::Int(bits, d) => v.0 == bits || (v.is_double() && v.as_number() == d),
            Search::Number(d) => v.is_number() && v.as_number() == d,
            Search::NaN => v.is_double() && v.as_number().is_nan(),
            Search::Str(s) => v.0 == s.0 || (v.is_string() && v.as_str().equals(s.as_str())),
            Search::UndefinedOrHole => v.is_undefined() || v.is_hole(),
            Search::Bits(bits) => v.0 == bits,
            Search::Nothing => false,
        }
    }

    fn position(&self, els: &[Value]) -> Option<usize> {
        match *self {
            Search::Int(bits, d) => els.iter().position(|&v| v.0 == bits || (v.is_double() && v.as_number() == d)),
            Search::Bits(bits) => els.iter().position(|&v| v.0 == bits),
            _ => els.iter().position(|&v| self.matches(v)),
        }
    }

    fn rposition(&self, els: &[Value]) -> Option<usize> {
        els.iter().rposition(|&v| self.matches(v))
    }
}

/// Array.prototype.includes (§23.1.3.16): SameValueZero, holes read as undefined.
fn includes(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    if len == 0 {
        return Ok(Value::FALSE);
    }
    let n = value::to_integer_or_infinity(arg(args, 1))?;
    if n == f64::INFINITY {
        return Ok(Value::FALSE);
    }
    let from = if n >= 0.0 { n as u64 } else { (len as f64 + n).max(0.0) as u64 };
    let target = arg(args, 0);
    if is_dense(o) && protos_index_free(o) {
        let els = &o.array().elements;
        let stop = len.min(els.len() as u64);
        if from < stop && Search::new(target, true).position(&els[from as usize..stop as usize]).is_some() {
            return Ok(Value::TRUE);
        }
        // Past the vector everything is a hole, read as undefined.
        return Ok(Value::bool(target.is_undefined() && len > from.max(stop)));
    }
    let mut r = Reader::new(o);
    for k in from..len {
        if value::same_value_zero(r.get(k)?, target) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

/// Array.prototype.indexOf (§23.1.3.17): strict equality, holes skipped.
fn index_of(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_obj(this, "indexOf")?;
    let len = len_of(o)?;
    if len == 0 {
        return Ok(Value::int(-1));
    }
    let n = if args.len() > 1 { value::to_integer_or_infinity(args[1])? } else { 0.0 };
    if n == f64::INFINITY {
        return Ok(Value::int(-1));
    }
    let from = if n >= 0.0 { n as u64 } else { (len as f64 + n).max(0.0) as u64 };
    let target = arg(args, 0);
    if is_dense(o) && protos_index_free(o) {
        let els = &o.array().elements;
        let stop = len.min(els.len() as u64);
        if from < stop
            && let Some(i) = Search::new(target, false).position(&els[from as usize..stop as usize])
        {
            return Ok(num(from + i as u64));
        }
        return Ok(Value::int(-1));
    }
    let mut r = Reader::new(o);
    let mut k = from;
    while let Some((i, v)) = r.next_present(k, len)? {
        if value::strict_equals(v, target) {
            return Ok(num(i));
        }
        k = i + 1;
    }
    Ok(Value::int(-1))
}

/// Array.prototype.lastIndexOf (§23.1.3.20).
fn last_index_of(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    if len == 0 {
        return Ok(Value::int(-1));
    }
    let n = if args.len() > 1 { value::to_integer_or_infinity(args[1])? } else { len as f64 - 1.0 };
    let last = if n >= 0.0 { n.min(len as f64 - 1.0) } else { len as f64 + n };
    if last < 0.0 {
        return Ok(Value::int(-1));
    }
    let end = last as u64 + 1;
    let target = arg(args, 0);
    if is_dense(o) && protos_index_free(o) {
        let els = &o.array().elements;
        let stop = end.min(els.len() as u64) as usize;
        return Ok(match Search::new(target, false).rposition(&els[..stop]) {
            Some(i) => num(i as u64),
            None => Value::int(-1),
        });
    }
    let mut r = Reader::new(o);
    let mut k = end;
    while let Some((i, v)) = r.prev_present(k)? {
        if value::strict_equals(v, target) {
            return Ok(num(i));
        }
        k = i;
    }
    Ok(Value::int(-1))
}

// ---- Iteration with callbacks ----

/// Array.prototype.forEach (§23.1.3.15).
fn for_each(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_obj(this, "forEach")?;
    let len = len_of(o)?;
    let f = callable(arg(args, 0))?;
    let this_arg = arg(args, 1);
    let mut r = Reader::new(o);
    let mut k = 0;
    while let Some((i, v)) = r.next_present(k, len)? {
        call_function(f, this_arg, &[v, num(i), o.value()])?;
        k = i + 1;
    }
    Ok(Value::UNDEFINED)
}

/// Array.prototype.map (§23.1.3.21): holes stay holes.
fn map(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_obj(this, "map")?;
    let len = len_of(o)?;
    let f = callable(arg(args, 0))?;
    let this_arg = arg(args, 1);
    let (a, _) = species_create(o, len)?;
    let mut r = Reader::new(o);
    let mut k = 0;
    while let Some((i, v)) = r.next_present(k, len)? {
        let mapped = call_function(f, this_arg, &[v, num(i), o.value()])?;
        create_data(a, i, mapped);
        k = i + 1;
    }
    Ok(a.value())
}

/// Array.prototype.filter (§23.1.3.8).
fn filter(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_obj(this, "filter")?;
    let len = len_of(o)?;
    let f = callable(arg(args, 0))?;
    let this_arg = arg(args, 1);
    let (a, _) = species_create(o, 0)?;
    let mut r = Reader::new(o);
    let (mut k, mut to) = (0, 0);
    while let Some((i, v)) = r.next_present(k, len)? {
        if value::to_boolean(call_function(f, this_arg, &[v, num(i), o.value()])?) {
            create_data(a, to, v);
            to += 1;
        }
        k = i + 1;
    }
    Ok(a.value())
}

/// some (§23.1.3.29) and every (§23.1.3.6): stop at the first callback result
/// whose truth is `stop_on`.
fn some_every(this: Value, args: &[Value], method: &str, stop_on: bool) -> JsResult<Value> {
    let o = this_obj(this, method)?;
    let len = len_of(o)?;
    let f = callable(arg(args, 0))?;
    let this_arg = arg(args, 1);
    let mut r = Reader::new(o);
    let mut k = 0;
    while let Some((i, v)) = r.next_present(k, len)? {
        if value::to_boolean(call_function(f, this_arg, &[v, num(i), o.value()])?) == stop_on {
            return Ok(Value::bool(stop_on));
        }
        k = i + 1;
    }
    Ok(Value::bool(!stop_on))
}

fn some(this: Value, args: &[Value]) -> JsResult<Value> {
    some_every(this, args, "some", true)
}

fn every(this: Value, args: &[Value]) -> JsResult<Value> {
    some_every(this, args, "every", false)
}

/// find, findIndex, findLast, findLastIndex (§23.1.3.9-12): every index is
/// visited, holes as undefined.
fn find_impl(this: Value, args: &[Value], method: &str, backwards: bool, want_index: bool) -> JsResult<Value> {
    let o = this_obj(this, method)?;
    let len = len_of(o)?;
    let f = callable(arg(args, 0))?;
    let this_arg = arg(args, 1);
    let mut r = Reader::new(o);
    for step in 0..len {
        let k = if backwards { len - 1 - step } else { step };
        let v = r.get(k)?;
        if value::to_boolean(call_function(f, this_arg, &[v, num(k), o.value()])?) {
            return Ok(if want_index { num(k) } else { v });
        }
    }
    Ok(if want_index { Value::int(-1) } else { Value::UNDEFINED })
}

fn find(this: Value, args: &[Value]) -> JsResult<Value> {
    find_impl(this, args, "find", false, false)
}

fn find_index(this: Value, args: &[Value]) -> JsResult<Value> {
    find_impl(this, args, "findIndex", false, true)
}

fn find_last(this: Value, args: &[Value]) -> JsResult<Value> {
    find_impl(this, args, "findLast", true, false)
}

fn find_last_index(this: Value, args: &[Value]) -> JsResult<Value> {
    find_impl(this, args, "findLastIndex", true, true)
}

#[cold]
fn reduce_of_empty() -> Thrown {
    throw_type_error("Reduce of empty array with no initial value")
}

/// Array.prototype.reduce (§23.1.3.24).
fn reduce(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_obj(this, "reduce")?;
    let len = len_of(o)?;
    let f = callable(arg(args, 0))?;
    let mut r = Reader::new(o);
    let mut k = 0;
    let mut acc = if args.len() >= 2 {
        args[1]
    } else {
        match r.next_present(0, len)? {
            Some((i, v)) => {
                k = i + 1;
                v
            }
            None => return Err(reduce_of_empty()),
        }
    };
    while let Some((i, v)) = r.next_present(k, len)? {
        acc = call_function(f, Value::UNDEFINED, &[acc, v, num(i), o.value()])?;
        k = i + 1;
    }
    Ok(acc)
}

/// Array.prototype.reduceRight (§23.1.3.25).
fn reduce_right(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_obj(this, "reduceRight")?;
    let len = len_of(o)?;
    let f = callable(arg(args, 0))?;
    let mut r = Reader::new(o);
    let mut end = len;
    let mut acc = if args.len() >= 2 {
        args[1]
    } else {
        match r.prev_present(len)? {
            Some((i, v)) => {
                end = i;
                v
            }
            None => return Err(reduce_of_empty()),
        }
    };
    while let Some((i, v)) = r.prev_present(end)? {
        acc = call_function(f, Value::UNDEFINED, &[acc, v, num(i), o.value()])?;
        end = i;
    }
    Ok(acc)
}

// ---- flat, flatMap (§23.1.3.13-14) ----

/// FlattenIntoArray (§23.1.3.13.1); returns the next target index.
fn flatten_into(
    target: Obj,
    source: Obj,
    len: u64,
    start: u64,
    depth: f64,
    mapper: Option<(Obj, Value)>,
) -> JsResult<u64> {
    function::check_stack()?;
    let mut t = start;
    let mut r = Reader::new(source);
    let mut k = 0;
    while let Some((i, mut v)) = r.next_present(k, len)? {
        k = i + 1;
        if let Some((f, this_arg)) = mapper {
            v = call_function(f, this_arg, &[v, num(i), source.value()])?;
        }
        match v.obj() {
            Some(e) if depth > 0.0 && e.is_array() => {
                let elen = len_of(e)?;
                t = flatten_into(target, e, elen, t, depth - 1.0, None)?;
            }
            _ => {
                if t >= MAX_SAFE {
                    return Err(throw_type_error("Invalid array length"));
                }
                create_data(target, t, v);
                t += 1;
            }
        }
    }
    Ok(t)
}

/// Array.prototype.flat (§23.1.3.13).
fn flat(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    let d = arg(args, 0);
    let depth = if d.is_undefined() { 1.0 } else { value::to_integer_or_infinity(d)?.max(0.0) };
    let (a, _) = species_create(o, 0)?;
    flatten_into(a, o, len, 0, depth, None)?;
    Ok(a.value())
}

/// Array.prototype.flatMap (§23.1.3.14).
fn flat_map(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    let f = match arg(args, 0).obj() {
        Some(f) if f.is_function() => f,
        _ => return Err(throw_type_error("flatMap mapper function is not callable")),
    };
    let (a, _) = species_create(o, 0)?;
    flatten_into(a, o, len, 0, 1.0, Some((f, arg(args, 1))))?;
    Ok(a.value())
}

// ---- Stack and queue operations ----

/// Array.prototype.push (§23.1.3.23).
fn push(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    if is_dense_writable(o) {
        let arr = o.array();
        let len = arr.length;
        if len as usize == arr.elements.len() && len as u64 + args.len() as u64 <= MAX_LEN && protos_index_free(o) {
            let arr = o.array();
            let cap = arr.elements.capacity();
            arr.elements.extend_from_slice(args);
            arr.length = len + args.len() as u32;
            note_growth(o, cap);
            return Ok(Value::uint(arr.length));
        }
    }
    let len = len_of(o)?;
    if args.is_empty() && o.is_array() && o.flags() & oflags::NOT_EXTENSIBLE == 0 {
        // V8 leaves a read-only length alone when nothing is pushed (a
        // frozen array still throws below).
        return Ok(num(len));
    }
    let n = len + args.len() as u64;
    if n > MAX_SAFE {
        return Err(throw_type_error(format!(
            "Pushing {} elements on an array-like of length {len} is disallowed, as the total surpasses 2**53-1",
            args.len()
        )));
    }
    for (i, &v) in args.iter().enumerate() {
        set_at(o, len + i as u64, v)?;
    }
    set_len(o, n)?;
    Ok(num(n))
}

/// Array.prototype.pop (§23.1.3.22).
fn pop(this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    if is_dense_writable(o) {
        let arr = o.array();
        let len = arr.length as usize;
        if len > 0 && arr.elements.len() == len {
            let v = arr.elements[len - 1];
            if !v.is_hole() || protos_index_free(o) {
                let arr = o.array();
                arr.elements.pop();
                arr.length -= 1;
                return Ok(v.unhole());
            }
        }
    }
    let len = len_of(o)?;
    if len == 0 {
        set_len(o, 0)?;
        return Ok(Value::UNDEFINED);
    }
    let v = Reader::new(o).get(len - 1)?;
    delete_at(o, len - 1)?;
    set_len(o, len - 1)?;
    Ok(v)
}

/// Whether the fast paths may rearrange the element vector of `o` as a whole:
/// a writable dense array whose vector spans its length, holes included.
fn whole_vector(o: Obj, len: u64) -> bool {
    is_dense_writable(o)
        && {
            let arr = o.array();
            arr.length as u64 == len && arr.elements.len() as u64 == len
        }
        && protos_index_free(o)
}

/// Array.prototype.shift (§23.1.3.27). Like the rest of the runtime's arrays
/// (and unlike V8, which trims in place) this moves the remaining elements.
fn shift(this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    if len == 0 {
        set_len(o, 0)?;
        return Ok(Value::UNDEFINED);
    }
    if whole_vector(o, len) {
        let arr = o.array();
        let first = arr.elements.remove(0);
        arr.length -= 1;
        return Ok(first.unhole());
    }
    let mut r = Reader::new(o);
    let first = r.get(0)?;
    for k in 1..len {
        match r.get_present(k)? {
            Some(v) => set_at(o, k - 1, v)?,
            None => delete_at(o, k - 1)?,
        }
    }
    delete_at(o, len - 1)?;
    set_len(o, len - 1)?;
    Ok(first)
}

/// Array.prototype.unshift (§23.1.3.35).
fn unshift(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    let argc = args.len() as u64;
    if argc > 0 {
        if len + argc > MAX_SAFE {
            return Err(throw_type_error("Invalid array length"));
        }
        if o.is_array() && len + argc > MAX_LEN {
            return Err(invalid_length());
        }
        if whole_vector(o, len) {
            let arr = o.array();
            let cap = arr.elements.capacity();
            arr.elements.splice(0..0, args.iter().copied());
            arr.length += argc as u32;
            note_growth(o, cap);
            return Ok(num(len + argc));
        }
        let mut r = Reader::new(o);
        for k in (0..len).rev() {
            match r.get_present(k)? {
                Some(v) => set_at(o, k + argc, v)?,
                None => delete_at(o, k + argc)?,
            }
        }
        for (j, &v) in args.iter().enumerate() {
            set_at(o, j as u64, v)?;
        }
    }
    set_len(o, len + argc)?;
    Ok(num(len + argc))
}

// ---- Reordering in place ----

/// Array.prototype.reverse (§23.1.3.26).
fn reverse(this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    if len < 2 {
        return Ok(o.value());
    }
    if is_dense_writable(o) && protos_index_free(o) {
        // Trailing holes become leading ones: make them real first if few.
        let arr = o.array();
        let n = arr.elements.len() as u64;
        if n < len && len - n <= 1024 {
            let cap = arr.elements.capacity();
            arr.elements.resize(len as usize, Value::HOLE);
            note_growth(o, cap);
        }
    }
    if whole_vector(o, len) {
        o.array().elements.reverse();
        return Ok(o.value());
    }
    let mut r = Reader::new(o);
    for lower in 0..len / 2 {
        let upper = len - lower - 1;
        let lv = r.get_present(lower)?;
        let uv = r.get_present(upper)?;
        match (lv, uv) {
            (Some(l), Some(u)) => {
                set_at(o, lower, u)?;
                set_at(o, upper, l)?;
            }
            (None, Some(u)) => {
                set_at(o, lower, u)?;
                delete_at(o, upper)?;
            }
            (Some(l), None) => {
                delete_at(o, lower)?;
                set_at(o, upper, l)?;
            }
            (None, None) => {}
        }
    }
    Ok(o.value())
}

/// Array.prototype.fill (§23.1.3.7).
fn fill(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    let v = arg(args, 0);
    let start = relative(arg(args, 1), len)?;
    let end = relative_end(arg(args, 2), len)?;
    if start >= end {
        return Ok(o.value());
    }
    if is_dense_writable(o) && protos_index_free(o) {
        let els = &mut o.array().elements;
        let n = els.len() as u64;
        if start < n {
            els[start as usize..end.min(n) as usize].fill(v);
        }
        for k in start.max(n)..end {
            array::set_element(o, k as u32, v);
        }
        return Ok(o.value());
    }
    for k in start..end {
        set_at(o, k, v)?;
    }
    Ok(o.value())
}

/// Array.prototype.copyWithin (§23.1.3.4).
fn copy_within(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    let mut to = relative(arg(args, 0), len)?;
    let mut from = relative(arg(args, 1), len)?;
    let end = relative_end(arg(args, 2), len)?;
    let count = end.saturating_sub(from).min(len - to);
    if count == 0 {
        return Ok(o.value());
    }
    if whole_vector(o, len) {
        let (f, t, c) = (from as usize, to as usize, count as usize);
        o.array().elements.copy_within(f..f + c, t);
        return Ok(o.value());
    }
    let backwards = from < to && to < from + count;
    if backwards {
        from += count - 1;
        to += count - 1;
    }
    let mut r = Reader::new(o);
    for _ in 0..count {
        match r.get_present(from)? {
            Some(v) => set_at(o, to, v)?,
            None => delete_at(o, to)?,
        }
        if backwards {
            from = from.wrapping_sub(1);
            to = to.wrapping_sub(1);
        } else {
            from += 1;
            to += 1;
        }
    }
    Ok(o.value())
}

// ---- Copies: concat, slice, splice ----

/// Appends the elements `[from, to)` of dense array `src` to the plain array
/// `a` being built at index `n`, when both vectors allow a plain copy.
/// Returns false when the caller must copy element by element.
fn append_dense(a: Obj, n: u64, src: Obj, from: u64, to: u64) -> bool {
    if !(is_dense(src) && is_dense_writable(a) && protos_index_free(src)) {
        return false;
    }
    let dst = a.array();
    if dst.elements.len() as u64 != n || dst.length as u64 != n || to > MAX_LEN {
        return false;
    }
    let els = &src.array().elements;
    let stop = to.min(els.len() as u64);
    if from < stop {
        let cap = dst.elements.capacity();
        dst.elements.extend_from_slice(&els[from as usize..stop as usize]);
        note_growth(a, cap);
        dst.length = dst.elements.len() as u32;
    }
    true
}

/// Array.prototype.concat (§23.1.3.2): arrays are spread, other values appended.
fn concat(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = this_obj(this, "concat")?;
    let (a, plain) = species_create(o, 0)?;
    let mut n: u64 = 0;
    for e in std::iter::once(o.value()).chain(args.iter().copied()) {
        match e.obj() {
            Some(src) if src.is_array() => {
                let len = len_of(src)?;
                if n + len > MAX_SAFE {
                    return Err(throw_type_error("Invalid array length"));
                }
                if plain && n + len > MAX_LEN {
                    return Err(invalid_length());
                }
                if !(plain && append_dense(a, n, src, 0, len)) {
                    let mut r = Reader::new(src);
                    let mut k = 0;
                    while let Some((i, v)) = r.next_present(k, len)? {
                        create_data(a, n + i, v);
                        k = i + 1;
                    }
                }
                n += len;
            }
            _ => {
                if n >= MAX_SAFE {
                    return Err(throw_type_error("Invalid array length"));
                }
                if plain && n >= MAX_LEN {
                    return Err(invalid_length());
                }
                create_data(a, n, e);
                n += 1;
            }
        }
    }
    set_len(a, n)?;
    Ok(a.value())
}

/// Array.prototype.slice (§23.1.3.28).
fn slice(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    let start = relative(arg(args, 0), len)?;
    let end = relative_end(arg(args, 1), len)?;
    let count = end.saturating_sub(start);
    let (a, plain) = species_create(o, count)?;
    if plain {
        a.array().elements.clear();
        a.array().length = 0;
        if append_dense(a, 0, o, start, end) {
            a.array().length = count as u32;
            return Ok(a.value());
        }
    }
    let mut r = Reader::new(o);
    let mut k = start;
    while let Some((i, v)) = r.next_present(k, end)? {
        create_data(a, i - start, v);
        k = i + 1;
    }
    set_len(a, count)?;
    Ok(a.value())
}

/// Start and delete count of splice/toSpliced (§23.1.3.31 steps 3-8).
fn splice_range(args: &[Value], len: u64) -> JsResult<(u64, u64)> {
    let start = relative(arg(args, 0), len)?;
    let delete = match args.len() {
        0 => 0,
        1 => len - start,
        _ => {
            let dc = value::to_integer_or_infinity(args[1])?;
            dc.clamp(0.0, (len - start) as f64) as u64
        }
    };
    Ok((start, delete))
}

/// Array.prototype.splice (§23.1.3.31).
fn splice(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    let (start, delete) = splice_range(args, len)?;
    let items = args.get(2..).unwrap_or(&[]);
    let item_count = items.len() as u64;
    let new_len = len + item_count - delete;
    if new_len > MAX_SAFE {
        return Err(throw_type_error("Invalid array length"));
    }
    if o.is_array() && new_len > MAX_LEN {
        return Err(invalid_length());
    }
    let (a, plain) = species_create(o, delete)?;
    if plain && whole_vector(o, len) {
        let removed = a.array();
        removed.elements.clear();
        let cap = removed.elements.capacity();
        let (s, d) = (start as usize, delete as usize);
        let arr = o.array();
        let cap_o = arr.elements.capacity();
        removed.elements.extend(arr.elements.splice(s..s + d, items.iter().copied()));
        removed.length = delete as u32;
        arr.length = new_len as u32;
        note_growth(a, cap);
        note_growth(o, cap_o);
        return Ok(a.value());
    }
    let mut r = Reader::new(o);
    for k in 0..delete {
        if let Some(v) = r.get_present(start + k)? {
            create_data(a, k, v);
        }
    }
    set_len(a, delete)?;
    if item_count < delete {
        for k in start..len - delete {
            match r.get_present(k + delete)? {
                Some(v) => set_at(o, k + item_count, v)?,
                None => delete_at(o, k + item_count)?,
            }
        }
        let mut k = len;
        while k > new_len {
            delete_at(o, k - 1)?;
            k -= 1;
        }
    } else if item_count > delete {
        for k in (start..len - delete).rev() {
            match r.get_present(k + delete)? {
                Some(v) => set_at(o, k + item_count, v)?,
                None => delete_at(o, k + item_count)?,
            }
        }
    }
    for (j, &v) in items.iter().enumerate() {
        set_at(o, start + j as u64, v)?;
    }
    set_len(o, new_len)?;
    Ok(a.value())
}

// ---- Copying variants (ES2023) ----

/// Array.prototype.toReversed (§23.1.3.33).
fn to_reversed(this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    let a = array_create(len)?;
    let mut r = Reader::new(o);
    for k in 0..len {
        let v = r.get(len - 1 - k)?;
        create_data(a, k, v);
    }
    Ok(a.value())
}

/// Array.prototype.toSpliced (§23.1.3.34).
fn to_spliced(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    let (start, skip) = splice_range(args, len)?;
    let items = args.get(2..).unwrap_or(&[]);
    let new_len = len + items.len() as u64 - skip;
    if new_len > MAX_SAFE {
        return Err(throw_type_error("Invalid array length"));
    }
    let a = array_create(new_len)?;
    let mut r = Reader::new(o);
    for k in 0..start {
        let v = r.get(k)?;
        create_data(a, k, v);
    }
    for (j, &v) in items.iter().enumerate() {
        create_data(a, start + j as u64, v);
    }
    for k in start + items.len() as u64..new_len {
        let v = r.get(k - items.len() as u64 + skip)?;
        create_data(a, k, v);
    }
    Ok(a.value())
}

/// Array.prototype.with (§23.1.3.39).
fn with(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let len = len_of(o)?;
    let rel = value::to_integer_or_infinity(arg(args, 0))?;
    let k = if rel >= 0.0 { rel } else { len as f64 + rel };
    if k < 0.0 || k >= len as f64 {
        return Err(throw_range_error(format!("Invalid index : {}", number_to_string(rel))));
    }
    let k = k as u64;
    let v = arg(args, 1);
    let a = array_create(len)?;
    let mut r = Reader::new(o);
    for i in 0..len {
        let x = if i == k { v } else { r.get(i)? };
        create_data(a, i, x);
    }
    Ok(a.value())
}

// ---- Sorting ----

/// The comparator argument of sort/toSorted: undefined or a function.
fn comparator(v: Value) -> JsResult<Option<Obj>> {
    match v.obj() {
        Some(f) if f.is_function() => Ok(Some(f)),
        _ if v.is_undefined() => Ok(None),
        _ => Err(throw_type_error("The comparison function must be either a function or undefined")),
    }
}

/// SortCompare (§23.1.3.30.2) for two values that are not undefined: the
/// comparator's result as a number (NaN as 0), or the order of the ToStrings.
fn sort_compare(cmp: Option<Obj>, x: Value, y: Value) -> JsResult<f64> {
    if let Some(f) = cmp {
        let r = call_function(f, Value::UNDEFINED, &[x, y])?;
        let n = if r.is_int() { r.as_int() as f64 } else { value::to_number(r)? };
        return Ok(if n.is_nan() { 0.0 } else { n });
    }
    if x.is_int() && y.is_int() {
        return Ok(int_string_order(x.as_int(), y.as_int()));
    }
    let xs = value::to_str(x)?;
    let ys = value::to_str(y)?;
    Ok(match xs.compare(ys) {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    })
}

/// The order of the decimal strings of two int32s, without making them.
fn int_string_order(a: i32, b: i32) -> f64 {
    fn digits(i: i32, buf: &mut [u8; 11]) -> &[u8] {
        let mut pos = buf.len();
        let mut u = i.unsigned_abs();
        loop {
            pos -= 1;
            buf[pos] = b'0' + (u % 10) as u8;
            u /= 10;
            if u == 0 {
                break;
            }
        }
        if i < 0 {
            pos -= 1;
            buf[pos] = b'-';
        }
        &buf[pos..]
    }
    if a == b {
        return 0.0;
    }
    let (mut ba, mut bb) = ([0u8; 11], [0u8; 11]);
    match digits(a, &mut ba).cmp(digits(b, &mut bb)) {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }
}

/// Sorts `work` with the comparator, exactly as V8 does (so that even an
/// inconsistent comparator, e.g. one returning booleans, gives V8's order).
/// Node 20's V8 runs TimSort for every length (later versions switch to a
/// plain binary insertion sort below 10 elements).
fn sort_values(work: &mut Vec<Value>, cmp: Option<Obj>) -> JsResult<()> {
    let n = work.len();
    if n < 2 {
        return Ok(());
    }
    let mut s = TimSort { cmp, work, temp: RootedVec::new(), min_gallop: MIN_GALLOP, runs: Vec::new() };
    s.sort(n)
}

/// Array.prototype.sort (§23.1.3.30).
fn sort(this: Value, args: &[Value]) -> JsResult<Value> {
    let cmp = comparator(arg(args, 0))?;
    let o = to_object(this)?;
    let len = len_of(o)?;
    if len < 2 {
        return Ok(o.value());
    }
    // Collect the present values; holes are skipped, undefined goes last.
    let mut work = RootedVec::new();
    let mut undefined = 0u64;
    if is_dense(o) && protos_index_free(o) {
        let els = &o.array().elements;
        let stop = len.min(els.len() as u64) as usize;
        work.reserve(stop);
        for &v in &els[..stop] {
            if v.is_undefined() {
                undefined += 1;
            } else if !v.is_hole() {
                work.push(v);
            }
        }
    } else {
        let mut r = Reader::new(o);
        let mut k = 0;
        while let Some((i, v)) = r.next_present(k, len)? {
            if v.is_undefined() {
                undefined += 1;
            } else {
                work.push(v);
            }
            k = i + 1;
        }
    }
    sort_values(&mut work, cmp)?;
    let n = work.len() as u64;
    for (i, &v) in work.iter().enumerate() {
        set_at(o, i as u64, v)?;
    }
    for i in n..n + undefined {
        set_at(o, i, Value::UNDEFINED)?;
    }
    delete_range(o, n + undefined, len)?;
    Ok(o.value())
}

/// Array.prototype.toSorted (§23.1.3.32): holes read as undefined.
fn to_sorted(this: Value, args: &[Value]) -> JsResult<Value> {
    let cmp = comparator(arg(args, 0))?;
    let o = to_object(this)?;
    let len = len_of(o)?;
    if len > MAX_LEN {
        return Err(invalid_length());
    }
    // Undefined (and holes) go last: the result is padded with them.
    let mut work = RootedVec::new();
    let mut r = Reader::new(o);
    for k in 0..len {
        let v = r.get(k)?;
        if !v.is_undefined() {
            work.push(v);
        }
    }
    sort_values(&mut work, cmp)?;
    let a = array::from_values(&work);
    let cap = a.array().elements.capacity();
    a.array().elements.resize(len as usize, Value::UNDEFINED);
    a.array().length = len as u32;
    note_growth(a, cap);
    Ok(a.value())
}

/// V8's kMinGallopWins.
const MIN_GALLOP: usize = 7;

/// Which array a gallop searches.
#[derive(Clone, Copy)]
enum Side {
    Work,
    Temp,
}

/// V8's TimSort (third_party/v8/builtins/array-sort.tq, after CPython's
/// listsort), with the same comparisons in the same order.
struct TimSort<'a> {
    cmp: Option<Obj>,
    work: &'a mut Vec<Value>,
    /// Holds run halves while they are merged; rooted, as it may hold the
    /// only copy of a value while the comparator runs.
    temp: RootedVec,
    min_gallop: usize,
    /// Pending runs: (base, length).
    runs: Vec<(usize, usize)>,
}

enum MergeExit {
    Succeed,
    /// MergeLow's CopyB / MergeHigh's CopyA.
    CopyRest,
}

impl TimSort<'_> {
    fn compare(&mut self, x: Value, y: Value) -> JsResult<f64> {
        sort_compare(self.cmp, x, y)
    }

    fn at(&self, side: Side, i: usize) -> Value {
        match side {
            Side::Work => self.work[i],
            Side::Temp => self.temp[i],
        }
    }

    /// Sorts `[low, high)` given that `[low, start)` is sorted.
    fn binary_insertion_sort(&mut self, low: usize, start: usize, high: usize) -> JsResult<()> {
        let mut start = if low == start { start + 1 } else { start };
        while start < high {
            let (mut left, mut right) = (low, start);
            let pivot = self.work[start];
            while left < right {
                let mid = left + ((right - left) >> 1);
                let order = self.compare(pivot, self.work[mid])?;
                if order < 0.0 {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            self.work.copy_within(left..start, left + 1);
            self.work[left] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// The length of the run at `low` (ascending, or strictly descending and
    /// then reversed).
    fn count_and_make_run(&mut self, low_arg: usize, high: usize) -> JsResult<usize> {
        let low = low_arg + 1;
        if low == high {
            return Ok(1);
        }
        let mut run = 2;
        let element_low = self.work[low];
        let order = self.compare(element_low, self.work[low - 1])?;
        let descending = order < 0.0;
        let mut previous = element_low;
        for idx in low + 1..high {
            let current = self.work[idx];
            let order = self.compare(current, previous)?;
            if descending {
                if order >= 0.0 {
                    break;
                }
            } else if order < 0.0 {
                break;
            }
            previous = current;
            run += 1;
        }
        if descending {
            self.work[low_arg..low_arg + run].reverse();
        }
        Ok(run)
    }

    fn sort(&mut self, length: usize) -> JsResult<()> {
        let mut remaining = length;
        let mut low = 0;
        let min_run = {
            let (mut n, mut r) = (length, 0);
            while n >= 64 {
                r |= n & 1;
                n >>= 1;
            }
            n + r
        };
        while remaining != 0 {
            let mut run = self.count_and_make_run(low, low + remaining)?;
            if run < min_run {
                let forced = min_run.min(remaining);
                self.binary_insertion_sort(low, low + run, low + forced)?;
                run = forced;
            }
            self.runs.push((low, run));
            self.merge_collapse()?;
            low += run;
            remaining -= run;
        }
        while self.runs.len() > 1 {
            let mut n = self.runs.len() - 2;
            if n > 0 && self.runs[n - 1].1 < self.runs[n + 1].1 {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// Whether run n - 2 is longer than runs n - 1 and n together.
    fn invariant(&self, n: usize) -> bool {
        n < 2 || self.runs[n - 2].1 > self.runs[n - 1].1 + self.runs[n].1
    }

    fn merge_collapse(&mut self) -> JsResult<()> {
        while self.runs.len() > 1 {
            let mut n = self.runs.len() - 2;
            if !self.invariant(n + 1) || !self.invariant(n) {
                if self.runs[n - 1].1 < self.runs[n + 1].1 {
                    n -= 1;
                }
                self.merge_at(n)?;
            } else if self.runs[n].1 <= self.runs[n + 1].1 {
                self.merge_at(n)?;
            } else {
                break;
            }
        }
        Ok(())
    }

    fn merge_at(&mut self, i: usize) -> JsResult<()> {
        let stack = self.runs.len();
        let (mut base_a, mut len_a) = self.runs[i];
        let (base_b, mut len_b) = self.runs[i + 1];
        self.runs[i].1 = len_a + len_b;
        if i + 3 == stack {
            self.runs[i + 1] = self.runs[i + 2];
        }
        self.runs.pop();
        let key_right = self.work[base_b];
        let k = self.gallop_right(Side::Work, key_right, base_a, len_a, 0)?;
        base_a += k;
        len_a -= k;
        if len_a == 0 {
            return Ok(());
        }
        let key_left = self.work[base_a + len_a - 1];
        len_b = self.gallop_left(Side::Work, key_left, base_b, len_b, len_b - 1)?;
        if len_b == 0 {
            return Ok(());
        }
        if len_a <= len_b {
            self.merge_low(base_a, len_a, base_b, len_b)
        } else {
            self.merge_high(base_a, len_a, base_b, len_b)
        }
    }

    /// Where `key` goes in the sorted `[base, base + length)`: left of equal elements.
    fn gallop_left(&mut self, side: Side, key: Value, base: usize, length: usize, hint: usize) -> JsResult<usize> {
        let (mut last_ofs, mut offset): (isize, isize) = (0, 1);
        let (b, h, len) = (base as isize, hint as isize, length as isize);
        let order = self.compare(self.at(side, base + hint), key)?;
        if order < 0.0 {
            let max_ofs = len - h;
            while offset < max_ofs {
                let order = self.compare(self.at(side, (b + h + offset) as usize), key)?;
                if order >= 0.0 {
                    break;
                }
                last_ofs = offset;
                offset = (offset << 1) + 1;
            }
            offset = offset.min(max_ofs);
            last_ofs += h;
            offset += h;
        } else {
            let max_ofs = h + 1;
            while offset < max_ofs {
                let order = self.compare(self.at(side, (b + h - offset) as usize), key)?;
                if order < 0.0 {
                    break;
                }
                last_ofs = offset;
                offset = (offset << 1) + 1;
            }
            offset = offset.min(max_ofs);
            let tmp = last_ofs;
            last_ofs = h - offset;
            offset = h - tmp;
        }
        last_ofs += 1;
        while last_ofs < offset {
            let m = last_ofs + ((offset - last_ofs) >> 1);
            let order = self.compare(self.at(side, (b + m) as usize), key)?;
            if order < 0.0 {
                last_ofs = m + 1;
            } else {
                offset = m;
            }
        }
        Ok(offset as usize)
    }

    /// Where `key` goes in the sorted `[base, base + length)`: right of equal elements.
    fn gallop_right(&mut self, side: Side, key: Value, base: usize, length: usize, hint: usize) -> JsResult<usize> {
        let (mut last_ofs, mut offset): (isize, isize) = (0, 1);
        let (b, h, len) = (base as isize, hint as isize, length as isize);
        let order = self.compare(key, self.at(side, base + hint))?;
        if order < 0.0 {
            let max_ofs = h + 1;
            while offset < max_ofs {
                let order = self.compare(key, self.at(side, (b + h - offset) as usize))?;
                if order >= 0.0 {
                    break;
                }
                last_ofs = offset;
                offset = (offset << 1) + 1;
            }
            offset = offset.min(max_ofs);
            let tmp = last_ofs;
            last_ofs = h - offset;
            offset = h - tmp;
        } else {
            let max_ofs = len - h;
            while offset < max_ofs {
                let order = self.compare(key, self.at(side, (b + h + offset) as usize))?;
                if order < 0.0 {
                    break;
                }
                last_ofs = offset;
                offset = (offset << 1) + 1;
            }
            offset = offset.min(max_ofs);
            last_ofs += h;
            offset += h;
        }
        last_ofs += 1;
        while last_ofs < offset {
            let m = last_ofs + ((offset - last_ofs) >> 1);
            let order = self.compare(key, self.at(side, (b + m) as usize))?;
            if order < 0.0 {
                offset = m;
            } else {
                last_ofs = m + 1;
            }
        }
        Ok(offset as usize)
    }

    /// Merges run A (`len_a <= len_b`) into run B from the left, A copied to temp.
    fn merge_low(&mut self, base_a: usize, len_a: usize, base_b: usize, len_b: usize) -> JsResult<()> {
        let (mut la, mut lb) = (len_a, len_b);
        self.temp.clear();
        self.temp.extend_from_slice(&self.work[base_a..base_a + la]);
        let (mut dest, mut ct, mut cb) = (base_a, 0usize, base_b);
        self.work[dest] = self.work[cb];
        dest += 1;
        cb += 1;
        let exit = 'body: {
            lb -= 1;
            if lb == 0 {
                break 'body MergeExit::Succeed;
            }
            if la == 1 {
                break 'body MergeExit::CopyRest;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut wins_a, mut wins_b) = (0usize, 0usize);
                loop {
                    let order = self.compare(self.work[cb], self.temp[ct])?;
                    if order < 0.0 {
                        self.work[dest] = self.work[cb];
                        dest += 1;
                        cb += 1;
                        wins_b += 1;
                        lb -= 1;
                        wins_a = 0;
                        if lb == 0 {
                            break 'body MergeExit::Succeed;
                        }
                        if wins_b >= min_gallop {
                            break;
                        }
                    } else {
                        self.work[dest] = self.temp[ct];
                        dest += 1;
                        ct += 1;
                        wins_a += 1;
                        la -= 1;
                        wins_b = 0;
                        if la == 1 {
                            break 'body MergeExit::CopyRest;
                        }
                        if wins_a >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                let mut first = true;
                while wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first {
                    first = false;
                    min_gallop = min_gallop.saturating_sub(1).max(1);
                    self.min_gallop = min_gallop;
                    wins_a = self.gallop_right(Side::Temp, self.work[cb], ct, la, 0)?;
                    if wins_a > 0 {
                        self.work[dest..dest + wins_a].copy_from_slice(&self.temp[ct..ct + wins_a]);
                        dest += wins_a;
                        ct += wins_a;
                        la -= wins_a;
                        if la == 1 {
                            break 'body MergeExit::CopyRest;
                        }
                        // Impossible with a consistent comparator.
                        if la == 0 {
                            break 'body MergeExit::Succeed;
                        }
                    }
                    self.work[dest] = self.work[cb];
                    dest += 1;
                    cb += 1;
                    lb -= 1;
                    if lb == 0 {
                        break 'body MergeExit::Succeed;
                    }
                    wins_b = self.gallop_left(Side::Work, self.temp[ct], cb, lb, 0)?;
                    if wins_b > 0 {
                        self.work.copy_within(cb..cb + wins_b, dest);
                        dest += wins_b;
                        cb += wins_b;
                        lb -= wins_b;
                        if lb == 0 {
                            break 'body MergeExit::Succeed;
                        }
                    }
                    self.work[dest] = self.temp[ct];
                    dest += 1;
                    ct += 1;
                    la -= 1;
                    if la == 1 {
                        break 'body MergeExit::CopyRest;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            MergeExit::Succeed => {
                if la > 0 {
                    self.work[dest..dest + la].copy_from_slice(&self.temp[ct..ct + la]);
                }
            }
            MergeExit::CopyRest => {
                self.work.copy_within(cb..cb + lb, dest);
                self.work[dest + lb] = self.temp[ct];
            }
        }
        Ok(())
    }

    /// Merges run B (`len_b <= len_a`) into run A from the right, B copied to temp.
    fn merge_high(&mut self, base_a: usize, len_a: usize, base_b: usize, len_b: usize) -> JsResult<()> {
        let (mut la, mut lb) = (len_a, len_b);
        self.temp.clear();
        self.temp.extend_from_slice(&self.work[base_b..base_b + lb]);
        // Cursors may step to -1 (one before the start).
        let mut dest = (base_b + lb - 1) as isize;
        let mut ct = lb as isize - 1;
        let mut ca = (base_a + la - 1) as isize;
        let u = |i: isize| i as usize;
        self.work[u(dest)] = self.work[u(ca)];
        dest -= 1;
        ca -= 1;
        let exit = 'body: {
            la -= 1;
            if la == 0 {
                break 'body MergeExit::Succeed;
            }
            if lb == 1 {
                break 'body MergeExit::CopyRest;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut wins_a, mut wins_b) = (0usize, 0usize);
                loop {
                    let order = self.compare(self.temp[u(ct)], self.work[u(ca)])?;
                    if order < 0.0 {
                        self.work[u(dest)] = self.work[u(ca)];
                        dest -= 1;
                        ca -= 1;
                        wins_a += 1;
                        la -= 1;
                        wins_b = 0;
                        if la == 0 {
                            break 'body MergeExit::Succeed;
                        }
                        if wins_a >= min_gallop {
                            break;
                        }
                    } else {
                        self.work[u(dest)] = self.temp[u(ct)];
                        dest -= 1;
                        ct -= 1;
                        wins_b += 1;
                        lb -= 1;
                        wins_a = 0;
                        if lb == 1 {
                            break 'body MergeExit::CopyRest;
                        }
                        if wins_b >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                let mut first = true;
                while wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first {
                    first = false;
                    min_gallop = min_gallop.saturating_sub(1).max(1);
                    self.min_gallop = min_gallop;
                    let k = self.gallop_right(Side::Work, self.temp[u(ct)], base_a, la, la - 1)?;
                    wins_a = la - k;
                    if wins_a > 0 {
                        dest -= wins_a as isize;
                        ca -= wins_a as isize;
                        self.work.copy_within(u(ca + 1)..u(ca + 1) + wins_a, u(dest + 1));
                        la -= wins_a;
                        if la == 0 {
                            break 'body MergeExit::Succeed;
                        }
                    }
                    self.work[u(dest)] = self.temp[u(ct)];
                    dest -= 1;
                    ct -= 1;
                    lb -= 1;
                    if lb == 1 {
                        break 'body MergeExit::CopyRest;
                    }
                    let k = self.gallop_left(Side::Temp, self.work[u(ca)], 0, lb, lb - 1)?;
                    wins_b = lb - k;
                    if wins_b > 0 {
                        dest -= wins_b as isize;
                        ct -= wins_b as isize;
                        let (d, t) = (u(dest + 1), u(ct + 1));
                        self.work[d..d + wins_b].copy_from_slice(&self.temp[t..t + wins_b]);
                        lb -= wins_b;
                        if lb == 1 {
                            break 'body MergeExit::CopyRest;
                        }
                        // Impossible with a consistent comparator.
                        if lb == 0 {
                            break 'body MergeExit::Succeed;
                        }
                    }
                    self.work[u(dest)] = self.work[u(ca)];
                    dest -= 1;
                    ca -= 1;
                    la -= 1;
                    if la == 0 {
                        break 'body MergeExit::Succeed;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            MergeExit::Succeed => {
                if lb > 0 {
                    let d = u(dest - (lb as isize - 1));
                    self.work[d..d + lb].copy_from_slice(&self.temp[..lb]);
                }
            }
            MergeExit::CopyRest => {
                dest -= la as isize;
                ca -= la as isize;
                self.work.copy_within(u(ca + 1)..u(ca + 1) + la, u(dest + 1));
                self.work[u(dest)] = self.temp[u(ct)];
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::function::new_native;
    use crate::string::Str;
    use crate::testing::with_runtime;

    fn ints(v: &[i32]) -> Obj {
        let vals: Vec<Value> = v.iter().map(|&i| Value::int(i)).collect();
        array::from_values(&vals)
    }

    /// The elements as text: holes as "_", everything else by ToString.
    fn show(a: Value) -> String {
        let o = a.as_obj();
        let len = len_of(o).unwrap();
        (0..len)
            .map(|k| {
                let key = key(k);
                if object::has_property(o, key) {
                    value::to_rust_string(o.get(key).unwrap()).unwrap()
                } else {
                    "_".to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    fn native(f: function::NativeFn) -> Value {
        new_native("cb", 2, f).value()
    }

    fn by_number(_this: Value, args: &[Value]) -> JsResult<Value> {
        Ok(Value::number(args[0].as_number() - args[1].as_number()))
    }

    fn double(_this: Value, args: &[Value]) -> JsResult<Value> {
        Ok(Value::number(args[0].as_number() * 2.0))
    }

    #[test]
    fn stack_and_queue_operations() {
        with_runtime(|| {
            let a = ints(&[1, 2, 3]);
            assert_eq!(push(a.value(), &[Value::int(4), Value::int(5)]).unwrap(), Value::int(5));
            assert_eq!(pop(a.value(), &[]).unwrap(), Value::int(5));
            assert_eq!(shift(a.value(), &[]).unwrap(), Value::int(1));
            assert_eq!(unshift(a.value(), &[Value::int(0)]).unwrap(), Value::int(4));
            assert_eq!(show(a.value()), "0,2,3,4");
            // A hole at the end pops as undefined; an empty array pops undefined.
            let h = array::from_values(&[Value::int(1), Value::HOLE]);
            assert!(pop(h.value(), &[]).unwrap().is_undefined());
            assert_eq!(array::length(h), 1);
            let e = array::new_array(0);
            assert!(pop(e.value(), &[]).unwrap().is_undefined());
            assert!(shift(e.value(), &[]).unwrap().is_undefined());
        });
    }

    #[test]
    fn holes_are_skipped_or_read_as_undefined() {
        with_runtime(|| {
            let a = array::from_values(&[Value::int(1), Value::HOLE, Value::int(3)]);
            let m = map(a.value(), &[native(double)]).unwrap();
            assert_eq!(show(m), "2,_,6");
            assert_eq!(index_of(a.value(), &[Value::UNDEFINED]).unwrap(), Value::int(-1));
            assert_eq!(includes(a.value(), &[Value::UNDEFINED]).unwrap(), Value::TRUE);
            // An index on Array.prototype shows through the hole.
            realm().array_proto.set_index(1, Value::int(7)).unwrap();
            assert_eq!(index_of(a.value(), &[Value::int(7)]).unwrap(), Value::int(1));
            assert_eq!(show(map(a.value(), &[native(double)]).unwrap()), "2,14,6");
            assert!(!protos_index_free(a));
            array::set_length(realm().array_proto, 0);
            assert!(protos_index_free(a));
            assert_eq!(index_of(a.value(), &[Value::int(7)]).unwrap(), Value::int(-1));
        });
    }

    #[test]
    fn generic_array_likes() {
        with_runtime(|| {
            let o = object::new_object();
            o.set_atom(atom(K::length), Value::int(3)).unwrap();
            o.set_index(0, Value::int(5)).unwrap();
            o.set_index(2, Value::int(1)).unwrap();
            assert_eq!(show(slice(o.value(), &[]).unwrap()), "5,_,1");
            push(o.value(), &[Value::int(9)]).unwrap();
            assert_eq!(o.get_atom(atom(K::length)).unwrap(), Value::int(4));
            sort(o.value(), &[]).unwrap();
            assert_eq!(show(o.value()), "1,5,9,_");
            reverse(o.value(), &[]).unwrap();
            assert_eq!(show(o.value()), "_,9,5,1");
            let s = Str::new("abc").value();
            assert_eq!(show(to_reversed(s, &[]).unwrap()), "c,b,a");
        });
    }

    #[test]
    fn sort_is_stable_and_puts_undefined_and_holes_last() {
        with_runtime(|| {
            let a = array::from_values(&[
                Value::int(3),
                Value::UNDEFINED,
                Value::HOLE,
                Value::number(1.5),
                Value::int(-1),
                Value::int(3),
            ]);
            sort(a.value(), &[native(by_number)]).unwrap();
            assert_eq!(show(a.value()), "-1,1.5,3,3,undefined,_");
            let d = ints(&[10, 9, 1, -5, 100, 2]);
            sort(d.value(), &[]).unwrap();
            assert_eq!(show(d.value()), "-5,1,10,100,2,9");
            assert!(sort(d.value(), &[Value::int(1)]).is_err());
            crate::error::take_pending();
        });
    }

    #[test]
    fn int_string_order_matches_strings() {
        let samples = [0, 1, -1, 9, 10, 11, 99, 100, -10, -9, i32::MAX, i32::MIN, 123456, 12345];
        for &a in &samples {
            for &b in &samples {
                let want = a.to_string().cmp(&b.to_string()) as i32 as f64;
                assert_eq!(int_string_order(a, b), want, "{a} vs {b}");
            }
        }
    }

    static NOISE: Global<u64> = Global::new(1);

    /// An inconsistent comparator: -1, 0 or 1 at random.
    fn random_order(_this: Value, _args: &[Value]) -> JsResult<Value> {
        let s = NOISE.get();
        *s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        Ok(Value::int((*s >> 33) as i32 % 3 - 1))
    }

    #[test]
    fn timsort_survives_inconsistent_comparators() {
        with_runtime(|| {
            let f = native(random_order);
            for n in [2usize, 3, 31, 64, 65, 200, 1000, 5000] {
                let vals: Vec<i32> = (0..n as i32).map(|i| (i * 7919) % 1013).collect();
                let a = ints(&vals);
                sort(a.value(), &[f]).unwrap();
                // Still a permutation of the input.
                let mut got: Vec<i32> = a.array().elements.iter().map(|v| v.as_int()).collect();
                let mut want = vals.clone();
                got.sort_unstable();
                want.sort_unstable();
                assert_eq!(got, want, "n = {n}");
            }
        });
    }

    #[test]
    fn sparse_arrays_iterate_present_elements() {
        with_runtime(|| {
            let a = array::new_array(0);
            a.set_index(3, Value::int(1)).unwrap();
            a.set_index(1_000_000, Value::int(2)).unwrap();
            assert!(a.flags() & oflags::SPARSE != 0);
            let mut r = Reader::new(a);
            assert_eq!(r.next_present(0, 2_000_000).unwrap(), Some((3, Value::int(1))));
            assert_eq!(r.next_present(4, 2_000_000).unwrap(), Some((1_000_000, Value::int(2))));
            assert_eq!(r.prev_present(1_000_000).unwrap(), Some((3, Value::int(1))));
            assert!(r.get(500).unwrap().is_undefined());
            assert_eq!(index_of(a.value(), &[Value::int(2)]).unwrap(), Value::int(1_000_000));
            let m = map(a.value(), &[native(double)]).unwrap().as_obj();
            assert_eq!(array::length(m), 1_000_001);
            assert_eq!(m.get_index(1_000_000).unwrap(), Value::int(4));
        });
    }

    #[test]
    fn length_limits() {
        with_runtime(|| {
            let a = array::new_array(0);
            array::set_length(a, u32::MAX);
            assert!(push(a.value(), &[Value::int(1)]).is_err());
            crate::error::take_pending();
            let big = object::new_object();
            big.set_atom(atom(K::length), Value::number(MAX_SAFE as f64)).unwrap();
            assert!(push(big.value(), &[Value::int(1)]).is_err());
            crate::error::take_pending();
            assert!(to_reversed(big.value(), &[]).is_err());
            crate::error::take_pending();
        });
    }
}
