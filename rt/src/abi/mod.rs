//! The C entry points generated code calls: one `#[unsafe(no_mangle)] extern "C"
//! fn dxl_rt_<name>` per entry of [`dxl_abi::RuntimeFunction`], grouped by area.
//!
//! Each converts its `u64` arguments to [`Value`]s, calls the Rust-side
//! operation, and turns `Err(Thrown)` into the EXCEPTION value.

pub mod alloc;
pub mod calls;
pub mod exceptions;
pub mod numbers;
pub mod ops;
pub mod props;
pub mod start;

use dxl_abi::value as abi;

use crate::value::{JsResult, Value};

/// A result as an ABI value: EXCEPTION when an exception is pending.
#[inline(always)]
fn ret(r: JsResult<Value>) -> u64 {
    match r {
        Ok(v) => v.0,
        Err(_) => abi::EXCEPTION,
    }
}

#[inline(always)]
fn ret_bool(b: bool) -> i32 {
    b as i32
}

macro_rules! exports {
    ($($module:ident :: $name:ident,)*) => {
        /// Every exported runtime symbol with its address, for the export test and
        /// for embedders (the interpreter) that want to call entry points by name.
        pub fn exported_symbols() -> Vec<(&'static str, usize)> {
            vec![$((stringify!($name), $module::$name as *const () as usize),)*]
        }
    };
}

exports! {
    props::dxl_rt_prop_get_cached,
    props::dxl_rt_prop_set_cached,
    props::dxl_rt_for_in_has,
    exceptions::dxl_rt_tdz_error,
    alloc::dxl_rt_function_set_name,
    exceptions::dxl_rt_const_assignment,
    exceptions::dxl_rt_reduce_empty,
    exceptions::dxl_rt_array_length_range,
    props::dxl_rt_array_push,
    start::dxl_rt_start,
    ops::dxl_rt_op_add,
    ops::dxl_rt_op_sub,
    ops::dxl_rt_op_mul,
    ops::dxl_rt_op_div,
    ops::dxl_rt_op_mod,
    ops::dxl_rt_op_pow,
    ops::dxl_rt_op_bitand,
    ops::dxl_rt_op_bitor,
    ops::dxl_rt_op_bitxor,
    ops::dxl_rt_op_shl,
    ops::dxl_rt_op_shr,
    ops::dxl_rt_op_ushr,
    ops::dxl_rt_op_lt,
    ops::dxl_rt_op_le,
    ops::dxl_rt_op_gt,
    ops::dxl_rt_op_ge,
    ops::dxl_rt_op_loose_eq,
    ops::dxl_rt_op_loose_ne,
    ops::dxl_rt_op_strict_eq,
    ops::dxl_rt_op_instanceof,
    ops::dxl_rt_op_in,
    ops::dxl_rt_op_neg,
    ops::dxl_rt_op_to_number,
    ops::dxl_rt_op_bitnot,
    ops::dxl_rt_op_typeof,
    ops::dxl_rt_op_to_string,
    ops::dxl_rt_op_truthy,
    props::dxl_rt_prop_get,
    props::dxl_rt_prop_set,
    props::dxl_rt_prop_delete,
    props::dxl_rt_prop_define,
    props::dxl_rt_object_literal_proto,
    props::dxl_rt_global_get,
    props::dxl_rt_global_set,
    props::dxl_rt_global_typeof,
    alloc::dxl_rt_object_new,
    alloc::dxl_rt_layout_shape,
    alloc::dxl_rt_object_new_layout,
    alloc::dxl_rt_array_new,
    alloc::dxl_rt_array_with_length,
    alloc::dxl_rt_closure_new,
    alloc::dxl_rt_cell_new,
    calls::dxl_rt_call,
    calls::dxl_rt_construct,
    exceptions::dxl_rt_throw,
    exceptions::dxl_rt_take_exception,
    exceptions::dxl_rt_stack_overflow,
    props::dxl_rt_for_in_keys,
    numbers::dxl_rt_f64_to_int32,
    numbers::dxl_rt_math_round,
    numbers::dxl_rt_string_char_code,
    numbers::dxl_rt_math_pow,
    numbers::dxl_rt_math_sin,
    numbers::dxl_rt_math_cos,
    numbers::dxl_rt_math_tan,
    numbers::dxl_rt_math_asin,
    numbers::dxl_rt_math_acos,
    numbers::dxl_rt_math_atan,
    numbers::dxl_rt_math_atan2,
    numbers::dxl_rt_math_exp,
    numbers::dxl_rt_math_log,
    numbers::dxl_rt_math_log2,
    numbers::dxl_rt_math_log10,
    numbers::dxl_rt_math_cbrt,
    numbers::dxl_rt_global_this,
    alloc::dxl_rt_packed_array_new,
    props::dxl_rt_packed_array_push,
    props::dxl_rt_packed_array_store,
    props::dxl_rt_packed_array_reserve,
}

#[cfg(test)]
mod tests {
    use dxl_abi::RuntimeFunction;

    /// Every function in the ABI table is exported under its symbol, and the
    /// built static library defines it.
    #[test]
    fn exports_every_runtime_function() {
        let exported = super::exported_symbols();
        for f in RuntimeFunction::ALL {
            assert!(
                exported.iter().any(|(name, addr)| *name == f.symbol() && *addr != 0),
                "{} is not exported by the runtime",
                f.symbol()
            );
        }
        // The archive next to the test binary (target/<profile>/libdxl_rt.a),
        // when cargo built it.
        let exe = std::env::current_exe().expect("test binary path");
        let Some(archive) = exe.parent().and_then(|d| d.parent()).map(|d| d.join("libdxl_rt.a")) else {
            return;
        };
        if !archive.exists() {
            eprintln!("note: {} not built; checked the symbol table only", archive.display());
            return;
        }
        let Ok(out) = std::process::Command::new("nm").arg("-g").arg("--defined-only").arg(&archive).output() else {
            eprintln!("note: nm not available; checked the symbol table only");
            return;
        };
        let text = String::from_utf8_lossy(&out.stdout);
        for f in RuntimeFunction::ALL {
            let defined = text.lines().any(|l| {
                let mut parts = l.split_whitespace().rev();
                let name = parts.next().unwrap_or("");
                let kind = parts.next().unwrap_or("");
                (name == f.symbol() || name.strip_prefix('_') == Some(f.symbol())) && kind == "T"
            });
            assert!(defined, "{} is not defined in {}", f.symbol(), archive.display());
        }
    }
}
