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
//! A constructor's methods are a class too: `F.prototype`, whose fields are
//! the methods the top level assigns (`F.prototype.m = function ..`) before
//! any code that could read a method (see [`settled_prototypes`]). Every
//! method read of an object of `F`'s class comes after those assignments, so
//! `o.m` of such an object reads the method the solver saw stored (unless its
//! own layout has a field `m`).
//!
//! Hand-written inheritance is in the model: a constructor that first calls
//! another on `this` (`P.call(this, ..)`) extends `P`'s class (its fields
//! come first, at the same slots), and `F.prototype = Object.create(P.prototype)`
//! makes `F`'s prototype class inherit from `P`'s.
//!
//! All of this needs the prototypes the runtime starts with: a setter or a
//! read-only property installed on `Object.prototype` would turn a
//! constructor's `this.x = v` into something other than adding slot `x`, and
//! an element added to `Array.prototype` would show through an array's holes.
//! [`prototypes_untouched`] proves statically that the program cannot reach
//! them; where it cannot prove that, there are no classes.

use std::collections::{HashMap, HashSet};

use dxl_frontend::hir::{self, BinaryOp, Expr, FuncId, FunctionKind, LocalId, Pos, Stmt, Var};

use crate::definite::Origins;
use crate::solver::Escape;
use crate::types::{ClassId, Type};
use crate::visit;

/// The runtime moves objects with more named properties to dictionary mode
/// (`MAX_SHAPE_PROPS` in the runtime), which keeps its own slot order.
pub(crate) const MAX_FIELDS: usize = 64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassKind {
    /// `{ a: .., b: .. }`: every literal with these keys in this order.
    Literal,
    /// Objects made by `new F(..)`.
    Constructor(FuncId),
    /// `F.prototype`: its fields are `F`'s methods.
    Prototype(FuncId),
    /// The function object `F` itself: its fields are the properties the
    /// top level assigns it before any code runs (`F.create = function ..`).
    Statics(FuncId),
    /// `[ .. ]`.
    Array,
    /// No objects of its own: the classes that extend it are unrelated
    /// classes (their families' roots) whose objects meet in one binding,
    /// field or array. An object of this class is an object of one of them.
    Union,
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
    /// Arrays: why an element of one may be a hole (an elision, `new
    /// Array(n)`, a write that may land past the end). Without one, every
    /// index below an array's length holds an element, so a read proven
    /// below the length needs no check.
    pub holey: Option<Escape>,
    /// Arrays: an element may be undefined (stored so, not a hole).
    pub undefined_stored: bool,
    /// Arrays: the runtime may keep the elements in a dictionary (sparse):
    /// only a write far past the dense part does that, so only an index
    /// write that may land past the end, `new Array(n)` with an `n` that may
    /// pass 2^20 (the runtime lays out up to that many holes, then starts
    /// with no dense part) and `map` of such an array set it.
    /// Without it, any index past the dense part reads undefined.
    pub may_be_sparse: bool,
    /// Arrays: the fewest elements (holes included) any array of the class
    /// is made with: a literal's item count, `new Array(n)`'s least `n`,
    /// none for `map`/`filter`'s. Tracked arrays never shrink, so an index
    /// below it is in bounds wherever the array came from (`this.v[i]`).
    pub min_length: Option<i32>,
    /// Constructors: the class whose constructor this one's calls first
    /// (`P.call(this, ..)`), whose fields are a prefix of these. Prototypes:
    /// the prototype this one inherits from (`F.prototype = Object.create(P.prototype)`).
    /// The root of a family (and a union) may have a union as its parent.
    pub parent: Option<ClassId>,
    /// Constructors: properties that code writes on objects of a class this
    /// one extends, as a field of another class extending it (a record
    /// typed as the base class): an object of this class gets them as plain
    /// properties, after its fields (read and written generically).
    pub expandos: Vec<(String, Type)>,
    /// Fields read or written generically (through a base class, see
    /// `expandos`): they hold NaN-boxed values, never raw doubles.
    pub generic_slots: Vec<usize>,
    /// Arrays: the class this one was merged into, when arrays of both meet
    /// in one binding (then that class describes them all).
    pub merged_into: Option<ClassId>,
    /// Objects: code the solver walks makes objects of this class (a
    /// literal, or `new F`). Only those classes have objects while the class
    /// does not escape.
    pub made: bool,
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
    /// Object and array literals (and `new Array(..)`), by the expression's address in the HIR.
    pub literals: HashMap<usize, ClassId>,
    /// The class of the objects each constructor-shaped function makes.
    pub constructors: HashMap<FuncId, ClassId>,
    /// The `this.x = v` assignments that add a constructor's fields (by address):
    /// they create the slot, so they are not slot writes.
    pub initializers: HashSet<usize>,
    /// The class of `F.prototype`, for constructors with settled methods.
    pub prototypes: HashMap<FuncId, ClassId>,
    /// The class of the function object `F`, for functions with settled properties.
    pub statics: HashMap<FuncId, ClassId>,
    /// The settled `F.prototype = Object.create(P.prototype)` assignments (by
    /// address): they give `F` its (tracked) prototype, so they are no writes
    /// that make `F` escape.
    pub inheritance: HashSet<usize>,
    /// The program cannot reach a built-in prototype ([`prototypes_untouched`]),
    /// so built-in methods such as `String.prototype.charCodeAt` are the originals.
    pub builtins_intact: bool,
}

impl Classes {
    /// The class of the prototype of the objects of class `c`, if it is tracked.
    pub fn prototype_of(&self, c: ClassId) -> Option<ClassId> {
        match self.classes[c as usize].kind {
            ClassKind::Constructor(f) => self.prototypes.get(&f).copied(),
            _ => None,
        }
    }

    /// A new array class for the arrays a built-in method call makes (`map`, `filter`).
    pub(crate) fn add_made_array(&mut self, pos: Pos) -> ClassId {
        self.add(ClassKind::Array, pos, Vec::new())
    }

    /// A new union class (see [`ClassKind::Union`]), with no members yet.
    pub(crate) fn add_union(&mut self, pos: Pos) -> ClassId {
        self.add(ClassKind::Union, pos, Vec::new())
    }

    fn add(&mut self, kind: ClassKind, pos: Pos, fields: Vec<String>) -> ClassId {
        self.classes.push(Class {
            kind,
            pos,
            fields: fields.into_iter().map(|n| (n, Type::Never)).collect(),
            element: Type::Never,
            escaped: None,
            holey: None,
            undefined_stored: false,
            may_be_sparse: false,
            min_length: None,
            parent: None,
            expandos: Vec::new(),
            generic_slots: Vec::new(),
            merged_into: None,
            made: false,
        });
        self.classes.len() as ClassId - 1
    }
}

pub fn discover(program: &hir::Program, origins: &Origins) -> Classes {
    let mut out = Classes::default();
    let bindings = function_bindings(program, origins);
    if !prototypes_untouched(program, origins, &bindings) {
        return out;
    }
    out.builtins_intact = true;
    let settled = settled_prototypes(program, origins, &bindings, global_intact(program, "Object"));
    out.inheritance = settled.statements.clone();
    let mut builder = ConstructorClasses {
        program,
        layouts: (0..program.functions.len())
            .filter_map(|id| constructor_layout(program, id, origins, &bindings).map(|l| (id, l)))
            .collect(),
        mentioned: prototypes_mentioned(program, origins, &bindings),
        method_names: prototype_property_names(program),
        settled,
        building: HashSet::new(),
        exposing: HashMap::new(),
    };
    for id in 0..program.functions.len() {
        builder.class_of(&mut out, id);
    }
    let mut statics: Vec<(FuncId, Vec<String>)> = builder.settled.statics.drain().collect();
    statics.sort();
    for (f, names) in statics {
        let class = out.add(ClassKind::Statics(f), program.functions[f].pos, names);
        out.statics.insert(f, class);
    }
    let array_intact = global_intact(program, "Array");
    let mut by_keys: HashMap<Vec<String>, ClassId> = HashMap::new();
    for f in &program.functions {
        visit::any_expr(&f.body, &mut |e| {
            let id = match e {
                // Literals with the same keys in the same order get the same
                // runtime shape, so they share a class.
                Expr::Object(props) => match literal_fields(props) {
                    Some(fields) => match by_keys.get(&fields) {
                        Some(&c) => c,
                        None => {
                            let c = out.add(ClassKind::Literal, f.pos, fields.clone());
                            by_keys.insert(fields, c);
                            c
                        }
                    },
                    None => return false,
                },
                Expr::Array(_) => out.add(ClassKind::Array, f.pos, Vec::new()),
                // `new Array()` and `new Array(n)`: the built-in constructor
                // makes an array (of `n` holes); the solver checks `n` is a number.
                Expr::New { callee, args, .. }
                    if array_intact
                        && args.len() <= 1
                        && matches!(&**callee, Expr::GlobalRead(g, _) if g == "Array") =>
                {
                    out.add(ClassKind::Array, f.pos, Vec::new())
                }
                _ => return false,
            };
            out.literals.insert(e as *const Expr as usize, id);
            false
        });
    }
    out
}

/// What the body of a function shaped like a constructor does to `this`.
#[derive(Default)]
struct Layout {
    /// `P.call(this, ..)` before anything else sees `this`: `P`'s fields come first.
    parent: Option<FuncId>,
    /// The fields it adds in its leading statements, each with whether code
    /// that can see the object has run before it is added (then the field
    /// may read undefined: objects are made with every field in place, see
    /// `TypeTables::layout`).
    fields: Vec<(String, bool)>,
    /// The `this.x = v` statements that add them (by address).
    initializers: Vec<usize>,
    /// Whether any other code of the body can see the object.
    exposes: bool,
}

/// Builds the classes of constructors, each after the class its constructor
/// calls first (whose fields come first).
struct ConstructorClasses<'p> {
    program: &'p hir::Program,
    layouts: HashMap<FuncId, Layout>,
    mentioned: HashSet<FuncId>,
    /// Every name the program assigns on a prototype (`None`: some name is computed).
    method_names: Option<HashSet<String>>,
    settled: Settled,
    /// Constructors whose class is being built (a cycle of `P.call(this)` has none).
    building: HashSet<FuncId>,
    /// Per constructor with a class: whether code that can see the object
    /// runs during its construction, its parents' included.
    exposing: HashMap<FuncId, bool>,
}

impl ConstructorClasses<'_> {
    fn class_of(&mut self, out: &mut Classes, id: FuncId) -> Option<ClassId> {
        if let Some(&c) = out.constructors.get(&id) {
            return Some(c);
        }
        if !self.layouts.contains_key(&id) || !self.building.insert(id) {
            return None;
        }
        let class = self.build(out, id);
        self.building.remove(&id);
        class
    }

    fn build(&mut self, out: &mut Classes, id: FuncId) -> Option<ClassId> {
        let layout_parent = self.layouts[&id].parent;
        let parent = match layout_parent {
            Some(p) => Some(self.class_of(out, p)?),
            None => None,
        };
        // A prototype inherited from another constructor's needs that one's tracked.
        let prototype_parent = match self.settled.parents.get(&id).copied() {
            Some(p) => {
                self.class_of(out, p)?;
                Some(*out.prototypes.get(&p)?)
            }
            None => None,
        };
        let has_prototype = self.mentioned.contains(&id);
        let layout = &self.layouts[&id];
        if parent.is_none() && layout.fields.is_empty() && !has_prototype {
            return None;
        }
        let parent_exposes = layout_parent.is_some_and(|p| self.exposing[&p]);
        let mut fields: Vec<(String, Type)> = parent.map_or_else(Vec::new, |p| out.classes[p as usize].fields.clone());
        for (name, late) in &layout.fields {
            // Assigning a field the parent added writes its slot.
            if fields.iter().any(|(n, _)| n == name) {
                continue;
            }
            // A field code may read before it is added holds undefined until
            // then, where a missing property would read undefined too: not
            // where the name could be inherited.
            let late = *late || parent_exposes;
            let inheritable = OBJECT_PROTOTYPE_NAMES.contains(&name.as_str())
                || self.method_names.as_ref().is_none_or(|names| names.contains(name));
            if late && inheritable {
                return None;
            }
            let initial = if late { Type::Undefined } else { Type::Never };
            fields.push((name.clone(), initial));
        }
        if fields.len() > MAX_FIELDS {
            return None;
        }
        let pos = self.program.functions[id].pos;
        let class = out.add(ClassKind::Constructor(id), pos, Vec::new());
        out.classes[class as usize].fields = fields;
        out.classes[class as usize].parent = parent;
        out.constructors.insert(id, class);
        out.initializers.extend(layout.initializers.iter().copied());
        self.exposing.insert(id, layout.exposes || parent_exposes);
        if has_prototype {
            let names = self.settled.methods.get(&id).cloned().unwrap_or_default();
            let prototype = out.add(ClassKind::Prototype(id), pos, names);
            out.classes[prototype as usize].parent = prototype_parent;
            out.prototypes.insert(id, prototype);
        }
        Some(class)
    }
}

/// The bindings that only ever hold closures of one function (`function F`
/// declarations, `var F = function ..`), as (function, local) → that function.
pub type FunctionBindings = HashMap<(FuncId, LocalId), FuncId>;

fn function_bindings(program: &hir::Program, origins: &Origins) -> FunctionBindings {
    let mut written: HashMap<(FuncId, LocalId), Option<FuncId>> = HashMap::new();
    for (f, func) in program.functions.iter().enumerate() {
        let mut note = |var: Var, closure: Option<FuncId>| {
            if let Some(binding) = resolve(f, var, origins) {
                let entry = written.entry(binding).or_insert(closure);
                if *entry != closure {
                    *entry = None;
                }
            }
        };
        for &p in func.params.iter().chain(&func.this_local) {
            note(Var::Local(p), None);
        }
        visit_stmts(&func.body, &mut |s| {
            if let Stmt::Try { catch: Some((Some(var), _)), .. } = s {
                note(*var, None);
            }
        });
        visit::any_expr(&func.body, &mut |e| {
            if let Expr::Write(var, value) = e {
                let closure = match &**value {
                    Expr::Closure { func, .. } => Some(*func),
                    _ => None,
                };
                note(*var, closure);
            }
            false
        });
    }
    written.into_iter().filter_map(|(binding, f)| Some((binding, f?))).collect()
}

/// Whether the global `name` is always the built-in: nothing assigns it (as
/// a global, or as a property of the global object) or writes or deletes
/// its properties.
pub(crate) fn global_intact(program: &hir::Program, name: &str) -> bool {
    let is_global = |e: &Expr| matches!(e, Expr::GlobalRead(g, _) if g == name);
    !program.functions.iter().any(|f| {
        visit::any_expr(&f.body, &mut |e| match e {
            Expr::GlobalWrite(g, _, _) => g == name,
            Expr::SetProp { object, key, .. } | Expr::DeleteProp { object, key, .. } => {
                is_global(object) || matches!(&**key, Expr::String(k) if k == name)
            }
            _ => false,
        })
    })
}

/// The functions whose `F.prototype` the program names.
fn prototypes_mentioned(program: &hir::Program, origins: &Origins, bindings: &FunctionBindings) -> HashSet<FuncId> {
    let mut out = HashSet::new();
    for (f, func) in program.functions.iter().enumerate() {
        visit::any_expr(&func.body, &mut |e| {
            if let Expr::GetProp { object, key, .. } | Expr::SetProp { object, key, .. } = e
                && matches!(&**key, Expr::String(k) if k == "prototype")
                && let Some(binding) = binding_of(f, object, origins)
                && let Some(&owner) = bindings.get(&binding)
            {
                out.insert(owner);
            }
            false
        });
    }
    out
}

/// The binding an expression of function `f` reads, as (function, local).
fn binding_of(f: FuncId, e: &Expr, origins: &Origins) -> Option<(FuncId, LocalId)> {
    match e {
        Expr::Read(var) | Expr::ReadChecked(var, _) => resolve(f, *var, origins),
        _ => None,
    }
}

/// Where a binding that function `f` names lives, as (function, local); none
/// for captures of a closure that is never created.
fn resolve(f: FuncId, var: Var, origins: &Origins) -> Option<(FuncId, LocalId)> {
    match var {
        Var::Local(l) => Some((f, l)),
        Var::Captured(c) => origins[f].get(c).copied().filter(|(owner, _)| *owner != usize::MAX),
    }
}

/// The names the program assigns as properties of some `X.prototype`
/// (`None` when one of them is computed).
fn prototype_property_names(program: &hir::Program) -> Option<HashSet<String>> {
    let mut names = HashSet::new();
    let mut computed = false;
    for f in &program.functions {
        visit::any_expr(&f.body, &mut |e| {
            if let Expr::SetProp { object, key, .. } = e
                && let Expr::GetProp { key: p, .. } = &**object
                && matches!(&**p, Expr::String(k) if k == "prototype")
            {
                match &**key {
                    Expr::String(name) => {
                        names.insert(name.clone());
                    }
                    _ => computed = true,
                }
            }
            false
        });
    }
    (!computed).then_some(names)
}

/// `holder.prototype.name = value`: the holder, the method name and the value.
pub fn method_assignment(e: &Expr) -> Option<(&Expr, &str, &Expr)> {
    let Expr::SetProp { object, key, value, .. } = e else { return None };
    let Expr::GetProp { object: holder, key: prototype, .. } = &**object else { return None };
    match (&**prototype, &**key) {
        (Expr::String(p), Expr::String(name)) if p == "prototype" => Some((holder, name, value)),
        _ => None,
    }
}

/// Calls `f` on every statement of a list, nested ones included.
fn visit_stmts(stmts: &[Stmt], f: &mut impl FnMut(&Stmt)) {
    for s in stmts {
        f(s);
        let mut lists: Vec<&[Stmt]> = Vec::new();
        visit::stmt_children(s, &mut |_| {}, &mut |l| lists.push(l));
        for l in lists {
            visit_stmts(l, f);
        }
    }
}

/// What the top level settles about prototypes before any code can read them.
#[derive(Default)]
struct Settled {
    /// The methods of each constructor's prototype.
    methods: HashMap<FuncId, Vec<String>>,
    /// `F.prototype = Object.create(P.prototype)`: `F` → `P`.
    parents: HashMap<FuncId, FuncId>,
    /// Those assignments, by address.
    statements: HashSet<usize>,
    /// The properties assigned to each function object (`F.create = ..`).
    statics: HashMap<FuncId, Vec<String>>,
}

/// The methods each constructor has before anything can read them: the
/// `F.prototype.m = v` statements of the top level that come before the
/// first statement that could run code of the program or make an object
/// (a call, `new`, a conversion that could reach a method the program wrote).
/// By then no object of `F` exists, and none can be made without passing them.
/// `F.prototype = Object.create(P.prototype)` among them (with `Object` the
/// built-in) gives `F` a fresh prototype inheriting from `P`'s. So can
/// `new G(..)` where the constructor does nothing but add fields (see
/// [`inert_constructor`]): the object exists early, but nothing reads its
/// methods before the scan ends.
fn settled_prototypes(
    program: &hir::Program,
    origins: &Origins,
    bindings: &FunctionBindings,
    object_intact: bool,
) -> Settled {
    let main = program.main;
    let owner = |holder: &Expr| match holder {
        Expr::Read(Var::Local(l)) | Expr::ReadChecked(Var::Local(l), _) => bindings.get(&(main, *l)).copied(),
        _ => None,
    };
    let mut settled = Settled::default();
    let mut conversions_safe = true;
    // Constructors that made an object, and those whose prototype another
    // inherits from: their `F.prototype` may no longer be replaced (objects
    // and prototypes made so far keep the old one).
    let mut pinned: HashSet<FuncId> = HashSet::new();
    let body = &program.functions[main].body;
    let mut scanned = body.len();
    for (at, s) in body.iter().enumerate() {
        match s {
            Stmt::FreshCells(_) => continue,
            Stmt::Expr(e)
                if let Some((holder, name, value)) = method_assignment(e)
                    && let Some(f) = owner(holder)
                    && inert(value, conversions_safe) =>
            {
                // A method a conversion may call: from here on, operators
                // could run program code.
                if matches!(name, "valueOf" | "toString" | "toLocaleString" | "toJSON") {
                    conversions_safe = false;
                }
                let names = settled.methods.entry(f).or_default();
                if plain_key(name) && !names.iter().any(|n| n == name) {
                    names.push(name.to_string());
                }
            }
            Stmt::Expr(e)
                if let Some((holder, name, value)) = static_assignment(e)
                    && let Some(f) = owner(holder)
                    && inert(value, conversions_safe) =>
            {
                let names = settled.statics.entry(f).or_default();
                if !names.iter().any(|n| n == name) {
                    names.push(name.to_string());
                }
            }
            Stmt::Expr(e)
                if object_intact
                    && let Some((holder, parent)) = inheritance(e)
                    && let (Some(f), Some(p)) = (owner(holder), owner(parent))
                    && !pinned.contains(&f) =>
            {
                // The methods assigned so far went to the old prototype.
                settled.methods.insert(f, Vec::new());
                settled.parents.insert(f, p);
                settled.statements.insert(e as *const Expr as usize);
                pinned.insert(p);
            }
            Stmt::Expr(e)
                if let Expr::New { callee, args, .. } = without_write(e)
                    && let Some(f) = owner(callee)
                    && args.iter().all(|a| inert(a, conversions_safe))
                    && let Some(made) = inert_constructor(program, f, origins, bindings, conversions_safe) =>
            {
                pinned.extend(made);
            }
            Stmt::Expr(e) if inert(e, conversions_safe) => {}
            _ => {
                scanned = at;
                break;
            }
        }
    }
    settled.methods.retain(|_, names| names.len() <= MAX_FIELDS);
    settled.statics.retain(|_, names| names.len() <= MAX_FIELDS);
    // A property read while the statements run (`F.b = F.a`) may come before
    // its assignment: those functions' properties are not settled.
    for s in &body[..scanned] {
        visit::stmt_any_expr(s, &mut |e| {
            if let Expr::GetProp { object, key, .. } = e
                && !matches!(&**key, Expr::String(k) if k == "prototype")
                && let Some(f) = owner(object)
            {
                settled.statics.remove(&f);
            }
            false
        });
    }
    settled
}

/// Own and inherited properties of every function: assigning one does not
/// add a plain property (`name` and `length` are read-only).
const FUNCTION_NAMES: &[&str] = &["prototype", "name", "length", "caller", "arguments", "call", "apply", "bind"];

/// `holder.name = value` with a name that can be a plain property of a
/// function object: the holder, the name and the value.
fn static_assignment(e: &Expr) -> Option<(&Expr, &str, &Expr)> {
    let Expr::SetProp { object: holder, key, value, .. } = e else { return None };
    match (&**holder, &**key) {
        (Expr::Read(_) | Expr::ReadChecked(..), Expr::String(name))
            if plain_key(name)
                && !FUNCTION_NAMES.contains(&name.as_str())
                && !OBJECT_PROTOTYPE_NAMES.contains(&name.as_str()) =>
        {
            Some((holder, name, value))
        }
        _ => None,
    }
}

/// `e`, or the value `e` assigns to a binding.
fn without_write(e: &Expr) -> &Expr {
    match e {
        Expr::Write(_, value) => value,
        _ => e,
    }
}

/// The constructors `new F(..)` runs, if all they do is add fields whose
/// values run no code of the program (see [`inert`]) and call such a
/// constructor on `this` first.
fn inert_constructor(
    program: &hir::Program,
    f: FuncId,
    origins: &Origins,
    bindings: &FunctionBindings,
    conversions_safe: bool,
) -> Option<Vec<FuncId>> {
    let mut made = Vec::new();
    let mut next = Some(f);
    while let Some(f) = next.take() {
        let func = &program.functions[f];
        if func.kind != FunctionKind::Normal || made.contains(&f) {
            return None;
        }
        made.push(f);
        let this = func.this_local?;
        for s in &func.body {
            match s {
                Stmt::FreshCells(_) => {}
                Stmt::Expr(Expr::SetProp { object, key, value, .. })
                    if reads_local(object, this)
                        && matches!(&**key, Expr::String(_))
                        && inert(value, conversions_safe) => {}
                Stmt::Expr(e)
                    if next.is_none()
                        && let Some((p, rest)) = super_call(f, e, this, origins, bindings)
                        && rest.iter().all(|a| {
                            inert(a, conversions_safe) && !visit::expr_any(a, &mut |x| reads_local(x, this))
                        }) =>
                {
                    next = Some(p);
                }
                _ => return None,
            }
        }
    }
    Some(made)
}

/// `holder.prototype = Object.create(parent.prototype)`: the holder and the parent.
fn inheritance(e: &Expr) -> Option<(&Expr, &Expr)> {
    let Expr::SetProp { object: holder, key, value, .. } = e else { return None };
    let Expr::Call { callee, this: Some(this), args, .. } = &**value else { return None };
    let Expr::GetProp { object: receiver, key: create, .. } = &**callee else { return None };
    fn prototype_of(e: &Expr) -> Option<&Expr> {
        match e {
            Expr::GetProp { object, key, .. } if matches!(&**key, Expr::String(k) if k == "prototype") => Some(object),
            _ => None,
        }
    }
    match (&**key, &**create, &**receiver, &**this, &args[..]) {
        (Expr::String(k), Expr::String(c), Expr::Write(Var::Local(t), o), Expr::Read(Var::Local(r)), [arg])
            if k == "prototype"
                && c == "create"
                && t == r
                && matches!(&**o, Expr::GlobalRead(g, _) if g == "Object") =>
        {
            Some((&**holder, prototype_of(arg)?))
        }
        _ => None,
    }
}

/// Whether evaluating `e` can neither run code of the program nor make an
/// object whose methods it reads: no calls, no `new`, no property writes, no
/// computed keys, closures only as plain values, and operators (which may
/// convert an object with `valueOf`) only while `conversions_safe`.
fn inert(e: &Expr, conversions_safe: bool) -> bool {
    let child = |c: &Expr| inert(c, conversions_safe);
    let value = |c: &Expr| !matches!(c, Expr::Closure { .. }) && inert(c, conversions_safe);
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
        | Expr::Closure { .. } => true,
        Expr::Write(_, v) => child(v),
        Expr::GetProp { object, key, .. } => matches!(&**key, Expr::String(_) | Expr::Number(_)) && child(object),
        Expr::Unary(_, a) => conversions_safe && child(a),
        Expr::Binary(op, a, b) => {
            conversions_safe && !matches!(op, BinaryOp::In | BinaryOp::InstanceOf) && child(a) && child(b)
        }
        Expr::Logical(_, a, b) => child(a) && child(b),
        Expr::Conditional(t, a, b) => child(t) && child(a) && child(b),
        Expr::Sequence(items) => items.iter().all(child),
        Expr::Object(props) => props.iter().all(|(k, v)| matches!(k, Expr::String(_)) && value(v)),
        Expr::Array(items) => items.iter().flatten().all(value),
        _ => false,
    }
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

/// The layout a function shaped like a constructor gives `this`: a
/// `function` that never returns a value (`new` would yield that value
/// instead), whose leading statements may first call a constructor of the
/// program on `this` (`P.call(this, ..)`), then assign `this.name = value`
/// (each name once, possibly none), possibly mixed with statements that do
/// not leave the function. A statement other than these that can see `this`
/// exposes the object: the fields added after it are late.
fn constructor_layout(
    program: &hir::Program,
    id: FuncId,
    origins: &Origins,
    bindings: &FunctionBindings,
) -> Option<Layout> {
    let f = &program.functions[id];
    if f.kind != FunctionKind::Normal {
        return None;
    }
    let this = f.this_local?;
    if returns_value(&f.body) {
        return None;
    }
    let mut layout = Layout::default();
    let mut touched = false;
    let mut rest: &[Stmt] = &[];
    for (i, s) in f.body.iter().enumerate() {
        let added: Vec<&str> = layout.fields.iter().map(|(n, _)| n.as_str()).collect();
        let exposes = |e: &Expr| exposes_this(e, this, &added);
        match s {
            Stmt::Expr(e @ Expr::SetProp { object, key, value, .. })
                if reads_local(object, this)
                    && let Expr::String(name) = &**key
                    && plain_key(name)
                    && !added.contains(&name.as_str()) =>
            {
                // A value that can see the object may read the field before it is added.
                if exposes(value) {
                    layout.exposes = true;
                }
                layout.fields.push((name.clone(), layout.exposes));
                layout.initializers.push(e as *const Expr as usize);
                touched = true;
            }
            Stmt::Expr(e)
                if !touched
                    && let Some((p, rest)) = super_call(id, e, this, origins, bindings)
                    && !rest.iter().any(|a| exposes_this(a, this, &[])) =>
            {
                layout.parent = Some(p);
                touched = true;
            }
            Stmt::FreshCells(_) => {}
            // Code that cannot see the object and does not leave the function
            // early (default parameter values, locals computed first).
            s if !leaves(s) && !visit::stmt_any_root(s, &mut |e| exposes(e)) => {}
            Stmt::Expr(_) => {
                layout.exposes = true;
                touched = true;
            }
            _ => {
                rest = &f.body[i..];
                break;
            }
        }
    }
    if rest.iter().any(|s| visit::stmt_any_expr(s, &mut |e| exposes_this(e, this, &[]))) {
        layout.exposes = true;
    }
    Some(layout)
}

/// Whether `e` can get hold of `this` (local `this`) other than to read one
/// of the fields already `added` (a closure might capture it).
fn exposes_this(e: &Expr, this: LocalId, added: &[&str]) -> bool {
    match e {
        Expr::GetProp { object, key, .. }
            if reads_local(object, this) && matches!(&**key, Expr::String(k) if added.contains(&k.as_str())) =>
        {
            false
        }
        Expr::Closure { .. } | Expr::Callee => true,
        _ if reads_local(e, this) => true,
        _ => {
            let mut found = false;
            visit::expr_children(e, &mut |c| found = found || exposes_this(c, this, added));
            found
        }
    }
}

/// Whether a statement may leave the function (or jump out of itself).
fn leaves(s: &Stmt) -> bool {
    let mut found = false;
    visit_stmts(std::slice::from_ref(s), &mut |s| {
        found = found || matches!(s, Stmt::Return(_) | Stmt::Break(_) | Stmt::Continue(_));
    });
    found
}

/// Whether `e` reads local `l` of its function.
fn reads_local(e: &Expr, l: LocalId) -> bool {
    matches!(e, Expr::Read(Var::Local(r)) | Expr::ReadChecked(Var::Local(r), _) if *r == l)
}

/// `P.call(this, ..args)` in function `f` (whose `this` is local `this`),
/// with `P` a binding of one function of the program: `P` and the other
/// arguments, which the caller checks.
fn super_call<'e>(
    f: FuncId,
    e: &'e Expr,
    this: LocalId,
    origins: &Origins,
    bindings: &FunctionBindings,
) -> Option<(FuncId, &'e [Expr])> {
    let Expr::Call { callee, this: Some(receiver), args, .. } = e else { return None };
    let Expr::GetProp { object, key, .. } = &**callee else { return None };
    let (Expr::Write(Var::Local(t), holder), Expr::Read(Var::Local(r)), Expr::String(k)) =
        (&**object, &**receiver, &**key)
    else {
        return None;
    };
    let (first, rest) = args.split_first()?;
    if t != r || k != "call" || !reads_local(first, this) {
        return None;
    }
    Some((*bindings.get(&binding_of(f, holder, origins)?)?, rest))
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

/// The properties every object inherits from `Object.prototype`: a name
/// outside this list that is neither a field nor a method reads undefined.
pub const OBJECT_PROTOTYPE_NAMES: &[&str] = &[
    "constructor",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "toString",
    "valueOf",
    "__defineGetter__",
    "__defineSetter__",
    "__lookupGetter__",
    "__lookupSetter__",
    "__proto__",
];

/// Globals whose properties include the built-in prototypes.
const PROTOTYPE_HOLDERS: &[&str] = &["Object", "Array", "Function", "String", "Reflect", "globalThis", "global"];

/// Whether the program provably never reaches a built-in prototype: no key of
/// [`PROTOTYPE_KEYS`] appears as a property name, except `F.prototype` where
/// `F` is a binding that only ever holds closures of the program (whose
/// prototypes are ordinary objects it made), `Reflect` is never used, and the
/// globals holding prototypes are never indexed with a computed key. A key
/// computed at run time that spells one of these names on some other object
/// is outside what this proves (docs/architecture.md).
pub fn prototypes_untouched(program: &hir::Program, origins: &Origins, bindings: &FunctionBindings) -> bool {
    program.functions.iter().enumerate().all(|(f, func)| {
        let own_function = |object: &Expr| binding_of(f, object, origins).is_some_and(|b| bindings.contains_key(&b));
        !visit::any_expr(&func.body, &mut |e| reaches_prototype(e, &own_function))
    })
}

fn reaches_prototype(e: &Expr, own_function: &impl Fn(&Expr) -> bool) -> bool {
    let holder = |x: &Expr| match x {
        Expr::GlobalRead(g, _) | Expr::GlobalWrite(g, _, _) => PROTOTYPE_HOLDERS.contains(&g.as_str()),
        Expr::Write(_, v) => matches!(&**v, Expr::GlobalRead(g, _) if PROTOTYPE_HOLDERS.contains(&g.as_str())),
        _ => false,
    };
    match e {
        Expr::GlobalRead(g, _) | Expr::GlobalWrite(g, _, _) | Expr::GlobalTypeOf(g) => g == "Reflect",
        // `{ __proto__: v }` gives an object a prototype of the program's choosing.
        Expr::LiteralProtoKey => true,
        // `F.prototype.constructor = v` writes an ordinary object the program
        // made (the visit checks `v` on its own).
        Expr::SetProp { object, key, .. }
            if matches!(&**key, Expr::String(k) if k == "constructor")
                && let Expr::GetProp { object: holder, key: p, .. } = &**object
                && matches!(&**p, Expr::String(k) if k == "prototype")
                && own_function(holder) =>
        {
            false
        }
        Expr::GetProp { object, key, .. }
        | Expr::SetProp { object, key, .. }
        | Expr::DeleteProp { object, key, .. } => match &**key {
            Expr::String(k) if k == "prototype" => !own_function(object),
            Expr::String(k) => PROTOTYPE_KEYS.contains(&k.as_str()),
            _ => holder(object),
        },
        _ => false,
    }
}

/// Whether a function body returns a value somewhere.
fn returns_value(stmts: &[Stmt]) -> bool {
    let mut found = false;
    visit_stmts(stmts, &mut |s| found = found || matches!(s, Stmt::Return(Some(_))));
    found
}
