//! Operators (`dxl_rt_op_*`). Each follows the ECMAScript operator of the same
//! name; int32 operands take a fast path, and results are int32-tagged when exact.

use dxl_abi::value as abi;

use super::{ret, ret_bool};
use crate::error;
use crate::function;
use crate::object::{self, PropKey};
use crate::value::{self, JsResult, Value, to_int32, to_number, to_uint32};

#[inline]
fn numeric_pair(a: Value, b: Value) -> JsResult<(f64, f64)> {
    let x = to_number(a)?;
    Ok((x, to_number(b)?))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_add(a: u64, b: u64) -> u64 {
    ret(value::add(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_sub(a: u64, b: u64) -> u64 {
    let (va, vb) = (Value(a), Value(b));
    if va.is_int() && vb.is_int() {
        return match va.as_int().checked_sub(vb.as_int()) {
            Some(r) => Value::int(r).0,
            None => abi::from_f64(va.as_int() as f64 - vb.as_int() as f64),
        };
    }
    ret(numeric_pair(va, vb).map(|(x, y)| Value::number(x - y)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_mul(a: u64, b: u64) -> u64 {
    let (va, vb) = (Value(a), Value(b));
    if va.is_int() && vb.is_int() {
        let (x, y) = (va.as_int(), vb.as_int());
        if let Some(r) = x.checked_mul(y)
            && (r != 0 || (x >= 0 && y >= 0))
        {
            return Value::int(r).0;
        }
        // Overflow, or a zero that must be -0.
        return abi::from_f64(x as f64 * y as f64);
    }
    ret(numeric_pair(va, vb).map(|(x, y)| Value::number(x * y)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_div(a: u64, b: u64) -> u64 {
    ret(numeric_pair(Value(a), Value(b)).map(|(x, y)| Value::number(x / y)))
}

/// `%`: the result has the sign of the dividend (§6.1.6.1.6), as fmod.
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_mod(a: u64, b: u64) -> u64 {
    let (va, vb) = (Value(a), Value(b));
    if va.is_int() && vb.is_int() {
        let (x, y) = (va.as_int(), vb.as_int());
        if y != 0
            && let Some(r) = x.checked_rem(y)
            && (r != 0 || x >= 0)
        {
            return Value::int(r).0;
        }
    }
    ret(numeric_pair(va, vb).map(|(x, y)| Value::number(x % y)))
}

/// Number::exponentiate (§6.1.6.1.3): unlike C's pow, 1 ** NaN and
/// (±1) ** ±Infinity are NaN.
pub fn js_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() {
        return f64::NAN;
    }
    if y == 0.0 {
        return 1.0;
    }
    if (x == 1.0 || x == -1.0) && y.is_infinite() {
        return f64::NAN;
    }
    x.powf(y)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_pow(a: u64, b: u64) -> u64 {
    ret(numeric_pair(Value(a), Value(b)).map(|(x, y)| Value::number(js_pow(x, y))))
}

#[inline]
fn int_pair(a: u64, b: u64) -> JsResult<(i32, i32)> {
    let (va, vb) = (Value(a), Value(b));
    if va.is_int() && vb.is_int() {
        return Ok((va.as_int(), vb.as_int()));
    }
    let x = to_int32(va)?;
    Ok((x, to_int32(vb)?))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_bitand(a: u64, b: u64) -> u64 {
    ret(int_pair(a, b).map(|(x, y)| Value::int(x & y)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_bitor(a: u64, b: u64) -> u64 {
    ret(int_pair(a, b).map(|(x, y)| Value::int(x | y)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_bitxor(a: u64, b: u64) -> u64 {
    ret(int_pair(a, b).map(|(x, y)| Value::int(x ^ y)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_shl(a: u64, b: u64) -> u64 {
    ret(int_pair(a, b).map(|(x, y)| Value::int(x.wrapping_shl(y as u32 & 31))))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_shr(a: u64, b: u64) -> u64 {
    ret(int_pair(a, b).map(|(x, y)| Value::int(x >> (y as u32 & 31))))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_ushr(a: u64, b: u64) -> u64 {
    let r = (|| {
        let x = to_uint32(Value(a))?;
        let y = to_uint32(Value(b))?;
        Ok(Value::uint(x >> (y & 31)))
    })();
    ret(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_lt(a: u64, b: u64) -> u64 {
    ret(value::less_than(Value(a), Value(b), true).map(|r| Value::bool(r == Some(true))))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_gt(a: u64, b: u64) -> u64 {
    ret(value::less_than(Value(b), Value(a), false).map(|r| Value::bool(r == Some(true))))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_le(a: u64, b: u64) -> u64 {
    ret(value::less_than(Value(b), Value(a), false).map(|r| Value::bool(r == Some(false))))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_ge(a: u64, b: u64) -> u64 {
    ret(value::less_than(Value(a), Value(b), true).map(|r| Value::bool(r == Some(false))))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_loose_eq(a: u64, b: u64) -> u64 {
    ret(value::loose_equals(Value(a), Value(b)).map(Value::bool))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_loose_ne(a: u64, b: u64) -> u64 {
    ret(value::loose_equals(Value(a), Value(b)).map(|r| Value::bool(!r)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_strict_eq(a: u64, b: u64) -> i32 {
    ret_bool(value::strict_equals(Value(a), Value(b)))
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

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_instanceof(a: u64, b: u64) -> u64 {
    ret(instance_of(Value(a), Value(b)).map(Value::bool))
}

/// `key in target` (§13.10.1).
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_in(key: u64, target: u64) -> u64 {
    let r = (|| {
        let (k, t) = (Value(key), Value(target));
        let Some(o) = t.obj() else {
            let ks = value::to_rust_string(k)?;
            let ts = function::describe(t);
            return Err(error::throw_type_error(format!("Cannot use 'in' operator to search for '{ks}' in {ts}")));
        };
        let pk: PropKey = value::to_property_key(k)?;
        Ok(Value::bool(object::has_property(o, pk)))
    })();
    ret(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_neg(a: u64) -> u64 {
    let v = Value(a);
    if v.is_int() && v.as_int() != 0 && v.as_int() != i32::MIN {
        return Value::int(-v.as_int()).0;
    }
    ret(to_number(v).map(|x| Value::number(-x)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_to_number(a: u64) -> u64 {
    let v = Value(a);
    if v.is_number() {
        return a;
    }
    ret(value::to_numeric(v))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_bitnot(a: u64) -> u64 {
    ret(to_int32(Value(a)).map(|x| Value::int(!x)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_typeof(a: u64) -> u64 {
    value::type_of(Value(a)).value().0
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_to_string(a: u64) -> u64 {
    ret(value::to_string(Value(a)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_truthy(a: u64) -> i32 {
    ret_bool(value::to_boolean(Value(a)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::Str;
    use crate::testing::with_runtime;

    fn n(x: f64) -> u64 {
        Value::number(x).0
    }
    fn num(v: u64) -> f64 {
        Value(v).as_number()
    }

    #[test]
    fn arithmetic_edge_cases() {
        with_runtime(|| {
            assert_eq!(num(dxl_rt_op_mod(n(-7.0), n(2.0))), -1.0);
            assert!(num(dxl_rt_op_mod(n(-4.0), n(2.0))).is_sign_negative());
            assert!(num(dxl_rt_op_mod(n(4.0), n(0.0))).is_nan());
            assert_eq!(num(dxl_rt_op_mod(n(5.5), n(2.0))), 1.5);
            assert_eq!(num(dxl_rt_op_mod(n(i32::MIN as f64), n(-1.0))), 0.0);
            assert!(num(dxl_rt_op_mul(n(-1.0), n(0.0))).is_sign_negative());
            assert!(Value(dxl_rt_op_mul(n(3.0), n(4.0))).is_int());
            assert_eq!(num(dxl_rt_op_mul(n(65536.0), n(65536.0))), 4294967296.0);
            assert!(num(dxl_rt_op_pow(n(1.0), n(f64::NAN))).is_nan());
            assert!(num(dxl_rt_op_pow(n(-1.0), n(f64::INFINITY))).is_nan());
            assert_eq!(num(dxl_rt_op_pow(n(f64::NAN), n(0.0))), 1.0);
            assert_eq!(num(dxl_rt_op_pow(n(2.0), n(10.0))), 1024.0);
            assert_eq!(num(dxl_rt_op_shl(n(1.0), n(33.0))), 2.0);
            assert_eq!(num(dxl_rt_op_shr(n(-8.0), n(1.0))), -4.0);
            assert_eq!(num(dxl_rt_op_ushr(n(-1.0), n(0.0))), 4294967295.0);
            assert_eq!(num(dxl_rt_op_ushr(n(-8.0), n(28.0))), 15.0);
            assert_eq!(num(dxl_rt_op_bitor(n(4294967297.0), n(0.0))), 1.0);
            assert!(num(dxl_rt_op_neg(n(0.0))).is_sign_negative());
            assert_eq!(num(dxl_rt_op_neg(n(i32::MIN as f64))), 2147483648.0);
            assert!(Value(dxl_rt_op_div(n(6.0), n(3.0))).is_int());
            assert_eq!(num(dxl_rt_op_sub(n(i32::MIN as f64), n(1.0))), -2147483649.0);
            let s = Str::new("5").value().0;
            assert_eq!(num(dxl_rt_op_sub(s, n(2.0))), 3.0);
            assert_eq!(Value(dxl_rt_op_add(s, n(2.0))).as_str().to_rust_string(), "52");
            assert_eq!(dxl_rt_op_lt(n(f64::NAN), n(1.0)), Value::FALSE.0);
            assert_eq!(dxl_rt_op_ge(n(f64::NAN), n(1.0)), Value::FALSE.0);
            assert_eq!(dxl_rt_op_le(Value::NULL.0, n(0.0)), Value::TRUE.0);
            assert_eq!(dxl_rt_op_ge(Value::UNDEFINED.0, n(0.0)), Value::FALSE.0);
            assert_eq!(Value(dxl_rt_op_typeof(Value::NULL.0)).as_str().to_rust_string(), "object");
        });
    }

    #[test]
    fn in_and_instanceof_errors() {
        with_runtime(|| {
            let key = Str::new("a").value().0;
            assert_eq!(dxl_rt_op_in(key, n(5.0)), Value::EXCEPTION.0);
            let e = crate::error::take_pending().as_obj();
            let msg = e.get_atom(crate::string::atom(crate::string::K::message)).unwrap();
            assert_eq!(msg.as_str().to_rust_string(), "Cannot use 'in' operator to search for 'a' in 5");
            assert_eq!(dxl_rt_op_instanceof(n(1.0), n(1.0)), Value::EXCEPTION.0);
            crate::error::take_pending();
            let arr = crate::array::new_array(0).value();
            let array_ctor = crate::realm::realm().array_ctor.value();
            let object_ctor = crate::realm::realm().object_ctor.value();
            assert_eq!(dxl_rt_op_instanceof(arr.0, array_ctor.0), Value::TRUE.0);
            assert_eq!(dxl_rt_op_instanceof(arr.0, object_ctor.0), Value::TRUE.0);
            assert_eq!(dxl_rt_op_instanceof(n(1.0), object_ctor.0), Value::FALSE.0);
        });
    }
}
