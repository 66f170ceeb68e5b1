//! Which array classes keep their booleans as bytes and their int32s as
//! 4-byte integers.
//!
//! An array of booleans costs 8 bytes an element as NaN-boxed values; a
//! sieve's flags then walk eight times the memory C's do, and an int32
//! array twice. The runtime can keep such an array as a flat buffer of
//! bytes or int32s (`rt::packed_array`), but only the compiler's own inline
//! code understands that storage: the runtime sees an empty array. So a
//! class gets it only when every use of its arrays is one the backend
//! compiles inline:
//!
//! - made by array literals of its element type (no holes, no `new
//!   Array(n)`, no `map` or `filter` result);
//! - `a.length` read, `a[i]` read with a number index, `a[i] = v` written
//!   with a non-negative int32 index and a value of the element type,
//!   `a.push(v, ..)` of such values;
//! - moved around: kept in a binding, returned, passed to a function the
//!   solver knows, stored in a field or element of a tracked object or
//!   array, chosen by `?:`.
//!
//! Tests of truthiness and identity comparisons (`===`, and `==` with
//! undefined, null or an object) read nothing of it either. Anything else
//! (a method other than `push`, printing it, converting it, passing it to a
//! built-in) keeps the class in
//! NaN-boxed storage, and `--explain` says where. The class must also be
//! tracked (it never escapes), never have holes, never hold undefined and
//! never go sparse, so every element below the length is of the element type.

use dxl_frontend::hir::{self, BinaryOp, Expr, FuncId, LocalId, Pos, Stmt, UnaryOp, Var};

use crate::classes::ClassKind;
use crate::solver::{ArrayLoop, Escape, TypeTables};
use crate::types::{ClassId, Type};
use crate::visit;

/// How a packed array class stores its elements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Packed {
    /// Booleans, one byte each (0 or 1).
    Bytes,
    /// Int32s, four bytes each.
    Int32,
}

impl Packed {
    /// The packing for arrays of `element`s, if they have one.
    pub fn of(element: Type) -> Option<Packed> {
        match element {
            Type::Boolean => Some(Packed::Bytes),
            Type::Int32(_) => Some(Packed::Int32),
            _ => None,
        }
    }

    /// The size of one element, in bytes.
    pub fn size(self) -> u32 {
        match self {
            Packed::Bytes => 1,
            Packed::Int32 => 4,
        }
    }

    /// Whether a value of type `t` may be stored in such an array.
    pub fn holds(self, t: Type) -> bool {
        Packed::of(t) == Some(self)
    }

    /// What `--explain` says of the storage.
    pub fn describe(self) -> &'static str {
        match self {
            Packed::Bytes => "one byte each",
            Packed::Int32 => "4-byte int32s",
        }
    }
}

/// For each class: `Ok(())` when its arrays are packed, else why not (for
/// array classes of booleans or int32s that could have been), or `Err(None)`.
pub(crate) fn packed_classes(program: &hir::Program, tables: &TypeTables) -> Vec<Result<(), Option<Escape>>> {
    let mut check = Check {
        tables,
        func: program.main,
        pos: None,
        verdict: tables
            .classes
            .iter()
            .map(|c| {
                let candidate = c.kind == ClassKind::Array
                    && c.merged_into.is_none()
                    && c.escaped.is_none()
                    && c.holey.is_none()
                    && !c.undefined_stored
                    && !c.may_be_sparse
                    && Packed::of(c.element).is_some();
                if candidate { Ok(()) } else { Err(None) }
            })
            .collect(),
    };
    // Only literals make packed arrays.
    for (loop_kind, _) in tables.array_loop_list() {
        if let ArrayLoop::Map(c) | ArrayLoop::Filter(c) = loop_kind {
            check.reject(c, "a `map` or `filter` call makes its arrays");
        }
    }
    for (id, f) in program.functions.iter().enumerate() {
        check.func = id;
        check.pos = Some(f.pos);
        check.stmts(&f.body);
    }
    check.verdict
}

/// How the code around an expression uses its value.
#[derive(Clone, Copy)]
enum Use {
    /// A use packed storage supports (or the value is only moved).
    Supported,
    /// Anything else, and why it needs the NaN-boxed storage.
    Other(&'static str),
}

struct Check<'a> {
    tables: &'a TypeTables,
    func: FuncId,
    /// The position of the innermost enclosing expression that has one.
    pos: Option<Pos>,
    verdict: Vec<Result<(), Option<Escape>>>,
}

impl Check<'_> {
    fn find(&self, mut c: ClassId) -> ClassId {
        while let Some(into) = self.tables.classes[c as usize].merged_into {
            c = into;
        }
        c
    }

    fn reject(&mut self, c: ClassId, why: &'static str) {
        let c = self.find(c);
        if self.verdict[c as usize].is_ok() {
            self.verdict[c as usize] = Err(Some(Escape { pos: self.pos, why }));
        }
    }

    /// The packing candidate class `c` would have.
    fn packing(&self, c: ClassId) -> Option<Packed> {
        Packed::of(self.tables.classes[self.find(c) as usize].element)
    }

    /// The array class a value of `e` may be an array of, if it is still a candidate.
    fn candidate(&self, e: &Expr) -> Option<ClassId> {
        let mut t = self.tables.expr(e);
        if let (Expr::Read(v) | Expr::ReadChecked(v, _), false) = (e, matches!(t, Type::Array(..))) {
            t = self.tables.var(self.func, *v);
        }
        let Type::Array(c, _) = t else { return None };
        let c = self.find(c);
        self.verdict[c as usize].is_ok().then_some(c)
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        // Tests and `switch` only ask whether it is an object, or which one.
        let how = match s {
            Stmt::Throw(..) => Use::Other("it is thrown"),
            _ => Use::Supported,
        };
        let mut exprs = Vec::new();
        let mut lists = Vec::new();
        visit::stmt_children(s, &mut |e| exprs.push(e), &mut |l| lists.push(l));
        for e in exprs {
            self.expr(e, how);
        }
        for l in lists {
            self.stmts(l);
        }
    }

    /// Whether a value of type `t` compared with `==` to an array converts
    /// neither (undefined, null, or another object: identity).
    fn loose_identity(t: Type) -> bool {
        t.is_nullish() || matches!(t, Type::Object(..) | Type::Array(..) | Type::Function(_) | Type::Functions(_))
    }

    fn is_int32(&self, e: &Expr, non_negative: bool) -> bool {
        !matches!(e, Expr::String(_)) && matches!(self.tables.expr(e), Type::Int32(r) if !non_negative || r.lo >= 0)
    }

    /// Whether a call of `callee` goes to functions the solver knows (their
    /// parameters and `this` are typed bindings).
    fn known_callee(&self, callee: &Expr) -> bool {
        matches!(self.tables.expr(callee), Type::Function(_) | Type::Functions(_))
    }

    fn expr(&mut self, e: &Expr, how: Use) {
        let outer = self.pos;
        if let Expr::GetProp { pos, .. }
        | Expr::SetProp { pos, .. }
        | Expr::DeleteProp { pos, .. }
        | Expr::Call { pos, .. }
        | Expr::New { pos, .. } = e
        {
            self.pos = Some(*pos);
        }
        if let (Some(c), Use::Other(why)) = (self.candidate(e), how) {
            self.reject(c, why);
        }
        const OTHER: Use = Use::Other("an operator or a built-in uses it");
        match e {
            Expr::Write(_, v) => self.expr(v, Use::Supported),
            Expr::GetProp { object, key, .. } => {
                let length = matches!(&**key, Expr::String(k) if k == "length");
                let number = !matches!(&**key, Expr::String(_))
                    && matches!(self.tables.expr(key), Type::Int32(_) | Type::Double);
                let how = match length || number {
                    true => Use::Supported,
                    false => Use::Other("a property other than `length` or a number index is read"),
                };
                self.expr(object, how);
                self.expr(key, OTHER);
            }
            Expr::SetProp { object, key, value, .. } => {
                let element_fits = match self.candidate(object) {
                    Some(c) => self.packing(c).is_some_and(|p| p.holds(self.tables.expr(value))),
                    None => true,
                };
                let how = match self.is_int32(key, true) && element_fits {
                    true => Use::Supported,
                    false => Use::Other(
                        "an element is written with a key that may not be a non-negative int32, or a value of another type",
                    ),
                };
                self.expr(object, how);
                self.expr(key, OTHER);
                // Stored in a field of a tracked object, or an element of a tracked array.
                let tracked = self.tables.slot(e).is_some()
                    || self.tables.initializer(e).is_some()
                    || (self.is_int32(key, false)
                        && matches!(self.tables.expr(object), Type::Array(c, _)
                            if self.tables.classes[self.find(c) as usize].escaped.is_none()));
                self.expr(
                    value,
                    if tracked { Use::Supported } else { Use::Other("it is stored in an untracked object") },
                );
            }
            Expr::Call { callee, this, args, .. } => {
                if let Expr::GetProp { object, key, .. } = &**callee
                    && matches!(&**key, Expr::String(k) if k == "push")
                    && let Type::Array(c, _) = self.tables.expr(object)
                    && self.tables.classes[self.find(c) as usize].escaped.is_none()
                {
                    let fits = match self.packing(c) {
                        Some(p) => !args.is_empty() && args.iter().all(|a| p.holds(self.tables.expr(a))),
                        None => true,
                    };
                    let how = match fits {
                        true => Use::Supported,
                        false => Use::Other("`push` is given a value of another type"),
                    };
                    self.expr(object, how);
                    // The receiver temporary's read, which the push does not evaluate again.
                    if let Some(t) = this {
                        self.expr(t, Use::Supported);
                    }
                    for a in args {
                        self.expr(a, Use::Supported);
                    }
                } else {
                    let how = match self.known_callee(callee) {
                        true => Use::Supported,
                        false => Use::Other("it is passed to a function the compiler does not know"),
                    };
                    self.expr(callee, Use::Other("it is called"));
                    if let Some(t) = this {
                        self.expr(t, how);
                    }
                    for a in args {
                        self.expr(a, how);
                    }
                }
            }
            Expr::New { callee, args, .. } => {
                // `new Array(..)` makes holey or empty arrays through the runtime.
                if let Some(c) = self.tables.literal_class_any(e) {
                    self.reject(c, "`new Array` makes its arrays");
                }
                let how = match self.known_callee(callee) {
                    true => Use::Supported,
                    false => Use::Other("it is passed to a constructor the compiler does not know"),
                };
                self.expr(callee, OTHER);
                for a in args {
                    self.expr(a, how);
                }
            }
            // The value of `?:`, `&&`, `||` and of a sequence is checked
            // where it is used; a truthiness test only asks whether it is an object.
            Expr::Conditional(test, a, b) => {
                self.expr(test, Use::Supported);
                self.expr(a, Use::Supported);
                self.expr(b, Use::Supported);
            }
            Expr::Logical(_, a, b) => {
                self.expr(a, Use::Supported);
                self.expr(b, Use::Supported);
            }
            Expr::Unary(UnaryOp::Not, v) => self.expr(v, Use::Supported),
            // Identity comparisons read no element.
            Expr::Binary(op, a, b) => {
                let identity = match op {
                    BinaryOp::StrictEq | BinaryOp::StrictNe => true,
                    BinaryOp::LooseEq | BinaryOp::LooseNe => {
                        Self::loose_identity(self.tables.expr(a)) && Self::loose_identity(self.tables.expr(b))
                    }
                    _ => false,
                };
                let how = if identity { Use::Supported } else { OTHER };
                self.expr(a, how);
                self.expr(b, how);
            }
            Expr::Sequence(items) => {
                for item in items {
                    self.expr(item, Use::Supported);
                }
            }
            Expr::Array(items) => {
                let how = match self.tables.literal_class(e) {
                    Some(_) => Use::Supported,
                    None => Use::Other("it is an element of an untracked array"),
                };
                for item in items.iter().flatten() {
                    self.expr(item, how);
                }
            }
            Expr::Object(props) => {
                let how = match self.tables.literal_class(e) {
                    Some(_) => Use::Supported,
                    None => Use::Other("it is a property of an untracked object"),
                };
                for (k, v) in props {
                    self.expr(k, OTHER);
                    self.expr(v, how);
                }
            }
            _ => {
                let mut children = Vec::new();
                visit::expr_children(e, &mut |c| children.push(c));
                for c in children {
                    self.expr(c, OTHER);
                }
            }
        }
        // `new Array(..)` makes holey or empty arrays through the runtime.
        self.pos = outer;
    }
}

/// A loop that only appends to one packed array, once per counter value:
/// `for (..; i < n; i++) a.push(v)` (or `i <= n`), where `i`, `n` and `a`
/// are plain locals, nothing else in the loop writes them, and `v` runs no
/// code of the program (so nothing else can push to `a`). The backend
/// reserves room for every run before the loop and appends without
/// checking for room.
pub struct FillLoop<'p> {
    pub counter: LocalId,
    /// A plain local or a number constant.
    pub bound: &'p Expr,
    /// `<=` rather than `<`.
    pub inclusive: bool,
    pub array: LocalId,
    /// The `push` call.
    pub push: &'p Expr,
}

/// `l`, a loop of function `f`, as a [`FillLoop`] if it is one.
pub fn fill_loop<'p>(tables: &TypeTables, program: &hir::Program, f: FuncId, l: &'p hir::Loop) -> Option<FillLoop<'p>> {
    let func = &program.functions[f];
    let plain = |e: &Expr| match e {
        Expr::Read(Var::Local(l)) if !func.locals[*l].boxed => Some(*l),
        _ => None,
    };
    let (Some(Expr::Binary(op, counter, bound)), true, Some(update)) = (&l.test, l.test_first, &l.update) else {
        return None;
    };
    let inclusive = match op {
        BinaryOp::Lt => false,
        BinaryOp::Le => true,
        _ => return None,
    };
    let counter = plain(counter)?;
    let bound_local = match &**bound {
        Expr::Number(_) => None,
        b => Some(plain(b)?),
    };
    let [Stmt::Expr(push)] = l.body.as_slice() else { return None };
    let Expr::Call { callee, this: Some(this), args, .. } = push else { return None };
    let [value] = args.as_slice() else { return None };
    let Expr::GetProp { object, key, .. } = &**callee else { return None };
    let Expr::Write(Var::Local(temp), array) = &**object else { return None };
    let array = plain(array)?;
    let int32 = |e: &Expr| matches!(tables.expr(e), Type::Int32(_));
    let Type::Array(class, false) = tables.var(f, Var::Local(array)) else { return None };
    let packed = tables.packed(class)?;
    let distinct = [counter, array, *temp].iter().all(|&x| Some(x) != bound_local) && counter != array;
    let ok = matches!(&**key, Expr::String(k) if k == "push")
        && matches!(&**this, Expr::Read(Var::Local(t)) if t == temp)
        && distinct
        && *temp != counter
        && matches!(tables.var(f, Var::Local(counter)), Type::Int32(_))
        && int32(bound)
        && packed.holds(tables.expr(value))
        && runs_no_code(tables, value)
        && crate::solver::increments_by_one(update, counter)
        && !visit::expr_any(
            update,
            &mut |e| matches!(e, Expr::Write(Var::Local(w), _) if *w == array || Some(*w) == bound_local),
        );
    ok.then_some(FillLoop { counter, bound, inclusive, array, push })
}

/// Whether evaluating `e` runs no code of the program and writes nothing:
/// constants, reads of locals, and operators on primitives.
fn runs_no_code(tables: &TypeTables, e: &Expr) -> bool {
    let primitive = |e: &Expr| matches!(tables.expr(e), Type::Int32(_) | Type::Double | Type::Boolean);
    match e {
        Expr::Bool(_) | Expr::Number(_) => true,
        Expr::Read(Var::Local(_)) => primitive(e),
        Expr::Unary(UnaryOp::Not | UnaryOp::Neg | UnaryOp::Plus, x) => primitive(x) && runs_no_code(tables, x),
        Expr::Binary(op, a, b) if !matches!(op, BinaryOp::In | BinaryOp::InstanceOf) => {
            primitive(a) && primitive(b) && runs_no_code(tables, a) && runs_no_code(tables, b)
        }
        Expr::Logical(_, a, b) => runs_no_code(tables, a) && runs_no_code(tables, b),
        Expr::Conditional(t, a, b) => runs_no_code(tables, t) && runs_no_code(tables, a) && runs_no_code(tables, b),
        _ => false,
    }
}
