//! A growable array of values with a fixed, C-compatible layout.
//!
//! Object slots and array elements live in these, and generated code reads
//! them inline: `ptr` at [`dxl_abi::value::VEC_PTR_OFFSET`], `len` at
//! [`dxl_abi::value::VEC_LEN_OFFSET`] (std's `Vec` does not promise its
//! field order). Growth is delegated to `Vec` by rebuilding one around the
//! same allocation.

use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

use dxl_abi::value as abi;

use crate::value::Value;

#[repr(C)]
pub struct ValueVec {
    ptr: *mut Value,
    len: usize,
    cap: usize,
}

const _: () = assert!(std::mem::offset_of!(ValueVec, ptr) == abi::VEC_PTR_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(ValueVec, len) == abi::VEC_LEN_OFFSET as usize);

impl Default for ValueVec {
    fn default() -> Self {
        ValueVec::from_vec(Vec::new())
    }
}

impl ValueVec {
    pub fn new() -> Self {
        ValueVec::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        ValueVec::from_vec(Vec::with_capacity(n))
    }

    pub fn from_vec(v: Vec<Value>) -> Self {
        let mut v = ManuallyDrop::new(v);
        ValueVec { ptr: v.as_mut_ptr(), len: v.len(), cap: v.capacity() }
    }

    pub fn into_vec(self) -> Vec<Value> {
        let me = ManuallyDrop::new(self);
        // SAFETY: ptr/len/cap came from a Vec<Value> (see `from_vec`/`with_vec`) and are given back once.
        unsafe { Vec::from_raw_parts(me.ptr, me.len, me.cap) }
    }

    /// Runs `f` on the elements as a `Vec`, then takes back its (possibly moved) buffer.
    /// A panic inside `f` ends the process (the runtime aborts on panics), so the
    /// temporarily shared buffer is never freed twice.
    pub fn with_vec<R>(&mut self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        // SAFETY: as in `into_vec`; `self` is overwritten with the Vec's state before anyone reads it.
        let mut v = ManuallyDrop::new(unsafe { Vec::from_raw_parts(self.ptr, self.len, self.cap) });
        let r = f(&mut v);
        self.ptr = v.as_mut_ptr();
        self.len = v.len();
        self.cap = v.capacity();
        r
    }

    pub fn capacity(&self) -> usize {
        self.cap
    }

    pub fn push(&mut self, v: Value) {
        if self.len < self.cap {
            // SAFETY: len < cap, so the slot is inside the allocation.
            unsafe { self.ptr.add(self.len).write(v) };
            self.len += 1;
        } else {
            self.with_vec(|vec| vec.push(v));
        }
    }

    pub fn pop(&mut self) -> Option<Value> {
        self.with_vec(|v| v.pop())
    }

    pub fn resize(&mut self, n: usize, v: Value) {
        self.with_vec(|vec| vec.resize(n, v));
    }

    pub fn truncate(&mut self, n: usize) {
        self.len = self.len.min(n);
    }

    pub fn clear(&mut self) {
        self.len = 0;
    }

    pub fn extend_from_slice(&mut self, s: &[Value]) {
        self.with_vec(|v| v.extend_from_slice(s));
    }

    pub fn extend(&mut self, it: impl IntoIterator<Item = Value>) {
        self.with_vec(|v| v.extend(it));
    }

    pub fn remove(&mut self, i: usize) -> Value {
        self.with_vec(|v| v.remove(i))
    }

    /// `Vec::splice`, returning the removed values.
    pub fn splice(&mut self, range: std::ops::Range<usize>, with: impl IntoIterator<Item = Value>) -> Vec<Value> {
        self.with_vec(|v| v.splice(range, with).collect())
    }
}

impl Drop for ValueVec {
    fn drop(&mut self) {
        // SAFETY: as in `into_vec`.
        drop(unsafe { Vec::from_raw_parts(self.ptr, self.len, self.cap) });
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

    #[test]
    fn behaves_like_a_vec() {
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
        v.resize(3, Value::HOLE);
        assert_eq!(v.len(), 3);
        v.truncate(1);
        assert_eq!(v.pop(), Some(Value::int(-1)));
        assert!(v.is_empty());
        v.extend_from_slice(&[Value::int(7)]);
        assert_eq!(v.into_vec(), vec![Value::int(7)]);
    }
}
