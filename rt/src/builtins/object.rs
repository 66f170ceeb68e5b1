//! Object and Object.prototype (§20.1).

use super::{Method, define_global, install_methods};
use crate::array;
use crate::error::throw_type_error;
use crate::function::{self, new_native_ctor};
use crate::gc::Kind;
use crate::object::{self, Obj, PropKey, attr, oflags};
use crate::realm::realm;
use crate::string::{K, Str, atom};
use crate::value::{self, JsResult, Value, arg, to_object, to_property_key};

pub fn install() {
    let r = realm();
    let proto = r.object_proto;
    let ctor = new_native_ctor("Object", 1, object_call, object_construct, proto);
    r.object_ctor = ctor;
    install_methods(
        proto,
        &[
            ("hasOwnProperty", has_own_property, 1),
            ("isPrototypeOf", is_prototype_of, 1),
            ("propertyIsEnumerable", property_is_enumerable, 1),
            ("toString", to_string, 0),
            ("toLocaleString", to_locale_string, 0),
            ("valueOf", value_of, 0),
        ],
    );
    const STATICS: &[Method] = &[
        ("keys", keys, 1),
        ("values", values, 1),
        ("entries", entries, 1),
        ("assign", assign, 2),
        ("create", create, 2),
        ("getPrototypeOf", get_prototype_of, 1),
        ("setPrototypeOf", set_prototype_of, 2),
        ("getOwnPropertyNames", get_own_property_names, 1),
        ("defineProperty", define_property, 3),
        ("freeze", freeze, 1),
        ("isFrozen", is_frozen, 1),
        ("seal", seal, 1),
        ("isSealed", is_sealed, 1),
        ("preventExtensions", prevent_extensions, 1),
        ("isExtensible", is_extensible, 1),
        ("is", is, 2),
    ];
    install_methods(ctor, STATICS);
    define_global("Object", ctor.value());
}

fn object_call(_this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if v.is_nullish() {
        return Ok(object::new_object().value());
    }
    Ok(to_object(v)?.value())
}

fn object_construct(args: &[Value], new_target: Obj) -> JsResult<Value> {
    if new_target != realm().object_ctor {
        let proto = function::prototype_from(new_target, realm().object_proto)?;
        return Ok(object::new_object_with_proto(Some(proto)).value());
    }
    object_call(Value::UNDEFINED, args)
}

fn has_own_property(this: Value, args: &[Value]) -> JsResult<Value> {
    let key = to_property_key(arg(args, 0))?;
    let o = to_object(this)?;
    Ok(Value::bool(object::has_own(o, key)))
}

fn is_prototype_of(this: Value, args: &[Value]) -> JsResult<Value> {
    let Some(v) = arg(args, 0).obj() else {
        return Ok(Value::FALSE);
    };
    let o = to_object(this)?;
    Ok(Value::bool(object::inherits_from(v, o)))
}

fn property_is_enumerable(this: Value, args: &[Value]) -> JsResult<Value> {
    let key = to_property_key(arg(args, 0))?;
    let o = to_object(this)?;
    Ok(Value::bool(object::get_own_property(o, key).is_some_and(|(_, f)| f & attr::ENUMERABLE != 0)))
}

/// The builtin tag of Object.prototype.toString (§20.1.3.6).
pub fn builtin_tag(v: Value) -> &'static str {
    if v.is_undefined() {
        return "Undefined";
    }
    if v.is_null() {
        return "Null";
    }
    let Some(o) = v.obj() else {
        return if v.is_string() {
            "String"
        } else if v.is_number() {
            "Number"
        } else if v.is_bool() {
            "Boolean"
        } else {
            "Object"
        };
    };
    match o.kind() {
        Kind::Array => "Array",
        Kind::Function => "Function",
        Kind::Error => "Error",
        Kind::Boxed => builtin_tag(o.boxed_value()),
        _ => "Object",
    }
}

fn to_string(this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(Str::new(&format!("[object {}]", builtin_tag(this))).value())
}

fn to_locale_string(this: Value, _args: &[Value]) -> JsResult<Value> {
    let f = value::to_object(this)?.get_atom(atom(K::toString))?;
    function::call(f, this, &[])
}

fn value_of(this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(to_object(this)?.value())
}

// ---- Statics ----

fn keys_of(v: Value) -> JsResult<(Obj, Vec<PropKey>)> {
    let o = to_object(v)?;
    Ok((o, object::own_keys(o, true)))
}

fn keys(_this: Value, args: &[Value]) -> JsResult<Value> {
    let (_, ks) = keys_of(arg(args, 0))?;
    let out = array::new_array(ks.len());
    for k in ks {
        array::push(out, k.to_value())?;
    }
    Ok(out.value())
}

fn values(_this: Value, args: &[Value]) -> JsResult<Value> {
    let (o, ks) = keys_of(arg(args, 0))?;
    let out = array::new_array(ks.len());
    for k in ks {
        let v = o.get(k)?;
        array::push(out, v)?;
    }
    Ok(out.value())
}

fn entries(_this: Value, args: &[Value]) -> JsResult<Value> {
    let (o, ks) = keys_of(arg(args, 0))?;
    let out = array::new_array(ks.len());
    for k in ks {
        let v = o.get(k)?;
        let pair = array::from_values(&[k.to_value(), v]);
        array::push(out, pair.value())?;
    }
    Ok(out.value())
}

fn assign(_this: Value, args: &[Value]) -> JsResult<Value> {
    let target = to_object(arg(args, 0))?;
    for &src in args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let (s, ks) = keys_of(src)?;
        for k in ks {
            let v = s.get(k)?;
            object::set(target, k, v)?;
        }
    }
    Ok(target.value())
}

fn proto_arg(v: Value, what: &str) -> JsResult<Option<Obj>> {
    if v.is_null() {
        return Ok(None);
    }
    match v.obj() {
        Some(o) => Ok(Some(o)),
        None => Err(throw_type_error(format!(
            "Object prototype may only be an Object or null: {}",
            if what.is_empty() { function::describe(v) } else { what.to_owned() }
        ))),
    }
}

fn create(_this: Value, args: &[Value]) -> JsResult<Value> {
    let proto = proto_arg(arg(args, 0), "")?;
    let o = object::new_object_with_proto(proto);
    let props = arg(args, 1);
    if !props.is_undefined() {
        define_properties(o, props)?;
    }
    Ok(o.value())
}

fn define_properties(o: Obj, props: Value) -> JsResult<()> {
    let (p, ks) = keys_of(props)?;
    for k in ks {
        let desc = p.get(k)?;
        define_from_descriptor(o, k, desc)?;
    }
    Ok(())
}

fn get_prototype_of(_this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(arg(args, 0))?;
    Ok(o.proto().map_or(Value::NULL, Obj::value))
}

fn set_prototype_of(_this: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    let proto = proto_arg(arg(args, 1), "")?;
    if let Some(o) = target.obj() {
        let mut p = proto;
        while let Some(q) = p {
            if q == o {
                return Err(throw_type_error("Cyclic __proto__ value"));
            }
            p = q.proto();
        }
        o.set_proto(proto);
    }
    Ok(target)
}

fn get_own_property_names(_this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(arg(args, 0))?;
    let ks = object::own_keys(o, false);
    let out = array::new_array(ks.len());
    for k in ks {
        array::push(out, k.to_value())?;
    }
    Ok(out.value())
}

/// Applies a property descriptor object (ToPropertyDescriptor + DefineOwnProperty, simplified).
fn define_from_descriptor(o: Obj, key: PropKey, desc: Value) -> JsResult<()> {
    let Some(d) = desc.obj() else {
        return Err(throw_type_error(format!(
            "Property description must be an object: {}",
            value::to_rust_string(desc)?
        )));
    };
    let flag = |name: &str| -> JsResult<Option<bool>> {
        let k = PropKey::Atom(crate::string::intern_str(name));
        if object::has_property(d, k) { Ok(Some(value::to_boolean(d.get(k)?))) } else { Ok(None) }
    };
    let existing = object::get_own_property(o, key);
    if o.is_array() {
        array::check_define(o, key, existing.is_some())?;
    }
    let old = existing.map_or(0, |(_, f)| f);
    let pick = |v: Option<bool>, bit: u8| match v {
        Some(true) => bit,
        Some(false) => 0,
        None => old & bit,
    };
    let mut flags = pick(flag("enumerable")?, attr::ENUMERABLE) | pick(flag("configurable")?, attr::CONFIGURABLE);
    let getter_key = PropKey::Atom(atom(K::get));
    let setter_key = PropKey::Atom(atom(K::set));
    if object::has_property(d, getter_key) || object::has_property(d, setter_key) {
        let g = d.get(getter_key)?;
        let s = d.get(setter_key)?;
        for f in [g, s] {
            if !f.is_undefined() && !f.is_callable() {
                return Err(throw_type_error(format!("Getter must be a function: {}", function::describe(f))));
            }
        }
        object::define_accessor(o, key, g, s, flags);
        return Ok(());
    }
    flags |= pick(flag("writable")?, attr::WRITABLE);
    let value_key = PropKey::Atom(atom(K::value));
    let v = if object::has_property(d, value_key) {
        d.get(value_key)?
    } else {
        existing.map_or(Value::UNDEFINED, |(v, _)| v)
    };
    if o.is_array() && key == PropKey::Atom(atom(K::length)) {
        return array::define_length(o, v, flags & attr::WRITABLE != 0);
    }
    object::define(o, key, v, flags);
    Ok(())
}

fn define_property(_this: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    let Some(o) = target.obj() else {
        return Err(throw_type_error("Object.defineProperty called on non-object"));
    };
    let key = to_property_key(arg(args, 1))?;
    define_from_descriptor(o, key, arg(args, 2))?;
    Ok(target)
}

fn freeze(_this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Some(o) = v.obj() {
        set_integrity_level(o, true);
    }
    Ok(v)
}

fn seal(_this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Some(o) = v.obj() {
        set_integrity_level(o, false);
    }
    Ok(v)
}

/// SetIntegrityLevel (§7.3.15): every own property non-configurable (and,
/// when `frozen`, data properties read-only), and the object not extensible.
fn set_integrity_level(o: Obj, frozen: bool) {
    if o.is_array() {
        // Elements with attributes live in the dictionary.
        array::make_sparse(o);
    }
    for (k, f) in o.named_keys() {
        let nf = if frozen && f & attr::ACCESSOR == 0 { f & attr::ENUMERABLE } else { f & !attr::CONFIGURABLE };
        if nf != f {
            let (val, _) = object::get_own_property(o, PropKey::Atom(k)).unwrap_or((Value::UNDEFINED, 0));
            if f & attr::ACCESSOR != 0 {
                let (g, s) = object::accessor_parts(val);
                object::define_accessor(o, PropKey::Atom(k), g, s, nf);
            } else {
                object::define(o, PropKey::Atom(k), val, nf);
            }
        }
    }
    if o.is_array() && frozen {
        array::make_length_readonly(o);
    }
    o.set_flag(if frozen { oflags::NOT_EXTENSIBLE | oflags::FROZEN } else { oflags::NOT_EXTENSIBLE });
}

fn is_sealed(_this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).obj().is_none_or(|o| test_integrity_level(o, false))))
}

/// TestIntegrityLevel (§7.3.16): not extensible, no own property
/// configurable, and when `frozen` no data property writable.
fn test_integrity_level(o: Obj, frozen: bool) -> bool {
    if o.flags() & oflags::FROZEN != 0 {
        return true;
    }
    if o.flags() & oflags::NOT_EXTENSIBLE == 0 {
        return false;
    }
    object::own_keys(o, false).into_iter().all(|k| {
        object::get_own_property(o, k).is_none_or(|(_, f)| {
            f & attr::CONFIGURABLE == 0 && !(frozen && f & attr::ACCESSOR == 0 && f & attr::WRITABLE != 0)
        })
    })
}

fn is_frozen(_this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).obj().is_none_or(|o| test_integrity_level(o, true))))
}

fn prevent_extensions(_this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Some(o) = v.obj() {
        o.set_flag(oflags::NOT_EXTENSIBLE);
    }
    Ok(v)
}

fn is_extensible(_this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).obj().is_some_and(|o| o.flags() & oflags::NOT_EXTENSIBLE == 0)))
}

fn is(_this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(value::same_value(arg(args, 0), arg(args, 1))))
}
