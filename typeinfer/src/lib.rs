//! Type inference over the HIR (issue 3 builds the interprocedural solver).
//!
//! Today every binding and expression is [`Type::Dynamic`]: the backend emits
//! generic NaN-boxed code, which is always correct. The lattice is defined here
//! so that the solver, codegen and `--explain` agree on its vocabulary.

use dxl_frontend::hir;

/// The type lattice, from most precise to [`Type::Dynamic`] (top).
#[derive(Clone, Debug, PartialEq)]
pub enum Type {
    /// No value flows here (unreachable code).
    Never,
    Int32,
    Double,
    Boolean,
    String,
    Undefined,
    Null,
    /// A closure of a known function.
    Function(hir::FuncId),
    /// Anything: generic NaN-boxed code.
    Dynamic,
}

impl Type {
    /// The least upper bound.
    pub fn join(&self, other: &Type) -> Type {
        match (self, other) {
            (a, b) if a == b => a.clone(),
            (Type::Never, b) => b.clone(),
            (a, Type::Never) => a.clone(),
            (Type::Int32, Type::Double) | (Type::Double, Type::Int32) => Type::Double,
            _ => Type::Dynamic,
        }
    }
}

/// Per-function facts the backend may rely on.
#[derive(Debug)]
pub struct FunctionTypes {
    pub params: Vec<Type>,
    pub ret: Type,
    /// Why the function is not specialized, for `--explain`.
    pub generic_reason: Option<String>,
}

pub struct TypeTables {
    pub functions: Vec<FunctionTypes>,
}

/// Infers types for the program. Currently the sound trivial answer: everything dynamic.
pub fn infer(program: &hir::Program) -> TypeTables {
    let functions = program
        .functions
        .iter()
        .map(|f| FunctionTypes {
            params: vec![Type::Dynamic; f.params.len()],
            ret: Type::Dynamic,
            generic_reason: Some("the type solver is not implemented yet; all code is generic".into()),
        })
        .collect();
    TypeTables { functions }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_is_a_lattice() {
        assert_eq!(Type::Int32.join(&Type::Double), Type::Double);
        assert_eq!(Type::Never.join(&Type::String), Type::String);
        assert_eq!(Type::String.join(&Type::Int32), Type::Dynamic);
        assert_eq!(Type::Dynamic.join(&Type::Never), Type::Dynamic);
        assert_eq!(Type::Boolean.join(&Type::Boolean), Type::Boolean);
    }
}
