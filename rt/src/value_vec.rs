//! A growable array of values with a fixed, C-compatible layout.
//!
//! Object slots and array elements live in these, and generated code reads
//! them inline: `ptr` at [`dxl_abi::value::VEC_PTR_OFFSET`], `len` at
//! [`dxl_abi::value::VEC_LEN_OFFSET`] (std's `Vec` does not promise its
//! field order).
//!
//! Buffers of up to [`POOLED_MAX`] values come from per-size free lists
//! ([`pool`]): programs make and drop millions of small objects and arrays,
//! and the system allocator's malloc/free pair was half the time of an
//! allocation-heavy benchmark (Storage). Larger buffers use the system allocator,
//! and grow with `realloc` (a mapped buffer is remapped, not copied).

use std::alloc::{Layout, alloc, dealloc, realloc};
use std::ops::{Deref, DerefMut};
use std::ptr::{self, NonNull};

use dxl_abi::value as abi;

use crate::global::Global;
use crate::value::Value;

#[repr(C)]
pub struct ValueVec {
    ptr: *mut Value,
    len: usize,
    cap: usize,
}

const _: () = assert!(std::mem::offset_of!(ValueVec, ptr) == abi::VEC_PTR_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(ValueVec, len) == abi::VEC_LEN_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(ValueVec, cap) == abi::VEC_CAP_OFFSET as usize);

/// Set in `cap` when the buffer is not the vector's own (an object's inline
/// slots, part of its heap cell): it is never given back, and growing copies
/// out of it. Generated code reads `cap` only of array elements, never inline.
const BORROWED: usize = abi::VEC_BORROWED as usize;

/// The largest buffer (in values) taken from the free lists.
const POOLED_MAX: usize = 256;

pub(crate) mod pool {
    use super::*;

    /// Size classes are the powers of two from 2 to [`POOLED_MAX`] values.
    const CLASSES: usize = POOLED_MAX.trailing_zeros() as usize;
    /// Each refill carves this many bytes into cells of one class.
    const CHUNK_BYTES: usize = 32 * 1024;

    /// A free buffer's first word links to the next free buffer of its class.
    struct FreeLists([*mut u8; CLASSES]);

    static FREE: Global<FreeLists> = Global::new(FreeLists([ptr::null_mut(); CLASSES]));

    /// The capacity a request for `n` values gets.
    pub fn capacity_for(n: usize) -> usize {
        match n {
            0 => 0,
            1..=POOLED_MAX => n.next_power_of_two().max(2),
            _ => n,
        }
    }

    fn class_of(cap: usize) -> usize {
        cap.trailing_zeros() as usize - 1
    }

    fn layout(cap: usize) -> Layout {
        Layout::array::<Value>(cap).unwrap_or_else(|_| crate::gc::out_of_memory())
    }

    /// A buffer for `cap` values (a capacity from [`capacity_for`]).
    pub fn take(cap: usize) -> *mut Value {
        if cap == 0 {
            return NonNull::dangling().as_ptr();
        }
        if cap > POOLED_MAX {
            // SAFETY: the layout has a non-zero size.
            let p = unsafe { alloc(layout(cap)) };
            if p.is_null() {
                crate::gc::out_of_memory();
            }
            return p.cast();
        }
        let class = class_of(cap);
        let lists = FREE.get();
        if lists.0[class].is_null() {
            refill(lists, cap);
        }
        let cell = lists.0[class];
        // SAFETY: a free cell's first word is the next free cell (see `give`/`refill`).
        lists.0[class] = unsafe { cell.cast::<*mut u8>().read() };
        cell.cast()
    }

    static CHUNKS: Global<usize> = Global::new(0);

    /// How many chunks the free lists have taken from the system allocator.
    #[cfg(test)]
    pub fn chunks() -> usize {
        *CHUNKS.get()
    }

    fn refill(lists: &mut FreeLists, cap: usize) {
        *CHUNKS.get() += 1;
        let cell = cap * std::mem::size_of::<Value>();
        let count = (CHUNK_BYTES / cell).max(1);
        // SAFETY: the layout has a non-zero size. Chunks are never freed: their
        // cells circulate through the free list for the life of the process.
        let chunk = unsafe { alloc(Layout::from_size_align(cell * count, 8).expect("small layout")) };
        if chunk.is_null() {
            crate::gc::out_of_memory();
        }
        let class = class_of(cap);
        for i in (0..count).rev() {
            // SAFETY: cell `i` lies inside the chunk just allocated, 8-aligned.
            unsafe {
                let c = chunk.add(i * cell);
                c.cast::<*mut u8>().write(lists.0[class]);
                lists.0[class] = c;
            }
        }
    }

    /// Moves the values of a buffer from [`take`] with `old` > [`POOLED_MAX`]
    /// into one with room for `new` > `old`, giving the old one back. Large
    /// buffers grow in place where the system allocator can (a mapped
    /// buffer is remapped, not copied): a loop of pushes that builds a
    /// million-element array otherwise copies and faults in every page of
    /// each intermediate buffer.
    pub fn grow_large(p: *mut Value, old: usize, new: usize) -> *mut Value {
        debug_assert!(old > POOLED_MAX && new > old);
        let bytes = layout(new).size();
        // SAFETY: `p` came from `take(old)`, which used the system allocator
        // with `layout(old)`; the new size is non-zero and was checked to fit.
        let fresh = unsafe { realloc(p.cast(), layout(old), bytes) };
        if fresh.is_null() {
            crate::gc::out_of_memory();
        }
        fresh.cast()
    }

    /// Returns a buffer from [`take`] with the same `cap`.
    pub fn give(p: *mut Value, cap: usize) {
        if cap == 0 {
            return;
        }
        if cap > POOLED_MAX {
            // SAFETY: `p` came from `take(cap)`, which used the system allocator with this layout.
            unsafe { dealloc(p.cast(), layout(cap)) };
            return;
        }
        let class = class_of(cap);
        let lists = FREE.get();
        // SAFETY: the buffer is at least two words and no longer used by its owner.
        unsafe { p.cast::<*mut u8>().write(lists.0[class]) };
        lists.0[class] = p.cast();
    }
}

impl Default for ValueVec {
    fn default() -> Self {
        ValueVec { ptr: NonNull::dangling().as_ptr(), len: 0, cap: 0 }
    }
}

impl ValueVec {
    pub fn new() -> Self {
        ValueVec::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        let cap = pool::capacity_for(n);
        ValueVec { ptr: pool::take(cap), len: 0, cap }
    }

    pub fn from_vec(v: Vec<Value>) -> Self {
        let mut out = ValueVec::with_capacity(v.len());
        out.extend_from_slice(&v);
        out
    }

    pub fn into_vec(self) -> Vec<Value> {
        self.to_vec()
    }

    pub fn capacity(&self) -> usize {
        self.cap & !BORROWED
    }

    /// An empty vector over `cap` values of storage it does not own.
    ///
    /// # Safety
    /// `ptr` is valid for `cap` values for as long as the vector (or anything
    /// it is moved into) lives: an object's inline slots, in its own cell.
    pub unsafe fn borrowing(ptr: *mut Value, cap: usize) -> Self {
        debug_assert!(cap < BORROWED);
        ValueVec { ptr, len: 0, cap: cap | BORROWED }
    }

    /// Gives the buffer back, unless it is borrowed.
    fn release(&mut self) {
        if self.cap & BORROWED == 0 {
            pool::give(self.ptr, self.cap);
        }
    }

    /// Makes room for `additional` more values.
    pub fn reserve(&mut self, additional: usize) {
        let needed = self.len.checked_add(additional).unwrap_or_else(|| crate::gc::out_of_memory());
        if needed <= self.capacity() {
            return;
        }
        let cap = pool::capacity_for(needed.max(self.capacity() * 2).max(4));
        if self.cap > POOLED_MAX && self.cap & BORROWED == 0 {
            self.ptr = pool::grow_large(self.ptr, self.cap, cap);
            self.cap = cap;
            return;
        }
        let fresh = pool::take(cap);
        // SAFETY: both buffers hold at least `len` values and are distinct.
        unsafe { ptr::copy_nonoverlapping(self.ptr, fresh, self.len) };
        self.release();
        self.ptr = fresh;
        self.cap = cap;
    }

    pub fn push(&mut self, v: Value) {
        if self.len == self.capacity() {
            self.reserve(1);
        }
        // SAFETY: len < cap, so the slot is inside the buffer.
        unsafe { self.ptr.add(self.len).write(v) };
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<Value> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: the old last value is inside the buffer.
        Some(unsafe { self.ptr.add(self.len).read() })
    }

    pub fn resize(&mut self, n: usize, v: Value) {
        if n <= self.len {
            self.len = n;
            return;
        }
        self.reserve(n - self.len);
        for i in self.len..n {
            // SAFETY: i < n <= cap.
            unsafe { self.ptr.add(i).write(v) };
        }
        self.len = n;
    }

    pub fn truncate(&mut self, n: usize) {
        self.len = self.len.min(n);
    }

    pub fn clear(&mut self) {
        self.len = 0;
    }

    pub fn extend_from_slice(&mut self, s: &[Value]) {
        self.reserve(s.len());
        // SAFETY: room for s.len() more values was just made; `s` cannot alias
        // the spare capacity (nothing hands out references to it).
        unsafe { ptr::copy_nonoverlapping(s.as_ptr(), self.ptr.add(self.len), s.len()) };
        self.len += s.len();
    }

    pub fn extend(&mut self, it: impl IntoIterator<Item = Value>) {
        for v in it {
            self.push(v);
        }
    }

    pub fn remove(&mut self, i: usize) -> Value {
        assert!(i < self.len, "ValueVec::remove index out of bounds");
        let v = self[i];
        // SAFETY: moves the len - i - 1 values after `i` down by one, inside the buffer.
        unsafe { ptr::copy(self.ptr.add(i + 1), self.ptr.add(i), self.len - i - 1) };
        self.len -= 1;
        v
    }

    /// `Vec::splice`, returning the removed values.
    pub fn splice(&mut self, range: std::ops::Range<usize>, with: impl IntoIterator<Item = Value>) -> Vec<Value> {
        assert!(range.start <= range.end && range.end <= self.len, "ValueVec::splice range out of bounds");
        let with: Vec<Value> = with.into_iter().collect();
        let removed = self[range.clone()].to_vec();
        let tail = self.len - range.end;
        if with.len() > removed.len() {
            self.reserve(with.len() - removed.len());
        }
        // SAFETY: the tail moves to just after the inserted values; the buffer
        // holds len - removed + with values after the reserve above.
        unsafe {
            ptr::copy(self.ptr.add(range.end), self.ptr.add(range.start + with.len()), tail);
            ptr::copy_nonoverlapping(with.as_ptr(), self.ptr.add(range.start), with.len());
        }
        self.len = range.start + with.len() + tail;
        removed
    }
}

impl Drop for ValueVec {
    fn drop(&mut self) {
        self.release();
    }
}

impl Deref for ValueVec {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        // SAFETY: ptr is valid (possibly dangling-but-aligned when cap is 0) for len values.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl DerefMut for ValueVec {
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `deref`, and `&mut self` is unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::with_runtime;

    #[test]
    fn borrowed_storage_is_copied_out_of_and_never_given_back() {
        with_runtime(|| {
            let mut storage = [Value::UNDEFINED; 3];
            let base = storage.as_mut_ptr();
            // SAFETY: `storage` outlives the vector.
            let mut v = unsafe { ValueVec::borrowing(base, 3) };
            v.resize(3, Value::int(7));
            assert_eq!(v.capacity(), 3);
            assert_eq!(v.as_ptr(), base.cast_const());
            v.push(Value::int(8));
            assert_ne!(v.as_ptr(), base.cast_const(), "growing moves to a buffer of its own");
            assert!(v.capacity() >= 4);
            assert_eq!(v[0].as_int(), 7);
            assert_eq!(v[3].as_int(), 8);
            drop(v);
            // The borrowed storage is untouched by the pool (no free-list link written).
            assert_eq!(storage[0].as_int(), 7);
        });
    }

    #[test]
    fn behaves_like_a_vec() {
        with_runtime(|| {
            let mut v = ValueVec::new();
            for i in 0..100 {
                v.push(Value::int(i));
            }
            assert_eq!(v.len(), 100);
            assert_eq!(v[42], Value::int(42));
            assert_eq!(v.remove(0), Value::int(0));
            let removed = v.splice(0..2, [Value::int(-1)]);
            assert_eq!(removed, vec![Value::int(1), Value::int(2)]);
            assert_eq!(v[0], Value::int(-1));
            assert_eq!(v[1], Value::int(3));
            assert_eq!(v.len(), 98);
            v.resize(3, Value::HOLE);
            assert_eq!(v.len(), 3);
            v.truncate(1);
            assert_eq!(v.pop(), Some(Value::int(-1)));
            assert!(v.is_empty());
            v.extend_from_slice(&[Value::int(7)]);
            assert_eq!(v.into_vec(), vec![Value::int(7)]);
        })
    }

    #[test]
    fn splice_grows_and_shrinks() {
        with_runtime(|| {
            let mut v = ValueVec::from_vec((0..5).map(Value::int).collect());
            let removed = v.splice(1..2, (10..20).map(Value::int));
            assert_eq!(removed, vec![Value::int(1)]);
            let expect: Vec<Value> = [0].into_iter().chain(10..20).chain(2..5).map(Value::int).collect();
            assert_eq!(&v[..], &expect[..]);
            let removed = v.splice(0..12, []);
            assert_eq!(removed.len(), 12);
            assert_eq!(&v[..], &[Value::int(3), Value::int(4)]);
        })
    }

    #[test]
    fn buffers_are_reused_and_large_ones_work() {
        with_runtime(|| {
            let a = ValueVec::with_capacity(5);
            assert_eq!(a.capacity(), 8);
            let p = a.ptr;
            drop(a);
            let b = ValueVec::with_capacity(7);
            assert_eq!(b.ptr, p, "a freed buffer of the same class is handed out again");
            let mut big = ValueVec::with_capacity(1000);
            assert_eq!(big.capacity(), 1000);
            big.resize(5000, Value::int(1));
            assert_eq!(big.len(), 5000);
            assert!(big.iter().all(|&x| x == Value::int(1)));
        })
    }

    #[test]
    fn pushes_across_the_pool_limit_keep_every_value() {
        with_runtime(|| {
            // Pooled buffers up to POOLED_MAX, then large ones that grow in place.
            let mut v = ValueVec::new();
            for i in 0..200_000 {
                v.push(Value::int(i));
            }
            assert!(v.capacity() >= 200_000);
            assert!(v.iter().enumerate().all(|(i, &x)| x == Value::int(i as i32)));
            // Borrowed storage never grows in place: it is copied out.
            let mut storage = [Value::UNDEFINED; 300];
            // SAFETY: `storage` outlives `b`, which is dropped below.
            let mut b = unsafe { ValueVec::borrowing(storage.as_mut_ptr(), storage.len()) };
            for i in 0..1000 {
                b.push(Value::int(i));
            }
            assert!(b.iter().enumerate().all(|(i, &x)| x == Value::int(i as i32)));
            assert_eq!(storage[299], Value::int(299), "the borrowed part was written before the copy");
            drop(b);
        })
    }
}
