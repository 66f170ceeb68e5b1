//! String-level helpers of the inspector: Node's `strEscape`, property-key
//! formatting, UTF-16 lengths and display widths.

use super::Key;

/// Length in UTF-16 code units (JavaScript's `.length`).
pub(super) fn js_len(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.encode_utf16().count() }
}

/// Node's escape for one code unit (`meta[c]`, else `\uXXXX` lowercase).
fn push_escape(out: &mut String, c: u16) {
    match c {
        0x08 => out.push_str("\\b"),
        0x09 => out.push_str("\\t"),
        0x0a => out.push_str("\\n"),
        0x0c => out.push_str("\\f"),
        0x0d => out.push_str("\\r"),
        0x27 => out.push_str("\\'"),
        0x5c => out.push_str("\\\\"),
        0x00..=0x1f | 0x7f..=0x9f => out.push_str(&format!("\\x{c:02X}")),
        _ => out.push_str(&format!("\\u{c:x}")),
    }
}

/// Appends `units` to `out`, escaping control characters, the backslash, lone
/// surrogates and, if `quote` is `Some`, that quote character.
fn escape_into(out: &mut String, units: &[u16], quote: Option<u16>) {
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        if Some(c) == quote || c == 0x5c || c < 0x20 || (0x7f..0xa0).contains(&c) {
            push_escape(out, c);
        } else if (0xd800..=0xdfff).contains(&c) {
            let pair = c <= 0xdbff && units.get(i + 1).is_some_and(|d| (0xdc00..=0xdfff).contains(d));
            if pair {
                let cp = 0x10000 + ((u32::from(c) - 0xd800) << 10) + (u32::from(units[i + 1]) - 0xdc00);
                out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                i += 1;
            } else {
                push_escape(out, c);
            }
        } else {
            out.push(char::from_u32(u32::from(c)).unwrap_or('\u{fffd}'));
        }
        i += 1;
    }
}

/// Node's `strEscape`: quote a string for display. Single quotes by default;
/// double quotes if it contains `'` but no `"`; backticks if it contains both
/// but neither a backtick nor `${`.
pub(super) fn str_escape(units: &[u16]) -> String {
    let has = |c: u8| units.contains(&u16::from(c));
    let mut quote = b'\'';
    if has(b'\'') {
        if !has(b'"') {
            quote = b'"';
        } else if !has(b'`') && !units.windows(2).any(|w| w == [u16::from(b'$'), u16::from(b'{')]) {
            quote = b'`';
        }
    }
    let mut out = String::with_capacity(units.len() + 2);
    out.push(char::from(quote));
    escape_into(&mut out, units, (quote == b'\'').then_some(u16::from(b'\'')));
    out.push(char::from(quote));
    out
}

/// Node's `strEscapeSequencesReplacer` applied without quoting (used for
/// symbol descriptions and non-enumerable keys): also escapes `'`.
fn escape_unquoted(units: &[u16]) -> String {
    let mut out = String::with_capacity(units.len());
    escape_into(&mut out, units, Some(u16::from(b'\'')));
    out
}

/// Whether `key` matches Node's `keyStrRegExp`, `/^[a-zA-Z_][a-zA-Z_0-9]*$/`.
fn is_identifier_key(key: &[u16]) -> bool {
    let ascii = |u: u16, f: fn(&u8) -> bool| u8::try_from(u).is_ok_and(|b| f(&b) || b == b'_');
    key.first().is_some_and(|&u| ascii(u, u8::is_ascii_alphabetic))
        && key.iter().all(|&u| ascii(u, u8::is_ascii_alphanumeric))
}

/// An enumerable string property key as Node prints it before `: `:
/// `a`, `_y` bare; everything else quoted like a string (`'a-b'`, `'1'`,
/// `'$x'`); `__proto__` as `['__proto__']`.
pub fn format_key(key: &str) -> String {
    let units: Vec<u16> = key.encode_utf16().collect();
    format_key_units(&units)
}

fn format_key_units(key: &[u16]) -> String {
    if key.iter().copied().eq("__proto__".encode_utf16()) {
        "['__proto__']".to_string()
    } else if is_identifier_key(key) {
        key.iter().map(|&u| char::from(u as u8)).collect()
    } else {
        str_escape(key)
    }
}

/// Any property key, as the part of Node's `formatProperty` before `: `.
pub(super) fn format_property_key(key: &Key) -> String {
    match key {
        Key::Name(name) => format_key_units(name.units()),
        Key::Symbol(desc) => {
            let units: Vec<u16> = format!("Symbol({desc})").encode_utf16().collect();
            format!("[{}]", escape_unquoted(&units))
        }
        Key::Hidden(name) if name.is("__proto__") => "['__proto__']".to_string(),
        Key::Hidden(name) => format!("[{}]", escape_unquoted(name.units())),
        Key::Prototype(key) => format_property_key(key),
    }
}

/// Display width in columns, as Node's `getStringWidth(str, false)` computes it
/// with ICU: ASCII control characters are zero-width, East Asian wide and
/// emoji-presentation characters take two columns, combining marks and format
/// characters none.
pub(super) fn string_width(s: &str) -> usize {
    let mut width = 0;
    let mut chars = s.char_indices();
    for (i, c) in chars.by_ref() {
        if u32::from(c) >= 127 {
            return width + s[i..].chars().map(char_width).sum::<usize>();
        }
        if u32::from(c) >= 32 {
            width += 1;
        }
    }
    width
}

fn char_width(c: char) -> usize {
    let cp = u32::from(c);
    if cp != 0xad && is_zero_width(cp) {
        0
    } else if in_ranges(cp, WIDE) {
        2
    } else {
        1
    }
}

fn in_ranges(cp: u32, ranges: &[(u32, u32)]) -> bool {
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Controls, format characters and combining marks (general categories Cc,
/// Cf, Mn, Me) in the common ranges.
fn is_zero_width(cp: u32) -> bool {
    in_ranges(cp, ZERO_WIDTH)
}

const ZERO_WIDTH: &[(u32, u32)] = &[
    (0x0000, 0x001f),
    (0x007f, 0x009f),
    (0x00ad, 0x00ad),
    (0x0300, 0x036f),
    (0x0483, 0x0489),
    (0x0591, 0x05bd),
    (0x05bf, 0x05bf),
    (0x05c1, 0x05c2),
    (0x05c4, 0x05c5),
    (0x05c7, 0x05c7),
    (0x0600, 0x0605),
    (0x0610, 0x061a),
    (0x061c, 0x061c),
    (0x064b, 0x065f),
    (0x0670, 0x0670),
    (0x06d6, 0x06dd),
    (0x06df, 0x06e4),
    (0x06e7, 0x06e8),
    (0x06ea, 0x06ed),
    (0x0900, 0x0902),
    (0x093a, 0x093a),
    (0x093c, 0x093c),
    (0x0941, 0x0948),
    (0x094d, 0x094d),
    (0x0951, 0x0957),
    (0x0962, 0x0963),
    (0x0e31, 0x0e31),
    (0x0e34, 0x0e3a),
    (0x0e47, 0x0e4e),
    (0x180b, 0x180f),
    (0x1ab0, 0x1aff),
    (0x1dc0, 0x1dff),
    (0x200b, 0x200f),
    (0x202a, 0x202e),
    (0x2060, 0x2064),
    (0x2066, 0x206f),
    (0x20d0, 0x20ff),
    (0x302a, 0x302d),
    (0x3099, 0x309a),
    (0xfe00, 0xfe0f),
    (0xfe20, 0xfe2f),
    (0xfeff, 0xfeff),
    (0xfff9, 0xfffb),
    (0xe0001, 0xe0001),
    (0xe0020, 0xe007f),
    (0xe0100, 0xe01ef),
];

/// East Asian Wide/Fullwidth ranges and emoji with default emoji presentation.
const WIDE: &[(u32, u32)] = &[
    (0x1100, 0x115f),
    (0x231a, 0x231b),
    (0x2329, 0x232a),
    (0x23e9, 0x23ec),
    (0x23f0, 0x23f0),
    (0x23f3, 0x23f3),
    (0x25fd, 0x25fe),
    (0x2614, 0x2615),
    (0x2648, 0x2653),
    (0x267f, 0x267f),
    (0x2693, 0x2693),
    (0x26a1, 0x26a1),
    (0x26aa, 0x26ab),
    (0x26bd, 0x26be),
    (0x26c4, 0x26c5),
    (0x26ce, 0x26ce),
    (0x26d4, 0x26d4),
    (0x26ea, 0x26ea),
    (0x26f2, 0x26f3),
    (0x26f5, 0x26f5),
    (0x26fa, 0x26fa),
    (0x26fd, 0x26fd),
    (0x2705, 0x2705),
    (0x270a, 0x270b),
    (0x2728, 0x2728),
    (0x274c, 0x274c),
    (0x274e, 0x274e),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2795, 0x2797),
    (0x27b0, 0x27b0),
    (0x27bf, 0x27bf),
    (0x2b1b, 0x2b1c),
    (0x2b50, 0x2b50),
    (0x2b55, 0x2b55),
    (0x2e80, 0x303e),
    (0x3041, 0x3247),
    (0x3250, 0x4dbf),
    (0x4e00, 0xa4c6),
    (0xa960, 0xa97c),
    (0xac00, 0xd7a3),
    (0xf900, 0xfaff),
    (0xfe10, 0xfe19),
    (0xfe30, 0xfe6b),
    (0xff01, 0xff60),
    (0xffe0, 0xffe6),
    (0x16fe0, 0x16fe4),
    (0x16ff0, 0x16ff1),
    (0x17000, 0x18cd5),
    (0x18d00, 0x18d08),
    (0x1aff0, 0x1b2fb),
    (0x1f004, 0x1f004),
    (0x1f0cf, 0x1f0cf),
    (0x1f18e, 0x1f18e),
    (0x1f191, 0x1f19a),
    (0x1f1e6, 0x1f202),
    (0x1f210, 0x1f23b),
    (0x1f240, 0x1f248),
    (0x1f250, 0x1f251),
    (0x1f260, 0x1f265),
    (0x1f300, 0x1f320),
    (0x1f32d, 0x1f335),
    (0x1f337, 0x1f37c),
    (0x1f37e, 0x1f393),
    (0x1f3a0, 0x1f3ca),
    (0x1f3cf, 0x1f3d3),
    (0x1f3e0, 0x1f3f0),
    (0x1f3f4, 0x1f3f4),
    (0x1f3f8, 0x1f43e),
    (0x1f440, 0x1f440),
    (0x1f442, 0x1f4fc),
    (0x1f4ff, 0x1f53d),
    (0x1f54b, 0x1f54e),
    (0x1f550, 0x1f567),
    (0x1f57a, 0x1f57a),
    (0x1f595, 0x1f596),
    (0x1f5a4, 0x1f5a4),
    (0x1f5fb, 0x1f64f),
    (0x1f680, 0x1f6c5),
    (0x1f6cc, 0x1f6cc),
    (0x1f6d0, 0x1f6d2),
    (0x1f6d5, 0x1f6d7),
    (0x1f6dc, 0x1f6df),
    (0x1f6eb, 0x1f6ec),
    (0x1f6f4, 0x1f6fc),
    (0x1f7e0, 0x1f7eb),
    (0x1f7f0, 0x1f7f0),
    (0x1f90c, 0x1f93a),
    (0x1f93c, 0x1f945),
    (0x1f947, 0x1f9ff),
    (0x1fa70, 0x1fa7c),
    (0x1fa80, 0x1fa88),
    (0x1fa90, 0x1fabd),
    (0x1fabf, 0x1fac5),
    (0x1face, 0x1fadb),
    (0x1fae0, 0x1fae8),
    (0x1faf0, 0x1faf8),
    (0x20000, 0x2fffd),
    (0x30000, 0x3fffd),
];
