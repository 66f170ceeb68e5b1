//! Number.prototype formatting methods and the Number statics (§21.1.2, §21.1.3).
//!
//! Number.prototype.toString and valueOf live in `builtins/primitive.rs`; the
//! digit generation is in [`crate::number_format`]. `Number.parseInt` and
//! `Number.parseFloat` are created here and `builtins/global.rs` installs the
//! same function objects as the globals (`Number.parseInt === parseInt`).

use super::primitive::this_primitive;
use super::{Method, install_methods, install_values};
use crate::error::throw_range_error;
use crate::number_format::{self, number_to_string};
use crate::object::Obj;
use crate::realm::realm;
use crate::string::{K, Str, atom, intern_str};
use crate::value::{self, JsResult, Value, arg, to_integer_or_infinity};

pub fn install() {
    let r = realm();
    install_methods(
        r.number_proto,
        &[
            ("toExponential", to_exponential, 1),
            ("toFixed", to_fixed, 1),
            ("toPrecision", to_precision, 1),
            ("toLocaleString", to_locale_string, 0),
        ],
    );
    let ctor = number_ctor();
    const STATICS: &[Method] = &[
        ("isFinite", is_finite, 1),
        ("isInteger", is_integer, 1),
        ("isNaN", is_nan, 1),
        ("isSafeInteger", is_safe_integer, 1),
        ("parseFloat", super::global::parse_float, 1),
        ("parseInt", super::global::parse_int, 2),
    ];
    install_methods(ctor, STATICS);
    install_values(
        ctor,
        &[
            ("MAX_VALUE", Value::number(f64::MAX)),
            ("MIN_VALUE", Value::number(5e-324)),
            ("NaN", Value::number(f64::NAN)),
            ("NEGATIVE_INFINITY", Value::number(f64::NEG_INFINITY)),
            ("POSITIVE_INFINITY", Value::number(f64::INFINITY)),
            ("MAX_SAFE_INTEGER", Value::number(MAX_SAFE_INTEGER)),
            ("MIN_SAFE_INTEGER", Value::number(-MAX_SAFE_INTEGER)),
            ("EPSILON", Value::number(f64::EPSILON)),
        ],
        0,
    );
}

const MAX_SAFE_INTEGER: f64 = 9007199254740991.0;

/// The Number constructor (installed by `builtins/primitive.rs`).
pub(super) fn number_ctor() -> Obj {
    let ctor = realm().number_proto.get_atom(atom(K::constructor)).ok().and_then(Value::obj);
    ctor.expect("Number is installed before its methods")
}

fn this_number(this: Value, method: &str) -> JsResult<f64> {
    Ok(this_primitive(this, Value::is_number, method, "Number")?.as_number())
}

fn string_value(s: &str) -> Value {
    Str::new(s).value()
}

/// A digits argument as the i32 the formatters take (saturating, so huge and
/// infinite values stay out of range).
fn digits_arg(v: Value) -> JsResult<i32> {
    Ok(to_integer_or_infinity(v)? as i32)
}

// ---- Number.prototype ----

/// Number.prototype.toFixed (§21.1.3.3).
fn to_fixed(this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(this, "Number.prototype.toFixed")?;
    let f = digits_arg(arg(args, 0))?;
    match number_format::number_to_fixed(x, f) {
        Some(s) => Ok(string_value(&s)),
        None => Err(throw_range_error("toFixed() digits argument must be between 0 and 100")),
    }
}

/// Number.prototype.toExponential (§21.1.3.2).
fn to_exponential(this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(this, "Number.prototype.toExponential")?;
    let d = arg(args, 0);
    let f = digits_arg(d)?;
    let digits = if d.is_undefined() { None } else { Some(f) };
    match number_format::number_to_exponential(x, digits) {
        Some(s) => Ok(string_value(&s)),
        None => Err(throw_range_error("toExponential() argument must be between 0 and 100")),
    }
}

/// Number.prototype.toPrecision (§21.1.3.5).
fn to_precision(this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(this, "Number.prototype.toPrecision")?;
    let p = arg(args, 0);
    if p.is_undefined() {
        return Ok(string_value(&number_to_string(x)));
    }
    let p = digits_arg(p)?;
    match number_format::number_to_precision(x, p) {
        Some(s) => Ok(string_value(&s)),
        None => Err(throw_range_error("toPrecision() argument must be between 1 and 100")),
    }
}

/// Number.prototype.toLocaleString: always the en-US format (whatever the
/// `locales` argument), honouring the `minimumFractionDigits`,
/// `maximumFractionDigits` and `useGrouping` options.
fn to_locale_string(this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(this, "Number.prototype.toLocaleString")?;
    let mut opts = LocaleOptions { min_fraction: 0, max_fraction: 3, grouping: true };
    if let Some(o) = arg(args, 1).obj() {
        let min = o.get_atom(intern_str("minimumFractionDigits"))?;
        let max = o.get_atom(intern_str("maximumFractionDigits"))?;
        let grouping = o.get_atom(intern_str("useGrouping"))?;
        let range = |v: Value, name: &str| -> JsResult<Option<u32>> {
            if v.is_undefined() {
                return Ok(None);
            }
            let n = value::to_number(v)?;
            if !(0.0..=100.0).contains(&n) {
                return Err(throw_range_error(format!("{name} value is out of range.")));
            }
            Ok(Some(n.floor() as u32))
        };
        let min = range(min, "minimumFractionDigits")?;
        let max = range(max, "maximumFractionDigits")?;
        match (min, max) {
            (Some(a), Some(b)) if a > b => {
                return Err(throw_range_error("maximumFractionDigits value is out of range."));
            }
            (Some(a), Some(b)) => (opts.min_fraction, opts.max_fraction) = (a, b),
            (Some(a), None) => (opts.min_fraction, opts.max_fraction) = (a, a.max(3)),
            (None, Some(b)) => (opts.min_fraction, opts.max_fraction) = (0, b),
            (None, None) => {}
        }
        if !grouping.is_undefined() {
            opts.grouping = value::to_boolean(grouping);
        }
    }
    Ok(string_value(&format_locale(x, &opts)))
}

struct LocaleOptions {
    min_fraction: u32,
    max_fraction: u32,
    grouping: bool,
}

/// ICU's en-US decimal format: the shortest round-trip digits rounded half
/// away from zero (ECMA-402's default `halfExpand`) to `max_fraction` places,
/// trailing zeros dropped down to `min_fraction`, the integer part grouped by
/// threes.
fn format_locale(x: f64, o: &LocaleOptions) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}∞");
    }
    // Digits d1 d2 ... with the decimal point after `point` of them.
    let (mut digits, mut point) = shortest_decimal(x.abs());
    // Round at max_fraction places after the point.
    let keep = point + o.max_fraction as i64;
    if keep < digits.len() as i64 {
        let round_up = keep >= 0 && digits[keep as usize] >= 5;
        digits.truncate(keep.max(0) as usize);
        if round_up {
            let mut i = digits.len();
            loop {
                if i == 0 {
                    digits.insert(0, 1);
                    point += 1;
                    break;
                }
                i -= 1;
                if digits[i] == 9 {
                    digits[i] = 0;
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
    }
    let digit_at = |i: i64| if i >= 0 && (i as usize) < digits.len() { digits[i as usize] } else { 0 };
    let mut int_part = String::new();
    let int_len = point.max(1);
    for i in 0..int_len {
        let pos = i + point - int_len;
        if o.grouping && i > 0 && (int_len - i) % 3 == 0 {
            int_part.push(',');
        }
        int_part.push((b'0' + digit_at(pos)) as char);
    }
    let mut frac = String::new();
    for k in 0..o.max_fraction as i64 {
        frac.push((b'0' + digit_at(point + k)) as char);
    }
    while frac.len() > o.min_fraction as usize && frac.ends_with('0') {
        frac.pop();
    }
    if frac.is_empty() { format!("{sign}{int_part}") } else { format!("{sign}{int_part}.{frac}") }
}

/// The shortest round-trip decimal digits of finite `x >= 0` (digit values) and
/// the position of the decimal point: x = 0.d1d2... × 10^point.
fn shortest_decimal(x: f64) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (Vec::new(), 1);
    }
    // Rust's `{:e}` prints the shortest round-trip digits: "d.ddde±N".
    let s = format!("{x:e}");
    let (mantissa, exp) = s.split_once('e').expect("exponent in {:e} output");
    let exp: i64 = exp.parse().expect("integer exponent");
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    (digits, exp + 1)
}

// ---- Number statics ----

/// Number.isFinite (§21.1.2.2).
fn is_finite(_this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_finite()))
}

/// Number.isInteger (§21.1.2.3).
fn is_integer(_this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && is_integral(v.as_number())))
}

/// Number.isNaN (§21.1.2.4).
fn is_nan(_this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_nan()))
}

/// Number.isSafeInteger (§21.1.2.5).
fn is_safe_integer(_this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && is_integral(v.as_number()) && v.as_number().abs() <= MAX_SAFE_INTEGER))
}

fn is_integral(d: f64) -> bool {
    d.is_finite() && d.trunc() == d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(x: f64) -> String {
        format_locale(x, &LocaleOptions { min_fraction: 0, max_fraction: 3, grouping: true })
    }

    #[test]
    fn locale_format_matches_icu() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0"),
            (-0.0, "-0"),
            (1234.5, "1,234.5"),
            (1234567.891, "1,234,567.891"),
            (0.0005, "0.001"),
            (0.0025, "0.003"),
            (1.0005, "1.001"),
            (-1234.5678, "-1,234.568"),
            (1e21, "1,000,000,000,000,000,000,000"),
            (1.2345678901234566e25, "12,345,678,901,234,566,000,000,000"),
            (0.1 + 0.2, "0.3"),
            (999.9995, "1,000"),
            (999.9994, "999.999"),
            (1e-7, "0"),
            (-0.0004, "-0"),
            (12345.6785, "12,345.679"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-∞"),
        ];
        for &(x, want) in cases {
            assert_eq!(fmt(x), want, "{x}");
        }
        let o = LocaleOptions { min_fraction: 2, max_fraction: 3, grouping: false };
        assert_eq!(format_locale(1234.5, &o), "1234.50");
        let o = LocaleOptions { min_fraction: 0, max_fraction: 0, grouping: true };
        assert_eq!(format_locale(0.5, &o), "1");
        assert_eq!(format_locale(1234.5, &o), "1,235");
    }
}
