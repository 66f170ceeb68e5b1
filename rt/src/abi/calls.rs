//! Calls (`dxl_rt_call`, `dxl_rt_construct`).

use super::ret;
use crate::function;
use crate::value::Value;

/// # Safety
/// `argv` points at `argc` values (or `argc` is 0).
unsafe fn args<'a>(argv: *const u64, argc: u32) -> &'a [Value] {
    if argc == 0 || argv.is_null() {
        return &[];
    }
    // SAFETY: per the contract; Value is a transparent u64.
    unsafe { std::slice::from_raw_parts(argv as *const Value, argc as usize) }
}

/// `(callee, this, argv, argc, desc)`: `desc` names the callee in "is not a function".
///
/// # Safety
/// `argv` points at `argc` values (or `argc` is 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dxl_rt_call(callee: u64, this: u64, argv: *const u64, argc: u32, desc: u64) -> u64 {
    // SAFETY: forwarded from the caller.
    let a = unsafe { args(argv, argc) };
    ret(function::call_described(Value(callee), Value(this), a, Value(desc)))
}

/// `(callee, argv, argc, desc)`: the `new` operator.
///
/// # Safety
/// `argv` points at `argc` values (or `argc` is 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dxl_rt_construct(callee: u64, argv: *const u64, argc: u32, desc: u64) -> u64 {
    // SAFETY: forwarded from the caller.
    let a = unsafe { args(argv, argc) };
    ret(function::construct(Value(callee), a, Value(desc)))
}
