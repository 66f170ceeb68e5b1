//! The contract between generated code (`codegen-llvm`), the runtime (`rt`) and,
//! later, the interpreter: how a JavaScript value is encoded in 64 bits, the
//! byte offsets generated code may read directly, and the table of runtime
//! entry points with their signatures.
//!
//! Nothing here depends on LLVM or on the runtime, so both sides can use it.

pub mod runtime_functions;
pub mod value;

pub use runtime_functions::{RuntimeFunction, Ty};
