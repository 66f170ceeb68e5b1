//! Which `var` bindings may be read before their first assignment (and so
//! hold `undefined` when read).
//!
//! A forward walk over each function with the set of definitely assigned
//! locals. Branches meet by intersection; a loop, label, switch or try
//! continues with the state from before it (a later iteration or an early exit
//! may skip the assignments inside). A closure may run whenever it is
//! reachable, so a `var` it captures counts as read unassigned unless it is
//! assigned where the closure is created. Function declarations hoisted to the
//! top of a body are created before any other code runs, so the bindings of
//! that whole prologue count as assigned for the closures it creates.

use dxl_frontend::hir::{self, Expr, FuncId, LocalId, Stmt, Var};

/// Where each capture of each function comes from: (function, local).
pub type Origins = Vec<Vec<(FuncId, LocalId)>>;

/// `result[f][l]`: local `l` of function `f` may be read while unassigned.
pub fn maybe_unassigned(program: &hir::Program, origins: &Origins) -> Vec<Vec<bool>> {
    let mut out: Vec<Vec<bool>> = program.functions.iter().map(|f| vec![false; f.locals.len()]).collect();
    for (id, func) in program.functions.iter().enumerate() {
        let mut assigned = vec![false; func.locals.len()];
        for &p in &func.params {
            assigned[p] = true;
        }
        if let Some(t) = func.this_local {
            assigned[t] = true;
        }
        let mut walk = Walk { origins, func: id, out: &mut out };
        // The hoisted prologue: all its bindings are assigned before any closure can run.
        let prologue = func.body.iter().take_while(|s| is_hoisted_declaration(s)).count();
        for s in &func.body[..prologue] {
            if let Stmt::Expr(Expr::Write(Var::Local(l), _)) = s {
                assigned[*l] = true;
            }
        }
        walk.stmts(&func.body, &mut assigned);
    }
    out
}

/// `f = <closure>` for a hoisted function declaration.
pub fn is_hoisted_declaration(s: &Stmt) -> bool {
    matches!(s, Stmt::Expr(Expr::Write(Var::Local(_), value)) if matches!(**value, Expr::Closure { .. }))
}

struct Walk<'a> {
    origins: &'a Origins,
    func: FuncId,
    out: &'a mut Vec<Vec<bool>>,
}

impl Walk<'_> {
    fn stmts(&mut self, stmts: &[Stmt], assigned: &mut Vec<bool>) {
        for s in stmts {
            self.stmt(s, assigned);
        }
    }

    /// Runs `stmts` on a copy of the state, which is then discarded.
    fn detached(&mut self, stmts: &[Stmt], assigned: &[bool]) -> Vec<bool> {
        let mut copy = assigned.to_vec();
        self.stmts(stmts, &mut copy);
        copy
    }

    fn stmt(&mut self, s: &Stmt, assigned: &mut Vec<bool>) {
        match s {
            Stmt::Expr(e) => self.expr(e, assigned),
            Stmt::FreshCells(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::If(test, then, otherwise) => {
                self.expr(test, assigned);
                let a = self.detached(then, assigned);
                let b = self.detached(otherwise, assigned);
                for (i, slot) in assigned.iter_mut().enumerate() {
                    *slot = a[i] && b[i];
                }
            }
            Stmt::Loop(l) => {
                let mut inside = assigned.clone();
                if l.test_first
                    && let Some(t) = &l.test
                {
                    self.expr(t, assigned);
                    inside = assigned.clone();
                }
                self.stmts(&l.body, &mut inside);
                let mut update = inside.clone();
                if let Some(u) = &l.update {
                    self.expr(u, &mut update);
                }
                if !l.test_first
                    && let Some(t) = &l.test
                {
                    self.expr(t, &mut update);
                }
            }
            Stmt::Labeled(_, body) => {
                self.detached(body, assigned);
            }
            Stmt::Switch { discriminant, cases, .. } => {
                self.expr(discriminant, assigned);
                let mut state = assigned.clone();
                for case in cases {
                    if let Some(t) = &case.test {
                        self.expr(t, &mut state);
                    }
                }
                for case in cases {
                    self.detached(&case.body, assigned);
                }
            }
            Stmt::Return(value) => {
                if let Some(v) = value {
                    self.expr(v, assigned);
                }
            }
            Stmt::Throw(e, _) => self.expr(e, assigned),
            Stmt::Try { block, catch, finally } => {
                self.detached(block, assigned);
                if let Some((_, body)) = catch {
                    self.detached(body, assigned);
                }
                if let Some(f) = finally {
                    self.detached(f, assigned);
                }
            }
        }
    }

    fn read(&mut self, var: Var, assigned: &[bool]) {
        if let Var::Local(l) = var
            && !assigned[l]
        {
            self.out[self.func][l] = true;
        }
    }

    fn expr(&mut self, e: &Expr, assigned: &mut Vec<bool>) {
        match e {
            Expr::Undefined
            | Expr::Null
            | Expr::Bool(_)
            | Expr::Number(_)
            | Expr::String(_)
            | Expr::GlobalRead(..)
            | Expr::GlobalTypeOf(_)
            | Expr::Callee
            | Expr::LiteralProtoKey => {}
            Expr::Read(v) | Expr::ReadChecked(v, _) => self.read(*v, assigned),
            Expr::Write(var, value) => {
                // `var f = function () { f() }`: the closure cannot run before the write.
                if let (Var::Local(l), Expr::Closure { .. }) = (var, &**value) {
                    let was = assigned[*l];
                    assigned[*l] = true;
                    self.expr(value, assigned);
                    assigned[*l] = was;
                } else {
                    self.expr(value, assigned);
                }
                if let Var::Local(l) = var {
                    assigned[*l] = true;
                }
            }
            Expr::GlobalWrite(_, v, _) | Expr::Unary(_, v) | Expr::ConstAssignment(v, _) | Expr::ForInKeys(v) => {
                self.expr(v, assigned)
            }
            Expr::GetProp { object, key, .. } | Expr::DeleteProp { object, key, .. } => {
                self.expr(object, assigned);
                self.expr(key, assigned);
            }
            Expr::SetProp { object, key, value, .. } => {
                self.expr(object, assigned);
                self.expr(key, assigned);
                self.expr(value, assigned);
            }
            Expr::Binary(_, a, b) | Expr::SetFunctionName(a, b) | Expr::ForInHas(a, b) => {
                self.expr(a, assigned);
                self.expr(b, assigned);
            }
            Expr::Logical(_, a, b) => {
                self.expr(a, assigned);
                let mut copy = assigned.clone();
                self.expr(b, &mut copy);
            }
            Expr::Conditional(t, a, b) => {
                self.expr(t, assigned);
                let mut ca = assigned.clone();
                self.expr(a, &mut ca);
                let mut cb = assigned.clone();
                self.expr(b, &mut cb);
                for (i, slot) in assigned.iter_mut().enumerate() {
                    *slot = ca[i] && cb[i];
                }
            }
            Expr::Sequence(items) => {
                for item in items {
                    self.expr(item, assigned);
                }
            }
            Expr::Call { callee, this, args, .. } => {
                self.expr(callee, assigned);
                if let Some(t) = this {
                    self.expr(t, assigned);
                }
                for a in args {
                    self.expr(a, assigned);
                }
            }
            Expr::New { callee, args, .. } => {
                self.expr(callee, assigned);
                for a in args {
                    self.expr(a, assigned);
                }
            }
            Expr::Closure { func, captures } => {
                // Every binding the closure (or a closure inside it) captures may be
                // read whenever it runs: it must be assigned by now.
                for (i, var) in captures.iter().enumerate() {
                    if let Var::Local(l) = var
                        && !assigned[*l]
                    {
                        debug_assert_eq!(self.origins[*func][i], (self.func, *l));
                        self.out[self.func][*l] = true;
                    }
                }
            }
            Expr::Object(props) => {
                for (k, v) in props {
                    self.expr(k, assigned);
                    self.expr(v, assigned);
                }
            }
            Expr::Array(items) => {
                for item in items.iter().flatten() {
                    self.expr(item, assigned);
                }
            }
        }
    }
}
