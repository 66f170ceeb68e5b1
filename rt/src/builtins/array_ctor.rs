//! The Array constructor, Array.isArray, and the Array.prototype methods that
//! string conversion needs: join, toString and toLocaleString (§23.1). The rest of
//! Array.prototype lives in `builtins/array.rs`.

use super::{define_global, install_methods};
use crate::array;
use crate::error::throw_range_error;
use crate::function::{self, new_native_ctor};
use crate::gc;
use crate::global::Global;
use crate::object::{self, Obj, PropKey};
use crate::realm::realm;
use crate::string::{self, K, Str, atom};
use crate::value::{self, JsResult, Value, arg, to_object};

pub fn install() {
    let r = realm();
    let proto = r.array_proto;
    let ctor = new_native_ctor("Array", 1, array_call, array_construct, proto);
    r.array_ctor = ctor;
    install_methods(ctor, &[("isArray", is_array, 1)]);
    install_methods(proto, &[("join", join, 1), ("toLocaleString", to_locale_string, 0), ("toString", to_string, 0)]);
    define_global("Array", ctor.value());
}

fn array_call(_this: Value, args: &[Value]) -> JsResult<Value> {
    array_construct(args, realm().array_ctor)
}

/// Array(len) / Array(a, b, ...) (§23.1.1.1).
fn array_construct(args: &[Value], new_target: Obj) -> JsResult<Value> {
    let a = if args.len() == 1 && args[0].is_number() {
        let n = args[0].as_number();
        let len = n as u32;
        if len as f64 != n {
            return Err(throw_range_error("Invalid array length"));
        }
        array::with_length(len)
    } else {
        array::from_values(args)
    };
    if new_target != realm().array_ctor {
        a.set_proto(Some(function::prototype_from(new_target, realm().array_proto)?));
    }
    Ok(a.value())
}

fn is_array(_this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).obj().is_some_and(|o| o.is_array())))
}

/// Arrays being joined right now: a cycle joins as "" (as V8 does).
static JOIN_STACK: Global<Vec<Value>> = Global::new(Vec::new());

/// Array.prototype.join (§23.1.3.18).
pub fn join(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let sep = arg(args, 0);
    let sep = if sep.is_undefined() { string::single_char(b',' as u16) } else { value::to_str(sep)? };
    Ok(join_with(o, sep)?.value())
}

/// Joins the elements of an array-like with `sep`; undefined and null become "".
pub fn join_with(o: Obj, sep: Str) -> JsResult<Str> {
    join_converted(o, sep, value::to_str)
}

/// Joins the elements of an array-like with `sep`, each turned into a string
/// by `convert`; undefined and null become "", and an array already being
/// joined (a cycle) becomes "".
fn join_converted(o: Obj, sep: Str, convert: impl Fn(Value) -> JsResult<Str>) -> JsResult<Str> {
    let stack = JOIN_STACK.get();
    if stack.contains(&o.value()) {
        return Ok(atom(K::empty).str());
    }
    function::check_stack()?;
    let len = if o.is_array() { array::length(o) } else { value::to_uint32(o.get(PropKey::Atom(atom(K::length)))?)? };
    JOIN_STACK.get().push(o.value());
    let r = join_elements(o, len, sep, convert);
    JOIN_STACK.get().pop();
    r
}

fn join_elements(o: Obj, len: u32, sep: Str, convert: impl Fn(Value) -> JsResult<Str>) -> JsResult<Str> {
    // Only the elements that exist are visited (holes of a dense or sparse
    // array read as undefined, which joins as ""); the strings stay rooted
    // while later elements' toString methods run.
    let mut indices: Vec<u32> = Vec::new();
    let mut strs = gc::RootedVec::new();
    strs.push(sep.value());
    super::array::for_each_present(o, len as u64, |i, v| {
        if !v.is_nullish() {
            let s = convert(v)?;
            if !s.is_empty() {
                indices.push(i as u32);
                strs.push(s.value());
            }
        }
        Ok(())
    })?;
    let parts: Vec<Str> = strs.iter().skip(1).map(|v| v.as_str()).collect();
    string::join_indexed(&indices, &parts, len, sep)
}

/// Array.prototype.toLocaleString (§23.1.3.32 with ECMA-402 §19.5.1): each
/// element's own `toLocaleString`, called with this call's arguments, joined
/// by ","; undefined and null become "".
fn to_locale_string(this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let sep = string::single_char(b',' as u16);
    let method = string::intern_str("toLocaleString");
    let convert = |v: Value| {
        let f = object::get_value(v, PropKey::Atom(method))?;
        value::to_str(function::call(f, v, args)?)
    };
    Ok(join_converted(o, sep, convert)?.value())
}

/// Array.prototype.toString (§23.1.3.36): join, or Object.prototype.toString.
fn to_string(this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = to_object(this)?;
    let j = o.get_atom(atom(K::join))?;
    if j.is_callable() {
        return function::call(j, o.value(), &[]);
    }
    Ok(Str::new(&format!("[object {}]", super::object::builtin_tag(o.value()))).value())
}
