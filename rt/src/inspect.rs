//! console.log / util.inspect formatting, exactly as Node 20 prints.
//!
//! The runtime walks heap values and builds a [`Node`] tree; this module renders
//! that tree to the text Node's `lib/internal/util/inspect.js` produces with the
//! default options (`depth: 2`, `breakLength: 80`, `compact: 3`,
//! `maxArrayLength: 100`, `maxStringLength: 10000`, no colours).
//!
//! The renderer is a transliteration of Node's `formatValue` / `formatRaw` /
//! `formatProperty` / `reduceToSingleString` / `groupArrayElements`, including
//! its bookkeeping (`indentationLvl`, `currentDepth`), so line breaking and
//! column grouping come out identical.
//!
//! # Contract for the walker that builds the tree
//!
//! * **Depth.** Node abbreviates a value nested more than 2 levels deep
//!   (`[Object]`, `[Array]`, `[Point]`, ...) but only if printing it would
//!   recurse: empty objects/arrays, and functions/errors/boxed primitives
//!   without own properties, are printed in full at any depth. The renderer
//!   applies that rule itself, so the walker may simply stop at depth 3 and give
//!   the depth-3 nodes with *placeholder* children (e.g. `Node::Undefined`; they
//!   are never printed), or emit [`Node::TooDeep`] itself.
//! * **Circularity.** Node tracks the objects on the current path. A value that
//!   is already on the path prints as [`Node::Circular`]; the object it points to
//!   is wrapped in [`Node::Ref`] with the same id. Ids are handed out from 1 in
//!   the order the *references* are met in a depth-first, property-order walk
//!   (that is Node's formatting order). The check happens before the depth
//!   check, so a circular reference at depth 3 is still `[Circular *1]`.
//! * **Properties** are own enumerable string keys in `Object.keys` order, then
//!   own enumerable symbols. For arrays only the non-index ones go in `props`.
//!   Accessors are [`Node::Getter`] / [`Node::Setter`] / [`Node::GetterSetter`].
//! * **Lengths.** Every "length" Node uses is a UTF-16 length; this module
//!   accounts for that, the walker just passes Rust strings.

mod printf;
mod text;
#[cfg(test)]
mod tests;

pub use text::format_key;

/// One printable value, as produced by the runtime's heap walker.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// `undefined`
    Undefined,
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number, printed with `Number::toString` except that `-0` prints `-0`.
    Number(f64),
    /// A BigInt given as its decimal digits (with `-` sign if negative); prints `123n`.
    BigInt(String),
    /// A string. Printed raw as a top-level `console.log` argument, quoted and
    /// escaped (Node's `strEscape`) everywhere else.
    String(String),
    /// A symbol, holding its description (`""` for none); prints `Symbol(desc)`.
    Symbol(String),
    /// An array (`Array.isArray`).
    Array {
        /// What Node's `getConstructorName` finds: `Some("Array")` for plain arrays
        /// (no prefix), `Some("Foo")` for a subclass (`Foo(2) [ 1, 2 ]`), `None` for
        /// a null prototype (`[Array(2): null prototype] [ 1, 2 ]`).
        constructor: Option<String>,
        /// `array.length`.
        len: usize,
        /// The elements from index 0 on, runs of holes collapsed into one
        /// [`Element::Holes`]. At most 100 entries are printed, so the walker may
        /// stop once it has 101 entries (a hole run counts as one entry); the
        /// 101st is only consulted for Node's number-alignment rule.
        items: Vec<Element>,
        /// Own enumerable non-index properties (`[ 1, 2, foo: 'bar' ]`).
        props: Vec<(Key, Node)>,
    },
    /// An ordinary object (or any object kind not listed below).
    Object {
        /// Node's `getConstructorName`: `Some("Object")` for plain objects (no
        /// prefix), `Some("Point")` for class instances (`Point { x: 1 }`), `None`
        /// for a null prototype (`[Object: null prototype] { a: 1 }`).
        constructor: Option<String>,
        /// Own enumerable properties in order.
        props: Vec<(Key, Node)>,
    },
    /// A function or class: `[Function: f]`, `[Function (anonymous)]`,
    /// `[class A extends B]`, `[AsyncFunction: g]`; with properties
    /// `[Function: f] { a: 1 }`.
    Function { kind: FunctionKind, name: String, props: Vec<(Key, Node)> },
    /// An error object. Node prints its (adjusted) stack, then own properties in
    /// braces on following lines.
    Error {
        /// `err.stack` if it is truthy, else `Error.prototype.toString(err)`.
        stack: String,
        /// `String(err.name)` (inherited), `"Error"` if null/undefined.
        name: String,
        /// `err.message` (inherited), `""` if absent.
        message: String,
        /// Node's `getConstructorName` (`Some("TypeError")`, `Some("MyError")`);
        /// `None` for a null prototype.
        constructor: Option<String>,
        /// Own enumerable properties. Like Node, the walker also appends
        /// `cause` (as [`Key::Hidden`] when non-enumerable) if `'cause' in err`
        /// and `errors` if `err.errors` is an array. Entries `name`, `message`
        /// and `stack` whose value appears in the stack are dropped here.
        props: Vec<(Key, Node)>,
    },
    /// A boxed primitive: `[Number: 3]`, `[String: 'ab']`, `[Boolean: true]`,
    /// `[BigInt: 1n]`, `[Symbol: Symbol(a)]`. `value` is the primitive node;
    /// `props` excludes a String's index properties.
    Boxed { value: Box<Node>, props: Vec<(Key, Node)> },
    /// A RegExp; `source` is `RegExp.prototype.toString` output (`/a+/g`).
    RegExp { source: String, props: Vec<(Key, Node)> },
    /// A Date; `text` is `toISOString()` or `"Invalid Date"`.
    Date { text: String, props: Vec<(Key, Node)> },
    /// A Set: `Set(2) { 1, 'a' }`. `values` may stop after the first 100.
    Set { constructor: Option<String>, size: usize, values: Vec<Node>, props: Vec<(Key, Node)> },
    /// A Map: `Map(1) { 'a' => 1 }`. `entries` may stop after the first 100.
    Map { constructor: Option<String>, size: usize, entries: Vec<(Node, Node)>, props: Vec<(Key, Node)> },
    /// A Promise: `Promise { 1 }`, `Promise { <pending> }`, `Promise { <rejected> 1 }`.
    Promise { state: PromiseState, props: Vec<(Key, Node)> },
    /// An object the walker did not descend into because it is nested too deep.
    /// Prints `[Point]` / `[Array]` / `[Object]`, or
    /// `[Object: null prototype]` / `[Array: null prototype]` when `constructor`
    /// is `None`. (Only emit it where Node abbreviates; see the module docs.)
    TooDeep { constructor: Option<String>, is_array: bool },
    /// A reference back to an object on the current path: `[Circular *1]`.
    Circular(u32),
    /// The target of circular references: prints `<ref *1> ` before the value.
    Ref { id: u32, node: Box<Node> },
    /// A property with a getter only: `[Getter]`.
    Getter,
    /// A property with a setter only: `[Setter]`.
    Setter,
    /// A property with both: `[Getter/Setter]`.
    GetterSetter,
    /// Text printed as-is, for anything not modelled above.
    Verbatim(String),
}

/// One array slot or run of slots.
#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    /// A present element.
    Value(Node),
    /// This many consecutive holes (`<3 empty items>`); never 0.
    Holes(usize),
}

/// A property key.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    /// An enumerable string key: `a`, `'a-b'`, `'1'`.
    Name(String),
    /// A non-enumerable string key, printed in brackets: `[cause]`.
    Hidden(String),
    /// A symbol key, holding the description: `[Symbol(foo)]`.
    Symbol(String),
}

impl From<&str> for Key {
    fn from(s: &str) -> Key {
        Key::Name(s.to_string())
    }
}

impl From<String> for Key {
    fn from(s: String) -> Key {
        Key::Name(s)
    }
}

/// What kind of function a [`Node::Function`] is.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionKind {
    /// `[Function: f]`
    Normal,
    /// `[AsyncFunction: f]`
    Async,
    /// `[GeneratorFunction: f]`
    Generator,
    /// `[AsyncGeneratorFunction: f]`
    AsyncGenerator,
    /// `[class A]`, `[class B extends A]`; `extends` is the name of the
    /// constructor's prototype (the parent class) if non-empty.
    Class { extends: Option<String> },
}

/// The state of a [`Node::Promise`].
#[derive(Debug, Clone, PartialEq)]
pub enum PromiseState {
    Pending,
    Fulfilled(Box<Node>),
    Rejected(Box<Node>),
}

/// `util.inspect(value)` with the default options.
pub fn inspect(node: &Node) -> String {
    inspect_with_depth(node, DEPTH)
}

/// The text of `console.log(a, b, ...)` without the trailing newline
/// (Node's `formatWithOptions`): a leading string argument is a format string
/// when more arguments follow (`%s %d %i %f %j %o %O %c %%`), strings are
/// printed raw, everything else is inspected, all joined by single spaces.
pub fn format_log_args(args: &[Node]) -> String {
    printf::format_with_options(args)
}

const DEPTH: usize = 2;
const BREAK_LENGTH: usize = 80;
const COMPACT: usize = 3;
const MAX_ARRAY_LENGTH: usize = 100;

/// Node's `ctx`: the options that vary plus the mutable bookkeeping.
struct Ctx {
    depth: usize,
    indentation_lvl: usize,
    current_depth: usize,
}

fn inspect_with_depth(node: &Node, depth: usize) -> String {
    let mut ctx = Ctx { depth, indentation_lvl: 0, current_depth: 0 };
    format_value(&mut ctx, node, 0)
}

/// How the entries of a container are printed (Node's `kObjectType`,
/// `kArrayType`, `kArrayExtrasType`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Extras {
    Object,
    ArrayIndex,
    ArrayExtras,
}

fn format_value(ctx: &mut Ctx, node: &Node, recurse_times: usize) -> String {
    match node {
        Node::Undefined => "undefined".into(),
        Node::Null => "null".into(),
        Node::Bool(b) => b.to_string(),
        Node::Number(x) => format_number(*x),
        Node::BigInt(digits) => format!("{digits}n"),
        Node::String(s) => format_string(ctx, s),
        Node::Symbol(desc) => format!("Symbol({desc})"),
        Node::Circular(id) => format!("[Circular *{id}]"),
        Node::TooDeep { constructor, is_array } => {
            too_deep_text(constructor.as_deref(), if *is_array { "Array" } else { "Object" })
        }
        Node::Getter => "[Getter]".into(),
        Node::Setter => "[Setter]".into(),
        Node::GetterSetter => "[Getter/Setter]".into(),
        Node::Verbatim(s) => s.clone(),
        Node::Ref { id, node } => format_raw(ctx, node, recurse_times, Some(*id)),
        _ => format_raw(ctx, node, recurse_times, None),
    }
}

/// Node's `formatNumber` without numeric separators.
fn format_number(x: f64) -> String {
    if x == 0.0 && x.is_sign_negative() {
        "-0".into()
    } else {
        crate::number_format::number_to_string(x)
    }
}

/// Node's `formatPrimitive` for strings: truncation past 10000 characters and
/// splitting long multi-line strings into `'a\n' +` pieces.
fn format_string(ctx: &Ctx, s: &str) -> String {
    const MAX_STRING_LENGTH: usize = 10_000;
    const MIN_LINE_LENGTH: usize = 16;
    let mut units: Vec<u16> = s.encode_utf16().collect();
    let mut trailer = String::new();
    if units.len() > MAX_STRING_LENGTH {
        let remaining = units.len() - MAX_STRING_LENGTH;
        units.truncate(MAX_STRING_LENGTH);
        trailer = format!("... {remaining} more character{}", plural(remaining));
    }
    let len = units.len();
    if len > MIN_LINE_LENGTH && (len as isize) > BREAK_LENGTH as isize - ctx.indentation_lvl as isize - 4 {
        let mut pieces = Vec::new();
        let mut start = 0;
        for (i, &u) in units.iter().enumerate() {
            if u == u16::from(b'\n') && i + 1 < len {
                pieces.push(text::str_escape(&units[start..=i]));
                start = i + 1;
            }
        }
        pieces.push(text::str_escape(&units[start..]));
        let sep = format!(" +\n{}", " ".repeat(ctx.indentation_lvl + 2));
        return pieces.join(&sep) + &trailer;
    }
    text::str_escape(&units) + &trailer
}

fn plural(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
}

fn remaining_text(remaining: usize) -> String {
    format!("... {remaining} more item{}", plural(remaining))
}

/// Node's `getPrefix` (without `Symbol.toStringTag` support).
fn get_prefix(constructor: Option<&str>, fallback: &str, size: &str) -> String {
    match constructor {
        None => format!("[{fallback}{size}: null prototype] "),
        Some(c) => format!("{c}{size} "),
    }
}

/// What Node prints for an object it does not descend into (`[Object]`).
fn too_deep_text(constructor: Option<&str>, fallback: &str) -> String {
    let style = get_prefix(constructor, fallback, "");
    let name = &style[..style.len() - 1];
    if constructor.is_some() { format!("[{name}]") } else { name.to_string() }
}

/// The part of a container that Node's formatter functions print before the
/// properties.
enum Body<'a> {
    None,
    Array { len: usize, items: &'a [Element] },
    Set { size: usize, values: &'a [Node] },
    Map { size: usize, entries: &'a [(Node, Node)] },
    Promise(&'a PromiseState),
}

/// Node's `formatRaw`.
fn format_raw(ctx: &mut Ctx, node: &Node, recurse_times: usize, ref_id: Option<u32>) -> String {
    let mut base = String::new();
    let mut open = "{".to_string();
    let mut close = "}";
    let mut extras = Extras::Object;
    let mut body = Body::None;
    let too_deep;
    let props: &[(Key, Node)];
    match node {
        Node::Array { constructor, len, items, props: p } => {
            let prefix = if constructor.as_deref() == Some("Array") {
                String::new()
            } else {
                get_prefix(constructor.as_deref(), "Array", &format!("({len})"))
            };
            if *len == 0 && p.is_empty() {
                return format!("{prefix}[]");
            }
            open = format!("{prefix}[");
            close = "]";
            extras = Extras::ArrayExtras;
            body = Body::Array { len: *len, items };
            too_deep = too_deep_text(constructor.as_deref(), "Array");
            props = p;
        }
        Node::Set { constructor, size, values, props: p } => {
            let prefix = get_prefix(constructor.as_deref(), "Set", &format!("({size})"));
            if *size == 0 && p.is_empty() {
                return format!("{prefix}{{}}");
            }
            open = format!("{prefix}{{");
            body = Body::Set { size: *size, values };
            too_deep = too_deep_text(constructor.as_deref(), "Set");
            props = p;
        }
        Node::Map { constructor, size, entries, props: p } => {
            let prefix = get_prefix(constructor.as_deref(), "Map", &format!("({size})"));
            if *size == 0 && p.is_empty() {
                return format!("{prefix}{{}}");
            }
            open = format!("{prefix}{{");
            body = Body::Map { size: *size, entries };
            too_deep = too_deep_text(constructor.as_deref(), "Map");
            props = p;
        }
        Node::Object { constructor, props: p } => {
            if constructor.as_deref() != Some("Object") {
                let style = get_prefix(constructor.as_deref(), "Object", "");
                if p.is_empty() {
                    return format!("{style}{{}}");
                }
                open = format!("{style}{{");
            } else if p.is_empty() {
                return "{}".into();
            }
            too_deep = too_deep_text(constructor.as_deref(), "Object");
            props = p;
        }
        Node::Function { kind, name, props: p } => {
            base = function_base(kind, name);
            if p.is_empty() {
                return base;
            }
            too_deep = too_deep_text(Some(function_type(kind)), "Function");
            props = p;
        }
        Node::Error { stack, name, message, constructor, props: p } => {
            let p = remove_duplicate_error_keys(p, stack);
            base = format_error(ctx, stack, name, message, constructor.as_deref(), &p);
            if p.is_empty() {
                return base;
            }
            // The filtered list borrows nothing from `node`; format it here.
            let too_deep = too_deep_text(constructor.as_deref(), "Error");
            return format_body(ctx, base, open, close, extras, Body::None, &p, recurse_times, ref_id, too_deep);
        }
        Node::Boxed { value, props: p } => {
            base = boxed_base(ctx, value);
            if p.is_empty() {
                return base;
            }
            too_deep = too_deep_text(Some(boxed_type(value)), "Object");
            props = p;
        }
        Node::RegExp { source, props: p } => {
            if p.is_empty() || recurse_times > ctx.depth {
                return source.clone();
            }
            base = source.clone();
            too_deep = String::new();
            props = p;
        }
        Node::Date { text, props: p } => {
            if p.is_empty() {
                return text.clone();
            }
            base = text.clone();
            too_deep = "[Date]".into();
            props = p;
        }
        Node::Promise { state, props: p } => {
            open = "Promise {".into();
            body = Body::Promise(state);
            too_deep = "[Promise]".into();
            props = p;
        }
        other => {
            // Primitives and markers never get here through `format_value`,
            // but keep the function total.
            return format_value(ctx, other, recurse_times);
        }
    }
    format_body(ctx, base, open, close, extras, body, props, recurse_times, ref_id, too_deep)
}

/// The second half of Node's `formatRaw`: the depth check, the entries, the
/// `<ref *n>` marker and `reduceToSingleString`.
#[allow(clippy::too_many_arguments)]
fn format_body(
    ctx: &mut Ctx,
    mut base: String,
    open: String,
    close: &str,
    extras: Extras,
    body: Body<'_>,
    props: &[(Key, Node)],
    recurse_times: usize,
    ref_id: Option<u32>,
    too_deep: String,
) -> String {
    if recurse_times > ctx.depth {
        return too_deep;
    }
    let recurse_times = recurse_times + 1;
    ctx.current_depth = recurse_times;
    let mut output = match body {
        Body::None => Vec::new(),
        Body::Array { len, items } => format_array(ctx, len, items, recurse_times),
        Body::Set { size, values } => {
            ctx.indentation_lvl += 2;
            let shown = size.min(MAX_ARRAY_LENGTH);
            let mut out: Vec<String> = values.iter().take(shown).map(|v| format_value(ctx, v, recurse_times)).collect();
            if size > shown {
                out.push(remaining_text(size - shown));
            }
            ctx.indentation_lvl -= 2;
            out
        }
        Body::Map { size, entries } => {
            ctx.indentation_lvl += 2;
            let shown = size.min(MAX_ARRAY_LENGTH);
            let mut out = Vec::new();
            for (k, v) in entries.iter().take(shown) {
                let k = format_value(ctx, k, recurse_times);
                let v = format_value(ctx, v, recurse_times);
                out.push(format!("{k} => {v}"));
            }
            if size > shown {
                out.push(remaining_text(size - shown));
            }
            ctx.indentation_lvl -= 2;
            out
        }
        Body::Promise(PromiseState::Pending) => vec!["<pending>".to_string()],
        Body::Promise(PromiseState::Fulfilled(v) | PromiseState::Rejected(v)) => {
            ctx.indentation_lvl += 2;
            let s = format_value(ctx, v, recurse_times);
            ctx.indentation_lvl -= 2;
            match body {
                Body::Promise(PromiseState::Rejected(_)) => vec![format!("<rejected> {s}")],
                _ => vec![s],
            }
        }
    };
    for (key, value) in props {
        let entry = format_property(ctx, Some(key), value, recurse_times, extras);
        output.push(entry);
    }
    if let Some(id) = ref_id {
        base = if base.is_empty() { format!("<ref *{id}>") } else { format!("<ref *{id}> {base}") };
    }
    let numeric = match body {
        Body::Array { items, .. } => numeric_flags(items, output.len()),
        _ => Vec::new(),
    };
    reduce_to_single_string(ctx, output, &base, &open, close, extras, recurse_times, &numeric)
}

/// Node's `formatArray` + `formatSpecialArray`, on run-length elements.
fn format_array(ctx: &mut Ctx, len: usize, items: &[Element], recurse_times: usize) -> Vec<String> {
    let max_length = len.min(MAX_ARRAY_LENGTH);
    let mut output = Vec::new();
    let mut index = 0;
    for item in items {
        if output.len() >= max_length {
            break;
        }
        match item {
            Element::Value(v) => {
                output.push(format_property(ctx, None, v, recurse_times, Extras::ArrayIndex));
                index += 1;
            }
            Element::Holes(n) => {
                output.push(format!("<{n} empty item{}>", plural(*n)));
                index += n;
            }
        }
    }
    let remaining = len.saturating_sub(index);
    if remaining > 0 {
        if output.len() != max_length {
            output.push(format!("<{remaining} empty item{}>", plural(remaining)));
        } else {
            output.push(remaining_text(remaining));
        }
    }
    output
}

/// For `value[i]`, `i < count`: whether it is a number or bigint (Node's test
/// for right-aligning grouped array columns).
fn numeric_flags(items: &[Element], count: usize) -> Vec<bool> {
    let mut flags = Vec::with_capacity(count);
    for item in items {
        if flags.len() >= count {
            break;
        }
        match item {
            Element::Value(v) => flags.push(matches!(v, Node::Number(_) | Node::BigInt(_))),
            Element::Holes(n) => flags.extend(std::iter::repeat_n(false, (*n).min(count - flags.len()))),
        }
    }
    flags.resize(count, false);
    flags
}

/// Node's `formatProperty`. `key` is `None` for array elements.
fn format_property(ctx: &mut Ctx, key: Option<&Key>, value: &Node, recurse_times: usize, extras: Extras) -> String {
    let s = match value {
        Node::Getter => "[Getter]".to_string(),
        Node::Setter => "[Setter]".to_string(),
        Node::GetterSetter => "[Getter/Setter]".to_string(),
        _ => {
            ctx.indentation_lvl += 2;
            let s = format_value(ctx, value, recurse_times);
            ctx.indentation_lvl -= 2;
            s
        }
    };
    match (extras, key) {
        (Extras::ArrayIndex, _) | (_, None) => s,
        (_, Some(key)) => format!("{}: {s}", text::format_property_key(key)),
    }
}

/// Node's `reduceToSingleString` for `compact: 3`.
#[allow(clippy::too_many_arguments)]
fn reduce_to_single_string(
    ctx: &Ctx,
    mut output: Vec<String>,
    base: &str,
    open: &str,
    close: &str,
    extras: Extras,
    recurse_times: usize,
    numeric: &[bool],
) -> String {
    let entries = output.len();
    if extras == Extras::ArrayExtras && entries > 6 {
        output = group_array_elements(ctx, output, numeric);
    }
    let base_sp = if base.is_empty() { String::new() } else { format!("{base} ") };
    if ctx.current_depth.saturating_sub(recurse_times) < COMPACT && entries == output.len() {
        let start = output.len() + ctx.indentation_lvl + text::js_len(open) + text::js_len(base) + 10;
        if is_below_break_length(&output, start, base) {
            let joined = output.join(", ");
            if !joined.contains('\n') {
                return format!("{base_sp}{open} {joined} {close}");
            }
        }
    }
    let indentation = format!("\n{}", " ".repeat(ctx.indentation_lvl));
    let joined = output.join(&format!(",{indentation}  "));
    format!("{base_sp}{open}{indentation}  {joined}{indentation}{close}")
}

/// Node's `isBelowBreakLength`.
fn is_below_break_length(output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > BREAK_LENGTH {
        return false;
    }
    for entry in output {
        total += text::js_len(entry);
        if total > BREAK_LENGTH {
            return false;
        }
    }
    !base.contains('\n')
}

/// Node's `groupArrayElements`: lays out many short array entries in aligned
/// columns. `numeric[i]` says whether `value[i]` is a number or bigint.
fn group_array_elements(ctx: &Ctx, output: Vec<String>, numeric: &[bool]) -> Vec<String> {
    const SEPARATOR_SPACE: usize = 2;
    let mut total_length = 0;
    let mut max_length = 0;
    let mut output_length = output.len();
    if MAX_ARRAY_LENGTH < output.len() {
        // The "... n more items" entry is not grouped.
        output_length -= 1;
    }
    let data_len: Vec<usize> = output[..output_length].iter().map(|s| text::string_width(s)).collect();
    for &len in &data_len {
        total_length += len + SEPARATOR_SPACE;
        max_length = max_length.max(len);
    }
    let actual_max = max_length + SEPARATOR_SPACE;
    if actual_max * 3 + ctx.indentation_lvl < BREAK_LENGTH
        && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
    {
        let approx_char_heights = 2.5;
        let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
        let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
        let columns = js_round((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max)
            .min(((BREAK_LENGTH - ctx.indentation_lvl) / actual_max) as f64)
            .min((COMPACT * 4) as f64)
            .min(15.0);
        if columns <= 1.0 {
            return output;
        }
        let columns = columns as usize;
        let max_line_length: Vec<usize> = (0..columns)
            .map(|i| (i..output_length).step_by(columns).map(|j| data_len[j]).max().unwrap_or(0) + SEPARATOR_SPACE)
            .collect();
        let pad_start = numeric.len() >= output.len() && numeric[..output.len()].iter().all(|&n| n);
        let mut tmp = Vec::new();
        let mut i = 0;
        while i < output_length {
            let max = (i + columns).min(output_length);
            let mut line = String::new();
            for j in i..max - 1 {
                let cell = format!("{}, ", output[j]);
                let padding = max_line_length[j - i] + text::js_len(&output[j]) - data_len[j];
                line += &pad(&cell, padding, pad_start);
            }
            let j = max - 1;
            if pad_start {
                let padding = max_line_length[j - i] + text::js_len(&output[j]) - data_len[j] - SEPARATOR_SPACE;
                line += &pad(&output[j], padding, true);
            } else {
                line += &output[j];
            }
            tmp.push(line);
            i += columns;
        }
        if MAX_ARRAY_LENGTH < output.len() {
            tmp.push(output[output_length].clone());
        }
        return tmp;
    }
    output
}

/// `String.prototype.padStart` / `padEnd` with spaces, to `width` UTF-16 units.
fn pad(s: &str, width: usize, start: bool) -> String {
    let len = text::js_len(s);
    if len >= width {
        return s.to_string();
    }
    let fill = " ".repeat(width - len);
    if start { fill + s } else { s.to_string() + &fill }
}

/// JavaScript's `Math.round` (halves round towards +infinity).
fn js_round(x: f64) -> f64 {
    let r = x.round();
    if x - r == 0.5 { r + 1.0 } else { r }
}

fn function_type(kind: &FunctionKind) -> &'static str {
    match kind {
        FunctionKind::Normal | FunctionKind::Class { .. } => "Function",
        FunctionKind::Async => "AsyncFunction",
        FunctionKind::Generator => "GeneratorFunction",
        FunctionKind::AsyncGenerator => "AsyncGeneratorFunction",
    }
}

/// Node's `getFunctionBase` / `getClassBase`.
fn function_base(kind: &FunctionKind, name: &str) -> String {
    match kind {
        FunctionKind::Class { extends } => {
            let name = if name.is_empty() { "(anonymous)" } else { name };
            match extends.as_deref() {
                Some(sup) if !sup.is_empty() => format!("[class {name} extends {sup}]"),
                _ => format!("[class {name}]"),
            }
        }
        _ => {
            let ty = function_type(kind);
            if name.is_empty() { format!("[{ty} (anonymous)]") } else { format!("[{ty}: {name}]") }
        }
    }
}

fn boxed_type(value: &Node) -> &'static str {
    match value {
        Node::Number(_) => "Number",
        Node::String(_) => "String",
        Node::Bool(_) => "Boolean",
        Node::BigInt(_) => "BigInt",
        _ => "Symbol",
    }
}

/// Node's `getBoxedBase`.
fn boxed_base(ctx: &mut Ctx, value: &Node) -> String {
    let ty = boxed_type(value);
    let inner = format_value(ctx, value, 0);
    format!("[{ty}: {inner}]")
}

/// Node's `removeDuplicateErrorKeys`: drop `name`, `message` and `stack`
/// properties whose value is already part of the stack.
fn remove_duplicate_error_keys(props: &[(Key, Node)], stack: &str) -> Vec<(Key, Node)> {
    let mut props = props.to_vec();
    for name in ["name", "message", "stack"] {
        let pos = props.iter().position(|(k, _)| matches!(k, Key::Name(n) if n == name));
        if let Some(pos) = pos {
            let text = match &props[pos].1 {
                Node::String(s) => Some(s.clone()),
                Node::Number(x) => Some(crate::number_format::number_to_string(*x)),
                Node::Bool(b) => Some(b.to_string()),
                Node::Undefined => Some("undefined".into()),
                Node::Null => Some("null".into()),
                _ => None,
            };
            if text.is_some_and(|t| stack.contains(t.as_str())) {
                props.remove(pos);
            }
        }
    }
    props
}

/// Node's `formatError` (no colours): fixes up the first line of the stack
/// for subclasses, brackets stack-less errors, elides frames shared with the
/// `cause`, and indents continuation lines.
fn format_error(
    ctx: &Ctx,
    stack: &str,
    name: &str,
    message: &str,
    constructor: Option<&str>,
    props: &[(Key, Node)],
) -> String {
    let mut stack = improve_stack(stack, constructor, name);
    // Ignore the message if it is contained in the stack.
    let mut pos = None;
    if !message.is_empty() {
        if let Some(p) = stack.find(message) {
            if p != 0 {
                pos = Some(p + message.len());
            }
        }
    }
    let from = pos.unwrap_or(0);
    let stack_start = stack.get(from..).and_then(|s| s.find("\n    at")).map(|p| p + from);
    match stack_start {
        None => stack = format!("[{stack}]"),
        Some(start) => {
            let mut lines: Vec<String> = stack[start + 1..].split('\n').map(str::to_string).collect();
            elide_cause_frames(&mut lines, props);
            stack = format!("{}\n{}", &stack[..start], lines.join("\n"));
        }
    }
    if ctx.indentation_lvl != 0 {
        let indentation = " ".repeat(ctx.indentation_lvl);
        stack = stack.replace('\n', &format!("\n{indentation}"));
    }
    stack
}

/// Node's `getStackFrames`: replace frames identical to the cause's with
/// `... n lines matching cause stack trace ...`.
fn elide_cause_frames(frames: &mut Vec<String>, props: &[(Key, Node)]) {
    let cause = props.iter().find_map(|(k, v)| match k {
        Key::Name(n) | Key::Hidden(n) if n == "cause" => Some(v),
        _ => None,
    });
    let cause_stack = match cause {
        Some(Node::Error { stack, .. }) => stack,
        Some(Node::Ref { node, .. }) => match &**node {
            Node::Error { stack, .. } => stack,
            _ => return,
        },
        _ => return,
    };
    let Some(cause_start) = cause_stack.find("\n    at") else { return };
    let cause_frames: Vec<&str> = cause_stack[cause_start + 1..].split('\n').collect();
    let (len, offset) = identical_sequence_range(frames, &cause_frames);
    if len > 0 {
        let skipped = len - 2;
        let msg = format!("    ... {skipped} lines matching cause stack trace ...");
        frames.splice(offset + 1..offset + 1 + skipped, [msg]);
    }
}

/// Node's `identicalSequenceRange`.
fn identical_sequence_range(a: &[String], b: &[&str]) -> (usize, usize) {
    for i in 0..a.len().saturating_sub(3) {
        if let Some(pos) = b.iter().position(|f| *f == a[i]) {
            let rest = b.len() - pos;
            if rest > 3 {
                let mut len = 1;
                let max_len = (a.len() - i).min(rest);
                while max_len > len && a[i + len] == b[pos + len] {
                    len += 1;
                }
                if len > 3 {
                    return (len, i);
                }
            }
        }
    }
    (0, 0)
}

/// Node's `improveStack`: make the first line name the actual class.
fn improve_stack(stack: &str, constructor: Option<&str>, name: &str) -> String {
    let mut len = name.len();
    let looks_normal = name.ends_with("Error")
        && stack.starts_with(name)
        && matches!(stack.as_bytes().get(len), None | Some(b':') | Some(b'\n'));
    if constructor.is_some() && !looks_normal {
        return stack.to_string();
    }
    let mut fallback = "Error".to_string();
    if constructor.is_none() {
        let found = null_proto_error_name(stack);
        len = found.len();
        fallback = if found.is_empty() { "Error".to_string() } else { found };
    }
    let prefix = get_prefix(constructor, &fallback, "");
    let prefix = &prefix[..prefix.len() - 1];
    if name == prefix {
        return stack.to_string();
    }
    let rest = stack.get(len..).unwrap_or("");
    if prefix.contains(name) {
        if len == 0 { format!("{prefix}: {stack}") } else { format!("{prefix}{rest}") }
    } else {
        format!("{prefix} [{name}]{rest}")
    }
}

/// The error name at the start of a null-prototype error's stack:
/// `/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/` or `/^([a-z_A-Z0-9-]*Error)$/`.
fn null_proto_error_name(stack: &str) -> String {
    let bytes = stack.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_uppercase) {
        let is_class = |b: u8| b.is_ascii_alphanumeric() || b"_ []()-".contains(&b);
        let end = 1 + bytes[1..].iter().take_while(|&&b| is_class(b)).count();
        if end >= 2 && (stack[end..].starts_with(':') || stack[end..].starts_with("\n    at")) {
            return stack[..end].to_string();
        }
    }
    if stack.ends_with("Error") && stack.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        return stack.to_string();
    }
    String::new()
}
