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
//! * **One tree per argument.** Each `console.log` argument is a separate
//!   `inspect` call in Node, so circular ids restart at 1 for each argument.
//! * **Format directives** (`console.log('%s: %d', ...)`) are applied by
//!   [`format_log_args`]. The tree carries no function source or user
//!   `toString`/`toJSON`, so `%s` of a function or of an object with its own
//!   `toString` is an approximation; `%j` needs its argument walked without
//!   the depth limit to be exact. A `%o` argument ([`format_directives`]) is
//!   walked with [`Options::PERCENT_O`]: hidden properties included.
//! * **Options.** The walker honours [`Options`] as the renderer does: it
//!   stops below `depth`, and with `show_hidden` it lists non-enumerable own
//!   properties as [`Key::Hidden`] and user prototypes' non-function
//!   properties (Node's `addPrototypeProperties`).
//! * **Lengths.** Every "length" Node uses is a UTF-16 length; strings and
//!   keys are UTF-16 ([`JsText`]), so lone surrogates print as Node prints
//!   them.

mod error;
mod layout;
mod printf;
#[cfg(test)]
mod tests;
mod text;

pub use printf::format_directives;
pub use text::format_key;

/// A JavaScript string in the tree: its UTF-16 code units, so lone
/// surrogates survive until printing, where Node escapes them inside quotes
/// (`'\ud83d'`) and writes U+FFFD for them in raw text.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct JsText(Vec<u16>);

impl JsText {
    pub fn from_units(units: Vec<u16>) -> JsText {
        JsText(units)
    }

    pub fn units(&self) -> &[u16] {
        &self.0
    }

    /// The text as Node writes it raw: lone surrogates become U+FFFD.
    pub fn to_lossy(&self) -> String {
        String::from_utf16_lossy(&self.0)
    }

    pub fn is(&self, s: &str) -> bool {
        self.0.iter().copied().eq(s.encode_utf16())
    }
}

impl From<&str> for JsText {
    fn from(s: &str) -> JsText {
        JsText(s.encode_utf16().collect())
    }
}

impl From<String> for JsText {
    fn from(s: String) -> JsText {
        JsText::from(s.as_str())
    }
}

impl std::fmt::Debug for JsText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_lossy())
    }
}

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
    String(JsText),
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
        /// stop once it has `101 + props.len()` entries (a hole run counts as
        /// one entry): entries past the 100th are only consulted for Node's
        /// rule that right-aligns columns when `value[i]` is a number for every
        /// printed line `i`.
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
    Name(JsText),
    /// A non-enumerable string key, printed in brackets: `[cause]`.
    Hidden(JsText),
    /// A symbol key, holding the description: `[Symbol(foo)]`.
    Symbol(String),
    /// With `show_hidden`, a property of a user-defined prototype that is not a
    /// function (Node's `addPrototypeProperties`). Printed after the own
    /// properties like the key it holds, but Node formats these first and one
    /// level shallower than own properties.
    Prototype(Box<Key>),
}

impl From<&str> for Key {
    fn from(s: &str) -> Key {
        Key::Name(s.into())
    }
}

impl From<String> for Key {
    fn from(s: String) -> Key {
        Key::Name(s.into())
    }
}

impl Key {
    /// Whether this is the string key `name` (enumerable or not).
    pub fn is_named(&self, name: &str) -> bool {
        match self {
            Key::Name(n) | Key::Hidden(n) => n.is(name),
            Key::Symbol(_) | Key::Prototype(_) => false,
        }
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
    inspect_with(node, &Options::default())
}

/// The `util.inspect` options dxl varies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Levels of nesting printed in full (Node's `depth`).
    pub depth: usize,
    /// Node's `showHidden`: non-enumerable own properties are in the tree
    /// (as [`Key::Hidden`]), and errors keep their `name`, `message` and
    /// `stack` properties.
    pub show_hidden: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { depth: DEPTH, show_hidden: false }
    }
}

impl Options {
    /// What `console.log`'s `%o` uses: `{ showHidden: true, depth: 4 }`.
    pub const PERCENT_O: Options = Options { depth: 4, show_hidden: true };
    /// What Node's report of an uncaught exception uses (`depth: 5`).
    pub const UNCAUGHT: Options = Options { depth: 5, show_hidden: false };
}

/// `util.inspect(value, options)`.
pub fn inspect_with(node: &Node, options: &Options) -> String {
    let mut ctx = Ctx { depth: options.depth, show_hidden: options.show_hidden, indentation_lvl: 0, current_depth: 0 };
    format_value(&mut ctx, node, 0)
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
    show_hidden: bool,
    indentation_lvl: usize,
    current_depth: usize,
}

fn inspect_with_depth(node: &Node, depth: usize) -> String {
    inspect_with(node, &Options { depth, show_hidden: false })
}

/// How the entries of a container are printed (Node's `kObjectType`,
/// `kArrayType`, `kArrayExtrasType`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum EntryKind {
    Object,
    ArrayIndex,
    ArrayExtra,
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
    if x == 0.0 && x.is_sign_negative() { "-0".into() } else { crate::number_format::number_to_string(x) }
}

/// Node's `formatPrimitive` for strings: truncation past 10000 characters and
/// splitting long multi-line strings into `'a\n' +` pieces.
fn format_string(ctx: &Ctx, s: &JsText) -> String {
    const MAX_STRING_LENGTH: usize = 10_000;
    const MIN_LINE_LENGTH: usize = 16;
    let mut units: Vec<u16> = s.units().to_vec();
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
    let mut extras = EntryKind::Object;
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
            extras = EntryKind::ArrayExtra;
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
            let p = if ctx.show_hidden { p.clone() } else { error::remove_duplicate_error_keys(p, stack) };
            base = error::format_error(ctx, stack, name, message, constructor.as_deref(), &p);
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
    extras: EntryKind,
    body: Body<'_>,
    props: &[(Key, Node)],
    recurse_times: usize,
    ref_id: Option<u32>,
    too_deep: String,
) -> String {
    if recurse_times > ctx.depth {
        return too_deep;
    }
    // Node formats prototype properties while it looks for the constructor
    // name: before everything else, one level shallower.
    let mut proto_output = Vec::new();
    for (key, value) in props.iter().filter(|(k, _)| matches!(k, Key::Prototype(_))) {
        proto_output.push(format_property(ctx, Some(key), value, recurse_times, EntryKind::Object));
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
    for (key, value) in props.iter().filter(|(k, _)| !matches!(k, Key::Prototype(_))) {
        let entry = format_property(ctx, Some(key), value, recurse_times, extras);
        output.push(entry);
    }
    output.extend(proto_output);
    if let Some(id) = ref_id {
        base = if base.is_empty() { format!("<ref *{id}>") } else { format!("<ref *{id}> {base}") };
    }
    let numeric = match body {
        Body::Array { items, .. } => numeric_flags(items, output.len()),
        _ => Vec::new(),
    };
    layout::reduce_to_single_string(ctx, output, &base, &open, close, extras, recurse_times, &numeric)
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
                output.push(format_property(ctx, None, v, recurse_times, EntryKind::ArrayIndex));
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
fn format_property(ctx: &mut Ctx, key: Option<&Key>, value: &Node, recurse_times: usize, extras: EntryKind) -> String {
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
        (EntryKind::ArrayIndex, _) | (_, None) => s,
        (_, Some(key)) => format!("{}: {s}", text::format_property_key(key)),
    }
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
