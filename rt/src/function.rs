//! Function objects, closure cells, and calls (§10.2, §7.3.14 Call, §7.3.15 Construct).
//!
//! Every function, compiled or native, is a [`JsFunction`] whose `code` has the
//! generic signature [`JsFn`]. Native builtins are written as [`NativeFn`]s and
//! invoked through one trampoline; constructors that need to build an exotic
//! object themselves (Array, Error, wrappers) also have a [`NativeCtor`].
//!
//! `length`, `name`, (for sloppy functions) `arguments` and `caller`, and (for
//! constructors) `prototype` are real own properties,
//! created lazily the first time anything looks at them (most closures never
//! have them read), so creating a closure costs one allocation.

use dxl_abi::runtime_functions::JsFn;
use dxl_abi::runtime_functions::closure_flags;
use dxl_abi::value as abi;

use crate::error::{self, Thrown};
use crate::gc::{self, GcHeader, Kind, RootedVec};
use crate::object::{self, JsObject, Obj, PropKey, attr, oflags};
use crate::realm::realm;
use crate::string::{self, K, atom};
use crate::value::{self, JsResult, Value};
use crate::value_vec::ValueVec;

/// A builtin written in Rust: `(this, arguments) -> result`.
pub type NativeFn = fn(this: Value, args: &[Value]) -> JsResult<Value>;
/// The `new` behaviour of a builtin constructor: `(arguments, new_target)`.
/// `new_target` is the constructor `new` was applied to (its `prototype` is the
/// prototype of the object to create).
pub type NativeCtor = fn(args: &[Value], new_target: Obj) -> JsResult<Value>;

/// Runtime-only function flags, above the `closure_flags` bits.
pub mod fflags {
    pub use dxl_abi::runtime_functions::closure_flags::{ARROW, METHOD, STRICT};
    /// A builtin implemented by a [`super::NativeFn`].
    pub const NATIVE: u32 = 1 << 8;
    /// A builtin that may be used with `new` (has a `ctor`, or acts like a
    /// compiled constructor).
    pub const CONSTRUCTOR: u32 = 1 << 9;
    /// A `class` constructor (inspect prints `[class X]`).
    pub const CLASS: u32 = 1 << 10;
}

#[repr(C)]
pub struct JsFunction {
    pub obj: JsObject,
    pub code: JsFn,
    pub native: Option<NativeFn>,
    pub ctor: Option<NativeCtor>,
    /// A string value.
    pub name: Value,
    pub length: u32,
    pub flags: u32,
    /// `TAG_CELL` values, one per captured variable.
    pub captures: ValueVec,
    /// Byte range of the function's text in the program source (empty for natives).
    pub source_range: (u32, u32),
}

/// A closure cell: a boxed variable shared between closures.
#[repr(C)]
pub struct JsCell {
    pub hdr: GcHeader,
    /// At [`abi::CELL_VALUE_OFFSET`]; generated code loads and stores it directly.
    pub value: Value,
}

const _: () = assert!(std::mem::offset_of!(JsCell, value) == abi::CELL_VALUE_OFFSET as usize);

pub fn new_cell(v: Value) -> Value {
    let p = gc::alloc(JsCell { hdr: GcHeader::new(Kind::Cell), value: v });
    Value(abi::TAG_CELL | p as u64)
}

pub fn cell_get(cell: Value) -> Value {
    // SAFETY: a TAG_CELL value from `new_cell` points at a live JsCell.
    unsafe { (*(cell.heap_ptr() as *mut JsCell)).value }
}

pub fn cell_set(cell: Value, v: Value) {
    // SAFETY: as in `cell_get`.
    unsafe { (*(cell.heap_ptr() as *mut JsCell)).value = v }
}

/// A new function object (compiled code or raw native code).
pub fn new_function(code: JsFn, name: Value, length: u32, captures: Box<[Value]>, flags: u32) -> Obj {
    let name = if name.is_string() { name } else { atom(K::empty).value() };
    let n = captures.len();
    let f = object::alloc_with(Kind::Function, Some(realm().function_proto), |obj| JsFunction {
        obj,
        code,
        native: None,
        ctor: None,
        name,
        length,
        flags,
        captures: ValueVec::from_vec(captures.into_vec()),
        source_range: (0, 0),
    });
    if n > 0 {
        gc::note_external(n * 8);
    }
    f
}

/// A builtin function implemented by `f`.
pub fn new_native(name: &str, length: u32, f: NativeFn) -> Obj {
    let o = new_function(native_trampoline, string::intern_str(name).value(), length, Box::new([]), fflags::NATIVE);
    o.function().native = Some(f);
    o
}

/// A builtin constructor: `call` runs for `F(...)`, `ctor` for `new F(...)`.
/// Its `prototype` property is `proto` (non-writable, as for the builtins),
/// and `proto.constructor` links back.
pub fn new_native_ctor(name: &str, length: u32, call: NativeFn, ctor: NativeCtor, proto: Obj) -> Obj {
    let o = new_native(name, length, call);
    let f = o.function();
    f.ctor = Some(ctor);
    f.flags |= fflags::CONSTRUCTOR;
    o.define_atom(atom(K::prototype), proto.value(), 0);
    proto.define_atom(atom(K::constructor), o.value(), attr::HIDDEN);
    o
}

/// The JsFn of every native: unpacks the arguments and calls the `NativeFn`.
unsafe extern "C" fn native_trampoline(callee: u64, this: u64, argv: *const u64, argc: u32) -> u64 {
    let f = Obj::from_value(Value(callee)).function();
    let Some(native) = f.native else {
        return Value::UNDEFINED.0;
    };
    let args: &[Value] = if argc == 0 {
        &[]
    } else {
        // SAFETY: callers pass `argc` readable values at `argv` (the generic
        // calling convention); `Value` is a transparent u64.
        unsafe { std::slice::from_raw_parts(argv as *const Value, argc as usize) }
    };
    match native(Value(this), args) {
        Ok(v) => v.0,
        Err(_) => abi::EXCEPTION,
    }
}

/// Creates the lazy `length`, `name` and `prototype` own properties.
pub fn materialize_props(o: Obj) {
    o.set_flag(oflags::LAZY_DONE);
    let f = o.function();
    let (length, name, flags) = (f.length, f.name, f.flags);
    o.define_atom(atom(K::length), Value::uint(length), attr::CONFIGURABLE);
    o.define_atom(atom(K::name), name, attr::CONFIGURABLE);
    if flags & (fflags::NATIVE | closure_flags::ARROW | closure_flags::METHOD | closure_flags::STRICT | fflags::CLASS)
        == 0
    {
        // V8's own `arguments` and `caller` of sloppy functions (strict ones,
        // arrows, methods and builtins inherit Function.prototype's throwing
        // accessors). dxl does not track callers: both stay null.
        o.define_atom(atom(K::arguments), Value::NULL, 0);
        o.define_atom(atom(K::caller), Value::NULL, 0);
    }
    if flags & (fflags::NATIVE | closure_flags::ARROW | closure_flags::METHOD) == 0 {
        let proto = object::new_object();
        proto.define_atom(atom(K::constructor), o.value(), attr::HIDDEN);
        o.define_atom(atom(K::prototype), proto.value(), attr::WRITABLE);
    }
}

/// The function's name as a Rust string.
pub fn name_of(o: Obj) -> String {
    if o.flags() & oflags::LAZY_DONE != 0
        && let Some((v, _)) = object::get_own_property(o, PropKey::Atom(atom(K::name)))
    {
        return if v.is_string() { v.as_str().to_rust_string() } else { String::new() };
    }
    let n = o.function().name;
    if n.is_string() { n.as_str().to_rust_string() } else { String::new() }
}

/// Throws RangeError when the native stack is nearly exhausted.
#[inline]
pub fn check_stack() -> Result<(), Thrown> {
    let here = 0u8;
    let addr = &here as *const u8 as u64;
    // SAFETY: plain read of a u64 global written only at startup.
    let limit = unsafe { crate::start::dxl_rt_stack_limit };
    if addr < limit {
        return Err(error::throw_range_error("Maximum call stack size exceeded"));
    }
    Ok(())
}

/// The `this` a function sees (§10.2.1.2 OrdinaryCallBindThis): sloppy
/// functions get the global object for undefined/null and wrappers for primitives.
#[inline]
fn bind_this(flags: u32, this: Value) -> JsResult<Value> {
    if flags & (closure_flags::ARROW | closure_flags::STRICT | fflags::NATIVE) != 0 || this.is_object() {
        return Ok(this);
    }
    if this.is_nullish() {
        return Ok(value::global_this());
    }
    Ok(value::to_object(this)?.value())
}

/// Call(F, this, args) for a value known to be a function.
pub fn call_function(f: Obj, this: Value, args: &[Value]) -> JsResult<Value> {
    let fd = f.function();
    // Compiled code checks the stack on entry itself, so its RangeError's
    // first frame is the function, as in Node.
    if fd.flags & fflags::NATIVE != 0 {
        check_stack()?;
    }
    let this = bind_this(fd.flags, this)?;
    let code = fd.code;
    // SAFETY: `code` has the generic JsFn convention; `args` provides `len` values.
    let r = unsafe { code(f.value().0, this.0, args.as_ptr() as *const u64, args.len() as u32) };
    if r == abi::EXCEPTION { Err(Thrown::pending()) } else { Ok(Value(r)) }
}

/// Call(F, this, args): TypeError when `callee` is not callable.
pub fn call(callee: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    match callee.obj() {
        Some(f) if f.is_function() => call_function(f, this, args),
        _ => Err(error::throw_type_error(format!("{} is not a function", describe(callee)))),
    }
}

/// Like [`call`], with the callee expression's text for the error message.
pub fn call_described(callee: Value, this: Value, args: &[Value], desc: Value) -> JsResult<Value> {
    match callee.obj() {
        Some(f) if f.is_function() => call_function(f, this, args),
        _ => Err(error::throw_type_error(format!("{} is not a function", describe_or(desc, callee)))),
    }
}

fn describe_or(desc: Value, v: Value) -> String {
    if desc.is_string() && !desc.as_str().is_empty() { desc.as_str().to_rust_string() } else { describe(v) }
}

/// Whether `v` can be used with `new`.
pub fn is_constructor(v: Value) -> bool {
    match v.obj() {
        Some(f) if f.is_function() => {
            let fl = f.function().flags;
            if fl & fflags::NATIVE != 0 {
                fl & fflags::CONSTRUCTOR != 0
            } else {
                fl & (closure_flags::ARROW | closure_flags::METHOD) == 0
            }
        }
        _ => false,
    }
}

/// Construct(F, args) (the `new` operator); `desc` describes the callee for errors.
pub fn construct(callee: Value, args: &[Value], desc: Value) -> JsResult<Value> {
    if !is_constructor(callee) {
        return Err(error::throw_type_error(format!("{} is not a constructor", describe_or(desc, callee))));
    }
    let f = callee.as_obj();
    if let Some(ctor) = f.function().ctor {
        check_stack()?;
        return ctor(args, f);
    }
    let proto = f.get_atom(atom(K::prototype))?;
    let proto = proto.obj().unwrap_or(realm().object_proto);
    let this = object::new_object_with_room(Some(proto), object::INLINE_ROOM);
    let code = f.function().code;
    if f.function().flags & fflags::NATIVE != 0 {
        check_stack()?;
    }
    // SAFETY: as in `call_function`; constructors see `this` unchanged.
    let r = unsafe { code(f.value().0, this.value().0, args.as_ptr() as *const u64, args.len() as u32) };
    if r == abi::EXCEPTION {
        return Err(Thrown::pending());
    }
    let r = Value(r);
    Ok(if r.is_object() { r } else { this.value() })
}

/// The prototype for an object created by `new new_target(...)`, falling back
/// to `default` when `new_target.prototype` is not an object.
pub fn prototype_from(new_target: Obj, default: Obj) -> JsResult<Obj> {
    Ok(new_target.get_atom(atom(K::prototype))?.obj().unwrap_or(default))
}

/// How V8 names a value in "x is not a function" when no source text is known.
pub fn describe(v: Value) -> String {
    if v.is_string() {
        return v.as_str().to_rust_string();
    }
    match v.obj() {
        None => value::to_rust_string(v).unwrap_or_default(),
        Some(o) if o.is_array() => "[object Array]".to_owned(),
        Some(o) if o.is_function() => format!("function {}", name_of(o)),
        Some(o) => format!("#<{}>", constructor_name(o).unwrap_or_else(|| "Object".to_owned())),
    }
}

/// The `name` of the first `constructor` found on the prototype chain of `o`
/// (without running getters), as Node's `getConstructorName` does.
pub fn constructor_name(o: Obj) -> Option<String> {
    let mut p = Some(o);
    while let Some(q) = p {
        if let Some((c, flags)) = object::get_own_property(q, PropKey::Atom(atom(K::constructor)))
            && flags & attr::ACCESSOR == 0
            && let Some(cf) = c.obj()
            && cf.is_function()
        {
            let n = name_of(cf);
            if !n.is_empty() {
                return Some(n);
            }
        }
        p = q.proto();
    }
    None
}

/// Function.prototype.apply's CreateListFromArrayLike.
/// The list is rooted: it may be passed as the arguments of a call.
pub fn list_from_array_like(v: Value) -> JsResult<RootedVec> {
    let mut out = RootedVec::new();
    if v.is_nullish() {
        return Ok(out);
    }
    let Some(o) = v.obj() else {
        return Err(error::throw_type_error("CreateListFromArrayLike called on non-object"));
    };
    if o.is_array() {
        let n = crate::array::length(o);
        out.reserve(n.min(1 << 16) as usize);
        for i in 0..n {
            out.push(o.get_index(i)?);
        }
        return Ok(out);
    }
    let len = value::to_integer_or_infinity(o.get_atom(atom(K::length))?)?.clamp(0.0, u32::MAX as f64) as u32;
    for i in 0..len {
        out.push(o.get_index(i)?);
    }
    Ok(out)
}

/// `Function.prototype.toString` text.
pub fn source_text(o: Obj) -> String {
    let f = o.function();
    let (start, end) = f.source_range;
    if end > start
        && let Some(text) = crate::start::source_slice(start as usize, end as usize)
    {
        return text.to_string();
    }
    if f.flags & fflags::CLASS != 0 {
        return format!("class {} {{ }}", name_of(o));
    }
    format!("function {}() {{ [native code] }}", name_of(o))
}

// Generated code calls compiled closures directly (see `dxl_abi::value`).
const _: () = {
    use dxl_abi::value as abi;
    assert!(std::mem::offset_of!(JsFunction, code) == abi::FUNCTION_CODE_OFFSET as usize);
    assert!(std::mem::offset_of!(JsFunction, flags) == abi::FUNCTION_FLAGS_OFFSET as usize);
    assert!(std::mem::offset_of!(JsFunction, captures) == abi::FUNCTION_CAPTURES_OFFSET as usize);
    assert!(fflags::NATIVE == abi::FUNCTION_FLAG_NATIVE);
    assert!(crate::gc::Kind::Function as u8 == abi::KIND_FUNCTION);
};
