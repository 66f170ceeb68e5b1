//! The realm: the global object and the intrinsic prototypes and constructors.
//!
//! Created once by [`init`] before the program runs; everything in it is a GC
//! root. Builtins are installed by [`crate::builtins::install_all`].

use crate::error::ErrorKind;
use crate::function::{self, NativeFn};
use crate::gc::{Kind, Marker};
use crate::global::Global;
use crate::object::{self, Obj};
use crate::value::{JsResult, Value};

/// The intrinsics. Fields are filled in [`init`]; add a field (and trace it in
/// [`trace_roots`]) for each new intrinsic that generated code or builtins
/// need to find without a property lookup.
pub struct Realm {
    pub global: Obj,
    pub object_proto: Obj,
    pub function_proto: Obj,
    pub array_proto: Obj,
    pub string_proto: Obj,
    pub number_proto: Obj,
    pub boolean_proto: Obj,
    /// Error.prototype (also `error_protos[ErrorKind::Error]`).
    pub error_proto: Obj,
    /// Indexed by `ErrorKind as usize`.
    pub error_protos: [Obj; 7],
    pub object_ctor: Obj,
    pub function_ctor: Obj,
    pub array_ctor: Obj,
    pub error_ctors: [Obj; 7],
    /// More intrinsics other modules keep alive (e.g. a symbol registry).
    pub extra_roots: Vec<Value>,
}

static REALM: Global<Option<Realm>> = Global::new(None);

/// The realm. Panics before [`init`].
#[inline]
pub fn realm() -> &'static mut Realm {
    match REALM.get() {
        Some(r) => r,
        None => panic!("realm used before initialization"),
    }
}

pub fn is_initialized() -> bool {
    REALM.get().is_some()
}

fn empty_fn(_this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}

/// Creates the realm and installs the builtins (idempotent).
pub fn init() {
    if REALM.get().is_some() {
        return;
    }
    crate::gc::init();
    crate::string::init();
    object::init();

    // The prototypes exist before any function does; all locals here stay on
    // the stack (conservative roots) until the realm holds them.
    let object_proto = object::new_object_with_proto(None);
    let placeholder = object_proto;
    let string_proto = object::new_boxed_with_proto(crate::string::atom(crate::string::K::empty).value(), object_proto);
    let number_proto = object::new_boxed_with_proto(Value::int(0), object_proto);
    let boolean_proto = object::new_boxed_with_proto(Value::FALSE, object_proto);
    let error_proto = object::new_object_of(Kind::Object, Some(object_proto));
    let mut error_protos = [error_proto; 7];
    for p in error_protos.iter_mut().skip(1) {
        *p = object::new_object_of(Kind::Object, Some(error_proto));
    }
    let global = object::new_object_with_proto(Some(object_proto));
    *REALM.get() = Some(Realm {
        global,
        object_proto,
        function_proto: placeholder,
        array_proto: placeholder,
        string_proto,
        number_proto,
        boolean_proto,
        error_proto,
        error_protos,
        object_ctor: placeholder,
        function_ctor: placeholder,
        array_ctor: placeholder,
        error_ctors: [placeholder; 7],
        extra_roots: Vec::new(),
    });
    // Function.prototype is itself a function (returning undefined) whose
    // prototype is Object.prototype; functions made before it exists would get
    // the placeholder, so it is created first and patched.
    let fp = function::new_native("", 0, empty_fn as NativeFn);
    fp.set_proto(Some(object_proto));
    realm().function_proto = fp;
    let array_proto = crate::array::new_array(0);
    array_proto.set_proto(Some(object_proto));
    realm().array_proto = array_proto;
    crate::builtins::install_all();
    debug_assert!(ErrorKind::ALL.len() == 7);
}

/// Marks every intrinsic.
pub fn trace_roots(m: &mut Marker) {
    let Some(r) = REALM.get() else { return };
    for o in [
        r.global,
        r.object_proto,
        r.function_proto,
        r.array_proto,
        r.string_proto,
        r.number_proto,
        r.boolean_proto,
        r.error_proto,
        r.object_ctor,
        r.function_ctor,
        r.array_ctor,
    ] {
        m.mark_value(o.value());
    }
    for o in r.error_protos.iter().chain(r.error_ctors.iter()) {
        m.mark_value(o.value());
    }
    m.mark_slice(&r.extra_roots);
}
