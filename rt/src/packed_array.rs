//! Arrays of booleans kept as one byte per element.
//!
//! The compiler gives an array class this storage when it proves that only
//! its own inline code touches the arrays (see `typeinfer::packed_arrays`):
//! they are made by literals, read and written at int32 indices, grown by
//! `push` and asked for their `length`, and nothing else. A sieve's flags
//! then take 1 byte each instead of 8, which is what keeps its strided
//! stores in cache.
//!
//! The cell is an ordinary [`JsArray`] (kind, prototype, shape) with no
//! elements and length 0, followed by the byte buffer. Runtime code never
//! receives one; should it, it sees an empty array, never misread memory.

use std::alloc::{Layout, alloc, dealloc, realloc};
use std::ptr;

use dxl_abi::value as abi;

use crate::array::JsArray;
use crate::gc::{self, GcHeader, Kind};
use crate::object::{self, JsObject, oflags};
use crate::realm::realm;
use crate::value::Value;
use crate::value_vec::ValueVec;

/// A growable byte buffer with a fixed, C-compatible layout: generated code
/// reads `ptr` and `len` (and `cap` to append) at the `VEC_*` offsets.
#[repr(C)]
pub struct ByteVec {
    ptr: *mut u8,
    len: usize,
    cap: usize,
}

const _: () = assert!(std::mem::offset_of!(ByteVec, ptr) == abi::VEC_PTR_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(ByteVec, len) == abi::VEC_LEN_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(ByteVec, cap) == abi::VEC_CAP_OFFSET as usize);

impl ByteVec {
    fn with_capacity(cap: usize) -> ByteVec {
        let mut v = ByteVec { ptr: ptr::null_mut(), len: 0, cap: 0 };
        v.reserve_exact(cap);
        v
    }

    fn layout(cap: usize) -> Layout {
        Layout::array::<u8>(cap).unwrap_or_else(|_| gc::out_of_memory())
    }

    /// Grows the buffer to hold `cap` bytes (no-op if it already does).
    fn reserve_exact(&mut self, cap: usize) {
        if cap <= self.cap {
            return;
        }
        let p = if self.cap == 0 {
            // SAFETY: `cap` is non-zero here.
            unsafe { alloc(Self::layout(cap)) }
        } else {
            // SAFETY: `ptr` was allocated with `layout(self.cap)`; the new size is non-zero.
            unsafe { realloc(self.ptr, Self::layout(self.cap), cap) }
        };
        if p.is_null() {
            gc::out_of_memory();
        }
        gc::note_external(cap - self.cap);
        self.ptr = p;
        self.cap = cap;
    }

    fn push(&mut self, b: u8) {
        if self.len == self.cap {
            // Capacity stays below 2^31, so generated code's appends (which
            // check only for room) keep the length an int32.
            self.reserve_exact((self.cap * 2).clamp(16, i32::MAX as usize));
        }
        // SAFETY: `len < cap` after the reserve.
        unsafe { *self.ptr.add(self.len) = b };
        self.len += 1;
    }

    pub fn as_slice(&self) -> &[u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: the first `len` bytes of the buffer are initialized.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl Drop for ByteVec {
    fn drop(&mut self) {
        if self.cap != 0 {
            // SAFETY: allocated with this layout.
            unsafe { dealloc(self.ptr, Self::layout(self.cap)) };
        }
    }
}

#[repr(C)]
pub struct JsPackedArray {
    pub array: JsArray,
    pub bytes: ByteVec,
}

const _: () = assert!(std::mem::offset_of!(JsPackedArray, bytes) == abi::PACKED_BYTES_OFFSET as usize);

/// Whether the cell at `h` (an array) is a packed one.
pub fn is_packed(h: *const GcHeader) -> bool {
    // SAFETY: the caller passes a live cell.
    unsafe { (*h).kind == Kind::Array && (*h).flags & oflags::PACKED != 0 }
}

/// A new packed array, empty, with room for `capacity` elements.
pub fn new(capacity: usize) -> Value {
    let a = object::alloc_with(Kind::Array, Some(realm().array_proto), |obj: JsObject| JsPackedArray {
        array: JsArray { obj, elements: ValueVec::new(), length: 0 },
        bytes: ByteVec::with_capacity(capacity),
    });
    a.raw().hdr.flags |= oflags::PACKED;
    a.value()
}

fn cell(a: Value) -> &'static mut JsPackedArray {
    let p = a.heap_ptr() as *mut GcHeader;
    assert!(is_packed(p), "a packed-array operation on another value");
    // SAFETY: a live array cell with the PACKED flag is a JsPackedArray (see `new`).
    unsafe { &mut *(p as *mut JsPackedArray) }
}

/// The elements, as 0 (false) and 1 (true).
pub fn bytes(a: Value) -> &'static [u8] {
    cell(a).bytes.as_slice()
}

/// Appends `b`; the new length, or `None` past 2^31 - 1 elements (where
/// specialized code's int32 lengths end).
pub fn push(a: Value, b: u8) -> Option<u32> {
    let v = &mut cell(a).bytes;
    if v.len >= i32::MAX as usize {
        return None;
    }
    v.push(b);
    Some(v.len as u32)
}

/// Makes room for `count` more elements, unless the length would pass
/// 2^31 - 1 with them (then nothing changes): whether it did.
pub fn reserve(a: Value, count: usize) -> bool {
    let v = &mut cell(a).bytes;
    let Some(needed) = v.len.checked_add(count).filter(|&n| n <= i32::MAX as usize) else { return false };
    v.reserve_exact(needed);
    true
}

/// Stores `b` at `index`: an element, or the one just past the end (an
/// append). The compiler proves no write lands further out (the class would
/// have holes, and no packed storage).
pub fn store(a: Value, index: u32, b: u8) -> Option<u32> {
    let v = &mut cell(a).bytes;
    let i = index as usize;
    if i < v.len {
        // SAFETY: in bounds.
        unsafe { *v.ptr.add(i) = b };
        return Some(v.len as u32);
    }
    assert!(i == v.len, "a packed array written past its end");
    push(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::with_runtime;

    #[test]
    fn pushes_grow_and_stores_overwrite_or_append() {
        with_runtime(|| {
            let a = new(0);
            for i in 0..1000u32 {
                assert_eq!(push(a, (i % 3 == 0) as u8), Some(i + 1));
            }
            assert!(reserve(a, 5000));
            assert!(cell(a).bytes.cap >= 6000);
            assert!(!reserve(a, i32::MAX as usize));
            assert_eq!(store(a, 1, 1), Some(1000));
            assert_eq!(store(a, 1000, 1), Some(1001));
            let b = bytes(a);
            assert_eq!(b.len(), 1001);
            assert_eq!(&b[..4], &[1, 1, 0, 1]);
            assert_eq!(b[1000], 1);
        });
    }

    #[test]
    fn runtime_code_sees_an_empty_array() {
        with_runtime(|| {
            let a = new(4);
            push(a, 1);
            let o = a.as_obj();
            assert!(o.is_array());
            assert_eq!(crate::array::length(o), 0);
        });
    }

    #[test]
    fn survives_collection_and_is_freed_with_its_cell() {
        with_runtime(|| {
            let a = new(0);
            for _ in 0..100_000 {
                push(a, 1);
            }
            for _ in 0..50 {
                new(100_000);
            }
            gc::collect();
            assert_eq!(bytes(a).len(), 100_000);
            assert!(bytes(a).iter().all(|&b| b == 1));
        });
    }
}
