//! What the solver asks about loops every round, computed once per program
//! in one walk: which locals a statement containing a loop writes, and
//! whether a loop body jumps out of itself.
//!
//! Asking by walking the loop each time costs the loop's size per question;
//! in a nest of loops every level asks, so a round was quadratic in the
//! nesting depth (times the facts alive at each level: cubic). Here each
//! question is a binary search or a lookup.
//!
//! Writes to plain locals (`Expr::Write(Var::Local(_))`) are numbered in the
//! order of a walk over the HIR that visits a statement's whole subtree
//! before the next statement, so the writes inside any statement (and inside
//! any loop body) have consecutive numbers: a span.

use std::collections::HashMap;

use dxl_frontend::hir::{self, Expr, FuncId, LocalId, Stmt, TargetId, Var};

use crate::visit;

/// Write numbers `start..end`.
#[derive(Clone, Copy)]
pub(crate) struct Span {
    start: u32,
    end: u32,
}

pub(crate) struct LoopIndex {
    /// Per statement that contains a loop (by address): the span of its writes.
    statements: HashMap<usize, Span>,
    /// Per loop (by the address of its `hir::Loop`): the span of its body's writes.
    bodies: HashMap<usize, Span>,
    /// Per loop: whether a `break` or `continue` in its body leaves the body.
    jumps_out: HashMap<usize, bool>,
    /// Per function and local: the numbers of its writes, ascending.
    writes: Vec<Vec<Vec<u32>>>,
}

impl LoopIndex {
    pub(crate) fn new(program: &hir::Program) -> LoopIndex {
        let mut index = LoopIndex {
            statements: HashMap::new(),
            bodies: HashMap::new(),
            jumps_out: HashMap::new(),
            writes: program.functions.iter().map(|f| vec![Vec::new(); f.locals.len()]).collect(),
        };
        let mut walk = Walk { index: &mut index, func: 0, next: 0 };
        for (f, func) in program.functions.iter().enumerate() {
            walk.func = f;
            walk.stmts(&func.body);
        }
        index
    }

    /// The span of `s`'s writes, if it contains a loop.
    pub(crate) fn statement(&self, s: &Stmt) -> Option<Span> {
        self.statements.get(&(s as *const Stmt as usize)).copied()
    }

    /// The span of the writes in `l`'s body.
    pub(crate) fn body(&self, l: &hir::Loop) -> Span {
        self.bodies[&(l as *const hir::Loop as usize)]
    }

    /// Whether a `break` or `continue` in `l`'s body leaves it or ends its
    /// iteration early.
    pub(crate) fn body_jumps_out(&self, l: &hir::Loop) -> bool {
        self.jumps_out[&(l as *const hir::Loop as usize)]
    }

    /// Whether local `l` of function `f` is written inside `span`.
    pub(crate) fn writes_in(&self, f: FuncId, l: LocalId, span: Span) -> bool {
        let writes = &self.writes[f][l];
        let first = writes.partition_point(|&w| w < span.start);
        writes.get(first).is_some_and(|&w| w < span.end)
    }
}

struct Walk<'i> {
    index: &'i mut LoopIndex,
    func: FuncId,
    next: u32,
}

impl Walk<'_> {
    /// Numbers the writes of `stmts`; returns whether they contain a loop,
    /// and adds the targets of the jumps in them that leave them to `free`.
    fn stmts(&mut self, stmts: &[Stmt]) -> (bool, Vec<TargetId>) {
        let mut has_loop = false;
        let mut free = Vec::new();
        for s in stmts {
            let start = self.next;
            let (looped, jumps) = self.stmt(s);
            if looped {
                self.index.statements.insert(s as *const Stmt as usize, Span { start, end: self.next });
            }
            has_loop |= looped;
            free.extend(jumps);
        }
        (has_loop, free)
    }

    fn stmt(&mut self, s: &Stmt) -> (bool, Vec<TargetId>) {
        match s {
            Stmt::Loop(l) => {
                if let Some(t) = &l.test {
                    self.expr(t);
                }
                let start = self.next;
                let (_, mut free) = self.stmts(&l.body);
                let key = &**l as *const hir::Loop as usize;
                self.index.bodies.insert(key, Span { start, end: self.next });
                self.index.jumps_out.insert(key, !free.is_empty());
                if let Some(u) = &l.update {
                    self.expr(u);
                }
                free.retain(|&t| t != l.target);
                (true, free)
            }
            Stmt::Break(t) | Stmt::Continue(t) => (false, vec![*t]),
            _ => {
                let mut lists = Vec::new();
                visit::stmt_children(s, &mut |e| self.expr(e), &mut |list| lists.push(list));
                let mut has_loop = false;
                let mut free = Vec::new();
                for list in lists {
                    let (looped, jumps) = self.stmts(list);
                    has_loop |= looped;
                    free.extend(jumps);
                }
                if let Stmt::Labeled(t, _) | Stmt::Switch { target: t, .. } = s {
                    free.retain(|x| x != t);
                }
                (has_loop, free)
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        visit::expr_any(e, &mut |e| {
            if let Expr::Write(Var::Local(l), _) = e {
                self.index.writes[self.func][*l].push(self.next);
                self.next += 1;
            }
            false
        });
    }
}
