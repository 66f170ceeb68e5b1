//! Number to text, exactly as ECMAScript specifies (Number::toString,
//! Number.prototype.toString(radix), toFixed, toPrecision, toExponential).
//! PLACEHOLDER BODIES: being written by another engineer; signatures are fixed.

/// Number::toString(x): shortest round-trip digits, JS exponent rules (`1e+21`, `1e-7`, `-0` -> "0").
pub fn number_to_string(x: f64) -> String {
    format!("{x}")
}

/// Number.prototype.toString(radix) for radix 2..=36.
pub fn number_to_string_radix(x: f64, radix: u32) -> String {
    let _ = radix;
    number_to_string(x)
}

/// Number.prototype.toFixed(digits), digits 0..=100. `None` when digits is out of range.
pub fn number_to_fixed(x: f64, digits: i32) -> Option<String> {
    Some(format!("{x:.*}", digits.max(0) as usize))
}

/// Number.prototype.toPrecision(precision), precision 1..=100. `None` when out of range.
pub fn number_to_precision(x: f64, precision: i32) -> Option<String> {
    let _ = precision;
    Some(number_to_string(x))
}

/// Number.prototype.toExponential(digits); `digits` None means "as many as needed".
pub fn number_to_exponential(x: f64, digits: Option<i32>) -> Option<String> {
    let _ = digits;
    Some(number_to_string(x))
}
