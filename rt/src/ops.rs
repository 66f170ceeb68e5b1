//! The ECMAScript operators (§13.5 - §13.12) as plain Rust functions on
//! [`Value`]s. The C entry points generated code calls for generic operands
//! (`dxl_rt_op_*` in `abi/ops.rs`) are thin shells over these, and the
//! builtins that share an operator's semantics (`Math.pow`) call the same
//! function, so typed code, generic code and the library agree bit for bit.
//!
//! int32 operands take a fast path, and results are int32-tagged when exact
//! (`Value::number` does that).

use dxl_abi::value as abi;

use crate::builtins::math::fdlibm;
use crate::error;
use crate::function;
use crate::object::{self, PropKey};
use crate::value::{self, JsResult, Value, to_int32, to_number, to_uint32};

#[inline]
fn numeric_pair(a: Value, b: Value) -> JsResult<(f64, f64)> {
    let x = to_number(a)?;
    Ok((x, to_number(b)?))
}

/// `a - b`.
#[inline]
pub fn sub(a: Value, b: Value) -> JsResult<Value> {
    if a.is_int() && b.is_int() {
        return Ok(match a.as_int().checked_sub(b.as_int()) {
            Some(r) => Value::int(r),
            None => Value(abi::from_f64(a.as_int() as f64 - b.as_int() as f64)),
        });
    }
    numeric_pair(a, b).map(|(x, y)| Value::number(x - y))
}

/// `a * b`.
#[inline]
pub fn mul(a: Value, b: Value) -> JsResult<Value> {
    if a.is_int() && b.is_int() {
        let (x, y) = (a.as_int(), b.as_int());
        if let Some(r) = x.checked_mul(y)
            && (r != 0 || (x >= 0 && y >= 0))
        {
            return Ok(Value::int(r));
        }
        // Overflow, or a zero that must be -0.
        return Ok(Value(abi::from_f64(x as f64 * y as f64)));
    }
    numeric_pair(a, b).map(|(x, y)| Value::number(x * y))
}

/// `a / b`.
#[inline]
pub fn div(a: Value, b: Value) -> JsResult<Value> {
    numeric_pair(a, b).map(|(x, y)| Value::number(x / y))
}

/// `a % b`: the result has the sign of the dividend (§6.1.6.1.6), as fmod.
#[inline]
pub fn rem(a: Value, b: Value) -> JsResult<Value> {
    if a.is_int() && b.is_int() {
        let (x, y) = (a.as_int(), b.as_int());
        if y != 0
            && let Some(r) = x.checked_rem(y)
            && (r != 0 || x >= 0)
        {
            return Ok(Value::int(r));
        }
    }
    numeric_pair(a, b).map(|(x, y)| Value::number(x % y))
}

/// Number::exponentiate (§6.1.6.1.3) as V8 computes it: fdlibm's `pow`, with
/// ECMAScript's `(±1) ** ±Infinity` and `x ** NaN` giving NaN. The one
/// implementation behind `**` (typed and generic) and `Math.pow`.
#[inline]
pub fn exponentiate_numbers(x: f64, y: f64) -> f64 {
    fdlibm::pow(x, y)
}

/// `a ** b`.
#[inline]
pub fn exponentiate(a: Value, b: Value) -> JsResult<Value> {
    numeric_pair(a, b).map(|(x, y)| Value::number(exponentiate_numbers(x, y)))
}

#[inline]
fn int_pair(a: Value, b: Value) -> JsResult<(i32, i32)> {
    if a.is_int() && b.is_int() {
        return Ok((a.as_int(), b.as_int()));
    }
    let x = to_int32(a)?;
    Ok((x, to_int32(b)?))
}

/// `a & b`.
#[inline]
pub fn bit_and(a: Value, b: Value) -> JsResult<Value> {
    int_pair(a, b).map(|(x, y)| Value::int(x & y))
}

/// `a | b`.
#[inline]
pub fn bit_or(a: Value, b: Value) -> JsResult<Value> {
    int_pair(a, b).map(|(x, y)| Value::int(x | y))
}

/// `a ^ b`.
#[inline]
pub fn bit_xor(a: Value, b: Value) -> JsResult<Value> {
    int_pair(a, b).map(|(x, y)| Value::int(x ^ y))
}

/// `a << b`.
#[inline]
pub fn shift_left(a: Value, b: Value) -> JsResult<Value> {
    int_pair(a, b).map(|(x, y)| Value::int(x.wrapping_shl(y as u32 & 31)))
}

/// `a >> b`.
#[inline]
pub fn shift_right(a: Value, b: Value) -> JsResult<Value> {
    int_pair(a, b).map(|(x, y)| Value::int(x >> (y as u32 & 31)))
}

/// `a >>> b`.
#[inline]
pub fn shift_right_unsigned(a: Value, b: Value) -> JsResult<Value> {
    let x = to_uint32(a)?;
    let y = to_uint32(b)?;
    Ok(Value::uint(x >> (y & 31)))
}

/// `-a`.
#[inline]
pub fn negate(a: Value) -> JsResult<Value> {
    if a.is_int() && a.as_int() != 0 && a.as_int() != i32::MIN {
        return Ok(Value::int(-a.as_int()));
    }
    to_number(a).map(|x| Value::number(-x))
}

/// `~a`.
#[inline]
pub fn bit_not(a: Value) -> JsResult<Value> {
    to_int32(a).map(|x| Value::int(!x))
}

/// `a < b`.
#[inline]
pub fn less(a: Value, b: Value) -> JsResult<bool> {
    value::less_than(a, b, true).map(|r| r == Some(true))
}

/// `a > b`.
#[inline]
pub fn greater(a: Value, b: Value) -> JsResult<bool> {
    value::less_than(b, a, false).map(|r| r == Some(true))
}

/// `a <= b`.
#[inline]
pub fn less_or_equal(a: Value, b: Value) -> JsResult<bool> {
    value::less_than(b, a, false).map(|r| r == Some(false))
}

/// `a >= b`.
#[inline]
pub fn greater_or_equal(a: Value, b: Value) -> JsResult<bool> {
    value::less_than(a, b, true).map(|r| r == Some(false))
}

/// `v instanceof target` (§13.10.2 InstanceofOperator, without Symbol.hasInstance).
pub fn instance_of(v: Value, target: Value) -> JsResult<bool> {
    let Some(f) = target.obj() else {
        return Err(error::throw_type_error("Right-hand side of 'instanceof' is not an object"));
    };
    if !f.is_function() {
        return Err(error::throw_type_error("Right-hand side of 'instanceof' is not callable"));
    }
    // Bound functions test against their target.
    if let Some(target) = crate::builtins::function::bound_target(f) {
        return instance_of(v, target);
    }
    let Some(o) = v.obj() else { return Ok(false) };
    let proto = f.get_atom(crate::string::atom(crate::string::K::prototype))?;
    let Some(p) = proto.obj() else {
        return Err(error::throw_type_error(format!(
            "Function has non-object prototype '{}' in instanceof check",
            value::to_rust_string(proto)?
        )));
    };
    Ok(object::inherits_from(o, p))
}

/// `key in target` (§13.10.1).
pub fn has_property(key: Value, target: Value) -> JsResult<bool> {
    let Some(o) = target.obj() else {
        let ks = value::to_rust_string(key)?;
        let ts = function::describe(target);
        return Err(error::throw_type_error(format!("Cannot use 'in' operator to search for '{ks}' in {ts}")));
    };
    let pk: PropKey = value::to_property_key(key)?;
    Ok(object::has_property(o, pk))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exponentiate_special_cases() {
        assert!(exponentiate_numbers(1.0, f64::NAN).is_nan());
        assert!(exponentiate_numbers(1.0, f64::INFINITY).is_nan());
        assert!(exponentiate_numbers(-1.0, f64::NEG_INFINITY).is_nan());
        assert_eq!(exponentiate_numbers(f64::NAN, 0.0), 1.0);
        assert_eq!(exponentiate_numbers(2.0, 10.0), 1024.0);
        assert_eq!(exponentiate_numbers(-8.0, 3.0), -512.0);
        assert!(exponentiate_numbers(-8.0, 1.0 / 3.0).is_nan());
        assert_eq!(exponentiate_numbers(0.0, -1.0), f64::INFINITY);
        assert_eq!(exponentiate_numbers(-0.0, -3.0), f64::NEG_INFINITY);
        assert_eq!(exponentiate_numbers(2.0, -1074.0), 5e-324);
        // The system pow rounds this one up in the last place; V8 does not.
        assert_eq!(exponentiate_numbers(4.004428386688232, -7.778666019439697), 0.000020560725900602112);
    }
}
