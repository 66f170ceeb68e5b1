//! Allocation classes: the objects and arrays whose layout the solver tracks.
//!
//! Each object literal with plain, distinct, static keys is a class, and so
//! is each function shaped like a constructor (its objects, made by `new F`),
//! and each array literal. The layout of a class is known before the solver
//! runs: a literal's keys in order, or the properties a constructor assigns to
//! `this` in its leading statements, in order. The runtime gives properties
//! slots in the order they are added, so field `i` of the class lives in slot
//! `i` of every object of it for as long as the class does not escape (see
//! the solver): no code the solver cannot see touches those objects, and no
//! code it sees adds or deletes properties of them.
//!
//! All of this needs the prototypes the runtime starts with: a setter or a
//! read-only property installed on `Object.prototype` would turn a
//! constructor's `this.x = v` into something other than adding slot `x`, and
//! an element added to `Array.prototype` would show through an array's holes.
//! [`prototypes_untouched`] proves statically that the program cannot reach
//! them; where it cannot prove that, there are no classes.

use std::collections::{HashMap, HashSet};

use dxl_frontend::hir::{self, Expr, FuncId, FunctionKind, Pos, Stmt, Var};

use crate::solver::Escape;
use crate::types::{ClassId, Type};
use crate::visit;

/// The runtime moves objects with more named properties to dictionary mode
/// (`MAX_SHAPE_PROPS` in the runtime), which keeps its own slot order.
const MAX_FIELDS: usize = 64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassKind {
    /// `{ a: .., b: .. }`: every literal with these keys in this order.
    Literal,
    /// Objects made by `new F(..)`.
    Constructor(FuncId),
    /// `[ .. ]`.
    Array,
}

#[derive(Clone, Debug)]
pub struct Class {
    pub kind: ClassKind,
    /// Where the literal or the constructor is.
    pub pos: Pos,
    /// Objects: the fields in slot order, each with the type of every value stored in it.
    pub fields: Vec<(String, Type)>,
    /// Arrays: the type of every element stored.
    pub element: Type,
    /// Why the class escaped (then nothing is known about its objects).
    pub escaped: Option<Escape>,
}

impl Class {
    pub fn field(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|(n, _)| n == name)
    }
}

/// The classes of a program, found before solving.
#[derive(Default)]
pub struct Classes {
    pub classes: Vec<Class>,
    /// Object and array literals, by the expression's address in the HIR.
    pub literals: HashMap<usize, ClassId>,
    /// The class of the objects each constructor-shaped function makes.
    pub constructors: HashMap<FuncId, ClassId>,
    /// The `this.x = v` assignments that add a constructor's fields (by address):
    /// they create the slot, so they are not slot writes.
    pub initializers: HashSet<usize>,
}

pub fn discover(program: &hir::Program) -> Classes {
    let mut out = Classes::default();
    if !prototypes_untouched(program) {
        return out;
    }
    let mut by_keys: HashMap<Vec<String>, ClassId> = HashMap::new();
    for (id, f) in program.functions.iter().enumerate() {
        if let Some(fields) = constructor_fields(f, &mut out.initializers) {
            out.constructors.insert(id, out.classes.len() as ClassId);
            out.classes.push(Class {
                kind: ClassKind::Constructor(id),
                pos: f.pos,
                fields: fields.into_iter().map(|n| (n, Type::Never)).collect(),
                element: Type::Never,
                escaped: None,
            });
        }
        visit::any_expr(&f.body, &mut |e| {
            let id = match e {
                // Literals with the same keys in the same order get the same
                // runtime shape, so they share a class.
                Expr::Object(props) => match literal_fields(props) {
                    Some(fields) => *by_keys.entry(fields.clone()).or_insert_with(|| {
                        out.classes.push(Class {
                            kind: ClassKind::Literal,
                            pos: f.pos,
                            fields: fields.into_iter().map(|n| (n, Type::Never)).collect(),
                            element: Type::Never,
                            escaped: None,
                        });
                        out.classes.len() as ClassId - 1
                    }),
                    None => return false,
                },
                Expr::Array(_) => {
                    out.classes.push(Class {
                        kind: ClassKind::Array,
                        pos: f.pos,
                        fields: Vec::new(),
                        element: Type::Never,
                        escaped: None,
                    });
                    out.classes.len() as ClassId - 1
                }
                _ => return false,
            };
            out.literals.insert(e as *const Expr as usize, id);
            false
        });
    }
    out
}

/// A property name that is not an array index (those are elements, not slots).
fn plain_key(name: &str) -> bool {
    !name.is_empty() && !name.bytes().all(|b| b.is_ascii_digit()) && name != "__proto__"
}

fn literal_fields(props: &[(Expr, Expr)]) -> Option<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    for (k, _) in props {
        let Expr::String(name) = k else { return None };
        if !plain_key(name) || names.contains(name) {
            return None;
        }
        names.push(name.clone());
    }
    (names.len() <= MAX_FIELDS).then_some(names)
}

/// The fields of a function shaped like a constructor: a `function` whose
/// leading statements assign `this.name = value` (each name once), possibly
/// mixed with statements that cannot see `this` or leave the function, and
/// which never returns a value (`new` would yield that value instead).
fn constructor_fields(f: &hir::Function, initializers: &mut HashSet<usize>) -> Option<Vec<String>> {
    if f.kind != FunctionKind::Normal {
        return None;
    }
    let this = f.this_local?;
    if returns_value(&f.body) {
        return None;
    }
    let sees_this = |e: &Expr| {
        visit::expr_any(e, &mut |x| {
            matches!(x, Expr::Read(Var::Local(l)) | Expr::ReadChecked(Var::Local(l), _) if *l == this)
                || matches!(x, Expr::Closure { .. } | Expr::Callee)
        })
    };
    let mut fields: Vec<String> = Vec::new();
    let mut found = Vec::new();
    for s in &f.body {
        match s {
            Stmt::Expr(e @ Expr::SetProp { object, key, value, .. }) if matches!(&**object, Expr::Read(Var::Local(l)) if *l == this) =>
            {
                let Expr::String(name) = &**key else { break };
                if !plain_key(name) || fields.contains(name) || sees_this(value) {
                    break;
                }
                fields.push(name.clone());
                found.push(e as *const Expr as usize);
            }
            Stmt::Expr(e) if !sees_this(e) => {}
            Stmt::FreshCells(_) => {}
            _ => break,
        }
    }
    if fields.is_empty() || fields.len() > MAX_FIELDS {
        return None;
    }
    initializers.extend(found);
    Some(fields)
}

/// Property names that reach or reshape prototypes, or define accessors.
const PROTOTYPE_KEYS: &[&str] = &[
    "prototype",
    "constructor",
    "__proto__",
    "getPrototypeOf",
    "setPrototypeOf",
    "defineProperty",
    "defineProperties",
    "__defineGetter__",
    "__defineSetter__",
    "freeze",
    "seal",
    "preventExtensions",
];

/// Globals whose properties include the built-in prototypes.
const PROTOTYPE_HOLDERS: &[&str] = &["Object", "Array", "Function", "Reflect", "globalThis", "global"];

/// Whether the program provably never reaches a built-in prototype: no key of
/// [`PROTOTYPE_KEYS`] appears as a property name (`F.prototype` of the
/// program's own functions included, which keeps the rule simple), `Reflect`
/// is never used, and the globals holding prototypes are never indexed with a
/// computed key. A key computed at run time that spells one of these names on
/// some other object is outside what this proves (docs/architecture.md).
pub fn prototypes_untouched(program: &hir::Program) -> bool {
    program.functions.iter().all(|f| !visit::any_expr(&f.body, &mut reaches_prototype))
}

fn reaches_prototype(e: &Expr) -> bool {
    let holder = |x: &Expr| match x {
        Expr::GlobalRead(g, _) | Expr::GlobalWrite(g, _, _) => PROTOTYPE_HOLDERS.contains(&g.as_str()),
        Expr::Write(_, v) => matches!(&**v, Expr::GlobalRead(g, _) if PROTOTYPE_HOLDERS.contains(&g.as_str())),
        _ => false,
    };
    match e {
        Expr::GlobalRead(g, _) | Expr::GlobalWrite(g, _, _) | Expr::GlobalTypeOf(g) => g == "Reflect",
        Expr::GetProp { object, key, .. }
        | Expr::SetProp { object, key, .. }
        | Expr::DeleteProp { object, key, .. } => match &**key {
            Expr::String(k) => PROTOTYPE_KEYS.contains(&k.as_str()),
            _ => holder(object),
        },
        _ => false,
    }
}

/// Whether a function body returns a value somewhere.
fn returns_value(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| {
        if matches!(s, Stmt::Return(Some(_))) {
            return true;
        }
        let mut lists: Vec<&[Stmt]> = Vec::new();
        visit::stmt_children(s, &mut |_| {}, &mut |l| lists.push(l));
        lists.into_iter().any(returns_value)
    })
}
