//! console.log and friends: walks values into [`inspect::Node`] trees (Node's
//! `formatValue` decisions that need the heap: depth, circularity, constructor
//! names, own enumerable properties) and writes the text through a buffered
//! stdout.
//!
//! stdout is buffered in the runtime and flushed when the buffer fills, at
//! exit, and before anything goes to stderr, so interleaving with stderr is
//! the program's order.

use std::collections::HashMap;

use crate::error::{self, is_error};
use crate::function::{self, fflags};
use crate::gc::Kind;
use crate::global::Global;
use crate::inspect::{self, Element, FunctionKind, JsText, Key, Node, Options};
use crate::object::{self, JsObject, Obj, PropKey, attr, oflags};
use crate::realm::realm;
use crate::string::{K, atom};
use crate::value::{self, JsResult, Value};

// ---- Output ----

const OUT_CAP: usize = 64 * 1024;
static OUT: Global<Vec<u8>> = Global::new(Vec::new());
/// Set when stdout's reader has gone (EPIPE): Node drops what the program
/// still writes there and runs on, exiting with its usual status.
static STDOUT_CLOSED: Global<bool> = Global::new(false);

/// Writes all of `bytes` to `fd`; false if the descriptor's pipe has no reader.
/// Allocates nothing (the out-of-memory report uses it).
pub(crate) fn write_fd(fd: i32, bytes: &[u8]) -> bool {
    use std::io::Write;
    #[cfg(unix)]
    {
        use std::os::fd::FromRawFd;
        // SAFETY: fds 1 and 2 are open for the life of the process; ManuallyDrop
        // keeps the File from closing them.
        let mut f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
        !matches!(f.write_all(bytes), Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
    #[cfg(not(unix))]
    {
        let r = if fd == 1 { std::io::stdout().write_all(bytes) } else { std::io::stderr().write_all(bytes) };
        !matches!(r, Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// Appends to the stdout buffer.
pub fn write_stdout(bytes: &[u8]) {
    if *STDOUT_CLOSED.get() {
        return;
    }
    if OUT.get().len() + bytes.len() > OUT_CAP {
        flush_stdout();
        if bytes.len() >= OUT_CAP {
            // Large text goes out directly, so the buffer never grows past
            // OUT_CAP (and running out of memory never finds it mid-growth).
            if !write_fd(1, bytes) {
                *STDOUT_CLOSED.get() = true;
            }
            return;
        }
    }
    OUT.get().extend_from_slice(bytes);
}

/// Writes the buffered stdout. Allocates nothing.
pub fn flush_stdout() {
    let out = OUT.get();
    if !out.is_empty() {
        let data = std::mem::take(out);
        if !write_fd(1, &data) {
            *STDOUT_CLOSED.get() = true;
        }
        let out = OUT.get();
        *out = data;
        out.clear();
    }
}

/// Writes to stderr after flushing stdout.
pub fn write_stderr(bytes: &[u8]) {
    flush_stdout();
    // A closed stderr is ignored, as Node does.
    write_fd(2, bytes);
}

// ---- The walker ----

/// Array entries Node prints (the 101st is consulted for alignment).
const MAX_ITEMS: usize = 101;

struct Walker {
    path: Vec<*mut JsObject>,
    ids: HashMap<*mut JsObject, u32>,
    next_id: u32,
    options: Options,
}

/// The `util.inspect` text of a value.
pub fn inspect_value(v: Value) -> JsResult<String> {
    inspect_value_with(v, &Options::default())
}

/// The `util.inspect(v, options)` text of a value.
pub fn inspect_value_with(v: Value, options: &Options) -> JsResult<String> {
    Ok(inspect::inspect_with(&to_node_with(v, options)?, options))
}

/// The inspect tree of one value.
pub fn to_node(v: Value) -> JsResult<Node> {
    to_node_with(v, &Options::default())
}

/// The inspect tree of one value, for printing with `options`.
pub fn to_node_with(v: Value, options: &Options) -> JsResult<Node> {
    let mut w = Walker { path: Vec::new(), ids: HashMap::new(), next_id: 0, options: *options };
    w.walk(v, 0)
}

fn text_of(s: crate::string::Str) -> JsText {
    JsText::from_units(s.units().to_vec16())
}

fn key_text(key: PropKey) -> JsText {
    match key {
        PropKey::Atom(a) => text_of(a.str()),
        PropKey::Index(i) => JsText::from(i.to_string()),
    }
}

fn prim_node(v: Value) -> Node {
    if v.is_number() {
        Node::Number(v.as_number())
    } else if v.is_string() {
        Node::String(text_of(v.as_str()))
    } else if v.is_bool() {
        Node::Bool(v.as_bool())
    } else if v.is_null() {
        Node::Null
    } else {
        Node::Undefined
    }
}

/// Node's `getConstructorName`: the first own `constructor` data property on
/// the chain that is a named function the object is an instance of; with
/// the object that holds it.
fn find_constructor(o: Obj) -> Option<(String, Obj)> {
    let mut p = Some(o);
    while let Some(q) = p {
        if let Some(name) = constructor_named_on(q)
            && let Some((c, _)) = object::get_own_property(q, PropKey::Atom(atom(K::constructor)))
            && let Some(cf) = c.obj()
        {
            let proto = object::get_own_property(cf, PropKey::Atom(atom(K::prototype))).and_then(|(v, _)| v.obj());
            if proto.is_some_and(|pr| object::inherits_from(o, pr)) {
                return Some((name, q));
            }
        }
        p = q.proto();
    }
    None
}

fn constructor_name(o: Obj) -> Option<String> {
    find_constructor(o).map(|(name, _)| name)
}

/// The name of `q`'s own `constructor`, if that is a data property holding a
/// named function.
fn constructor_named_on(q: Obj) -> Option<String> {
    let (c, flags) = object::get_own_property(q, PropKey::Atom(atom(K::constructor)))?;
    let cf = c.obj().filter(|cf| flags & attr::ACCESSOR == 0 && cf.is_function())?;
    Some(function::name_of(cf)).filter(|n| !n.is_empty())
}

/// The globals Node's inspector counts as built in (`builtInObjects`: the
/// capitalized globals V8 defines): their prototypes' properties are never
/// listed as an object's prototype properties.
fn is_builtin_constructor_name(name: &str) -> bool {
    const NAMES: &[&str] = &[
        "Object",
        "Function",
        "Array",
        "Number",
        "Infinity",
        "NaN",
        "Boolean",
        "String",
        "Symbol",
        "Date",
        "Promise",
        "RegExp",
        "Error",
        "AggregateError",
        "EvalError",
        "RangeError",
        "ReferenceError",
        "SyntaxError",
        "TypeError",
        "URIError",
        "JSON",
        "Math",
        "Intl",
        "ArrayBuffer",
        "Uint8Array",
        "Int8Array",
        "Uint16Array",
        "Int16Array",
        "Uint32Array",
        "Int32Array",
        "Float32Array",
        "Float64Array",
        "Uint8ClampedArray",
        "BigUint64Array",
        "BigInt64Array",
        "DataView",
        "Map",
        "BigInt",
        "Set",
        "WeakMap",
        "WeakSet",
        "Proxy",
        "Reflect",
        "FinalizationRegistry",
        "WeakRef",
        "SharedArrayBuffer",
        "Atomics",
        "WebAssembly",
    ];
    NAMES.contains(&name)
}

impl Walker {
    fn walk(&mut self, v: Value, depth: usize) -> JsResult<Node> {
        let Some(o) = v.obj() else {
            return Ok(prim_node(v));
        };
        if self.path.contains(&o.ptr()) {
            let next = &mut self.next_id;
            let id = *self.ids.entry(o.ptr()).or_insert_with(|| {
                *next += 1;
                *next
            });
            return Ok(Node::Circular(id));
        }
        function::check_stack()?;
        self.path.push(o.ptr());
        let node = self.walk_object(o, depth);
        self.path.pop();
        let node = node?;
        Ok(match self.ids.get(&o.ptr()) {
            Some(&id) => Node::Ref { id, node: Box::new(node) },
            None => node,
        })
    }

    /// A child value: walked, or a placeholder when the parent is abbreviated.
    fn child(&mut self, v: Value, depth: usize) -> JsResult<Node> {
        if depth > self.options.depth + 1 {
            // The parent is printed as [Object]; children are never shown,
            // but a circular reference still has to be detected.
            if let Some(o) = v.obj()
                && self.path.contains(&o.ptr())
            {
                return self.walk(v, depth);
            }
            return Ok(Node::Undefined);
        }
        self.walk(v, depth)
    }

    /// The key as printed: hidden (`[name]`) when not enumerable.
    fn key(key: PropKey, flags: u8) -> Key {
        if flags & attr::ENUMERABLE == 0 { Key::Hidden(key_text(key)) } else { Key::Name(key_text(key)) }
    }

    /// The prototype properties (with `show_hidden`), then the own
    /// properties (enumerable ones, or all with `show_hidden`) minus those
    /// `skip` rejects, listed own first.
    fn props(&mut self, o: Obj, depth: usize, skip: impl Fn(PropKey) -> bool) -> JsResult<Vec<(Key, Node)>> {
        let inherited = self.prototype_props(o, depth)?;
        let mut out = self.own_props(o, depth, skip)?;
        out.extend(inherited);
        Ok(out)
    }

    fn own_props(&mut self, o: Obj, depth: usize, skip: impl Fn(PropKey) -> bool) -> JsResult<Vec<(Key, Node)>> {
        let mut out = Vec::new();
        for key in object::own_keys(o, !self.options.show_hidden) {
            if skip(key) {
                continue;
            }
            let Some((v, flags)) = object::get_own_property(o, key) else {
                continue;
            };
            let node = self.prop_node(v, flags, depth + 1)?;
            out.push((Self::key(key, flags), node));
        }
        Ok(out)
    }

    /// Node's `addPrototypeProperties` (only with `show_hidden`): the
    /// non-function properties of the prototypes of `o` up to the first
    /// built-in one, at most three levels, that `o` does not shadow.
    fn prototype_props(&mut self, o: Obj, depth: usize) -> JsResult<Vec<(Key, Node)>> {
        let mut out = Vec::new();
        if !self.options.show_hidden || depth > self.options.depth {
            return Ok(out);
        }
        let Some((name, holder)) = find_constructor(o) else {
            return Ok(out);
        };
        let first_proto = o.proto();
        if first_proto == Some(holder) && is_builtin_constructor_name(&name) {
            return Ok(out);
        }
        let mut level = first_proto.unwrap_or(o);
        let mut seen: Vec<PropKey> = Vec::new();
        for round in 0..3 {
            if round != 0 || level == o {
                let Some(next) = level.proto() else { break };
                level = next;
                if constructor_named_on(level).is_some_and(|n| is_builtin_constructor_name(&n)) {
                    break;
                }
            }
            let keys = object::own_keys(level, false);
            for &key in &keys {
                let is_constructor = key == PropKey::Atom(atom(K::constructor));
                if is_constructor || object::get_own_property(o, key).is_some() || (round != 0 && seen.contains(&key)) {
                    continue;
                }
                let Some((v, flags)) = object::get_own_property(level, key) else {
                    continue;
                };
                if flags & attr::ACCESSOR == 0 && v.is_callable() {
                    continue;
                }
                let node = self.prop_node(v, flags, depth)?;
                out.push((Key::Prototype(Box::new(Self::key(key, flags))), node));
            }
            seen.extend(keys);
        }
        Ok(out)
    }

    /// A property's value at `depth`: an accessor's marker, or the value.
    fn prop_node(&mut self, v: Value, flags: u8, depth: usize) -> JsResult<Node> {
        if flags & attr::ACCESSOR != 0 {
            let (g, s) = object::accessor_parts(v);
            return Ok(match (g.is_undefined(), s.is_undefined()) {
                (false, false) => Node::GetterSetter,
                (false, true) => Node::Getter,
                _ => Node::Setter,
            });
        }
        self.child(v, depth)
    }

    fn walk_object(&mut self, o: Obj, depth: usize) -> JsResult<Node> {
        if is_error(o.value()) {
            return self.walk_error(o, depth);
        }
        match o.kind() {
            Kind::Array => self.walk_array(o, depth),
            Kind::Function => {
                let f = o.function();
                let kind = if f.flags & fflags::CLASS != 0 {
                    let extends = o
                        .proto()
                        .filter(|p| p.is_function() && *p != realm().function_proto)
                        .map(function::name_of)
                        .filter(|n| !n.is_empty());
                    FunctionKind::Class { extends }
                } else {
                    FunctionKind::Normal
                };
                let name = function::name_of(o);
                let mut props = self.props(o, depth, |_| false)?;
                if self.options.show_hidden {
                    add_sloppy_function_properties(o, &mut props);
                }
                Ok(Node::Function { kind, name, props })
            }
            Kind::Boxed => {
                let prim = o.boxed_value();
                let len = if prim.is_string() { prim.as_str().len() } else { 0 };
                let props = self.props(o, depth, |k| matches!(k, PropKey::Index(i) if i < len))?;
                Ok(Node::Boxed { value: Box::new(prim_node(prim)), props })
            }
            _ => {
                let constructor = constructor_name(o);
                let props = self.props(o, depth, |_| false)?;
                Ok(Node::Object { constructor, props })
            }
        }
    }

    fn walk_array(&mut self, o: Obj, depth: usize) -> JsResult<Node> {
        let len = crate::array::length(o);
        // Node formats prototype properties first (their circular references
        // get the first ids).
        let inherited = self.prototype_props(o, depth)?;
        let items = if o.flags() & oflags::SPARSE != 0 {
            self.sparse_items(o, len, depth)?
        } else {
            self.dense_items(o, len, depth)?
        };
        let constructor = constructor_name(o);
        let mut props = self.own_props(o, depth, |k| matches!(k, PropKey::Index(_)))?;
        props.extend(inherited);
        Ok(Node::Array { constructor, len: len as usize, items, props })
    }

    fn dense_items(&mut self, o: Obj, len: u32, depth: usize) -> JsResult<Vec<Element>> {
        let mut items = Vec::new();
        let mut next = 0u32;
        while next < len && items.len() < MAX_ITEMS {
            let els = &o.array().elements;
            let mut i = next;
            while (i as usize) < els.len() && els[i as usize].is_hole() {
                i += 1;
            }
            let i = if i as usize >= els.len() { len } else { i };
            if i > next {
                items.push(Element::Holes((i - next) as usize));
                next = i;
                continue;
            }
            let node = self.child(crate::array::get_element(o, i), depth + 1)?;
            items.push(Element::Value(node));
            next = i + 1;
        }
        Ok(items)
    }

    /// Elements kept in the dictionary, which may be accessors (`[Getter]`)
    /// or not enumerable, walked as Node's `formatArray` does: every own
    /// index up to the first hole, then (`formatSpecialArray`) the
    /// enumerable keys from that position of `Object.keys` on.
    fn sparse_items(&mut self, o: Obj, len: u32, depth: usize) -> JsResult<Vec<Element>> {
        let mut items = Vec::new();
        let mut index = 0u32;
        while index < len && items.len() < MAX_ITEMS {
            let Some((v, flags)) = object::get_own_property(o, PropKey::Index(index)) else {
                break;
            };
            items.push(Element::Value(self.prop_node(v, flags, depth + 1)?));
            index += 1;
        }
        if index >= len || items.len() >= MAX_ITEMS {
            return Ok(items);
        }
        let keys = object::own_keys(o, true);
        for &key in keys.iter().skip(index as usize) {
            if items.len() >= MAX_ITEMS {
                break;
            }
            let PropKey::Index(i) = key else { break };
            if i > index {
                items.push(Element::Holes((i - index) as usize));
                index = i;
                if items.len() >= MAX_ITEMS {
                    break;
                }
            }
            let (v, flags) = object::get_own_property(o, key).unwrap_or((Value::UNDEFINED, 0));
            items.push(Element::Value(self.prop_node(v, flags, depth + 1)?));
            index += 1;
        }
        Ok(items)
    }

    fn walk_error(&mut self, o: Obj, depth: usize) -> JsResult<Node> {
        let stack = o.get_atom(atom(K::stack))?;
        let stack = if stack.is_string() && !stack.as_str().is_empty() {
            stack.as_str().to_rust_string()
        } else {
            error::error_to_string(o.value())?.to_rust_string()
        };
        let name = o.get_atom(atom(K::name))?;
        let name = if name.is_nullish() { "Error".to_owned() } else { value::to_rust_string(name)? };
        let message = o.get_atom(atom(K::message))?;
        let message = if message.is_undefined() { String::new() } else { value::to_rust_string(message)? };
        let constructor = constructor_name(o);
        let mut props = self.props(o, depth, |_| false)?;
        let cause = PropKey::Atom(atom(K::cause));
        if object::has_property(o, cause) && !props.iter().any(|(k, _)| k.is_named("cause")) {
            let v = o.get(cause)?;
            let node = self.child(v, depth + 1)?;
            props.push((Key::Hidden("cause".into()), node));
        }
        Ok(Node::Error { stack, name, message, constructor, props })
    }
}

/// V8 gives sloppy-mode ordinary functions own `arguments` and `caller`
/// properties (null while the function is not running), which `showHidden`
/// lists after `name`; dxl's functions do not have them, so the walker adds
/// what Node shows.
fn add_sloppy_function_properties(f: Obj, props: &mut Vec<(Key, Node)>) {
    let not_sloppy_plain = fflags::ARROW | fflags::METHOD | fflags::STRICT | fflags::CLASS | fflags::NATIVE;
    if f.function().flags & not_sloppy_plain != 0 || props.iter().any(|(k, _)| k.is_named("arguments")) {
        return;
    }
    let at = props.iter().position(|(k, _)| k.is_named("name")).map_or(0, |i| i + 1);
    props.splice(at..at, [(Key::Hidden("arguments".into()), Node::Null), (Key::Hidden("caller".into()), Node::Null)]);
}

// ---- console ----

fn log_to(args: &[Value], stderr: bool) -> JsResult<Value> {
    // `%o` arguments are walked with their hidden properties.
    let mut percent_o = Vec::new();
    if let Some(first) = args.first().filter(|v| v.is_string() && args.len() > 1) {
        let directives = inspect::format_directives(&first.as_str().to_rust_string(), args.len());
        percent_o.extend(directives.into_iter().filter(|&(_, kind)| kind == b'o').map(|(arg, _)| arg));
    }
    let mut nodes = Vec::with_capacity(args.len());
    for (i, &a) in args.iter().enumerate() {
        let options = if percent_o.contains(&i) { Options::PERCENT_O } else { Options::default() };
        nodes.push(to_node_with(a, &options)?);
    }
    let mut text = inspect::format_log_args(&nodes);
    text.push('\n');
    if stderr {
        write_stderr(text.as_bytes());
    } else {
        write_stdout(text.as_bytes());
    }
    Ok(Value::UNDEFINED)
}

fn console_log(_this: Value, args: &[Value]) -> JsResult<Value> {
    log_to(args, false)
}

fn console_error(_this: Value, args: &[Value]) -> JsResult<Value> {
    log_to(args, true)
}

pub fn install() {
    let console = object::new_object();
    crate::builtins::install_methods(
        console,
        &[
            ("log", console_log, 0),
            ("info", console_log, 0),
            ("debug", console_log, 0),
            ("error", console_error, 0),
            ("warn", console_error, 0),
        ],
    );
    // console's methods are enumerable own properties in Node, but printing
    // `console` is rare; keep them hidden like other builtins.
    crate::builtins::define_global("console", console.value());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::{Str, intern_str};
    use crate::testing::with_runtime;

    fn show(v: Value) -> String {
        inspect_value(v).unwrap()
    }

    #[test]
    fn walks_objects_arrays_and_cycles() {
        with_runtime(|| {
            let o = object::new_object();
            o.set_atom(intern_str("a"), Value::int(1)).unwrap();
            o.set_atom(intern_str("b"), Str::new("x").value()).unwrap();
            let arr = crate::array::from_values(&[Value::int(1), Value::HOLE, Value::HOLE, o.value()]);
            let node = to_node(arr.value()).unwrap();
            match &node {
                Node::Array { len, items, .. } => {
                    assert_eq!(*len, 4);
                    assert_eq!(items.len(), 3);
                    assert_eq!(items[1], Element::Holes(2));
                }
                other => panic!("not an array: {other:?}"),
            }
            o.set_atom(intern_str("self"), o.value()).unwrap();
            match to_node(o.value()).unwrap() {
                Node::Ref { id: 1, node } => match *node {
                    Node::Object { constructor, props } => {
                        assert_eq!(constructor.as_deref(), Some("Object"));
                        assert_eq!(props[2].1, Node::Circular(1));
                    }
                    other => panic!("{other:?}"),
                },
                other => panic!("{other:?}"),
            }
            let bare = object::new_object_with_proto(None);
            match to_node(bare.value()).unwrap() {
                Node::Object { constructor: None, .. } => {}
                other => panic!("{other:?}"),
            }
            let _ = show(arr.value());
        });
    }
}
