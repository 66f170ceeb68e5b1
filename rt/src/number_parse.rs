//! Text to number, exactly as ECMAScript specifies (StringToNumber, parseInt, parseFloat).
//!
//! Decimal text is validated against the spec grammar here and only then handed to
//! Rust's `f64` parser, which rounds correctly but accepts more syntax ("inf", "nan")
//! than JS does. Power-of-two radices are rounded correctly by hand; other parseInt
//! radices accumulate in f64 exactly like V8 (the spec allows an approximation there).

/// StringToNumber: what `Number(s)` and `+s` do.
pub fn string_to_number(s: &str) -> f64 {
    // StringNumericLiteral ::: StrWhiteSpace_opt StrNumericLiteral StrWhiteSpace_opt
    let t = trim_js_whitespace(s).as_bytes();
    if t.is_empty() {
        return 0.0;
    }
    // NonDecimalIntegerLiteral (no sign allowed, no separators).
    if t.len() > 2 && t[0] == b'0' {
        let log2 = match t[1] {
            b'x' | b'X' => 4,
            b'o' | b'O' => 3,
            b'b' | b'B' => 1,
            _ => 0,
        };
        if log2 != 0 {
            let digits = &t[2..];
            if !digits.iter().all(|&b| digit_value(b) < 1 << log2) {
                return f64::NAN;
            }
            return parse_pow2_digits(digits, log2);
        }
    }
    // Fast path: a short run of ASCII digits is exact in a u64 and in f64.
    if t.len() <= 15 && t.iter().all(u8::is_ascii_digit) {
        return t.iter().fold(0u64, |acc, &b| acc * 10 + u64::from(b - b'0')) as f64;
    }
    // StrDecimalLiteral must cover the whole trimmed string.
    match scan_decimal_literal(t) {
        Some(len) if len == t.len() => parse_scanned(t),
        _ => f64::NAN,
    }
}

/// The global parseInt(string, radix); `radix` is ToInt32 of the argument (0 means absent).
pub fn parse_int(s: &str, radix: i32) -> f64 {
    // Step 2: strip leading whitespace only.
    let mut t = trim_js_whitespace_start(s).as_bytes();
    // Steps 3-5: an optional sign.
    let negative = t.first() == Some(&b'-');
    if let Some(b'-' | b'+') = t.first() {
        t = &t[1..];
    }
    // Steps 6-10: radix selection; a "0x" prefix is stripped when R is 0 or 16.
    let mut r = radix;
    let strip_prefix = r == 0 || r == 16;
    if r == 0 {
        r = 10;
    } else if !(2..=36).contains(&r) {
        return f64::NAN;
    }
    if strip_prefix && t.len() >= 2 && t[0] == b'0' && (t[1] == b'x' || t[1] == b'X') {
        t = &t[2..];
        r = 16;
    }
    let r = r as u32;
    // Steps 11-13: the longest prefix of radix-R digits; none means NaN.
    let end = t.iter().position(|&b| digit_value(b) >= r).unwrap_or(t.len());
    if end == 0 {
        return f64::NAN;
    }
    // Step 14. Leading zeros carry no value.
    let digits = &t[..end];
    let digits = &digits[digits.iter().position(|&b| b != b'0').unwrap_or(end)..];
    let magnitude = if digits.is_empty() {
        0.0
    } else if r == 10 {
        parse_decimal_digits(digits)
    } else if r.is_power_of_two() {
        parse_pow2_digits(digits, r.trailing_zeros())
    } else {
        parse_generic_digits(digits, r)
    };
    // Steps 15-16: the sign applies to zero too, so parseInt("-0") is -0.
    if negative { -magnitude } else { magnitude }
}

/// The global parseFloat(string).
pub fn parse_float(s: &str) -> f64 {
    // Steps 2-4: the longest prefix of the trimmed string that is a StrDecimalLiteral.
    let t = trim_js_whitespace_start(s).as_bytes();
    match scan_decimal_literal(t) {
        Some(len) => parse_scanned(&t[..len]),
        None => f64::NAN,
    }
}

/// Whether `s` is a canonical array index ("0", "1", ... up to 2^32-2), and which.
pub fn array_index(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    // Canonical: "0", or no leading zero and at most 10 digits (2^32 - 2 has 10).
    match b {
        [b'0'] => return Some(0),
        [] | [b'0', ..] => return None,
        _ if b.len() > 10 => return None,
        _ => {}
    }
    let mut v = 0u64;
    for &c in b {
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        v = v * 10 + u64::from(d);
    }
    // 2^32 - 1 is not an array index.
    if v < u64::from(u32::MAX) { Some(v as u32) } else { None }
}

/// WhiteSpace or LineTerminator as the spec defines them (for StrWhiteSpaceChar and
/// TrimString). Unlike `char::is_whitespace`, this includes U+FEFF and excludes U+0085.
fn is_js_whitespace(c: char) -> bool {
    matches!(
        c,
        '\u{9}'..='\u{D}'
            | ' '
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}'
            | '\u{FEFF}'
    )
}

fn trim_js_whitespace(s: &str) -> &str {
    s.trim_matches(is_js_whitespace)
}

fn trim_js_whitespace_start(s: &str) -> &str {
    s.trim_start_matches(is_js_whitespace)
}

/// The value of an ASCII digit in radices up to 36, or 36+ for anything else.
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => u32::MAX,
    }
}

/// Length of the longest prefix of `b` that is a StrDecimalLiteral:
/// `[+-]? (Infinity | digits [. digits?] [exp] | . digits [exp])`, where an exponent
/// only counts when it has at least one digit. `None` when no prefix matches.
fn scan_decimal_literal(b: &[u8]) -> Option<usize> {
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    if b[i..].starts_with(b"Infinity") {
        return Some(i + 8);
    }
    let count_digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let int_digits = count_digits(i);
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        frac_digits = count_digits(i + 1);
        if int_digits + frac_digits > 0 {
            i += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    // ExponentPart ::: e SignedInteger (the sign is optional).
    if let Some(b'e' | b'E') = b.get(i) {
        let mut j = i + 1;
        if let Some(b'+' | b'-') = b.get(j) {
            j += 1;
        }
        let exp_digits = count_digits(j);
        if exp_digits > 0 {
            i = j + exp_digits;
        }
    }
    Some(i)
}

/// Converts text already accepted by `scan_decimal_literal` (whole match).
fn parse_scanned(lit: &[u8]) -> f64 {
    let negative = lit.first() == Some(&b'-');
    let unsigned = lit.strip_prefix(b"-").or(lit.strip_prefix(b"+")).unwrap_or(lit);
    let magnitude = if unsigned == b"Infinity" {
        f64::INFINITY
    } else {
        // Valid JS decimal syntax is a subset of what Rust's correctly rounded
        // parser accepts, so this cannot fail.
        std::str::from_utf8(unsigned).ok().and_then(|t| t.parse::<f64>().ok()).unwrap_or(f64::NAN)
    };
    if negative { -magnitude } else { magnitude }
}

/// A non-empty run of ASCII decimal digits, correctly rounded.
fn parse_decimal_digits(digits: &[u8]) -> f64 {
    if digits.len() <= 15 {
        // Below 10^15 < 2^53: exact.
        return digits.iter().fold(0u64, |acc, &b| acc * 10 + u64::from(b - b'0')) as f64;
    }
    std::str::from_utf8(digits).ok().and_then(|t| t.parse::<f64>().ok()).unwrap_or(f64::NAN)
}

/// Digits in radix 2^log2 (all valid, log2 in 1..=5), correctly rounded to nearest,
/// ties to even, as both StringToNumber and V8's parseInt do.
fn parse_pow2_digits(digits: &[u8], log2: u32) -> f64 {
    // Accumulate the leading bits exactly; once the next digit would overflow, `m`
    // already holds at least 64 - 5 = 59 bits, so its lowest bit lies below f64's
    // rounding bit and can stand in for every dropped non-zero bit (a sticky bit).
    let mut m = 0u64;
    let mut dropped_bits = 0u32;
    let mut sticky = false;
    for &b in digits {
        let d = u64::from(digit_value(b));
        if dropped_bits == 0 && m >> (64 - log2) == 0 {
            m = (m << log2) | d;
        } else {
            dropped_bits = dropped_bits.saturating_add(log2);
            sticky |= d != 0;
        }
    }
    if sticky {
        m |= 1;
    }
    // u64 -> f64 rounds to nearest even; scaling by a power of two is then exact
    // (or overflows to Infinity, which is the correctly rounded result).
    let mut v = m as f64;
    while dropped_bits > 0 && v.is_finite() {
        let step = dropped_bits.min(1000);
        v *= f64::from_bits(u64::from(1023 + step) << 52);
        dropped_bits -= step;
    }
    v
}

/// parseInt for radices that are neither 10 nor a power of two, accumulating exactly
/// like V8 (NumberParseIntHelper::HandleGenericCase), so large results match it bit
/// for bit: 32-bit chunks multiplied into an f64.
fn parse_generic_digits(digits: &[u8], radix: u32) -> f64 {
    const MAX_MULTIPLIER: u32 = u32::MAX / 36;
    let mut result = 0.0f64;
    let mut rest = digits;
    while !rest.is_empty() {
        let (mut part, mut multiplier) = (0u32, 1u32);
        let mut used = 0;
        for &b in rest {
            let m = multiplier * radix;
            if m > MAX_MULTIPLIER {
                break;
            }
            part = part * radix + digit_value(b);
            multiplier = m;
            used += 1;
        }
        result = result * f64::from(multiplier) + f64::from(part);
        rest = &rest[used..];
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected results are written the way JS prints them; Rust parses all of these
    /// (including "NaN", "Infinity" and "-0") to the same double.
    fn num(s: &str) -> f64 {
        s.parse().unwrap()
    }

    /// Same value, telling -0 from +0 and treating every NaN alike.
    fn same(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
    }

    // Expected values below were produced by Node 20 (`Number(s)`, `parseFloat(s)`,
    // `parseInt(s, radix)`).
    const NUMBER: &[(&str, &str)] = &[
        ("", "0"),
        (" ", "0"),
        ("0", "0"),
        ("-0", "-0"),
        ("+0", "0"),
        ("00", "0"),
        ("007", "7"),
        ("1", "1"),
        ("-1", "-1"),
        ("+1", "1"),
        ("  12  ", "12"),
        ("\u{a0}\u{feff}42\u{2028}\u{2029}", "42"),
        ("\u{1680}\u{2000}\u{200a}\u{202f}\u{205f}\u{3000}7\u{9}\u{a}\u{b}\u{c}\u{d}", "7"),
        ("\u{85}42", "NaN"),
        ("\u{180e}1", "NaN"),
        ("\u{200b}1", "NaN"),
        (".5", "0.5"),
        ("5.", "5"),
        (".", "NaN"),
        ("-.5", "-0.5"),
        ("+.5", "0.5"),
        (".e1", "NaN"),
        ("5.e1", "50"),
        ("1e3", "1000"),
        ("1E-3", "0.001"),
        ("1e+3", "1000"),
        ("1e", "NaN"),
        ("1e+", "NaN"),
        ("1e-", "NaN"),
        ("e5", "NaN"),
        ("+", "NaN"),
        ("-", "NaN"),
        ("- 1", "NaN"),
        ("1 2", "NaN"),
        ("1_000", "NaN"),
        ("1,5", "NaN"),
        ("1.2.3", "NaN"),
        ("Infinity", "Infinity"),
        ("+Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
        ("infinity", "NaN"),
        ("Inf", "NaN"),
        ("inf", "NaN"),
        ("NaN", "NaN"),
        ("nan", "NaN"),
        ("Infinityx", "NaN"),
        (" -Infinity ", "-Infinity"),
        ("0x1f", "31"),
        ("0X1F", "31"),
        ("0xABCdef", "11259375"),
        ("0o17", "15"),
        ("0O17", "15"),
        ("0b101", "5"),
        ("0B101", "5"),
        ("0x", "NaN"),
        ("0o", "NaN"),
        ("0b", "NaN"),
        ("0xg", "NaN"),
        ("0o8", "NaN"),
        ("0b2", "NaN"),
        ("+0x10", "NaN"),
        ("-0x10", "NaN"),
        ("00x1", "NaN"),
        ("0x 1", "NaN"),
        ("0x1.5", "NaN"),
        ("0b1e1", "NaN"),
        ("0x20000000000001", "9007199254740992"),
        ("0x20000000000003", "9007199254740996"),
        ("0x20000000000001000000001", "6.189700196426903e+26"),
        ("0x1fffffffffffff8", "144115188075855870"),
        ("0x1fffffffffffff800000000000000000000000000001", "1.1972621413014757e+52"),
        ("0b111111111111111111111111111111111111111111111111111111111111", "1152921504606847000"),
        ("0o777777777777777777777777777777", "1.2379400392853803e+27"),
        ("123456789012345678901234567890", "1.2345678901234568e+29"),
        ("9007199254740993", "9007199254740992"),
        ("9007199254740993.0000000000000001", "9007199254740994"),
        ("2.2250738585072011e-308", "2.225073858507201e-308"),
        ("4.9406564584124654e-324", "5e-324"),
        ("2.4703282292062327e-324", "0"),
        ("2.4703282292062328e-324", "5e-324"),
        ("1.7976931348623157e308", "1.7976931348623157e+308"),
        ("1.7976931348623158e308", "1.7976931348623157e+308"),
        ("1.7976931348623159e308", "Infinity"),
        ("1e400", "Infinity"),
        ("-1e400", "-Infinity"),
        ("1e-400", "0"),
        ("-1e-400", "-0"),
        ("1e0000000000000000000000000005", "100000"),
        ("1e-99999999999999999999", "0"),
        ("0.1", "0.1"),
        ("0.30000000000000004", "0.30000000000000004"),
        ("-.5e-3abc", "NaN"),
        ("3.14abc", "NaN"),
        ("12px", "NaN"),
        ("  -12.5e+2xyz", "NaN"),
        ("1e1000abc", "NaN"),
        ("0.0000001", "1e-7"),
        ("-0.0", "-0"),
        ("0x10", "16"),
        ("0X1f", "31"),
        ("1e3", "1000"),
        ("abc", "NaN"),
        ("  +42", "42"),
        ("-  42", "NaN"),
        ("08", "8"),
        ("0.9", "0.9"),
        ("-0.9", "-0.9"),
        ("4294967295", "4294967295"),
        ("18446744073709551616", "18446744073709552000"),
        ("123456789012345678901234567890123", "1.2345678901234569e+32"),
        ("36", "36"),
        ("zz", "NaN"),
        ("ZZ", "NaN"),
        ("Zz!", "NaN"),
        ("1010", "1010"),
        ("777", "777"),
    ];
    const PARSE_FLOAT: &[(&str, &str)] = &[
        ("", "NaN"),
        (" ", "NaN"),
        ("0", "0"),
        ("-0", "-0"),
        ("+0", "0"),
        ("00", "0"),
        ("007", "7"),
        ("1", "1"),
        ("-1", "-1"),
        ("+1", "1"),
        ("  12  ", "12"),
        ("\u{a0}\u{feff}42\u{2028}\u{2029}", "42"),
        ("\u{1680}\u{2000}\u{200a}\u{202f}\u{205f}\u{3000}7\u{9}\u{a}\u{b}\u{c}\u{d}", "7"),
        ("\u{85}42", "NaN"),
        ("\u{180e}1", "NaN"),
        ("\u{200b}1", "NaN"),
        (".5", "0.5"),
        ("5.", "5"),
        (".", "NaN"),
        ("-.5", "-0.5"),
        ("+.5", "0.5"),
        (".e1", "NaN"),
        ("5.e1", "50"),
        ("1e3", "1000"),
        ("1E-3", "0.001"),
        ("1e+3", "1000"),
        ("1e", "1"),
        ("1e+", "1"),
        ("1e-", "1"),
        ("e5", "NaN"),
        ("+", "NaN"),
        ("-", "NaN"),
        ("- 1", "NaN"),
        ("1 2", "1"),
        ("1_000", "1"),
        ("1,5", "1"),
        ("1.2.3", "1.2"),
        ("Infinity", "Infinity"),
        ("+Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
        ("infinity", "NaN"),
        ("Inf", "NaN"),
        ("inf", "NaN"),
        ("NaN", "NaN"),
        ("nan", "NaN"),
        ("Infinityx", "Infinity"),
        (" -Infinity ", "-Infinity"),
        ("0x1f", "0"),
        ("0X1F", "0"),
        ("0xABCdef", "0"),
        ("0o17", "0"),
        ("0O17", "0"),
        ("0b101", "0"),
        ("0B101", "0"),
        ("0x", "0"),
        ("0o", "0"),
        ("0b", "0"),
        ("0xg", "0"),
        ("0o8", "0"),
        ("0b2", "0"),
        ("+0x10", "0"),
        ("-0x10", "-0"),
        ("00x1", "0"),
        ("0x 1", "0"),
        ("0x1.5", "0"),
        ("0b1e1", "0"),
        ("0x20000000000001", "0"),
        ("0x20000000000003", "0"),
        ("0x20000000000001000000001", "0"),
        ("0x1fffffffffffff8", "0"),
        ("0x1fffffffffffff800000000000000000000000000001", "0"),
        ("0b111111111111111111111111111111111111111111111111111111111111", "0"),
        ("0o777777777777777777777777777777", "0"),
        ("123456789012345678901234567890", "1.2345678901234568e+29"),
        ("9007199254740993", "9007199254740992"),
        ("9007199254740993.0000000000000001", "9007199254740994"),
        ("2.2250738585072011e-308", "2.225073858507201e-308"),
        ("4.9406564584124654e-324", "5e-324"),
        ("2.4703282292062327e-324", "0"),
        ("2.4703282292062328e-324", "5e-324"),
        ("1.7976931348623157e308", "1.7976931348623157e+308"),
        ("1.7976931348623158e308", "1.7976931348623157e+308"),
        ("1.7976931348623159e308", "Infinity"),
        ("1e400", "Infinity"),
        ("-1e400", "-Infinity"),
        ("1e-400", "0"),
        ("-1e-400", "-0"),
        ("1e0000000000000000000000000005", "100000"),
        ("1e-99999999999999999999", "0"),
        ("0.1", "0.1"),
        ("0.30000000000000004", "0.30000000000000004"),
        ("-.5e-3abc", "-0.0005"),
        ("3.14abc", "3.14"),
        ("12px", "12"),
        ("  -12.5e+2xyz", "-1250"),
        ("1e1000abc", "Infinity"),
        ("0.0000001", "1e-7"),
        ("-0.0", "-0"),
        ("0x10", "0"),
        ("0X1f", "0"),
        ("1e3", "1000"),
        ("abc", "NaN"),
        ("  +42", "42"),
        ("-  42", "NaN"),
        ("08", "8"),
        ("0.9", "0.9"),
        ("-0.9", "-0.9"),
        ("4294967295", "4294967295"),
        ("18446744073709551616", "18446744073709552000"),
        ("123456789012345678901234567890123", "1.2345678901234569e+32"),
        ("36", "36"),
        ("zz", "NaN"),
        ("ZZ", "NaN"),
        ("Zz!", "NaN"),
        ("1010", "1010"),
        ("777", "777"),
    ];
    const PARSE_INT: &[(&str, i32, &str)] = &[
        ("", 0, "NaN"),
        ("", 16, "NaN"),
        (" ", 0, "NaN"),
        (" ", 16, "NaN"),
        ("0", 0, "0"),
        ("0", 16, "0"),
        ("-0", 0, "-0"),
        ("-0", 16, "-0"),
        ("+0", 0, "0"),
        ("+0", 16, "0"),
        ("00", 0, "0"),
        ("00", 16, "0"),
        ("007", 0, "7"),
        ("007", 16, "7"),
        ("1", 0, "1"),
        ("1", 16, "1"),
        ("-1", 0, "-1"),
        ("-1", 16, "-1"),
        ("+1", 0, "1"),
        ("+1", 16, "1"),
        ("  12  ", 0, "12"),
        ("  12  ", 16, "18"),
        ("\u{a0}\u{feff}42\u{2028}\u{2029}", 0, "42"),
        ("\u{a0}\u{feff}42\u{2028}\u{2029}", 16, "66"),
        ("\u{1680}\u{2000}\u{200a}\u{202f}\u{205f}\u{3000}7\u{9}\u{a}\u{b}\u{c}\u{d}", 0, "7"),
        ("\u{1680}\u{2000}\u{200a}\u{202f}\u{205f}\u{3000}7\u{9}\u{a}\u{b}\u{c}\u{d}", 16, "7"),
        ("\u{85}42", 0, "NaN"),
        ("\u{85}42", 16, "NaN"),
        ("\u{180e}1", 0, "NaN"),
        ("\u{180e}1", 16, "NaN"),
        ("\u{200b}1", 0, "NaN"),
        ("\u{200b}1", 16, "NaN"),
        (".5", 0, "NaN"),
        (".5", 16, "NaN"),
        ("5.", 0, "5"),
        ("5.", 16, "5"),
        (".", 0, "NaN"),
        (".", 16, "NaN"),
        ("-.5", 0, "NaN"),
        ("-.5", 16, "NaN"),
        ("+.5", 0, "NaN"),
        ("+.5", 16, "NaN"),
        (".e1", 0, "NaN"),
        (".e1", 16, "NaN"),
        ("5.e1", 0, "5"),
        ("5.e1", 16, "5"),
        ("1e3", 0, "1"),
        ("1e3", 16, "483"),
        ("1E-3", 0, "1"),
        ("1E-3", 16, "30"),
        ("1e+3", 0, "1"),
        ("1e+3", 16, "30"),
        ("1e", 0, "1"),
        ("1e", 16, "30"),
        ("1e+", 0, "1"),
        ("1e+", 16, "30"),
        ("1e-", 0, "1"),
        ("1e-", 16, "30"),
        ("e5", 0, "NaN"),
        ("e5", 16, "229"),
        ("+", 0, "NaN"),
        ("+", 16, "NaN"),
        ("-", 0, "NaN"),
        ("-", 16, "NaN"),
        ("- 1", 0, "NaN"),
        ("- 1", 16, "NaN"),
        ("1 2", 0, "1"),
        ("1 2", 16, "1"),
        ("1_000", 0, "1"),
        ("1_000", 16, "1"),
        ("1,5", 0, "1"),
        ("1,5", 16, "1"),
        ("1.2.3", 0, "1"),
        ("1.2.3", 16, "1"),
        ("Infinity", 0, "NaN"),
        ("Infinity", 16, "NaN"),
        ("+Infinity", 0, "NaN"),
        ("+Infinity", 16, "NaN"),
        ("-Infinity", 0, "NaN"),
        ("-Infinity", 16, "NaN"),
        ("infinity", 0, "NaN"),
        ("infinity", 16, "NaN"),
        ("Inf", 0, "NaN"),
        ("Inf", 16, "NaN"),
        ("inf", 0, "NaN"),
        ("inf", 16, "NaN"),
        ("NaN", 0, "NaN"),
        ("NaN", 16, "NaN"),
        ("nan", 0, "NaN"),
        ("nan", 16, "NaN"),
        ("Infinityx", 0, "NaN"),
        ("Infinityx", 16, "NaN"),
        (" -Infinity ", 0, "NaN"),
        (" -Infinity ", 16, "NaN"),
        ("0x1f", 0, "31"),
        ("0x1f", 16, "31"),
        ("0X1F", 0, "31"),
        ("0X1F", 16, "31"),
        ("0xABCdef", 0, "11259375"),
        ("0xABCdef", 16, "11259375"),
        ("0o17", 0, "0"),
        ("0o17", 16, "0"),
        ("0O17", 0, "0"),
        ("0O17", 16, "0"),
        ("0b101", 0, "0"),
        ("0b101", 16, "45313"),
        ("0B101", 0, "0"),
        ("0B101", 16, "45313"),
        ("0x", 0, "NaN"),
        ("0x", 16, "NaN"),
        ("0o", 0, "0"),
        ("0o", 16, "0"),
        ("0b", 0, "0"),
        ("0b", 16, "11"),
        ("0xg", 0, "NaN"),
        ("0xg", 16, "NaN"),
        ("0o8", 0, "0"),
        ("0o8", 16, "0"),
        ("0b2", 0, "0"),
        ("0b2", 16, "178"),
        ("+0x10", 0, "16"),
        ("+0x10", 16, "16"),
        ("-0x10", 0, "-16"),
        ("-0x10", 16, "-16"),
        ("00x1", 0, "0"),
        ("00x1", 16, "0"),
        ("0x 1", 0, "NaN"),
        ("0x 1", 16, "NaN"),
        ("0x1.5", 0, "1"),
        ("0x1.5", 16, "1"),
        ("0b1e1", 0, "0"),
        ("0b1e1", 16, "45537"),
        ("0x20000000000001", 0, "9007199254740992"),
        ("0x20000000000001", 16, "9007199254740992"),
        ("0x20000000000003", 0, "9007199254740996"),
        ("0x20000000000003", 16, "9007199254740996"),
        ("0x20000000000001000000001", 0, "6.189700196426903e+26"),
        ("0x20000000000001000000001", 16, "6.189700196426903e+26"),
        ("0x1fffffffffffff8", 0, "144115188075855870"),
        ("0x1fffffffffffff8", 16, "144115188075855870"),
        ("0x1fffffffffffff800000000000000000000000000001", 0, "1.1972621413014757e+52"),
        ("0x1fffffffffffff800000000000000000000000000001", 16, "1.1972621413014757e+52"),
        ("0b111111111111111111111111111111111111111111111111111111111111", 0, "0"),
        ("0b111111111111111111111111111111111111111111111111111111111111", 16, "1.9553107516880786e+73"),
        ("0o777777777777777777777777777777", 0, "0"),
        ("0o777777777777777777777777777777", 16, "0"),
        ("123456789012345678901234567890", 0, "1.2345678901234568e+29"),
        ("123456789012345678901234567890", 16, "9.452287968736547e+34"),
        ("9007199254740993", 0, "9007199254740992"),
        ("9007199254740993", 16, "10378291982571407000"),
        ("9007199254740993.0000000000000001", 0, "9007199254740992"),
        ("9007199254740993.0000000000000001", 16, "10378291982571407000"),
        ("2.2250738585072011e-308", 0, "2"),
        ("2.2250738585072011e-308", 16, "2"),
        ("4.9406564584124654e-324", 0, "4"),
        ("4.9406564584124654e-324", 16, "4"),
        ("2.4703282292062327e-324", 0, "2"),
        ("2.4703282292062327e-324", 16, "2"),
        ("2.4703282292062328e-324", 0, "2"),
        ("2.4703282292062328e-324", 16, "2"),
        ("1.7976931348623157e308", 0, "1"),
        ("1.7976931348623157e308", 16, "1"),
        ("1.7976931348623158e308", 0, "1"),
        ("1.7976931348623158e308", 16, "1"),
        ("1.7976931348623159e308", 0, "1"),
        ("1.7976931348623159e308", 16, "1"),
        ("1e400", 0, "1"),
        ("1e400", 16, "123904"),
        ("-1e400", 0, "-1"),
        ("-1e400", 16, "-123904"),
        ("1e-400", 0, "1"),
        ("1e-400", 16, "30"),
        ("-1e-400", 0, "-1"),
        ("-1e-400", 16, "-30"),
        ("1e0000000000000000000000000005", 0, "1"),
        ("1e0000000000000000000000000005", 16, "1.5576890575604483e+35"),
        ("1e-99999999999999999999", 0, "1"),
        ("1e-99999999999999999999", 16, "30"),
        ("0.1", 0, "0"),
        ("0.1", 16, "0"),
        ("0.30000000000000004", 0, "0"),
        ("0.30000000000000004", 16, "0"),
        ("-.5e-3abc", 0, "NaN"),
        ("-.5e-3abc", 16, "NaN"),
        ("3.14abc", 0, "3"),
        ("3.14abc", 16, "3"),
        ("12px", 0, "12"),
        ("12px", 16, "18"),
        ("  -12.5e+2xyz", 0, "-12"),
        ("  -12.5e+2xyz", 16, "-18"),
        ("1e1000abc", 0, "1"),
        ("1e1000abc", 16, "8069843644"),
        ("0.0000001", 0, "0"),
        ("0.0000001", 16, "0"),
        ("-0.0", 0, "-0"),
        ("-0.0", 16, "-0"),
        ("0x10", 0, "16"),
        ("0x10", 16, "16"),
        ("0X1f", 0, "31"),
        ("0X1f", 16, "31"),
        ("1e3", 0, "1"),
        ("1e3", 16, "483"),
        ("abc", 0, "NaN"),
        ("abc", 16, "2748"),
        ("  +42", 0, "42"),
        ("  +42", 16, "66"),
        ("-  42", 0, "NaN"),
        ("-  42", 16, "NaN"),
        ("08", 0, "8"),
        ("08", 16, "8"),
        ("0.9", 0, "0"),
        ("0.9", 16, "0"),
        ("-0.9", 0, "-0"),
        ("-0.9", 16, "-0"),
        ("4294967295", 0, "4294967295"),
        ("4294967295", 16, "285960729237"),
        ("18446744073709551616", 0, "18446744073709552000"),
        ("18446744073709551616", 16, "1.1459861526630101e+23"),
        ("123456789012345678901234567890123", 0, "1.2345678901234569e+32"),
        ("123456789012345678901234567890123", 16, "3.87165715199449e+38"),
        ("36", 0, "36"),
        ("36", 16, "54"),
        ("zz", 0, "NaN"),
        ("zz", 16, "NaN"),
        ("ZZ", 0, "NaN"),
        ("ZZ", 16, "NaN"),
        ("Zz!", 0, "NaN"),
        ("Zz!", 16, "NaN"),
        ("1010", 0, "1010"),
        ("1010", 16, "4112"),
        ("777", 0, "777"),
        ("777", 16, "1911"),
        ("z", 0, "NaN"),
        ("z", 2, "NaN"),
        ("z", 8, "NaN"),
        ("z", 10, "NaN"),
        ("z", 16, "NaN"),
        ("z", 36, "35"),
        ("z", 7, "NaN"),
        ("z", 32, "NaN"),
        ("z", 37, "NaN"),
        ("z", 1, "NaN"),
        ("z", -1, "NaN"),
        ("Z", 0, "NaN"),
        ("Z", 2, "NaN"),
        ("Z", 8, "NaN"),
        ("Z", 10, "NaN"),
        ("Z", 16, "NaN"),
        ("Z", 36, "35"),
        ("Z", 7, "NaN"),
        ("Z", 32, "NaN"),
        ("Z", 37, "NaN"),
        ("Z", 1, "NaN"),
        ("Z", -1, "NaN"),
        ("zz", 0, "NaN"),
        ("zz", 2, "NaN"),
        ("zz", 8, "NaN"),
        ("zz", 10, "NaN"),
        ("zz", 16, "NaN"),
        ("zz", 36, "1295"),
        ("zz", 7, "NaN"),
        ("zz", 32, "NaN"),
        ("zz", 37, "NaN"),
        ("zz", 1, "NaN"),
        ("zz", -1, "NaN"),
        ("10", 0, "10"),
        ("10", 2, "2"),
        ("10", 8, "8"),
        ("10", 10, "10"),
        ("10", 16, "16"),
        ("10", 36, "36"),
        ("10", 7, "7"),
        ("10", 32, "32"),
        ("10", 37, "NaN"),
        ("10", 1, "NaN"),
        ("10", -1, "NaN"),
        ("-10", 0, "-10"),
        ("-10", 2, "-2"),
        ("-10", 8, "-8"),
        ("-10", 10, "-10"),
        ("-10", 16, "-16"),
        ("-10", 36, "-36"),
        ("-10", 7, "-7"),
        ("-10", 32, "-32"),
        ("-10", 37, "NaN"),
        ("-10", 1, "NaN"),
        ("-10", -1, "NaN"),
        ("0x10", 0, "16"),
        ("0x10", 2, "0"),
        ("0x10", 8, "0"),
        ("0x10", 10, "0"),
        ("0x10", 16, "16"),
        ("0x10", 36, "42804"),
        ("0x10", 7, "0"),
        ("0x10", 32, "0"),
        ("0x10", 37, "NaN"),
        ("0x10", 1, "NaN"),
        ("0x10", -1, "NaN"),
        ("0xZZ", 0, "NaN"),
        ("0xZZ", 2, "0"),
        ("0xZZ", 8, "0"),
        ("0xZZ", 10, "0"),
        ("0xZZ", 16, "NaN"),
        ("0xZZ", 36, "44063"),
        ("0xZZ", 7, "0"),
        ("0xZZ", 32, "0"),
        ("0xZZ", 37, "NaN"),
        ("0xZZ", 1, "NaN"),
        ("0xZZ", -1, "NaN"),
        ("azAZ!", 0, "NaN"),
        ("azAZ!", 2, "NaN"),
        ("azAZ!", 8, "NaN"),
        ("azAZ!", 10, "NaN"),
        ("azAZ!", 16, "10"),
        ("azAZ!", 36, "512315"),
        ("azAZ!", 7, "NaN"),
        ("azAZ!", 32, "10"),
        ("azAZ!", 37, "NaN"),
        ("azAZ!", 1, "NaN"),
        ("azAZ!", -1, "NaN"),
        ("1111111111111111111111111111111111111111111111111111111111111111111111", 37, "NaN"),
        ("1111111111111111111111111111111111111111111111111111111111111111111111", 1, "NaN"),
        ("1111111111111111111111111111111111111111111111111111111111111111111111", -1, "NaN"),
        ("zzzzzzzzzzzzzzzzzzzz", 0, "NaN"),
        ("zzzzzzzzzzzzzzzzzzzz", 2, "NaN"),
        ("zzzzzzzzzzzzzzzzzzzz", 8, "NaN"),
        ("zzzzzzzzzzzzzzzzzzzz", 10, "NaN"),
        ("zzzzzzzzzzzzzzzzzzzz", 16, "NaN"),
        ("zzzzzzzzzzzzzzzzzzzz", 36, "1.3367494538843734e+31"),
        ("zzzzzzzzzzzzzzzzzzzz", 7, "NaN"),
        ("zzzzzzzzzzzzzzzzzzzz", 32, "NaN"),
        ("zzzzzzzzzzzzzzzzzzzz", 37, "NaN"),
        ("zzzzzzzzzzzzzzzzzzzz", 1, "NaN"),
        ("zzzzzzzzzzzzzzzzzzzz", -1, "NaN"),
        ("123456789abcdefghijklmnopqrstuvwxyz", 0, "123456789"),
        ("123456789abcdefghijklmnopqrstuvwxyz", 2, "1"),
        ("123456789abcdefghijklmnopqrstuvwxyz", 8, "342391"),
        ("123456789abcdefghijklmnopqrstuvwxyz", 10, "123456789"),
        ("123456789abcdefghijklmnopqrstuvwxyz", 16, "81985529216486900"),
        ("123456789abcdefghijklmnopqrstuvwxyz", 36, "8.684682361119716e+52"),
        ("123456789abcdefghijklmnopqrstuvwxyz", 7, "22875"),
        ("123456789abcdefghijklmnopqrstuvwxyz", 32, "1.52081335830479e+45"),
        ("123456789abcdefghijklmnopqrstuvwxyz", 37, "NaN"),
        ("123456789abcdefghijklmnopqrstuvwxyz", 1, "NaN"),
        ("123456789abcdefghijklmnopqrstuvwxyz", -1, "NaN"),
        ("7777777777777777777777777777777777777777", 0, "7.777777777777778e+39"),
        ("7777777777777777777777777777777777777777", 2, "NaN"),
        ("7777777777777777777777777777777777777777", 8, "1.329227995784916e+36"),
        ("7777777777777777777777777777777777777777", 10, "7.777777777777778e+39"),
        ("7777777777777777777777777777777777777777", 16, "6.82034097421088e+47"),
        ("7777777777777777777777777777777777777777", 36, "3.5737982049203403e+61"),
        ("7777777777777777777777777777777777777777", 7, "NaN"),
        ("7777777777777777777777777777777777777777", 32, "3.62856977735901e+59"),
        ("7777777777777777777777777777777777777777", 37, "NaN"),
        ("7777777777777777777777777777777777777777", 1, "NaN"),
        ("7777777777777777777777777777777777777777", -1, "NaN"),
        ("0b1", 0, "0"),
        ("0b1", 2, "0"),
        ("0b1", 8, "0"),
        ("0b1", 10, "0"),
        ("0b1", 16, "177"),
        ("0b1", 36, "397"),
        ("0b1", 7, "0"),
        ("0b1", 32, "353"),
        ("0b1", 37, "NaN"),
        ("0b1", 1, "NaN"),
        ("0b1", -1, "NaN"),
        ("10.5", 0, "10"),
        ("10.5", 2, "2"),
        ("10.5", 8, "8"),
        ("10.5", 10, "10"),
        ("10.5", 16, "16"),
        ("10.5", 36, "36"),
        ("10.5", 7, "7"),
        ("10.5", 32, "32"),
        ("10.5", 37, "NaN"),
        ("10.5", 1, "NaN"),
        ("10.5", -1, "NaN"),
        ("2", 0, "2"),
        ("2", 2, "NaN"),
        ("2", 8, "2"),
        ("2", 10, "2"),
        ("2", 16, "2"),
        ("2", 36, "2"),
        ("2", 7, "2"),
        ("2", 32, "2"),
        ("2", 37, "NaN"),
        ("2", 1, "NaN"),
        ("2", -1, "NaN"),
        ("-0", 0, "-0"),
        ("-0", 2, "-0"),
        ("-0", 8, "-0"),
        ("-0", 10, "-0"),
        ("-0", 16, "-0"),
        ("-0", 36, "-0"),
        ("-0", 7, "-0"),
        ("-0", 32, "-0"),
        ("-0", 37, "NaN"),
        ("-0", 1, "NaN"),
        ("-0", -1, "NaN"),
        ("  -000", 0, "-0"),
        ("  -000", 2, "-0"),
        ("  -000", 8, "-0"),
        ("  -000", 10, "-0"),
        ("  -000", 16, "-0"),
        ("  -000", 36, "-0"),
        ("  -000", 7, "-0"),
        ("  -000", 32, "-0"),
        ("  -000", 37, "NaN"),
        ("  -000", 1, "NaN"),
        ("  -000", -1, "NaN"),
        ("111111111111111111111111111111111111111111111111111111111111111111111111111111111", 37, "NaN"),
        ("111111111111111111111111111111111111111111111111111111111111111111111111111111111", 1, "NaN"),
        ("111111111111111111111111111111111111111111111111111111111111111111111111111111111", -1, "NaN"),
    ];

    #[test]
    fn string_to_number_matches_node() {
        for &(s, want) in NUMBER {
            let got = string_to_number(s);
            assert!(same(got, num(want)), "Number({s:?}) = {got:?}, want {want}");
        }
    }

    #[test]
    fn parse_float_matches_node() {
        for &(s, want) in PARSE_FLOAT {
            let got = parse_float(s);
            assert!(same(got, num(want)), "parseFloat({s:?}) = {got:?}, want {want}");
        }
    }

    #[test]
    fn parse_int_matches_node() {
        for &(s, radix, want) in PARSE_INT {
            let got = parse_int(s, radix);
            assert!(same(got, num(want)), "parseInt({s:?}, {radix}) = {got:?}, want {want}");
        }
    }

    #[test]
    fn long_inputs_match_node() {
        let cases: &[(String, f64)] = &[
            (format!("0x{}", "f".repeat(256)), f64::INFINITY),
            (format!("0x1{}", "0".repeat(255)), 1.1235582092889474e+307),
            (format!("0x1{}", "0".repeat(256)), f64::INFINITY),
            // Exactly half way plus a far sticky bit: rounds up.
            (format!("0x1{}8{}1", "f".repeat(13), "0".repeat(30)), 3.064991081731778e+54),
            (format!("0b{}", "1".repeat(60)), 1152921504606847000.0),
            (format!("0.{}1e350", "0".repeat(350)), 0.1),
            (format!("1{}e-400", "0".repeat(400)), 1.0),
            ("9".repeat(308), 1e308),
            ("9".repeat(309), f64::INFINITY),
        ];
        for (s, want) in cases {
            assert!(same(string_to_number(s), *want), "Number({s:?})");
        }
        let cases: &[(String, i32, f64)] = &[
            ("9".repeat(400), 10, f64::INFINITY),
            (format!("{}12", "0".repeat(500)), 10, 12.0),
            ("1".repeat(1100), 2, f64::INFINITY),
            ("1".repeat(1024), 2, f64::INFINITY),
            ("1".repeat(1023), 2, 8.98846567431158e+307),
            ("z".repeat(200), 36, f64::INFINITY),
            ("z".repeat(20), 36, 1.3367494538843734e+31),
            // Radices other than 10 and powers of two accumulate V8-style in f64.
            ("1".repeat(70), 3, 1.2515777524966208e+33),
            ("12".repeat(40), 7, 7.600540424464573e+66),
        ];
        for (s, radix, want) in cases {
            assert!(same(parse_int(s, *radix), *want), "parseInt({s:?}, {radix})");
        }
        assert!(same(parse_float(&format!("1{}e-400x", "0".repeat(400))), 1.0));
        assert!(same(parse_float(&format!("{}.5", "7".repeat(800))), f64::INFINITY));
    }

    #[test]
    fn array_indices() {
        let cases: &[(&str, Option<u32>)] = &[
            ("0", Some(0)),
            ("1", Some(1)),
            ("10", Some(10)),
            ("4294967294", Some(4_294_967_294)),
            ("4294967295", None),
            ("4294967296", None),
            ("9999999999", None),
            ("10000000000", None),
            ("", None),
            ("00", None),
            ("01", None),
            ("-0", None),
            ("-1", None),
            ("+1", None),
            (" 1", None),
            ("1 ", None),
            ("1.0", None),
            ("1e3", None),
            ("0x1", None),
            ("a", None),
            ("12a", None),
            ("\u{0661}", None),
        ];
        for &(s, want) in cases {
            assert_eq!(array_index(s), want, "array_index({s:?})");
        }
        // Every index round-trips through its canonical string.
        for i in (0..u32::MAX).step_by(65_537).chain([u32::MAX - 1]) {
            assert_eq!(array_index(&i.to_string()), Some(i));
        }
    }

    #[test]
    fn js_whitespace_set() {
        // StrWhiteSpaceChar: WhiteSpace (incl. U+FEFF and every Zs) and LineTerminator,
        // but not U+0085, U+180E or U+200B.
        for c in [
            '\t', '\n', '\u{B}', '\u{C}', '\r', ' ', '\u{A0}', '\u{1680}', '\u{2000}', '\u{2005}', '\u{200A}',
            '\u{2028}', '\u{2029}', '\u{202F}', '\u{205F}', '\u{3000}', '\u{FEFF}',
        ] {
            assert!(is_js_whitespace(c), "{c:?}");
            assert_eq!(string_to_number(&format!("{c}1{c}")), 1.0, "{c:?}");
        }
        for c in ['\u{85}', '\u{180E}', '\u{200B}', 'a', '\0'] {
            assert!(!is_js_whitespace(c), "{c:?}");
            assert!(string_to_number(&format!("{c}1")).is_nan(), "{c:?}");
        }
    }
}
