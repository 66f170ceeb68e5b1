//! The dxl runtime: linked as a static library into every compiled program, and
//! as an rlib into the interpreter.
//!
//! Layout: `value` (NaN-boxed values), `gc` (heap, mark-sweep, roots), `string`,
//! `object` (shapes, properties, prototypes), `array`, `function` (closures,
//! calls), `error` (exceptions), `realm` (global object and builtins),
//! `number_format`/`number_parse` (JS number <-> text), `inspect` (console.log
//! formatting as Node does it), `builtins/` (the standard library), `abi/` (the
//! exported C entry points listed in `dxl_abi::RuntimeFunction`).

pub mod inspect;
pub mod number_format;
pub mod number_parse;
