//! Counting loops whose element reads are in bounds once one test before
//! the loop passes.
//!
//! `for (let k = 0; k < n; k++) sum += a[k] * b[k]` reads `a` and `b` at
//! indices from 0 to `n - 1`. The solver cannot prove `n <= a.length` (the
//! arrays' lengths are not types), so each read checks its index and may
//! give `undefined`. But when the loop runs no code of the program and
//! changes no array, the lengths cannot change while it runs: testing
//! `n <= a.length` and `n <= b.length` once, before the loop, proves every
//! read in bounds. The backend emits the loop twice, behind that test: a
//! copy whose reads are plain loads (which LLVM can then keep in registers
//! and hoist), and the ordinary copy for when the test fails.

use std::collections::HashSet;

use dxl_frontend::hir::{self, BinaryOp, Expr, FuncId, LocalId, Pos, Stmt, UnaryOp, Var};

use crate::solver::{TypeTables, increments_by_one, is_primitive, math_callee};
use crate::types::Type;

/// The largest loop (in expressions, nested loops included) emitted twice.
const VERSIONED_LOOP_LIMIT: usize = 120;

/// A loop `for (..; k < bound; k++)` and the element reads `a[k]` that the
/// test `bound <= a.length`, for each array local `a`, proves in bounds.
pub struct VersionedLoop<'p> {
    /// An int32 constant, or a plain int32 local the loop does not write.
    pub bound: &'p Expr,
    /// Plain locals holding tracked arrays, which the loop does not write.
    pub arrays: Vec<LocalId>,
    /// The reads `a[k]` of those arrays.
    pub reads: Vec<&'p Expr>,
}

/// `l`, a loop of function `f`, as a [`VersionedLoop`] if it is one.
pub fn versioned_loop<'p>(
    program: &hir::Program,
    tables: &TypeTables,
    f: FuncId,
    l: &'p hir::Loop,
) -> Option<VersionedLoop<'p>> {
    let func = &program.functions[f];
    let plain = |e: &Expr| match e {
        Expr::Read(Var::Local(l)) if !func.locals[*l].boxed => Some(*l),
        _ => None,
    };
    let (Some(Expr::Binary(BinaryOp::Lt, counter, bound)), true, Some(update)) = (&l.test, l.test_first, &l.update)
    else {
        return None;
    };
    // Fresh bindings per iteration matter only for boxed (captured) ones.
    if l.per_iteration.iter().any(|&x| func.locals[x].boxed) {
        return None;
    }
    let k = plain(counter)?;
    let bound_local = match &**bound {
        Expr::Number(n) if *n >= 0.0 && *n <= f64::from(i32::MAX) && n.fract() == 0.0 => None,
        b if matches!(tables.expr(b), Type::Int32(_)) => Some(plain(b)?),
        _ => return None,
    };
    if !increments_by_one(update, k) || !matches!(tables.var(f, Var::Local(k)), Type::Int32(r) if r.lo >= 0) {
        return None;
    }
    let mut scan = Scan { tables, func, k, written: HashSet::new(), reads: Vec::new(), size: 0 };
    if !scan.stmts(&l.body) || scan.written.contains(&k) {
        return None;
    }
    if !scan.expr(update) {
        return None;
    }
    let Scan { written, reads, .. } = scan;
    if bound_local.is_some_and(|b| written.contains(&b)) {
        return None;
    }
    let reads: Vec<(&Expr, LocalId)> =
        reads.into_iter().filter(|(_, a)| !written.contains(a) && Some(*a) != bound_local && *a != k).collect();
    if reads.is_empty() {
        return None;
    }
    let mut arrays: Vec<LocalId> = reads.iter().map(|&(_, a)| a).collect();
    arrays.sort_unstable();
    arrays.dedup();
    Some(VersionedLoop { bound, arrays, reads: reads.into_iter().map(|(e, _)| e).collect() })
}

/// Checks that a loop body runs no code of the program and changes no
/// array, collecting the element reads at the counter.
struct Scan<'t, 'p> {
    tables: &'t TypeTables,
    func: &'t hir::Function,
    k: LocalId,
    written: HashSet<LocalId>,
    reads: Vec<(&'p Expr, LocalId)>,
    size: usize,
}

impl<'p> Scan<'_, 'p> {
    fn stmts(&mut self, stmts: &'p [Stmt]) -> bool {
        stmts.iter().all(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'p Stmt) -> bool {
        match s {
            Stmt::Expr(e) => self.expr(e),
            Stmt::If(test, a, b) => self.expr(test) && self.stmts(a) && self.stmts(b),
            Stmt::Loop(l) => {
                l.per_iteration.iter().all(|&x| !self.func.locals[x].boxed)
                    && l.test.as_ref().is_none_or(|t| self.expr(t))
                    && l.update.as_ref().is_none_or(|u| self.expr(u))
                    && self.stmts(&l.body)
            }
            Stmt::Labeled(_, body) => self.stmts(body),
            // Fresh cells for block-scoped bindings allocate, and run nothing.
            Stmt::Break(_) | Stmt::Continue(_) | Stmt::FreshCells(_) => true,
            Stmt::Return(e) => e.as_ref().is_none_or(|e| self.expr(e)),
            Stmt::Switch { .. } | Stmt::Throw(..) | Stmt::Try { .. } => false,
        }
    }

    /// Whether `e`'s values convert without running code (numbers,
    /// booleans, strings, undefined and null).
    fn primitive(&self, e: &Expr) -> bool {
        is_primitive(self.tables.expr(e))
    }

    /// A tracked array class, if `e` holds one.
    fn tracked_array(&self, e: &Expr) -> bool {
        matches!(self.tables.expr(e), Type::Array(c, _) if self.tables.classes[c as usize].escaped.is_none())
    }

    fn expr(&mut self, e: &'p Expr) -> bool {
        self.size += 1;
        // Too large to emit twice: stop here, or a nest of loops would be
        // scanned once per level.
        if self.size > VERSIONED_LOOP_LIMIT {
            return false;
        }
        match e {
            Expr::Undefined | Expr::Null | Expr::Bool(_) | Expr::Number(_) | Expr::String(_) => true,
            Expr::Read(_) | Expr::ReadChecked(..) => true,
            Expr::Write(var, v) => {
                if let Var::Local(l) = var {
                    self.written.insert(*l);
                }
                self.expr(v)
            }
            Expr::Unary(op, a) => (*op == UnaryOp::TypeOf || self.primitive(a)) && self.expr(a),
            Expr::Binary(op, a, b) => {
                let any_operands = matches!(op, BinaryOp::StrictEq | BinaryOp::StrictNe);
                !matches!(op, BinaryOp::In | BinaryOp::InstanceOf)
                    && (any_operands || (self.primitive(a) && self.primitive(b)))
                    && self.expr(a)
                    && self.expr(b)
            }
            Expr::Logical(_, a, b) => self.expr(a) && self.expr(b),
            Expr::Conditional(t, a, b) => self.expr(t) && self.expr(a) && self.expr(b),
            Expr::Sequence(items) => items.iter().all(|x| self.expr(x)),
            Expr::GetProp { object, key, .. } => {
                if let Expr::GlobalRead(g, _) = &**object
                    && g == "Math"
                    && matches!(&**key, Expr::String(_))
                {
                    return self.tables.math_intact;
                }
                if self.tables.slot(e).is_some() {
                    return self.expr(object);
                }
                if !self.tracked_array(object) {
                    return false;
                }
                if let Expr::String(name) = &**key {
                    return name == "length" && self.expr(object);
                }
                if !matches!(self.tables.expr(key), Type::Int32(_) | Type::Double) {
                    return false;
                }
                if let (Expr::Read(Var::Local(a)), Expr::Read(Var::Local(i))) = (&**object, &**key)
                    && *i == self.k
                    && !self.tables.in_bounds(e)
                {
                    self.reads.push((e, *a));
                }
                self.expr(object) && self.expr(key)
            }
            // A field of a tracked object: a store, nothing else.
            Expr::SetProp { object, value, .. } if self.tables.slot(e).is_some() => {
                self.expr(object) && self.expr(value)
            }
            Expr::Call { callee, this, args, .. } => {
                self.tables.math_intact
                    && math_callee(callee).is_some()
                    && args.iter().all(|a| self.primitive(a) && self.expr(a))
                    && this.as_deref().is_none_or(|t| matches!(t, Expr::Read(_)))
            }
            _ => false,
        }
    }
}

/// The positions of the reads that versioned loops of function `f` prove
/// in bounds (for `--explain`), in source order.
pub fn versioned_reads(program: &hir::Program, tables: &TypeTables, f: FuncId) -> Vec<Pos> {
    fn walk(program: &hir::Program, tables: &TypeTables, f: FuncId, stmts: &[Stmt], out: &mut Vec<Pos>) {
        for s in stmts {
            if let Stmt::Loop(l) = s
                && let Some(v) = versioned_loop(program, tables, f, l)
            {
                out.extend(v.reads.iter().filter_map(|e| match e {
                    Expr::GetProp { pos, .. } => Some(*pos),
                    _ => None,
                }));
            }
            let mut lists = Vec::new();
            crate::visit::stmt_children(s, &mut |_| {}, &mut |l| lists.push(l));
            for l in lists {
                walk(program, tables, f, l, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(program, tables, f, &program.functions[f].body, &mut out);
    out.sort_by_key(|p| p.0);
    out.dedup();
    out
}
