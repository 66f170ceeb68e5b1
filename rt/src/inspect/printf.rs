//! Node's `formatWithOptions` (what `console.log` prints): `%` directives in a
//! leading format string, then the remaining arguments joined by spaces.
//!
//! The tree carries no function source text or user `toString` / `toJSON`
//! methods, so `%s` of a function or of an object with its own `toString`
//! and `%j` of such objects are best-effort. `%o` arguments are walked with
//! their hidden properties ([`format_directives`] tells the walker which).

use super::{Element, JsText, Key, Node, Options, format_number, inspect, inspect_with, inspect_with_depth};
use crate::number_format::number_to_string;
use crate::number_parse::{parse_float, parse_int, string_to_number};

/// One `%` sequence of a format string that Node's `formatWithOptions` acts on.
enum FormatEvent {
    /// `%s`, `%o`, ... at byte `at` (the letter), consuming argument `arg`.
    Directive { at: usize, kind: u8, arg: usize },
    /// `%%` whose second `%` is at byte `at`.
    Percent { at: usize },
}

/// Node's scan of a format string followed by `count - 1` arguments.
fn scan_format(first: &str, count: usize) -> Vec<FormatEvent> {
    let bytes = first.as_bytes();
    let mut events = Vec::new();
    let mut a = 0;
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == b'%' {
            i += 1;
            let next = bytes[i];
            if a + 1 != count {
                match next {
                    b's' | b'j' | b'd' | b'O' | b'o' | b'i' | b'f' | b'c' => {
                        a += 1;
                        events.push(FormatEvent::Directive { at: i, kind: next, arg: a });
                    }
                    b'%' => {
                        events.push(FormatEvent::Percent { at: i });
                        i += 1;
                        continue;
                    }
                    _ => {
                        i += 1;
                        continue;
                    }
                }
            } else if next == b'%' {
                events.push(FormatEvent::Percent { at: i });
            }
        }
        i += 1;
    }
    events
}

/// The directive letter (`b's'`, `b'o'`, ...) that consumes each of `count`
/// `console.log` arguments whose first is the format string `first`: the
/// caller walks a `%o` argument with [`Options::PERCENT_O`].
pub fn format_directives(first: &str, count: usize) -> Vec<(usize, u8)> {
    if count < 2 {
        return Vec::new();
    }
    scan_format(first, count)
        .into_iter()
        .filter_map(|e| match e {
            FormatEvent::Directive { kind, arg, .. } => Some((arg, kind)),
            FormatEvent::Percent { .. } => None,
        })
        .collect()
}

pub(super) fn format_with_options(args: &[Node]) -> String {
    let mut out = String::new();
    let mut a = 0;
    let mut join = "";
    if let Some(Node::String(first)) = args.first() {
        // Raw text: lone surrogates print as U+FFFD, as Node writes them.
        let first = first.to_lossy();
        if args.len() == 1 {
            return first;
        }
        let mut last_pos = 0;
        for event in scan_format(&first, args.len()) {
            match event {
                FormatEvent::Directive { at, kind, arg } => {
                    if last_pos != at - 1 {
                        out.push_str(&first[last_pos..at - 1]);
                    }
                    out.push_str(&directive(kind, &args[arg]));
                    last_pos = at + 1;
                    a = arg;
                }
                FormatEvent::Percent { at } => {
                    out.push_str(&first[last_pos..at]);
                    last_pos = at + 1;
                }
            }
        }
        if last_pos != 0 {
            a += 1;
            join = " ";
            if last_pos < first.len() {
                out.push_str(&first[last_pos..]);
            }
        }
    }
    while a < args.len() {
        out.push_str(join);
        match &args[a] {
            Node::String(s) => out.push_str(&s.to_lossy()),
            value => out.push_str(&inspect(value)),
        }
        join = " ";
        a += 1;
    }
    out
}

/// The replacement text for one `%x` directive.
fn directive(kind: u8, arg: &Node) -> String {
    match kind {
        b's' => match arg {
            Node::Number(x) => format_number(*x),
            Node::BigInt(d) => format!("{d}n"),
            Node::Object { .. }
            | Node::Array { .. }
            | Node::Error { .. }
            | Node::Boxed { .. }
            | Node::RegExp { .. }
            | Node::Date { .. }
            | Node::Set { .. }
            | Node::Map { .. }
            | Node::Promise { .. }
            | Node::Ref { .. }
            | Node::Circular(_)
            | Node::TooDeep { .. } => inspect_with_depth(arg, 0),
            other => to_js_string(other).unwrap_or_else(|| inspect(other)),
        },
        b'j' => json_top(arg),
        b'd' => match arg {
            Node::BigInt(d) => format!("{d}n"),
            Node::Symbol(_) => "NaN".into(),
            other => format_number(to_number(other)),
        },
        b'O' => inspect(arg),
        b'o' => inspect_with(arg, &Options::PERCENT_O),
        b'i' => match arg {
            Node::BigInt(d) => format!("{d}n"),
            Node::Symbol(_) => "NaN".into(),
            other => format_number(to_js_string(other).map_or(f64::NAN, |s| parse_int(&s, 0))),
        },
        b'f' => match arg {
            Node::Symbol(_) => "NaN".into(),
            other => format_number(to_js_string(other).map_or(f64::NAN, |s| parse_float(&s))),
        },
        _ => String::new(), // %c consumes its argument and prints nothing.
    }
}

/// `String(value)` where it is known from the tree.
fn to_js_string(value: &Node) -> Option<String> {
    Some(match value {
        Node::Undefined => "undefined".into(),
        Node::Null => "null".into(),
        Node::Bool(b) => b.to_string(),
        Node::Number(x) => number_to_string(*x),
        Node::BigInt(d) => d.clone(),
        Node::String(s) => s.to_lossy(),
        Node::Symbol(d) => format!("Symbol({d})"),
        Node::Boxed { value, .. } => return to_js_string(value),
        Node::Array { len, items, .. } => {
            // Array.prototype.join(',') with nested arrays flattened the same way.
            let mut parts = Vec::new();
            for item in items {
                match item {
                    Element::Value(Node::Undefined | Node::Null) => parts.push(String::new()),
                    Element::Value(v) => parts.push(to_js_string(v)?),
                    Element::Holes(n) => parts.extend(std::iter::repeat_n(String::new(), *n)),
                }
            }
            if parts.len() != *len {
                return None;
            }
            parts.join(",")
        }
        Node::Object { .. } => "[object Object]".into(),
        Node::Date { .. } | Node::Function { .. } => return None,
        Node::Error { name, message, .. } => match (name.is_empty(), message.is_empty()) {
            (_, true) => name.clone(),
            (true, false) => message.clone(),
            _ => format!("{name}: {message}"),
        },
        Node::RegExp { source, .. } => source.clone(),
        _ => return None,
    })
}

/// `Number(value)` where it is known from the tree, else NaN.
fn to_number(value: &Node) -> f64 {
    match value {
        Node::Number(x) => *x,
        Node::Bool(b) => f64::from(u8::from(*b)),
        Node::Null => 0.0,
        Node::Boxed { value, .. } => to_number(value),
        Node::String(_) | Node::Array { .. } => to_js_string(value).map_or(f64::NAN, |s| string_to_number(&s)),
        _ => f64::NAN,
    }
}

/// `%j`: `JSON.stringify(value)`, `'[Circular]'` for circular structures.
fn json_top(value: &Node) -> String {
    let mut out = String::new();
    match json(value, &mut out) {
        Ok(true) => out,
        Ok(false) => "undefined".into(),
        Err(()) => "[Circular]".into(),
    }
}

/// Appends the JSON text of `value`; `Ok(false)` when it has none
/// (undefined, functions, symbols), `Err` on a circular reference.
fn json(value: &Node, out: &mut String) -> Result<bool, ()> {
    match value {
        Node::Undefined
        | Node::Symbol(_)
        | Node::Function { .. }
        | Node::Getter
        | Node::Setter
        | Node::GetterSetter => {
            return Ok(false);
        }
        Node::Null => out.push_str("null"),
        Node::Bool(b) => out.push_str(&b.to_string()),
        Node::Number(x) if x.is_finite() => out.push_str(&number_to_string(*x)),
        Node::Number(_) => out.push_str("null"),
        Node::BigInt(d) => out.push_str(d),
        Node::String(s) => json_quote(s.units(), out),
        Node::Boxed { value, .. } => return json(value, out),
        Node::Date { text, .. } if text != "Invalid Date" => json_quote(JsText::from(text.as_str()).units(), out),
        Node::Date { .. } => out.push_str("null"),
        Node::Circular(_) => return Err(()),
        Node::Ref { node, .. } => return json(node, out),
        Node::Verbatim(s) => out.push_str(s),
        Node::Array { items, props: _, .. } => {
            out.push('[');
            let mut first = true;
            for item in items {
                let count = match item {
                    Element::Value(_) => 1,
                    Element::Holes(n) => *n,
                };
                for _ in 0..count {
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    let shown = match item {
                        Element::Value(v) => json(v, out)?,
                        Element::Holes(_) => false,
                    };
                    if !shown {
                        out.push_str("null");
                    }
                }
            }
            out.push(']');
        }
        Node::Object { props, .. }
        | Node::Error { props, .. }
        | Node::RegExp { props, .. }
        | Node::Set { props, .. }
        | Node::Map { props, .. }
        | Node::Promise { props, .. } => {
            out.push('{');
            let mut first = true;
            for (key, v) in props {
                let Key::Name(name) = key else { continue };
                let mark = out.len();
                if !first {
                    out.push(',');
                }
                json_quote(name.units(), out);
                out.push(':');
                if json(v, out)? {
                    first = false;
                } else {
                    out.truncate(mark);
                }
            }
            out.push('}');
        }
        Node::TooDeep { is_array: true, .. } => out.push_str("[]"),
        Node::TooDeep { .. } => out.push_str("{}"),
    }
    Ok(true)
}

/// JSON.stringify's QuoteJSONString: lone surrogates are escaped
/// (`"\ud83d"`), as well-formed JSON.stringify does.
fn json_quote(units: &[u16], out: &mut String) {
    out.push('"');
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok('"') => out.push_str("\\\""),
            Ok('\\') => out.push_str("\\\\"),
            Ok('\u{8}') => out.push_str("\\b"),
            Ok('\u{c}') => out.push_str("\\f"),
            Ok('\n') => out.push_str("\\n"),
            Ok('\r') => out.push_str("\\r"),
            Ok('\t') => out.push_str("\\t"),
            Ok(c) if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            Ok(c) => out.push(c),
            Err(lone) => out.push_str(&format!("\\u{:04x}", lone.unpaired_surrogate())),
        }
    }
    out.push('"');
}
