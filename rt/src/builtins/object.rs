//! Object and Object.prototype (§20.1).

use super::{Method, define_global, install_methods};
use crate::array;
use crate::error::throw_type_error;
use crate::function::{self, new_native_ctor};
use crate::gc::{Kind, RootedVec};
use crate::object::{self, Obj, PropKey, attr, oflags};
use crate::realm::realm;
use crate::string::{K, Str, atom};
use crate::value::{self, JsResult, Value, arg, to_object, to_property_key};

pub fn install() {
    let r = realm();
    let proto = r.object_proto;
    let ctor = new_native_ctor("Object", 1, object_call, object_construct, proto);
    r.object_ctor = ctor;
    // In V8's order, which `Object.getOwnPropertyNames(Object.prototype)` shows.
    install_methods(
        proto,
        &[
            ("__defineGetter__", define_getter, 2),
            ("__defineSetter__", define_setter, 2),
            ("hasOwnProperty", has_own_property, 1),
            ("__lookupGetter__", lookup_getter, 1),
            ("__lookupSetter__", lookup_setter, 1),
            ("isPrototypeOf", is_prototype_of, 1),
            ("propertyIsEnumerable", property_is_enumerable, 1),
            ("toString", to_string, 0),
            ("valueOf", value_of, 0),
        ],
    );
    let get_proto = function::new_native("get __proto__", 0, proto_getter);
    let set_proto = function::new_native("set __proto__", 1, proto_setter);
    object::define_accessor(
        proto,
        PropKey::Atom(atom(K::__proto__)),
        get_proto.value(),
        set_proto.value(),
        attr::CONFIGURABLE,
    );
    install_methods(proto, &[("toLocaleString", to_locale_string, 0)]);
    const STATICS: &[Method] = &[
        ("keys", keys, 1),
        ("values", values, 1),
        ("entries", entries, 1),
        ("assign", assign, 2),
        ("create", create, 2),
        ("getPrototypeOf", get_prototype_of, 1),
        ("setPrototypeOf", set_prototype_of, 2),
        ("getOwnPropertyNames", get_own_property_names, 1),
        ("getOwnPropertyDescriptor", get_own_property_descriptor, 2),
        ("getOwnPropertyDescriptors", get_own_property_descriptors, 1),
        ("defineProperty", define_property, 3),
        ("defineProperties", define_properties, 2),
        ("freeze", freeze, 1),
        ("isFrozen", is_frozen, 1),
        ("seal", seal, 1),
        ("isSealed", is_sealed, 1),
        ("hasOwn", has_own, 2),
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
    // Invoke(this, "toString"): a getter sees the primitive `this` itself.
    let f = object::get(value::to_object(this)?, PropKey::Atom(atom(K::toString)), this)?;
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

/// Whether `k` is (still) an enumerable own property of `o`: EnumerableOwnProperties
/// and Object.assign check each key when they reach it, since a getter run
/// for an earlier key may have deleted or redefined it.
fn enumerable_now(o: Obj, k: PropKey) -> bool {
    object::get_own_property(o, k).is_some_and(|(_, f)| f & attr::ENUMERABLE != 0)
}

/// All own keys of ToObject(v), for a walk that checks enumerability per key.
fn all_keys_of(v: Value) -> JsResult<(Obj, Vec<PropKey>)> {
    let o = to_object(v)?;
    Ok((o, object::own_keys(o, false)))
}

fn values(_this: Value, args: &[Value]) -> JsResult<Value> {
    let (o, ks) = all_keys_of(arg(args, 0))?;
    let out = array::new_array(ks.len());
    for k in ks {
        if !enumerable_now(o, k) {
            continue;
        }
        let v = o.get(k)?;
        array::push(out, v)?;
    }
    Ok(out.value())
}

fn entries(_this: Value, args: &[Value]) -> JsResult<Value> {
    let (o, ks) = all_keys_of(arg(args, 0))?;
    let out = array::new_array(ks.len());
    for k in ks {
        if !enumerable_now(o, k) {
            continue;
        }
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
        let (s, ks) = all_keys_of(src)?;
        for k in ks {
            if !enumerable_now(s, k) {
                continue;
            }
            let v = s.get(k)?;
            // Set(to, key, value, true): a refused write throws.
            object::set_value_in(target.value(), k, v, true)?;
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
        define_all(o, props)?;
    }
    Ok(o.value())
}

/// ObjectDefineProperties (§20.1.2.3.1): every descriptor is read and
/// checked before the first property is defined.
fn define_all(o: Obj, props: Value) -> JsResult<()> {
    let props = to_object(props)?;
    let mut descriptors = Vec::new();
    // A descriptor's fields may come from getters: nothing else holds them.
    let mut held = RootedVec::new();
    for k in object::own_keys(props, true) {
        let desc = to_descriptor(props.get(k)?)?;
        held.extend([desc.value, desc.get, desc.set].into_iter().flatten());
        descriptors.push((k, desc));
    }
    for (k, desc) in descriptors {
        define_or_throw(o, k, &desc)?;
    }
    Ok(())
}

fn define_properties(_this: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    let Some(o) = target.obj() else {
        return Err(throw_type_error("Object.defineProperties called on non-object"));
    };
    define_all(o, arg(args, 1))?;
    Ok(target)
}

fn get_prototype_of(_this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(arg(args, 0))?;
    Ok(o.proto().map_or(Value::NULL, Obj::value))
}

fn set_prototype_of(_this: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    if target.is_nullish() {
        return Err(throw_type_error("Object.setPrototypeOf called on null or undefined"));
    }
    let proto = proto_arg(arg(args, 1), "")?;
    if let Some(o) = target.obj() {
        set_prototype_or_throw(o, proto)?;
    }
    Ok(target)
}

/// [[SetPrototypeOf]] (§10.1.2.1 OrdinarySetPrototypeOf) with V8's TypeError
/// when it is refused: an object that may not grow, a cycle, or
/// Object.prototype, whose prototype is immutable (§10.4.7).
pub(crate) fn set_prototype_or_throw(o: Obj, proto: Option<Obj>) -> JsResult<()> {
    if o.proto() == proto {
        return Ok(());
    }
    if o == realm().object_proto {
        return Err(throw_type_error("Immutable prototype object 'Object.prototype' cannot have their prototype set"));
    }
    if o.flags() & oflags::NOT_EXTENSIBLE != 0 {
        let shown = if o.is_function() { function::source_text(o) } else { crate::builtins::array::describe_object(o) };
        return Err(throw_type_error(format!("{shown} is not extensible")));
    }
    let mut p = proto;
    while let Some(q) = p {
        if q == o {
            return Err(throw_type_error("Cyclic __proto__ value"));
        }
        p = q.proto();
    }
    o.set_proto(proto);
    Ok(())
}

/// `get Object.prototype.__proto__` (§20.1.3.8.1).
fn proto_getter(this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(to_object(this)?.proto().map_or(Value::NULL, Obj::value))
}

/// `set Object.prototype.__proto__` (§20.1.3.8.2): values other than
/// objects and null are ignored, as are primitive receivers.
fn proto_setter(this: Value, args: &[Value]) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(throw_type_error("set Object.prototype.__proto__ called on null or undefined"));
    }
    let proto = arg(args, 0);
    if let Some(o) = this.obj()
        && (proto.is_object() || proto.is_null())
    {
        set_prototype_or_throw(o, proto.obj())?;
    }
    Ok(Value::UNDEFINED)
}

/// `Object.prototype.__defineGetter__` / `__defineSetter__` (§B.2.2.2, §B.2.2.3).
fn define_accessor_half(this: Value, args: &[Value], setter: bool) -> JsResult<Value> {
    let o = to_object(this)?;
    let f = arg(args, 1);
    if !f.is_callable() {
        let name = if setter { "__defineSetter__" } else { "__defineGetter__" };
        return Err(throw_type_error(format!("Object.prototype.{name}: Expecting function")));
    }
    let mut desc = object::Descriptor { enumerable: Some(true), configurable: Some(true), ..Default::default() };
    if setter {
        desc.set = Some(f);
    } else {
        desc.get = Some(f);
    }
    let key = to_property_key(arg(args, 0))?;
    define_or_throw(o, key, &desc)?;
    Ok(Value::UNDEFINED)
}

fn define_getter(this: Value, args: &[Value]) -> JsResult<Value> {
    define_accessor_half(this, args, false)
}

fn define_setter(this: Value, args: &[Value]) -> JsResult<Value> {
    define_accessor_half(this, args, true)
}

/// `Object.prototype.__lookupGetter__` / `__lookupSetter__` (§B.2.2.4, §B.2.2.5):
/// the nearest own-or-inherited property of that name decides.
fn lookup_accessor_half(this: Value, args: &[Value], setter: bool) -> JsResult<Value> {
    let o = to_object(this)?;
    let key = to_property_key(arg(args, 0))?;
    let mut p = Some(o);
    while let Some(q) = p {
        if let Some((v, flags)) = object::get_own_property(q, key) {
            if flags & attr::ACCESSOR == 0 {
                return Ok(Value::UNDEFINED);
            }
            let (g, s) = object::accessor_parts(v);
            return Ok(if setter { s } else { g });
        }
        p = q.proto();
    }
    Ok(Value::UNDEFINED)
}

fn lookup_getter(this: Value, args: &[Value]) -> JsResult<Value> {
    lookup_accessor_half(this, args, false)
}

fn lookup_setter(this: Value, args: &[Value]) -> JsResult<Value> {
    lookup_accessor_half(this, args, true)
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

/// ToPropertyDescriptor (§6.2.6.5), with V8's messages.
fn to_descriptor(desc: Value) -> JsResult<object::Descriptor> {
    let Some(d) = desc.obj() else {
        return Err(throw_type_error(format!("Property description must be an object: {}", function::describe(desc))));
    };
    let field = |k: K| -> JsResult<Option<Value>> {
        let k = PropKey::Atom(atom(k));
        if object::has_property(d, k) { d.get(k).map(Some) } else { Ok(None) }
    };
    let accessor = |k: K, what: &str| -> JsResult<Option<Value>> {
        let f = field(k)?;
        if let Some(f) = f
            && !f.is_undefined()
            && !f.is_callable()
        {
            return Err(throw_type_error(format!("{what} must be a function: {}", function::describe(f))));
        }
        Ok(f)
    };
    let out = object::Descriptor {
        enumerable: field(K::enumerable)?.map(value::to_boolean),
        configurable: field(K::configurable)?.map(value::to_boolean),
        value: field(K::value)?,
        writable: field(K::writable)?.map(value::to_boolean),
        get: accessor(K::get, "Getter")?,
        set: accessor(K::set, "Setter")?,
    };
    if out.is_accessor() && out.is_data() {
        return Err(throw_type_error(format!(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {}",
            function::describe(desc)
        )));
    }
    Ok(out)
}

/// DefinePropertyOrThrow (§7.3.8) with V8's messages.
fn define_or_throw(o: Obj, key: PropKey, desc: &object::Descriptor) -> JsResult<()> {
    let existed = object::has_own(o, key);
    if object::define_own_property(o, key, desc)? {
        return Ok(());
    }
    let key = key.to_rust_string();
    Err(throw_type_error(if existed {
        format!("Cannot redefine property: {key}")
    } else {
        format!("Cannot define property {key}, object is not extensible")
    }))
}

/// FromPropertyDescriptor (§6.2.6.4) of an own property, or undefined.
fn descriptor_object(o: Obj, key: PropKey) -> JsResult<Value> {
    let Some((v, flags)) = object::get_own_property(o, key) else {
        return Ok(Value::UNDEFINED);
    };
    let out = object::new_object();
    let put = |k: K, v: Value| out.define_atom(atom(k), v, attr::DEFAULT);
    if flags & attr::ACCESSOR != 0 {
        let (g, s) = object::accessor_parts(v);
        put(K::get, g);
        put(K::set, s);
    } else {
        put(K::value, v);
        put(K::writable, Value::bool(flags & attr::WRITABLE != 0));
    }
    put(K::enumerable, Value::bool(flags & attr::ENUMERABLE != 0));
    put(K::configurable, Value::bool(flags & attr::CONFIGURABLE != 0));
    Ok(out.value())
}

fn get_own_property_descriptor(_this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(arg(args, 0))?;
    let key = to_property_key(arg(args, 1))?;
    descriptor_object(o, key)
}

fn get_own_property_descriptors(_this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(arg(args, 0))?;
    let out = object::new_object();
    for k in object::own_keys(o, false) {
        let d = descriptor_object(o, k)?;
        if !d.is_undefined() {
            out.define(k, d, attr::DEFAULT);
        }
    }
    Ok(out.value())
}

fn define_property(_this: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    let Some(o) = target.obj() else {
        return Err(throw_type_error("Object.defineProperty called on non-object"));
    };
    let key = to_property_key(arg(args, 1))?;
    let desc = to_descriptor(arg(args, 2))?;
    define_or_throw(o, key, &desc)?;
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
    object::materialize(o);
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

/// Object.hasOwn (§20.1.2.13).
fn has_own(_this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(arg(args, 0))?;
    let key = to_property_key(arg(args, 1))?;
    Ok(Value::bool(object::has_own(o, key)))
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
