//! Type inference over the HIR: the lattice ([`types`]), the interprocedural
//! solver ([`solver`]) and the `--explain` report ([`explain`]).
//!
//! The backend relies only on what [`TypeTables`] proves; anything it does not
//! prove is [`Type::Dynamic`], compiled to generic NaN-boxed code.

pub mod bounds_versioning;
pub mod classes;
pub mod created_once;
pub mod definite;
pub mod explain;
mod loop_index;
pub mod packed_arrays;
pub mod solver;
pub mod sum_recursion;
pub mod types;
pub mod visit;

pub use explain::explain;
pub use packed_arrays::Packed;
pub use solver::{Escape, TypeTables, infer};
pub use types::{Range, Type};
