//! `dxl_rt_start`, the program's entry from its `main`.

use std::ffi::c_char;

use dxl_abi::runtime_functions::ProgramInfo;

/// `(argc, argv, info) -> exit status`.
///
/// # Safety
/// `argv` holds `argc` C strings and `info` is a valid `ProgramInfo` that
/// outlives the program (generated code emits it as a constant).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dxl_rt_start(argc: i32, argv: *const *const c_char, info: *const ProgramInfo) -> i32 {
    // SAFETY: forwarded from the caller.
    unsafe { crate::start::run(argc, argv, info) }
}
