//! The standard library, installed into the realm by [`install_all`].
//!
//! Builtins are declarative tables, QuickJS-style: a [`Method`] is
//! `(name, native, length)`, and [`install_methods`] puts a table on an object
//! as non-enumerable properties (so `for-in` and `console.log` skip them).
//!
//! To add a group of builtins, write `builtins/<area>.rs` with a
//! `pub fn install()` that builds its tables on the realm's objects, declare the
//! module here and call it from [`install_all`]. A native is a plain function:
//!
//! ```ignore
//! fn string_at(this: Value, args: &[Value]) -> JsResult<Value> {
//!     let s = this_string(this, "String.prototype.at")?;
//!     let i = to_integer_or_infinity(arg(args, 0))?;
//!     ...
//! }
//! ```

pub mod array;
pub mod array_ctor;
pub mod error;
pub mod function;
pub mod global;
pub mod math;
pub mod number;
pub mod object;
pub mod primitive;
pub mod string;

use crate::function::{NativeFn, new_native};
use crate::object::{Obj, attr};
use crate::string::intern_str;
use crate::value::Value;

/// `(name, implementation, length)` of a builtin method.
pub type Method = (&'static str, NativeFn, u32);

/// Defines each method of the table on `target`, non-enumerable.
pub fn install_methods(target: Obj, methods: &[Method]) {
    for &(name, f, length) in methods {
        let func = new_native(name, length, f);
        target.define_atom(intern_str(name), func.value(), attr::HIDDEN);
    }
}

/// Defines plain values on `target` with the given attributes.
pub fn install_values(target: Obj, values: &[(&str, Value)], flags: u8) {
    for &(name, v) in values {
        target.define_atom(intern_str(name), v, flags);
    }
}

/// Defines a global binding (non-enumerable, as the builtin globals are).
pub fn define_global(name: &str, v: Value) {
    crate::realm::realm().global.define_atom(intern_str(name), v, attr::HIDDEN);
}

/// Installs every builtin group. Order matters only where one group looks up
/// another's objects (constructors before the methods that reference them).
pub fn install_all() {
    object::install();
    function::install();
    error::install();
    array_ctor::install();
    primitive::install();
    string::install();
    number::install();
    math::install();
    global::install();
    array::install();
    crate::console::install();
    install_globals();
}

fn install_globals() {
    let r = crate::realm::realm();
    let g = r.global;
    define_global("globalThis", g.value());
    install_values(
        g,
        &[
            ("undefined", Value::UNDEFINED),
            ("NaN", Value::number(f64::NAN)),
            ("Infinity", Value::number(f64::INFINITY)),
        ],
        0,
    );
}

#[cfg(test)]
mod tests {
    use crate::console::inspect_value;
    use crate::function;
    use crate::object::{Obj, PropKey};
    use crate::realm::realm;
    use crate::string::{Str, intern_str};
    use crate::testing::with_runtime;
    use crate::value::{JsResult, Value, to_rust_string};

    fn global(name: &str) -> Value {
        realm().global.get_atom(intern_str(name)).unwrap()
    }

    fn method(target: Value, name: &str) -> Value {
        crate::object::get_value(target, PropKey::from_string(Str::new(name))).unwrap()
    }

    fn invoke(target: Value, name: &str, args: &[Value]) -> JsResult<Value> {
        function::call(method(target, name), target, args)
    }

    fn text(v: JsResult<Value>) -> String {
        to_rust_string(v.unwrap()).unwrap()
    }

    fn s(x: &str) -> Value {
        Str::new(x).value()
    }

    fn message_of_pending() -> String {
        let e = crate::error::take_pending();
        text(e.as_obj().get_atom(intern_str("message")))
    }

    #[test]
    fn array_join_and_to_string() {
        with_runtime(|| {
            let inner =
                crate::array::from_values(&[Value::int(2), crate::array::from_values(&[Value::int(3)]).value()]);
            let a = crate::array::from_values(&[
                Value::int(1),
                inner.value(),
                Value::NULL,
                Value::UNDEFINED,
                Value::HOLE,
                Value::number(1.5),
            ]);
            assert_eq!(text(invoke(a.value(), "join", &[])), "1,2,3,,,,1.5");
            assert_eq!(text(invoke(a.value(), "join", &[s(" - ")])), "1 - 2,3 -  -  -  - 1.5");
            assert_eq!(text(Ok(a.value())), "1,2,3,,,,1.5");
            // A cycle joins as "".
            crate::array::push(a, a.value()).unwrap();
            assert_eq!(text(invoke(a.value(), "join", &[])), "1,2,3,,,,1.5,");
            let array_ctor = global("Array");
            let made = function::construct(array_ctor, &[Value::int(3)], Value::UNDEFINED).unwrap();
            assert_eq!(crate::array::length(made.as_obj()), 3);
            assert_eq!(inspect_value(made).unwrap(), "[ <3 empty items> ]");
            let made = function::call(array_ctor, Value::UNDEFINED, &[Value::int(1), s("a")]).unwrap();
            assert_eq!(inspect_value(made).unwrap(), "[ 1, 'a' ]");
            assert!(function::construct(array_ctor, &[Value::number(-1.0)], Value::UNDEFINED).is_err());
            assert_eq!(message_of_pending(), "Invalid array length");
        });
    }

    #[test]
    fn object_prototype_methods() {
        with_runtime(|| {
            let o = crate::object::new_object();
            o.set_atom(intern_str("a"), Value::int(1)).unwrap();
            assert_eq!(invoke(o.value(), "hasOwnProperty", &[s("a")]).unwrap(), Value::TRUE);
            assert_eq!(invoke(o.value(), "hasOwnProperty", &[s("toString")]).unwrap(), Value::FALSE);
            assert_eq!(text(invoke(o.value(), "toString", &[])), "[object Object]");
            let tag = |v: Value| {
                let f = method(realm().object_proto.value(), "toString");
                text(function::call(f, v, &[]))
            };
            assert_eq!(tag(crate::array::new_array(0).value()), "[object Array]");
            assert_eq!(tag(Value::NULL), "[object Null]");
            assert_eq!(tag(global("Object")), "[object Function]");
            assert_eq!(tag(crate::error::new_error(crate::error::ErrorKind::Error, "x").value()), "[object Error]");
            let keys = function::call(method(global("Object"), "keys"), Value::UNDEFINED, &[o.value()]).unwrap();
            assert_eq!(inspect_value(keys).unwrap(), "[ 'a' ]");
            let proto_of = function::call(method(global("Object"), "getPrototypeOf"), Value::UNDEFINED, &[o.value()]);
            assert_eq!(proto_of.unwrap(), realm().object_proto.value());
            assert_eq!(inspect_value(o.value()).unwrap(), "{ a: 1 }");
        });
    }

    #[test]
    fn function_call_apply_bind_to_string() {
        with_runtime(|| {
            let join = method(realm().array_proto.value(), "join");
            let a = crate::array::from_values(&[Value::int(1), Value::int(2)]);
            assert_eq!(text(invoke(join, "call", &[a.value(), s("+")])), "1+2");
            let args = crate::array::from_values(&[s("-")]);
            assert_eq!(text(invoke(join, "apply", &[a.value(), args.value()])), "1-2");
            let bound = invoke(join, "bind", &[a.value(), s("*")]).unwrap();
            assert_eq!(text(function::call(bound, Value::UNDEFINED, &[])), "1*2");
            assert_eq!(text(Ok(method(bound, "name"))), "bound join");
            assert_eq!(text(invoke(join, "toString", &[])), "function join() { [native code] }");
            assert_eq!(inspect_value(join).unwrap(), "[Function: join]");
            assert!(function::call(Value::int(5), Value::UNDEFINED, &[]).is_err());
            assert_eq!(message_of_pending(), "5 is not a function");
            let f = global("Object");
            assert_eq!(method(f, "length"), Value::int(1));
            let keys = crate::object::own_keys(f.as_obj(), false);
            let names: Vec<String> = keys.iter().take(3).map(|k| k.to_rust_string()).collect();
            assert_eq!(names, ["length", "name", "prototype"]);
        });
    }

    #[test]
    fn errors_and_wrappers() {
        with_runtime(|| {
            let type_error = global("TypeError");
            let e = function::construct(type_error, &[s("bad")], Value::UNDEFINED).unwrap();
            assert_eq!(text(Ok(e)), "TypeError: bad");
            // Without a source position the stack has no frames: Node brackets it.
            assert_eq!(inspect_value(e).unwrap(), "[TypeError: bad]");
            let e2 = function::call(global("Error"), Value::UNDEFINED, &[]).unwrap();
            assert_eq!(text(Ok(e2)), "Error");
            assert!(crate::error::is_error(e2));
            let n = function::construct(global("Number"), &[s("42")], Value::UNDEFINED).unwrap();
            assert_eq!(inspect_value(n).unwrap(), "[Number: 42]");
            assert_eq!(text(invoke(Value::int(255), "toString", &[Value::int(16)])), "ff");
            assert!(invoke(Value::int(255), "toString", &[Value::int(1)]).is_err());
            assert_eq!(message_of_pending(), "toString() radix argument must be between 2 and 36");
            let sv = function::call(global("String"), Value::UNDEFINED, &[Value::number(1.5)]).unwrap();
            assert_eq!(text(Ok(sv)), "1.5");
            let b = function::call(global("Boolean"), Value::UNDEFINED, &[s("")]).unwrap();
            assert_eq!(b, Value::FALSE);
            let sw = function::construct(global("String"), &[s("ab")], Value::UNDEFINED).unwrap();
            assert_eq!(method(sw, "length"), Value::int(2));
            assert_eq!(text(Ok(method(sw, "1"))), "b");
            assert_eq!(inspect_value(sw).unwrap(), "[String: 'ab']");
            let o: Obj = sw.as_obj();
            assert_eq!(crate::object::own_keys(o, true).len(), 2);
        });
    }
}
