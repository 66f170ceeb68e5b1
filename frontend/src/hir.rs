//! The HIR: what both backends (LLVM codegen, and the bytecode interpreter) consume.
//!
//! It is the JavaScript program after desugaring to a small core: every binding
//! is resolved (a local of its function, a captured cell, or a global name),
//! closures list what they capture, `var`/function hoisting is done, compound
//! assignments, updates, for-in and template literals are lowered, and every
//! jump names its target. It owns its data (no lifetimes into the oxc arena), so
//! a backend can keep it as long as it likes.

/// Index into [`Program::functions`].
pub type FuncId = usize;
/// Index into [`Function::locals`].
pub type LocalId = usize;
/// Index into [`Function::captures`].
pub type CaptureId = usize;
/// Identifies a loop, switch or labeled statement that `break`/`continue` target.
pub type TargetId = usize;

/// A source position: byte offset into the program's source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Pos(pub u32);

#[derive(Debug)]
pub struct Program {
    /// The file as the user named it.
    pub file_name: String,
    pub source: String,
    pub functions: Vec<Function>,
    /// The top-level script body, a function with no parameters.
    pub main: FuncId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// The top-level script.
    Script,
    /// `function` declarations and expressions.
    Normal,
    /// Arrow functions: lexical `this`, not constructors.
    Arrow,
    /// Shorthand methods in object literals: not constructors.
    Method,
}

#[derive(Debug)]
pub struct Function {
    /// The function's `name` property ("" for anonymous functions).
    pub name: String,
    pub kind: FunctionKind,
    pub strict: bool,
    /// Parameter bindings, in order.
    pub params: Vec<LocalId>,
    /// The function's `length` property: the parameters before the first one
    /// with a default value.
    pub length: u32,
    pub locals: Vec<Local>,
    /// The cells this closure captures, in the order the runtime stores them.
    pub captures: Vec<Capture>,
    /// The local that holds `this` (absent for arrows, which capture it).
    pub this_local: Option<LocalId>,
    pub body: Vec<Stmt>,
    pub pos: Pos,
    /// Where the body starts (its first statement, or an arrow's
    /// expression): where V8 reports a stack overflow on entry.
    pub body_pos: Pos,
    /// Byte range of the function's text, for Function.prototype.toString.
    pub source_span: (u32, u32),
}

#[derive(Debug)]
pub struct Local {
    pub name: String,
    /// Captured by an inner function: the value lives in a heap cell that the
    /// closure shares, and every access goes through the cell.
    pub boxed: bool,
    /// A `let`/`const` binding, or a parameter that a default value may read
    /// before its turn: it starts uninitialized (the temporal dead zone).
    pub lexical: bool,
}

#[derive(Debug)]
pub struct Capture {
    pub name: String,
}

/// Where a binding lives, seen from the function that uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Var {
    Local(LocalId),
    Captured(CaptureId),
}

#[derive(Debug)]
pub enum Stmt {
    Expr(Expr),
    /// Starts a scope's bindings afresh on each entry of the scope: boxed ones
    /// get new cells, so closures made in different iterations of a loop body
    /// see different bindings, and every `let`/`const` is uninitialized again
    /// (its temporal dead zone starts over).
    FreshCells(Vec<LocalId>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    Loop(Box<Loop>),
    /// A labeled block that `break label` leaves.
    Labeled(TargetId, Vec<Stmt>),
    Switch {
        target: TargetId,
        discriminant: Expr,
        cases: Vec<SwitchCase>,
    },
    Break(TargetId),
    Continue(TargetId),
    Return(Option<Expr>),
    Throw(Expr, Pos),
    Try {
        block: Vec<Stmt>,
        /// Where the exception is stored (when the clause binds it) and the
        /// handler body. Lowering stores it in a temporary that the body then
        /// copies into the parameter, after the catch scope's fresh cells.
        catch: Option<(Option<Var>, Vec<Stmt>)>,
        finally: Option<Vec<Stmt>>,
    },
}

#[derive(Debug)]
pub struct SwitchCase {
    /// `None` for `default`.
    pub test: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// One loop shape covers `while`, `do-while`, `for` and lowered `for-in`.
#[derive(Debug)]
pub struct Loop {
    pub target: TargetId,
    /// Tested before each iteration (after the first, when `test_first` is false).
    pub test: Option<Expr>,
    pub test_first: bool,
    pub body: Vec<Stmt>,
    /// Runs after the body and on `continue`; `for`'s update expression.
    pub update: Option<Expr>,
    /// Boxed `let` bindings of a `for` head: copied into fresh cells before the
    /// update, giving each iteration its own binding as the spec requires.
    pub per_iteration: Vec<LocalId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    UShr,
    Lt,
    Le,
    Gt,
    Ge,
    LooseEq,
    LooseNe,
    StrictEq,
    StrictNe,
    InstanceOf,
    In,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    /// Unary `+`: ToNumber.
    Plus,
    Not,
    BitNot,
    TypeOf,
    Void,
    /// ToString (template literal substitutions).
    ToString,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicalOp {
    And,
    Or,
    Nullish,
}

#[derive(Debug)]
pub enum Expr {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Read(Var),
    /// A read of a `let`/`const` binding whose declaration may not have run
    /// (the declaration does not dominate the read): throws ReferenceError
    /// "Cannot access 'name' before initialization" then. Every other read of
    /// a `let`/`const` is a plain `Read`.
    ReadChecked(Var, String),
    Write(Var, Box<Expr>),
    /// Reads a global (unresolved) name; ReferenceError if it does not exist.
    GlobalRead(String, Pos),
    GlobalWrite(String, Box<Expr>, Pos),
    /// `typeof name` for an unresolved name.
    GlobalTypeOf(String),
    /// The function object being run (a named function expression's own name).
    Callee,
    GetProp {
        object: Box<Expr>,
        key: Box<Expr>,
        pos: Pos,
    },
    SetProp {
        object: Box<Expr>,
        key: Box<Expr>,
        value: Box<Expr>,
        pos: Pos,
    },
    DeleteProp {
        object: Box<Expr>,
        key: Box<Expr>,
        pos: Pos,
    },
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    Logical(LogicalOp, Box<Expr>, Box<Expr>),
    Conditional(Box<Expr>, Box<Expr>, Box<Expr>),
    /// Evaluates all, yields the last.
    Sequence(Vec<Expr>),
    Call {
        callee: Box<Expr>,
        /// The `this` value, evaluated after `callee`: for a method call `o.f()`
        /// the frontend stores `o` in a temporary while evaluating the callee
        /// and reads it back here. `None` passes undefined.
        this: Option<Box<Expr>>,
        args: Vec<Expr>,
        /// The callee as written, for "x is not a function".
        desc: String,
        pos: Pos,
    },
    New {
        callee: Box<Expr>,
        args: Vec<Expr>,
        desc: String,
        pos: Pos,
    },
    /// Creates a closure of `func`, handing it the listed cells (in the order
    /// of the callee's `captures`).
    Closure {
        func: FuncId,
        captures: Vec<Var>,
    },
    /// `(key, value)` entries in source order. An entry whose key is
    /// [`Expr::LiteralProtoKey`] sets the prototype instead.
    Object(Vec<(Expr, Expr)>),
    /// Only as the key of an [`Expr::Object`] entry, for `__proto__: v`
    /// (not computed, shorthand or a method): the object's prototype becomes
    /// `v` when it is an object or null, and no property is defined.
    LiteralProtoKey,
    /// `None` is a hole.
    Array(Vec<Option<Expr>>),
    /// Evaluates the value, then throws TypeError "Assignment to constant variable.".
    ConstAssignment(Box<Expr>, Pos),
    /// Names an anonymous function value after a computed key; yields the function.
    SetFunctionName(Box<Expr>, Box<Expr>),
    /// Whether a for-in key is still a property of the object (a boolean).
    ForInHas(Box<Expr>, Box<Expr>),
    /// The keys a for-in loop visits.
    ForInKeys(Box<Expr>),
}
