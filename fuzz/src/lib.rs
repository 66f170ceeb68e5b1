//! dxl's differential fuzzer: programs generated from a grammar of the
//! language dxl supports, and mutants of the corpus, run by Node and by dxl
//! at several optimization levels and with specialization off. Compiler
//! panics, signals, hangs and output that differs from Node's are findings;
//! each is bucketed, minimized and written out as a program.

pub mod campaign;
pub mod generate;
pub mod minimize;
pub mod mutate;
pub mod oracle;
pub mod rng;
