//! The function properties of the global object (§19.2): parseInt, parseFloat,
//! isNaN, isFinite and the URI encoding functions.
//!
//! `parseInt`/`parseFloat` are the function objects `builtins/number.rs`
//! installed as `Number.parseInt`/`Number.parseFloat` (that module runs first),
//! so `Number.parseInt === parseInt` as the spec requires.

use super::string::UnitBuf;
use super::{define_global, install_methods, number::number_ctor};
use crate::error::{ErrorKind, Thrown, throw_error_kind};
use crate::number_parse;
use crate::string::{Str, Units, intern_str};
use crate::value::{self, JsResult, Value, arg};

pub fn install() {
    let number = number_ctor();
    for name in ["parseFloat", "parseInt"] {
        let f = number.get_atom(intern_str(name)).expect("Number.parseInt is a data property");
        define_global(name, f);
    }
    let g = crate::realm::realm().global;
    install_methods(
        g,
        &[
            ("isFinite", is_finite, 1),
            ("isNaN", is_nan, 1),
            ("decodeURI", decode_uri, 1),
            ("decodeURIComponent", decode_uri_component, 1),
            ("encodeURI", encode_uri, 1),
            ("encodeURIComponent", encode_uri_component, 1),
        ],
    );
}

/// parseInt (§19.2.5): ToString(string) first, then ToInt32(radix).
pub(super) fn parse_int(_this: Value, args: &[Value]) -> JsResult<Value> {
    let s = value::to_str(arg(args, 0))?;
    let radix = value::to_int32(arg(args, 1))?;
    // Fast path: a short run of decimal digits (the common `parseInt("42")`).
    if (radix == 0 || radix == 10)
        && let Some(i) = s.as_index()
        && i <= i32::MAX as u32
    {
        return Ok(Value::int(i as i32));
    }
    Ok(Value::number(number_parse::parse_int(&s.to_rust_string(), radix)))
}

/// parseFloat (§19.2.4).
pub(super) fn parse_float(_this: Value, args: &[Value]) -> JsResult<Value> {
    let s = value::to_str(arg(args, 0))?;
    Ok(Value::number(number_parse::parse_float(&s.to_rust_string())))
}

/// isNaN (§19.2.3).
fn is_nan(_this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(value::to_number(arg(args, 0))?.is_nan()))
}

/// isFinite (§19.2.2).
fn is_finite(_this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(value::to_number(arg(args, 0))?.is_finite()))
}

// ---- URI handling (§19.2.6) ----

/// uriReserved and "#": what encodeURI leaves alone and decodeURI does not decode.
const URI_RESERVED_AND_HASH: &[u8] = b";/?:@&=+$,#";

/// uriUnreserved: ASCII letters, digits and uriMark.
fn is_unreserved(c: u16) -> bool {
    c < 0x80 && {
        let b = c as u8;
        b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b)
    }
}

#[cold]
fn uri_error() -> Thrown {
    throw_error_kind(ErrorKind::URIError, "URI malformed")
}

/// Encode (§19.2.6.5): UTF-8 percent-encoding of every code point outside
/// uriUnreserved and `extra`; a lone surrogate is a URIError.
fn encode(s: Str, extra: &[u8]) -> JsResult<Str> {
    let u = s.units();
    let len = u.len();
    let mut out = UnitBuf::with_capacity(len);
    let mut k = 0;
    while k < len {
        let c = u.at(k);
        if is_unreserved(c) || c < 0x80 && extra.contains(&(c as u8)) {
            out.push(c);
            k += 1;
            continue;
        }
        let cp = match c {
            0xDC00..=0xDFFF => return Err(uri_error()),
            0xD800..=0xDBFF => {
                let next = if k + 1 < len { u.at(k + 1) } else { 0 };
                if !(0xDC00..=0xDFFF).contains(&next) {
                    return Err(uri_error());
                }
                k += 1;
                0x10000 + ((c as u32 - 0xD800) << 10) + (next as u32 - 0xDC00)
            }
            _ => c as u32,
        };
        k += 1;
        let ch = char::from_u32(cp).expect("surrogates were combined");
        let mut buf = [0u8; 4];
        for &b in ch.encode_utf8(&mut buf).as_bytes() {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push(b'%' as u16);
            out.push(HEX[(b >> 4) as usize] as u16);
            out.push(HEX[(b & 15) as usize] as u16);
        }
    }
    out.finish()
}

fn hex_value(c: u16) -> Option<u8> {
    match c {
        0x30..=0x39 => Some((c - 0x30) as u8),
        0x41..=0x46 => Some((c - 0x41 + 10) as u8),
        0x61..=0x66 => Some((c - 0x61 + 10) as u8),
        _ => None,
    }
}

/// The byte spelled by `%XY` at `k` (which must be a `%`).
fn escaped_byte(u: Units<'_>, k: usize) -> JsResult<u8> {
    if k + 2 >= u.len() || u.at(k) != b'%' as u16 {
        return Err(uri_error());
    }
    match (hex_value(u.at(k + 1)), hex_value(u.at(k + 2))) {
        (Some(h), Some(l)) => Ok(h << 4 | l),
        _ => Err(uri_error()),
    }
}

/// Decode (§19.2.6.6): percent-escapes of UTF-8 sequences become code points,
/// except escapes of ASCII characters in `preserve`, which stay as written.
fn decode(s: Str, preserve: &[u8]) -> JsResult<Str> {
    let u = s.units();
    let len = u.len();
    let mut out = UnitBuf::with_capacity(len);
    let mut k = 0;
    while k < len {
        let c = u.at(k);
        if c != b'%' as u16 {
            out.push(c);
            k += 1;
            continue;
        }
        let start = k;
        let b = escaped_byte(u, k)?;
        k += 3;
        if b < 0x80 {
            if preserve.contains(&b) {
                out.push_units(units_slice(u, start, k));
            } else {
                out.push(b as u16);
            }
            continue;
        }
        // The number of bytes the leading byte announces.
        let n = b.leading_ones() as usize;
        if n == 1 || n > 4 {
            return Err(uri_error());
        }
        let mut octets = [b, 0, 0, 0];
        for o in octets.iter_mut().take(n).skip(1) {
            if k >= len {
                return Err(uri_error());
            }
            let cont = escaped_byte(u, k)?;
            if cont & 0xC0 != 0x80 {
                return Err(uri_error());
            }
            *o = cont;
            k += 3;
        }
        // Rejects overlong forms, surrogates and values past U+10FFFF.
        let ch = std::str::from_utf8(&octets[..n]).map_err(|_| uri_error())?;
        let cp = ch.chars().next().expect("one code point") as u32;
        if cp < 0x10000 {
            out.push(cp as u16);
        } else {
            let v = cp - 0x10000;
            out.push(0xD800 + (v >> 10) as u16);
            out.push(0xDC00 + (v & 0x3FF) as u16);
        }
    }
    out.finish()
}

fn units_slice(u: Units<'_>, a: usize, b: usize) -> Units<'_> {
    match u {
        Units::Latin1(s) => Units::Latin1(&s[a..b]),
        Units::Utf16(s) => Units::Utf16(&s[a..b]),
    }
}

fn encode_uri(_this: Value, args: &[Value]) -> JsResult<Value> {
    let s = value::to_str(arg(args, 0))?;
    Ok(encode(s, URI_RESERVED_AND_HASH)?.value())
}

fn encode_uri_component(_this: Value, args: &[Value]) -> JsResult<Value> {
    let s = value::to_str(arg(args, 0))?;
    Ok(encode(s, b"")?.value())
}

fn decode_uri(_this: Value, args: &[Value]) -> JsResult<Value> {
    let s = value::to_str(arg(args, 0))?;
    Ok(decode(s, URI_RESERVED_AND_HASH)?.value())
}

fn decode_uri_component(_this: Value, args: &[Value]) -> JsResult<Value> {
    let s = value::to_str(arg(args, 0))?;
    Ok(decode(s, b"")?.value())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::with_runtime;

    fn run(f: fn(Str) -> JsResult<Str>, x: &str) -> Option<String> {
        let r = f(Str::new(x)).ok().map(|s| s.to_rust_string());
        crate::error::take_pending();
        r
    }

    #[test]
    fn uri_round_trips() {
        with_runtime(|| {
            let enc = |s| encode(s, b"");
            let dec = |s| decode(s, b"");
            let dec_uri = |s| decode(s, URI_RESERVED_AND_HASH);
            assert_eq!(run(enc, "a b&é€😀").as_deref(), Some("a%20b%26%C3%A9%E2%82%AC%F0%9F%98%80"));
            assert_eq!(run(dec, "a%20b%26%C3%A9%E2%82%AC%F0%9F%98%80").as_deref(), Some("a b&é€😀"));
            assert_eq!(run(dec_uri, "%3B%20%23").as_deref(), Some("%3B %23"));
            for bad in ["%", "%zz", "%C3", "%C0%80", "%ED%A0%80", "%F4%90%80%80", "%80"] {
                assert_eq!(run(dec, bad), None, "{bad}");
            }
        });
    }
}
