//! Arrays of booleans kept as one byte per element, and of int32s as four.
//!
//! The compiler gives an array class this storage when it proves that only
//! its own inline code touches the arrays (see `typeinfer::packed_arrays`):
//! they are made by literals, read and written at int32 indices, grown by
//! `push` and asked for their `length`, and nothing else. A sieve's flags
//! then take 1 byte each instead of 8, which is what keeps its strided
//! stores in cache; an int32 array is a flat buffer like C's `int[]`.
//!
//! The cell is an ordinary [`JsArray`] (kind, prototype, shape) with no
//! elements and length 0, followed by the element buffer. Runtime code never
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

/// The width of a packed array's elements: 1 (booleans as 0 and 1) or 4
/// (int32s, in the machine's byte order).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Width {
    Byte = 1,
    Int32 = 4,
}

impl Width {
    /// The width generated code names by its element size in bytes.
    pub fn from_size(size: u32) -> Width {
        match size {
            1 => Width::Byte,
            4 => Width::Int32,
            _ => panic!("no packed array has {size}-byte elements"),
        }
    }
}

/// A growable buffer of fixed-width elements with a C-compatible layout:
/// generated code reads `ptr` and `len` (and `cap` to append) at the
/// `VEC_*` offsets. Lengths and capacities count elements.
#[repr(C)]
pub struct PackedVec {
    ptr: *mut u8,
    len: usize,
    cap: usize,
    width: Width,
}

const _: () = assert!(std::mem::offset_of!(PackedVec, ptr) == abi::VEC_PTR_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(PackedVec, len) == abi::VEC_LEN_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(PackedVec, cap) == abi::VEC_CAP_OFFSET as usize);

impl PackedVec {
    fn with_capacity(cap: usize, width: Width) -> PackedVec {
        let mut v = PackedVec { ptr: ptr::null_mut(), len: 0, cap: 0, width };
        v.reserve_exact(cap);
        v
    }

    /// The allocation of `cap` elements; aligned to the element width, so
    /// generated code's int32 loads are aligned.
    fn layout(&self, cap: usize) -> Layout {
        let w = self.width as usize;
        cap.checked_mul(w).and_then(|size| Layout::from_size_align(size, w).ok()).unwrap_or_else(|| gc::out_of_memory())
    }

    /// Grows the buffer to hold `cap` elements (no-op if it already does).
    fn reserve_exact(&mut self, cap: usize) {
        if cap <= self.cap {
            return;
        }
        let new_layout = self.layout(cap);
        let p = if self.cap == 0 {
            // SAFETY: the layout's size is non-zero (`cap` > 0).
            unsafe { alloc(new_layout) }
        } else {
            // SAFETY: `ptr` was allocated with `layout(self.cap)`; the new size is non-zero.
            unsafe { realloc(self.ptr, self.layout(self.cap), new_layout.size()) }
        };
        if p.is_null() {
            gc::out_of_memory();
        }
        gc::note_external((cap - self.cap) * self.width as usize);
        self.ptr = p;
        self.cap = cap;
    }

    /// Writes element `i`, which must be below the capacity.
    fn set(&mut self, i: usize, element: u32) {
        debug_assert!(i < self.cap);
        match self.width {
            // SAFETY: `i < cap`, so the element lies inside the allocation
            // (aligned to its width for int32s).
            Width::Byte => unsafe { *self.ptr.add(i) = element as u8 },
            Width::Int32 => unsafe { *(self.ptr as *mut u32).add(i) = element },
        }
    }

    fn push(&mut self, element: u32) {
        if self.len == self.cap {
            // Capacity stays below 2^31, so generated code's appends (which
            // check only for room) keep the length an int32.
            self.reserve_exact((self.cap * 2).clamp(16, i32::MAX as usize));
        }
        self.set(self.len, element);
        self.len += 1;
    }

    /// Element `i` (below the length): 0 or 1 for bytes, the int32's bits.
    pub fn get(&self, i: usize) -> u32 {
        assert!(i < self.len, "a packed element read past the end");
        match self.width {
            // SAFETY: in bounds, and initialized (below the length).
            Width::Byte => unsafe { *self.ptr.add(i) as u32 },
            Width::Int32 => unsafe { *(self.ptr as *const u32).add(i) },
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Drop for PackedVec {
    fn drop(&mut self) {
        if self.cap != 0 {
            // SAFETY: allocated with this layout.
            unsafe { dealloc(self.ptr, self.layout(self.cap)) };
        }
    }
}

#[repr(C)]
pub struct JsPackedArray {
    pub array: JsArray,
    pub elements: PackedVec,
}

const _: () = assert!(std::mem::offset_of!(JsPackedArray, elements) == abi::PACKED_ELEMENTS_OFFSET as usize);

/// Whether the cell at `h` (an array) is a packed one.
#[allow(clippy::not_unsafe_ptr_arg_deref, reason = "callers pass live cells from the heap")]
pub fn is_packed(h: *const GcHeader) -> bool {
    // SAFETY: the caller passes a live cell.
    unsafe { (*h).kind == Kind::Array && (*h).flags & oflags::PACKED != 0 }
}

/// A new packed array, empty, with room for `capacity` elements.
pub fn new(capacity: usize, width: Width) -> Value {
    let a = object::alloc_with(Kind::Array, Some(realm().array_proto), |obj: JsObject| JsPackedArray {
        array: JsArray { obj, elements: ValueVec::new(), length: 0 },
        elements: PackedVec::with_capacity(capacity, width),
    });
    a.raw().hdr.flags |= oflags::PACKED;
    a.value()
}

fn cell(a: Value) -> &'static mut JsPackedArray {
    let p = a.heap_ptr();
    assert!(is_packed(p), "a packed-array operation on another value");
    // SAFETY: a live array cell with the PACKED flag is a JsPackedArray (see `new`).
    unsafe { &mut *(p as *mut JsPackedArray) }
}

/// The elements: 0 (false) and 1 (true), or int32s' bits.
pub fn elements(a: Value) -> &'static PackedVec {
    &cell(a).elements
}

/// Appends `element`; the new length, or `None` past 2^31 - 1 elements
/// (where specialized code's int32 lengths end).
pub fn push(a: Value, element: u32) -> Option<u32> {
    let v = &mut cell(a).elements;
    if v.len >= i32::MAX as usize {
        return None;
    }
    v.push(element);
    Some(v.len as u32)
}

/// Makes room for `count` more elements, unless the length would pass
/// 2^31 - 1 with them (then nothing changes): whether it did.
pub fn reserve(a: Value, count: usize) -> bool {
    let v = &mut cell(a).elements;
    let Some(needed) = v.len.checked_add(count).filter(|&n| n <= i32::MAX as usize) else { return false };
    v.reserve_exact(needed);
    true
}

/// Stores `element` at `index`: an element, or the one just past the end
/// (an append). The compiler proves no write lands further out (the class
/// would have holes, and no packed storage).
pub fn store(a: Value, index: u32, element: u32) -> Option<u32> {
    let v = &mut cell(a).elements;
    let i = index as usize;
    if i < v.len {
        v.set(i, element);
        return Some(v.len as u32);
    }
    assert!(i == v.len, "a packed array written past its end");
    push(a, element)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::with_runtime;

    #[test]
    fn pushes_grow_and_stores_overwrite_or_append() {
        with_runtime(|| {
            let a = new(0, Width::Byte);
            for i in 0..1000u32 {
                assert_eq!(push(a, (i % 3 == 0) as u32), Some(i + 1));
            }
            assert!(reserve(a, 5000));
            assert!(cell(a).elements.cap >= 6000);
            assert!(!reserve(a, i32::MAX as usize));
            assert_eq!(store(a, 1, 1), Some(1000));
            assert_eq!(store(a, 1000, 1), Some(1001));
            let b = elements(a);
            assert_eq!(b.len(), 1001);
            assert_eq!((0..4).map(|i| b.get(i)).collect::<Vec<_>>(), [1, 1, 0, 1]);
            assert_eq!(b.get(1000), 1);
        });
    }

    #[test]
    fn int32_elements_keep_all_their_bits() {
        with_runtime(|| {
            let a = new(2, Width::Int32);
            for x in [0, -1, i32::MIN, i32::MAX, 123_456_789] {
                push(a, x as u32);
            }
            assert_eq!(store(a, 0, (-5i32) as u32), Some(5));
            let v = elements(a);
            let got: Vec<i32> = (0..v.len()).map(|i| v.get(i) as i32).collect();
            assert_eq!(got, [-5, -1, i32::MIN, i32::MAX, 123_456_789]);
        });
    }

    #[test]
    fn runtime_code_sees_an_empty_array() {
        with_runtime(|| {
            let a = new(4, Width::Int32);
            push(a, 7);
            let o = a.as_obj();
            assert!(o.is_array());
            assert_eq!(crate::array::length(o), 0);
        });
    }

    #[test]
    fn survives_collection_and_is_freed_with_its_cell() {
        with_runtime(|| {
            let a = new(0, Width::Byte);
            for _ in 0..100_000 {
                push(a, 1);
            }
            for _ in 0..50 {
                new(100_000, Width::Int32);
            }
            gc::collect();
            let b = elements(a);
            assert_eq!(b.len(), 100_000);
            assert!((0..b.len()).all(|i| b.get(i) == 1));
        });
    }
}
