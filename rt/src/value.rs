//! NaN-boxed values (encoding in [`dxl_abi::value`]) and the ECMAScript abstract
//! operations on them: ToBoolean, ToNumber, ToString, ToPrimitive,
//! ToPropertyKey, ToInt32/ToUint32, typeof, the equality algorithms, relational
//! comparison and addition (spec §7.1, §7.2, §13.15.3).

use dxl_abi::value as abi;

use crate::error::{self, Thrown};
use crate::gc::{GcHeader, Kind};
use crate::number_format::number_to_string;
use crate::object::{self, Obj, PropKey};
use crate::realm;
use crate::string::{self, Atom, K, Str, atom};

/// Every fallible runtime operation returns this; `Err` means an exception is
/// pending in [`crate::error`].
pub type JsResult<T = Value> = Result<T, Thrown>;

/// A JavaScript value, NaN-boxed.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

impl Value {
    pub const UNDEFINED: Value = Value(abi::UNDEFINED);
    pub const NULL: Value = Value(abi::NULL);
    pub const TRUE: Value = Value(abi::TRUE);
    pub const FALSE: Value = Value(abi::FALSE);
    /// A missing array element; never visible to JavaScript.
    pub const HOLE: Value = Value(abi::HOLE);
    /// "An exception is pending"; only crosses the C ABI.
    pub const EXCEPTION: Value = Value(abi::EXCEPTION);

    /// A number: int32-tagged when `d` is an integer in i32 range and not -0.
    #[inline]
    pub fn number(d: f64) -> Value {
        let i = d as i32;
        if i as f64 == d && (i != 0 || d.is_sign_positive()) { Value::int(i) } else { Value(abi::from_f64(d)) }
    }

    #[inline]
    pub const fn int(i: i32) -> Value {
        Value(abi::from_int32(i))
    }

    /// A number from a u32 (array lengths, `>>>`).
    #[inline]
    pub fn uint(u: u32) -> Value {
        if u <= i32::MAX as u32 { Value::int(u as i32) } else { Value(abi::from_f64(u as f64)) }
    }

    #[inline]
    pub const fn bool(b: bool) -> Value {
        Value(abi::from_bool(b))
    }

    #[inline]
    pub fn from_heap(kind_tag: u64, ptr: *const GcHeader) -> Value {
        debug_assert!(ptr as u64 & !abi::PAYLOAD_MASK == 0);
        Value(kind_tag | ptr as u64)
    }

    #[inline]
    pub const fn is_undefined(self) -> bool {
        self.0 == abi::UNDEFINED
    }
    #[inline]
    pub const fn is_null(self) -> bool {
        self.0 == abi::NULL
    }
    #[inline]
    pub const fn is_nullish(self) -> bool {
        self.0 == abi::UNDEFINED || self.0 == abi::NULL
    }
    #[inline]
    pub const fn is_bool(self) -> bool {
        self.0 == abi::TRUE || self.0 == abi::FALSE
    }
    #[inline]
    pub const fn is_hole(self) -> bool {
        self.0 == abi::HOLE
    }
    #[inline]
    pub const fn is_exception(self) -> bool {
        self.0 == abi::EXCEPTION
    }
    #[inline]
    pub const fn is_int(self) -> bool {
        abi::is_int32(self.0)
    }
    #[inline]
    pub const fn is_double(self) -> bool {
        abi::is_double(self.0)
    }
    #[inline]
    pub const fn is_number(self) -> bool {
        self.0 < abi::TAG_SPECIAL
    }
    #[inline]
    pub const fn is_heap(self) -> bool {
        abi::is_heap(self.0)
    }
    #[inline]
    pub const fn is_string(self) -> bool {
        self.0 & abi::TAG_MASK == abi::TAG_STRING
    }
    #[inline]
    pub const fn is_object(self) -> bool {
        self.0 & abi::TAG_MASK == abi::TAG_OBJECT
    }
    #[inline]
    pub const fn is_cell(self) -> bool {
        self.0 & abi::TAG_MASK == abi::TAG_CELL
    }

    #[inline]
    pub const fn as_int(self) -> i32 {
        self.0 as u32 as i32
    }
    #[inline]
    pub fn as_bool(self) -> bool {
        self.0 == abi::TRUE
    }
    /// The number of an int32 or double value.
    #[inline]
    pub fn as_number(self) -> f64 {
        if self.is_int() { self.as_int() as f64 } else { f64::from_bits(self.0) }
    }
    /// The heap pointer of a string, object or cell value.
    #[inline]
    pub fn heap_ptr(self) -> *mut GcHeader {
        (self.0 & abi::PAYLOAD_MASK) as *mut GcHeader
    }
    #[inline]
    pub fn as_str(self) -> Str {
        debug_assert!(self.is_string());
        Str::from_value(self)
    }
    #[inline]
    pub fn as_obj(self) -> Obj {
        debug_assert!(self.is_object());
        Obj::from_value(self)
    }
    /// The object, if this is one.
    #[inline]
    pub fn obj(self) -> Option<Obj> {
        if self.is_object() { Some(Obj::from_value(self)) } else { None }
    }
    /// Turns a HOLE into undefined.
    #[inline]
    pub fn unhole(self) -> Value {
        if self.is_hole() { Value::UNDEFINED } else { self }
    }
    pub fn is_callable(self) -> bool {
        self.obj().is_some_and(|o| o.kind() == Kind::Function)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_number() {
            write!(f, "{}", number_to_string(self.as_number()))
        } else if self.is_string() {
            write!(f, "{:?}", self.as_str().to_rust_string())
        } else if self.is_object() {
            write!(f, "<object {:?} {:p}>", self.as_obj().kind(), self.heap_ptr())
        } else if self.is_cell() {
            write!(f, "<cell {:p}>", self.heap_ptr())
        } else {
            let s = match self.0 {
                abi::UNDEFINED => "undefined",
                abi::NULL => "null",
                abi::TRUE => "true",
                abi::FALSE => "false",
                abi::HOLE => "<hole>",
                abi::EXCEPTION => "<exception>",
                _ => "<invalid value>",
            };
            f.write_str(s)
        }
    }
}

/// An argument, or undefined when there are fewer.
#[inline]
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

// ---- Type conversion (§7.1) ----

/// ToBoolean.
pub fn to_boolean(v: Value) -> bool {
    if v.is_int() {
        return v.as_int() != 0;
    }
    if v.is_double() {
        let d = v.as_number();
        return !(d == 0.0 || d.is_nan());
    }
    if v.is_string() {
        return !v.as_str().is_empty();
    }
    if v.is_object() {
        return true;
    }
    v.0 == abi::TRUE
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Hint {
    Default,
    Number,
    String,
}

/// ToPrimitive (§7.1.1) with OrdinaryToPrimitive: valueOf/toString in hint order.
pub fn to_primitive(v: Value, hint: Hint) -> JsResult<Value> {
    let Some(o) = v.obj() else { return Ok(v) };
    let order = if hint == Hint::String { [K::toString, K::valueOf] } else { [K::valueOf, K::toString] };
    for key in order {
        let f = object::get(o, PropKey::Atom(atom(key)), v)?;
        if f.is_callable() {
            let r = crate::function::call(f, v, &[])?;
            if !r.is_object() {
                return Ok(r);
            }
        }
    }
    Err(error::throw_type_error("Cannot convert object to primitive value"))
}

/// ToNumber (§7.1.4). (ToNumeric is the same until BigInt exists.)
pub fn to_number(v: Value) -> JsResult<f64> {
    if v.is_number() {
        return Ok(v.as_number());
    }
    Ok(match v.0 {
        abi::UNDEFINED => f64::NAN,
        abi::NULL | abi::FALSE => 0.0,
        abi::TRUE => 1.0,
        _ if v.is_string() => string_to_number(v.as_str()),
        _ if v.is_object() => return to_number(to_primitive(v, Hint::Number)?),
        _ => f64::NAN,
    })
}

/// ToNumeric; returns a number value.
pub fn to_numeric(v: Value) -> JsResult<Value> {
    if v.is_number() { Ok(v) } else { Ok(Value::number(to_number(v)?)) }
}

/// StringToNumber, with a fast path for short decimal integers.
pub fn string_to_number(s: Str) -> f64 {
    if let Some(i) = s.as_index() {
        return i as f64;
    }
    crate::number_parse::string_to_number(&s.to_rust_string())
}

/// ToString (§7.1.17) as a string value.
pub fn to_string(v: Value) -> JsResult<Value> {
    if v.is_string() {
        return Ok(v);
    }
    Ok(to_str(v)?.value())
}

/// ToString as a [`Str`].
pub fn to_str(v: Value) -> JsResult<Str> {
    if v.is_string() {
        return Ok(v.as_str());
    }
    if v.is_int() {
        return Ok(string::int_to_str(v.as_int()));
    }
    if v.is_number() {
        return Ok(Str::new(&number_to_string(v.as_number())));
    }
    if v.is_object() {
        return to_str(to_primitive(v, Hint::String)?);
    }
    Ok(atom(match v.0 {
        abi::UNDEFINED => K::undefined,
        abi::NULL => K::null,
        abi::TRUE => K::r#true,
        _ => K::r#false,
    })
    .str())
}

/// ToString into a Rust string (lossy for lone surrogates).
pub fn to_rust_string(v: Value) -> JsResult<String> {
    Ok(to_str(v)?.to_rust_string())
}

/// ToPropertyKey (§7.1.19); array indices become [`PropKey::Index`].
#[inline]
pub fn to_property_key(v: Value) -> JsResult<PropKey> {
    if v.is_int() && v.as_int() >= 0 {
        return Ok(PropKey::Index(v.as_int() as u32));
    }
    if v.is_string() {
        return Ok(PropKey::from_string(v.as_str()));
    }
    if v.is_double() {
        let d = v.as_number();
        if d >= 0.0 && d < u32::MAX as f64 && d.fract() == 0.0 {
            return Ok(PropKey::Index(d as u32));
        }
    }
    let p = to_primitive(v, Hint::String)?;
    Ok(PropKey::from_string(to_str(p)?))
}

/// ToInt32 of a double (§7.1.6).
#[inline]
pub fn f64_to_int32(d: f64) -> i32 {
    if d.is_finite() && d.abs() < 9.2e18 {
        return d as i64 as i32;
    }
    if !d.is_finite() {
        return 0;
    }
    (d.trunc() % 4294967296.0) as i64 as i32
}

#[inline]
pub fn to_int32(v: Value) -> JsResult<i32> {
    if v.is_int() {
        return Ok(v.as_int());
    }
    Ok(f64_to_int32(to_number(v)?))
}

#[inline]
pub fn to_uint32(v: Value) -> JsResult<u32> {
    Ok(to_int32(v)? as u32)
}

/// ToIntegerOrInfinity (§7.1.5).
pub fn to_integer_or_infinity(v: Value) -> JsResult<f64> {
    if v.is_int() {
        return Ok(v.as_int() as f64);
    }
    let d = to_number(v)?;
    Ok(if d.is_nan() { 0.0 } else { d.trunc() + 0.0 })
}

/// ToObject (§7.1.18): primitives become wrapper objects.
pub fn to_object(v: Value) -> JsResult<Obj> {
    if let Some(o) = v.obj() {
        return Ok(o);
    }
    if v.is_nullish() {
        return Err(error::throw_type_error("Cannot convert undefined or null to object"));
    }
    Ok(object::new_boxed(v))
}

/// The `typeof` result as an atom.
pub fn type_of(v: Value) -> Atom {
    atom(if v.is_number() {
        K::number
    } else if v.is_string() {
        K::string
    } else if v.is_object() {
        if v.is_callable() { K::function } else { K::object }
    } else {
        match v.0 {
            abi::UNDEFINED => K::undefined,
            abi::NULL => K::object,
            abi::TRUE | abi::FALSE => K::boolean,
            _ => K::undefined,
        }
    })
}

// ---- Equality (§7.2) ----

/// IsStrictlyEqual.
#[inline]
pub fn strict_equals(a: Value, b: Value) -> bool {
    if a.0 == b.0 {
        // NaN is canonical, so equal bits mean NaN === NaN: exclude it.
        return a.0 != abi::CANONICAL_NAN;
    }
    if a.is_number() && b.is_number() {
        return a.as_number() == b.as_number();
    }
    if a.is_string() && b.is_string() {
        return a.as_str().equals(b.as_str());
    }
    false
}

/// SameValue (Object.is).
pub fn same_value(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return if x.is_nan() { y.is_nan() } else { x.to_bits() == y.to_bits() };
    }
    strict_equals(a, b)
}

/// SameValueZero (includes, Map keys).
pub fn same_value_zero(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return x == y || (x.is_nan() && y.is_nan());
    }
    strict_equals(a, b)
}

/// IsLooselyEqual (§7.2.14).
pub fn loose_equals(a: Value, b: Value) -> JsResult<bool> {
    // Step 1: same type.
    if a.is_number() && b.is_number() || a.is_string() && b.is_string() || a.is_object() && b.is_object() {
        return Ok(strict_equals(a, b));
    }
    if a.is_bool() && b.is_bool() || a.0 == b.0 {
        return Ok(a.0 == b.0);
    }
    // Steps 2-3: null == undefined.
    if a.is_nullish() && b.is_nullish() {
        return Ok(true);
    }
    if a.is_nullish() || b.is_nullish() {
        return Ok(false);
    }
    // Steps 5-6: number and string.
    if a.is_number() && b.is_string() {
        return Ok(a.as_number() == string_to_number(b.as_str()));
    }
    if a.is_string() && b.is_number() {
        return Ok(string_to_number(a.as_str()) == b.as_number());
    }
    // Steps 9-10: booleans become numbers.
    if a.is_bool() {
        return loose_equals(Value::int(a.as_bool() as i32), b);
    }
    if b.is_bool() {
        return loose_equals(a, Value::int(b.as_bool() as i32));
    }
    // Steps 11-12: object against a primitive.
    if a.is_object() && (b.is_number() || b.is_string()) {
        return loose_equals(to_primitive(a, Hint::Default)?, b);
    }
    if b.is_object() && (a.is_number() || a.is_string()) {
        return loose_equals(a, to_primitive(b, Hint::Default)?);
    }
    Ok(false)
}

// ---- Relational comparison (§7.2.13) and addition (§13.15.3) ----

/// IsLessThan(x, y): `None` means undefined (a NaN was involved).
/// `left_first` says which operand is converted first.
pub fn less_than(x: Value, y: Value, left_first: bool) -> JsResult<Option<bool>> {
    if x.is_int() && y.is_int() {
        return Ok(Some(x.as_int() < y.as_int()));
    }
    let (px, py) = if left_first {
        let px = to_primitive(x, Hint::Number)?;
        (px, to_primitive(y, Hint::Number)?)
    } else {
        let py = to_primitive(y, Hint::Number)?;
        (to_primitive(x, Hint::Number)?, py)
    };
    if px.is_string() && py.is_string() {
        return Ok(Some(px.as_str().compare(py.as_str()).is_lt()));
    }
    let nx = to_number(px)?;
    let ny = to_number(py)?;
    if nx.is_nan() || ny.is_nan() {
        return Ok(None);
    }
    Ok(Some(nx < ny))
}

/// The `+` operator.
pub fn add(a: Value, b: Value) -> JsResult<Value> {
    if a.is_int() && b.is_int() {
        return Ok(match a.as_int().checked_add(b.as_int()) {
            Some(r) => Value::int(r),
            None => Value(abi::from_f64(a.as_int() as f64 + b.as_int() as f64)),
        });
    }
    if a.is_number() && b.is_number() {
        return Ok(Value::number(a.as_number() + b.as_number()));
    }
    if a.is_string() && b.is_string() {
        return string::concat(a.as_str(), b.as_str()).map(Str::value);
    }
    let pa = to_primitive(a, Hint::Default)?;
    let pb = to_primitive(b, Hint::Default)?;
    if pa.is_string() || pb.is_string() {
        let sa = to_str(pa)?;
        let sb = to_str(pb)?;
        return string::concat(sa, sb).map(Str::value);
    }
    Ok(Value::number(to_number(pa)? + to_number(pb)?))
}

/// The realm's global object as a value (for sloppy `this`).
pub fn global_this() -> Value {
    realm::realm().global.value()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::with_runtime;

    #[test]
    fn number_tagging() {
        assert!(Value::number(3.0).is_int());
        assert!(Value::number(-7.0).is_int());
        assert!(!Value::number(-0.0).is_int());
        assert!(Value::number(-0.0).as_number().is_sign_negative());
        assert!(!Value::number(2147483648.0).is_int());
        assert!(!Value::number(0.5).is_int());
        assert!(Value::number(f64::NAN).as_number().is_nan());
        assert_eq!(Value::uint(u32::MAX).as_number(), 4294967295.0);
    }

    #[test]
    fn int32_conversion() {
        assert_eq!(f64_to_int32(4294967296.0 + 5.0), 5);
        assert_eq!(f64_to_int32(-1.5), -1);
        assert_eq!(f64_to_int32(2147483648.0), i32::MIN);
        assert_eq!(f64_to_int32(f64::INFINITY), 0);
        assert_eq!(f64_to_int32(f64::NAN), 0);
        assert_eq!(f64_to_int32(1e20), 1661992960);
        assert_eq!(f64_to_int32(-1e20), -1661992960);
    }

    #[test]
    fn conversions() {
        with_runtime(|| {
            let s = |x: &str| Str::new(x).value();
            assert_eq!(to_number(s(" 42 ")).unwrap(), 42.0);
            assert!(to_number(s("4x")).unwrap().is_nan());
            assert!(to_number(Value::UNDEFINED).unwrap().is_nan());
            assert_eq!(to_number(Value::NULL).unwrap(), 0.0);
            assert_eq!(to_rust_string(Value::number(1.5)).unwrap(), "1.5");
            assert_eq!(to_rust_string(Value::int(-3)).unwrap(), "-3");
            assert_eq!(to_rust_string(Value::TRUE).unwrap(), "true");
            assert!(to_boolean(s("0")));
            assert!(!to_boolean(s("")));
            assert!(!to_boolean(Value::number(f64::NAN)));
            assert!(!to_boolean(Value::number(-0.0)));
            let o = object::new_object();
            assert!(to_boolean(o.value()));
            assert_eq!(to_rust_string(o.value()).unwrap(), "[object Object]");
            let tys: Vec<String> = [Value::UNDEFINED, Value::NULL, Value::TRUE, Value::int(1), s("x"), o.value()]
                .iter()
                .map(|v| type_of(*v).str().to_rust_string())
                .collect();
            assert_eq!(tys, ["undefined", "object", "boolean", "number", "string", "object"]);
        });
    }

    #[test]
    fn equality_table() {
        with_runtime(|| {
            let s = |x: &str| Str::new(x).value();
            let o = object::new_object().value();
            let nan = Value::number(f64::NAN);
            let cases: Vec<(Value, Value, bool, bool)> = vec![
                // (a, b, a == b, a === b)
                (Value::int(1), Value::number(1.0), true, true),
                (Value::number(0.0), Value::number(-0.0), true, true),
                (nan, nan, false, false),
                (Value::NULL, Value::UNDEFINED, true, false),
                (Value::NULL, Value::int(0), false, false),
                (Value::UNDEFINED, Value::FALSE, false, false),
                (s("1"), Value::int(1), true, false),
                (s(""), Value::int(0), true, false),
                (s("abc"), s("abc"), true, true),
                (Value::TRUE, Value::int(1), true, false),
                (Value::TRUE, s("1"), true, false),
                (Value::FALSE, s(""), true, false),
                (o, o, true, true),
                (o, object::new_object().value(), false, false),
                (o, s("[object Object]"), true, false),
                (s(" \n"), Value::int(0), true, false),
            ];
            for (a, b, loose, strict) in cases {
                assert_eq!(loose_equals(a, b).unwrap(), loose, "{a:?} == {b:?}");
                assert_eq!(loose_equals(b, a).unwrap(), loose, "{b:?} == {a:?}");
                assert_eq!(strict_equals(a, b), strict, "{a:?} === {b:?}");
            }
            assert!(same_value(nan, nan));
            assert!(!same_value(Value::number(0.0), Value::number(-0.0)));
        });
    }

    #[test]
    fn relational_and_add() {
        with_runtime(|| {
            let s = |x: &str| Str::new(x).value();
            assert_eq!(less_than(s("a"), s("b"), true).unwrap(), Some(true));
            assert_eq!(less_than(s("10"), s("9"), true).unwrap(), Some(true));
            assert_eq!(less_than(s("10"), Value::int(9), true).unwrap(), Some(false));
            assert_eq!(less_than(Value::int(1), Value::number(f64::NAN), true).unwrap(), None);
            let r = add(s("a"), Value::int(1)).unwrap();
            assert_eq!(r.as_str().to_rust_string(), "a1");
            let r = add(Value::int(i32::MAX), Value::int(1)).unwrap();
            assert_eq!(r.as_number(), 2147483648.0);
            let r = add(Value::TRUE, Value::NULL).unwrap();
            assert_eq!(r, Value::int(1));
        });
    }
}
