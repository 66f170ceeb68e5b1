//! Operators (`dxl_rt_op_*`): the C shells over [`crate::ops`], which holds
//! each operator's semantics.

use super::{ret, ret_bool};
use crate::ops;
use crate::value::{self, Value};

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_add(a: u64, b: u64) -> u64 {
    ret(value::add(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_sub(a: u64, b: u64) -> u64 {
    ret(ops::sub(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_mul(a: u64, b: u64) -> u64 {
    ret(ops::mul(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_div(a: u64, b: u64) -> u64 {
    ret(ops::div(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_mod(a: u64, b: u64) -> u64 {
    ret(ops::rem(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_pow(a: u64, b: u64) -> u64 {
    ret(ops::exponentiate(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_bitand(a: u64, b: u64) -> u64 {
    ret(ops::bit_and(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_bitor(a: u64, b: u64) -> u64 {
    ret(ops::bit_or(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_bitxor(a: u64, b: u64) -> u64 {
    ret(ops::bit_xor(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_shl(a: u64, b: u64) -> u64 {
    ret(ops::shift_left(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_shr(a: u64, b: u64) -> u64 {
    ret(ops::shift_right(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_ushr(a: u64, b: u64) -> u64 {
    ret(ops::shift_right_unsigned(Value(a), Value(b)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_lt(a: u64, b: u64) -> u64 {
    ret(ops::less(Value(a), Value(b)).map(Value::bool))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_gt(a: u64, b: u64) -> u64 {
    ret(ops::greater(Value(a), Value(b)).map(Value::bool))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_le(a: u64, b: u64) -> u64 {
    ret(ops::less_or_equal(Value(a), Value(b)).map(Value::bool))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_ge(a: u64, b: u64) -> u64 {
    ret(ops::greater_or_equal(Value(a), Value(b)).map(Value::bool))
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

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_instanceof(a: u64, b: u64) -> u64 {
    ret(ops::instance_of(Value(a), Value(b)).map(Value::bool))
}

/// `key in target`.
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_in(key: u64, target: u64) -> u64 {
    ret(ops::has_property(Value(key), Value(target)).map(Value::bool))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_op_neg(a: u64) -> u64 {
    ret(ops::negate(Value(a)))
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
    ret(ops::bit_not(Value(a)))
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
