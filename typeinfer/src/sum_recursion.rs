//! Recursive functions that return sums of their own calls (`fib(n - 1) +
//! fib(n - 2)`, counting paths, binomial coefficients), which the backend
//! may compute as exact integers with the last call of each sum turned into
//! a loop, as C compilers do for integer recursion.
//!
//! A JavaScript number addition rounds, so reordering additions is not
//! sound in general. It is here: every value such a function returns is a
//! sum of non-negative int32 leaves and of its own results, so it is a
//! non-negative integer, and every partial sum, in any order, is at most the
//! total. When the total is at most 2^53 every double addition on the way
//! was exact, whatever the order; the backend checks the total and, above
//! 2^53, runs the function's ordinary body instead. That fallback may run
//! the body again from the start, so the body must have no effects: it
//! reads and writes its own locals, computes with numbers and booleans, and
//! calls only itself.

use dxl_frontend::hir::{self, BinaryOp, Expr, FuncId, Stmt, UnaryOp, Var};

use crate::TypeTables;
use crate::types::Type;

/// Whether function `f` qualifies (see the module documentation).
pub(crate) fn sums_own_calls(program: &hir::Program, tables: &TypeTables, f: FuncId) -> bool {
    let func = &program.functions[f];
    if tables.returns[f] != Type::Double
        || !tables.created_once[f]
        || tables.reads_this[f]
        || !matches!(func.kind, hir::FunctionKind::Normal | hir::FunctionKind::Arrow)
        // A loop restarts the body: a `var` would keep its last value
        // where the call would have seen `undefined`.
        || func.locals.iter().enumerate().any(|(l, local)| {
            local.boxed || !(local.lexical || func.params.contains(&l) || func.this_local == Some(l))
        })
    {
        return false;
    }
    let mut check = Check { tables, f, self_calls: 0 };
    check.stmts(&func.body) && check.self_calls > 0
}

/// A function's leading base case, `if (test) return sum;`, where `test`
/// and `sum` read only parameters and `sum` calls nothing: the backend
/// evaluates it at each of the function's calls of itself, with the call's
/// arguments as the parameters, and calls only when it does not apply, so
/// the calls that would return at once (half of `fib`'s) are never made.
pub struct BaseCase<'p> {
    pub test: &'p Expr,
    pub sum: &'p Expr,
}

/// The leading base case of `f`, a function that sums its own calls.
pub fn base_case<'p>(program: &'p hir::Program, tables: &TypeTables, f: FuncId) -> Option<BaseCase<'p>> {
    let func = &program.functions[f];
    let Some(Stmt::If(test, then, otherwise)) = func.body.first() else { return None };
    let ([Stmt::Return(Some(sum))], []) = (then.as_slice(), otherwise.as_slice()) else { return None };
    // Only parameters and constants: nothing the caller sees differently.
    let foreign = |e: &Expr| match e {
        Expr::Read(Var::Local(l)) => !func.params.contains(l),
        Expr::Undefined
        | Expr::Null
        | Expr::Bool(_)
        | Expr::Number(_)
        | Expr::Unary(..)
        | Expr::Binary(..)
        | Expr::Logical(..)
        | Expr::Conditional(..) => false,
        _ => true,
    };
    let only_params = |e: &Expr| !crate::visit::expr_any(e, &mut |x| foreign(x));
    let calls_itself = sum_terms(sum).into_iter().any(|t| self_call(tables, f, t).is_some());
    (tables.sums_own_calls(f) && only_params(test) && only_params(sum) && !calls_itself)
        .then_some(BaseCase { test, sum })
}

/// A bound on the depth of a function's recursion, from its parameters: the
/// leading base case returns when int32 parameter `param` (an index into
/// the parameters) is below `lowest`, every call of itself passes that
/// parameter minus a positive constant, and nothing else writes it. Each
/// frame of a recursion then has a smaller value than the one that called
/// it, so a call with `p` recurses at most `p - lowest + 2` frames deep
/// (the last returning at once). The backend checks that bound against the
/// stack once, when the recursion is entered from outside, instead of
/// counting the frames its loops stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Descent {
    pub param: usize,
    pub lowest: i64,
}

/// The [`Descent`] of `f`, a function that sums its own calls, if it has one.
pub fn descent(program: &hir::Program, tables: &TypeTables, f: FuncId) -> Option<Descent> {
    let func = &program.functions[f];
    let BaseCase { test, .. } = base_case(program, tables, f)?;
    let (local, lowest) = lower_bound(func, tables, f, test)?;
    let param = func.params.iter().position(|&p| p == local)?;
    let mut descends = true;
    crate::visit::any_expr(&func.body, &mut |e| {
        match e {
            Expr::Write(Var::Local(l), _) if *l == local => descends = false,
            _ => {
                if let Some(args) = self_call(tables, f, e) {
                    descends &= args.get(param).is_some_and(|a| decrements(a, local));
                }
            }
        }
        !descends
    });
    descends.then_some(Descent { param, lowest })
}

/// `(p, m)` when `test` holds for every int32 parameter value `p < m` and
/// fails only for `p >= m`: `p < K`, `p <= K`, `K > p`, `K >= p`, either
/// side of `||`.
fn lower_bound(func: &hir::Function, tables: &TypeTables, f: FuncId, test: &Expr) -> Option<(hir::LocalId, i64)> {
    let int_constant = |e: &Expr| match e {
        Expr::Number(k) if k.fract() == 0.0 && k.abs() <= f64::from(i32::MAX) => Some(*k as i64),
        _ => None,
    };
    let int_param = |e: &Expr| match e {
        Expr::Read(Var::Local(l)) if func.params.contains(l) && matches!(tables.locals[f][*l], Type::Int32(_)) => {
            Some(*l)
        }
        _ => None,
    };
    match test {
        Expr::Logical(hir::LogicalOp::Or, a, b) => {
            lower_bound(func, tables, f, a).or_else(|| lower_bound(func, tables, f, b))
        }
        Expr::Binary(op @ (BinaryOp::Lt | BinaryOp::Le), a, b) => {
            let p = int_param(a)?;
            let k = int_constant(b)?;
            Some((p, if *op == BinaryOp::Lt { k } else { k + 1 }))
        }
        Expr::Binary(op @ (BinaryOp::Gt | BinaryOp::Ge), a, b) => {
            let k = int_constant(a)?;
            let p = int_param(b)?;
            Some((p, if *op == BinaryOp::Gt { k } else { k + 1 }))
        }
        _ => None,
    }
}

/// Whether `e` is `p - c` (or `p + -c`) for a positive integer constant `c`.
fn decrements(e: &Expr, p: hir::LocalId) -> bool {
    let (op, a, b) = match e {
        Expr::Binary(op @ (BinaryOp::Sub | BinaryOp::Add), a, b) => (*op, a, b),
        _ => return false,
    };
    let step = match (op, &**b) {
        (BinaryOp::Sub, Expr::Number(c)) => *c,
        (BinaryOp::Add, Expr::Number(c)) => -*c,
        _ => return false,
    };
    matches!(&**a, Expr::Read(Var::Local(l)) if *l == p) && step >= 1.0 && step.fract() == 0.0
}

/// The terms of a returned sum, in evaluation order.
pub fn sum_terms(e: &Expr) -> Vec<&Expr> {
    let mut terms = Vec::new();
    fn walk<'e>(e: &'e Expr, terms: &mut Vec<&'e Expr>) {
        match e {
            Expr::Binary(BinaryOp::Add, a, b) => {
                walk(a, terms);
                walk(b, terms);
            }
            _ => terms.push(e),
        }
    }
    walk(e, &mut terms);
    terms
}

/// The arguments of `e` if it is a direct call of function `f` (from its own body).
pub fn self_call<'e>(tables: &TypeTables, f: FuncId, e: &'e Expr) -> Option<&'e [Expr]> {
    let Expr::Call { callee, this: None, args, .. } = e else { return None };
    (tables.expr(callee) == Type::Function(f) && !tables.function_call(callee) && matches!(&**callee, Expr::Read(_)))
        .then_some(args.as_slice())
}

struct Check<'t> {
    tables: &'t TypeTables,
    f: FuncId,
    self_calls: usize,
}

impl Check<'_> {
    fn stmts(&mut self, stmts: &[Stmt]) -> bool {
        stmts.iter().all(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> bool {
        match s {
            Stmt::Expr(e) => self.pure(e),
            Stmt::If(test, a, b) => self.pure(test) && self.stmts(a) && self.stmts(b),
            Stmt::Loop(l) => {
                l.per_iteration.is_empty()
                    && l.test.as_ref().is_none_or(|t| self.pure(t))
                    && l.update.as_ref().is_none_or(|u| self.pure(u))
                    && self.stmts(&l.body)
            }
            Stmt::Labeled(_, body) => self.stmts(body),
            Stmt::Break(_) | Stmt::Continue(_) => true,
            Stmt::Return(Some(e)) => self.returned_sum(e),
            Stmt::Return(None) | Stmt::FreshCells(_) | Stmt::Switch { .. } | Stmt::Throw(..) | Stmt::Try { .. } => {
                false
            }
        }
    }

    /// A sum whose terms are calls of the function itself and non-negative int32s.
    fn returned_sum(&mut self, e: &Expr) -> bool {
        let sum = |e: &Expr| {
            !matches!(e, Expr::Binary(BinaryOp::Add, ..))
                || matches!(self.tables.expr(e), Type::Double | Type::Int32(_))
        };
        if !sum(e) || !walk_adds(e, &sum) {
            return false;
        }
        sum_terms(e).into_iter().all(|t| {
            if let Some(args) = self_call(self.tables, self.f, t) {
                self.self_calls += 1;
                return args.iter().all(|a| self.pure(a));
            }
            matches!(self.tables.expr(t), Type::Int32(r) if r.lo >= 0) && self.pure(t)
        })
    }

    /// Whether evaluating `e` has no effect and cannot throw or call code.
    fn pure(&mut self, e: &Expr) -> bool {
        let number = |e: &Expr| matches!(self.tables.expr(e), Type::Int32(_) | Type::Double | Type::Boolean);
        match e {
            Expr::Undefined | Expr::Null | Expr::Bool(_) | Expr::Number(_) | Expr::Read(_) => true,
            Expr::Write(Var::Local(_), v) => self.pure(v),
            Expr::Unary(UnaryOp::Neg | UnaryOp::Plus | UnaryOp::Not | UnaryOp::BitNot, a) => number(a) && self.pure(a),
            Expr::Binary(op, a, b) => {
                !matches!(op, BinaryOp::InstanceOf | BinaryOp::In)
                    && number(a)
                    && number(b)
                    && self.pure(a)
                    && self.pure(b)
            }
            Expr::Logical(_, a, b) => self.pure(a) && self.pure(b),
            Expr::Conditional(t, a, b) => self.pure(t) && self.pure(a) && self.pure(b),
            Expr::Sequence(es) => es.iter().all(|e| self.pure(e)),
            _ => false,
        }
    }
}

/// Whether `ok` holds for every `+` node of the sum tree `e`.
fn walk_adds(e: &Expr, ok: &impl Fn(&Expr) -> bool) -> bool {
    match e {
        Expr::Binary(BinaryOp::Add, a, b) => ok(e) && walk_adds(a, ok) && walk_adds(b, ok),
        _ => true,
    }
}
