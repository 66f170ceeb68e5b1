//! String.prototype methods and the String statics (§22.1.2, §22.1.3).
//!
//! Everything works on UTF-16 code units as the spec does, directly on the
//! Latin-1 or UTF-16 storage of [`Str`]: results made only of Latin-1 units
//! stay one-byte, and nothing converts a whole string to a Rust `String`
//! except case mapping of two-byte strings (which needs Rust's Unicode tables).
//!
//! Regular expressions do not exist yet, so `split`, `replace` and `replaceAll`
//! skip the `@@split`/`@@replace` method lookup of their first step and treat
//! any pattern as a string (ToString). `localeCompare` approximates the ICU
//! root collation Node uses; see [`collate`].

use std::borrow::Cow;
use std::cmp::Ordering;

use super::primitive::this_string_coerced;
use super::{Method, install_methods};
use crate::array;
use crate::error::throw_range_error;
use crate::function;
use crate::number_format::number_to_string;
use crate::object::{Obj, attr};
use crate::realm::realm;
use crate::string::{self, K, MAX_LEN, Str, Units, atom, intern_str, single_char};
use crate::value::{self, JsResult, Value, arg, to_integer_or_infinity, to_number, to_str};

pub fn install() {
    let r = realm();
    const PROTO: &[Method] = &[
        ("anchor", anchor, 1),
        ("at", at, 1),
        ("big", big, 0),
        ("blink", blink, 0),
        ("bold", bold, 0),
        ("charAt", char_at, 1),
        ("charCodeAt", char_code_at, 1),
        ("codePointAt", code_point_at, 1),
        ("concat", concat, 1),
        ("endsWith", ends_with, 1),
        ("fontcolor", fontcolor, 1),
        ("fontsize", fontsize, 1),
        ("fixed", fixed, 0),
        ("includes", includes, 1),
        ("indexOf", index_of, 1),
        ("isWellFormed", is_well_formed, 0),
        ("italics", italics, 0),
        ("lastIndexOf", last_index_of, 1),
        ("link", link, 1),
        ("localeCompare", locale_compare, 1),
        ("padEnd", pad_end, 1),
        ("padStart", pad_start, 1),
        ("repeat", repeat, 1),
        ("replace", replace, 2),
        ("replaceAll", replace_all, 2),
        ("slice", slice, 2),
        ("small", small, 0),
        ("split", split, 2),
        ("strike", strike, 0),
        ("sub", sub, 0),
        ("substr", substr, 2),
        ("substring", substring, 2),
        ("sup", sup, 0),
        ("startsWith", starts_with, 1),
        ("toWellFormed", to_well_formed, 0),
        ("trim", trim, 0),
        ("trimStart", trim_start, 0),
        ("trimEnd", trim_end, 0),
        ("toLocaleLowerCase", to_locale_lower_case, 0),
        ("toLocaleUpperCase", to_locale_upper_case, 0),
        ("toLowerCase", to_lower_case, 0),
        ("toUpperCase", to_upper_case, 0),
    ];
    let proto = r.string_proto;
    install_methods(proto, PROTO);
    // Annex B: trimLeft/trimRight are the very same function objects.
    alias(proto, "trimStart", "trimLeft");
    alias(proto, "trimEnd", "trimRight");

    let ctor = proto.get_atom(atom(K::constructor)).ok().and_then(Value::obj);
    let ctor = ctor.expect("String is installed before its methods");
    install_methods(ctor, &[("fromCharCode", from_char_code, 1), ("fromCodePoint", from_code_point, 1)]);
}

fn alias(o: Obj, existing: &str, name: &str) {
    let f = o.get_atom(intern_str(existing)).expect("plain data property");
    o.define_atom(intern_str(name), f, attr::HIDDEN);
}

// ---- Code-unit helpers ----

/// Code units being collected for a new string: one-byte until a unit above
/// 0xFF arrives.
pub(crate) enum UnitBuf {
    Latin1(Vec<u8>),
    Utf16(Vec<u16>),
    /// More than [`MAX_LEN`] units were pushed: they are dropped, and
    /// [`UnitBuf::finish`] throws.
    TooLong,
}

impl UnitBuf {
    pub(crate) fn with_capacity(n: usize) -> UnitBuf {
        UnitBuf::Latin1(Vec::with_capacity(n))
    }

    pub(crate) fn len(&self) -> usize {
        match self {
            UnitBuf::Latin1(b) => b.len(),
            UnitBuf::Utf16(w) => w.len(),
            UnitBuf::TooLong => MAX_LEN as usize + 1,
        }
    }

    /// Whether `n` more units would pass [`MAX_LEN`] (then the buffer is
    /// dropped, so nothing is allocated beyond the limit).
    #[inline]
    fn overflows(&mut self, n: usize) -> bool {
        if self.len() + n > MAX_LEN as usize {
            *self = UnitBuf::TooLong;
            return true;
        }
        false
    }

    fn widen(&mut self) -> &mut Vec<u16> {
        if let UnitBuf::Latin1(b) = self {
            let mut w = Vec::with_capacity(b.capacity().max(b.len() + 1));
            w.extend(b.iter().map(|&c| c as u16));
            *self = UnitBuf::Utf16(w);
        }
        match self {
            UnitBuf::Utf16(w) => w,
            UnitBuf::Latin1(_) | UnitBuf::TooLong => unreachable!("widened above"),
        }
    }

    #[inline]
    pub(crate) fn push(&mut self, c: u16) {
        if self.overflows(1) {
            return;
        }
        match self {
            UnitBuf::Latin1(b) if c <= 0xFF => b.push(c as u8),
            UnitBuf::Latin1(_) => self.widen().push(c),
            UnitBuf::Utf16(w) => w.push(c),
            UnitBuf::TooLong => {}
        }
    }

    pub(crate) fn push_units(&mut self, u: Units<'_>) {
        if self.overflows(u.len()) {
            return;
        }
        match (&mut *self, u) {
            (UnitBuf::Latin1(b), Units::Latin1(s)) => b.extend_from_slice(s),
            (UnitBuf::Utf16(w), Units::Latin1(s)) => w.extend(s.iter().map(|&c| c as u16)),
            (UnitBuf::Utf16(w), Units::Utf16(s)) => w.extend_from_slice(s),
            (UnitBuf::Latin1(_), Units::Utf16(s)) => {
                if s.iter().all(|&c| c <= 0xFF) {
                    if let UnitBuf::Latin1(b) = self {
                        b.extend(s.iter().map(|&c| c as u8));
                    }
                } else {
                    self.widen().extend_from_slice(s);
                }
            }
            (UnitBuf::TooLong, _) => {}
        }
    }

    pub(crate) fn push_str(&mut self, s: Str) {
        self.push_units(s.units());
    }

    /// The string; RangeError "Invalid string length" past [`MAX_LEN`].
    pub(crate) fn finish(self) -> JsResult<Str> {
        if self.len() > MAX_LEN as usize {
            return Err(throw_range_error("Invalid string length"));
        }
        Ok(match self {
            UnitBuf::Latin1(b) => Str::from_latin1(&b),
            UnitBuf::Utf16(w) => Str::from_utf16(&w),
            UnitBuf::TooLong => unreachable!("longer than MAX_LEN"),
        })
    }
}

/// `u[a..b]`.
fn units_range(u: Units<'_>, a: usize, b: usize) -> Units<'_> {
    match u {
        Units::Latin1(s) => Units::Latin1(&s[a..b]),
        Units::Utf16(s) => Units::Utf16(&s[a..b]),
    }
}

/// The substring of code units `[a, b)` (the same string when it is all of it).
fn substr_units(s: Str, a: usize, b: usize) -> Str {
    if a == 0 && b == s.len() as usize {
        return s;
    }
    if b == a + 1 {
        return single_char(s.char_at(a as u32));
    }
    Str::from_units(units_range(s.units(), a, b))
}

fn units_eq(a: Units<'_>, b: Units<'_>) -> bool {
    match (a, b) {
        (Units::Latin1(x), Units::Latin1(y)) => x == y,
        (Units::Utf16(x), Units::Utf16(y)) => x == y,
        _ => a.len() == b.len() && a.iter().eq(b.iter()),
    }
}

/// A haystack and a needle of the same width, prepared once for repeated searches.
enum Search<'a> {
    Latin1(&'a [u8], Cow<'a, [u8]>),
    Utf16(&'a [u16], Cow<'a, [u16]>),
    /// The needle has a unit above 0xFF and the haystack is one-byte.
    Never,
}

impl<'a> Search<'a> {
    fn new(h: Units<'a>, n: Units<'a>) -> Search<'a> {
        match (h, n) {
            (Units::Latin1(h), Units::Latin1(n)) => Search::Latin1(h, Cow::Borrowed(n)),
            (Units::Utf16(h), Units::Utf16(n)) => Search::Utf16(h, Cow::Borrowed(n)),
            (Units::Utf16(h), Units::Latin1(n)) => Search::Utf16(h, Cow::Owned(n.iter().map(|&c| c as u16).collect())),
            (Units::Latin1(h), Units::Utf16(n)) => {
                if n.iter().all(|&c| c <= 0xFF) {
                    Search::Latin1(h, Cow::Owned(n.iter().map(|&c| c as u8).collect()))
                } else {
                    Search::Never
                }
            }
        }
    }

    /// StringIndexOf(h, n, from) (§6.1.4.1): the first match at or after `from`.
    fn find(&self, from: usize) -> Option<usize> {
        match self {
            Search::Latin1(h, n) => find(h, n, from),
            Search::Utf16(h, n) => find(h, n, from),
            Search::Never => None,
        }
    }

    /// The last match starting at or before `from`.
    fn rfind(&self, from: usize) -> Option<usize> {
        match self {
            Search::Latin1(h, n) => rfind(h, n, from),
            Search::Utf16(h, n) => rfind(h, n, from),
            Search::Never => None,
        }
    }
}

fn find<T: Copy + Eq>(h: &[T], n: &[T], from: usize) -> Option<usize> {
    if n.is_empty() {
        return (from <= h.len()).then_some(from);
    }
    if n.len() > h.len() {
        return None;
    }
    let last = h.len() - n.len();
    let (first, rest) = (n[0], &n[1..]);
    let mut i = from;
    while i <= last {
        i += h[i..=last].iter().position(|&c| c == first)?;
        if h[i + 1..i + n.len()] == *rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn rfind<T: Copy + Eq>(h: &[T], n: &[T], from: usize) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    let mut i = from.min(h.len() - n.len());
    loop {
        if h[i..i + n.len()] == *n {
            return Some(i);
        }
        if i == 0 {
            return None;
        }
        i -= 1;
    }
}

/// WhiteSpace or LineTerminator (§12.2, §12.3), the set `trim` removes.
fn is_js_whitespace(c: u16) -> bool {
    matches!(
        c,
        0x09..=0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// ToIntegerOrInfinity of a position, clamped into `[0, len]`.
fn clamp(d: f64, len: usize) -> usize {
    if d <= 0.0 {
        0
    } else if d >= len as f64 {
        len
    } else {
        d as usize
    }
}

/// A relative position (negative counts from the end) clamped into `[0, len]`.
fn relative(d: f64, len: usize) -> usize {
    if d < 0.0 { clamp(len as f64 + d, len) } else { clamp(d, len) }
}

/// An optional integer argument: `default` when undefined.
fn int_arg_or(v: Value, default: f64) -> JsResult<f64> {
    if v.is_undefined() { Ok(default) } else { to_integer_or_infinity(v) }
}

fn is_lead(c: u16) -> bool {
    (0xD800..0xDC00).contains(&c)
}

fn is_trail(c: u16) -> bool {
    (0xDC00..0xE000).contains(&c)
}

fn int_value(i: usize) -> Value {
    Value::int(i as i32)
}

// ---- Character access ----

/// String.prototype.at (§22.1.3.1).
fn at(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.at")?;
    let len = s.len() as f64;
    let rel = to_integer_or_infinity(arg(args, 0))?;
    let k = if rel >= 0.0 { rel } else { len + rel };
    if k < 0.0 || k >= len {
        return Ok(Value::UNDEFINED);
    }
    Ok(single_char(s.char_at(k as u32)).value())
}

/// String.prototype.charAt (§22.1.3.2).
fn char_at(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.charAt")?;
    let pos = to_integer_or_infinity(arg(args, 0))?;
    if pos < 0.0 || pos >= s.len() as f64 {
        return Ok(atom(K::empty).value());
    }
    Ok(single_char(s.char_at(pos as u32)).value())
}

/// String.prototype.charCodeAt (§22.1.3.3).
fn char_code_at(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.charCodeAt")?;
    let pos = to_integer_or_infinity(arg(args, 0))?;
    if pos < 0.0 || pos >= s.len() as f64 {
        return Ok(Value::number(f64::NAN));
    }
    Ok(Value::int(s.char_at(pos as u32) as i32))
}

/// String.prototype.codePointAt (§22.1.3.4).
fn code_point_at(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.codePointAt")?;
    let pos = to_integer_or_infinity(arg(args, 0))?;
    let len = s.len() as usize;
    if pos < 0.0 || pos >= len as f64 {
        return Ok(Value::UNDEFINED);
    }
    let u = s.units();
    let i = pos as usize;
    let first = u.at(i);
    if is_lead(first) && i + 1 < len {
        let second = u.at(i + 1);
        if is_trail(second) {
            let cp = 0x10000 + ((first as i32 - 0xD800) << 10) + (second as i32 - 0xDC00);
            return Ok(Value::int(cp));
        }
    }
    Ok(Value::int(first as i32))
}

// ---- Searching ----

/// String.prototype.indexOf (§22.1.3.9).
fn index_of(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.indexOf")?;
    let search = to_str(arg(args, 0))?;
    let pos = to_integer_or_infinity(arg(args, 1))?;
    let start = clamp(pos, s.len() as usize);
    Ok(match Search::new(s.units(), search.units()).find(start) {
        Some(i) => int_value(i),
        None => Value::int(-1),
    })
}

/// String.prototype.lastIndexOf (§22.1.3.11).
fn last_index_of(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.lastIndexOf")?;
    let search = to_str(arg(args, 0))?;
    let num_pos = to_number(arg(args, 1))?;
    let pos = if num_pos.is_nan() { f64::INFINITY } else { num_pos.trunc() };
    let start = clamp(pos, s.len() as usize);
    Ok(match Search::new(s.units(), search.units()).rfind(start) {
        Some(i) => int_value(i),
        None => Value::int(-1),
    })
}

/// String.prototype.includes (§22.1.3.8).
fn includes(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.includes")?;
    let search = to_str(arg(args, 0))?;
    let pos = to_integer_or_infinity(arg(args, 1))?;
    let start = clamp(pos, s.len() as usize);
    Ok(Value::bool(Search::new(s.units(), search.units()).find(start).is_some()))
}

/// String.prototype.startsWith (§22.1.3.24).
fn starts_with(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.startsWith")?;
    let search = to_str(arg(args, 0))?;
    let len = s.len() as usize;
    let start = clamp(to_integer_or_infinity(arg(args, 1))?, len);
    let n = search.len() as usize;
    if start + n > len {
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(units_eq(units_range(s.units(), start, start + n), search.units())))
}

/// String.prototype.endsWith (§22.1.3.7).
fn ends_with(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.endsWith")?;
    let search = to_str(arg(args, 0))?;
    let len = s.len() as usize;
    let end = clamp(int_arg_or(arg(args, 1), len as f64)?, len);
    let n = search.len() as usize;
    if n > end {
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(units_eq(units_range(s.units(), end - n, end), search.units())))
}

// ---- Substrings ----

/// String.prototype.slice (§22.1.3.21).
fn slice(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.slice")?;
    let len = s.len() as usize;
    let from = relative(to_integer_or_infinity(arg(args, 0))?, len);
    let to = relative(int_arg_or(arg(args, 1), len as f64)?, len);
    if from >= to {
        return Ok(atom(K::empty).value());
    }
    Ok(substr_units(s, from, to).value())
}

/// String.prototype.substring (§22.1.3.25).
fn substring(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.substring")?;
    let len = s.len() as usize;
    let a = clamp(to_integer_or_infinity(arg(args, 0))?, len);
    let b = clamp(int_arg_or(arg(args, 1), len as f64)?, len);
    Ok(substr_units(s, a.min(b), a.max(b)).value())
}

/// String.prototype.substr (Annex B §B.2.2.1).
fn substr(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.substr")?;
    let size = s.len() as usize;
    let start = relative(to_integer_or_infinity(arg(args, 0))?, size);
    let length = clamp(int_arg_or(arg(args, 1), size as f64)?, size);
    let end = (start + length).min(size);
    if start >= end {
        return Ok(atom(K::empty).value());
    }
    Ok(substr_units(s, start, end).value())
}

// ---- Building ----

/// String.prototype.concat (§22.1.3.5).
fn concat(this: Value, args: &[Value]) -> JsResult<Value> {
    let mut r = this_string_coerced(this, "String.prototype.concat")?;
    for &a in args {
        let next = to_str(a)?;
        r = string::concat(r, next)?;
    }
    Ok(r.value())
}

/// String.prototype.repeat (§22.1.3.17).
fn repeat(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.repeat")?;
    let count = to_number(arg(args, 0))?;
    let n = if count.is_nan() { 0.0 } else { count.trunc() };
    if n < 0.0 || n == f64::INFINITY {
        return Err(throw_range_error(format!("Invalid count value: {}", number_to_string(count))));
    }
    if n == 0.0 || s.is_empty() {
        return Ok(atom(K::empty).value());
    }
    if s.len() as f64 * n > MAX_LEN as f64 {
        return Err(throw_range_error("Invalid string length"));
    }
    let n = n as usize;
    Ok(match s.units() {
        Units::Latin1(b) => Str::from_latin1(&b.repeat(n)),
        Units::Utf16(w) => Str::from_utf16(&w.repeat(n)),
    }
    .value())
}

/// StringPad (§22.1.3.17.2) for padStart / padEnd.
fn pad(this: Value, args: &[Value], method: &str, at_start: bool) -> JsResult<Value> {
    let s = this_string_coerced(this, method)?;
    // ToLength(maxLength).
    let max_len = to_integer_or_infinity(arg(args, 0))?.clamp(0.0, 9007199254740991.0);
    let len = s.len() as usize;
    if max_len <= len as f64 {
        return Ok(s.value());
    }
    let fill = arg(args, 1);
    let filler = if fill.is_undefined() { single_char(b' ' as u16) } else { to_str(fill)? };
    if filler.is_empty() {
        return Ok(s.value());
    }
    if max_len > MAX_LEN as f64 {
        return Err(throw_range_error("Invalid string length"));
    }
    let fill_len = max_len as usize - len;
    let mut out = UnitBuf::with_capacity(max_len as usize);
    if !at_start {
        out.push_str(s);
    }
    let f = filler.units();
    let whole = fill_len / f.len();
    for _ in 0..whole {
        out.push_units(f);
    }
    out.push_units(units_range(f, 0, fill_len - whole * f.len()));
    if at_start {
        out.push_str(s);
    }
    Ok(out.finish()?.value())
}

fn pad_start(this: Value, args: &[Value]) -> JsResult<Value> {
    pad(this, args, "String.prototype.padStart", true)
}

fn pad_end(this: Value, args: &[Value]) -> JsResult<Value> {
    pad(this, args, "String.prototype.padEnd", false)
}

// ---- Replacing ----

/// GetSubstitution (§22.1.3.19.1) for a string pattern (no captures): appends
/// `template` with `$$`, `$&`, `` $` `` and `$'` expanded; `$n` and `$<` stay literal.
fn get_substitution(out: &mut UnitBuf, s: Units<'_>, position: usize, matched_len: usize, template: Units<'_>) {
    let n = template.len();
    let mut i = 0;
    while i < n {
        let c = template.at(i);
        if c == b'$' as u16 && i + 1 < n {
            let next = template.at(i + 1);
            let tail = (position + matched_len).min(s.len());
            match next {
                0x24 => out.push(b'$' as u16),
                0x26 => out.push_units(units_range(s, position, position + matched_len)),
                0x60 => out.push_units(units_range(s, 0, position)),
                0x27 => out.push_units(units_range(s, tail, s.len())),
                _ => {
                    out.push(c);
                    i += 1;
                    continue;
                }
            }
            i += 2;
        } else {
            out.push(c);
            i += 1;
        }
    }
}

/// The replacement for a match at `position`: the function's result, or the
/// expanded template.
enum Replacer {
    Function(Value),
    Template(Str),
}

impl Replacer {
    fn new(v: Value) -> JsResult<Replacer> {
        Ok(if v.is_callable() { Replacer::Function(v) } else { Replacer::Template(to_str(v)?) })
    }

    fn append(&self, out: &mut UnitBuf, s: Str, search: Str, position: usize) -> JsResult<()> {
        match *self {
            Replacer::Function(f) => {
                let r = function::call(f, Value::UNDEFINED, &[search.value(), int_value(position), s.value()])?;
                out.push_str(to_str(r)?);
            }
            Replacer::Template(t) => get_substitution(out, s.units(), position, search.len() as usize, t.units()),
        }
        Ok(())
    }
}

/// String.prototype.replace (§22.1.3.19) with a string pattern.
fn replace(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.replace")?;
    let search = to_str(arg(args, 0))?;
    let replacer = Replacer::new(arg(args, 1))?;
    let Some(pos) = Search::new(s.units(), search.units()).find(0) else {
        return Ok(s.value());
    };
    let mut out = UnitBuf::with_capacity(s.len() as usize);
    out.push_units(units_range(s.units(), 0, pos));
    replacer.append(&mut out, s, search, pos)?;
    let u = s.units();
    out.push_units(units_range(u, pos + search.len() as usize, u.len()));
    Ok(out.finish()?.value())
}

/// String.prototype.replaceAll (§22.1.3.20) with a string pattern.
fn replace_all(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.replaceAll")?;
    let search = to_str(arg(args, 0))?;
    let replacer = Replacer::new(arg(args, 1))?;
    let search_len = search.len() as usize;
    // All match positions are found before any replacer runs (step 12).
    let positions = {
        let finder = Search::new(s.units(), search.units());
        let advance = search_len.max(1);
        let mut v = Vec::new();
        let mut next = finder.find(0);
        while let Some(p) = next {
            v.push(p);
            next = finder.find(p + advance);
        }
        v
    };
    if positions.is_empty() {
        return Ok(s.value());
    }
    let mut out = UnitBuf::with_capacity(s.len() as usize);
    let mut end_of_last = 0;
    for p in positions {
        out.push_units(units_range(s.units(), end_of_last, p));
        replacer.append(&mut out, s, search, p)?;
        end_of_last = p + search_len;
    }
    let u = s.units();
    if end_of_last < u.len() {
        out.push_units(units_range(u, end_of_last, u.len()));
    }
    Ok(out.finish()?.value())
}

// ---- Splitting ----

/// String.prototype.split (§22.1.3.23) with a string separator.
fn split(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.split")?;
    let limit = arg(args, 1);
    let lim = if limit.is_undefined() { u32::MAX } else { value::to_uint32(limit)? };
    let separator = arg(args, 0);
    let r = to_str(separator)?;
    if lim == 0 {
        return Ok(array::new_array(0).value());
    }
    if separator.is_undefined() {
        return Ok(array::from_values(&[s.value()]).value());
    }
    let len = s.len() as usize;
    if r.is_empty() {
        let n = len.min(lim as usize);
        let a = array::new_array(n);
        for i in 0..n {
            array::push(a, single_char(s.char_at(i as u32)).value())?;
        }
        return Ok(a.value());
    }
    if len == 0 {
        return Ok(array::from_values(&[s.value()]).value());
    }
    let a = array::new_array(0);
    let sep_len = r.len() as usize;
    // The units stay valid across the allocations below: strings do not move,
    // and the slices in `finder` keep their strings alive.
    let finder = Search::new(s.units(), r.units());
    let mut i = 0;
    let mut count = 0u32;
    while let Some(j) = finder.find(i) {
        array::push(a, substr_units(s, i, j).value())?;
        count += 1;
        if count == lim {
            return Ok(a.value());
        }
        i = j + sep_len;
    }
    array::push(a, substr_units(s, i, len).value())?;
    Ok(a.value())
}

// ---- Case and whitespace ----

/// Lower-cases Latin-1 text, which stays Latin-1. `None` when nothing changes.
fn lower_latin1(b: &[u8]) -> Option<Vec<u8>> {
    let changes = |c: u8| c.is_ascii_uppercase() || (0xC0..=0xDE).contains(&c) && c != 0xD7;
    let first = b.iter().position(|&c| changes(c))?;
    let mut out = b.to_vec();
    for c in &mut out[first..] {
        if changes(*c) {
            *c += 0x20;
        }
    }
    Some(out)
}

/// Upper-cases Latin-1 text; µ, ÿ and ß leave Latin-1 (ß becomes "SS").
fn upper_latin1(b: &[u8]) -> Option<UnitBuf> {
    let changes = |c: u8| c.is_ascii_lowercase() || c >= 0xDF && c != 0xF7 || c == 0xB5;
    let first = b.iter().position(|&c| changes(c))?;
    let mut out = UnitBuf::with_capacity(b.len() + 1);
    out.push_units(Units::Latin1(&b[..first]));
    for &c in &b[first..] {
        match c {
            b'a'..=b'z' => out.push((c - 0x20) as u16),
            0xB5 => out.push(0x039C),
            0xDF => {
                out.push(b'S' as u16);
                out.push(b'S' as u16);
            }
            0xFF => out.push(0x0178),
            0xE0..=0xFE if c != 0xF7 => out.push((c - 0x20) as u16),
            _ => out.push(c as u16),
        }
    }
    Some(out)
}

/// Full Unicode case mapping of UTF-16 text (SpecialCasing included, and the
/// Final_Sigma context, which Rust's `str::to_lowercase` implements). Lone
/// surrogates are kept as they are.
fn convert_case_utf16(w: &[u16], upper: bool) -> UnitBuf {
    let mut out = UnitBuf::Utf16(Vec::with_capacity(w.len()));
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut UnitBuf| {
        let mapped = if upper { run.to_uppercase() } else { run.to_lowercase() };
        for u in mapped.encode_utf16() {
            out.push(u);
        }
        run.clear();
    };
    for r in char::decode_utf16(w.iter().copied()) {
        match r {
            Ok(c) => run.push(c),
            Err(e) => {
                flush(&mut run, &mut out);
                out.push(e.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

fn convert_case(this: Value, method: &str, upper: bool) -> JsResult<Value> {
    let s = this_string_coerced(this, method)?;
    let out = match s.units() {
        Units::Latin1(b) if upper => upper_latin1(b),
        Units::Latin1(b) => return Ok(lower_latin1(b).map_or(s, |v| Str::from_latin1(&v)).value()),
        Units::Utf16(w) => Some(convert_case_utf16(w, upper)),
    };
    Ok(match out {
        Some(buf) => buf.finish()?,
        None => s,
    }
    .value())
}

fn to_lower_case(this: Value, _args: &[Value]) -> JsResult<Value> {
    convert_case(this, "String.prototype.toLowerCase", false)
}

fn to_upper_case(this: Value, _args: &[Value]) -> JsResult<Value> {
    convert_case(this, "String.prototype.toUpperCase", true)
}

/// The root locale's mapping (Node ignores the locale argument for these
/// unless it is Turkish/Lithuanian/Azeri, which dxl does not support).
fn to_locale_lower_case(this: Value, _args: &[Value]) -> JsResult<Value> {
    convert_case(this, "String.prototype.toLocaleLowerCase", false)
}

fn to_locale_upper_case(this: Value, _args: &[Value]) -> JsResult<Value> {
    convert_case(this, "String.prototype.toLocaleUpperCase", true)
}

/// TrimString (§22.1.3.30.1).
fn trim_string(this: Value, method: &str, start: bool, end: bool) -> JsResult<Value> {
    let s = this_string_coerced(this, method)?;
    let u = s.units();
    let mut a = 0;
    let mut b = u.len();
    if start {
        while a < b && is_js_whitespace(u.at(a)) {
            a += 1;
        }
    }
    if end {
        while b > a && is_js_whitespace(u.at(b - 1)) {
            b -= 1;
        }
    }
    if a == b {
        return Ok(atom(K::empty).value());
    }
    Ok(substr_units(s, a, b).value())
}

fn trim(this: Value, _args: &[Value]) -> JsResult<Value> {
    trim_string(this, "String.prototype.trim", true, true)
}

fn trim_start(this: Value, _args: &[Value]) -> JsResult<Value> {
    trim_string(this, "String.prototype.trimStart", true, false)
}

fn trim_end(this: Value, _args: &[Value]) -> JsResult<Value> {
    trim_string(this, "String.prototype.trimEnd", false, true)
}

/// The index of the first lone surrogate.
fn first_lone_surrogate(w: &[u16]) -> Option<usize> {
    let mut i = 0;
    while i < w.len() {
        let c = w[i];
        if is_lead(c) && i + 1 < w.len() && is_trail(w[i + 1]) {
            i += 2;
            continue;
        }
        if is_lead(c) || is_trail(c) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// String.prototype.isWellFormed (ES2024).
fn is_well_formed(this: Value, _args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.isWellFormed")?;
    Ok(Value::bool(match s.units() {
        Units::Latin1(_) => true,
        Units::Utf16(w) => first_lone_surrogate(w).is_none(),
    }))
}

/// String.prototype.toWellFormed (ES2024): lone surrogates become U+FFFD.
fn to_well_formed(this: Value, _args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.toWellFormed")?;
    let Units::Utf16(w) = s.units() else { return Ok(s.value()) };
    let Some(first) = first_lone_surrogate(w) else { return Ok(s.value()) };
    let mut v = w.to_vec();
    let mut i = first;
    while i < v.len() {
        let c = v[i];
        if is_lead(c) && i + 1 < v.len() && is_trail(v[i + 1]) {
            i += 2;
            continue;
        }
        if is_lead(c) || is_trail(c) {
            v[i] = 0xFFFD;
        }
        i += 1;
    }
    Ok(Str::from_utf16(&v).value())
}

// ---- Annex B HTML methods (§B.2.2.2-14) ----

/// CreateHTML (§B.2.2.2.1): `<tag attribute="value">S</tag>`, `"` escaped in the value.
fn create_html(this: Value, method: &str, tag: &str, attribute: Option<(&str, Value)>) -> JsResult<Value> {
    let s = this_string_coerced(this, method)?;
    let mut out = UnitBuf::with_capacity(s.len() as usize + 2 * tag.len() + 5);
    let ascii = |out: &mut UnitBuf, t: &str| out.push_units(Units::Latin1(t.as_bytes()));
    ascii(&mut out, "<");
    ascii(&mut out, tag);
    if let Some((name, v)) = attribute {
        let v = to_str(v)?;
        ascii(&mut out, " ");
        ascii(&mut out, name);
        ascii(&mut out, "=\"");
        for c in v.units().iter() {
            if c == b'"' as u16 {
                ascii(&mut out, "&quot;");
            } else {
                out.push(c);
            }
        }
        ascii(&mut out, "\"");
    }
    ascii(&mut out, ">");
    out.push_str(s);
    ascii(&mut out, "</");
    ascii(&mut out, tag);
    ascii(&mut out, ">");
    Ok(out.finish()?.value())
}

macro_rules! html_methods {
    ($($f:ident: $name:literal, $tag:literal $(, $attr:literal)?;)*) => {$(
        fn $f(this: Value, _args: &[Value]) -> JsResult<Value> {
            #[allow(unused_mut, unused_assignments)]
            let mut attribute = None;
            $(attribute = Some(($attr, arg(_args, 0)));)?
            create_html(this, concat!("String.prototype.", $name), $tag, attribute)
        }
    )*};
}

html_methods! {
    anchor: "anchor", "a", "name";
    big: "big", "big";
    blink: "blink", "blink";
    bold: "bold", "b";
    fixed: "fixed", "tt";
    fontcolor: "fontcolor", "font", "color";
    fontsize: "fontsize", "font", "size";
    italics: "italics", "i";
    link: "link", "a", "href";
    small: "small", "small";
    strike: "strike", "strike";
    sub: "sub", "sub";
    sup: "sup", "sup";
}

// ---- String statics ----

/// String.fromCharCode (§22.1.2.1).
fn from_char_code(_this: Value, args: &[Value]) -> JsResult<Value> {
    if let [v] = args {
        return Ok(single_char(value::to_int32(*v)? as u16).value());
    }
    let mut out = UnitBuf::with_capacity(args.len());
    for &v in args {
        out.push(value::to_int32(v)? as u16);
    }
    Ok(out.finish()?.value())
}

/// String.fromCodePoint (§22.1.2.2).
fn from_code_point(_this: Value, args: &[Value]) -> JsResult<Value> {
    let mut out = UnitBuf::with_capacity(args.len());
    for &v in args {
        let n = to_number(v)?;
        if !(n.fract() == 0.0 && (0.0..=1114111.0).contains(&n)) {
            return Err(throw_range_error(format!("Invalid code point {}", number_to_string(n))));
        }
        let cp = n as u32;
        if cp < 0x10000 {
            out.push(cp as u16);
        } else {
            let c = cp - 0x10000;
            out.push(0xD800 + (c >> 10) as u16);
            out.push(0xDC00 + (c & 0x3FF) as u16);
        }
    }
    Ok(out.finish()?.value())
}

// ---- localeCompare ----

/// String.prototype.localeCompare (§22.1.3.12): -1, 0 or 1 as [`collate`] orders.
fn locale_compare(this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_string_coerced(this, "String.prototype.localeCompare")?;
    let that = to_str(arg(args, 0))?;
    Ok(Value::int(match collate(s.units(), that.units()) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }))
}

/// Orders two strings as Node's default collator (ICU, root locale) does for
/// the common cases, with the three levels of the Unicode Collation Algorithm:
/// base letters (case- and accent-blind; punctuation, then symbols, then
/// digits, then letters), then accents, then case (lower before upper).
/// Strings that differ only in ignorable characters compare equal.
///
/// Characters up to U+017F use weights taken from ICU ([`COLLATION`]).
/// Beyond that this is an approximation: other symbols sort between the
/// Latin-1 symbols and the digits by code point, other letters after the Latin
/// ones by lower-case code point (case at the third level), combining marks
/// are accents; canonical equivalence and contractions are not modelled.
pub fn collate(a: Units<'_>, b: Units<'_>) -> Ordering {
    if units_eq(a, b) {
        return Ordering::Equal;
    }
    let ka = collation_elements(a);
    let kb = collation_elements(b);
    for level in 0..3 {
        let la = ka.iter().map(|e| e[level]).filter(|&w| w != 0);
        let lb = kb.iter().map(|e| e[level]).filter(|&w| w != 0);
        match la.cmp(lb) {
            Ordering::Equal => {}
            o => return o,
        }
    }
    Ordering::Equal
}

/// A collation element: primary, secondary and tertiary weights; 0 means
/// "ignorable at this level".
type Ce = [u32; 3];

fn collation_elements(u: Units<'_>) -> Vec<Ce> {
    let mut out = Vec::with_capacity(u.len());
    for r in char::decode_utf16(u.iter()) {
        let cp = r.map_or_else(|e| e.unpaired_surrogate() as u32, |c| c as u32);
        push_collation_elements(cp, &mut out);
    }
    out
}

/// The table's weights as a collation element (secondary and tertiary ranks
/// shifted up by one so that 0 stays "ignorable").
fn table_element(w: Cw) -> Ce {
    let (p, s, t) = w;
    let p = if p >= DIGIT_PRIMARY { p as u32 + 0x2_0000 } else { p as u32 };
    [p, s as u32 + 1, t as u32 + 1]
}

fn push_collation_elements(cp: u32, out: &mut Vec<Ce>) {
    if let Some(&w) = COLLATION.get(cp as usize) {
        if w == IG {
            return;
        }
        if w != EX {
            out.push(table_element(w));
            return;
        }
        let &(_, parts, accent) = EXPANSIONS.iter().find(|e| e.0 as u32 == cp).expect("expansion listed");
        let first = out.len();
        for ch in parts.chars() {
            out.push(table_element(COLLATION[ch as usize]));
        }
        // Differs from the plain sequence at the second or third level.
        out[first][if accent { 1 } else { 2 }] += 0x100;
        return;
    }
    if (0x300..=0x36F).contains(&cp) {
        // A combining mark: an accent on what precedes it.
        out.push([0, 0x200 + cp, 1]);
        return;
    }
    match char::from_u32(cp) {
        Some(ch) if ch.is_alphanumeric() => {
            let lower = ch.to_lowercase().next().unwrap_or(ch);
            out.push([0x4_0000 + lower as u32, 1, 1 + (lower != ch) as u32]);
        }
        _ => out.push([0x1_0000 + cp, 1, 1]),
    }
}

/// `(primary, secondary, tertiary)` ranks of a table entry.
type Cw = (u16, u8, u8);
const IG: Cw = (0, 0, 0);
const EX: Cw = (u16::MAX, 0, 0);

const fn c(p: u16, s: u8, t: u8) -> Cw {
    (p, s, t)
}

/// ICU root collation weights of U+0000..U+017F: `IG` ignorable, `EX` an
/// expansion (see [`EXPANSIONS`]), `c(primary, secondary, tertiary)`; secondary and
/// tertiary ranks only compare between characters of equal primary weight.
/// Generated from Node 20's `Intl.Collator`.
#[rustfmt::skip]
const COLLATION: [Cw; 0x180] = [
    IG, IG, IG, IG, IG, IG, IG, IG,
    IG, c(1,0,0), c(2,0,0), c(3,0,0), c(4,0,0), c(5,0,0), IG, IG,
    IG, IG, IG, IG, IG, IG, IG, IG,
    IG, IG, IG, IG, IG, IG, IG, IG,
    c(7,0,0), c(13,0,0), c(20,0,0), c(36,0,0), c(60,0,0), c(37,0,0), c(35,0,0), c(19,0,0),
    c(23,0,0), c(24,0,0), c(32,0,0), c(47,0,0), c(10,0,0), c(9,0,0), c(17,0,0), c(33,0,0),
    c(63,0,0), c(64,0,0), c(67,0,0), c(68,0,0), c(70,0,0), c(71,0,0), c(72,0,0), c(73,0,0),
    c(74,0,0), c(75,0,0), c(12,0,0), c(11,0,0), c(51,0,0), c(52,0,0), c(53,0,0), c(15,0,0),
    c(31,0,0), c(76,0,1), c(77,0,1), c(78,0,1), c(79,0,1), c(80,0,1), c(81,0,1), c(82,0,1),
    c(83,0,1), c(84,0,1), c(86,0,1), c(87,0,1), c(88,0,1), c(89,0,1), c(90,0,1), c(92,0,1),
    c(93,0,1), c(94,0,1), c(96,0,1), c(97,0,1), c(98,0,1), c(100,0,1), c(101,0,1), c(102,0,1),
    c(103,0,1), c(104,0,1), c(105,0,1), c(25,0,0), c(34,0,0), c(26,0,0), c(40,0,0), c(8,0,0),
    c(38,0,0), c(76,0,0), c(77,0,0), c(78,0,0), c(79,0,0), c(80,0,0), c(81,0,0), c(82,0,0),
    c(83,0,0), c(84,0,0), c(86,0,0), c(87,0,0), c(88,0,0), c(89,0,0), c(90,0,0), c(92,0,0),
    c(93,0,0), c(94,0,0), c(96,0,0), c(97,0,0), c(98,0,0), c(100,0,0), c(101,0,0), c(102,0,0),
    c(103,0,0), c(104,0,0), c(105,0,0), c(27,0,0), c(55,0,0), c(28,0,0), c(57,0,0), IG,
    IG, IG, IG, IG, IG, c(6,0,0), IG, IG,
    IG, IG, IG, IG, IG, IG, IG, IG,
    IG, IG, IG, IG, IG, IG, IG, IG,
    IG, IG, IG, IG, IG, IG, IG, IG,
    c(7,0,1), c(14,0,0), c(59,0,0), c(61,0,0), c(58,0,0), c(62,0,0), c(56,0,0), c(29,0,0),
    c(42,0,0), c(45,0,0), c(76,0,2), c(21,0,0), c(54,0,0), IG, c(46,0,0), c(41,0,0),
    c(44,0,0), c(48,0,0), c(67,0,1), c(68,0,1), c(39,0,0), c(108,0,0), c(30,0,0), c(18,0,0),
    c(43,0,0), c(64,0,1), c(92,0,2), c(22,0,0), c(66,0,0), c(65,0,0), c(69,0,0), c(16,0,0),
    c(76,2,1), c(76,1,1), c(76,4,1), c(76,7,1), c(76,6,1), c(76,5,1), EX, c(78,5,1),
    c(80,2,1), c(80,1,1), c(80,4,1), c(80,6,1), c(84,2,1), c(84,1,1), c(84,4,1), c(84,5,1),
    c(79,3,1), c(90,3,1), c(92,2,1), c(92,1,1), c(92,4,1), c(92,7,1), c(92,5,1), c(50,0,0),
    c(92,8,1), c(100,2,1), c(100,1,1), c(100,4,1), c(100,6,1), c(104,1,1), c(106,0,1), EX,
    c(76,2,0), c(76,1,0), c(76,4,0), c(76,7,0), c(76,6,0), c(76,5,0), EX, c(78,5,0),
    c(80,2,0), c(80,1,0), c(80,4,0), c(80,6,0), c(84,2,0), c(84,1,0), c(84,4,0), c(84,5,0),
    c(79,3,0), c(90,3,0), c(92,2,0), c(92,1,0), c(92,4,0), c(92,7,0), c(92,5,0), c(49,0,0),
    c(92,8,0), c(100,2,0), c(100,1,0), c(100,4,0), c(100,6,0), c(104,1,0), c(106,0,0), c(104,3,0),
    c(76,9,1), c(76,9,0), c(76,3,1), c(76,3,0), c(76,8,1), c(76,8,0), c(78,1,1), c(78,1,0),
    c(78,2,1), c(78,2,0), c(78,4,1), c(78,4,0), c(78,3,1), c(78,3,0), c(79,1,1), c(79,1,0),
    c(79,2,1), c(79,2,0), c(80,9,1), c(80,9,0), c(80,3,1), c(80,3,0), c(80,7,1), c(80,7,0),
    c(80,8,1), c(80,8,0), c(80,5,1), c(80,5,0), c(82,2,1), c(82,2,0), c(82,1,1), c(82,1,0),
    c(82,3,1), c(82,3,0), c(82,4,1), c(82,4,0), c(83,1,1), c(83,1,0), c(83,2,1), c(83,2,0),
    c(84,6,1), c(84,6,0), c(84,9,1), c(84,9,0), c(84,3,1), c(84,3,0), c(84,8,1), c(84,8,0),
    c(84,7,0), c(85,0,0), EX, EX, c(86,1,1), c(86,1,0), c(87,1,1), c(87,1,0),
    c(95,0,0), c(88,1,1), c(88,1,0), c(88,3,1), c(88,3,0), c(88,2,1), c(88,2,0), EX,
    EX, c(88,4,1), c(88,4,0), c(90,1,1), c(90,1,0), c(90,4,1), c(90,4,0), c(90,2,1),
    c(90,2,0), c(107,0,0), c(91,0,1), c(91,0,0), c(92,9,1), c(92,9,0), c(92,3,1), c(92,3,0),
    c(92,6,1), c(92,6,0), EX, EX, c(96,1,1), c(96,1,0), c(96,3,1), c(96,3,0),
    c(96,2,1), c(96,2,0), c(97,1,1), c(97,1,0), c(97,2,1), c(97,2,0), c(97,4,1), c(97,4,0),
    c(97,3,1), c(97,3,0), c(98,2,1), c(98,2,0), c(98,1,1), c(98,1,0), c(99,0,1), c(99,0,0),
    c(100,8,1), c(100,8,0), c(100,10,1), c(100,10,0), c(100,3,1), c(100,3,0), c(100,5,1), c(100,5,0),
    c(100,7,1), c(100,7,0), c(100,9,1), c(100,9,0), c(102,1,1), c(102,1,0), c(104,2,1), c(104,2,0),
    c(104,3,1), c(105,1,1), c(105,1,0), c(105,3,1), c(105,3,0), c(105,2,1), c(105,2,0), c(97,5,0),
];

/// The first primary weight of the digits: symbols outside the table sort just before it.
const DIGIT_PRIMARY: u16 = 63;

/// Characters ICU orders as a sequence of others (`æ` as `ae` + accent), with
/// whether they differ from that sequence at the secondary or only the tertiary level.
const EXPANSIONS: &[(u16, &str, bool)] = &[
    (0x00C6, "AE", true),
    (0x00DF, "ss", true),
    (0x00E6, "ae", true),
    (0x0132, "IJ", false),
    (0x0133, "ij", false),
    (0x013F, "L\u{b7}", false),
    (0x0140, "l\u{b7}", false),
    (0x0152, "OE", true),
    (0x0153, "oe", true),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::with_runtime;

    fn s(x: &str) -> Value {
        Str::new(x).value()
    }

    fn text(v: Value) -> String {
        v.as_str().to_rust_string()
    }

    #[test]
    fn search_and_slice() {
        with_runtime(|| {
            let h = s("Hello, Wörld €uro");
            assert_eq!(index_of(h, &[s("o")]).unwrap(), Value::int(4));
            assert_eq!(index_of(h, &[s("€")]).unwrap(), Value::int(13));
            assert_eq!(index_of(h, &[s(""), Value::int(100)]).unwrap(), Value::int(17));
            assert_eq!(last_index_of(h, &[s("o")]).unwrap(), Value::int(16));
            assert_eq!(last_index_of(s("aaa"), &[s("aa")]).unwrap(), Value::int(1));
            assert_eq!(text(slice(h, &[Value::int(-4)]).unwrap()), "€uro");
            assert_eq!(text(substring(h, &[Value::int(5), Value::int(0)]).unwrap()), "Hello");
            assert_eq!(text(substr(h, &[Value::int(-3), Value::int(2)]).unwrap()), "ur");
            assert!(ends_with(h, &[s("uro")]).unwrap().as_bool());
            assert!(!starts_with(h, &[s("ello")]).unwrap().as_bool());
            // A two-byte string searched for a one-byte needle and vice versa.
            assert_eq!(index_of(s("abc"), &[s("b€")]).unwrap(), Value::int(-1));
        });
    }

    #[test]
    fn one_byte_results_stay_one_byte() {
        with_runtime(|| {
            let r = slice(s("€abc"), &[Value::int(1)]).unwrap().as_str();
            assert!(matches!(r.units(), Units::Latin1(_)));
            let r = to_lower_case(s("ÀB"), &[]).unwrap().as_str();
            assert!(matches!(r.units(), Units::Latin1(_)));
            assert_eq!(text(to_upper_case(s("straße µÿ"), &[]).unwrap()), "STRASSE ΜŸ");
            assert_eq!(text(to_lower_case(s("ΑΣ Σ"), &[]).unwrap()), "ας σ");
        });
    }

    #[test]
    fn replace_split_pad_repeat() {
        with_runtime(|| {
            assert_eq!(text(replace(s("abc"), &[s("b"), s("[$&$`$'$$$1]")]).unwrap()), "a[bac$$1]c");
            assert_eq!(text(replace_all(s("abc"), &[s(""), s("-")]).unwrap()), "-a-b-c-");
            let parts = split(s("a,b,,c"), &[s(","), Value::int(3)]).unwrap().as_obj();
            assert_eq!(array::length(parts), 3);
            assert_eq!(text(array::get_element(parts, 1)), "b");
            assert_eq!(text(pad_start(s("5"), &[Value::int(3), s("0")]).unwrap()), "005");
            assert_eq!(text(pad_end(s("ab"), &[Value::int(7), s("xyz")]).unwrap()), "abxyzxy");
            assert_eq!(text(repeat(s("ab"), &[Value::int(3)]).unwrap()), "ababab");
            assert!(repeat(s("a"), &[Value::int(-1)]).is_err());
            crate::error::take_pending();
        });
    }

    #[test]
    fn collation_follows_icu() {
        with_runtime(|| {
            let mut words = ["b", "a", "C", "B", "é", "e", "Z", "z", "10", "9", "_x", "-y", "ä", "a b", "ab"];
            words.sort_by(|a, b| collate(Str::new(a).units(), Str::new(b).units()));
            assert_eq!(words.join(","), "_x,-y,10,9,a,ä,a b,ab,b,B,C,e,é,z,Z");
            let cmp = |a: &str, b: &str| collate(Str::new(a).units(), Str::new(b).units());
            assert_eq!(cmp("ß", "ss"), Ordering::Greater);
            assert_eq!(cmp("ß", "st"), Ordering::Less);
            assert_eq!(cmp("æ", "af"), Ordering::Less);
            assert_eq!(cmp("a\u{1}b", "ab"), Ordering::Equal);
        });
    }
}
