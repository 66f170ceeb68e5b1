//! Number to text, exactly as ECMAScript specifies (Number::toString,
//! Number.prototype.toString(radix), toFixed, toPrecision, toExponential).
//!
//! Shortest round-trip digits come from `ryu-js`, which implements Number::toString.
//! toFixed / toPrecision / toExponential need correctly rounded digits at a fixed
//! position, so they work from the *exact* decimal expansion of the double (every
//! finite double is a finite decimal fraction), computed with a tiny big integer.
//! Rounding that exact expansion half-up is precisely the spec's "pick the larger n
//! when two are equally close". The radix conversion copies V8's algorithm, since
//! the spec leaves the fraction digits implementation-defined and programs compare
//! against V8's output.

/// Number::toString(x): shortest round-trip digits, JS exponent rules (`1e+21`, `1e-7`, `-0` -> "0").
pub fn number_to_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x == 0.0 {
        // Step 2: both +0 and -0 print as "0".
        return "0".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.to_owned();
    }
    // Fast path for the very common small integers (array indices, counters).
    if x.fract() == 0.0 && x.abs() < 1e15 {
        return (x as i64).to_string();
    }
    ryu_js::Buffer::new().format_finite(x).to_owned()
}

/// Number.prototype.toString(radix) for radix 2..=36.
///
/// Out-of-range radices (which the caller rejects with a RangeError) fall back to 10.
pub fn number_to_string_radix(x: f64, radix: u32) -> String {
    debug_assert!((2..=36).contains(&radix), "radix {radix} out of range");
    if radix == 10 || !(2..=36).contains(&radix) || !x.is_finite() || x == 0.0 {
        return number_to_string(x);
    }
    double_to_radix(x, radix)
}

/// Number.prototype.toFixed(digits), digits 0..=100. `None` when digits is out of range.
pub fn number_to_fixed(x: f64, digits: i32) -> Option<String> {
    // Steps 4-5: the range check comes before the NaN/Infinity check.
    if !(0..=100).contains(&digits) {
        return None;
    }
    let f = digits as usize;
    // Step 6.
    if !x.is_finite() {
        return Some(number_to_string(x));
    }
    // Steps 8-9: -0 is not < 0, so it prints without a sign.
    let (sign, x) = if x < 0.0 { ("-", -x) } else { ("", x) };
    // Step 10: large values use Number::toString.
    if x >= 1e21 {
        return Some(format!("{sign}{}", number_to_string(x)));
    }
    // Step 11.a: n = round-half-up(x * 10^f), as a digit string (empty means 0).
    let n = if x == 0.0 {
        Vec::new()
    } else {
        let (digits, point) = exact_decimal(x);
        let keep = point as i64 + f as i64;
        if keep < 0 {
            Vec::new()
        } else {
            // The expansion has no leading zeros, so neither does n.
            let (mut n, carried) = round_prefix(&digits, keep as usize);
            if carried {
                n.insert(0, 1);
            }
            n
        }
    };
    // Steps 11.b-c: render n, padding with zeros so there is an integer digit.
    let mut out = String::with_capacity(sign.len() + n.len() + f + 3);
    out.push_str(sign);
    let k = n.len();
    if k <= f {
        out.push('0');
        if f != 0 {
            out.push('.');
            out.extend(std::iter::repeat_n('0', f - k));
        }
        push_digits(&mut out, &n);
    } else {
        push_digits(&mut out, &n[..k - f]);
        if f != 0 {
            out.push('.');
            push_digits(&mut out, &n[k - f..]);
        }
    }
    Some(out)
}

/// Number.prototype.toPrecision(precision), precision 1..=100. `None` when out of range.
pub fn number_to_precision(x: f64, precision: i32) -> Option<String> {
    // Step 4: non-finite values print before the range check.
    if !x.is_finite() {
        return Some(number_to_string(x));
    }
    // Step 5.
    if !(1..=100).contains(&precision) {
        return None;
    }
    let p = precision as usize;
    // Steps 7-8: -0 is not < 0.
    let (sign, x) = if x < 0.0 { ("-", -x) } else { ("", x) };
    let (m, e) = if x == 0.0 {
        // Step 9: m is p zeros, e is 0.
        (vec![0; p], 0)
    } else {
        significant_digits(x, p)
    };
    let mut out = String::with_capacity(sign.len() + p + 8);
    out.push_str(sign);
    // Step 10.c: exponential notation for very small or large exponents.
    if e < -6 || e >= p as i32 {
        push_mantissa(&mut out, &m);
        push_exponent(&mut out, e);
    } else if e == p as i32 - 1 {
        // Step 11.
        push_digits(&mut out, &m);
    } else if e >= 0 {
        // Step 12: a.b with e+1 integer digits.
        let split = e as usize + 1;
        push_digits(&mut out, &m[..split]);
        out.push('.');
        push_digits(&mut out, &m[split..]);
    } else {
        // Step 13: 0.000ddd
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-(e + 1)) as usize));
        push_digits(&mut out, &m);
    }
    Some(out)
}

/// Number.prototype.toExponential(digits); `digits` None means "as many as needed".
pub fn number_to_exponential(x: f64, digits: Option<i32>) -> Option<String> {
    // Step 4: non-finite values print before the range check.
    if !x.is_finite() {
        return Some(number_to_string(x));
    }
    // Step 5.
    if let Some(f) = digits
        && !(0..=100).contains(&f)
    {
        return None;
    }
    // Steps 7-8: -0 is not < 0.
    let (sign, x) = if x < 0.0 { ("-", -x) } else { ("", x) };
    let (m, e) = match digits {
        // Step 9: zero prints f+1 zeros (one zero when digits is undefined).
        _ if x == 0.0 => (vec![0; digits.map_or(1, |f| f as usize + 1)], 0),
        // Step 10.b: undefined digits means the shortest round-trip digits.
        None => shortest_digits(x),
        // Step 10.a: f+1 significant digits, ties toward the larger value.
        Some(f) => significant_digits(x, f as usize + 1),
    };
    let mut out = String::with_capacity(sign.len() + m.len() + 8);
    out.push_str(sign);
    push_mantissa(&mut out, &m);
    push_exponent(&mut out, e);
    Some(out)
}

/// Appends decimal digit values (0..=9) as ASCII.
fn push_digits(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|&d| char::from(b'0' + d)));
}

/// Appends "d" or "d.ddd" (the mantissa of exponential notation).
fn push_mantissa(out: &mut String, m: &[u8]) {
    push_digits(out, &m[..1]);
    if m.len() > 1 {
        out.push('.');
        push_digits(out, &m[1..]);
    }
}

/// Appends "e+N" / "e-N" as the spec's exponential forms do.
fn push_exponent(out: &mut String, e: i32) {
    out.push('e');
    out.push(if e < 0 { '-' } else { '+' });
    out.push_str(&e.unsigned_abs().to_string());
}

/// The shortest round-trip digits of finite positive `x` and its exponent `e`
/// (x ≈ d.ddd × 10^e), taken from ryu-js's Number::toString output.
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let mut buf = ryu_js::Buffer::new();
    let text = buf.format_finite(x);
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    // Position of the decimal point within the mantissa's digits.
    let int_len = mantissa.find('.').unwrap_or(mantissa.len()) as i32;
    let all: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    let lead = all.iter().position(|&d| d != 0).unwrap_or(0);
    let mut digits = all[lead..].to_vec();
    while digits.len() > 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    // The first significant digit sits at 10^(int_len - 1 - lead).
    (digits, exp + int_len - 1 - lead as i32)
}

/// Exactly `p` significant digits of finite positive `x`, rounded half up, and the
/// exponent `e` of the first one (x ≈ d.ddd × 10^e).
fn significant_digits(x: f64, p: usize) -> (Vec<u8>, i32) {
    let (digits, point) = exact_decimal(x);
    let (mut m, carried) = round_prefix(&digits, p);
    let mut e = point - 1;
    if carried {
        // 9.99 rounded up to 10.0: keep p digits, bump the exponent.
        m.insert(0, 1);
        m.pop();
        e += 1;
    }
    (m, e)
}

/// The first `keep` digits of the exact expansion `digits`, zero-padded, rounded half
/// up on the next digit. Because the expansion is exact, "next digit ≥ 5" is exactly
/// "at least half way". Returns the digits and whether the rounding carried out of
/// the most significant place (the digits are then all zeros).
fn round_prefix(digits: &[u8], keep: usize) -> (Vec<u8>, bool) {
    let mut out: Vec<u8> = digits.iter().copied().take(keep).collect();
    out.resize(keep, 0);
    if digits.get(keep).is_some_and(|&d| d >= 5) {
        for d in out.iter_mut().rev() {
            if *d == 9 {
                *d = 0;
            } else {
                *d += 1;
                return (out, false);
            }
        }
        return (out, true);
    }
    (out, false)
}

/// The exact decimal expansion of finite positive `x`: digit values without leading
/// or trailing zeros, and the decimal point position `point`, so that
/// x = 0.d1d2d3... × 10^point.
fn exact_decimal(x: f64) -> (Vec<u8>, i32) {
    debug_assert!(x.is_finite() && x > 0.0);
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    // x = mant × 2^exp2 exactly.
    let (mut mant, mut exp2) = if biased == 0 { (frac, -1074) } else { (frac | (1 << 52), biased - 1075) };
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp2 += tz as i32;
    let mut n = BigUint::from_u64(mant);
    let exp10 = if exp2 >= 0 {
        n.shl(exp2 as u32);
        0
    } else {
        // mant × 2^-k = mant × 5^k × 10^-k.
        n.mul_pow5((-exp2) as u32);
        exp2
    };
    let mut digits = n.into_decimal_digits();
    let len = digits.len() as i32;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, len + exp10)
}

/// A minimal unsigned big integer (little-endian u32 limbs), just enough for the
/// exact decimal expansion of a double (at most ~2,500 bits).
struct BigUint {
    limbs: Vec<u32>,
}

impl BigUint {
    fn from_u64(v: u64) -> Self {
        BigUint { limbs: vec![v as u32, (v >> 32) as u32] }
    }

    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for limb in &mut self.limbs {
            let t = u64::from(*limb) * u64::from(m) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            self.limbs.push(carry as u32);
        }
    }

    fn mul_pow5(&mut self, mut k: u32) {
        // 5^13 is the largest power of five that fits in a u32.
        const POW5_13: u32 = 1_220_703_125;
        while k >= 13 {
            self.mul_small(POW5_13);
            k -= 13;
        }
        if k > 0 {
            self.mul_small(5u32.pow(k));
        }
    }

    fn shl(&mut self, bits: u32) {
        let words = (bits / 32) as usize;
        let rem = bits % 32;
        if rem != 0 {
            let mut carry = 0u32;
            for limb in &mut self.limbs {
                let next = *limb >> (32 - rem);
                *limb = (*limb << rem) | carry;
                carry = next;
            }
            if carry != 0 {
                self.limbs.push(carry);
            }
        }
        self.limbs.splice(0..0, std::iter::repeat_n(0, words));
    }

    /// Decimal digit values, most significant first, no leading zeros (consumes the value).
    fn into_decimal_digits(mut self) -> Vec<u8> {
        const CHUNK: u32 = 1_000_000_000;
        let mut chunks = Vec::new();
        loop {
            while self.limbs.last() == Some(&0) {
                self.limbs.pop();
            }
            if self.limbs.is_empty() {
                break;
            }
            let mut rem = 0u64;
            for limb in self.limbs.iter_mut().rev() {
                let cur = (rem << 32) | u64::from(*limb);
                *limb = (cur / u64::from(CHUNK)) as u32;
                rem = cur % u64::from(CHUNK);
            }
            chunks.push(rem as u32);
        }
        let mut out = Vec::with_capacity(chunks.len() * 9);
        for (i, &chunk) in chunks.iter().rev().enumerate() {
            let mut buf = [0u8; 9];
            let mut c = chunk;
            for slot in buf.iter_mut().rev() {
                *slot = (c % 10) as u8;
                c /= 10;
            }
            if i == 0 {
                let lead = buf.iter().position(|&d| d != 0).unwrap_or(8);
                out.extend_from_slice(&buf[lead..]);
            } else {
                out.extend_from_slice(&buf);
            }
        }
        out
    }
}

/// V8's DoubleToRadixCString for finite, non-zero `value` and radix 2..=36 other
/// than 10: integer digits exactly (zeros past 2^53), fraction digits only up to the
/// precision of the input, rounded to even at the last one.
fn double_to_radix(value: f64, radix: u32) -> String {
    const CHARS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let negative = value < 0.0;
    let value = value.abs();
    let r = f64::from(radix);

    // Split the value into an integer part and a fractional part.
    let mut integer = value.floor();
    let mut fraction = value - integer;
    // Only compute fractional digits up to the input double's precision.
    let mut delta = (0.5 * (value.next_up() - value)).max(f64::from_bits(1));
    let mut frac_digits: Vec<u8> = Vec::new();
    if fraction >= delta {
        loop {
            // Shift up by one digit.
            fraction *= r;
            delta *= r;
            // `min` only guards the table index; fraction * r stays below r.
            let digit = (fraction as u32).min(radix - 1);
            frac_digits.push(digit as u8);
            fraction -= f64::from(digit);
            // Round to even.
            if (fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1)) && fraction + delta > 1.0 {
                // Propagate the carry back through the digits written so far.
                loop {
                    match frac_digits.pop() {
                        None => {
                            // Carry into the integer part; the '.' disappears.
                            integer += 1.0;
                            break;
                        }
                        Some(d) if u32::from(d) + 1 < radix => {
                            frac_digits.push(d + 1);
                            break;
                        }
                        Some(_) => {}
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }

    // Integer digits, least significant first. Digits below the double's precision
    // are filled with zeros.
    let mut int_digits: Vec<u8> = Vec::new();
    while double_exponent(integer / r) > 0 {
        integer /= r;
        int_digits.push(b'0');
    }
    loop {
        let remainder = integer % r;
        int_digits.push(CHARS[remainder as usize]);
        integer = (integer - remainder) / r;
        if integer <= 0.0 {
            break;
        }
    }

    let mut out = String::with_capacity(int_digits.len() + frac_digits.len() + 2);
    if negative {
        out.push('-');
    }
    out.extend(int_digits.iter().rev().map(|&b| char::from(b)));
    if !frac_digits.is_empty() {
        out.push('.');
        out.extend(frac_digits.iter().map(|&d| char::from(CHARS[d as usize])));
    }
    out
}

/// V8's `Double::Exponent()`: e such that the value is significand × 2^e with an
/// integer 53-bit significand.
fn double_exponent(v: f64) -> i32 {
    let biased = ((v.to_bits() >> 52) & 0x7ff) as i32;
    if biased == 0 { -1074 } else { biased - 1075 }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Test inputs are written the way JS prints them; Rust parses all of these
    /// (including "NaN", "Infinity" and "-0") to the same double.
    fn num(s: &str) -> f64 {
        s.parse().unwrap()
    }

    // Expected values below were produced by Node 20 (`x.toString()`, `x.toString(r)`,
    // `x.toFixed(d)`, `x.toPrecision(p)`, `x.toExponential(d)`).
    const TO_STRING: &[(&str, &str)] = &[
        ("0", "0"),
        ("-0", "0"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
        ("1", "1"),
        ("-1", "-1"),
        ("0.1", "0.1"),
        ("0.2", "0.2"),
        ("0.30000000000000004", "0.30000000000000004"),
        ("0.5", "0.5"),
        ("1.5", "1.5"),
        ("2.5", "2.5"),
        ("-1.5", "-1.5"),
        ("1.005", "1.005"),
        ("1.45", "1.45"),
        ("4.35", "4.35"),
        ("0.05", "0.05"),
        ("9.995", "9.995"),
        ("99.99", "99.99"),
        ("25", "25"),
        ("123.456", "123.456"),
        ("-123.456", "-123.456"),
        ("1234.5678", "1234.5678"),
        ("1e-7", "1e-7"),
        ("1.5e-7", "1.5e-7"),
        ("0.000001", "0.000001"),
        ("0.000001234", "0.000001234"),
        ("1.23e-18", "1.23e-18"),
        ("100000000000000000000", "100000000000000000000"),
        ("1e+21", "1e+21"),
        ("-1e+21", "-1e+21"),
        ("999999999999999900000", "999999999999999900000"),
        ("123456789012345680000", "123456789012345680000"),
        ("1e+100", "1e+100"),
        ("5e-324", "5e-324"),
        ("2.2250738585072014e-308", "2.2250738585072014e-308"),
        ("1.7976931348623157e+308", "1.7976931348623157e+308"),
        ("9007199254740992", "9007199254740992"),
        ("9007199254740994", "9007199254740994"),
        ("18446744073709552000", "18446744073709552000"),
        ("3.141592653589793", "3.141592653589793"),
        ("2.718281828459045", "2.718281828459045"),
        ("0.3333333333333333", "0.3333333333333333"),
        ("0.6666666666666666", "0.6666666666666666"),
        ("255", "255"),
        ("-255", "-255"),
        ("4294967295", "4294967295"),
        ("4294967296", "4294967296"),
        ("0.000001234", "0.000001234"),
        ("1e-10", "1e-10"),
        ("7e-10", "7e-10"),
        ("1.7976931348623156e+300", "1.7976931348623156e+300"),
        ("0.7", "0.7"),
        ("123456", "123456"),
    ];
    const RADIX: &[(&str, u32, &str)] = &[
        ("0.5", 2, "0.1"),
        ("0.5", 3, "0.1111111111111111111111111111111112"),
        ("0.5", 8, "0.4"),
        ("0.5", 16, "0.8"),
        ("0.5", 36, "0.i"),
        ("0.1", 2, "0.0001100110011001100110011001100110011001100110011001101"),
        ("0.1", 3, "0.0022002200220022002200220022002201"),
        ("0.1", 8, "0.0631463146314631464"),
        ("0.1", 16, "0.1999999999999a"),
        ("0.1", 36, "0.3lllllllllm"),
        ("0.3333333333333333", 2, "0.010101010101010101010101010101010101010101010101010101"),
        ("0.3333333333333333", 3, "0.1"),
        ("0.3333333333333333", 8, "0.252525252525252525"),
        ("0.3333333333333333", 16, "0.55555555555554"),
        ("0.3333333333333333", 36, "0.c"),
        ("3.141592653589793", 2, "11.001001000011111101101010100010001000010110100011"),
        ("3.141592653589793", 3, "10.010211012222010211002111110222"),
        ("3.141592653589793", 8, "3.1103755242102643"),
        ("3.141592653589793", 16, "3.243f6a8885a3"),
        ("3.141592653589793", 36, "3.53i5ab8p5f"),
        ("2.718281828459045", 2, "10.101101111110000101010001011000101000101011101101001"),
        ("2.718281828459045", 3, "2.20110112122110201101222210201102"),
        ("2.718281828459045", 8, "2.55760521305053551"),
        ("2.718281828459045", 16, "2.b7e151628aed2"),
        ("2.718281828459045", 36, "2.puw5nggjf8"),
        ("255", 2, "11111111"),
        ("255", 3, "100110"),
        ("255", 8, "377"),
        ("255", 16, "ff"),
        ("255", 36, "73"),
        ("-255", 2, "-11111111"),
        ("-255", 3, "-100110"),
        ("-255", 8, "-377"),
        ("-255", 16, "-ff"),
        ("-255", 36, "-73"),
        ("1e+21", 2, "1101100011010111001001101011011100010111011110101000000000000000000000"),
        ("1e+21", 3, "100010202110111202020110202012022200000000000"),
        ("1e+21", 8, "154327115334273650000000"),
        ("1e+21", 16, "3635c9adc5dea00000"),
        ("1e+21", 36, "5v1j4f4ds7c000"),
        ("9007199254740994", 2, "100000000000000000000000000000000000000000000000000010"),
        ("9007199254740994", 3, "1121202011211211122211100012101111"),
        ("9007199254740994", 8, "400000000000000002"),
        ("9007199254740994", 16, "20000000000002"),
        ("9007199254740994", 36, "2gosa7pa2gy"),
        ("18446744073709552000", 2, "10000000000000000000000000000000000000000000000000000000000000000"),
        ("18446744073709552000", 3, "11112220022122120101211020120210122000000"),
        ("18446744073709552000", 8, "2000000000000000000000"),
        ("18446744073709552000", 16, "10000000000000000"),
        ("18446744073709552000", 36, "3w5e11264sg00"),
        ("0.000001", 2, "0.000000000000000000010000110001101111011110100000101101011110110110001101"),
        ("0.000001", 3, "0.000000000000112100102100112111002112222222101"),
        ("0.000001", 8, "0.000000206157364055366615"),
        ("0.000001", 16, "0.000010c6f7a0b5ed8d"),
        ("0.000001", 36, "0.0001ogs5wo29m8"),
        ("1e-7", 2, "0.0000000000000000000000011010110101111111001010011010101111001010111101001"),
        ("1e-7", 3, "0.000000000000001102202000221202012122200220020101"),
        ("1e-7", 8, "0.0000000153277451527453644"),
        ("1e-7", 16, "0.000001ad7f29abcaf48"),
        ("1e-7", 36, "0.000061oezo085tl"),
        ("123.456", 2, "1111011.0111010010111100011010100111111011111001110111"),
        ("123.456", 3, "11120.11002210211000212022212010001"),
        ("123.456", 8, "173.3513615237574734"),
        ("123.456", 16, "7b.74bc6a7ef9dc"),
        ("123.456", 36, "3f.gez4w97ry"),
        ("-0.75", 2, "-0.11"),
        ("-0.75", 3, "-0.202020202020202020202020202020202"),
        ("-0.75", 8, "-0.6"),
        ("-0.75", 16, "-0.c"),
        ("-0.75", 36, "-0.r"),
        ("0.9999999999999999", 2, "0.11111111111111111111111111111111111111111111111111111"),
        ("0.9999999999999999", 3, "0.222222222222222222222222222222222"),
        ("0.9999999999999999", 8, "0.777777777777777776"),
        ("0.9999999999999999", 16, "0.fffffffffffff8"),
        ("0.9999999999999999", 36, "0.zzzzzzzzzza"),
        ("35.99999999", 2, "100011.11111111111111111111111111010101000011001110001"),
        ("35.99999999", 3, "1022.222222222222222212010101201"),
        ("35.99999999", 8, "43.7777777765206342"),
        ("35.99999999", 16, "23.ffffffd50ce2"),
        ("35.99999999", 36, "z.zzzzze8cw"),
        ("4294967295.5", 2, "11111111111111111111111111111111.1"),
        ("4294967295.5", 3, "102002022201221111210.11111111111112"),
        ("4294967295.5", 8, "37777777777.4"),
        ("4294967295.5", 16, "ffffffff.8"),
        ("4294967295.5", 36, "1z141z3.i"),
        ("0", 2, "0"),
        ("0", 3, "0"),
        ("0", 8, "0"),
        ("0", 16, "0"),
        ("0", 36, "0"),
        ("-0", 2, "0"),
        ("-0", 3, "0"),
        ("-0", 8, "0"),
        ("-0", 16, "0"),
        ("-0", 36, "0"),
        ("NaN", 2, "NaN"),
        ("NaN", 3, "NaN"),
        ("NaN", 8, "NaN"),
        ("NaN", 16, "NaN"),
        ("NaN", 36, "NaN"),
        ("Infinity", 2, "Infinity"),
        ("Infinity", 3, "Infinity"),
        ("Infinity", 8, "Infinity"),
        ("Infinity", 16, "Infinity"),
        ("Infinity", 36, "Infinity"),
        ("-Infinity", 2, "-Infinity"),
        ("-Infinity", 3, "-Infinity"),
        ("-Infinity", 8, "-Infinity"),
        ("-Infinity", 16, "-Infinity"),
        ("-Infinity", 36, "-Infinity"),
        ("12345.6789", 2, "11000000111001.101011011100110001100011111100010100001"),
        ("12345.6789", 3, "121221020.200022220210021221222112"),
        ("12345.6789", 8, "30071.5334614374241"),
        ("12345.6789", 16, "3039.adcc63f142"),
        ("12345.6789", 36, "9ix.ofuravwu"),
    ];
    const FIXED: &[(&str, i32, &str)] = &[
        ("0", 0, "0"),
        ("0", 2, "0.00"),
        ("0", 20, "0.00000000000000000000"),
        ("-0", 0, "0"),
        ("-0", 2, "0.00"),
        ("-0", 20, "0.00000000000000000000"),
        ("NaN", 0, "NaN"),
        ("NaN", 2, "NaN"),
        ("NaN", 20, "NaN"),
        ("Infinity", 0, "Infinity"),
        ("Infinity", 2, "Infinity"),
        ("Infinity", 20, "Infinity"),
        ("-Infinity", 0, "-Infinity"),
        ("-Infinity", 2, "-Infinity"),
        ("-Infinity", 20, "-Infinity"),
        ("1", 0, "1"),
        ("1", 2, "1.00"),
        ("1", 20, "1.00000000000000000000"),
        ("-1", 0, "-1"),
        ("-1", 2, "-1.00"),
        ("-1", 20, "-1.00000000000000000000"),
        ("0.1", 0, "0"),
        ("0.1", 2, "0.10"),
        ("0.1", 20, "0.10000000000000000555"),
        ("0.2", 0, "0"),
        ("0.2", 2, "0.20"),
        ("0.2", 20, "0.20000000000000001110"),
        ("0.30000000000000004", 0, "0"),
        ("0.30000000000000004", 2, "0.30"),
        ("0.30000000000000004", 20, "0.30000000000000004441"),
        ("0.5", 0, "1"),
        ("0.5", 2, "0.50"),
        ("0.5", 20, "0.50000000000000000000"),
        ("1.5", 0, "2"),
        ("1.5", 2, "1.50"),
        ("1.5", 20, "1.50000000000000000000"),
        ("2.5", 0, "3"),
        ("2.5", 2, "2.50"),
        ("2.5", 20, "2.50000000000000000000"),
        ("-1.5", 0, "-2"),
        ("-1.5", 2, "-1.50"),
        ("-1.5", 20, "-1.50000000000000000000"),
        ("1.005", 0, "1"),
        ("1.005", 2, "1.00"),
        ("1.005", 20, "1.00499999999999989342"),
        ("1.45", 0, "1"),
        ("1.45", 2, "1.45"),
        ("1.45", 20, "1.44999999999999995559"),
        ("4.35", 0, "4"),
        ("4.35", 2, "4.35"),
        ("4.35", 20, "4.34999999999999964473"),
        ("0.05", 0, "0"),
        ("0.05", 2, "0.05"),
        ("0.05", 20, "0.05000000000000000278"),
        ("9.995", 0, "10"),
        ("9.995", 2, "9.99"),
        ("9.995", 20, "9.99499999999999921840"),
        ("99.99", 0, "100"),
        ("99.99", 2, "99.99"),
        ("99.99", 20, "99.98999999999999488409"),
        ("25", 0, "25"),
        ("25", 2, "25.00"),
        ("25", 20, "25.00000000000000000000"),
        ("123.456", 0, "123"),
        ("123.456", 2, "123.46"),
        ("123.456", 20, "123.45600000000000306954"),
        ("-123.456", 0, "-123"),
        ("-123.456", 2, "-123.46"),
        ("-123.456", 20, "-123.45600000000000306954"),
        ("1234.5678", 0, "1235"),
        ("1234.5678", 2, "1234.57"),
        ("1234.5678", 20, "1234.56780000000003383320"),
        ("1e-7", 0, "0"),
        ("1e-7", 2, "0.00"),
        ("1e-7", 20, "0.00000010000000000000"),
        ("1.5e-7", 0, "0"),
        ("1.5e-7", 2, "0.00"),
        ("1.5e-7", 20, "0.00000015000000000000"),
        ("0.000001", 0, "0"),
        ("0.000001", 2, "0.00"),
        ("0.000001", 20, "0.00000100000000000000"),
        ("0.000001234", 0, "0"),
        ("0.000001234", 2, "0.00"),
        ("0.000001234", 20, "0.00000123400000000000"),
        ("1.23e-18", 0, "0"),
        ("1.23e-18", 2, "0.00"),
        ("1.23e-18", 20, "0.00000000000000000123"),
        ("100000000000000000000", 0, "100000000000000000000"),
        ("100000000000000000000", 2, "100000000000000000000.00"),
        ("100000000000000000000", 20, "100000000000000000000.00000000000000000000"),
        ("1e+21", 0, "1e+21"),
        ("1e+21", 2, "1e+21"),
        ("1e+21", 20, "1e+21"),
        ("-1e+21", 0, "-1e+21"),
        ("-1e+21", 2, "-1e+21"),
        ("-1e+21", 20, "-1e+21"),
        ("999999999999999900000", 0, "999999999999999868928"),
        ("999999999999999900000", 2, "999999999999999868928.00"),
        ("999999999999999900000", 20, "999999999999999868928.00000000000000000000"),
        ("123456789012345680000", 0, "123456789012345683968"),
        ("123456789012345680000", 2, "123456789012345683968.00"),
        ("123456789012345680000", 20, "123456789012345683968.00000000000000000000"),
        ("1e+100", 0, "1e+100"),
        ("1e+100", 2, "1e+100"),
        ("1e+100", 20, "1e+100"),
        ("5e-324", 0, "0"),
        ("5e-324", 2, "0.00"),
        ("5e-324", 20, "0.00000000000000000000"),
        ("2.2250738585072014e-308", 0, "0"),
        ("2.2250738585072014e-308", 2, "0.00"),
        ("2.2250738585072014e-308", 20, "0.00000000000000000000"),
        ("1.7976931348623157e+308", 0, "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", 2, "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", 20, "1.7976931348623157e+308"),
        ("9007199254740992", 0, "9007199254740992"),
        ("9007199254740992", 2, "9007199254740992.00"),
        ("9007199254740992", 20, "9007199254740992.00000000000000000000"),
        ("9007199254740994", 0, "9007199254740994"),
        ("9007199254740994", 2, "9007199254740994.00"),
        ("9007199254740994", 20, "9007199254740994.00000000000000000000"),
        ("18446744073709552000", 0, "18446744073709551616"),
        ("18446744073709552000", 2, "18446744073709551616.00"),
        ("18446744073709552000", 20, "18446744073709551616.00000000000000000000"),
        ("3.141592653589793", 0, "3"),
        ("3.141592653589793", 2, "3.14"),
        ("3.141592653589793", 20, "3.14159265358979311600"),
        ("2.718281828459045", 0, "3"),
        ("2.718281828459045", 2, "2.72"),
        ("2.718281828459045", 20, "2.71828182845904509080"),
        ("0.3333333333333333", 0, "0"),
        ("0.3333333333333333", 2, "0.33"),
        ("0.3333333333333333", 20, "0.33333333333333331483"),
        ("0.6666666666666666", 0, "1"),
        ("0.6666666666666666", 2, "0.67"),
        ("0.6666666666666666", 20, "0.66666666666666662966"),
        ("255", 0, "255"),
        ("255", 2, "255.00"),
        ("255", 20, "255.00000000000000000000"),
        ("-255", 0, "-255"),
        ("-255", 2, "-255.00"),
        ("-255", 20, "-255.00000000000000000000"),
        ("4294967295", 0, "4294967295"),
        ("4294967295", 2, "4294967295.00"),
        ("4294967295", 20, "4294967295.00000000000000000000"),
        ("4294967296", 0, "4294967296"),
        ("4294967296", 2, "4294967296.00"),
        ("4294967296", 20, "4294967296.00000000000000000000"),
        ("0.000001234", 0, "0"),
        ("0.000001234", 2, "0.00"),
        ("0.000001234", 20, "0.00000123400000000000"),
        ("1e-10", 0, "0"),
        ("1e-10", 2, "0.00"),
        ("1e-10", 20, "0.00000000010000000000"),
        ("7e-10", 0, "0"),
        ("7e-10", 2, "0.00"),
        ("7e-10", 20, "0.00000000070000000000"),
        ("1.7976931348623156e+300", 0, "1.7976931348623156e+300"),
        ("1.7976931348623156e+300", 2, "1.7976931348623156e+300"),
        ("1.7976931348623156e+300", 20, "1.7976931348623156e+300"),
        ("0.7", 0, "1"),
        ("0.7", 2, "0.70"),
        ("0.7", 20, "0.69999999999999995559"),
        ("123456", 0, "123456"),
        ("123456", 2, "123456.00"),
        ("123456", 20, "123456.00000000000000000000"),
        ("123.456", 10, "123.4560000000"),
        ("-1e-7", 2, "-0.00"),
        ("0.000001", 7, "0.0000010"),
        ("0.5", 0, "1"),
        ("0.49999999999999994", 0, "0"),
        ("1.1805916207174113e+21", 3, "1.1805916207174113e+21"),
    ];
    const PRECISION: &[(&str, i32, &str)] = &[
        ("0", 1, "0"),
        ("0", 3, "0.00"),
        ("0", 17, "0.0000000000000000"),
        ("0", 21, "0.00000000000000000000"),
        ("-0", 1, "0"),
        ("-0", 3, "0.00"),
        ("-0", 17, "0.0000000000000000"),
        ("-0", 21, "0.00000000000000000000"),
        ("NaN", 1, "NaN"),
        ("NaN", 3, "NaN"),
        ("NaN", 17, "NaN"),
        ("NaN", 21, "NaN"),
        ("Infinity", 1, "Infinity"),
        ("Infinity", 3, "Infinity"),
        ("Infinity", 17, "Infinity"),
        ("Infinity", 21, "Infinity"),
        ("-Infinity", 1, "-Infinity"),
        ("-Infinity", 3, "-Infinity"),
        ("-Infinity", 17, "-Infinity"),
        ("-Infinity", 21, "-Infinity"),
        ("1", 1, "1"),
        ("1", 3, "1.00"),
        ("1", 17, "1.0000000000000000"),
        ("1", 21, "1.00000000000000000000"),
        ("-1", 1, "-1"),
        ("-1", 3, "-1.00"),
        ("-1", 17, "-1.0000000000000000"),
        ("-1", 21, "-1.00000000000000000000"),
        ("0.1", 1, "0.1"),
        ("0.1", 3, "0.100"),
        ("0.1", 17, "0.10000000000000001"),
        ("0.1", 21, "0.100000000000000005551"),
        ("0.2", 1, "0.2"),
        ("0.2", 3, "0.200"),
        ("0.2", 17, "0.20000000000000001"),
        ("0.2", 21, "0.200000000000000011102"),
        ("0.30000000000000004", 1, "0.3"),
        ("0.30000000000000004", 3, "0.300"),
        ("0.30000000000000004", 17, "0.30000000000000004"),
        ("0.30000000000000004", 21, "0.300000000000000044409"),
        ("0.5", 1, "0.5"),
        ("0.5", 3, "0.500"),
        ("0.5", 17, "0.50000000000000000"),
        ("0.5", 21, "0.500000000000000000000"),
        ("1.5", 1, "2"),
        ("1.5", 3, "1.50"),
        ("1.5", 17, "1.5000000000000000"),
        ("1.5", 21, "1.50000000000000000000"),
        ("2.5", 1, "3"),
        ("2.5", 3, "2.50"),
        ("2.5", 17, "2.5000000000000000"),
        ("2.5", 21, "2.50000000000000000000"),
        ("-1.5", 1, "-2"),
        ("-1.5", 3, "-1.50"),
        ("-1.5", 17, "-1.5000000000000000"),
        ("-1.5", 21, "-1.50000000000000000000"),
        ("1.005", 1, "1"),
        ("1.005", 3, "1.00"),
        ("1.005", 17, "1.0049999999999999"),
        ("1.005", 21, "1.00499999999999989342"),
        ("1.45", 1, "1"),
        ("1.45", 3, "1.45"),
        ("1.45", 17, "1.4500000000000000"),
        ("1.45", 21, "1.44999999999999995559"),
        ("4.35", 1, "4"),
        ("4.35", 3, "4.35"),
        ("4.35", 17, "4.3499999999999996"),
        ("4.35", 21, "4.34999999999999964473"),
        ("0.05", 1, "0.05"),
        ("0.05", 3, "0.0500"),
        ("0.05", 17, "0.050000000000000003"),
        ("0.05", 21, "0.0500000000000000027756"),
        ("9.995", 1, "1e+1"),
        ("9.995", 3, "9.99"),
        ("9.995", 17, "9.9949999999999992"),
        ("9.995", 21, "9.99499999999999921840"),
        ("99.99", 1, "1e+2"),
        ("99.99", 3, "100"),
        ("99.99", 17, "99.989999999999995"),
        ("99.99", 21, "99.9899999999999948841"),
        ("25", 1, "3e+1"),
        ("25", 3, "25.0"),
        ("25", 17, "25.000000000000000"),
        ("25", 21, "25.0000000000000000000"),
        ("123.456", 1, "1e+2"),
        ("123.456", 3, "123"),
        ("123.456", 17, "123.45600000000000"),
        ("123.456", 21, "123.456000000000003070"),
        ("-123.456", 1, "-1e+2"),
        ("-123.456", 3, "-123"),
        ("-123.456", 17, "-123.45600000000000"),
        ("-123.456", 21, "-123.456000000000003070"),
        ("1234.5678", 1, "1e+3"),
        ("1234.5678", 3, "1.23e+3"),
        ("1234.5678", 17, "1234.5678000000000"),
        ("1234.5678", 21, "1234.56780000000003383"),
        ("1e-7", 1, "1e-7"),
        ("1e-7", 3, "1.00e-7"),
        ("1e-7", 17, "9.9999999999999995e-8"),
        ("1e-7", 21, "9.99999999999999954748e-8"),
        ("1.5e-7", 1, "1e-7"),
        ("1.5e-7", 3, "1.50e-7"),
        ("1.5e-7", 17, "1.4999999999999999e-7"),
        ("1.5e-7", 21, "1.49999999999999993212e-7"),
        ("0.000001", 1, "0.000001"),
        ("0.000001", 3, "0.00000100"),
        ("0.000001", 17, "9.9999999999999995e-7"),
        ("0.000001", 21, "9.99999999999999954748e-7"),
        ("0.000001234", 1, "0.000001"),
        ("0.000001234", 3, "0.00000123"),
        ("0.000001234", 17, "0.0000012340000000000000"),
        ("0.000001234", 21, "0.00000123399999999999995898"),
        ("1.23e-18", 1, "1e-18"),
        ("1.23e-18", 3, "1.23e-18"),
        ("1.23e-18", 17, "1.2300000000000000e-18"),
        ("1.23e-18", 21, "1.23000000000000000326e-18"),
        ("100000000000000000000", 1, "1e+20"),
        ("100000000000000000000", 3, "1.00e+20"),
        ("100000000000000000000", 17, "1.0000000000000000e+20"),
        ("100000000000000000000", 21, "100000000000000000000"),
        ("1e+21", 1, "1e+21"),
        ("1e+21", 3, "1.00e+21"),
        ("1e+21", 17, "1.0000000000000000e+21"),
        ("1e+21", 21, "1.00000000000000000000e+21"),
        ("-1e+21", 1, "-1e+21"),
        ("-1e+21", 3, "-1.00e+21"),
        ("-1e+21", 17, "-1.0000000000000000e+21"),
        ("-1e+21", 21, "-1.00000000000000000000e+21"),
        ("999999999999999900000", 1, "1e+21"),
        ("999999999999999900000", 3, "1.00e+21"),
        ("999999999999999900000", 17, "9.9999999999999987e+20"),
        ("999999999999999900000", 21, "999999999999999868928"),
        ("123456789012345680000", 1, "1e+20"),
        ("123456789012345680000", 3, "1.23e+20"),
        ("123456789012345680000", 17, "1.2345678901234568e+20"),
        ("123456789012345680000", 21, "123456789012345683968"),
        ("1e+100", 1, "1e+100"),
        ("1e+100", 3, "1.00e+100"),
        ("1e+100", 17, "1.0000000000000000e+100"),
        ("1e+100", 21, "1.00000000000000001590e+100"),
        ("5e-324", 1, "5e-324"),
        ("5e-324", 3, "4.94e-324"),
        ("5e-324", 17, "4.9406564584124654e-324"),
        ("5e-324", 21, "4.94065645841246544177e-324"),
        ("2.2250738585072014e-308", 1, "2e-308"),
        ("2.2250738585072014e-308", 3, "2.23e-308"),
        ("2.2250738585072014e-308", 17, "2.2250738585072014e-308"),
        ("2.2250738585072014e-308", 21, "2.22507385850720138309e-308"),
        ("1.7976931348623157e+308", 1, "2e+308"),
        ("1.7976931348623157e+308", 3, "1.80e+308"),
        ("1.7976931348623157e+308", 17, "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", 21, "1.79769313486231570815e+308"),
        ("9007199254740992", 1, "9e+15"),
        ("9007199254740992", 3, "9.01e+15"),
        ("9007199254740992", 17, "9007199254740992.0"),
        ("9007199254740992", 21, "9007199254740992.00000"),
        ("9007199254740994", 1, "9e+15"),
        ("9007199254740994", 3, "9.01e+15"),
        ("9007199254740994", 17, "9007199254740994.0"),
        ("9007199254740994", 21, "9007199254740994.00000"),
        ("18446744073709552000", 1, "2e+19"),
        ("18446744073709552000", 3, "1.84e+19"),
        ("18446744073709552000", 17, "1.8446744073709552e+19"),
        ("18446744073709552000", 21, "18446744073709551616.0"),
        ("3.141592653589793", 1, "3"),
        ("3.141592653589793", 3, "3.14"),
        ("3.141592653589793", 17, "3.1415926535897931"),
        ("3.141592653589793", 21, "3.14159265358979311600"),
        ("2.718281828459045", 1, "3"),
        ("2.718281828459045", 3, "2.72"),
        ("2.718281828459045", 17, "2.7182818284590451"),
        ("2.718281828459045", 21, "2.71828182845904509080"),
        ("0.3333333333333333", 1, "0.3"),
        ("0.3333333333333333", 3, "0.333"),
        ("0.3333333333333333", 17, "0.33333333333333331"),
        ("0.3333333333333333", 21, "0.333333333333333314830"),
        ("0.6666666666666666", 1, "0.7"),
        ("0.6666666666666666", 3, "0.667"),
        ("0.6666666666666666", 17, "0.66666666666666663"),
        ("0.6666666666666666", 21, "0.666666666666666629659"),
        ("255", 1, "3e+2"),
        ("255", 3, "255"),
        ("255", 17, "255.00000000000000"),
        ("255", 21, "255.000000000000000000"),
        ("-255", 1, "-3e+2"),
        ("-255", 3, "-255"),
        ("-255", 17, "-255.00000000000000"),
        ("-255", 21, "-255.000000000000000000"),
        ("4294967295", 1, "4e+9"),
        ("4294967295", 3, "4.29e+9"),
        ("4294967295", 17, "4294967295.0000000"),
        ("4294967295", 21, "4294967295.00000000000"),
        ("4294967296", 1, "4e+9"),
        ("4294967296", 3, "4.29e+9"),
        ("4294967296", 17, "4294967296.0000000"),
        ("4294967296", 21, "4294967296.00000000000"),
        ("0.000001234", 1, "0.000001"),
        ("0.000001234", 3, "0.00000123"),
        ("0.000001234", 17, "0.0000012340000000000000"),
        ("0.000001234", 21, "0.00000123399999999999995898"),
        ("1e-10", 1, "1e-10"),
        ("1e-10", 3, "1.00e-10"),
        ("1e-10", 17, "1.0000000000000000e-10"),
        ("1e-10", 21, "1.00000000000000003643e-10"),
        ("7e-10", 1, "7e-10"),
        ("7e-10", 3, "7.00e-10"),
        ("7e-10", 17, "6.9999999999999996e-10"),
        ("7e-10", 21, "6.99999999999999960879e-10"),
        ("1.7976931348623156e+300", 1, "2e+300"),
        ("1.7976931348623156e+300", 3, "1.80e+300"),
        ("1.7976931348623156e+300", 17, "1.7976931348623156e+300"),
        ("1.7976931348623156e+300", 21, "1.79769313486231564794e+300"),
        ("0.7", 1, "0.7"),
        ("0.7", 3, "0.700"),
        ("0.7", 17, "0.69999999999999996"),
        ("0.7", 21, "0.699999999999999955591"),
        ("123456", 1, "1e+5"),
        ("123456", 3, "1.23e+5"),
        ("123456", 17, "123456.00000000000"),
        ("123456", 21, "123456.000000000000000"),
        ("9.5", 1, "1e+1"),
        ("99.5", 2, "1.0e+2"),
        ("0.00000123", 2, "0.0000012"),
        ("1e+21", 22, "1000000000000000000000"),
        ("123", 3, "123"),
        ("123", 2, "1.2e+2"),
    ];
    const EXPONENTIAL: &[(&str, Option<i32>, &str)] = &[
        ("0", None, "0e+0"),
        ("0", Some(0), "0e+0"),
        ("0", Some(2), "0.00e+0"),
        ("0", Some(20), "0.00000000000000000000e+0"),
        ("-0", None, "0e+0"),
        ("-0", Some(0), "0e+0"),
        ("-0", Some(2), "0.00e+0"),
        ("-0", Some(20), "0.00000000000000000000e+0"),
        ("NaN", None, "NaN"),
        ("NaN", Some(0), "NaN"),
        ("NaN", Some(2), "NaN"),
        ("NaN", Some(20), "NaN"),
        ("Infinity", None, "Infinity"),
        ("Infinity", Some(0), "Infinity"),
        ("Infinity", Some(2), "Infinity"),
        ("Infinity", Some(20), "Infinity"),
        ("-Infinity", None, "-Infinity"),
        ("-Infinity", Some(0), "-Infinity"),
        ("-Infinity", Some(2), "-Infinity"),
        ("-Infinity", Some(20), "-Infinity"),
        ("1", None, "1e+0"),
        ("1", Some(0), "1e+0"),
        ("1", Some(2), "1.00e+0"),
        ("1", Some(20), "1.00000000000000000000e+0"),
        ("-1", None, "-1e+0"),
        ("-1", Some(0), "-1e+0"),
        ("-1", Some(2), "-1.00e+0"),
        ("-1", Some(20), "-1.00000000000000000000e+0"),
        ("0.1", None, "1e-1"),
        ("0.1", Some(0), "1e-1"),
        ("0.1", Some(2), "1.00e-1"),
        ("0.1", Some(20), "1.00000000000000005551e-1"),
        ("0.2", None, "2e-1"),
        ("0.2", Some(0), "2e-1"),
        ("0.2", Some(2), "2.00e-1"),
        ("0.2", Some(20), "2.00000000000000011102e-1"),
        ("0.30000000000000004", None, "3.0000000000000004e-1"),
        ("0.30000000000000004", Some(0), "3e-1"),
        ("0.30000000000000004", Some(2), "3.00e-1"),
        ("0.30000000000000004", Some(20), "3.00000000000000044409e-1"),
        ("0.5", None, "5e-1"),
        ("0.5", Some(0), "5e-1"),
        ("0.5", Some(2), "5.00e-1"),
        ("0.5", Some(20), "5.00000000000000000000e-1"),
        ("1.5", None, "1.5e+0"),
        ("1.5", Some(0), "2e+0"),
        ("1.5", Some(2), "1.50e+0"),
        ("1.5", Some(20), "1.50000000000000000000e+0"),
        ("2.5", None, "2.5e+0"),
        ("2.5", Some(0), "3e+0"),
        ("2.5", Some(2), "2.50e+0"),
        ("2.5", Some(20), "2.50000000000000000000e+0"),
        ("-1.5", None, "-1.5e+0"),
        ("-1.5", Some(0), "-2e+0"),
        ("-1.5", Some(2), "-1.50e+0"),
        ("-1.5", Some(20), "-1.50000000000000000000e+0"),
        ("1.005", None, "1.005e+0"),
        ("1.005", Some(0), "1e+0"),
        ("1.005", Some(2), "1.00e+0"),
        ("1.005", Some(20), "1.00499999999999989342e+0"),
        ("1.45", None, "1.45e+0"),
        ("1.45", Some(0), "1e+0"),
        ("1.45", Some(2), "1.45e+0"),
        ("1.45", Some(20), "1.44999999999999995559e+0"),
        ("4.35", None, "4.35e+0"),
        ("4.35", Some(0), "4e+0"),
        ("4.35", Some(2), "4.35e+0"),
        ("4.35", Some(20), "4.34999999999999964473e+0"),
        ("0.05", None, "5e-2"),
        ("0.05", Some(0), "5e-2"),
        ("0.05", Some(2), "5.00e-2"),
        ("0.05", Some(20), "5.00000000000000027756e-2"),
        ("9.995", None, "9.995e+0"),
        ("9.995", Some(0), "1e+1"),
        ("9.995", Some(2), "9.99e+0"),
        ("9.995", Some(20), "9.99499999999999921840e+0"),
        ("99.99", None, "9.999e+1"),
        ("99.99", Some(0), "1e+2"),
        ("99.99", Some(2), "1.00e+2"),
        ("99.99", Some(20), "9.99899999999999948841e+1"),
        ("25", None, "2.5e+1"),
        ("25", Some(0), "3e+1"),
        ("25", Some(2), "2.50e+1"),
        ("25", Some(20), "2.50000000000000000000e+1"),
        ("123.456", None, "1.23456e+2"),
        ("123.456", Some(0), "1e+2"),
        ("123.456", Some(2), "1.23e+2"),
        ("123.456", Some(20), "1.23456000000000003070e+2"),
        ("-123.456", None, "-1.23456e+2"),
        ("-123.456", Some(0), "-1e+2"),
        ("-123.456", Some(2), "-1.23e+2"),
        ("-123.456", Some(20), "-1.23456000000000003070e+2"),
        ("1234.5678", None, "1.2345678e+3"),
        ("1234.5678", Some(0), "1e+3"),
        ("1234.5678", Some(2), "1.23e+3"),
        ("1234.5678", Some(20), "1.23456780000000003383e+3"),
        ("1e-7", None, "1e-7"),
        ("1e-7", Some(0), "1e-7"),
        ("1e-7", Some(2), "1.00e-7"),
        ("1e-7", Some(20), "9.99999999999999954748e-8"),
        ("1.5e-7", None, "1.5e-7"),
        ("1.5e-7", Some(0), "1e-7"),
        ("1.5e-7", Some(2), "1.50e-7"),
        ("1.5e-7", Some(20), "1.49999999999999993212e-7"),
        ("0.000001", None, "1e-6"),
        ("0.000001", Some(0), "1e-6"),
        ("0.000001", Some(2), "1.00e-6"),
        ("0.000001", Some(20), "9.99999999999999954748e-7"),
        ("0.000001234", None, "1.234e-6"),
        ("0.000001234", Some(0), "1e-6"),
        ("0.000001234", Some(2), "1.23e-6"),
        ("0.000001234", Some(20), "1.23399999999999995898e-6"),
        ("1.23e-18", None, "1.23e-18"),
        ("1.23e-18", Some(0), "1e-18"),
        ("1.23e-18", Some(2), "1.23e-18"),
        ("1.23e-18", Some(20), "1.23000000000000000326e-18"),
        ("100000000000000000000", None, "1e+20"),
        ("100000000000000000000", Some(0), "1e+20"),
        ("100000000000000000000", Some(2), "1.00e+20"),
        ("100000000000000000000", Some(20), "1.00000000000000000000e+20"),
        ("1e+21", None, "1e+21"),
        ("1e+21", Some(0), "1e+21"),
        ("1e+21", Some(2), "1.00e+21"),
        ("1e+21", Some(20), "1.00000000000000000000e+21"),
        ("-1e+21", None, "-1e+21"),
        ("-1e+21", Some(0), "-1e+21"),
        ("-1e+21", Some(2), "-1.00e+21"),
        ("-1e+21", Some(20), "-1.00000000000000000000e+21"),
        ("999999999999999900000", None, "9.999999999999999e+20"),
        ("999999999999999900000", Some(0), "1e+21"),
        ("999999999999999900000", Some(2), "1.00e+21"),
        ("999999999999999900000", Some(20), "9.99999999999999868928e+20"),
        ("123456789012345680000", None, "1.2345678901234568e+20"),
        ("123456789012345680000", Some(0), "1e+20"),
        ("123456789012345680000", Some(2), "1.23e+20"),
        ("123456789012345680000", Some(20), "1.23456789012345683968e+20"),
        ("1e+100", None, "1e+100"),
        ("1e+100", Some(0), "1e+100"),
        ("1e+100", Some(2), "1.00e+100"),
        ("1e+100", Some(20), "1.00000000000000001590e+100"),
        ("5e-324", None, "5e-324"),
        ("5e-324", Some(0), "5e-324"),
        ("5e-324", Some(2), "4.94e-324"),
        ("5e-324", Some(20), "4.94065645841246544177e-324"),
        ("2.2250738585072014e-308", None, "2.2250738585072014e-308"),
        ("2.2250738585072014e-308", Some(0), "2e-308"),
        ("2.2250738585072014e-308", Some(2), "2.23e-308"),
        ("2.2250738585072014e-308", Some(20), "2.22507385850720138309e-308"),
        ("1.7976931348623157e+308", None, "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", Some(0), "2e+308"),
        ("1.7976931348623157e+308", Some(2), "1.80e+308"),
        ("1.7976931348623157e+308", Some(20), "1.79769313486231570815e+308"),
        ("9007199254740992", None, "9.007199254740992e+15"),
        ("9007199254740992", Some(0), "9e+15"),
        ("9007199254740992", Some(2), "9.01e+15"),
        ("9007199254740992", Some(20), "9.00719925474099200000e+15"),
        ("9007199254740994", None, "9.007199254740994e+15"),
        ("9007199254740994", Some(0), "9e+15"),
        ("9007199254740994", Some(2), "9.01e+15"),
        ("9007199254740994", Some(20), "9.00719925474099400000e+15"),
        ("18446744073709552000", None, "1.8446744073709552e+19"),
        ("18446744073709552000", Some(0), "2e+19"),
        ("18446744073709552000", Some(2), "1.84e+19"),
        ("18446744073709552000", Some(20), "1.84467440737095516160e+19"),
        ("3.141592653589793", None, "3.141592653589793e+0"),
        ("3.141592653589793", Some(0), "3e+0"),
        ("3.141592653589793", Some(2), "3.14e+0"),
        ("3.141592653589793", Some(20), "3.14159265358979311600e+0"),
        ("2.718281828459045", None, "2.718281828459045e+0"),
        ("2.718281828459045", Some(0), "3e+0"),
        ("2.718281828459045", Some(2), "2.72e+0"),
        ("2.718281828459045", Some(20), "2.71828182845904509080e+0"),
        ("0.3333333333333333", None, "3.333333333333333e-1"),
        ("0.3333333333333333", Some(0), "3e-1"),
        ("0.3333333333333333", Some(2), "3.33e-1"),
        ("0.3333333333333333", Some(20), "3.33333333333333314830e-1"),
        ("0.6666666666666666", None, "6.666666666666666e-1"),
        ("0.6666666666666666", Some(0), "7e-1"),
        ("0.6666666666666666", Some(2), "6.67e-1"),
        ("0.6666666666666666", Some(20), "6.66666666666666629659e-1"),
        ("255", None, "2.55e+2"),
        ("255", Some(0), "3e+2"),
        ("255", Some(2), "2.55e+2"),
        ("255", Some(20), "2.55000000000000000000e+2"),
        ("-255", None, "-2.55e+2"),
        ("-255", Some(0), "-3e+2"),
        ("-255", Some(2), "-2.55e+2"),
        ("-255", Some(20), "-2.55000000000000000000e+2"),
        ("4294967295", None, "4.294967295e+9"),
        ("4294967295", Some(0), "4e+9"),
        ("4294967295", Some(2), "4.29e+9"),
        ("4294967295", Some(20), "4.29496729500000000000e+9"),
        ("4294967296", None, "4.294967296e+9"),
        ("4294967296", Some(0), "4e+9"),
        ("4294967296", Some(2), "4.29e+9"),
        ("4294967296", Some(20), "4.29496729600000000000e+9"),
        ("0.000001234", None, "1.234e-6"),
        ("0.000001234", Some(0), "1e-6"),
        ("0.000001234", Some(2), "1.23e-6"),
        ("0.000001234", Some(20), "1.23399999999999995898e-6"),
        ("1e-10", None, "1e-10"),
        ("1e-10", Some(0), "1e-10"),
        ("1e-10", Some(2), "1.00e-10"),
        ("1e-10", Some(20), "1.00000000000000003643e-10"),
        ("7e-10", None, "7e-10"),
        ("7e-10", Some(0), "7e-10"),
        ("7e-10", Some(2), "7.00e-10"),
        ("7e-10", Some(20), "6.99999999999999960879e-10"),
        ("1.7976931348623156e+300", None, "1.7976931348623156e+300"),
        ("1.7976931348623156e+300", Some(0), "2e+300"),
        ("1.7976931348623156e+300", Some(2), "1.80e+300"),
        ("1.7976931348623156e+300", Some(20), "1.79769313486231564794e+300"),
        ("0.7", None, "7e-1"),
        ("0.7", Some(0), "7e-1"),
        ("0.7", Some(2), "7.00e-1"),
        ("0.7", Some(20), "6.99999999999999955591e-1"),
        ("123456", None, "1.23456e+5"),
        ("123456", Some(0), "1e+5"),
        ("123456", Some(2), "1.23e+5"),
        ("123456", Some(20), "1.23456000000000000000e+5"),
        ("9.5", Some(0), "1e+1"),
        ("99.5", Some(1), "1.0e+2"),
        ("-0", Some(3), "0.000e+0"),
    ];

    #[test]
    fn to_string_matches_node() {
        for &(x, want) in TO_STRING {
            assert_eq!(number_to_string(num(x)), want, "String({x})");
        }
    }

    #[test]
    fn to_string_radix_matches_node() {
        for &(x, radix, want) in RADIX {
            assert_eq!(number_to_string_radix(num(x), radix), want, "({x}).toString({radix})");
        }
    }

    #[test]
    fn to_string_radix_long_outputs() {
        // Node: Number.MAX_VALUE.toString(2) is 53 ones then 971 zeros.
        let want = format!("{}{}", "1".repeat(53), "0".repeat(971));
        assert_eq!(number_to_string_radix(f64::MAX, 2), want);
        // Node: (5e-324).toString(2) is "0." then 1073 zeros and a one.
        let want = format!("0.{}1", "0".repeat(1073));
        assert_eq!(number_to_string_radix(5e-324, 2), want);
        // Node: (3 * 5e-324).toString(16) is "0." then 268 zeros and "c".
        let want = format!("0.{}c", "0".repeat(268));
        assert_eq!(number_to_string_radix(3.0 * 5e-324, 16), want);
    }

    #[test]
    fn radix_ten_is_to_string() {
        for &(x, want) in TO_STRING {
            assert_eq!(number_to_string_radix(num(x), 10), want, "({x}).toString(10)");
        }
    }

    #[test]
    fn to_fixed_matches_node() {
        for &(x, digits, want) in FIXED {
            assert_eq!(number_to_fixed(num(x), digits).as_deref(), Some(want), "({x}).toFixed({digits})");
        }
    }

    #[test]
    fn to_precision_matches_node() {
        for &(x, p, want) in PRECISION {
            assert_eq!(number_to_precision(num(x), p).as_deref(), Some(want), "({x}).toPrecision({p})");
        }
    }

    #[test]
    fn to_exponential_matches_node() {
        for &(x, digits, want) in EXPONENTIAL {
            assert_eq!(number_to_exponential(num(x), digits).as_deref(), Some(want), "({x}).toExponential({digits:?})");
        }
    }

    #[test]
    fn range_errors() {
        // toFixed checks the range before looking at the value.
        assert_eq!(number_to_fixed(1.0, -1), None);
        assert_eq!(number_to_fixed(1.0, 101), None);
        assert_eq!(number_to_fixed(f64::NAN, 101), None);
        assert_eq!(number_to_fixed(1.0, 100).map(|s| s.len()), Some(102));
        // toPrecision and toExponential print non-finite values first.
        assert_eq!(number_to_precision(1.0, 0), None);
        assert_eq!(number_to_precision(1.0, 101), None);
        assert_eq!(number_to_precision(f64::NAN, 0).as_deref(), Some("NaN"));
        assert_eq!(number_to_precision(f64::NEG_INFINITY, 101).as_deref(), Some("-Infinity"));
        assert_eq!(number_to_exponential(1.0, Some(-1)), None);
        assert_eq!(number_to_exponential(1.0, Some(101)), None);
        assert_eq!(number_to_exponential(f64::INFINITY, Some(-1)).as_deref(), Some("Infinity"));
    }

    #[test]
    fn exact_decimal_expansion() {
        assert_eq!(exact_decimal(0.5), (vec![5], 0));
        assert_eq!(exact_decimal(1024.0), (vec![1, 0, 2, 4], 4));
        // 0.1 is 0.1000000000000000055511151231257827021181583404541015625 exactly.
        let (digits, point) = exact_decimal(0.1);
        let text: String = digits.iter().map(|&d| char::from(b'0' + d)).collect();
        assert_eq!((text.as_str(), point), ("1000000000000000055511151231257827021181583404541015625", 0));
        // The smallest subnormal has 751 significant digits, starting at 10^-324.
        let (digits, point) = exact_decimal(5e-324);
        assert_eq!((digits.len(), point, &digits[..4]), (751, -323, &[4, 9, 4, 0][..]));
    }
}
