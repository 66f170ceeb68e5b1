//! Child iteration over HIR expressions and statements, for passes that do
//! not care about evaluation order.

use dxl_frontend::hir::{Expr, Stmt};

/// Calls `f` on each direct sub-expression of `e`, in evaluation order.
pub fn expr_children<'a>(e: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
    match e {
        Expr::Undefined
        | Expr::Null
        | Expr::Bool(_)
        | Expr::Number(_)
        | Expr::String(_)
        | Expr::Read(_)
        | Expr::ReadChecked(..)
        | Expr::GlobalRead(..)
        | Expr::GlobalTypeOf(_)
        | Expr::Callee
        | Expr::LiteralProtoKey
        | Expr::Closure { .. } => {}
        Expr::Write(_, v)
        | Expr::GlobalWrite(_, v, _)
        | Expr::Unary(_, v)
        | Expr::ConstAssignment(v, _)
        | Expr::ForInKeys(v) => f(v),
        Expr::GetProp { object, key, .. } | Expr::DeleteProp { object, key, .. } => {
            f(object);
            f(key);
        }
        Expr::SetProp { object, key, value, .. } => {
            f(object);
            f(key);
            f(value);
        }
        Expr::Binary(_, a, b) | Expr::Logical(_, a, b) | Expr::SetFunctionName(a, b) | Expr::ForInHas(a, b) => {
            f(a);
            f(b);
        }
        Expr::Conditional(t, a, b) => {
            f(t);
            f(a);
            f(b);
        }
        Expr::Sequence(items) => items.iter().for_each(f),
        Expr::Call { callee, this, args, .. } => {
            f(callee);
            if let Some(t) = this {
                f(t);
            }
            args.iter().for_each(f);
        }
        Expr::New { callee, args, .. } => {
            f(callee);
            args.iter().for_each(f);
        }
        Expr::Object(props) => {
            for (k, v) in props {
                f(k);
                f(v);
            }
        }
        Expr::Array(items) => items.iter().flatten().for_each(f),
    }
}

/// Calls `f` on each expression directly inside `s`, and `g` on each nested statement list.
pub fn stmt_children<'a>(s: &'a Stmt, f: &mut impl FnMut(&'a Expr), g: &mut impl FnMut(&'a [Stmt])) {
    match s {
        Stmt::Expr(e) | Stmt::Throw(e, _) => f(e),
        Stmt::FreshCells(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::Return(None) => {}
        Stmt::Return(Some(e)) => f(e),
        Stmt::If(t, a, b) => {
            f(t);
            g(a);
            g(b);
        }
        Stmt::Loop(l) => {
            if let Some(t) = &l.test {
                f(t);
            }
            g(&l.body);
            if let Some(u) = &l.update {
                f(u);
            }
        }
        Stmt::Labeled(_, body) => g(body),
        Stmt::Switch { discriminant, cases, .. } => {
            f(discriminant);
            for c in cases {
                if let Some(t) = &c.test {
                    f(t);
                }
                g(&c.body);
            }
        }
        Stmt::Try { block, catch, finally } => {
            g(block);
            if let Some((_, body)) = catch {
                g(body);
            }
            if let Some(fin) = finally {
                g(fin);
            }
        }
    }
}

/// Whether any expression in `stmts` (or below) satisfies `pred`.
pub fn any_expr(stmts: &[Stmt], pred: &mut impl FnMut(&Expr) -> bool) -> bool {
    stmts.iter().any(|s| stmt_any_expr(s, pred))
}

pub fn stmt_any_expr(s: &Stmt, pred: &mut impl FnMut(&Expr) -> bool) -> bool {
    let mut found = false;
    let mut lists: Vec<&[Stmt]> = Vec::new();
    stmt_children(s, &mut |e| found = found || expr_any(e, pred), &mut |l| lists.push(l));
    found || lists.into_iter().any(|l| any_expr(l, pred))
}

/// Whether `pred` holds for an expression that is a statement's own (the
/// whole expression of `s` or of a statement nested in it; `pred` looks
/// into sub-expressions itself).
pub fn stmt_any_root(s: &Stmt, pred: &mut impl FnMut(&Expr) -> bool) -> bool {
    let mut found = false;
    let mut lists: Vec<&[Stmt]> = Vec::new();
    stmt_children(s, &mut |e| found = found || pred(e), &mut |l| lists.push(l));
    found || lists.into_iter().flatten().any(|s| stmt_any_root(s, pred))
}

pub fn expr_any(e: &Expr, pred: &mut impl FnMut(&Expr) -> bool) -> bool {
    if pred(e) {
        return true;
    }
    let mut found = false;
    expr_children(e, &mut |c| found = found || expr_any(c, pred));
    found
}
