//! NaN-boxed value encoding.
//!
//! A value is a `u64`. Every double is stored as its own bit pattern, except
//! that every NaN is canonicalized to [`CANONICAL_NAN`] before boxing, which
//! frees the negative quiet-NaN space above [`TAG_INT32`] for tags:
//!
//! | top 16 bits | meaning |
//! |---|---|
//! | `< 0xFFF9` | a double |
//! | `0xFFF9` | an int32 in the low 32 bits |
//! | `0xFFFA` | a special constant: undefined, null, false, true, hole, exception |
//! | `0xFFFC` | pointer to a heap string |
//! | `0xFFFD` | pointer to a heap object (plain, array, function, error, ...) |
//! | `0xFFFE` | pointer to another heap cell (closure cells); never a JS-visible value |
//!
//! The tags are ordered so that "is a double" is one unsigned compare
//! (`bits < TAG_INT32`) and "is a heap pointer" is one unsigned compare
//! (`bits >= TAG_STRING`), as in QuickJS's NaN-boxing.

pub const TAG_SHIFT: u32 = 48;
pub const TAG_INT32: u64 = 0xFFF9 << TAG_SHIFT;
pub const TAG_SPECIAL: u64 = 0xFFFA << TAG_SHIFT;
pub const TAG_STRING: u64 = 0xFFFC << TAG_SHIFT;
pub const TAG_OBJECT: u64 = 0xFFFD << TAG_SHIFT;
pub const TAG_CELL: u64 = 0xFFFE << TAG_SHIFT;
/// Mask of the tag bits.
pub const TAG_MASK: u64 = 0xFFFF << TAG_SHIFT;
/// Mask of the payload (pointer or int32) bits.
pub const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;

/// The one NaN a boxed value may hold.
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

pub const UNDEFINED: u64 = TAG_SPECIAL;
pub const NULL: u64 = TAG_SPECIAL | 1;
pub const FALSE: u64 = TAG_SPECIAL | 2;
pub const TRUE: u64 = TAG_SPECIAL | 3;
/// A missing array element. Never visible to JavaScript: reads turn it into undefined.
pub const HOLE: u64 = TAG_SPECIAL | 4;
/// The value of a `let`/`const` binding before its declaration runs (the
/// temporal dead zone). Never visible to JavaScript: reads check for it.
pub const UNINITIALIZED: u64 = TAG_SPECIAL | 6;
/// Returned by a runtime function or compiled function to say "an exception is
/// pending"; the thrown value itself is kept by the runtime.
pub const EXCEPTION: u64 = TAG_SPECIAL | 5;

/// Byte offset of the value inside a closure cell (after the GC header).
pub const CELL_VALUE_OFFSET: u64 = 8;

#[inline]
pub const fn is_double(bits: u64) -> bool {
    bits < TAG_INT32
}

#[inline]
pub const fn is_int32(bits: u64) -> bool {
    bits & TAG_MASK == TAG_INT32
}

#[inline]
pub const fn is_heap(bits: u64) -> bool {
    bits >= TAG_STRING
}

#[inline]
pub const fn from_int32(i: i32) -> u64 {
    TAG_INT32 | (i as u32 as u64)
}

#[inline]
pub fn from_f64(d: f64) -> u64 {
    if d.is_nan() { CANONICAL_NAN } else { d.to_bits() }
}

#[inline]
pub const fn from_bool(b: bool) -> u64 {
    if b { TRUE } else { FALSE }
}

// Object layout that generated code reads inline (the runtime asserts each).

/// `GcHeader::kind` (a byte at offset 0) of a plain object and of an array.
pub const KIND_OBJECT: u8 = 2;
pub const KIND_ARRAY: u8 = 3;
/// `GcHeader::flags` (the byte at offset 1) bit set by Object.freeze.
pub const FLAG_FROZEN: u8 = 8;
/// The shape pointer of an object.
pub const OBJECT_SHAPE_OFFSET: u64 = 8;
/// The `ValueVec` of an object's named-property slots.
pub const OBJECT_SLOTS_OFFSET: u64 = 24;
/// The dictionary pointer of an object (null unless in dictionary mode).
pub const OBJECT_DICT_OFFSET: u64 = 48;
/// The `ValueVec` of an array's dense elements.
pub const ARRAY_ELEMENTS_OFFSET: u64 = 56;
/// Within a `ValueVec`: the buffer pointer, the length and the capacity (in values).
pub const VEC_PTR_OFFSET: u64 = 0;
pub const VEC_LEN_OFFSET: u64 = 8;
pub const VEC_CAP_OFFSET: u64 = 16;
/// An array's `length` (a `u32`).
pub const ARRAY_LENGTH_OFFSET: u64 = 80;
/// A packed array's elements (a vector laid out like `ValueVec`, of bytes
/// or int32s), after the array cell.
pub const PACKED_ELEMENTS_OFFSET: u64 = 88;
/// The sizes of the collector's small cells: an allocation takes the
/// smallest that fits.
pub const SIZE_CLASSES: [u32; SIZE_CLASS_COUNT] =
    [16, 32, 48, 64, 80, 96, 128, 160, 192, 256, 320, 384, 512, 768, 1024, 1536, 2048];
pub const SIZE_CLASS_COUNT: usize = 17;
/// The runtime's `[AllocRun; SIZE_CLASS_COUNT]`: per size class, the next
/// free cell of the current run and the end of the run (two words).
/// Generated code allocates a small cell by bumping `next` while it is
/// below `end`; the run's bytes were counted when the runtime claimed it.
pub const ALLOC_RUNS_GLOBAL: &str = "dxl_rt_alloc_runs";
pub const ALLOC_RUN_SIZE: u64 = 16;
/// A plain object's size before its inline slots, and its prototype pointer.
pub const OBJECT_HEAD_SIZE: u64 = 56;
pub const OBJECT_PROTO_OFFSET: u64 = 16;
/// Set in a `ValueVec`'s capacity when its buffer is borrowed (an object's
/// inline slots, inside its cell).
pub const VEC_BORROWED: u64 = 1 << 63;
/// `GcHeader::kind` of a function object.
pub const KIND_FUNCTION: u8 = 4;
/// A function object's compiled code (a [`crate::runtime_functions::JsFn`]) and its flags (a `u32`).
pub const FUNCTION_CODE_OFFSET: u64 = 56;
pub const FUNCTION_FLAGS_OFFSET: u64 = 92;
/// Function flag: a native builtin (called through the runtime, which checks the stack).
pub const FUNCTION_FLAG_NATIVE: u32 = 1 << 8;
/// A function object's capture array (a `ValueVec` of cells; its buffer pointer comes first).
pub const FUNCTION_CAPTURES_OFFSET: u64 = 96;
/// A string's `GcHeader::flags` bits: two-byte (UTF-16) units, and a rope.
pub const STRING_FLAG_TWO_BYTE: u8 = 1;
pub const STRING_FLAG_ROPE: u8 = 2;
/// A string's length in code units (the header's `aux`, a `u32`).
pub const STRING_LENGTH_OFFSET: u64 = 4;
/// Where a flat string's code units start.
pub const STRING_DATA_OFFSET: u64 = 16;
/// A rope's halves; a flattened rope has a null right half and its flat copy on the left.
pub const ROPE_LEFT_OFFSET: u64 = 16;
pub const ROPE_RIGHT_OFFSET: u64 = 24;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_stay_below_tags() {
        for d in [0.0, -0.0, 1.5, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, -f64::MAX, f64::MIN_POSITIVE] {
            assert!(is_double(from_f64(d)), "{d}");
        }
        assert!(is_double(from_f64(f64::NAN)));
        assert!(is_double(from_f64(-f64::NAN)));
        assert_eq!(from_f64(-f64::NAN), CANONICAL_NAN);
    }

    #[test]
    fn tags_are_distinct() {
        assert!(is_int32(from_int32(-1)));
        assert!(!is_heap(from_int32(-1)));
        assert!(!is_double(UNDEFINED));
        assert!(is_heap(TAG_STRING | 0x1000));
        assert!(is_heap(TAG_OBJECT | 0x1000));
        assert!(!is_heap(EXCEPTION));
    }
}
