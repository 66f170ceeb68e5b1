//! The type lattice the solver works in and the backend specializes on.

use dxl_frontend::hir::FuncId;

/// Index into the solver's allocation classes ([`crate::classes::Class`]).
pub type ClassId = u32;
/// Index into the solver's sets of functions (see [`Type::Functions`]).
pub type FunctionSetId = u32;
/// The member of a function set that stands for `undefined` or `null` (a
/// field that holds a callback once it is set).
pub const NO_FUNCTION: FuncId = FuncId::MAX;
use std::fmt;

/// An inclusive range of int32 values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub lo: i32,
    pub hi: i32,
}

impl Range {
    pub const FULL: Range = Range { lo: i32::MIN, hi: i32::MAX };

    pub fn exact(v: i32) -> Range {
        Range { lo: v, hi: v }
    }

    pub fn union(self, other: Range) -> Range {
        Range { lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }

    pub fn contains(self, v: i32) -> bool {
        self.lo <= v && v <= self.hi
    }

    /// The range of `lo..=hi` computed in i64, if it fits in int32.
    pub fn checked(lo: i64, hi: i64) -> Option<Range> {
        let fits = |v: i64| v >= i64::from(i32::MIN) && v <= i64::from(i32::MAX);
        (fits(lo) && fits(hi)).then_some(Range { lo: lo as i32, hi: hi as i32 })
    }
}

/// What the solver knows about the values of a binding or expression.
///
/// The lattice, bottom to top: `Never` < every other type < `Dynamic`;
/// `Int32(r)` < `Int32(r')` when `r` ⊆ `r'`, and `Int32` < `Double`; a number
/// type joined with `Undefined` is its "or undefined" type (what an element
/// read of a number array gives), ordered the same way. Two different types
/// otherwise join to `Dynamic`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    /// No value reaches here (code that never runs, or only throws).
    Never,
    /// A number proven to be an int32 in the range (never -0).
    Int32(Range),
    /// Any number (including int32 values, -0 and NaN).
    Double,
    Boolean,
    String,
    Undefined,
    Null,
    /// `undefined` or `null` (a field or element that holds only null, read
    /// where it may be missing).
    Nullish,
    /// A closure of this function (any instance of it).
    Function(FuncId),
    /// A closure of one of a few known functions (a method that subclasses
    /// override, a field holding one of several callbacks): the set is
    /// `TypeTables::function_set`, where [`NO_FUNCTION`] stands for
    /// undefined or null. A call compares the closure's code pointer and
    /// calls the one it is directly.
    Functions(FunctionSetId),
    /// An object of allocation class `.0` (see [`crate::classes`]); with `.1`,
    /// possibly `undefined` or `null` instead.
    Object(ClassId, bool),
    /// An array of allocation class `.0`; with `.1`, possibly `undefined` or `null`.
    Array(ClassId, bool),
    /// An int32 in the range, or `undefined`; held NaN-boxed. Operators that
    /// turn undefined into NaN may read it as an f64 with no check.
    Int32OrUndefined(Range),
    /// Any number, or `undefined`; held NaN-boxed.
    DoubleOrUndefined,
    /// A string, or `undefined` (an element read of a string array past its
    /// end); held NaN-boxed. Stored as an element it adds only `String`.
    StringOrUndefined,
    /// Anything: generic NaN-boxed code.
    Dynamic,
}

impl Type {
    pub const INT32: Type = Type::Int32(Range::FULL);

    /// The least upper bound.
    pub fn join(self, other: Type) -> Type {
        match (self, other) {
            (a, b) if a == b => a,
            (Type::Never, b) => b,
            (a, Type::Never) => a,
            (Type::Int32(a), Type::Int32(b)) => Type::Int32(a.union(b)),
            (Type::Int32(_) | Type::Double, Type::Int32(_) | Type::Double) => Type::Double,
            (a, b) if a.or_undefined().is_some() && b.or_undefined().is_some() => {
                match (a.without_undefined(), b.without_undefined()) {
                    (Type::Int32(x), Type::Int32(y)) => Type::Int32OrUndefined(x.union(y)),
                    (Type::Never, n) | (n, Type::Never) => n.or_undefined().expect("a number type"),
                    _ => Type::DoubleOrUndefined,
                }
            }
            (a, b) if a.is_nullish() && b.is_nullish() => Type::Nullish,
            (Type::String | Type::StringOrUndefined | Type::Undefined, Type::String | Type::StringOrUndefined)
            | (Type::String | Type::StringOrUndefined, Type::Undefined) => Type::StringOrUndefined,
            (Type::Object(a, x), Type::Object(b, y)) if a == b => Type::Object(a, x || y),
            (Type::Array(a, x), Type::Array(b, y)) if a == b => Type::Array(a, x || y),
            (Type::Object(a, _), n) | (n, Type::Object(a, _)) if n.is_nullish() => Type::Object(a, true),
            (Type::Array(a, _), n) | (n, Type::Array(a, _)) if n.is_nullish() => Type::Array(a, true),
            _ => Type::Dynamic,
        }
    }

    /// `undefined`, `null`, or either.
    pub fn is_nullish(self) -> bool {
        matches!(self, Type::Undefined | Type::Null | Type::Nullish)
    }

    pub fn is_number(self) -> bool {
        matches!(self, Type::Int32(_) | Type::Double)
    }

    /// A number, or a number or undefined: ToNumber of it is exact as an f64
    /// (undefined's bits are a NaN).
    pub fn is_number_or_undefined(self) -> bool {
        matches!(self, Type::Int32(_) | Type::Double | Type::Int32OrUndefined(_) | Type::DoubleOrUndefined)
    }

    /// This type, or undefined: `Some` for numbers, their "or undefined"
    /// types and `Undefined` itself (as `Never` or undefined, which is `Undefined`).
    fn or_undefined(self) -> Option<Type> {
        match self {
            Type::Int32(r) | Type::Int32OrUndefined(r) => Some(Type::Int32OrUndefined(r)),
            Type::Double | Type::DoubleOrUndefined => Some(Type::DoubleOrUndefined),
            Type::Undefined => Some(Type::Undefined),
            _ => None,
        }
    }

    /// This type without `undefined`: the number type of an "or undefined"
    /// type, `Never` for `Undefined`, and any other type as it is.
    pub fn without_undefined(self) -> Type {
        match self {
            Type::Int32OrUndefined(r) => Type::Int32(r),
            Type::DoubleOrUndefined => Type::Double,
            Type::StringOrUndefined => Type::String,
            Type::Undefined => Type::Never,
            t => t,
        }
    }

    /// The int32 range of an `Int32` or `Int32OrUndefined` type.
    pub fn int_range(self) -> Option<Range> {
        match self {
            Type::Int32(r) | Type::Int32OrUndefined(r) => Some(r),
            _ => None,
        }
    }

    /// The same kind of type with range `r` (for types with a range).
    pub fn with_range(self, r: Range) -> Type {
        match self {
            Type::Int32OrUndefined(_) => Type::Int32OrUndefined(r),
            _ => Type::Int32(r),
        }
    }

    /// The allocation class of an object or array type.
    pub fn class_id(self) -> Option<ClassId> {
        match self {
            Type::Object(c, _) | Type::Array(c, _) => Some(c),
            _ => None,
        }
    }

    /// Whether a value of type `whole` keeps the identity (function or class)
    /// that a value of this type had: if not, the solver loses track of it.
    pub fn identity_kept_in(self, whole: Type) -> bool {
        match self {
            Type::Function(_) | Type::Functions(_) => whole == self,
            Type::Object(c, _) => matches!(whole, Type::Object(d, _) if d == c),
            Type::Array(c, _) => matches!(whole, Type::Array(d, _) if d == c),
            _ => true,
        }
    }

    pub fn range(self) -> Option<Range> {
        match self {
            Type::Int32(r) => Some(r),
            _ => None,
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Never => write!(f, "never"),
            Type::Int32(r) if *r == Range::FULL => write!(f, "int32"),
            Type::Int32(r) if r.lo == r.hi => write!(f, "int32 {}", r.lo),
            Type::Int32(r) => write!(f, "int32 {}..{}", r.lo, r.hi),
            Type::Double => write!(f, "number"),
            Type::Boolean => write!(f, "boolean"),
            Type::String => write!(f, "string"),
            Type::Undefined => write!(f, "undefined"),
            Type::Null => write!(f, "null"),
            Type::Nullish => write!(f, "undefined or null"),
            Type::Function(_) => write!(f, "function"),
            Type::Functions(_) => write!(f, "one of several functions"),
            Type::Object(c, false) => write!(f, "object #{c}"),
            Type::Object(c, true) => write!(f, "object #{c} or null/undefined"),
            Type::Array(c, false) => write!(f, "array #{c}"),
            Type::Array(c, true) => write!(f, "array #{c} or null/undefined"),
            Type::Int32OrUndefined(r) => write!(f, "{} or undefined", Type::Int32(*r)),
            Type::DoubleOrUndefined => write!(f, "number or undefined"),
            Type::StringOrUndefined => write!(f, "string or undefined"),
            Type::Dynamic => write!(f, "dynamic"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_is_a_lattice() {
        let small = Type::Int32(Range { lo: 0, hi: 10 });
        let other = Type::Int32(Range { lo: -5, hi: 3 });
        assert_eq!(small.join(other), Type::Int32(Range { lo: -5, hi: 10 }));
        assert_eq!(small.join(Type::Double), Type::Double);
        assert_eq!(Type::Never.join(Type::String), Type::String);
        assert_eq!(Type::String.join(small), Type::Dynamic);
        assert_eq!(Type::Dynamic.join(Type::Never), Type::Dynamic);
        assert_eq!(Type::Undefined.join(Type::Double), Type::DoubleOrUndefined);
        let maybe = Type::Undefined.join(small);
        assert_eq!(maybe, Type::Int32OrUndefined(Range { lo: 0, hi: 10 }));
        assert_eq!(maybe.join(other), Type::Int32OrUndefined(Range { lo: -5, hi: 10 }));
        assert_eq!(maybe.join(Type::Double), Type::DoubleOrUndefined);
        assert_eq!(Type::Undefined.join(maybe), maybe);
        assert_eq!(maybe.join(Type::Null), Type::Dynamic);
        assert_eq!(Type::Undefined.join(Type::Null), Type::Nullish);
        assert_eq!(Type::Nullish.join(Type::Array(2, false)), Type::Array(2, true));
        assert_eq!(maybe.join(Type::String), Type::Dynamic);
        assert_eq!(Type::String.join(Type::Undefined), Type::StringOrUndefined);
        assert_eq!(Type::Undefined.join(Type::StringOrUndefined), Type::StringOrUndefined);
        assert_eq!(Type::StringOrUndefined.join(Type::Null), Type::Dynamic);
        assert_eq!(Type::StringOrUndefined.join(Type::Double), Type::Dynamic);
        assert_eq!(Type::StringOrUndefined.without_undefined(), Type::String);
        assert_eq!(maybe.without_undefined(), small);
        assert_eq!(Type::Function(1).join(Type::Function(2)), Type::Dynamic);
        assert_eq!(Type::Function(1).join(Type::Function(1)), Type::Function(1));
        assert_eq!(Type::Object(3, false).join(Type::Null), Type::Object(3, true));
        assert_eq!(Type::Undefined.join(Type::Array(2, false)), Type::Array(2, true));
        assert_eq!(Type::Object(3, false).join(Type::Object(4, false)), Type::Dynamic);
        assert_eq!(Type::Object(3, false).join(Type::Array(3, false)), Type::Dynamic);
        assert_eq!(Type::Object(3, false).join(Type::String), Type::Dynamic);
    }

    #[test]
    fn ranges_check_int32_bounds() {
        assert_eq!(Range::checked(0, i64::from(i32::MAX)), Some(Range { lo: 0, hi: i32::MAX }));
        assert_eq!(Range::checked(0, i64::from(i32::MAX) + 1), None);
        assert_eq!(Range::checked(i64::from(i32::MIN) - 1, 0), None);
    }
}
