//! Number operations for specialized code: plain `f64`/`i32` in and out,
//! never throwing, so calls to them need no exception check.

use crate::builtins::math::{fdlibm, js_round};
use crate::value::{self, Value};

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_f64_to_int32(x: f64) -> i32 {
    value::f64_to_int32(x)
}

/// The slow path of an inline `charCodeAt`: flattens a rope (allocating), then reads.
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_string_char_code(s: u64, i: i32) -> f64 {
    let units = Value(s).as_str().units();
    match usize::try_from(i) {
        Ok(i) if i < units.len() => f64::from(units.at(i)),
        _ => f64::NAN,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_math_round(x: f64) -> f64 {
    js_round(x)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_math_pow(x: f64, y: f64) -> f64 {
    crate::ops::exponentiate_numbers(x, y)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_math_atan2(y: f64, x: f64) -> f64 {
    fdlibm::atan2(y, x)
}

macro_rules! unary_math {
    ($($symbol:ident => $f:path;)*) => {
        $(
            #[unsafe(no_mangle)]
            pub extern "C" fn $symbol(x: f64) -> f64 {
                $f(x)
            }
        )*
    };
}

unary_math! {
    dxl_rt_math_sin => fdlibm::sin;
    dxl_rt_math_cos => fdlibm::cos;
    dxl_rt_math_tan => fdlibm::tan;
    dxl_rt_math_asin => fdlibm::asin;
    dxl_rt_math_acos => fdlibm::acos;
    dxl_rt_math_atan => fdlibm::atan;
    dxl_rt_math_exp => fdlibm::exp;
    dxl_rt_math_log => fdlibm::log;
    dxl_rt_math_log2 => fdlibm::log2;
    dxl_rt_math_log10 => fdlibm::log10;
    dxl_rt_math_cbrt => fdlibm::cbrt;
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_global_this() -> u64 {
    let v: Value = value::global_this();
    v.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_int32_wraps_like_ecmascript() {
        assert_eq!(dxl_rt_f64_to_int32(4294967297.5), 1);
        assert_eq!(dxl_rt_f64_to_int32(-1.9), -1);
        assert_eq!(dxl_rt_f64_to_int32(f64::NAN), 0);
        assert_eq!(dxl_rt_f64_to_int32(f64::INFINITY), 0);
        assert_eq!(dxl_rt_f64_to_int32(2147483648.0), i32::MIN);
        assert_eq!(dxl_rt_f64_to_int32(1e300), 0);
    }

    #[test]
    fn math_entries_match_the_builtins() {
        assert_eq!(dxl_rt_math_round(-0.5).to_bits(), (-0.0f64).to_bits());
        assert_eq!(dxl_rt_math_round(2.5), 3.0);
        assert_eq!(dxl_rt_math_pow(2.0, 10.0), 1024.0);
        assert_eq!(dxl_rt_math_atan2(1.0, 1.0), std::f64::consts::FRAC_PI_4);
        assert_eq!(dxl_rt_math_sin(0.0), 0.0);
    }
}
