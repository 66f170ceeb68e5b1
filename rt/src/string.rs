//! Immutable JavaScript strings.
//!
//! A string is one-byte (Latin-1) or two-byte (UTF-16) so that `length`,
//! indexing and `charCodeAt` are exact. A flat string keeps its code units inline
//! after a 16-byte header; a rope (made by concatenation of longer strings) keeps
//! its two halves and is flattened on first access to its units, after which it
//! points at the flat copy. So `s += x` in a loop is linear.
//!
//! Atoms are interned strings: one per content, never freed (they are allocated
//! outside the collected heap), compared by pointer. Property keys are atoms.

use std::cmp::Ordering;

use dxl_abi::value as abi;

use crate::error::{self, Thrown};
use crate::gc::{self, GcHeader, Kind, Marker, gc_bits};
use crate::global::Global;
use crate::value::Value;

/// The longest string, as in V8 (2^29 - 24 code units).
pub const MAX_LEN: u32 = (1 << 29) - 24;
/// Concatenations shorter than this are copied instead of making a rope.
const ROPE_MIN: u32 = 24;

/// `GcHeader::flags` bits of a string.
mod flags {
    pub const TWO_BYTE: u8 = 1;
    pub const ROPE: u8 = 2;
    pub const ATOM: u8 = 4;
    /// `index` holds the array index this string spells.
    pub const INDEX: u8 = 8;
    /// Known not to spell an array index.
    pub const NOT_INDEX: u8 = 16;
}

/// The header of every string; code units of a flat string follow it.
#[repr(C)]
pub struct JsString {
    /// `aux` is the length in code units.
    pub hdr: GcHeader,
    /// 0 until computed.
    hash: u32,
    index: u32,
}

#[repr(C)]
struct JsRope {
    s: JsString,
    /// After flattening: the flat string, and `right` is null.
    left: *mut JsString,
    right: *mut JsString,
}

const DATA_OFFSET: usize = std::mem::size_of::<JsString>();

// The layout generated code reads inline (`charCodeAt`).
const _: () = {
    use dxl_abi::value as abi;
    assert!(flags::TWO_BYTE == abi::STRING_FLAG_TWO_BYTE && flags::ROPE == abi::STRING_FLAG_ROPE);
    assert!(std::mem::offset_of!(GcHeader, aux) == abi::STRING_LENGTH_OFFSET as usize);
    assert!(DATA_OFFSET == abi::STRING_DATA_OFFSET as usize);
    assert!(std::mem::offset_of!(JsRope, left) == abi::ROPE_LEFT_OFFSET as usize);
    assert!(std::mem::offset_of!(JsRope, right) == abi::ROPE_RIGHT_OFFSET as usize);
};

/// The code units of a flat string.
#[derive(Clone, Copy)]
pub enum Units<'a> {
    Latin1(&'a [u8]),
    Utf16(&'a [u16]),
}

impl Units<'_> {
    #[inline]
    pub fn len(&self) -> usize {
        match self {
            Units::Latin1(b) => b.len(),
            Units::Utf16(w) => w.len(),
        }
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn at(&self, i: usize) -> u16 {
        match self {
            Units::Latin1(b) => b[i] as u16,
            Units::Utf16(w) => w[i],
        }
    }
    pub fn iter(&self) -> impl Iterator<Item = u16> + '_ {
        let (a, b) = match self {
            Units::Latin1(b) => (Some(b.iter().map(|&c| c as u16)), None),
            Units::Utf16(w) => (None, Some(w.iter().copied())),
        };
        a.into_iter().flatten().chain(b.into_iter().flatten())
    }
    pub fn to_rust_string(&self) -> String {
        match self {
            Units::Latin1(b) => b.iter().map(|&c| c as char).collect(),
            Units::Utf16(w) => String::from_utf16_lossy(w),
        }
    }
    pub fn to_vec16(&self) -> Vec<u16> {
        self.iter().collect()
    }
    fn hash(&self) -> u32 {
        let mut h: u32 = 0x811c_9dc5;
        match self {
            Units::Latin1(b) => {
                for &c in *b {
                    h = (h ^ c as u32).wrapping_mul(0x0100_0193);
                }
            }
            Units::Utf16(w) => {
                for &c in *w {
                    h = (h ^ c as u32).wrapping_mul(0x0100_0193);
                }
            }
        }
        if h == 0 { 1 } else { h }
    }
    fn eq_units(&self, other: &Units<'_>) -> bool {
        match (self, other) {
            (Units::Latin1(a), Units::Latin1(b)) => a == b,
            (Units::Utf16(a), Units::Utf16(b)) => a == b,
            _ => self.len() == other.len() && self.iter().eq(other.iter()),
        }
    }
    fn array_index(&self) -> Option<u32> {
        let n = self.len();
        if n == 0 || n > 10 {
            return None;
        }
        let first = self.at(0);
        if first == b'0' as u16 {
            return (n == 1).then_some(0);
        }
        let mut v: u64 = 0;
        for c in self.iter() {
            if !(b'0' as u16..=b'9' as u16).contains(&c) {
                return None;
            }
            v = v * 10 + (c - b'0' as u16) as u64;
        }
        (v < u32::MAX as u64).then_some(v as u32)
    }
}

/// A handle to a heap string. Copy; compare contents with [`Str::equals`].
#[derive(Clone, Copy)]
pub struct Str(*mut JsString);

/// An interned string; equal atoms are the same pointer.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Atom(*mut JsString);

impl std::fmt::Debug for Atom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.str().to_rust_string())
    }
}

fn alloc_flat(len: u32, two_byte: bool, permanent: bool) -> *mut JsString {
    let size = DATA_OFFSET + len as usize * if two_byte { 2 } else { 1 };
    let p = if permanent {
        let layout = std::alloc::Layout::from_size_align(size.max(16), 16).expect("string layout");
        // SAFETY: the layout has a non-zero size; permanent strings are never freed.
        let p = unsafe { std::alloc::alloc(layout) };
        if p.is_null() {
            gc::out_of_memory();
        }
        p as *mut JsString
    } else {
        gc::alloc_raw(size) as *mut JsString
    };
    let mut hdr = GcHeader::new(Kind::String);
    hdr.aux = len;
    if two_byte {
        hdr.flags |= flags::TWO_BYTE;
    }
    if permanent {
        hdr.gc |= gc_bits::PERMANENT;
    }
    // SAFETY: `p` is fresh memory of at least DATA_OFFSET bytes.
    unsafe { p.write(JsString { hdr, hash: 0, index: 0 }) };
    if !permanent {
        // SAFETY: the header was just written.
        gc::finish_alloc(unsafe { &mut (*p).hdr }, size);
    }
    p
}

/// The writable data of a freshly allocated flat string.
fn data_mut<'a>(p: *mut JsString) -> UnitsMut<'a> {
    // SAFETY: `p` is a flat string with `aux` code units of the recorded width
    // after its header, and the caller is its only user while filling it.
    unsafe {
        let len = (*p).hdr.aux as usize;
        let data = (p as *mut u8).add(DATA_OFFSET);
        if (*p).hdr.flags & flags::TWO_BYTE != 0 {
            UnitsMut::Utf16(std::slice::from_raw_parts_mut(data as *mut u16, len))
        } else {
            UnitsMut::Latin1(std::slice::from_raw_parts_mut(data, len))
        }
    }
}

enum UnitsMut<'a> {
    Latin1(&'a mut [u8]),
    Utf16(&'a mut [u16]),
}

impl UnitsMut<'_> {
    /// Writes `count` copies of `u` at `at` (doubling the copied run);
    /// returns the position after them.
    fn fill_repeated(&mut self, at: usize, u: Units<'_>, count: u64) -> usize {
        let n = u.len();
        if count == 0 || n == 0 {
            return at;
        }
        let end = at + n * count as usize;
        self.copy_from(at, u);
        let mut done = at + n;
        while done < end {
            let chunk = (done - at).min(end - done);
            match self {
                UnitsMut::Latin1(d) => d.copy_within(at..at + chunk, done),
                UnitsMut::Utf16(d) => d.copy_within(at..at + chunk, done),
            }
            done += chunk;
        }
        end
    }

    fn copy_from(&mut self, at: usize, src: Units<'_>) {
        match (self, src) {
            (UnitsMut::Latin1(d), Units::Latin1(s)) => d[at..at + s.len()].copy_from_slice(s),
            (UnitsMut::Utf16(d), Units::Utf16(s)) => d[at..at + s.len()].copy_from_slice(s),
            (UnitsMut::Utf16(d), Units::Latin1(s)) => {
                for (o, &c) in d[at..at + s.len()].iter_mut().zip(s) {
                    *o = c as u16;
                }
            }
            (UnitsMut::Latin1(d), Units::Utf16(s)) => {
                for (o, &c) in d[at..at + s.len()].iter_mut().zip(s) {
                    *o = c as u8;
                }
            }
        }
    }
}

fn make(units: Units<'_>, permanent: bool) -> *mut JsString {
    let two = match units {
        Units::Latin1(_) => false,
        Units::Utf16(w) => w.iter().any(|&c| c > 0xFF),
    };
    let p = alloc_flat(units.len() as u32, two, permanent);
    data_mut(p).copy_from(0, units);
    p
}

impl Str {
    /// A new heap string from Rust text.
    pub fn new(s: &str) -> Str {
        if s.is_ascii() {
            return Str::from_latin1(s.as_bytes());
        }
        if s.chars().all(|c| (c as u32) <= 0xFF) {
            let bytes: Vec<u8> = s.chars().map(|c| c as u8).collect();
            return Str::from_latin1(&bytes);
        }
        let w: Vec<u16> = s.encode_utf16().collect();
        Str(make(Units::Utf16(&w), false))
    }
    pub fn from_latin1(b: &[u8]) -> Str {
        if b.len() == 1 {
            return single_char(b[0] as u16);
        }
        if b.is_empty() {
            return atom(K::empty).str();
        }
        Str(make(Units::Latin1(b), false))
    }
    /// A new string from UTF-16 code units (stored one-byte when they all fit).
    pub fn from_utf16(w: &[u16]) -> Str {
        if w.len() == 1 {
            return single_char(w[0]);
        }
        if w.is_empty() {
            return atom(K::empty).str();
        }
        Str(make(Units::Utf16(w), false))
    }
    pub fn from_units(u: Units<'_>) -> Str {
        match u {
            Units::Latin1(b) => Str::from_latin1(b),
            Units::Utf16(w) => Str::from_utf16(w),
        }
    }

    #[inline]
    pub fn from_value(v: Value) -> Str {
        Str(v.heap_ptr() as *mut JsString)
    }
    #[inline]
    pub fn value(self) -> Value {
        Value(abi::TAG_STRING | self.0 as u64)
    }
    #[inline]
    fn hdr(self) -> &'static GcHeader {
        // SAFETY: a `Str` always points at a live string header.
        unsafe { &(*self.0).hdr }
    }
    #[inline]
    pub fn len(self) -> u32 {
        self.hdr().aux
    }
    #[inline]
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn is_atom(self) -> bool {
        self.hdr().flags & flags::ATOM != 0
    }
    /// The atom, if this string is one.
    #[inline]
    pub fn as_atom(self) -> Option<Atom> {
        self.is_atom().then_some(Atom(self.0))
    }
    pub fn ptr_eq(self, other: Str) -> bool {
        self.0 == other.0
    }

    /// The flat string holding this string's units (flattens a rope).
    fn flat(self) -> *mut JsString {
        if self.hdr().flags & flags::ROPE == 0 {
            return self.0;
        }
        flatten(self.0 as *mut JsRope)
    }

    /// The code units. May allocate (to flatten a rope). The slice points into
    /// the heap cell, which stays alive while the slice is in use (an interior
    /// pointer on the stack keeps it).
    pub fn units<'a>(self) -> Units<'a> {
        let p = self.flat();
        // SAFETY: `p` is a flat string: header then `aux` units of its width.
        unsafe {
            let len = (*p).hdr.aux as usize;
            let data = (p as *const u8).add(DATA_OFFSET);
            if (*p).hdr.flags & flags::TWO_BYTE != 0 {
                Units::Utf16(std::slice::from_raw_parts(data as *const u16, len))
            } else {
                Units::Latin1(std::slice::from_raw_parts(data, len))
            }
        }
    }

    #[inline]
    pub fn char_at(self, i: u32) -> u16 {
        self.units().at(i as usize)
    }

    pub fn to_rust_string(self) -> String {
        self.units().to_rust_string()
    }

    pub fn hash(self) -> u32 {
        // SAFETY: strings are immutable apart from their hash/index caches,
        // which only this module writes and the runtime is single-threaded.
        let h = unsafe { (*self.0).hash };
        if h != 0 {
            return h;
        }
        let h = self.units().hash();
        // SAFETY: as above.
        unsafe { (*self.0).hash = h };
        h
    }

    /// The array index this string spells ("0", "17"; not "017" or "4294967295").
    pub fn as_index(self) -> Option<u32> {
        let f = self.hdr().flags;
        if f & flags::INDEX != 0 {
            // SAFETY: `index` is valid when INDEX is set.
            return Some(unsafe { (*self.0).index });
        }
        if f & flags::NOT_INDEX != 0 {
            return None;
        }
        let r = self.units().array_index();
        // SAFETY: caching the result in this string's own header; single-threaded.
        unsafe {
            match r {
                Some(i) => {
                    (*self.0).index = i;
                    (*self.0).hdr.flags |= flags::INDEX;
                }
                None => (*self.0).hdr.flags |= flags::NOT_INDEX,
            }
        }
        r
    }

    pub fn equals(self, other: Str) -> bool {
        if self.0 == other.0 {
            return true;
        }
        if self.len() != other.len() || self.is_atom() && other.is_atom() {
            return false;
        }
        if self.hash() != other.hash() {
            return false;
        }
        self.units().eq_units(&other.units())
    }

    /// Compares by UTF-16 code units, as the relational operators do.
    pub fn compare(self, other: Str) -> Ordering {
        let (a, b) = (self.units(), other.units());
        match (a, b) {
            (Units::Latin1(x), Units::Latin1(y)) => x.cmp(y),
            (Units::Utf16(x), Units::Utf16(y)) => x.cmp(y),
            _ => a.iter().cmp(b.iter()),
        }
    }

    /// The substring of code units `[start, end)`.
    pub fn substring(self, start: u32, end: u32) -> Str {
        if start == 0 && end == self.len() {
            return self;
        }
        match self.units() {
            Units::Latin1(b) => Str::from_latin1(&b[start as usize..end as usize]),
            Units::Utf16(w) => {
                let v = w[start as usize..end as usize].to_vec();
                Str::from_utf16(&v)
            }
        }
    }
}

impl std::fmt::Debug for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_rust_string())
    }
}

fn flatten(r: *mut JsRope) -> *mut JsString {
    // SAFETY: `r` is a live rope; its children are live strings (the rope is
    // reachable from our caller's stack, and it references them).
    unsafe {
        if (*r).right.is_null() {
            return (*r).left;
        }
        let len = (*r).s.hdr.aux;
        let two = (*r).s.hdr.flags & flags::TWO_BYTE != 0;
        let flat = alloc_flat(len, two, false);
        let mut out = data_mut(flat);
        let mut pos = 0usize;
        let mut stack: Vec<*mut JsString> = vec![r as *mut JsString];
        while let Some(s) = stack.pop() {
            if (*s).hdr.flags & flags::ROPE != 0 {
                let rr = s as *mut JsRope;
                if (*rr).right.is_null() {
                    stack.push((*rr).left);
                } else {
                    stack.push((*rr).right);
                    stack.push((*rr).left);
                }
            } else {
                let u = Str(s).units();
                out.copy_from(pos, u);
                pos += u.len();
            }
        }
        debug_assert_eq!(pos, len as usize);
        (*r).left = flat;
        (*r).right = std::ptr::null_mut();
        flat
    }
}

/// String concatenation (`+`). RangeError past [`MAX_LEN`].
pub fn concat(a: Str, b: Str) -> Result<Str, Thrown> {
    let (la, lb) = (a.len(), b.len());
    if la == 0 {
        return Ok(b);
    }
    if lb == 0 {
        return Ok(a);
    }
    let len = la + lb;
    if len > MAX_LEN {
        return Err(error::throw_range_error("Invalid string length"));
    }
    let two = (a.hdr().flags | b.hdr().flags) & flags::TWO_BYTE != 0;
    if len < ROPE_MIN {
        // Short strings are never ropes (ropes are at least ROPE_MIN long), so
        // reading the units below does not allocate.
        let p = alloc_flat(len, two, false);
        let mut out = data_mut(p);
        out.copy_from(0, a.units());
        out.copy_from(la as usize, b.units());
        return Ok(Str(p));
    }
    let rope = gc::alloc(JsRope {
        s: JsString {
            hdr: GcHeader {
                kind: Kind::String,
                flags: flags::ROPE | if two { flags::TWO_BYTE } else { 0 },
                gc: 0,
                _reserved: 0,
                aux: len,
            },
            hash: 0,
            index: 0,
        },
        left: a.0,
        right: b.0,
    });
    Ok(Str(rope as *mut JsString))
}

/// Concatenates many strings into one flat string.
pub fn concat_all(parts: &[Str]) -> Result<Str, Thrown> {
    let mut len: u64 = 0;
    let mut two = false;
    for p in parts {
        len += p.len() as u64;
        two |= p.hdr().flags & flags::TWO_BYTE != 0;
    }
    if len > MAX_LEN as u64 {
        return Err(error::throw_range_error("Invalid string length"));
    }
    for p in parts {
        p.flat();
    }
    let out = alloc_flat(len as u32, two, false);
    let mut d = data_mut(out);
    let mut pos = 0;
    for p in parts {
        let u = p.units();
        d.copy_from(pos, u);
        pos += u.len();
    }
    Ok(Str(out))
}

/// Array.prototype.join's result: `parts[j]` is element `indices[j]` (in
/// ascending order) of an array-like of length `len`, whose other elements
/// are empty; `sep` goes between every two. The length is checked before
/// anything is allocated (RangeError past [`MAX_LEN`]). The caller keeps
/// `parts` and `sep` rooted.
pub fn join_indexed(indices: &[u32], parts: &[Str], len: u32, sep: Str) -> Result<Str, Thrown> {
    debug_assert_eq!(indices.len(), parts.len());
    let separators = len.saturating_sub(1) as u64;
    let total = parts.iter().map(|p| p.len() as u64).sum::<u64>() + separators * sep.len() as u64;
    if total > MAX_LEN as u64 {
        return Err(error::throw_range_error("Invalid string length"));
    }
    if total == 0 {
        return Ok(atom(K::empty).str());
    }
    if parts.len() == 1 && separators == 0 {
        return Ok(parts[0]);
    }
    let two = parts.iter().chain(std::iter::once(&sep)).any(|p| p.hdr().flags & flags::TWO_BYTE != 0);
    for p in parts.iter().chain(std::iter::once(&sep)) {
        p.flat();
    }
    let out = alloc_flat(total as u32, two, false);
    let mut d = data_mut(out);
    let sep_units = sep.units();
    let mut pos = 0usize;
    let mut seps_written = 0u64;
    for (&i, p) in indices.iter().zip(parts) {
        // Element i has i separators before it.
        pos = d.fill_repeated(pos, sep_units, i as u64 - seps_written);
        seps_written = i as u64;
        let u = p.units();
        d.copy_from(pos, u);
        pos += u.len();
    }
    pos = d.fill_repeated(pos, sep_units, separators - seps_written);
    debug_assert_eq!(pos as u64, total);
    Ok(Str(out))
}

/// Traces a string cell: a rope references its halves.
pub(crate) fn trace(h: *mut GcHeader, m: &mut Marker) {
    // SAFETY: `h` is a live string.
    unsafe {
        if (*h).flags & flags::ROPE != 0 {
            let r = h as *mut JsRope;
            m.mark((*r).left as *mut GcHeader);
            m.mark((*r).right as *mut GcHeader);
        }
    }
}

// ---- Atoms ----

struct AtomTable {
    slots: Vec<*mut JsString>,
    count: usize,
    well_known: Vec<Atom>,
    single_chars: Vec<Atom>,
    small_ints: Vec<Atom>,
}

static ATOMS: Global<AtomTable> = Global::new(AtomTable {
    slots: Vec::new(),
    count: 0,
    well_known: Vec::new(),
    single_chars: Vec::new(),
    small_ints: Vec::new(),
});

impl Atom {
    #[inline]
    pub fn str(self) -> Str {
        Str(self.0)
    }
    #[inline]
    pub fn value(self) -> Value {
        Value(abi::TAG_STRING | self.0 as u64)
    }
    /// The array index this atom spells (cached at interning).
    #[inline]
    pub fn as_index(self) -> Option<u32> {
        self.str().as_index()
    }
}

fn find_atom(t: &AtomTable, u: &Units<'_>, hash: u32) -> Result<Atom, usize> {
    let mask = t.slots.len() - 1;
    let mut i = hash as usize & mask;
    loop {
        let p = t.slots[i];
        if p.is_null() {
            return Err(i);
        }
        let s = Str(p);
        // SAFETY: table entries are permanent atoms whose hash was set when interned.
        if unsafe { (*p).hash } == hash && s.len() as usize == u.len() && s.units().eq_units(u) {
            return Ok(Atom(p));
        }
        i = (i + 1) & mask;
    }
}

fn grow(t: &mut AtomTable) {
    let new_cap = (t.slots.len() * 2).max(1024);
    let old = std::mem::replace(&mut t.slots, vec![std::ptr::null_mut(); new_cap]);
    for p in old.into_iter().filter(|p| !p.is_null()) {
        // SAFETY: `p` is a permanent atom with its hash set.
        let mut i = unsafe { (*p).hash } as usize & (new_cap - 1);
        while !t.slots[i].is_null() {
            i = (i + 1) & (new_cap - 1);
        }
        t.slots[i] = p;
    }
}

/// The atom with these code units, creating it when needed.
pub fn intern_units(u: Units<'_>) -> Atom {
    let t = ATOMS.get();
    if (t.count + 1) * 2 > t.slots.len() {
        grow(t);
    }
    let hash = u.hash();
    match find_atom(t, &u, hash) {
        Ok(a) => a,
        Err(slot) => {
            let p = make(u, true);
            // SAFETY: `p` is a fresh permanent string only this function references.
            unsafe {
                (*p).hash = hash;
                (*p).hdr.flags |= flags::ATOM;
            }
            Str(p).as_index();
            t.slots[slot] = p;
            t.count += 1;
            Atom(p)
        }
    }
}

/// The atom with this content.
pub fn intern(s: Str) -> Atom {
    if let Some(a) = s.as_atom() {
        return a;
    }
    intern_units(s.units())
}

pub fn intern_str(s: &str) -> Atom {
    if s.is_ascii() {
        return intern_units(Units::Latin1(s.as_bytes()));
    }
    let w: Vec<u16> = s.encode_utf16().collect();
    intern_units(Units::Utf16(&w))
}

/// The atom spelling an array index.
pub fn index_atom(i: u32) -> Atom {
    if (i as usize) < 256 {
        return ATOMS.get().small_ints[i as usize];
    }
    let mut buf = [0u8; 10];
    intern_units(Units::Latin1(format_u32(i, &mut buf)))
}

/// The atom of index `i` if one exists, without interning one: an index no
/// atom spells is no object's named property (sparse arrays are read at
/// indices they lack without filling the atom table).
pub fn find_index_atom(i: u32) -> Option<Atom> {
    if (i as usize) < 256 {
        return Some(ATOMS.get().small_ints[i as usize]);
    }
    let mut buf = [0u8; 10];
    let u = Units::Latin1(format_u32(i, &mut buf));
    find_atom(ATOMS.get(), &u, u.hash()).ok()
}

fn format_u32(mut i: u32, buf: &mut [u8; 10]) -> &[u8] {
    let mut pos = buf.len();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (i % 10) as u8;
        i /= 10;
        if i == 0 {
            break;
        }
    }
    &buf[pos..]
}

/// The decimal string of an int32 (cached for 0..256).
pub fn int_to_str(i: i32) -> Str {
    if (0..256).contains(&i) {
        return ATOMS.get().small_ints[i as usize].str();
    }
    let mut buf = [0u8; 11];
    let digits = format_u32(i.unsigned_abs(), (&mut buf[1..]).try_into().expect("10 bytes"));
    let n = digits.len();
    let start = 11 - n;
    if i < 0 {
        buf[start - 1] = b'-';
        Str::from_latin1(&buf[start - 1..])
    } else {
        Str::from_latin1(&buf[start..])
    }
}

/// The one-unit string (cached for Latin-1).
pub fn single_char(c: u16) -> Str {
    if c < 256 {
        return ATOMS.get().single_chars[c as usize].str();
    }
    Str(make(Units::Utf16(&[c]), false))
}

macro_rules! well_known_atoms {
    ($($id:ident = $s:literal,)*) => {
        /// Names of the well-known atoms; `atom(K::length)` is the atom "length".
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug)]
        pub enum K { $($id,)* }
        const WELL_KNOWN_NAMES: &[&str] = &[$($s,)*];
    };
}

well_known_atoms! {
    empty = "",
    length = "length",
    prototype = "prototype",
    constructor = "constructor",
    name = "name",
    message = "message",
    stack = "stack",
    cause = "cause",
    toString = "toString",
    valueOf = "valueOf",
    undefined = "undefined",
    null = "null",
    r#true = "true",
    r#false = "false",
    object = "object",
    number = "number",
    string = "string",
    boolean = "boolean",
    function = "function",
    symbol = "symbol",
    bigint = "bigint",
    NaN = "NaN",
    Infinity = "Infinity",
    globalThis = "globalThis",
    Object = "Object",
    Function = "Function",
    Array = "Array",
    String = "String",
    Number = "Number",
    Boolean = "Boolean",
    Error = "Error",
    anonymous = "anonymous",
    arguments = "arguments",
    caller = "caller",
    join = "join",
    get = "get",
    set = "set",
    value = "value",
    writable = "writable",
    enumerable = "enumerable",
    configurable = "configurable",
    __proto__ = "__proto__",
    console = "console",
}

/// A well-known atom.
#[inline]
pub fn atom(k: K) -> Atom {
    ATOMS.get().well_known[k as usize]
}

/// Creates the well-known and cached atoms (idempotent).
pub fn init() {
    let t = ATOMS.get();
    if !t.well_known.is_empty() {
        return;
    }
    let wk: Vec<Atom> = WELL_KNOWN_NAMES.iter().map(|s| intern_str(s)).collect();
    let chars: Vec<Atom> = (0u16..256).map(|c| intern_units(Units::Latin1(&[c as u8]))).collect();
    let ints: Vec<Atom> = (0..256).map(|i: u32| intern_str(&i.to_string())).collect();
    let t = ATOMS.get();
    t.well_known = wk;
    t.single_chars = chars;
    t.small_ints = ints;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::with_runtime;

    #[test]
    fn latin1_and_utf16() {
        with_runtime(|| {
            let a = Str::new("héllo");
            assert_eq!(a.len(), 5);
            assert!(matches!(a.units(), Units::Latin1(_)));
            let b = Str::new("a😀b");
            assert_eq!(b.len(), 4);
            assert_eq!(b.char_at(1), 0xD83D);
            assert_eq!(b.char_at(2), 0xDE00);
            assert_eq!(b.to_rust_string(), "a😀b");
            let lone = Str::from_utf16(&[0x61, 0xD800]);
            assert_eq!(lone.len(), 2);
            assert_eq!(lone.to_rust_string(), "a\u{FFFD}");
            // A two-byte source that fits in Latin-1 is stored one-byte.
            let narrow = Str::from_utf16(&[0x61, 0xE9]);
            assert!(matches!(narrow.units(), Units::Latin1(_)));
            assert!(narrow.equals(Str::new("aé")));
        });
    }

    #[test]
    fn concat_ropes_and_flatten() {
        with_runtime(|| {
            let mut s = Str::new("");
            for i in 0..100_000 {
                let piece = if i % 2 == 0 { Str::new("ab") } else { Str::new("c") };
                s = concat(s, piece).unwrap();
            }
            assert_eq!(s.len(), 150_000);
            gc::collect();
            let text = s.to_rust_string();
            assert!(text.starts_with("abcabc"));
            assert_eq!(text.len(), 150_000);
            let wide = concat(s, Str::new("€")).unwrap();
            assert_eq!(wide.len(), 150_001);
            assert_eq!(wide.char_at(150_000), 0x20AC);
            assert_eq!(wide.char_at(0), b'a' as u16);
        });
    }

    #[test]
    fn compare_and_equals() {
        with_runtime(|| {
            let a = Str::new("apple");
            let b = Str::new("banana");
            assert_eq!(a.compare(b), Ordering::Less);
            assert_eq!(Str::new("Z").compare(Str::new("a")), Ordering::Less);
            assert_eq!(Str::new("\u{FF}").compare(Str::new("\u{100}")), Ordering::Less);
            assert!(Str::new("abc").equals(concat(Str::new("a"), Str::new("bc")).unwrap()));
            assert!(!Str::new("abc").equals(Str::new("abd")));
            assert_eq!(Str::new("ab").compare(Str::new("abc")), Ordering::Less);
        });
    }

    #[test]
    fn atoms_are_unique() {
        with_runtime(|| {
            let a = intern_str("some key");
            let b = intern(Str::new("some key"));
            assert_eq!(a, b);
            assert_eq!(intern_str("length"), atom(K::length));
            assert_eq!(intern_str("42").as_index(), Some(42));
            assert_eq!(intern_str("042").as_index(), None);
            assert_eq!(intern_str("4294967295").as_index(), None);
            assert_eq!(intern_str("4294967294").as_index(), Some(4294967294));
            assert_eq!(index_atom(1234), intern_str("1234"));
            assert_eq!(int_to_str(-2147483648).to_rust_string(), "-2147483648");
            assert_eq!(int_to_str(7).to_rust_string(), "7");
            assert_eq!(int_to_str(1000).to_rust_string(), "1000");
        });
    }
}
