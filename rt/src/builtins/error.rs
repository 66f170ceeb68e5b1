//! Error, its native subtypes, and Error.prototype (§20.5).

use super::{define_global, install_methods, install_values};
use crate::error::{ErrorKind, error_to_string, new_error_with_proto};
use crate::function::{self, new_native_ctor};
use crate::object::{Obj, PropKey, attr};
use crate::realm::realm;
use crate::string::{K, Str, atom};
use crate::value::{self, JsResult, Value, arg};

pub fn install() {
    for kind in ErrorKind::ALL {
        let r = realm();
        let proto = r.error_protos[kind as usize];
        let (call, ctor): (function::NativeFn, function::NativeCtor) = match kind {
            ErrorKind::Error => (error_call::<0>, error_construct::<0>),
            ErrorKind::TypeError => (error_call::<1>, error_construct::<1>),
            ErrorKind::RangeError => (error_call::<2>, error_construct::<2>),
            ErrorKind::ReferenceError => (error_call::<3>, error_construct::<3>),
            ErrorKind::SyntaxError => (error_call::<4>, error_construct::<4>),
            ErrorKind::EvalError => (error_call::<5>, error_construct::<5>),
            ErrorKind::URIError => (error_call::<6>, error_construct::<6>),
        };
        let c = new_native_ctor(kind.name(), 1, call, ctor, proto);
        if kind != ErrorKind::Error {
            c.set_proto(Some(r.error_ctors[0]));
        }
        r.error_ctors[kind as usize] = c;
        install_values(
            proto,
            &[("name", Str::new(kind.name()).value()), ("message", atom(K::empty).value())],
            attr::HIDDEN,
        );
        define_global(kind.name(), c.value());
    }
    install_methods(realm().error_proto, &[("toString", to_string, 0)]);
}

fn error_call<const KIND: usize>(_this: Value, args: &[Value]) -> JsResult<Value> {
    error_construct::<KIND>(args, realm().error_ctors[KIND])
}

/// The Error constructors (§20.5.1.1): message and options.cause.
fn error_construct<const KIND: usize>(args: &[Value], new_target: Obj) -> JsResult<Value> {
    let proto = function::prototype_from(new_target, realm().error_protos[KIND])?;
    let msg = arg(args, 0);
    let message = if msg.is_undefined() { None } else { Some(value::to_str(msg)?) };
    let e = new_error_with_proto(proto, message);
    if let Some(opts) = arg(args, 1).obj() {
        let cause = PropKey::Atom(atom(K::cause));
        if crate::object::has_property(opts, cause) {
            let c = opts.get(cause)?;
            e.define(cause, c, attr::HIDDEN);
        }
    }
    Ok(e.value())
}

fn to_string(this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(error_to_string(this)?.value())
}
