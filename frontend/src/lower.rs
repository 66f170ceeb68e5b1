//! Lowers the oxc AST (with its `Scoping`) to the HIR.
//!
//! One recursive walk does binding resolution, closure conversion and the
//! desugarings the HIR promises. Closure conversion: a binding referenced from
//! an inner function is marked `boxed` in its owner and added to the capture
//! list of every function between the owner and the user, so a closure only
//! ever copies cells from its immediate parent.

use std::collections::{HashMap, HashSet};

use oxc_ast::ast::{self as js, Expression, Statement};
use oxc_semantic::{ScopeId, Scoping, SymbolId};
use oxc_span::{GetSpan, Span};
use oxc_syntax::operator::{AssignmentOperator, BinaryOperator, LogicalOperator, UnaryOperator, UpdateOperator};
use oxc_syntax::symbol::SymbolFlags;

use crate::callee_text::callee_text;
use crate::diagnostics::{self, Diagnostic};
use crate::hir::*;

/// What a capture refers to: a binding, or the `this` of an enclosing function.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum CaptureKey {
    Symbol(SymbolId),
    This,
    /// A catch parameter that has a binding of its own (see [`CatchShadow`]).
    CatchShadow(usize),
}

/// `var e` inside `catch (e)` makes oxc hoist the parameter's symbol to the
/// function, so one symbol stands for both. In JavaScript (Annex B.3.4) they
/// are two bindings: inside the clause `e` is the parameter (the `var`'s
/// initializer assigns it), outside it is the hoisted `var`. While the clause
/// is lowered, references that resolve to the hoisted symbol (or to any
/// binding outside the clause with that name) go to this local instead.
struct CatchShadow {
    name: String,
    /// The catch body's scope: bindings declared inside it keep their own meaning.
    scope: ScopeId,
    func: FuncId,
    local: LocalId,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    Loop,
    Switch,
    Block,
}

struct TargetEntry {
    labels: Vec<String>,
    id: TargetId,
    kind: TargetKind,
}

/// A function while it is being lowered.
struct FnState {
    id: FuncId,
    kind: FunctionKind,
    strict: bool,
    locals: Vec<Local>,
    symbol_locals: HashMap<SymbolId, LocalId>,
    captures: Vec<Capture>,
    capture_keys: Vec<CaptureKey>,
    capture_index: HashMap<CaptureKey, CaptureId>,
    this_local: Option<LocalId>,
    targets: Vec<TargetEntry>,
    /// Labels waiting for the statement they label.
    pending_labels: Vec<String>,
    /// This function's `let`/`const` bindings whose declaration has
    /// certainly run at the point being lowered (it dominates it). While an
    /// inner function is lowered, this function is paused where the inner
    /// one's closure is made, so the set also says which of its bindings are
    /// initialized for the inner function: a closure made after the
    /// declaration only ever sees the initialized cell. Accesses of other
    /// lexical bindings check for the temporal dead zone.
    initialized: HashSet<SymbolId>,
    /// This function's entries of `initialized`, in order, so that leaving a
    /// scope (or a switch case) forgets the declarations made inside it.
    initialized_log: Vec<SymbolId>,
    /// An access of one of the parameters checks its dead zone (it is in a
    /// default value, at or before the parameter).
    params_checked: bool,
    /// The locals that the closures made so far in this function capture,
    /// in the order the closures are made.
    captured_by_closures: Vec<LocalId>,
}

pub struct Lowerer<'s> {
    scoping: &'s Scoping,
    source: &'s str,
    functions: Vec<Option<Function>>,
    stack: Vec<FnState>,
    /// The function that owns each function-like scope.
    scope_function: HashMap<ScopeId, FuncId>,
    next_target: TargetId,
    catch_shadows: Vec<CatchShadow>,
    /// Indices into `catch_shadows` of the clauses being lowered, innermost last.
    active_shadows: Vec<usize>,
    /// Parameters of functions with default values: like `let`s, they have a
    /// dead zone (until their turn in the parameter list).
    tdz_params: HashSet<SymbolId>,
    /// The identifier (by its start) that a `return`, `throw`, `if` or
    /// expression statement evaluates first, and the statement's position:
    /// V8 reports a failing read of it (an undefined global) there.
    statement_first: Option<(u32, Pos)>,
}

type Lowered<T> = Result<T, Diagnostic>;

/// A function's parameter list as lowered.
struct Params {
    /// The locals that receive the arguments, in order.
    locals: Vec<LocalId>,
    /// The function's `length`.
    length: u32,
}

fn unsupported<T>(feature: &str, span: Span) -> Lowered<T> {
    Err(diagnostics::unsupported(feature, span.start, span.end))
}

impl Lowerer<'_> {
    /// The position of the first token after `span`: skips white space and
    /// comments, as between an assignment's target and its operator.
    fn token_after(&self, span: Span) -> Pos {
        let bytes = self.source.as_bytes();
        let mut i = span.end as usize;
        while i < bytes.len() {
            match bytes[i] {
                b' ' | b'\t' | b'\n' | b'\r' => i += 1,
                // U+2028 and U+2029 are line terminators too.
                0xE2 if crate::line_index::line_terminator_len(bytes, i).is_some() => i += 3,
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    while i < bytes.len() && crate::line_index::line_terminator_len(bytes, i).is_none() {
                        i += 1;
                    }
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    i += 2;
                    while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                        i += 1;
                    }
                    i += 2;
                }
                _ => break,
            }
        }
        Pos(i.min(bytes.len()) as u32)
    }
}

impl Lowerer<'_> {
    /// Where V8 reports a property access: at the name of `o.name`, at the
    /// `[` of `o[key]`.
    fn member_pos(&self, m: &js::MemberExpression) -> Pos {
        match m {
            js::MemberExpression::StaticMemberExpression(s) => pos(s.property.span),
            js::MemberExpression::ComputedMemberExpression(c) => self.token_after(c.object.span()),
            js::MemberExpression::PrivateFieldExpression(p) => pos(p.field.span),
        }
    }

    /// Where V8 reports a call (its errors, and its frame in a stack
    /// trace): at the name just before the `(` when there is one (`f()`,
    /// `o.f()`), else at the `(` (`o[k]()`, `(o.f)()`, `f()()`).
    fn call_pos(&self, c: &js::CallExpression) -> Pos {
        match &c.callee {
            Expression::Identifier(id) => pos(id.span),
            Expression::StaticMemberExpression(s) => pos(s.property.span),
            other => self.token_after(other.span()),
        }
    }
}

/// The start of the identifier that evaluating `e` reads first, if one is.
fn first_identifier(e: &Expression) -> Option<u32> {
    match e.without_parentheses() {
        Expression::Identifier(id) => Some(id.span.start),
        Expression::BinaryExpression(b) => first_identifier(&b.left),
        Expression::LogicalExpression(l) => first_identifier(&l.left),
        Expression::ConditionalExpression(c) => first_identifier(&c.test),
        Expression::CallExpression(c) => first_identifier(&c.callee),
        Expression::StaticMemberExpression(m) => first_identifier(&m.object),
        Expression::ComputedMemberExpression(m) => first_identifier(&m.object),
        Expression::UnaryExpression(u) if u.operator != UnaryOperator::Typeof => first_identifier(&u.argument),
        Expression::SequenceExpression(s) => s.expressions.first().and_then(first_identifier),
        Expression::AssignmentExpression(a) => match &a.left {
            js::AssignmentTarget::AssignmentTargetIdentifier(_) => first_identifier(&a.right),
            target => target.as_member_expression().and_then(|m| first_identifier(m.object())),
        },
        _ => None,
    }
}

fn pos(span: Span) -> Pos {
    Pos(span.start)
}

fn boxed(e: Expr) -> Box<Expr> {
    Box::new(e)
}

fn has_use_strict(directives: &[js::Directive]) -> bool {
    directives.iter().any(|d| d.directive.as_str() == "use strict")
}

impl<'s> Lowerer<'s> {
    pub fn new(scoping: &'s Scoping, source: &'s str) -> Self {
        Lowerer {
            scoping,
            source,
            functions: Vec::new(),
            stack: Vec::new(),
            scope_function: HashMap::new(),
            next_target: 0,
            catch_shadows: Vec::new(),
            active_shadows: Vec::new(),
            tdz_params: HashSet::new(),
            statement_first: None,
        }
    }

    /// Lowers the whole program; the first error stops lowering.
    pub fn lower_program(mut self, program: &js::Program, file_name: &str) -> Result<Program, Diagnostic> {
        let strict = has_use_strict(&program.directives) || program.source_type.is_module();
        let scope = program.scope_id.get().expect("semantic analysis assigns scopes");
        let main = self.begin_function(FunctionKind::Script, scope, strict);
        let body = self.lower_body(&program.body)?;
        let params = Params { locals: Vec::new(), length: 0 };
        let main_fn = self.finish_function(String::new(), strict, params, body, (program.span, pos(program.span)));
        debug_assert_eq!(main_fn.0, main);
        Ok(Program {
            file_name: file_name.to_string(),
            source: self.source.to_string(),
            functions: self.functions.into_iter().map(|f| f.expect("every function is finished")).collect(),
            main,
        })
    }

    // ---- functions -------------------------------------------------------

    fn begin_function(&mut self, kind: FunctionKind, scope: ScopeId, use_strict: bool) -> FuncId {
        let strict = use_strict || self.stack.last().is_some_and(|s| s.strict);
        let id = self.functions.len();
        self.functions.push(None);
        self.scope_function.insert(scope, id);
        let mut state = FnState {
            id,
            kind,
            strict,
            locals: Vec::new(),
            symbol_locals: HashMap::new(),
            captures: Vec::new(),
            capture_keys: Vec::new(),
            capture_index: HashMap::new(),
            this_local: None,
            targets: Vec::new(),
            pending_labels: Vec::new(),
            initialized: HashSet::new(),
            initialized_log: Vec::new(),
            params_checked: false,
            captured_by_closures: Vec::new(),
        };
        if kind != FunctionKind::Arrow {
            state.locals.push(Local { name: "this".into(), boxed: false, lexical: false });
            state.this_local = Some(0);
        }
        self.stack.push(state);
        id
    }

    /// Pops the current function, stores it, and returns its id with the
    /// variables (in the parent) that its captures come from.
    fn finish_function(
        &mut self,
        name: String,
        strict: bool,
        Params { locals: params, length }: Params,
        body: Vec<Stmt>,
        (span, body_pos): (Span, Pos),
    ) -> (FuncId, Vec<Var>) {
        let state = self.stack.pop().expect("a function is being lowered");
        let captures_from: Vec<Var> = if self.stack.is_empty() {
            Vec::new()
        } else {
            state.capture_keys.iter().map(|&key| self.resolve_key(key)).collect()
        };
        if let Some(parent) = self.stack.last_mut() {
            parent.captured_by_closures.extend(captures_from.iter().filter_map(|v| match v {
                Var::Local(l) => Some(*l),
                Var::Captured(_) => None,
            }));
        }
        let function = Function {
            name,
            kind: state.kind,
            strict,
            params,
            length,
            locals: state.locals,
            captures: state.captures,
            this_local: state.this_local,
            body,
            pos: pos(span),
            body_pos,
            source_span: (span.start, span.end),
        };
        self.functions[state.id] = Some(function);
        (state.id, captures_from)
    }

    fn current(&mut self) -> &mut FnState {
        self.stack.last_mut().expect("a function is being lowered")
    }

    fn temp(&mut self) -> LocalId {
        let state = self.current();
        state.locals.push(Local { name: String::new(), boxed: false, lexical: false });
        state.locals.len() - 1
    }

    /// The function (index into the stack) that owns a symbol.
    fn owner_depth(&self, symbol: SymbolId) -> usize {
        let mut scope = self.scoping.symbol_scope_id(symbol);
        loop {
            if let Some(&func) = self.scope_function.get(&scope)
                && let Some(depth) = self.stack.iter().position(|s| s.id == func)
            {
                return depth;
            }
            match self.scoping.scope_parent_id(scope) {
                Some(parent) => scope = parent,
                None => return 0,
            }
        }
    }

    fn local_for(&mut self, depth: usize, symbol: SymbolId) -> LocalId {
        let name = self.scoping.symbol_name(symbol).to_string();
        let lexical = self.scoping.symbol_flags(symbol).contains(SymbolFlags::BlockScopedVariable);
        let state = &mut self.stack[depth];
        *state.symbol_locals.entry(symbol).or_insert_with(|| {
            state.locals.push(Local { name, boxed: false, lexical });
            state.locals.len() - 1
        })
    }

    fn resolve_symbol(&mut self, symbol: SymbolId) -> Var {
        let owner = self.owner_depth(symbol);
        let local = self.local_for(owner, symbol);
        self.resolve_from(owner, local, CaptureKey::Symbol(symbol))
    }

    /// `this` as seen from the current function.
    fn resolve_this(&mut self) -> Var {
        let owner =
            self.stack.iter().rposition(|s| s.kind != FunctionKind::Arrow).expect("the script is never an arrow");
        let local = self.stack[owner].this_local.expect("non-arrow functions have a this local");
        self.resolve_from(owner, local, CaptureKey::This)
    }

    fn resolve_from(&mut self, owner: usize, local: LocalId, key: CaptureKey) -> Var {
        let top = self.stack.len() - 1;
        if owner == top {
            return Var::Local(local);
        }
        self.stack[owner].locals[local].boxed = true;
        let mut id = 0;
        for depth in owner + 1..=top {
            let name = match key {
                CaptureKey::Symbol(s) => self.scoping.symbol_name(s).to_string(),
                CaptureKey::This => "this".to_string(),
                CaptureKey::CatchShadow(i) => self.catch_shadows[i].name.clone(),
            };
            let state = &mut self.stack[depth];
            id = *state.capture_index.entry(key).or_insert_with(|| {
                state.captures.push(Capture { name });
                state.capture_keys.push(key);
                state.captures.len() - 1
            });
        }
        Var::Captured(id)
    }

    fn resolve_key(&mut self, key: CaptureKey) -> Var {
        match key {
            CaptureKey::Symbol(s) => self.resolve_symbol(s),
            CaptureKey::This => self.resolve_this(),
            CaptureKey::CatchShadow(i) => self.resolve_shadow(i),
        }
    }

    fn resolve_shadow(&mut self, shadow: usize) -> Var {
        let CatchShadow { func, local, .. } = self.catch_shadows[shadow];
        let owner = self.stack.iter().position(|s| s.id == func).expect("the clause's function is being lowered");
        self.resolve_from(owner, local, CaptureKey::CatchShadow(shadow))
    }

    /// The catch parameter that a reference to `symbol` means instead, if any.
    fn shadow_for(&self, symbol: SymbolId) -> Option<usize> {
        let name = self.scoping.symbol_name(symbol);
        let &shadow = self.active_shadows.iter().rev().find(|&&i| self.catch_shadows[i].name == name)?;
        // A binding declared inside the clause (in a nested block or function) is its own.
        let inside = self
            .scoping
            .scope_ancestors(self.scoping.symbol_scope_id(symbol))
            .any(|s| s == self.catch_shadows[shadow].scope);
        (!inside).then_some(shadow)
    }

    /// A name as written in the program (a reference or a declaration).
    fn resolve_name(&mut self, symbol: SymbolId) -> Var {
        match self.shadow_for(symbol) {
            Some(shadow) => self.resolve_shadow(shadow),
            None => self.resolve_symbol(symbol),
        }
    }

    fn binding_var(&mut self, id: &js::BindingIdentifier) -> Var {
        let symbol = id.symbol_id.get().expect("semantic analysis binds identifiers");
        self.resolve_name(symbol)
    }

    // ---- the temporal dead zone ------------------------------------------

    /// Whether an access of `symbol` here needs the TDZ check: it is a
    /// `let`/`const` (or a parameter with a dead zone) whose declaration does
    /// not dominate this point.
    fn in_tdz(&mut self, symbol: SymbolId) -> bool {
        let param = self.tdz_params.contains(&symbol);
        if !(param || self.scoping.symbol_flags(symbol).contains(SymbolFlags::BlockScopedVariable))
            || self.shadow_for(symbol).is_some()
        {
            return false;
        }
        let owner = self.owner_depth(symbol);
        let checked = !self.stack[owner].initialized.contains(&symbol);
        if checked && param {
            self.stack[owner].params_checked = true;
        }
        checked
    }

    /// The declaration of `symbol` has just run.
    fn mark_initialized(&mut self, symbol: SymbolId) {
        let state = self.current();
        if state.initialized.insert(symbol) {
            state.initialized_log.push(symbol);
        }
    }

    fn initialized_mark(&mut self) -> usize {
        self.current().initialized_log.len()
    }

    /// Forgets the declarations marked since `mark` (leaving their scope).
    fn forget_initialized(&mut self, mark: usize) {
        let FnState { initialized, initialized_log, .. } = self.current();
        for symbol in initialized_log.drain(mark..) {
            initialized.remove(&symbol);
        }
    }

    fn lower_function(&mut self, f: &js::Function, name: Option<String>, kind: FunctionKind) -> Lowered<Expr> {
        self.lower_function_at(f, name, kind, None)
    }

    /// `source_span` overrides the text Function.prototype.toString shows
    /// (a method's text starts at its key, before the function node).
    fn lower_function_at(
        &mut self,
        f: &js::Function,
        name: Option<String>,
        kind: FunctionKind,
        source_span: Option<Span>,
    ) -> Lowered<Expr> {
        if f.generator {
            return unsupported("generator function", f.span);
        }
        if f.r#async {
            return unsupported("async function", f.span);
        }
        let Some(body) = &f.body else {
            return unsupported("a function without a body", f.span);
        };
        let scope = f.scope_id.get().expect("functions have scopes");
        self.begin_function(kind, scope, has_use_strict(&body.directives));
        // A named function expression sees its own name bound to itself.
        let mut prologue = Vec::new();
        if f.r#type == js::FunctionType::FunctionExpression
            && let Some(id) = &f.id
        {
            let symbol = id.symbol_id.get().expect("bound");
            if self.scoping.symbol_scope_id(symbol) == scope {
                let var = self.resolve_symbol(symbol);
                prologue.push(Stmt::Expr(Expr::Write(var, boxed(Expr::Callee))));
            }
        }
        let (params, mut stmts) = self.lower_params(&f.params)?;
        stmts.splice(0..0, prologue);
        stmts.extend(self.lower_body(&body.statements)?);
        let strict = self.current().strict;
        let name = name.or_else(|| f.id.as_ref().map(|id| id.name.to_string())).unwrap_or_default();
        let body_pos = pos(body.statements.first().map_or(body.span, |s| s.span()));
        let span = (source_span.unwrap_or(f.span), body_pos);
        let (func, captures) = self.finish_function(name, strict, params, stmts, span);
        Ok(Expr::Closure { func, captures })
    }

    fn lower_arrow(&mut self, f: &js::ArrowFunctionExpression, name: Option<String>) -> Lowered<Expr> {
        if f.r#async {
            return unsupported("async function", f.span);
        }
        let scope = f.scope_id.get().expect("functions have scopes");
        self.begin_function(FunctionKind::Arrow, scope, false);
        let (params, mut stmts) = self.lower_params(&f.params)?;
        let body_pos = match &f.body {
            js::ArrowFunctionBody::FunctionBody(body) => pos(body.statements.first().map_or(body.span, |s| s.span())),
            expression => pos(expression.span()),
        };
        match &f.body {
            js::ArrowFunctionBody::FunctionBody(body) => stmts.extend(self.lower_body(&body.statements)?),
            expression => {
                let e = expression.as_expression().expect("the other variant is an expression");
                let value = self.expr(e)?;
                stmts.push(Stmt::Return(Some(value)));
            }
        }
        let strict = self.current().strict;
        let span = (f.span, body_pos);
        let (func, captures) = self.finish_function(name.unwrap_or_default(), strict, params, stmts, span);
        Ok(Expr::Closure { func, captures })
    }

    /// Parameters become locals; default values become `if (p === undefined) p = default`.
    /// Also gives the function's `length`: the parameters before the first default.
    fn lower_params(&mut self, params: &js::FormalParameters) -> Lowered<(Params, Vec<Stmt>)> {
        if let Some(rest) = &params.rest {
            return unsupported("rest parameter", rest.span());
        }
        let length = params.items.iter().take_while(|p| p.initializer.is_none()).count() as u32;
        let mut ids = Vec::new();
        for param in &params.items {
            let js::BindingPattern::BindingIdentifier(id) = &param.pattern else {
                return unsupported("destructuring parameter", param.span);
            };
            ids.push(id);
        }
        let with_defaults = params.items.iter().any(|p| p.initializer.is_some());
        if with_defaults {
            // Parameters are initialized in order: a default sees the later
            // ones (and its own) in their dead zone.
            self.tdz_params.extend(ids.iter().map(|id| id.symbol_id.get().expect("bound")));
        }
        let mut lowered = Vec::new();
        for (param, id) in params.items.iter().zip(ids) {
            let var = self.binding_var(id);
            let Var::Local(local) = var else { unreachable!("parameters belong to their function") };
            let default = param.initializer.as_ref().map(|init| self.expr_named(init, Some(id.name.to_string())));
            lowered.push((local, default.transpose()?));
            if with_defaults {
                self.mark_initialized(id.symbol_id.get().expect("bound"));
            }
        }
        let mut defaults = Vec::new();
        if !self.current().params_checked {
            for (local, default) in &mut lowered {
                if let Some(value) = default.take() {
                    let var = Var::Local(*local);
                    defaults.push(Stmt::If(
                        Expr::Binary(BinaryOp::StrictEq, boxed(Expr::Read(var)), boxed(Expr::Undefined)),
                        vec![Stmt::Expr(Expr::Write(var, boxed(value)))],
                        Vec::new(),
                    ));
                }
            }
            let locals = lowered.into_iter().map(|(local, _)| local).collect();
            return Ok((Params { locals, length }, defaults));
        }
        // A checked access needs the parameters uninitialized until their
        // turn: the arguments arrive in temporaries, copied over in order.
        let mut arguments = Vec::new();
        for (local, default) in lowered {
            let temp = self.temp();
            arguments.push(temp);
            let argument = Var::Local(temp);
            self.current().locals[local].lexical = true;
            let value = match default {
                Some(value) => Expr::Conditional(
                    boxed(Expr::Binary(BinaryOp::StrictEq, boxed(Expr::Read(argument)), boxed(Expr::Undefined))),
                    boxed(value),
                    boxed(Expr::Read(argument)),
                ),
                None => Expr::Read(argument),
            };
            defaults.push(Stmt::Expr(Expr::Write(Var::Local(local), boxed(value))));
        }
        Ok((Params { locals: arguments, length }, defaults))
    }

    // ---- statements ------------------------------------------------------

    /// A statement list with its function declarations hoisted to the top.
    fn lower_body(&mut self, stmts: &[Statement]) -> Lowered<Vec<Stmt>> {
        let mut out = Vec::new();
        self.hoist_functions(stmts, &mut out)?;
        self.statements(stmts, &mut out)?;
        Ok(out)
    }

    /// The closures of a scope's function declarations, made on scope entry.
    fn hoist_functions(&mut self, stmts: &[Statement], out: &mut Vec<Stmt>) -> Lowered<()> {
        for stmt in stmts {
            if let Statement::FunctionDeclaration(f) = stmt {
                let id = f.id.as_ref().expect("declarations are named");
                let var = self.binding_var(id);
                let closure = self.lower_function(f, None, FunctionKind::Normal)?;
                out.push(Stmt::Expr(Expr::Write(var, boxed(closure))));
            }
        }
        Ok(())
    }

    /// The statements of a list other than its (hoisted) function declarations.
    fn statements(&mut self, stmts: &[Statement], out: &mut Vec<Stmt>) -> Lowered<()> {
        for stmt in stmts {
            if !matches!(stmt, Statement::FunctionDeclaration(_)) {
                self.stmt(stmt, out)?;
            }
        }
        Ok(())
    }

    /// Locals for the lexical bindings of a scope, which get fresh cells on entry.
    fn scope_locals(&mut self, scope: Option<ScopeId>) -> Vec<LocalId> {
        let Some(scope) = scope else { return Vec::new() };
        let symbols: Vec<SymbolId> = self.scoping.get_bindings(scope).values().copied().collect();
        let depth = self.stack.len() - 1;
        let own: Vec<SymbolId> = symbols.into_iter().filter(|&s| self.owner_depth(s) == depth).collect();
        let mut locals: Vec<LocalId> = own.into_iter().map(|s| self.local_for(depth, s)).collect();
        locals.sort_unstable();
        locals
    }

    fn block(&mut self, block: &js::BlockStatement) -> Lowered<Vec<Stmt>> {
        let fresh = self.scope_locals(block.scope_id.get());
        let mut out = Vec::new();
        if !fresh.is_empty() {
            out.push(Stmt::FreshCells(fresh));
        }
        let mark = self.initialized_mark();
        out.extend(self.lower_body(&block.body)?);
        self.forget_initialized(mark);
        Ok(out)
    }

    /// A catch clause: the parameter is stored after the clause's fresh cells
    /// are made, so a closure over it sees this exception. Returns the local
    /// that receives the exception.
    fn catch_clause(&mut self, h: &js::CatchClause) -> Lowered<(Option<Var>, Vec<Stmt>)> {
        let id = match &h.param {
            None => return Ok((None, self.block(&h.body)?)),
            Some(p) => match &p.pattern {
                js::BindingPattern::BindingIdentifier(id) => id,
                _ => return unsupported("destructuring catch parameter", p.span),
            },
        };
        let symbol = id.symbol_id.get().expect("semantic analysis binds identifiers");
        let scope = h.body.scope_id.get().expect("blocks have scopes");
        let mut fresh = self.scope_locals(Some(scope));
        let shadowed = self.scoping.symbol_scope_id(symbol) != scope;
        if shadowed {
            let local = self.current().locals.len();
            let name = id.name.to_string();
            self.current().locals.push(Local { name: name.clone(), boxed: false, lexical: false });
            fresh.push(local);
            let func = self.current().id;
            self.catch_shadows.push(CatchShadow { name, scope, func, local });
            self.active_shadows.push(self.catch_shadows.len() - 1);
        }
        let param = self.binding_var(id);
        let exception = Var::Local(self.temp());
        let mut body = Vec::new();
        if !fresh.is_empty() {
            body.push(Stmt::FreshCells(fresh));
        }
        body.push(Stmt::Expr(Expr::Write(param, boxed(Expr::Read(exception)))));
        let mark = self.initialized_mark();
        let lowered = self.lower_body(&h.body.body);
        self.forget_initialized(mark);
        if shadowed {
            self.active_shadows.pop();
        }
        body.extend(lowered?);
        Ok((Some(exception), body))
    }

    /// A statement used as a loop or if body.
    fn sub_statement(&mut self, stmt: &Statement) -> Lowered<Vec<Stmt>> {
        match stmt {
            Statement::BlockStatement(b) => self.block(b),
            other => {
                let mut out = Vec::new();
                self.stmt(other, &mut out)?;
                Ok(out)
            }
        }
    }

    fn new_target(&mut self, kind: TargetKind) -> TargetId {
        let id = self.next_target;
        self.next_target += 1;
        let labels = std::mem::take(&mut self.current().pending_labels);
        self.current().targets.push(TargetEntry { labels, id, kind });
        id
    }

    fn end_target(&mut self) {
        self.current().targets.pop();
    }

    fn stmt(&mut self, stmt: &Statement, out: &mut Vec<Stmt>) -> Lowered<()> {
        crate::stack::with_room(|| self.stmt_with_room(stmt, out))
    }

    fn stmt_with_room(&mut self, stmt: &Statement, out: &mut Vec<Stmt>) -> Lowered<()> {
        // Labels apply only to the statement right after them.
        if !matches!(stmt, Statement::LabeledStatement(_)) && !is_loop(stmt) {
            let labels = std::mem::take(&mut self.current().pending_labels);
            if !labels.is_empty() {
                self.current().pending_labels = labels;
                let target = self.new_target(TargetKind::Block);
                let mut body = Vec::new();
                self.stmt(stmt, &mut body)?;
                self.end_target();
                out.push(Stmt::Labeled(target, body));
                return Ok(());
            }
        }
        match stmt {
            Statement::BlockStatement(b) => out.extend(self.block(b)?),
            Statement::EmptyStatement(_) | Statement::DebuggerStatement(_) => {}
            Statement::ExpressionStatement(e) => {
                let value = self.statement_expr(&e.expression, e.span)?;
                out.push(Stmt::Expr(value));
            }
            Statement::VariableDeclaration(decl) => self.var_decl(decl, out)?,
            Statement::FunctionDeclaration(f) => {
                // Only reached for declarations in a labeled or single-statement position.
                let id = f.id.as_ref().expect("declarations are named");
                let var = self.binding_var(id);
                let closure = self.lower_function(f, None, FunctionKind::Normal)?;
                out.push(Stmt::Expr(Expr::Write(var, boxed(closure))));
            }
            Statement::IfStatement(s) => {
                let test = self.statement_expr(&s.test, s.span)?;
                let then = self.sub_statement(&s.consequent)?;
                let otherwise = match &s.alternate {
                    Some(alt) => self.sub_statement(alt)?,
                    None => Vec::new(),
                };
                out.push(Stmt::If(test, then, otherwise));
            }
            Statement::WhileStatement(s) => {
                let target = self.new_target(TargetKind::Loop);
                let test = self.expr(&s.test)?;
                let body = self.sub_statement(&s.body)?;
                self.end_target();
                out.push(Stmt::Loop(Box::new(Loop {
                    target,
                    test: Some(test),
                    test_first: true,
                    body,
                    update: None,
                    per_iteration: Vec::new(),
                })));
            }
            Statement::DoWhileStatement(s) => {
                let target = self.new_target(TargetKind::Loop);
                let body = self.sub_statement(&s.body)?;
                let test = self.expr(&s.test)?;
                self.end_target();
                out.push(Stmt::Loop(Box::new(Loop {
                    target,
                    test: Some(test),
                    test_first: false,
                    body,
                    update: None,
                    per_iteration: Vec::new(),
                })));
            }
            Statement::ForStatement(s) => self.for_stmt(s, out)?,
            Statement::ForInStatement(s) => self.for_in(s, out)?,
            Statement::ForOfStatement(s) => return unsupported("for-of loop", s.span),
            Statement::LabeledStatement(s) => {
                let name = s.label.name.to_string();
                self.current().pending_labels.push(name);
                self.stmt(&s.body, out)?;
            }
            Statement::BreakStatement(s) => {
                let target = self.jump_target(s.label.as_ref(), false, s.span)?;
                out.push(Stmt::Break(target));
            }
            Statement::ContinueStatement(s) => {
                let target = self.jump_target(s.label.as_ref(), true, s.span)?;
                out.push(Stmt::Continue(target));
            }
            Statement::ReturnStatement(s) => {
                let value = s.argument.as_ref().map(|e| self.statement_expr(e, s.span)).transpose()?;
                out.push(Stmt::Return(value));
            }
            Statement::ThrowStatement(s) => {
                let value = self.statement_expr(&s.argument, s.span)?;
                out.push(Stmt::Throw(value, pos(s.span)));
            }
            Statement::TryStatement(s) => {
                let block = self.block(&s.block)?;
                let catch = s.handler.as_ref().map(|h| self.catch_clause(h)).transpose()?;
                let finally = s.finalizer.as_ref().map(|f| self.block(f)).transpose()?;
                out.push(Stmt::Try { block, catch, finally });
            }
            Statement::SwitchStatement(s) => {
                let mut discriminant = self.expr(&s.discriminant)?;
                let target = self.new_target(TargetKind::Switch);
                let fresh = self.scope_locals(s.scope_id.get());
                // The cases share one scope, entered after the discriminant is
                // evaluated: its functions exist from then on.
                let mut functions = Vec::new();
                for case in &s.cases {
                    self.hoist_functions(&case.consequent, &mut functions)?;
                }
                if !functions.is_empty() {
                    let value = Var::Local(self.temp());
                    out.push(Stmt::Expr(Expr::Write(value, boxed(discriminant))));
                    discriminant = Expr::Read(value);
                }
                if !fresh.is_empty() {
                    out.push(Stmt::FreshCells(fresh));
                }
                out.extend(functions);
                let mut cases = Vec::new();
                for case in &s.cases {
                    // A declaration in one case does not dominate the later ones,
                    // which the switch may enter directly.
                    let mark = self.initialized_mark();
                    let test = case.test.as_ref().map(|t| self.expr(t)).transpose()?;
                    let mut body = Vec::new();
                    let lowered = self.statements(&case.consequent, &mut body);
                    self.forget_initialized(mark);
                    lowered?;
                    cases.push(SwitchCase { test, body });
                }
                self.end_target();
                out.push(Stmt::Switch { target, discriminant, cases });
            }
            Statement::WithStatement(s) => return unsupported("`with` statement", s.span),
            Statement::ClassDeclaration(c) => return unsupported("class", c.span),
            other => {
                if let Some(decl) = other.as_module_declaration() {
                    return unsupported("import/export", decl.span());
                }
                return unsupported("this statement kind", other.span());
            }
        }
        Ok(())
    }

    fn jump_target(&mut self, label: Option<&js::LabelIdentifier>, is_continue: bool, span: Span) -> Lowered<TargetId> {
        let targets = &self.current().targets;
        let found = match label {
            Some(label) => targets.iter().rev().find(|t| t.labels.iter().any(|l| l == label.name.as_str())),
            None if is_continue => targets.iter().rev().find(|t| t.kind == TargetKind::Loop),
            None => targets.iter().rev().find(|t| t.kind != TargetKind::Block),
        };
        match found {
            Some(t) if is_continue && t.kind != TargetKind::Loop => {
                Err(diagnostics::syntax_error("continue must target a loop".into(), span.start, span.end, None))
            }
            Some(t) => Ok(t.id),
            None => Err(diagnostics::syntax_error("jump target not found".into(), span.start, span.end, None)),
        }
    }

    fn var_decl(&mut self, decl: &js::VariableDeclaration, out: &mut Vec<Stmt>) -> Lowered<()> {
        let lexical = decl.kind.is_lexical();
        for d in &decl.declarations {
            let js::BindingPattern::BindingIdentifier(id) = &d.id else {
                return unsupported("destructuring declaration", d.span);
            };
            let var = self.binding_var(id);
            match &d.init {
                Some(init) => {
                    let value = self.expr_named(init, Some(id.name.to_string()))?;
                    out.push(Stmt::Expr(Expr::Write(var, boxed(value))));
                }
                None if lexical => out.push(Stmt::Expr(Expr::Write(var, boxed(Expr::Undefined)))),
                None => {}
            }
            if lexical {
                self.mark_initialized(id.symbol_id.get().expect("semantic analysis binds identifiers"));
            }
        }
        Ok(())
    }

    fn for_stmt(&mut self, s: &js::ForStatement, out: &mut Vec<Stmt>) -> Lowered<()> {
        let mark = self.initialized_mark();
        let lowered = self.for_loop(s, out);
        self.forget_initialized(mark);
        lowered
    }

    fn for_loop(&mut self, s: &js::ForStatement, out: &mut Vec<Stmt>) -> Lowered<()> {
        let per_iteration = self.scope_locals(s.scope_id.get());
        if !per_iteration.is_empty() {
            out.push(Stmt::FreshCells(per_iteration.clone()));
        }
        let closures_before = self.current().captured_by_closures.len();
        match &s.init {
            Some(js::ForStatementInit::VariableDeclaration(decl)) => self.var_decl(decl, out)?,
            Some(init) => {
                let e = init.as_expression().expect("the other variant is a declaration");
                out.push(Stmt::Expr(self.expr(e)?));
            }
            None => {}
        }
        // The first iteration has bindings of its own too, copied from the
        // head's: a closure made in the head keeps the head's.
        let head_captured =
            self.current().captured_by_closures[closures_before..].iter().any(|l| per_iteration.contains(l));
        if head_captured {
            let values: Vec<Var> = per_iteration.iter().map(|_| Var::Local(self.temp())).collect();
            for (&local, &value) in per_iteration.iter().zip(&values) {
                out.push(Stmt::Expr(Expr::Write(value, boxed(Expr::Read(Var::Local(local))))));
            }
            out.push(Stmt::FreshCells(per_iteration.clone()));
            for (&local, &value) in per_iteration.iter().zip(&values) {
                out.push(Stmt::Expr(Expr::Write(Var::Local(local), boxed(Expr::Read(value)))));
            }
        }
        let target = self.new_target(TargetKind::Loop);
        let test = s.test.as_ref().map(|t| self.expr(t)).transpose()?;
        let update = s.update.as_ref().map(|u| self.expr(u)).transpose()?;
        let body = self.sub_statement(&s.body)?;
        self.end_target();
        out.push(Stmt::Loop(Box::new(Loop { target, test, test_first: true, body, update, per_iteration })));
        Ok(())
    }

    fn for_in(&mut self, s: &js::ForInStatement, out: &mut Vec<Stmt>) -> Lowered<()> {
        let mark = self.initialized_mark();
        let lowered = self.for_in_loop(s, out);
        self.forget_initialized(mark);
        lowered
    }

    /// `for (k in o) body` becomes a counted loop over the runtime's key list.
    fn for_in_loop(&mut self, s: &js::ForInStatement, out: &mut Vec<Stmt>) -> Lowered<()> {
        let fresh = self.scope_locals(s.scope_id.get());
        // `o` is evaluated with the head's `let` in its dead zone.
        if !fresh.is_empty() {
            out.push(Stmt::FreshCells(fresh.clone()));
        }
        let object = self.expr(&s.right)?;
        let object_tmp = Var::Local(self.temp());
        let key_tmp = Var::Local(self.temp());
        let keys = self.temp();
        let index = self.temp();
        out.push(Stmt::Expr(Expr::Write(object_tmp, boxed(object))));
        out.push(Stmt::Expr(Expr::Write(Var::Local(keys), boxed(Expr::ForInKeys(boxed(Expr::Read(object_tmp)))))));
        out.push(Stmt::Expr(Expr::Write(Var::Local(index), boxed(Expr::Number(0.0)))));
        let key = Expr::GetProp {
            object: boxed(Expr::Read(Var::Local(keys))),
            key: boxed(Expr::Read(Var::Local(index))),
            pos: pos(s.span),
        };
        let target = self.new_target(TargetKind::Loop);
        let mut body = Vec::new();
        body.push(Stmt::Expr(Expr::Write(key_tmp, boxed(key))));
        // A key deleted by an earlier iteration is not visited.
        body.push(Stmt::If(
            Expr::Unary(UnaryOp::Not, boxed(Expr::ForInHas(boxed(Expr::Read(object_tmp)), boxed(Expr::Read(key_tmp))))),
            vec![Stmt::Continue(target)],
            Vec::new(),
        ));
        if !fresh.is_empty() {
            body.push(Stmt::FreshCells(fresh));
        }
        let key = Expr::Read(key_tmp);
        let assign = match &s.left {
            js::ForStatementLeft::VariableDeclaration(decl) => {
                let Some(d) = decl.declarations.first() else {
                    return unsupported("this for-in head kind", decl.span);
                };
                let js::BindingPattern::BindingIdentifier(id) = &d.id else {
                    return unsupported("destructuring declaration", d.span);
                };
                let var = self.binding_var(id);
                if decl.kind.is_lexical() {
                    self.mark_initialized(id.symbol_id.get().expect("semantic analysis binds identifiers"));
                }
                Expr::Write(var, boxed(key))
            }
            left => {
                let target = left.as_assignment_target().expect("the other variant is a declaration");
                self.assign_to(target, key, s.span)?
            }
        };
        body.push(Stmt::Expr(assign));
        body.extend(self.sub_statement(&s.body)?);
        self.end_target();
        let test = Expr::Binary(
            BinaryOp::Lt,
            boxed(Expr::Read(Var::Local(index))),
            boxed(Expr::GetProp {
                object: boxed(Expr::Read(Var::Local(keys))),
                key: boxed(Expr::String("length".into())),
                pos: pos(s.span),
            }),
        );
        let update = Expr::Write(
            Var::Local(index),
            boxed(Expr::Binary(BinaryOp::Add, boxed(Expr::Read(Var::Local(index))), boxed(Expr::Number(1.0)))),
        );
        out.push(Stmt::Loop(Box::new(Loop {
            target,
            test: Some(test),
            test_first: true,
            body,
            update: Some(update),
            per_iteration: Vec::new(),
        })));
        Ok(())
    }

    // ---- expressions -----------------------------------------------------

    /// An expression that may give an anonymous function its name (`var f = function(){}`).
    fn expr_named(&mut self, e: &Expression, name: Option<String>) -> Lowered<Expr> {
        match e.without_parentheses() {
            Expression::FunctionExpression(f) if f.id.is_none() => self.lower_function(f, name, FunctionKind::Normal),
            Expression::ArrowFunctionExpression(f) => self.lower_arrow(f, name),
            other => self.expr(other),
        }
    }

    fn identifier(&mut self, id: &js::IdentifierReference) -> Lowered<Expr> {
        let reference = id.reference_id.get().expect("semantic analysis resolves references");
        match self.scoping.get_reference(reference).symbol_id() {
            Some(symbol) => {
                let var = self.resolve_name(symbol);
                Ok(if self.in_tdz(symbol) { Expr::ReadChecked(var, id.name.to_string()) } else { Expr::Read(var) })
            }
            None => Ok(match id.name.as_str() {
                "undefined" => Expr::Undefined,
                "NaN" => Expr::Number(f64::NAN),
                "Infinity" => Expr::Number(f64::INFINITY),
                "arguments" => return unsupported("the `arguments` object", id.span),
                name if UNIMPLEMENTED_GLOBALS.contains(&name) => return unsupported(&format!("`{name}`"), id.span),
                name => {
                    let at = match self.statement_first {
                        Some((first, statement)) if first == id.span.start => statement,
                        _ => pos(id.span),
                    };
                    Expr::GlobalRead(name.to_string(), at)
                }
            }),
        }
    }

    fn property_key(&mut self, key: &js::PropertyKey) -> Lowered<Expr> {
        Ok(match key {
            js::PropertyKey::StaticIdentifier(id) => Expr::String(id.name.to_string()),
            js::PropertyKey::PrivateIdentifier(p) => return unsupported("private name", p.span),
            other => {
                let e = other.as_expression().expect("remaining variants are expressions");
                match e {
                    Expression::StringLiteral(s) => Expr::String(s.value.to_string()),
                    Expression::NumericLiteral(n) => Expr::Number(n.value),
                    e => self.expr(e)?,
                }
            }
        })
    }

    /// The name a function gets from a non-computed key: the key as a string.
    fn key_name(key: &js::PropertyKey) -> Option<String> {
        match key {
            js::PropertyKey::StaticIdentifier(id) => Some(id.name.to_string()),
            js::PropertyKey::StringLiteral(s) => Some(s.value.to_string()),
            js::PropertyKey::NumericLiteral(n) => Some(ryu_js::Buffer::new().format(n.value).to_string()),
            _ => None,
        }
    }

    fn member(&mut self, m: &js::MemberExpression) -> Lowered<(Expr, Expr)> {
        match m {
            js::MemberExpression::StaticMemberExpression(s) => {
                if s.optional {
                    return unsupported("optional chaining", s.span);
                }
                Ok((self.expr(&s.object)?, Expr::String(s.property.name.to_string())))
            }
            js::MemberExpression::ComputedMemberExpression(c) => {
                if c.optional {
                    return unsupported("optional chaining", c.span);
                }
                Ok((self.expr(&c.object)?, self.expr(&c.expression)?))
            }
            js::MemberExpression::PrivateFieldExpression(p) => unsupported("private field", p.span),
        }
    }

    fn expr(&mut self, e: &Expression) -> Lowered<Expr> {
        crate::stack::with_room(|| self.expr_with_room(e))
    }

    fn expr_with_room(&mut self, e: &Expression) -> Lowered<Expr> {
        Ok(match e {
            Expression::BooleanLiteral(b) => Expr::Bool(b.value),
            Expression::NullLiteral(_) => Expr::Null,
            Expression::NumericLiteral(n) => Expr::Number(n.value),
            Expression::StringLiteral(s) => {
                if s.lone_surrogates {
                    return unsupported("a string with lone surrogates", s.span);
                }
                Expr::String(s.value.to_string())
            }
            Expression::BigIntLiteral(b) => return unsupported("BigInt", b.span),
            Expression::RegExpLiteral(r) => return unsupported("regular expression", r.span),
            Expression::TemplateLiteral(t) => self.template(t)?,
            Expression::TaggedTemplateExpression(t) => return unsupported("tagged template", t.span),
            Expression::Identifier(id) => self.identifier(id)?,
            Expression::ThisExpression(_) => Expr::Read(self.resolve_this()),
            Expression::Super(s) => return unsupported("`super`", s.span),
            Expression::ArrayExpression(a) => {
                let mut elements = Vec::new();
                for el in &a.elements {
                    match el {
                        js::ArrayExpressionElement::SpreadElement(s) => return unsupported("spread syntax", s.span),
                        js::ArrayExpressionElement::Elision(_) => elements.push(None),
                        other => {
                            let e = other.as_expression().expect("remaining variants are expressions");
                            elements.push(Some(self.expr(e)?));
                        }
                    }
                }
                Expr::Array(elements)
            }
            Expression::ObjectExpression(o) => {
                let mut props = Vec::new();
                for p in &o.properties {
                    match p {
                        js::ObjectPropertyKind::SpreadProperty(s) => return unsupported("object spread", s.span),
                        js::ObjectPropertyKind::ObjectProperty(p) => {
                            if p.kind != js::PropertyKind::Init {
                                return unsupported("getter/setter", p.span);
                            }
                            // `__proto__: v` sets the prototype (§13.2.5.5); the
                            // computed, shorthand and method forms define a property.
                            if !p.computed
                                && !p.shorthand
                                && !p.method
                                && Self::key_name(&p.key).as_deref() == Some("__proto__")
                            {
                                props.push((Expr::LiteralProtoKey, self.expr(&p.value)?));
                                continue;
                            }
                            let mut key = self.property_key(&p.key)?;
                            let name = Self::key_name(&p.key);
                            let mut value = if p.method {
                                match &p.value {
                                    Expression::FunctionExpression(f) => {
                                        self.lower_function_at(f, name, FunctionKind::Method, Some(p.span))?
                                    }
                                    other => self.expr(other)?,
                                }
                            } else {
                                self.expr_named(&p.value, name)?
                            };
                            // `{ [k]() {} }` names the function after k's value at run time.
                            if p.computed && is_anonymous_function(&p.value) {
                                let tmp = Var::Local(self.temp());
                                key = Expr::Write(tmp, boxed(key));
                                value = Expr::SetFunctionName(boxed(value), boxed(Expr::Read(tmp)));
                            }
                            props.push((key, value));
                        }
                    }
                }
                Expr::Object(props)
            }
            Expression::FunctionExpression(f) => self.lower_function(f, None, FunctionKind::Normal)?,
            Expression::ArrowFunctionExpression(f) => self.lower_arrow(f, None)?,
            Expression::ClassExpression(c) => return unsupported("class", c.span),
            Expression::ParenthesizedExpression(p) => self.expr(&p.expression)?,
            Expression::SequenceExpression(s) => {
                Expr::Sequence(s.expressions.iter().map(|e| self.expr(e)).collect::<Lowered<_>>()?)
            }
            Expression::ConditionalExpression(c) => Expr::Conditional(
                boxed(self.expr(&c.test)?),
                boxed(self.expr(&c.consequent)?),
                boxed(self.expr(&c.alternate)?),
            ),
            Expression::LogicalExpression(l) => {
                let op = match l.operator {
                    LogicalOperator::And => LogicalOp::And,
                    LogicalOperator::Or => LogicalOp::Or,
                    LogicalOperator::Coalesce => LogicalOp::Nullish,
                };
                Expr::Logical(op, boxed(self.expr(&l.left)?), boxed(self.expr(&l.right)?))
            }
            Expression::BinaryExpression(b) => {
                let op = binary_op(b.operator);
                let left = self.expr(&b.left)?;
                let right = self.expr(&b.right)?;
                Expr::Binary(op, boxed(left), boxed(right))
            }
            Expression::UnaryExpression(u) => self.unary(u)?,
            Expression::UpdateExpression(u) => self.update(u)?,
            Expression::AssignmentExpression(a) => self.assignment(a)?,
            Expression::CallExpression(c) => self.call(c)?,
            Expression::NewExpression(n) => {
                let callee = self.expr(&n.callee)?;
                let args = self.arguments(&n.arguments)?;
                Expr::New { callee: boxed(callee), args, desc: callee_text(&n.callee), pos: pos(n.span) }
            }
            Expression::StaticMemberExpression(_)
            | Expression::ComputedMemberExpression(_)
            | Expression::PrivateFieldExpression(_) => {
                let m = e.as_member_expression().expect("member expression variants");
                let (object, key) = self.member(m)?;
                Expr::GetProp { object: boxed(object), key: boxed(key), pos: self.member_pos(m) }
            }
            Expression::ChainExpression(c) => return unsupported("optional chaining", c.span),
            Expression::AwaitExpression(a) => return unsupported("await", a.span),
            Expression::YieldExpression(y) => return unsupported("yield", y.span),
            Expression::NewTarget(n) => return unsupported("new.target", n.span),
            Expression::ImportMeta(m) => return unsupported("import.meta", m.span),
            Expression::ImportExpression(i) => return unsupported("dynamic import", i.span),
            Expression::PrivateInExpression(p) => return unsupported("private name", p.span),
            other => return unsupported("this expression kind", other.span()),
        })
    }

    /// The expression of a statement that V8 gives a position of its own:
    /// its first operation takes the statement's position (`return x` with
    /// `x` undeclared throws at `return`).
    fn statement_expr(&mut self, e: &Expression, statement: Span) -> Lowered<Expr> {
        let outer = self.statement_first.take();
        self.statement_first = first_identifier(e).map(|start| (start, pos(statement)));
        let lowered = self.expr(e);
        self.statement_first = outer;
        lowered
    }

    fn template(&mut self, t: &js::TemplateLiteral) -> Lowered<Expr> {
        let cooked = |q: &js::TemplateElement| -> Lowered<String> {
            if q.lone_surrogates {
                return unsupported("a string with lone surrogates", q.span);
            }
            Ok(q.value.cooked.as_ref().map(|c| c.to_string()).unwrap_or_default())
        };
        let mut acc = Expr::String(cooked(&t.quasis[0])?);
        for (i, e) in t.expressions.iter().enumerate() {
            let part = Expr::Unary(UnaryOp::ToString, boxed(self.expr(e)?));
            acc = Expr::Binary(BinaryOp::Add, boxed(acc), boxed(part));
            let tail = cooked(&t.quasis[i + 1])?;
            if !tail.is_empty() {
                acc = Expr::Binary(BinaryOp::Add, boxed(acc), boxed(Expr::String(tail)));
            }
        }
        Ok(acc)
    }

    fn arguments(&mut self, args: &[js::Argument]) -> Lowered<Vec<Expr>> {
        args.iter()
            .map(|a| match a {
                js::Argument::SpreadElement(s) => unsupported("spread argument", s.span),
                other => self.expr(other.as_expression().expect("remaining variants are expressions")),
            })
            .collect()
    }

    fn call(&mut self, c: &js::CallExpression) -> Lowered<Expr> {
        if c.optional {
            return unsupported("optional chaining", c.span);
        }
        let desc = callee_text(&c.callee);
        let callee = c.callee.without_parentheses();
        let (callee, this) = if let Some(m) = callee.as_member_expression() {
            let (object, key) = self.member(m)?;
            let receiver = self.temp();
            let get = Expr::GetProp {
                object: boxed(Expr::Write(Var::Local(receiver), boxed(object))),
                key: boxed(key),
                pos: self.member_pos(m),
            };
            (get, Some(boxed(Expr::Read(Var::Local(receiver)))))
        } else {
            (self.expr(callee)?, None)
        };
        let args = self.arguments(&c.arguments)?;
        Ok(Expr::Call { callee: boxed(callee), this, args, desc, pos: self.call_pos(c) })
    }

    fn unary(&mut self, u: &js::UnaryExpression) -> Lowered<Expr> {
        let op = match u.operator {
            UnaryOperator::UnaryNegation => UnaryOp::Neg,
            UnaryOperator::UnaryPlus => UnaryOp::Plus,
            UnaryOperator::LogicalNot => UnaryOp::Not,
            UnaryOperator::BitwiseNot => UnaryOp::BitNot,
            UnaryOperator::Void => UnaryOp::Void,
            UnaryOperator::Typeof => {
                // typeof of an undeclared name is "undefined", not a ReferenceError.
                if let Expression::Identifier(id) = u.argument.without_parentheses() {
                    let reference = id.reference_id.get().expect("resolved");
                    if self.scoping.get_reference(reference).symbol_id().is_none()
                        && !matches!(id.name.as_str(), "undefined" | "NaN" | "Infinity")
                    {
                        return Ok(Expr::GlobalTypeOf(id.name.to_string()));
                    }
                }
                UnaryOp::TypeOf
            }
            UnaryOperator::Delete => {
                return match u.argument.without_parentheses().as_member_expression() {
                    Some(m) => {
                        let (object, key) = self.member(m)?;
                        Ok(Expr::DeleteProp { object: boxed(object), key: boxed(key), pos: pos(u.span) })
                    }
                    None => unsupported("`delete` of something other than a property", u.span),
                };
            }
        };
        Ok(Expr::Unary(op, boxed(self.expr(&u.argument)?)))
    }

    /// Reads and writes of an assignment target; member targets evaluate their
    /// object and key once, into temporaries.
    fn place(&mut self, target: &js::SimpleAssignmentTarget, span: Span) -> Lowered<Place> {
        match target {
            js::SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                let reference = id.reference_id.get().expect("resolved");
                match self.scoping.get_reference(reference).symbol_id() {
                    Some(symbol) => {
                        let var = self.resolve_name(symbol);
                        let check = self.in_tdz(symbol).then(|| id.name.to_string());
                        let flags = self.scoping.symbol_flags(symbol);
                        let own_name =
                            flags.contains(SymbolFlags::FunctionExpression) && self.shadow_for(symbol).is_none();
                        Ok(if flags.is_const_variable() || (own_name && self.current().strict) {
                            Place::Const { var, check, pos: pos(id.span) }
                        } else if own_name {
                            // A function expression's own name is read-only;
                            // sloppy code's writes to it do nothing.
                            Place::ReadOnly(var)
                        } else {
                            let check = check.map(|name| (name, self.temp()));
                            Place::Var { var, check }
                        })
                    }
                    None if id.name.as_str() == "arguments" => unsupported("the `arguments` object", id.span),
                    None => Ok(Place::Global(id.name.to_string(), pos(id.span))),
                }
            }
            other => match other.as_member_expression() {
                Some(m) => {
                    let (object, key) = self.member(m)?;
                    Ok(Place::Member { object, key, pos: pos(m.span()), write_pos: pos(m.span()) })
                }
                None => unsupported("this assignment target kind", span),
            },
        }
    }

    fn assign_to(&mut self, target: &js::AssignmentTarget, value: Expr, span: Span) -> Lowered<Expr> {
        let Some(simple) = target.as_simple_assignment_target() else {
            return unsupported("destructuring assignment", span);
        };
        let place = self.place(simple, span)?;
        Ok(place.write(value))
    }

    fn assignment(&mut self, a: &js::AssignmentExpression) -> Lowered<Expr> {
        // `x = function () {}` (and `x ||= ...`, `&&=`, `??=`) names the function "x".
        let name = match &a.left {
            js::AssignmentTarget::AssignmentTargetIdentifier(id) => Some(id.name.to_string()),
            _ => None,
        };
        if a.operator == AssignmentOperator::Assign {
            let value = self.expr_named(&a.right, name)?;
            let Some(simple) = a.left.as_simple_assignment_target() else {
                return unsupported("destructuring assignment", a.span);
            };
            let place = self.place(simple, a.span)?.written_at(self.token_after(a.left.span()));
            return Ok(place.write(value));
        }
        let Some(simple) = a.left.as_simple_assignment_target() else {
            return unsupported("destructuring assignment", a.span);
        };
        let place = self.place(simple, a.span)?.written_at(self.token_after(a.left.span()));
        let (mut setup, read, write) = self.split_place(place);
        let logical = match a.operator {
            AssignmentOperator::LogicalAnd => Some(LogicalOp::And),
            AssignmentOperator::LogicalOr => Some(LogicalOp::Or),
            AssignmentOperator::LogicalNullish => Some(LogicalOp::Nullish),
            _ => None,
        };
        let right = if logical.is_some() { self.expr_named(&a.right, name)? } else { self.expr(&a.right)? };
        setup.push(match logical {
            Some(op) => Expr::Logical(op, boxed(read), boxed(write.write(right))),
            None => {
                let op = compound_op(a.operator);
                write.write(Expr::Binary(op, boxed(read), boxed(right)))
            }
        });
        Ok(sequence(setup))
    }

    /// Splits a place into setup expressions (evaluating a member target's
    /// object and key once, into temporaries), a read, and a writer.
    fn split_place(&mut self, place: Place) -> (Vec<Expr>, Expr, Place) {
        match place {
            Place::Member { object, key, pos, write_pos } => {
                let o = Var::Local(self.temp());
                let mut setup = vec![Expr::Write(o, boxed(object))];
                // A constant name stays a constant (the backend caches named accesses).
                let (read_key, write_key) = match key {
                    Expr::String(s) => (Expr::String(s.clone()), Expr::String(s)),
                    Expr::Number(n) => (Expr::Number(n), Expr::Number(n)),
                    key => {
                        let k = Var::Local(self.temp());
                        setup.push(Expr::Write(k, boxed(key)));
                        (Expr::Read(k), Expr::Read(k))
                    }
                };
                let read = Expr::GetProp { object: boxed(Expr::Read(o)), key: boxed(read_key), pos };
                (setup, read, Place::Member { object: Expr::Read(o), key: write_key, pos, write_pos })
            }
            // The read checks the dead zone, so the write after it need not.
            Place::Var { var, check } => {
                (Vec::new(), read_binding(var, check.map(|(name, _)| name)), Place::Var { var, check: None })
            }
            Place::Const { var, check, pos } => {
                (Vec::new(), read_binding(var, check), Place::Const { var, check: None, pos })
            }
            Place::ReadOnly(var) => (Vec::new(), Expr::Read(var), Place::ReadOnly(var)),
            Place::Global(name, p) => (Vec::new(), Expr::GlobalRead(name.clone(), p), Place::Global(name, p)),
        }
    }

    fn update(&mut self, u: &js::UpdateExpression) -> Lowered<Expr> {
        let operator = if u.prefix { pos(u.span) } else { self.token_after(u.argument.span()) };
        let place = self.place(&u.argument, u.span)?.written_at(operator);
        let (mut setup, read, write) = self.split_place(place);
        let step = if u.operator == UpdateOperator::Increment { BinaryOp::Add } else { BinaryOp::Sub };
        let old = Expr::Unary(UnaryOp::Plus, boxed(read));
        if u.prefix {
            setup.push(write.write(Expr::Binary(step, boxed(old), boxed(Expr::Number(1.0)))));
            return Ok(sequence(setup));
        }
        let tmp = Var::Local(self.temp());
        setup.extend([
            Expr::Write(tmp, boxed(old)),
            write.write(Expr::Binary(step, boxed(Expr::Read(tmp)), boxed(Expr::Number(1.0)))),
            Expr::Read(tmp),
        ]);
        Ok(sequence(setup))
    }
}

enum Place {
    /// A binding; `check` names a `let` whose declaration may not have run
    /// (the write checks its dead zone after evaluating the value, keeping
    /// the value in the temporary).
    Var {
        var: Var,
        check: Option<(String, LocalId)>,
    },
    /// A `const` binding (or a strict function expression's own name):
    /// writing it throws at run time, as in JavaScript, after the dead-zone
    /// check when `check` names it.
    Const {
        var: Var,
        check: Option<String>,
        pos: Pos,
    },
    /// A sloppy function expression's own name: writes are ignored.
    ReadOnly(Var),
    Global(String, Pos),
    Member {
        object: Expr,
        key: Expr,
        /// Where a read of it reports its errors: the member expression.
        pos: Pos,
        /// Where the write reports its errors: the assignment or update
        /// operator, as V8 does.
        write_pos: Pos,
    },
}

impl Place {
    fn write(self, value: Expr) -> Expr {
        match self {
            Place::Var { var, check: None } => Expr::Write(var, boxed(value)),
            Place::Var { var, check: Some((name, tmp)) } => {
                let tmp = Var::Local(tmp);
                let checked =
                    Expr::Sequence(vec![Expr::Write(tmp, boxed(value)), Expr::ReadChecked(var, name), Expr::Read(tmp)]);
                Expr::Write(var, boxed(checked))
            }
            Place::Const { check: None, pos, .. } => Expr::ConstAssignment(boxed(value), pos),
            Place::Const { var, check: Some(name), pos } => {
                Expr::ConstAssignment(boxed(Expr::Sequence(vec![value, Expr::ReadChecked(var, name)])), pos)
            }
            Place::ReadOnly(_) => value,
            Place::Global(name, pos) => Expr::GlobalWrite(name, boxed(value), pos),
            Place::Member { object, key, write_pos, .. } => {
                Expr::SetProp { object: boxed(object), key: boxed(key), value: boxed(value), pos: write_pos }
            }
        }
    }

    /// The place, its write's errors reported at `operator`.
    fn written_at(self, operator: Pos) -> Place {
        match self {
            Place::Member { object, key, pos, .. } => Place::Member { object, key, pos, write_pos: operator },
            other => other,
        }
    }
}

/// A read of a binding, checking its dead zone when `check` names it.
fn read_binding(var: Var, check: Option<String>) -> Expr {
    match check {
        Some(name) => Expr::ReadChecked(var, name),
        None => Expr::Read(var),
    }
}

/// One expression from a list evaluated in order, yielding the last.
fn sequence(mut exprs: Vec<Expr>) -> Expr {
    if exprs.len() == 1 { exprs.pop().expect("one element") } else { Expr::Sequence(exprs) }
}

/// Standard globals the runtime does not provide yet: a program that names one
/// is rejected at compile time, where the user sees the line, rather than
/// failing with a ReferenceError when it runs.
const UNIMPLEMENTED_GLOBALS: &[&str] = &[
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "WeakRef",
    "FinalizationRegistry",
    "Symbol",
    "Promise",
    "Proxy",
    "Reflect",
    "JSON",
    "RegExp",
    "Date",
    "BigInt",
    "ArrayBuffer",
    "SharedArrayBuffer",
    "DataView",
    "Int8Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "Int16Array",
    "Uint16Array",
    "Int32Array",
    "Uint32Array",
    "Float32Array",
    "Float64Array",
    "BigInt64Array",
    "BigUint64Array",
    "Intl",
    "Atomics",
    "eval",
    "process",
    "require",
    "module",
    "exports",
    "setTimeout",
    "setInterval",
    "setImmediate",
    "clearTimeout",
    "clearInterval",
    "queueMicrotask",
    "structuredClone",
    "Buffer",
    "__dirname",
    "__filename",
];

fn is_anonymous_function(e: &Expression) -> bool {
    match e.without_parentheses() {
        Expression::FunctionExpression(f) => f.id.is_none(),
        Expression::ArrowFunctionExpression(_) => true,
        _ => false,
    }
}

fn is_loop(stmt: &Statement) -> bool {
    matches!(
        stmt,
        Statement::ForStatement(_)
            | Statement::ForInStatement(_)
            | Statement::ForOfStatement(_)
            | Statement::WhileStatement(_)
            | Statement::DoWhileStatement(_)
    )
}

fn binary_op(op: BinaryOperator) -> BinaryOp {
    match op {
        BinaryOperator::Equality => BinaryOp::LooseEq,
        BinaryOperator::Inequality => BinaryOp::LooseNe,
        BinaryOperator::StrictEquality => BinaryOp::StrictEq,
        BinaryOperator::StrictInequality => BinaryOp::StrictNe,
        BinaryOperator::LessThan => BinaryOp::Lt,
        BinaryOperator::LessEqualThan => BinaryOp::Le,
        BinaryOperator::GreaterThan => BinaryOp::Gt,
        BinaryOperator::GreaterEqualThan => BinaryOp::Ge,
        BinaryOperator::Addition => BinaryOp::Add,
        BinaryOperator::Subtraction => BinaryOp::Sub,
        BinaryOperator::Multiplication => BinaryOp::Mul,
        BinaryOperator::Division => BinaryOp::Div,
        BinaryOperator::Remainder => BinaryOp::Mod,
        BinaryOperator::Exponential => BinaryOp::Pow,
        BinaryOperator::ShiftLeft => BinaryOp::Shl,
        BinaryOperator::ShiftRight => BinaryOp::Shr,
        BinaryOperator::ShiftRightZeroFill => BinaryOp::UShr,
        BinaryOperator::BitwiseOR => BinaryOp::BitOr,
        BinaryOperator::BitwiseXOR => BinaryOp::BitXor,
        BinaryOperator::BitwiseAnd => BinaryOp::BitAnd,
        BinaryOperator::In => BinaryOp::In,
        BinaryOperator::Instanceof => BinaryOp::InstanceOf,
    }
}

fn compound_op(op: AssignmentOperator) -> BinaryOp {
    match op {
        AssignmentOperator::Addition => BinaryOp::Add,
        AssignmentOperator::Subtraction => BinaryOp::Sub,
        AssignmentOperator::Multiplication => BinaryOp::Mul,
        AssignmentOperator::Division => BinaryOp::Div,
        AssignmentOperator::Remainder => BinaryOp::Mod,
        AssignmentOperator::Exponential => BinaryOp::Pow,
        AssignmentOperator::ShiftLeft => BinaryOp::Shl,
        AssignmentOperator::ShiftRight => BinaryOp::Shr,
        AssignmentOperator::ShiftRightZeroFill => BinaryOp::UShr,
        AssignmentOperator::BitwiseOR => BinaryOp::BitOr,
        AssignmentOperator::BitwiseXOR => BinaryOp::BitXor,
        AssignmentOperator::BitwiseAnd => BinaryOp::BitAnd,
        AssignmentOperator::Assign
        | AssignmentOperator::LogicalAnd
        | AssignmentOperator::LogicalOr
        | AssignmentOperator::LogicalNullish => unreachable!("handled by the caller"),
    }
}
