//! The String, Number and Boolean constructors (conversion functions and
//! wrapper-object constructors) and the prototype methods every program needs
//! for conversions: toString and valueOf, Number.prototype.toString(radix).
//! The rest of String.prototype and Number.prototype live in
//! `builtins/string.rs` and `builtins/number.rs`.

use super::{define_global, install_methods};
use crate::error::{throw_range_error, throw_type_error};
use crate::function::{self, new_native_ctor};
use crate::gc::Kind;
use crate::number_format;
use crate::object::{self, Obj};
use crate::realm::realm;
use crate::string::{K, Str, atom};
use crate::value::{self, JsResult, Value, arg};

pub fn install() {
    let r = realm();
    let string_ctor = new_native_ctor("String", 1, string_call, string_construct, r.string_proto);
    install_methods(r.string_proto, &[("toString", string_to_string, 0), ("valueOf", string_value_of, 0)]);
    define_global("String", string_ctor.value());

    let number_ctor = new_native_ctor("Number", 1, number_call, number_construct, r.number_proto);
    install_methods(r.number_proto, &[("toString", number_to_string, 1), ("valueOf", number_value_of, 0)]);
    define_global("Number", number_ctor.value());

    let boolean_ctor = new_native_ctor("Boolean", 1, boolean_call, boolean_construct, r.boolean_proto);
    install_methods(r.boolean_proto, &[("toString", boolean_to_string, 0), ("valueOf", boolean_value_of, 0)]);
    define_global("Boolean", boolean_ctor.value());
}

/// The primitive a wrapper method works on: `this` itself, or the value of a
/// wrapper whose primitive satisfies `is`; else TypeError "<method> requires that 'this' be a <what>".
pub fn this_primitive(this: Value, is: fn(Value) -> bool, method: &str, what: &str) -> JsResult<Value> {
    if is(this) {
        return Ok(this);
    }
    if let Some(o) = this.obj()
        && o.kind() == Kind::Boxed
        && is(o.boxed_value())
    {
        return Ok(o.boxed_value());
    }
    Err(throw_type_error(format!("{method} requires that 'this' be a {what}")))
}

/// `this` as a string for String.prototype methods (RequireObjectCoercible + ToString).
pub fn this_string_coerced(this: Value, method: &str) -> JsResult<Str> {
    if this.is_nullish() {
        return Err(throw_type_error(format!("{method} called on null or undefined")));
    }
    value::to_str(this)
}

fn wrapper(prim: Value, new_target: Obj, default: Obj) -> JsResult<Value> {
    let proto = function::prototype_from(new_target, default)?;
    Ok(object::new_boxed_with_proto(prim, proto).value())
}

// ---- String ----

fn string_call(_this: Value, args: &[Value]) -> JsResult<Value> {
    if args.is_empty() {
        return Ok(atom(K::empty).value());
    }
    value::to_string(args[0])
}

fn string_construct(args: &[Value], new_target: Obj) -> JsResult<Value> {
    let s = string_call(Value::UNDEFINED, args)?;
    wrapper(s, new_target, realm().string_proto)
}

fn string_to_string(this: Value, _args: &[Value]) -> JsResult<Value> {
    this_primitive(this, Value::is_string, "String.prototype.toString", "String")
}

fn string_value_of(this: Value, _args: &[Value]) -> JsResult<Value> {
    this_primitive(this, Value::is_string, "String.prototype.valueOf", "String")
}

// ---- Number ----

fn number_call(_this: Value, args: &[Value]) -> JsResult<Value> {
    if args.is_empty() {
        return Ok(Value::int(0));
    }
    value::to_numeric(args[0])
}

fn number_construct(args: &[Value], new_target: Obj) -> JsResult<Value> {
    let n = number_call(Value::UNDEFINED, args)?;
    wrapper(n, new_target, realm().number_proto)
}

fn number_value_of(this: Value, _args: &[Value]) -> JsResult<Value> {
    this_primitive(this, Value::is_number, "Number.prototype.valueOf", "Number")
}

/// Number.prototype.toString(radix) (§21.1.3.6).
fn number_to_string(this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_primitive(this, Value::is_number, "Number.prototype.toString", "Number")?;
    let r = arg(args, 0);
    let radix = if r.is_undefined() { 10.0 } else { value::to_integer_or_infinity(r)? };
    if !(2.0..=36.0).contains(&radix) {
        return Err(throw_range_error("toString() radix argument must be between 2 and 36"));
    }
    if radix == 10.0 {
        return value::to_string(x);
    }
    Ok(Str::new(&number_format::number_to_string_radix(x.as_number(), radix as u32)).value())
}

// ---- Boolean ----

fn boolean_call(_this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(value::to_boolean(arg(args, 0))))
}

fn boolean_construct(args: &[Value], new_target: Obj) -> JsResult<Value> {
    let b = boolean_call(Value::UNDEFINED, args)?;
    wrapper(b, new_target, realm().boolean_proto)
}

fn boolean_value_of(this: Value, _args: &[Value]) -> JsResult<Value> {
    this_primitive(this, Value::is_bool, "Boolean.prototype.valueOf", "Boolean")
}

fn boolean_to_string(this: Value, _args: &[Value]) -> JsResult<Value> {
    let b = this_primitive(this, Value::is_bool, "Boolean.prototype.toString", "Boolean")?;
    value::to_string(b)
}
