//! The dxl runtime: linked as a static library into every compiled program, and
//! as an rlib into the interpreter.
//!
//! Layout: `value` (NaN-boxed values and the abstract operations), `gc` (heap,
//! mark-sweep, roots), `out_of_memory` (the one report of a failed
//! allocation, and the global allocator), `string`, `object` (shapes,
//! properties, prototypes), `array`, `function` (closures, calls), `ops` (the
//! operators), `error` (exceptions), `realm` (global object and intrinsics),
//! `console` (console.log, buffered stdout), `start` (program start and the
//! uncaught-exception report), `number_format` /
//! `number_parse` (JS number <-> text), `inspect` (console.log formatting as
//! Node does it), `builtins/` (the standard library), `abi/` (the exported C
//! entry points listed in `dxl_abi::RuntimeFunction`).
//!
//! The runtime is single-threaded: its globals are [`global::Global`] cells.

pub mod abi;
pub mod array;
pub mod builtins;
pub mod console;
pub mod error;
pub mod function;
pub mod gc;
pub mod global;
pub mod inspect;
pub mod number_format;
pub mod number_parse;
pub mod object;
pub mod ops;
pub mod out_of_memory;
pub mod packed_array;
pub mod realm;
pub mod stack_trace;
pub mod start;
pub mod string;
pub mod value;
pub mod value_vec;

#[cfg(test)]
pub(crate) mod testing;
