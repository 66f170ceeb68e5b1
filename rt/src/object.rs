//! Objects, shapes and properties (spec §10.1 ordinary objects, with the exotic
//! parts of arrays, String wrappers and functions' lazy own properties).
//!
//! An object is a [`JsObject`]: header, shape, prototype, slots, and for some
//! kinds a class-specific tail (arrays: elements; functions: code and captures;
//! wrappers: the primitive). Slots are a `Vec` for now; inline slots at constant
//! offsets come with layout specialization in codegen.
//!
//! Shapes (hidden classes) map atoms to slot indices and per-property flags.
//! They form transition trees from one empty root, are shared by every object
//! with the same property insertion history (prototypes are not part of the
//! shape), and live forever: they are not collected. An object that gets more
//! than [`MAX_SHAPE_PROPS`] properties, or has one deleted or redefined with
//! different flags, moves to dictionary mode: its own ordered key table.
//!
//! Property keys are [`PropKey`]s: atoms, or array indices. Non-array objects
//! store index keys as atoms ("0", "1"); own-key order is still integer keys
//! ascending, then string keys in insertion order (§10.1.11.1).

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use dxl_abi::value as abi;

use crate::array::{self, JsArray};
use crate::error;
use crate::function::{self, JsFunction};
use crate::gc::{self, GcHeader, Kind, Marker};
use crate::global::Global;
use crate::realm::realm;
use crate::string::{self, Atom, K, Str, atom};
use crate::value::{JsResult, Value};
use crate::value_vec::ValueVec;

/// Property attribute bits.
pub mod attr {
    pub const ENUMERABLE: u8 = 1;
    pub const WRITABLE: u8 = 2;
    pub const CONFIGURABLE: u8 = 4;
    /// The slot holds a getter/setter pair ([`super::JsAccessor`]).
    pub const ACCESSOR: u8 = 8;
    /// A data property computed on first read (an Error's `stack`); see
    /// [`crate::error::format_lazy_stack`].
    pub const LAZY: u8 = 16;
    /// What assignment and object literals create.
    pub const DEFAULT: u8 = ENUMERABLE | WRITABLE | CONFIGURABLE;
    /// Builtin methods and `constructor` links: not enumerable.
    pub const HIDDEN: u8 = WRITABLE | CONFIGURABLE;
}

/// `GcHeader::flags` bits of an object.
pub mod oflags {
    pub const NOT_EXTENSIBLE: u8 = 1;
    /// A function's `length`/`name`/`prototype` own properties exist.
    pub const LAZY_DONE: u8 = 2;
    /// An array whose index properties live in its dictionary (too sparse for elements).
    pub const SPARSE: u8 = 4;
    /// Object.freeze ran (all properties read-only, not extensible).
    pub const FROZEN: u8 = 8;
    /// The object is (or was) the prototype of another object: a change to its
    /// own keys or their attributes bumps [`super::PROTO_EPOCH`].
    pub const PROTOTYPE: u8 = 16;
    /// An array whose elements are bytes after the cell (see [`crate::packed_array`]).
    pub const PACKED: u8 = 32;
    /// An array whose `length` is read-only (its elements are then in the dictionary).
    pub const LENGTH_READONLY: u8 = 64;
}

/// Changes whenever a prototype object gains or loses a named property,
/// changes one's attributes, or gets a new prototype. Property caches that
/// found a name further up the prototype chain are valid only within the
/// epoch they were filled in.
pub static PROTO_EPOCH: Global<usize> = Global::new(1);

/// Objects with more named properties than this go to dictionary mode.
pub const MAX_SHAPE_PROPS: usize = 64;

/// A fast hasher for pointer-keyed maps (atoms).
#[derive(Default)]
pub struct PtrHasher(u64);

impl Hasher for PtrHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u8(b);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ (i as u64 >> 3)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type PtrMap<K, V> = HashMap<K, V, BuildHasherDefault<PtrHasher>>;

/// A hidden class. Lives forever.
pub struct Shape {
    /// Slot `i` holds the property `keys[i]`.
    pub keys: Vec<(Atom, u8)>,
    index: OnceCell<PtrMap<Atom, u32>>,
    transitions: RefCell<PtrMap<(Atom, u8), *const Shape>>,
}

impl Shape {
    fn new(keys: Vec<(Atom, u8)>) -> *const Shape {
        Box::leak(Box::new(Shape { keys, index: OnceCell::new(), transitions: RefCell::new(PtrMap::default()) }))
    }

    /// Slot and flags of `key`.
    #[inline]
    pub fn find(&self, key: Atom) -> Option<(u32, u8)> {
        if self.keys.len() <= 8 {
            return self.keys.iter().position(|&(k, _)| k == key).map(|i| (i as u32, self.keys[i].1));
        }
        let index = self.index.get_or_init(|| self.keys.iter().enumerate().map(|(i, &(k, _))| (k, i as u32)).collect());
        index.get(&key).map(|&i| (i, self.keys[i as usize].1))
    }

    /// The shape after adding `key` with `flags`.
    pub fn with(&self, key: Atom, flags: u8) -> *const Shape {
        if let Some(&s) = self.transitions.borrow().get(&(key, flags)) {
            return s;
        }
        let mut keys = Vec::with_capacity(self.keys.len() + 1);
        keys.extend_from_slice(&self.keys);
        keys.push((key, flags));
        let s = Shape::new(keys);
        self.transitions.borrow_mut().insert((key, flags), s);
        s
    }
}

static ROOT_SHAPE: Global<*const Shape> = Global::new(std::ptr::null());

/// The shape of an object without properties.
#[inline]
pub fn root_shape() -> *const Shape {
    *ROOT_SHAPE.get()
}

pub fn init() {
    if ROOT_SHAPE.get().is_null() {
        *ROOT_SHAPE.get() = Shape::new(Vec::new());
    }
}

/// The own key table of an object in dictionary mode; `slots[i]` belongs to `keys[i]`.
#[derive(Default)]
pub struct Dict {
    keys: Vec<Option<(Atom, u8)>>,
    map: PtrMap<Atom, u32>,
    deleted: usize,
}

/// The common head of every object.
#[repr(C)]
pub struct JsObject {
    pub hdr: GcHeader,
    pub shape: *const Shape,
    /// Null for a null prototype.
    pub proto: *mut JsObject,
    pub slots: ValueVec,
    pub dict: Option<Box<Dict>>,
}

/// A Number, String or Boolean wrapper object.
#[repr(C)]
pub struct JsBoxed {
    pub obj: JsObject,
    pub value: Value,
}

/// The slot value of an accessor property: a `TAG_CELL` value pointing here.
#[repr(C)]
pub struct JsAccessor {
    pub hdr: GcHeader,
    pub getter: Value,
    pub setter: Value,
}

/// A property key: an atom or an array index.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum PropKey {
    Atom(Atom),
    Index(u32),
}

impl PropKey {
    /// The key a string spells.
    #[inline]
    pub fn from_string(s: Str) -> PropKey {
        match s.as_index() {
            Some(i) => PropKey::Index(i),
            None => PropKey::Atom(string::intern(s)),
        }
    }
    #[inline]
    pub fn from_atom(a: Atom) -> PropKey {
        match a.as_index() {
            Some(i) => PropKey::Index(i),
            None => PropKey::Atom(a),
        }
    }
    /// The key as an atom ("0" for index 0).
    #[inline]
    pub fn to_atom(self) -> Atom {
        match self {
            PropKey::Atom(a) => a,
            PropKey::Index(i) => string::index_atom(i),
        }
    }
    /// The key's atom if one exists (an index is not interned for a lookup).
    #[inline]
    pub fn find_atom(self) -> Option<Atom> {
        match self {
            PropKey::Atom(a) => Some(a),
            PropKey::Index(i) => string::find_index_atom(i),
        }
    }
    /// The key as a string value; indices are not interned.
    pub fn to_value(self) -> Value {
        match self {
            PropKey::Atom(a) => a.value(),
            PropKey::Index(i) => match i32::try_from(i) {
                Ok(i) => string::int_to_str(i).value(),
                Err(_) => Str::new(&i.to_string()).value(),
            },
        }
    }
    pub fn to_rust_string(self) -> String {
        match self {
            PropKey::Atom(a) => a.str().to_rust_string(),
            PropKey::Index(i) => i.to_string(),
        }
    }
}

impl From<Atom> for PropKey {
    fn from(a: Atom) -> PropKey {
        PropKey::from_atom(a)
    }
}

/// A handle to a heap object. Copy; equality is identity.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Obj(*mut JsObject);

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<object {:?} {:p}>", self.kind(), self.0)
    }
}

/// An own property as found.
#[derive(Clone, Copy, Debug)]
pub enum Own {
    /// In slot `.0` with attributes `.1`.
    Slot(u32, u8),
    /// A virtual property (array element or length, string wrapper character).
    Value(Value, u8),
    None,
}

impl Obj {
    #[inline]
    pub fn from_value(v: Value) -> Obj {
        Obj(v.heap_ptr() as *mut JsObject)
    }
    /// # Safety
    /// `p` must point at a live object.
    #[inline]
    pub unsafe fn from_ptr(p: *mut JsObject) -> Obj {
        Obj(p)
    }
    #[inline]
    pub fn value(self) -> Value {
        Value(abi::TAG_OBJECT | self.0 as u64)
    }
    #[inline]
    pub fn ptr(self) -> *mut JsObject {
        self.0
    }
    /// The object's fields. Single-threaded runtime: callers do not keep the
    /// reference across calls that may run JavaScript or reach this object again.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn raw(self) -> &'static mut JsObject {
        // SAFETY: an `Obj` always points at a live object (it is reachable from
        // the stack of whoever holds the handle), see the doc comment for aliasing.
        unsafe { &mut *self.0 }
    }
    #[inline]
    pub fn kind(self) -> Kind {
        self.raw().hdr.kind
    }
    #[inline]
    pub fn flags(self) -> u8 {
        self.raw().hdr.flags
    }
    #[inline]
    pub fn set_flag(self, f: u8) {
        self.raw().hdr.flags |= f;
    }
    #[inline]
    pub fn is_array(self) -> bool {
        self.kind() == Kind::Array
    }
    #[inline]
    pub fn is_function(self) -> bool {
        self.kind() == Kind::Function
    }
    /// The array view; the caller checked `is_array`.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn array(self) -> &'static mut JsArray {
        debug_assert!(self.is_array());
        // SAFETY: Array cells have the `JsArray` layout, which starts with `JsObject`.
        unsafe { &mut *(self.0 as *mut JsArray) }
    }
    /// The function view; the caller checked `is_function`.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn function(self) -> &'static mut JsFunction {
        debug_assert!(self.is_function());
        // SAFETY: Function cells have the `JsFunction` layout, which starts with `JsObject`.
        unsafe { &mut *(self.0 as *mut JsFunction) }
    }
    /// The wrapped primitive of a Boxed object.
    #[inline]
    pub fn boxed_value(self) -> Value {
        debug_assert!(self.kind() == Kind::Boxed);
        // SAFETY: Boxed cells have the `JsBoxed` layout.
        unsafe { (*(self.0 as *mut JsBoxed)).value }
    }
    #[inline]
    pub fn proto(self) -> Option<Obj> {
        let p = self.raw().proto;
        (!p.is_null()).then_some(Obj(p))
    }
    pub fn set_proto(self, p: Option<Obj>) {
        self.note_key_change();
        if let Some(p) = p {
            p.mark_prototype();
        }
        self.raw().proto = p.map_or(std::ptr::null_mut(), |o| o.0);
    }

    /// Flags the object as a prototype. Becoming one also starts a new epoch:
    /// a cache entry may name this object's address from an earlier object
    /// that lived there.
    #[inline]
    pub fn mark_prototype(self) {
        if self.flags() & oflags::PROTOTYPE == 0 {
            self.set_flag(oflags::PROTOTYPE);
            *PROTO_EPOCH.get() += 1;
            if array::has_index_properties(self) {
                *array::PROTOTYPE_HAS_INDEX.get() = true;
            }
        }
    }

    /// Invalidates prototype-chain caches when this object is a prototype.
    #[inline]
    pub(crate) fn note_key_change(self) {
        if self.flags() & oflags::PROTOTYPE != 0 {
            *PROTO_EPOCH.get() += 1;
        }
    }
    #[inline]
    pub fn is_dict(self) -> bool {
        self.raw().dict.is_some()
    }

    /// Slot and flags of an own named property (shape or dictionary).
    #[inline]
    pub fn find_named(self, key: Atom) -> Option<(u32, u8)> {
        let o = self.raw();
        match &o.dict {
            None => {
                // SAFETY: shapes live forever.
                unsafe { &*o.shape }.find(key)
            }
            Some(d) => d.map.get(&key).map(|&i| (i, d.keys[i as usize].expect("live dict entry").1)),
        }
    }

    /// Appends a named property that is known to be missing.
    pub fn add_named(self, key: Atom, v: Value, flags: u8) {
        self.note_key_change();
        if self.flags() & oflags::PROTOTYPE != 0 && key.as_index().is_some() {
            *array::PROTOTYPE_HAS_INDEX.get() = true;
        }
        let o = self.raw();
        match &mut o.dict {
            None => {
                // SAFETY: shapes live forever.
                let shape = unsafe { &*o.shape };
                if shape.keys.len() >= MAX_SHAPE_PROPS {
                    self.to_dict();
                    return self.add_named(key, v, flags);
                }
                o.shape = shape.with(key, flags);
            }
            Some(d) => {
                d.map.insert(key, d.keys.len() as u32);
                d.keys.push(Some((key, flags)));
            }
        }
        self.push_slot(v);
    }

    /// Appends `v` to the slots, accounting for a buffer that grew (or left
    /// the cell, which then owns memory outside the heap).
    fn push_slot(self, v: Value) {
        let o = self.raw();
        let cap = o.slots.capacity();
        o.slots.push(v);
        if o.slots.capacity() != cap {
            gc::note_external((o.slots.capacity() - cap) * 8);
            gc::needs_finalizer(&o.hdr);
        }
    }

    /// Appends a named property known to be missing by moving the object to
    /// `shape`, the shape its own shape reaches by adding that key (from a
    /// property cache that saw the transition).
    #[allow(clippy::not_unsafe_ptr_arg_deref, reason = "shapes are never freed, so a shape pointer is always valid")]
    pub fn add_named_with_shape(self, shape: *const Shape, v: Value) {
        self.note_key_change();
        let o = self.raw();
        debug_assert!(o.dict.is_none());
        // SAFETY: shapes live forever.
        debug_assert_eq!(unsafe { &*shape }.keys.len(), unsafe { &*o.shape }.keys.len() + 1);
        o.shape = shape;
        self.push_slot(v);
    }

    /// Moves the object to dictionary mode.
    pub fn to_dict(self) {
        let o = self.raw();
        if o.dict.is_some() {
            return;
        }
        self.note_key_change();
        // SAFETY: shapes live forever.
        let shape = unsafe { &*o.shape };
        let mut d = Dict::default();
        for (i, &(k, f)) in shape.keys.iter().enumerate() {
            d.keys.push(Some((k, f)));
            d.map.insert(k, i as u32);
        }
        o.dict = Some(Box::new(d));
        gc::needs_finalizer(&o.hdr);
        o.shape = root_shape();
    }

    fn set_named_flags(self, slot: u32, flags: u8) {
        self.note_key_change();
        self.to_dict();
        let d = self.raw().dict.as_mut().expect("dictionary mode");
        if let Some(e) = d.keys[slot as usize].as_mut() {
            e.1 = flags;
        }
    }

    fn remove_named(self, key: Atom) {
        self.note_key_change();
        self.to_dict();
        let o = self.raw();
        let d = o.dict.as_mut().expect("dictionary mode");
        if let Some(i) = d.map.remove(&key) {
            d.keys[i as usize] = None;
            o.slots[i as usize] = Value::UNDEFINED;
            d.deleted += 1;
            if d.deleted > 8 && d.deleted * 2 > d.keys.len() {
                let mut keys = Vec::with_capacity(d.keys.len() - d.deleted);
                let mut slots = Vec::with_capacity(keys.capacity());
                d.map.clear();
                for (k, v) in d.keys.iter().zip(o.slots.iter()) {
                    if let Some((a, f)) = *k {
                        d.map.insert(a, keys.len() as u32);
                        keys.push(Some((a, f)));
                        slots.push(*v);
                    }
                }
                d.keys = keys;
                d.deleted = 0;
                o.slots = ValueVec::from_vec(slots);
            }
        }
    }

    /// Named own keys in insertion order with their flags.
    pub fn named_keys(self) -> Vec<(Atom, u8)> {
        let o = self.raw();
        match &o.dict {
            // SAFETY: shapes live forever.
            None => unsafe { &*o.shape }.keys.clone(),
            Some(d) => d.keys.iter().flatten().copied().collect(),
        }
    }

    // Convenience wrappers.
    pub fn get(self, key: PropKey) -> JsResult<Value> {
        get(self, key, self.value())
    }
    pub fn get_atom(self, key: Atom) -> JsResult<Value> {
        get(self, PropKey::from_atom(key), self.value())
    }
    pub fn get_index(self, i: u32) -> JsResult<Value> {
        get(self, PropKey::Index(i), self.value())
    }
    pub fn set(self, key: PropKey, v: Value) -> JsResult<()> {
        set(self, key, v).map(drop)
    }
    pub fn set_atom(self, key: Atom, v: Value) -> JsResult<()> {
        set(self, PropKey::from_atom(key), v).map(drop)
    }
    pub fn set_index(self, i: u32, v: Value) -> JsResult<()> {
        set(self, PropKey::Index(i), v).map(drop)
    }
    /// Defines (or redefines) an own data property.
    pub fn define(self, key: PropKey, v: Value, flags: u8) {
        define(self, key, v, flags)
    }
    pub fn define_atom(self, key: Atom, v: Value, flags: u8) {
        define(self, PropKey::from_atom(key), v, flags)
    }
}

// ---- Allocation ----

pub(crate) fn object_head(kind: Kind, proto: Option<Obj>) -> JsObject {
    if let Some(p) = proto {
        p.mark_prototype();
    }
    JsObject {
        hdr: GcHeader::new(kind),
        shape: root_shape(),
        proto: proto.map_or(std::ptr::null_mut(), |o| o.ptr()),
        slots: ValueVec::new(),
        dict: None,
    }
}

/// A new object of a plain layout (`Object` or `Error` kind).
pub fn new_object_of(kind: Kind, proto: Option<Obj>) -> Obj {
    debug_assert!(matches!(kind, Kind::Object | Kind::Error));
    Obj(gc::alloc(object_head(kind, proto)))
}

/// `{}`: a new plain object whose prototype is Object.prototype.
pub fn new_object() -> Obj {
    new_object_of(Kind::Object, Some(realm().object_proto))
}

pub fn new_object_with_proto(proto: Option<Obj>) -> Obj {
    new_object_of(Kind::Object, proto)
}

/// A plain object with prototype `proto` that has every property of `shape`
/// (data properties only, as [`Shape::with`] built it), each undefined.
///
/// The slots live in the object's own cell, after the object: one
/// allocation, nothing to give back when it dies. A property added later
/// moves them to a buffer of their own.
#[allow(clippy::not_unsafe_ptr_arg_deref, reason = "shapes are never freed, so a shape pointer is always valid")]
pub fn new_object_with_layout(proto: Obj, shape: *const Shape) -> Obj {
    // SAFETY: shapes live forever.
    let count = unsafe { &*shape }.keys.len();
    debug_assert!(count <= MAX_SHAPE_PROPS);
    let o = new_object_with_room(Some(proto), count);
    let raw = o.raw();
    raw.shape = shape;
    raw.slots.resize(count, Value::UNDEFINED);
    o
}

/// Slots an object made by a generic `new` or as a literal has room for in
/// its own cell: most such objects are records of a few fields.
pub const INLINE_ROOM: usize = 4;

/// A plain object with no properties and room for `room` slots in its own
/// cell, after the object: adding up to `room` properties allocates
/// nothing more, and nothing is given back when it dies. More move the
/// slots to a buffer of their own.
pub fn new_object_with_room(proto: Option<Obj>, room: usize) -> Obj {
    let object = object_head(Kind::Object, proto);
    let cell = alloc_with_value_tail(room, |slots| JsObject { slots, ..object });
    // SAFETY: the cell is a live object, just written.
    unsafe { Obj::from_ptr(cell) }
}

/// A cell holding `make(v)`, followed by room for `room` values that the
/// vector `v` borrows (empty when `room` is 0): an object's inline slots,
/// an array's inline elements. Growing the vector past the room moves its
/// values to a buffer of their own.
pub(crate) fn alloc_with_value_tail<T>(room: usize, make: impl FnOnce(ValueVec) -> T) -> *mut T {
    let head = std::mem::size_of::<T>();
    let size = head + room * std::mem::size_of::<Value>();
    let cell = gc::alloc_raw(size) as *mut T;
    let tail = match room {
        0 => ValueVec::new(),
        // SAFETY: the cell holds `room` values after the head (16-byte
        // aligned, and heads are a multiple of 8), and they live as long as it.
        _ => unsafe { ValueVec::borrowing(cell.cast::<u8>().add(head).cast::<Value>(), room) },
    };
    // SAFETY: `alloc_raw` returned fresh memory of `size` bytes that nothing
    // else references; every heap thing starts with its GcHeader.
    unsafe {
        cell.write(make(tail));
        gc::finish_alloc(&mut *(cell as *mut GcHeader), size);
    }
    cell
}

/// Allocates an object with a class-specific tail; `make` receives the head.
pub fn alloc_with<T>(kind: Kind, proto: Option<Obj>, make: impl FnOnce(JsObject) -> T) -> Obj {
    Obj(gc::alloc(make(object_head(kind, proto))) as *mut JsObject)
}

/// A wrapper object for a primitive (ToObject).
pub fn new_boxed(prim: Value) -> Obj {
    let r = realm();
    let proto = if prim.is_string() {
        r.string_proto
    } else if prim.is_number() {
        r.number_proto
    } else {
        r.boolean_proto
    };
    new_boxed_with_proto(prim, proto)
}

pub fn new_boxed_with_proto(prim: Value, proto: Obj) -> Obj {
    alloc_with(Kind::Boxed, Some(proto), |obj| JsBoxed { obj, value: prim })
}

/// A getter/setter pair, as stored in an accessor property's slot.
pub fn new_accessor(getter: Value, setter: Value) -> Value {
    let p = gc::alloc(JsAccessor { hdr: GcHeader::new(Kind::Accessor), getter, setter });
    Value(abi::TAG_CELL | p as u64)
}

fn accessor(v: Value) -> &'static mut JsAccessor {
    // SAFETY: slots with the ACCESSOR flag hold a TAG_CELL value of a JsAccessor.
    unsafe { &mut *(v.heap_ptr() as *mut JsAccessor) }
}

/// The getter and setter of an accessor slot value.
pub fn accessor_parts(v: Value) -> (Value, Value) {
    let a = accessor(v);
    (a.getter, a.setter)
}

// ---- Own properties ----

/// Creates a function's lazy own properties, so a walk over the named keys sees them.
pub(crate) fn materialize(o: Obj) {
    if o.is_function() && o.flags() & oflags::LAZY_DONE == 0 {
        function::materialize_props(o);
    }
}

fn is_lazy_fn_key(key: PropKey) -> bool {
    matches!(key, PropKey::Atom(a) if a == atom(K::name) || a == atom(K::length) || a == atom(K::prototype)
        || a == atom(K::arguments) || a == atom(K::caller))
}

/// Looks up an own property without running getters.
pub fn get_own(o: Obj, key: PropKey) -> Own {
    match o.kind() {
        Kind::Array => {
            if let Some(r) = array::get_own(o, key) {
                return r;
            }
        }
        Kind::Boxed => {
            let prim = o.boxed_value();
            if prim.is_string() {
                let s = prim.as_str();
                match key {
                    PropKey::Index(i) if i < s.len() => {
                        return Own::Value(string::single_char(s.char_at(i)).value(), attr::ENUMERABLE);
                    }
                    PropKey::Atom(a) if a == atom(K::length) => {
                        return Own::Value(Value::uint(s.len()), 0);
                    }
                    _ => {}
                }
            }
        }
        Kind::Function if o.flags() & oflags::LAZY_DONE == 0 && is_lazy_fn_key(key) => materialize(o),
        _ => {}
    }
    let Some(name) = key.find_atom() else {
        return Own::None;
    };
    match o.find_named(name) {
        Some((slot, flags)) if flags & attr::LAZY != 0 => {
            error::format_lazy_stack(o, slot);
            match o.find_named(key.to_atom()) {
                Some((slot, flags)) => Own::Slot(slot, flags),
                None => Own::None,
            }
        }
        Some((slot, flags)) => Own::Slot(slot, flags),
        None => Own::None,
    }
}

/// The value and attributes of an own property, if present (accessors as their pair value).
pub fn get_own_property(o: Obj, key: PropKey) -> Option<(Value, u8)> {
    match get_own(o, key) {
        Own::Slot(i, f) => Some((o.raw().slots[i as usize], f)),
        Own::Value(v, f) => Some((v, f)),
        Own::None => None,
    }
}

pub fn has_own(o: Obj, key: PropKey) -> bool {
    !matches!(get_own(o, key), Own::None)
}

// ---- [[Get]] / [[Set]] / [[HasProperty]] / [[Delete]] ----

/// [[Get]] (§10.1.8) with `receiver` as `this` for getters.
pub fn get(mut o: Obj, key: PropKey, receiver: Value) -> JsResult<Value> {
    loop {
        match get_own(o, key) {
            Own::Slot(i, f) => {
                let v = o.raw().slots[i as usize];
                if f & attr::ACCESSOR != 0 {
                    let getter = accessor(v).getter;
                    if getter.is_undefined() {
                        return Ok(Value::UNDEFINED);
                    }
                    return function::call(getter, receiver, &[]);
                }
                return Ok(v);
            }
            Own::Value(v, _) => return Ok(v),
            Own::None => match o.proto() {
                Some(p) => o = p,
                None => return Ok(Value::UNDEFINED),
            },
        }
    }
}

/// [[Set]] (§10.1.9) with the object as receiver. Returns false when the
/// assignment was refused (read-only property, non-extensible object); callers
/// in sloppy mode ignore that.
pub fn set(o: Obj, key: PropKey, v: Value) -> JsResult<bool> {
    // Own property.
    match o.kind() {
        Kind::Array => {
            if let Some(r) = array::set_own(o, key, v)? {
                return Ok(r);
            }
        }
        Kind::Boxed if o.boxed_value().is_string() => {
            if let Own::Value(..) = get_own(o, key) {
                return Ok(false);
            }
        }
        _ => {}
    }
    match get_own(o, key) {
        Own::Slot(i, f) => {
            if f & attr::ACCESSOR != 0 {
                let setter = accessor(o.raw().slots[i as usize]).setter;
                if setter.is_undefined() {
                    return Ok(false);
                }
                function::call(setter, o.value(), &[v])?;
                return Ok(true);
            }
            if f & attr::WRITABLE == 0 {
                return Ok(false);
            }
            o.raw().slots[i as usize] = v;
            return Ok(true);
        }
        Own::Value(_, f) => {
            // A virtual property not handled above: read-only unless writable.
            if f & attr::WRITABLE == 0 {
                return Ok(false);
            }
        }
        Own::None => {}
    }
    // Inherited setters and read-only properties.
    let mut p = o.proto();
    while let Some(q) = p {
        match get_own(q, key) {
            Own::Slot(i, f) => {
                if f & attr::ACCESSOR != 0 {
                    let setter = accessor(q.raw().slots[i as usize]).setter;
                    if setter.is_undefined() {
                        return Ok(false);
                    }
                    function::call(setter, o.value(), &[v])?;
                    return Ok(true);
                }
                if f & attr::WRITABLE == 0 {
                    return Ok(false);
                }
                break;
            }
            Own::Value(_, f) => {
                if f & attr::WRITABLE == 0 {
                    return Ok(false);
                }
                break;
            }
            Own::None => p = q.proto(),
        }
    }
    if o.flags() & oflags::NOT_EXTENSIBLE != 0 {
        return Ok(false);
    }
    if let (PropKey::Index(i), true) = (key, o.is_array()) {
        return Ok(array::add_element(o, i, v));
    }
    // A function's lazy own properties were created before anything added later.
    materialize(o);
    o.add_named(key.to_atom(), v, attr::DEFAULT);
    Ok(true)
}

/// Defines an own data property (object literals, builtins); replaces an
/// existing one including its attributes.
pub fn define(o: Obj, key: PropKey, v: Value, flags: u8) {
    if o.is_array() && array::define_own(o, key, v, flags) {
        return;
    }
    if o.is_function() {
        materialize(o);
    }
    let a = key.to_atom();
    match o.find_named(a) {
        Some((slot, f)) => {
            if f != flags {
                o.set_named_flags(slot, flags);
            }
            o.raw().slots[slot as usize] = v;
        }
        None => o.add_named(a, v, flags),
    }
}

/// Defines an accessor property (getter and/or setter; undefined for absent).
pub fn define_accessor(o: Obj, key: PropKey, getter: Value, setter: Value, flags: u8) {
    if o.is_function() {
        materialize(o);
    }
    if let (PropKey::Index(i), true) = (key, o.is_array())
        && !array::prepare_special_element(o, i)
    {
        return;
    }
    let a = key.to_atom();
    let flags = (flags & !attr::WRITABLE) | attr::ACCESSOR;
    if let Some((slot, f)) = o.find_named(a) {
        if f & attr::ACCESSOR != 0 {
            // Merge with the existing pair (a getter defined after a setter).
            let old = accessor(o.raw().slots[slot as usize]);
            let g = if getter.is_undefined() { old.getter } else { getter };
            let s = if setter.is_undefined() { old.setter } else { setter };
            let pair = new_accessor(g, s);
            o.raw().slots[slot as usize] = pair;
            if f != flags {
                o.set_named_flags(slot, flags);
            }
            return;
        }
        o.remove_named(a);
    }
    let pair = new_accessor(getter, setter);
    o.add_named(a, pair, flags);
}

/// A property descriptor (§6.2.6): each field present or absent.
#[derive(Clone, Copy, Default, Debug)]
pub struct Descriptor {
    pub value: Option<Value>,
    pub writable: Option<bool>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl Descriptor {
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
}

/// [[DefineOwnProperty]] (§10.1.6.3 ValidateAndApplyPropertyDescriptor):
/// false when the definition is refused (a new property on an object that
/// may not grow, or a change a non-configurable property does not allow).
/// An existing property keeps its place in the key order.
pub fn define_own_property(o: Obj, key: PropKey, desc: &Descriptor) -> JsResult<bool> {
    let bit = |field: Option<bool>, bit: u8, current: u8| match field {
        Some(true) => bit,
        Some(false) => 0,
        None => current & bit,
    };
    let (slot, current, flags) = match get_own(o, key) {
        Own::Slot(i, f) => (Some(i), o.raw().slots[i as usize], f),
        Own::Value(v, f) => (None, v, f),
        Own::None => {
            if o.flags() & oflags::NOT_EXTENSIBLE != 0 {
                return Ok(false);
            }
            // An index at or past a read-only `length` cannot be added.
            if let (PropKey::Index(i), true) = (key, o.is_array())
                && i >= array::length(o)
                && array::length_is_readonly(o)
            {
                return Ok(false);
            }
            materialize(o);
            let flags = bit(desc.enumerable, attr::ENUMERABLE, 0) | bit(desc.configurable, attr::CONFIGURABLE, 0);
            let undefined = Value::UNDEFINED;
            if desc.is_accessor() {
                let pair = new_accessor(desc.get.unwrap_or(undefined), desc.set.unwrap_or(undefined));
                add_own(o, key, pair, flags | attr::ACCESSOR)?;
            } else {
                add_own(o, key, desc.value.unwrap_or(undefined), flags | bit(desc.writable, attr::WRITABLE, 0))?;
            }
            return Ok(true);
        }
    };
    let was_accessor = flags & attr::ACCESSOR != 0;
    let (old_get, old_set) = if was_accessor { accessor_parts(current) } else { (Value::UNDEFINED, Value::UNDEFINED) };
    if flags & attr::CONFIGURABLE == 0 {
        let same = |new: Option<Value>, old: Value| new.is_none_or(|v| crate::value::same_value(v, old));
        let refused = desc.configurable == Some(true)
            || desc.enumerable.is_some_and(|e| e != (flags & attr::ENUMERABLE != 0))
            || if was_accessor {
                desc.is_data() || !same(desc.get, old_get) || !same(desc.set, old_set)
            } else {
                desc.is_accessor()
                    || (flags & attr::WRITABLE == 0 && (desc.writable == Some(true) || !same(desc.value, current)))
            };
        if refused {
            return Ok(false);
        }
    }
    let kept = bit(desc.enumerable, attr::ENUMERABLE, flags) | bit(desc.configurable, attr::CONFIGURABLE, flags);
    let (new, new_flags) = if desc.is_accessor() || (was_accessor && !desc.is_data()) {
        let getter = desc.get.unwrap_or(old_get);
        let setter = desc.set.unwrap_or(old_set);
        let pair =
            if was_accessor && getter == old_get && setter == old_set { current } else { new_accessor(getter, setter) };
        (pair, kept | attr::ACCESSOR)
    } else if was_accessor {
        (desc.value.unwrap_or(Value::UNDEFINED), kept | bit(desc.writable, attr::WRITABLE, 0))
    } else {
        (desc.value.unwrap_or(current), kept | bit(desc.writable, attr::WRITABLE, flags))
    };
    match slot {
        Some(i) => {
            if new_flags != flags {
                o.set_named_flags(i, new_flags);
            }
            o.raw().slots[i as usize] = new;
        }
        None if new_flags == flags && crate::value::same_value(new, current) => {}
        None => redefine_virtual(o, key, new, new_flags)?,
    }
    Ok(true)
}

/// Adds an own property known to be missing, with any attributes.
fn add_own(o: Obj, key: PropKey, v: Value, flags: u8) -> JsResult<()> {
    if o.is_array() && matches!(key, PropKey::Index(_)) {
        return redefine_virtual(o, key, v, flags);
    }
    o.add_named(key.to_atom(), v, flags);
    Ok(())
}

/// Applies a validated definition to a property an exotic object computes
/// (an array's elements and `length`): elements with other than the default
/// attributes move the array to dictionary elements; `length` may become
/// read-only.
fn redefine_virtual(o: Obj, key: PropKey, v: Value, flags: u8) -> JsResult<()> {
    if o.is_array() && key == PropKey::Atom(atom(K::length)) {
        return array::define_length(o, v, flags & attr::WRITABLE != 0);
    }
    if flags & attr::ACCESSOR != 0 {
        let (g, s) = accessor_parts(v);
        define_accessor(o, key, g, s, flags);
    } else {
        define(o, key, v, flags);
    }
    Ok(())
}

/// [[HasProperty]]: own or inherited.
pub fn has_property(o: Obj, key: PropKey) -> bool {
    let mut p = Some(o);
    while let Some(q) = p {
        if has_own(q, key) {
            return true;
        }
        p = q.proto();
    }
    false
}

/// [[Delete]] (§10.1.10): false when the property is not configurable.
pub fn delete(o: Obj, key: PropKey) -> JsResult<bool> {
    if o.is_array()
        && let Some(r) = array::delete_own(o, key)
    {
        return Ok(r);
    }
    match get_own(o, key) {
        Own::None => Ok(true),
        Own::Value(..) => Ok(false),
        Own::Slot(_, f) => {
            if f & attr::CONFIGURABLE == 0 {
                return Ok(false);
            }
            o.remove_named(key.to_atom());
            Ok(true)
        }
    }
}

/// Own property keys in spec order (§10.1.11.1): array indices ascending, then
/// strings in insertion order. With `enumerable_only`, non-enumerable keys are left out.
pub fn own_keys(o: Obj, enumerable_only: bool) -> Vec<PropKey> {
    materialize(o);
    let mut indices: Vec<u32> = Vec::new();
    let mut names: Vec<PropKey> = Vec::new();
    match o.kind() {
        Kind::Array => array::element_keys(o, &mut indices),
        Kind::Boxed => {
            let prim = o.boxed_value();
            if prim.is_string() {
                indices.extend(0..prim.as_str().len());
                if !enumerable_only {
                    names.push(PropKey::Atom(atom(K::length)));
                }
            }
        }
        _ => {}
    }
    let mut sort_needed = !indices.is_empty();
    for (a, f) in o.named_keys() {
        if enumerable_only && f & attr::ENUMERABLE == 0 {
            continue;
        }
        match a.as_index() {
            Some(i) => {
                indices.push(i);
                sort_needed = true;
            }
            None => names.push(PropKey::Atom(a)),
        }
    }
    if sort_needed {
        indices.sort_unstable();
    }
    let mut keys: Vec<PropKey> = indices.into_iter().map(PropKey::Index).collect();
    if o.is_array() && !enumerable_only {
        keys.push(PropKey::Atom(atom(K::length)));
    }
    keys.extend(names);
    keys
}

/// The keys a `for-in` loop visits (§14.7.5.9 EnumerateObjectProperties): own
/// and inherited enumerable string keys, each once, shadowed keys skipped.
pub fn for_in_keys(o: Obj) -> Vec<PropKey> {
    let mut out = Vec::new();
    let mut seen: std::collections::HashSet<PropKey, BuildHasherDefault<PtrHasher>> = Default::default();
    let mut p = Some(o);
    while let Some(q) = p {
        for key in own_keys(q, false) {
            let enumerable = match get_own(q, key) {
                Own::Slot(_, f) | Own::Value(_, f) => f & attr::ENUMERABLE != 0,
                Own::None => false,
            };
            if seen.insert(key) && enumerable {
                out.push(key);
            }
        }
        p = q.proto();
    }
    out
}

// ---- Access on any value (primitives included) ----

/// `target[key]` for any value: strings have `length` and indices, primitives
/// use their prototype, undefined/null throw.
pub fn get_value(target: Value, key: PropKey) -> JsResult<Value> {
    if target.is_object() {
        return get(target.as_obj(), key, target);
    }
    let r = realm();
    let proto = if target.is_string() {
        let s = target.as_str();
        match key {
            PropKey::Index(i) if i < s.len() => {
                return Ok(string::single_char(s.char_at(i)).value());
            }
            PropKey::Atom(a) if a == atom(K::length) => return Ok(Value::uint(s.len())),
            _ => r.string_proto,
        }
    } else if target.is_number() {
        r.number_proto
    } else if target.is_bool() {
        r.boolean_proto
    } else {
        let what = if target.is_null() { "null" } else { "undefined" };
        return Err(error::throw_type_error(format!(
            "Cannot read properties of {what} (reading '{}')",
            key.to_rust_string()
        )));
    };
    get(proto, key, target)
}

/// `target[key] = v` for any value (sloppy mode: refused writes are ignored).
pub fn set_value(target: Value, key: PropKey, v: Value) -> JsResult<()> {
    set_value_in(target, key, v, false)
}

/// `target[key] = v` as an assignment in strict code (`strict`) or sloppy
/// code: where the assignment is refused (a read-only property, a getter
/// without a setter, an object that may not grow, a property of a
/// primitive), strict code throws Node's TypeError and sloppy code goes on.
pub fn set_value_in(target: Value, key: PropKey, v: Value, strict: bool) -> JsResult<()> {
    if target.is_object() {
        let o = target.as_obj();
        if !set(o, key, v)? && strict {
            return Err(set_failed(o, key));
        }
        return Ok(());
    }
    if target.is_nullish() {
        let what = if target.is_null() { "null" } else { "undefined" };
        return Err(error::throw_type_error(format!(
            "Cannot set properties of {what} (setting '{}')",
            key.to_rust_string()
        )));
    }
    // Primitives: only an inherited setter has an effect.
    let proto = match crate::value::to_object(target)?.proto() {
        Some(p) => p,
        None => return Ok(()),
    };
    let mut p = Some(proto);
    while let Some(q) = p {
        if let Own::Slot(i, f) = get_own(q, key) {
            if f & attr::ACCESSOR != 0 {
                let setter = accessor(q.raw().slots[i as usize]).setter;
                if !setter.is_undefined() {
                    function::call(setter, target, &[v])?;
                }
            }
            if strict && f & attr::ACCESSOR == 0 {
                return Err(primitive_set_failed(target, key));
            }
            return Ok(());
        }
        p = q.proto();
    }
    if strict {
        return Err(primitive_set_failed(target, key));
    }
    Ok(())
}

/// The TypeError of a refused [[Set]] on an object (Set(O, P, V, true) in
/// the spec), in V8's words.
#[cold]
pub fn set_failed(o: Obj, k: PropKey) -> error::Thrown {
    // A getter without a setter, on the object or a prototype.
    let mut p = Some(o);
    while let Some(q) = p {
        match get_own(q, k) {
            Own::Slot(_, f) if f & attr::ACCESSOR != 0 => {
                return error::throw_type_error(format!(
                    "Cannot set property {} of {} which has only a getter",
                    k.to_rust_string(),
                    function::describe(o.value())
                ));
            }
            Own::None => p = q.proto(),
            _ => break,
        }
    }
    if o.flags() & oflags::NOT_EXTENSIBLE != 0 && !has_own(o, k) {
        return error::throw_type_error(format!(
            "Cannot add property {}, object is not extensible",
            k.to_rust_string()
        ));
    }
    if o.is_array() {
        let length = array::length(o);
        match k {
            // Truncation stopped at a non-configurable element.
            PropKey::Atom(a) if a == atom(K::length) && !array::length_is_readonly(o) => {
                return array::cannot_delete(length - 1);
            }
            // An index past a read-only length.
            PropKey::Index(i) if i >= length && array::length_is_readonly(o) && !has_own(o, k) => {
                return error::throw_type_error(
                    "Cannot assign to read only property 'length' of object '[object Array]'",
                );
            }
            _ => {}
        }
    }
    error::throw_type_error(format!(
        "Cannot assign to read only property '{}' of object '{}'",
        k.to_rust_string(),
        crate::builtins::array::describe_object(o)
    ))
}

/// The TypeError of an assignment to a property of a primitive in strict code.
#[cold]
fn primitive_set_failed(target: Value, k: PropKey) -> error::Thrown {
    let shown = if target.is_string() {
        target.as_str().to_rust_string()
    } else {
        crate::value::to_rust_string(target).unwrap_or_default()
    };
    error::throw_type_error(format!(
        "Cannot create property '{}' on {} '{}'",
        k.to_rust_string(),
        crate::value::type_of(target).value().as_str().to_rust_string(),
        shown
    ))
}

/// Whether `proto` is on the prototype chain of `o` (not `o` itself).
pub fn inherits_from(o: Obj, proto: Obj) -> bool {
    let mut p = o.proto();
    while let Some(q) = p {
        if q == proto {
            return true;
        }
        p = q.proto();
    }
    false
}

// ---- GC hooks ----

/// Traces any object kind.
pub(crate) fn trace(h: *mut GcHeader, m: &mut Marker) {
    let o = Obj(h as *mut JsObject);
    let raw = o.raw();
    m.mark(raw.proto as *mut GcHeader);
    m.mark_slice(&raw.slots);
    let mut external = raw.slots.capacity() * 8;
    if let Some(d) = &raw.dict {
        external += d.keys.capacity() * 16 + d.map.capacity() * 16;
    }
    match raw.hdr.kind {
        Kind::Array => {
            let a = o.array();
            m.mark_slice(&a.elements);
            external += a.elements.capacity() * 8;
        }
        Kind::Function => {
            let f = o.function();
            m.mark_value(f.name);
            m.mark_slice(&f.captures);
            external += f.captures.len() * 8;
        }
        Kind::Boxed => m.mark_value(o.boxed_value()),
        _ => {}
    }
    m.add_external(external);
}

/// Drops the Rust-owned parts of a dead object.
///
/// # Safety
/// `h` must be an unreachable, initialized object cell; it is not used afterwards.
pub unsafe fn finalize(h: *mut GcHeader) {
    // SAFETY: per the contract, the cell has the layout of its kind and nobody uses it again.
    unsafe {
        match (*h).kind {
            Kind::Array if crate::packed_array::is_packed(h) => {
                std::ptr::drop_in_place(h as *mut crate::packed_array::JsPackedArray)
            }
            Kind::Array => std::ptr::drop_in_place(h as *mut JsArray),
            Kind::Function => std::ptr::drop_in_place(h as *mut JsFunction),
            Kind::Boxed => std::ptr::drop_in_place(h as *mut JsBoxed),
            _ => std::ptr::drop_in_place(h as *mut JsObject),
        }
    }
}

// Generated code reads these fields inline (see `dxl_abi::value`).
const _: () = {
    use dxl_abi::value as abi;
    assert!(std::mem::offset_of!(JsObject, shape) == abi::OBJECT_SHAPE_OFFSET as usize);
    assert!(std::mem::offset_of!(JsObject, slots) == abi::OBJECT_SLOTS_OFFSET as usize);
    assert!(std::mem::offset_of!(JsObject, dict) == abi::OBJECT_DICT_OFFSET as usize);
    assert!(std::mem::offset_of!(JsObject, proto) == abi::OBJECT_PROTO_OFFSET as usize);
    assert!(std::mem::size_of::<JsObject>() == abi::OBJECT_HEAD_SIZE as usize);
    assert!(std::mem::size_of::<Option<Box<Dict>>>() == 8);
    assert!(Kind::Object as u8 == abi::KIND_OBJECT && Kind::Array as u8 == abi::KIND_ARRAY);
    assert!(oflags::FROZEN == abi::FLAG_FROZEN);
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::intern_str;
    use crate::testing::with_runtime;

    fn keys(o: Obj) -> Vec<String> {
        own_keys(o, true).into_iter().map(|k| k.to_rust_string()).collect()
    }

    #[test]
    fn objects_made_with_a_layout_share_the_shape_of_adding_those_keys() {
        with_runtime(|| {
            // SAFETY: shapes live forever.
            let shape = unsafe { &*root_shape() }.with(intern_str("x"), attr::DEFAULT);
            let shape = unsafe { &*shape }.with(intern_str("y"), attr::DEFAULT);
            let made = new_object_with_layout(realm().object_proto, shape);
            assert_eq!(keys(made), ["x", "y"]);
            assert_eq!(made.get_atom(intern_str("y")).unwrap(), Value::UNDEFINED);
            let grown = new_object();
            grown.set_atom(intern_str("x"), Value::int(1)).unwrap();
            grown.set_atom(intern_str("y"), Value::int(2)).unwrap();
            assert_eq!(made.raw().shape, grown.raw().shape);
            made.set_atom(intern_str("z"), Value::int(3)).unwrap();
            assert_eq!(keys(made), ["x", "y", "z"]);
        });
    }

    #[test]
    fn inline_slots_move_out_when_outgrown_and_survive_collections() {
        with_runtime(|| {
            let o = new_object_with_room(Some(realm().object_proto), INLINE_ROOM);
            let inline = o.raw().slots.as_ptr();
            let names = ["a", "b", "c", "d", "e", "f"];
            for (i, k) in names.iter().enumerate() {
                o.set_atom(intern_str(k), Value::int(i as i32)).unwrap();
                if i + 1 == INLINE_ROOM {
                    assert_eq!(o.raw().slots.as_ptr(), inline, "the first four stay in the cell");
                }
                crate::gc::collect();
            }
            assert_ne!(o.raw().slots.as_ptr(), inline, "a fifth moves them to a buffer");
            assert_eq!(keys(o), names);
            assert_eq!(o.get_atom(intern_str("f")).unwrap(), Value::int(5));
            assert_eq!(o.get_atom(intern_str("a")).unwrap(), Value::int(0));
        });
    }

    #[test]
    fn shapes_are_shared() {
        with_runtime(|| {
            let a = new_object();
            let b = new_object();
            for o in [a, b] {
                o.set_atom(intern_str("x"), Value::int(1)).unwrap();
                o.set_atom(intern_str("y"), Value::int(2)).unwrap();
            }
            assert_eq!(a.raw().shape, b.raw().shape);
            let c = new_object();
            c.set_atom(intern_str("y"), Value::int(2)).unwrap();
            c.set_atom(intern_str("x"), Value::int(1)).unwrap();
            assert_ne!(a.raw().shape, c.raw().shape);
            assert_eq!(a.get_atom(intern_str("y")).unwrap(), Value::int(2));
            a.set_atom(intern_str("y"), Value::int(5)).unwrap();
            assert_eq!(a.get_atom(intern_str("y")).unwrap(), Value::int(5));
            assert_eq!(b.get_atom(intern_str("y")).unwrap(), Value::int(2));
            assert_eq!(a.raw().shape, b.raw().shape);
        });
    }

    #[test]
    fn property_order_with_integer_keys() {
        with_runtime(|| {
            let o = new_object();
            for k in ["b", "10", "a", "2", "-1", "01"] {
                o.set(PropKey::from_string(Str::new(k)), Value::TRUE).unwrap();
            }
            assert_eq!(keys(o), ["2", "10", "b", "a", "-1", "01"]);
        });
    }

    #[test]
    fn dictionary_mode_and_delete() {
        with_runtime(|| {
            let o = new_object();
            for i in 0..100 {
                o.set_atom(intern_str(&format!("k{i}")), Value::int(i)).unwrap();
            }
            assert!(o.is_dict());
            assert_eq!(o.get_atom(intern_str("k77")).unwrap(), Value::int(77));
            let p = new_object();
            p.set_atom(intern_str("a"), Value::int(1)).unwrap();
            p.set_atom(intern_str("b"), Value::int(2)).unwrap();
            p.set_atom(intern_str("c"), Value::int(3)).unwrap();
            assert!(delete(p, PropKey::Atom(intern_str("b"))).unwrap());
            assert!(p.is_dict());
            assert_eq!(keys(p), ["a", "c"]);
            assert!(p.get_atom(intern_str("b")).unwrap().is_undefined());
            p.set_atom(intern_str("b"), Value::int(4)).unwrap();
            assert_eq!(keys(p), ["a", "c", "b"]);
            for i in 0..50 {
                let k = intern_str(&format!("t{i}"));
                p.set_atom(k, Value::int(i)).unwrap();
                delete(p, PropKey::Atom(k)).unwrap();
            }
            assert_eq!(keys(p), ["a", "c", "b"]);
            assert_eq!(p.get_atom(intern_str("c")).unwrap(), Value::int(3));
        });
    }

    #[test]
    fn prototype_chain_and_for_in() {
        with_runtime(|| {
            let base = new_object();
            base.set_atom(intern_str("inherited"), Value::int(1)).unwrap();
            base.set_atom(intern_str("shadowed"), Value::int(2)).unwrap();
            base.define_atom(intern_str("hidden"), Value::int(3), attr::HIDDEN);
            let o = new_object_with_proto(Some(base));
            o.set_atom(intern_str("own"), Value::int(4)).unwrap();
            o.define_atom(intern_str("shadowed"), Value::int(5), attr::HIDDEN);
            assert_eq!(o.get_atom(intern_str("inherited")).unwrap(), Value::int(1));
            assert_eq!(o.get_atom(intern_str("shadowed")).unwrap(), Value::int(5));
            let names: Vec<String> = for_in_keys(o).into_iter().map(|k| k.to_rust_string()).collect();
            assert_eq!(names, ["own", "inherited"]);
            assert!(has_property(o, PropKey::Atom(intern_str("hidden"))));
            assert!(!has_own(o, PropKey::Atom(intern_str("hidden"))));
            // Builtins on Object.prototype are not enumerable.
            let plain = new_object();
            assert!(for_in_keys(plain).is_empty());
        });
    }

    #[test]
    fn read_only_and_accessors() {
        with_runtime(|| {
            let o = new_object();
            o.define_atom(intern_str("ro"), Value::int(1), attr::ENUMERABLE);
            assert!(!set(o, PropKey::Atom(intern_str("ro")), Value::int(2)).unwrap());
            assert_eq!(o.get_atom(intern_str("ro")).unwrap(), Value::int(1));
            let child = new_object_with_proto(Some(o));
            assert!(!set(child, PropKey::Atom(intern_str("ro")), Value::int(2)).unwrap());
            assert!(!has_own(child, PropKey::Atom(intern_str("ro"))));
        });
    }
}
