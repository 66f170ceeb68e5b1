//! Text to number, exactly as ECMAScript specifies (StringToNumber, parseInt, parseFloat).
//! PLACEHOLDER BODIES: being written by another engineer; signatures are fixed.

/// StringToNumber: what `Number(s)` and `+s` do.
pub fn string_to_number(s: &str) -> f64 {
    s.trim().parse().unwrap_or(f64::NAN)
}

/// The global parseInt(string, radix); `radix` is ToInt32 of the argument (0 means absent).
pub fn parse_int(s: &str, radix: i32) -> f64 {
    let _ = radix;
    string_to_number(s)
}

/// The global parseFloat(string).
pub fn parse_float(s: &str) -> f64 {
    string_to_number(s)
}

/// Whether `s` is a canonical array index ("0", "1", ... up to 2^32-2), and which.
pub fn array_index(s: &str) -> Option<u32> {
    s.parse::<u32>().ok().filter(|&i| i != u32::MAX && (i.to_string() == s))
}
