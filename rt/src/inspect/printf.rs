//! Node's `formatWithOptions` (what `console.log` prints): `%` directives in a
//! leading format string, then the remaining arguments joined by spaces.
//!
//! The tree carries no function source text, user `toString` / `toJSON`
//! methods or hidden properties, so `%s` of a function or of an object with its
//! own `toString`, `%j` of such objects and `%o` are best-effort.

use super::{Element, Key, Node, format_number, inspect, inspect_with_depth};
use crate::number_format::number_to_string;
use crate::number_parse::{parse_float, parse_int, string_to_number};

pub(super) fn format_with_options(args: &[Node]) -> String {
    let mut out = String::new();
    let mut a = 0;
    let mut join = "";
    if let Some(Node::String(first)) = args.first() {
        if args.len() == 1 {
            return first.clone();
        }
        let bytes = first.as_bytes();
        let mut last_pos = 0;
        let mut i = 0;
        while i + 1 < bytes.len() {
            if bytes[i] == b'%' {
                i += 1;
                let next = bytes[i];
                if a + 1 != args.len() {
                    let temp = match next {
                        b's' | b'j' | b'd' | b'O' | b'o' | b'i' | b'f' | b'c' => {
                            a += 1;
                            directive(next, &args[a])
                        }
                        b'%' => {
                            out.push_str(&first[last_pos..i]);
                            last_pos = i + 1;
                            i += 1;
                            continue;
                        }
                        _ => {
                            i += 1;
                            continue;
                        }
                    };
                    if last_pos != i - 1 {
                        out.push_str(&first[last_pos..i - 1]);
                    }
                    out.push_str(&temp);
                    last_pos = i + 1;
                } else if next == b'%' {
                    out.push_str(&first[last_pos..i]);
                    last_pos = i + 1;
                }
            }
            i += 1;
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
            Node::String(s) => out.push_str(s),
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
        b'o' => inspect_with_depth(arg, 4),
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
        Node::String(s) => s.clone(),
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
        Node::String(s) => json_quote(s, out),
        Node::Boxed { value, .. } => return json(value, out),
        Node::Date { text, .. } if text != "Invalid Date" => json_quote(text, out),
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
                json_quote(name, out);
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

/// JSON.stringify's QuoteJSONString.
fn json_quote(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}
