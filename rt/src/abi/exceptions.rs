//! Exceptions (`dxl_rt_throw`, `dxl_rt_take_exception`, `dxl_rt_stack_overflow`).

use dxl_abi::value as abi;

use crate::error;
use crate::value::Value;

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_throw(v: u64) -> u64 {
    error::throw(Value(v));
    abi::EXCEPTION
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_take_exception() -> u64 {
    error::take_pending().0
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_stack_overflow() -> u64 {
    error::throw_range_error("Maximum call stack size exceeded");
    abi::EXCEPTION
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_tdz_error(name: u64) -> u64 {
    let name = Value(name).as_str().to_rust_string();
    error::throw_reference_error(format!("Cannot access '{name}' before initialization"));
    abi::EXCEPTION
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_array_length_range() -> u64 {
    error::throw_range_error(
        "Invalid array length: dxl's specialized code supports arrays of at most 2147483647 elements",
    );
    abi::EXCEPTION
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_reduce_empty() -> u64 {
    error::throw_type_error("Reduce of empty array with no initial value");
    abi::EXCEPTION
}

#[unsafe(no_mangle)]
pub extern "C" fn dxl_rt_const_assignment() -> u64 {
    error::throw_type_error("Assignment to constant variable.");
    abi::EXCEPTION
}
