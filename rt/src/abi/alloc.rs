//! Allocation (`dxl_rt_object_new`, `dxl_rt_array_new`, `dxl_rt_closure_new`, `dxl_rt_cell_new`).

use dxl_abi::runtime_functions::JsFn;

use crate::array;
use crate::function;
use crate::object;
use crate::realm::realm;
use crate::string::{K, atom};
use crate::value::{self, Value};

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_object_new() -> u64 {
    object::new_object_with_room(Some(realm().object_proto), object::INLINE_ROOM).value().0
}

/// # Safety
/// `shape` is null or a shape this function returned.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dxl_rt_layout_shape(shape: *const object::Shape, key: u64) -> *const object::Shape {
    let base = if shape.is_null() { object::root_shape() } else { shape };
    let key = value::to_property_key(Value(key)).expect("layout keys are string constants").to_atom();
    // SAFETY: shapes live forever.
    unsafe { &*base }.with(key, object::attr::DEFAULT)
}

/// # Safety
/// `constructor` is a function of the program; `shape` came from
/// `dxl_rt_layout_shape`, or is null for a class without fields.
/// `proto_cache` is null, or a word that is zero or holds this
/// constructor's prototype (as a value) from an earlier call: the compiler
/// passes one only for a constructor created once whose `prototype` no code
/// writes, which keeps that prototype alive as long as it can be called.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dxl_rt_object_new_layout(
    constructor: u64,
    shape: *const object::Shape,
    proto_cache: *mut u64,
) -> u64 {
    // SAFETY: per the contract, a non-null cache is a valid word.
    let cached = if proto_cache.is_null() { 0 } else { unsafe { *proto_cache } };
    let proto = if cached != 0 {
        Value(cached).as_obj()
    } else {
        let f = Value(constructor).as_obj();
        let proto = match f.get_atom(atom(K::prototype)) {
            Ok(p) => p.obj().unwrap_or(realm().object_proto),
            Err(_) => return Value::EXCEPTION.0,
        };
        if !proto_cache.is_null() {
            // SAFETY: as above.
            unsafe { *proto_cache = proto.value().0 };
        }
        proto
    };
    let shape = if shape.is_null() { object::root_shape() } else { shape };
    object::new_object_with_layout(proto, shape).value().0
}

/// # Safety
/// `elements` points at `count` values (or `count` is 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dxl_rt_array_new(elements: *const u64, count: u32) -> u64 {
    let vals: &[Value] = if count == 0 || elements.is_null() {
        &[]
    } else {
        // SAFETY: per the contract; Value is a transparent u64.
        unsafe { std::slice::from_raw_parts(elements as *const Value, count as usize) }
    };
    array::from_values(vals).value().0
}

/// `new Array(len)` of the built-in constructor, `len` a number (§23.1.1.1).
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_array_with_length(len: u64) -> u64 {
    let n = Value(len).as_number();
    let length = n as u32;
    if f64::from(length) != n {
        crate::error::throw_range_error("Invalid array length");
        return Value::EXCEPTION.0;
    }
    array::with_length(length).value().0
}

/// `(code, name, param_count, captures, capture_count, flags)`.
///
/// # Safety
/// `captures` points at `capture_count` cell values (or the count is 0);
/// `code` follows the generic JsFn convention.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dxl_rt_closure_new(
    code: JsFn,
    name: u64,
    param_count: u32,
    captures: *const u64,
    capture_count: u32,
    flags: u32,
    source_start: u32,
    source_end: u32,
) -> u64 {
    let caps: Box<[Value]> = if capture_count == 0 || captures.is_null() {
        Box::new([])
    } else {
        // SAFETY: per the contract.
        unsafe { std::slice::from_raw_parts(captures as *const Value, capture_count as usize) }.into()
    };
    let f = function::new_function(code, Value(name), param_count, caps, flags & 0xFF);
    f.function().source_range = (source_start, source_end);
    f.value().0
}

/// Names an anonymous function after a computed property key.
#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_function_set_name(f: u64, key: u64) -> u64 {
    let result = (|| -> crate::value::JsResult<Value> {
        let f = Value(f);
        let key = crate::value::to_property_key(Value(key))?;
        if let Some(o) = f.obj()
            && f.is_callable()
            && function::name_of(o).is_empty()
        {
            o.function().name = crate::value::to_str(key.to_value())?.value();
        }
        Ok(f)
    })();
    match result {
        Ok(v) => v.0,
        Err(_) => Value::EXCEPTION.0,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_cell_new(v: u64) -> u64 {
    function::new_cell(Value(v)).0
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_packed_array_new(capacity: u32, width: u32) -> u64 {
    crate::packed_array::new(capacity as usize, crate::packed_array::Width::from_size(width)).0
}
