//! Function and Function.prototype (§20.2): call, apply, bind, toString.

use dxl_abi::value as abi;

use super::{define_global, install_methods};
use crate::error::{throw_error, throw_type_error};
use crate::function::{self, fflags, new_function, new_native_ctor};
use crate::object::{self, Obj, PropKey, attr, oflags};
use crate::realm::realm;
use crate::string::{K, Str, atom};
use crate::value::{self, JsResult, Value, arg};

pub fn install() {
    let r = realm();
    let proto = r.function_proto;
    // %ThrowTypeError% (§10.2.4): `caller` and `arguments` of strict
    // functions, arrows, methods, builtins and bound functions, which have no
    // own ones. Defined before `constructor`, in V8's key order.
    let thrower = function::new_native("", 0, throw_restricted);
    for key in [K::arguments, K::caller] {
        object::define_accessor(proto, PropKey::Atom(atom(key)), thrower.value(), thrower.value(), attr::CONFIGURABLE);
    }
    // It is frozen: its `length` (0) and `name` ("") are read-only and fixed.
    thrower.define_atom(atom(K::length), Value::uint(0), 0);
    thrower.define_atom(atom(K::name), atom(K::empty).value(), 0);
    thrower.set_flag(oflags::NOT_EXTENSIBLE | oflags::FROZEN);
    let ctor = new_native_ctor("Function", 1, function_call, function_construct, proto);
    r.function_ctor = ctor;
    install_methods(proto, &[("apply", apply, 2), ("bind", bind, 1), ("call", call, 1), ("toString", to_string, 0)]);
    define_global("Function", ctor.value());
}

fn throw_restricted(_this: Value, _args: &[Value]) -> JsResult<Value> {
    Err(throw_type_error(
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the \
         arguments objects for calls to them",
    ))
}

fn function_call(_this: Value, _args: &[Value]) -> JsResult<Value> {
    Err(throw_error("dxl: the Function constructor (code from strings) is not supported yet"))
}

fn function_construct(_args: &[Value], _new_target: Obj) -> JsResult<Value> {
    function_call(Value::UNDEFINED, &[])
}

fn this_function(this: Value, method: &str) -> JsResult<Obj> {
    match this.obj() {
        Some(f) if f.is_function() => Ok(f),
        _ => Err(throw_type_error(format!(
            "{method} was called on {}, which is not a function",
            function::describe(this)
        ))),
    }
}

/// Function.prototype.call (§20.2.3.3).
fn call(this: Value, args: &[Value]) -> JsResult<Value> {
    let f = this_function(this, "Function.prototype.call")?;
    let rest = if args.is_empty() { &[][..] } else { &args[1..] };
    function::call_function(f, arg(args, 0), rest)
}

/// Function.prototype.apply (§20.2.3.1).
fn apply(this: Value, args: &[Value]) -> JsResult<Value> {
    let f = this_function(this, "Function.prototype.apply")?;
    let list = function::list_from_array_like(arg(args, 1))?;
    function::call_function(f, arg(args, 0), &list)
}

/// Function.prototype.bind (§20.2.3.2): captures are [target, this, args...].
fn bind(this: Value, args: &[Value]) -> JsResult<Value> {
    let target = this_function(this, "Bind")?;
    let mut captures = Vec::with_capacity(args.len().max(1) + 1);
    captures.push(target.value());
    captures.push(arg(args, 0));
    captures.extend_from_slice(args.get(1..).unwrap_or(&[]));
    // Steps 5-6: the length comes from the target's own `length` property
    // (it may have been redefined, or be a getter), clamped at 0; the bound
    // arguments are counted, not `thisArg`.
    let bound_args = args.len().saturating_sub(1) as f64;
    let mut length = 0.0;
    let length_key = PropKey::Atom(atom(K::length));
    if object::has_own(target, length_key) {
        let target_len = object::get(target, length_key, target.value())?;
        if target_len.is_number() {
            let l = value::to_integer_or_infinity(target_len)?;
            length = if l == f64::NEG_INFINITY { 0.0 } else { (l - bound_args).max(0.0) };
        }
    }
    // Steps 8-9: Get(Target, "name"), "" unless it is a string.
    let target_name = object::get(target, PropKey::Atom(atom(K::name)), target.value())?;
    let target_name = if target_name.is_string() { target_name.as_str().to_rust_string() } else { String::new() };
    let name = Str::new(&format!("bound {target_name}")).value();
    let constructs = function::is_constructor(target.value());
    let flags = fflags::NATIVE | fflags::STRICT | if constructs { fflags::CONSTRUCTOR } else { 0 };
    let small_length = (length <= u32::MAX as f64).then_some(length as u32);
    let b = new_function(bound_trampoline, name, small_length.unwrap_or(0), captures.into_boxed_slice(), flags);
    if constructs {
        b.function().ctor = Some(bound_construct);
    }
    if small_length.is_none() {
        // A length beyond u32 (up to +Infinity) does not fit the lazy field.
        b.define_atom(atom(K::length), Value::number(length), attr::CONFIGURABLE);
    }
    Ok(b.value())
}

/// `new` of a bound function (§10.4.1.2 [[Construct]]): constructs the
/// target with the bound arguments first; the bound `this` is not used.
/// With no `new.target` in the language, the new object's prototype comes
/// from the innermost target's `prototype`, as the spec's new.target
/// substitution gives.
fn bound_construct(args: &[Value], bound: Obj) -> JsResult<Value> {
    let f = bound.function();
    let target = f.captures[0];
    let mut all: Vec<Value> = f.captures[2..].to_vec();
    all.extend_from_slice(args);
    // As in `bound_trampoline`, the values stay held by the captures and the caller.
    function::construct(target, &all, Value::UNDEFINED)
}

/// The code of a bound function: prepends the bound arguments.
unsafe extern "C" fn bound_trampoline(callee: u64, _this: u64, argv: *const u64, argc: u32) -> u64 {
    let f = Obj::from_value(Value(callee)).function();
    let target = f.captures[0];
    let bound_this = f.captures[1];
    let mut args: Vec<Value> = f.captures[2..].to_vec();
    if argc > 0 {
        // SAFETY: the caller passes `argc` readable values at `argv`.
        args.extend_from_slice(unsafe { std::slice::from_raw_parts(argv as *const Value, argc as usize) });
    }
    // `args` is only read by the callee's prologue; its values are also held by
    // the bound function's captures or the caller's argv, so they stay alive.
    match function::call(target, bound_this, &args) {
        Ok(v) => v.0,
        Err(_) => abi::EXCEPTION,
    }
}

fn to_string(this: Value, _args: &[Value]) -> JsResult<Value> {
    let f = this_function(this, "Function.prototype.toString")?;
    Ok(Str::new(&function::source_text(f)).value())
}

/// The target of a bound function (for `instanceof`).
pub fn bound_target(f: Obj) -> Option<Value> {
    let fd = f.function();
    (fd.code as usize == bound_trampoline as *const () as usize).then(|| fd.captures[0])
}
