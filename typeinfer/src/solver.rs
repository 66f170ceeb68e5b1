//! The interprocedural solver: a flow-insensitive fixpoint over the whole
//! program (one type per binding, per function return, per expression), with
//! two flow-sensitive refinements that keep loop counters int32 — the range
//! a `for`/`while` test proves for its counter, and definite assignment for
//! `var` bindings (see [`crate::definite`]).
//!
//! Soundness rules the rest of the compiler relies on:
//! - A function's parameters get the join of its direct call sites' argument
//!   types only while every caller is visible. Once a closure of it *escapes*
//!   (stored in an object, passed to or returned to code the solver does not
//!   see, used with `new`, merged with other values) its parameters are
//!   dynamic and its return value escapes in turn.
//! - `Int32` means proven: arithmetic stays int32 only when the operand ranges
//!   prove the result fits (and is not -0); everything else is `Double`.
//! - There is no BigInt in the language dxl accepts, so every arithmetic
//!   operator other than `+` produces a number whatever its operands.

use std::collections::{BTreeSet, HashMap, HashSet};

use dxl_frontend::hir::{self, BinaryOp, Expr, FuncId, FunctionKind, LocalId, LogicalOp, Pos, Stmt, UnaryOp, Var};

use crate::classes::{self, Class, ClassKind, Classes};
use crate::definite::{self, Origins};
use crate::loop_index::LoopIndex;
use crate::packed_arrays::Packed;
use crate::types::{ClassId, FunctionSetId, NO_FUNCTION, Range, Type};
use crate::visit;

/// `Math` functions whose result type and code the compiler knows, while the
/// program provably never replaces them (see [`math_is_intact`]).
pub const MATH_FUNCTIONS: &[&str] = &[
    "abs", "sqrt", "floor", "ceil", "trunc", "round", "min", "max", "sin", "cos", "tan", "asin", "acos", "atan",
    "atan2", "exp", "log", "log2", "log10", "cbrt", "pow", "imul", "clz32",
];
pub const MATH_CONSTANTS: &[(&str, f64)] = &[
    ("PI", std::f64::consts::PI),
    ("E", std::f64::consts::E),
    ("LN2", std::f64::consts::LN_2),
    ("LN10", std::f64::consts::LN_10),
    ("LOG2E", std::f64::consts::LOG2_E),
    ("LOG10E", std::f64::consts::LOG10_E),
    ("SQRT2", std::f64::consts::SQRT_2),
    ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
];

/// After this many growths of a binding's int32 range, it widens to all of int32.
/// Before that, a growing bound jumps to the next threshold (a bound a loop
/// test proved), so counters converge in a few rounds. A local that a test
/// bounds (above, or below) grows that way only through the bounds of its own
/// tests; other bindings step through those of every loop of the program,
/// three per bound, and may pass many below their own bound first: room for
/// several of them.
const RANGE_WIDENING: u8 = 24;
/// The bounds of a local's own tests (see `Solver::local_thresholds`).
#[derive(Default)]
struct OwnThresholds {
    upper: BTreeSet<i32>,
    lower: BTreeSet<i32>,
}

/// Where every growing range may stop.
const BASE_THRESHOLDS: [i32; 5] = [i32::MIN, -1, 0, 1, i32::MAX];
/// The first growths are kept exact (joins of a few call sites or constants).
const EXACT_GROWTHS: u8 = 2;
/// A program that has not converged after this many rounds stays generic.
const MAX_ROUNDS: usize = 200;
/// A value that may be a closure of more functions than this is dynamic: a
/// call of it compares the closure against each candidate.
const MAX_CANDIDATES: usize = 8;
/// The most holes `new Array(n)` lays out in its dense part (the runtime's
/// `PREALLOC_MAX`): below that, a write inside the length never goes sparse.
const PREALLOCATED_HOLES: i32 = 1 << 20;
/// The most classes of objects one union may hold (see [`ClassKind::Union`]).
const MAX_UNION: usize = 16;

/// Why a function's closure escapes, for `--explain`.
#[derive(Clone, Debug)]
pub struct Escape {
    pub pos: Option<Pos>,
    pub why: &'static str,
}

/// What `--explain` reports about a function, gathered in the last round.
#[derive(Clone, Debug, Default)]
pub struct FunctionNotes {
    /// Per parameter: the type each direct call site passes, and where.
    pub param_sources: Vec<Vec<(Pos, Type)>>,
    /// Per local: the types written to it.
    pub local_sources: Vec<Vec<Type>>,
    pub direct_calls: Vec<Pos>,
    /// Calls of one of a few known functions, each called directly once
    /// the closure is compared (see [`Type::Functions`]).
    pub dispatched_calls: Vec<Pos>,
    /// Calls through the generic convention, with the callee as written.
    pub generic_calls: Vec<(Pos, String)>,
    pub math_calls: usize,
    /// Element accesses proven to hit an element (no bounds or hole check).
    pub in_bounds: usize,
}

/// A property access on an object whose layout is proven: slot `slot` of its
/// slot vector, with no lookup. With `nullish`, the value may be `undefined`
/// or `null` instead of the object (then the access throws, as the generic path does).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotAccess {
    pub class: ClassId,
    pub slot: u32,
    pub nullish: bool,
}

/// A built-in array method the backend compiles as a loop calling its
/// callback directly (see [`TypeTables::array_loop`]). Each visits the
/// elements below the length the array had at the start, skipping holes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArrayLoop {
    ForEach,
    /// Stops at the first element the callback returns a truthy value for: `true`.
    Some,
    /// Stops at the first element the callback returns a falsy value for: `false`.
    Every,
    /// A new array of class `.0` with the same length, holding what the
    /// callback returns for each element (holes stay holes).
    Map(ClassId),
    /// A new array of class `.0` with the elements the callback returns a truthy value for.
    Filter(ClassId),
    /// Folds the elements with the callback, from the initial value (with
    /// `.0`, the call's second argument) or else the first element; with
    /// neither, a TypeError.
    Reduce(bool),
}

impl ArrayLoop {
    /// The method named `name` called with `args` arguments (its result
    /// array's class, for `map` and `filter`, comes later).
    fn of(name: &str, args: usize) -> Option<ArrayLoop> {
        match (name, args) {
            ("forEach", 1) => Some(ArrayLoop::ForEach),
            ("some", 1) => Some(ArrayLoop::Some),
            ("every", 1) => Some(ArrayLoop::Every),
            ("map", 1) => Some(ArrayLoop::Map(0)),
            ("filter", 1) => Some(ArrayLoop::Filter(0)),
            ("reduce", 1 | 2) => Some(ArrayLoop::Reduce(args == 2)),
            _ => None,
        }
    }
}

/// A property access on an object of a family (a class, the classes that
/// extend it, or a union's classes) where the property is not a field of
/// every class. An object whose runtime shape is the layout of a class in
/// `slots` has the property in that slot (which holds NaN-boxed values); a
/// read of one whose shape is the layout of a class in `methods` is that
/// method, which its prototype holds. Any other takes the generic path (a
/// plain property, a method, or undefined).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FamilyAccess {
    pub slots: Vec<(ClassId, u32)>,
    /// Classes whose objects read the property from their prototype (a
    /// settled method), with the method; each class's layout is a shape
    /// only its objects have.
    pub methods: Vec<(ClassId, FuncId)>,
    pub nullish: bool,
}

/// The solver's answer: what the backend may rely on.
pub struct TypeTables {
    /// Whether specialization is on (`--no-specialize` turns it off: all dynamic).
    pub specialize: bool,
    /// `locals[f][l]`: the type of every value local `l` of function `f` holds.
    pub locals: Vec<Vec<Type>>,
    pub returns: Vec<Type>,
    /// Why each function escaped; `None` when every call of it is a direct call.
    pub escapes: Vec<Option<Escape>>,
    /// Whether the function reads its `this` (else direct calls skip binding it).
    pub reads_this: Vec<bool>,
    /// Whether all of the function's closures are one object (see [`crate::created_once`]).
    pub created_once: Vec<bool>,
    /// `Math.<f>` calls may be compiled inline (see [`math_is_intact`]).
    pub math_intact: bool,
    pub origins: Origins,
    pub notes: Vec<FunctionNotes>,
    /// Expression types, keyed by the expression's address in the (immutable) HIR.
    exprs: HashMap<usize, Type>,
    /// Operands that read a number array under an operator that turns
    /// undefined into NaN (see [`TypeTables::number_array_read`]).
    number_reads: HashSet<usize>,
    /// Element reads and writes of arrays that never have holes, at an
    /// index proven below the array's length (see [`TypeTables::in_bounds`]).
    in_bounds: HashSet<usize>,
    /// `s.charCodeAt(i)` calls of the built-in on a string with an int32 index, by the callee's address.
    char_codes: HashSet<usize>,
    /// `f.call(..)` calls of a known function, by the callee's address.
    function_calls: HashSet<usize>,
    /// `a.forEach(f)` (and `some`, `every`, `map`, `filter`, `reduce`) calls
    /// of the built-in on a tracked array with a known callback, by the
    /// callee's address, with the method and the callback.
    array_loops: HashMap<usize, (ArrayLoop, FuncId)>,
    /// The class of the objects each constructor-shaped function makes.
    constructors: HashMap<FuncId, ClassId>,
    /// The allocation classes, with their final field and element types.
    pub classes: Vec<Class>,
    /// The functions each [`Type::Functions`] may be a closure of.
    pub function_sets: Vec<Vec<FuncId>>,
    /// Property reads and writes proven to hit a slot of an object of a
    /// class that never escapes, by the `GetProp`/`SetProp` expression's address.
    slots: HashMap<usize, SlotAccess>,
    /// Property reads and writes of a field that only some classes of the
    /// object's family have (see [`FamilyAccess`]), by the expression's address.
    family: HashMap<usize, FamilyAccess>,
    /// A constructor's `this.x = v` assignments that add field `x` (of a class that never escapes).
    initializers: HashMap<usize, SlotAccess>,
    /// The class of each object and array literal.
    literals: HashMap<usize, ClassId>,
    /// Per class: whether its arrays keep booleans as bytes, or why not
    /// (see [`crate::packed_arrays`]).
    packed: Vec<Result<(), Option<Escape>>>,
    /// Per function: whether it returns sums of its own calls that the
    /// backend may add as exact integers (see [`crate::sum_recursion`]).
    sums_own_calls: Vec<bool>,
    /// Why inference gave up, if it did.
    pub gave_up: Option<String>,
}

impl TypeTables {
    /// The type of an expression of the program these tables were computed for.
    pub fn expr(&self, e: &Expr) -> Type {
        if !self.specialize {
            return Type::Dynamic;
        }
        self.exprs.get(&(e as *const Expr as usize)).copied().unwrap_or(Type::Dynamic)
    }

    /// Whether the operand `e` reads an element of a number array (a number,
    /// or undefined past its end) under an operator that turns undefined into
    /// NaN: the backend may read it as an f64 (undefined's bits are a NaN).
    pub fn number_array_read(&self, e: &Expr) -> bool {
        self.specialize && self.number_reads.contains(&(e as *const Expr as usize))
    }

    /// Whether `e`, an element read or write of a tracked array, is proven
    /// to hit an element: the index is below the array's length and the
    /// array's class never has holes. It needs no bounds or hole check.
    pub fn in_bounds(&self, e: &Expr) -> bool {
        self.specialize && self.in_bounds.contains(&(e as *const Expr as usize))
    }

    /// Whether `callee` (of a call) is `s.charCodeAt` of the built-in on a
    /// string, called with one int32 index: the result is an f64 (a code unit, or NaN).
    pub fn char_code_at(&self, callee: &Expr) -> bool {
        self.specialize && self.char_codes.contains(&(callee as *const Expr as usize))
    }

    /// Whether `callee` (of a call) is `f.call` of the built-in on a function
    /// whose every call the solver sees: a direct call of `f`, with the first
    /// argument as the receiver.
    pub fn function_call(&self, callee: &Expr) -> bool {
        self.specialize && self.function_calls.contains(&(callee as *const Expr as usize))
    }

    /// For `a.forEach(f)` (or `some`, `every`, `map`, `filter`, `reduce`) of
    /// the built-in on an array whose class never escapes, with a callback
    /// the solver knows, by the callee: the method and the callback, which
    /// the loop calls directly.
    pub fn array_loop(&self, callee: &Expr) -> Option<(ArrayLoop, FuncId)> {
        self.array_loops.get(&(callee as *const Expr as usize)).copied().filter(|_| self.specialize)
    }

    /// The class `new f(..)` makes, if it never escapes: the object is made
    /// with all its fields in place (undefined until the constructor adds
    /// them), in its final shape, so fields added late read undefined as a
    /// missing property would, and only code that knows the class reads them.
    pub fn layout(&self, f: FuncId) -> Option<ClassId> {
        let c = *self.constructors.get(&f)?;
        (self.specialize && self.escapes[f].is_none() && self.classes[c as usize].escaped.is_none()).then_some(c)
    }

    /// The slot a property access `e` (a `GetProp` or `SetProp`) proven hits, if any.
    pub fn slot(&self, e: &Expr) -> Option<SlotAccess> {
        if !self.specialize {
            return None;
        }
        self.slots.get(&(e as *const Expr as usize)).copied()
    }

    /// The classes and slots a property access `e` of a field only some
    /// classes of the object's family have may hit (see [`FamilyAccess`]).
    pub fn family(&self, e: &Expr) -> Option<&FamilyAccess> {
        if !self.specialize {
            return None;
        }
        self.family.get(&(e as *const Expr as usize))
    }

    /// The field a constructor's `this.x = v` (the `SetProp` `e`) adds, for a class that never escapes.
    pub fn initializer(&self, e: &Expr) -> Option<SlotAccess> {
        if !self.specialize {
            return None;
        }
        self.initializers.get(&(e as *const Expr as usize)).copied()
    }

    /// The class of an object literal whose class never escapes.
    pub fn literal_class(&self, e: &Expr) -> Option<ClassId> {
        let c = *self.literals.get(&(e as *const Expr as usize))?;
        self.classes[c as usize].escaped.is_none().then_some(c)
    }

    /// Whether field `slot` of class `class` holds raw doubles: a field of a
    /// class that never escapes, typed number, stores the f64 bits as they
    /// are (a NaN possibly negative) even when the value is integral, so reads
    /// need no tag check. Only code that knows the class touches those slots.
    pub fn raw_double_field(&self, class: ClassId, slot: u32) -> bool {
        let c = &self.classes[class as usize];
        c.escaped.is_none()
            && c.fields.get(slot as usize).is_some_and(|(_, t)| *t == Type::Double)
            && !c.generic_slots.contains(&(slot as usize))
    }

    /// Whether the arrays of class `class` hold raw doubles: an array class
    /// that never escapes, with number elements (not all int32), stores each
    /// number as its f64 bits (NaN made canonical) even when it is integral,
    /// so a read under arithmetic is a load with no tag check (a hole's and
    /// undefined's bits are NaNs). The runtime's slow paths store and return
    /// these bits as the doubles they are; generic reads make integral ones
    /// int32-tagged again.
    pub fn raw_double_elements(&self, class: ClassId) -> bool {
        let c = &self.classes[class as usize];
        self.specialize && c.escaped.is_none() && c.element == Type::Double
    }

    /// Whether the arrays of class `class` hold only int32-tagged numbers: an
    /// array class that never escapes, never has holes and has int32
    /// elements. Stores tag every element as an int32 (an integral double
    /// from generic code included), so a read proven in bounds is a load and
    /// a truncation.
    pub fn int32_elements(&self, class: ClassId) -> bool {
        let c = &self.classes[class as usize];
        self.specialize && c.escaped.is_none() && c.holey.is_none() && matches!(c.element, Type::Int32(_))
    }

    /// How the arrays of class `class` pack their elements, if they do (see
    /// [`crate::packed_arrays`]): only inline code touches them.
    pub fn packed(&self, class: ClassId) -> Option<Packed> {
        if !self.specialize || !matches!(self.packed.get(class as usize), Some(Ok(()))) {
            return None;
        }
        Packed::of(self.classes[class as usize].element)
    }

    /// Whether function `f` returns sums of its own calls that may be added
    /// as exact integers, in any order (see [`crate::sum_recursion`]).
    pub fn sums_own_calls(&self, f: FuncId) -> bool {
        self.specialize && self.sums_own_calls.get(f).copied().unwrap_or(false)
    }

    /// Why the arrays of class `class`, booleans or int32s that could have
    /// been packed, are not.
    pub fn unpacked_why(&self, class: ClassId) -> Option<&Escape> {
        self.packed.get(class as usize)?.as_ref().err()?.as_ref()
    }

    /// The class of an array literal or `new Array(..)`, escaped or not.
    pub(crate) fn literal_class_any(&self, e: &Expr) -> Option<ClassId> {
        self.literals.get(&(e as *const Expr as usize)).copied()
    }

    /// Every array-method loop the backend compiles (see [`TypeTables::array_loop`]).
    pub(crate) fn array_loop_list(&self) -> impl Iterator<Item = (ArrayLoop, FuncId)> + '_ {
        self.array_loops.values().copied()
    }

    /// The functions a closure of type `Functions(s)` may be one of.
    pub fn function_set(&self, s: FunctionSetId) -> &[FuncId] {
        &self.function_sets[s as usize]
    }

    /// The type of a binding as function `f` sees it.
    pub fn var(&self, f: FuncId, var: Var) -> Type {
        let (owner, local) = match var {
            Var::Local(l) => (f, l),
            Var::Captured(c) => self.origins[f][c],
        };
        self.locals[owner][local]
    }

    fn all_dynamic(program: &hir::Program, origins: Origins, specialize: bool, gave_up: Option<String>) -> Self {
        TypeTables {
            specialize,
            locals: program.functions.iter().map(|f| vec![Type::Dynamic; f.locals.len()]).collect(),
            returns: vec![Type::Dynamic; program.functions.len()],
            escapes: vec![Some(Escape { pos: None, why: "specialization is off" }); program.functions.len()],
            reads_this: vec![true; program.functions.len()],
            created_once: vec![false; program.functions.len()],
            math_intact: false,
            origins,
            notes: vec![FunctionNotes::default(); program.functions.len()],
            exprs: HashMap::new(),
            number_reads: HashSet::new(),
            in_bounds: HashSet::new(),
            char_codes: HashSet::new(),
            function_calls: HashSet::new(),
            array_loops: HashMap::new(),
            constructors: HashMap::new(),
            classes: Vec::new(),
            function_sets: Vec::new(),
            slots: HashMap::new(),
            family: HashMap::new(),
            initializers: HashMap::new(),
            literals: HashMap::new(),
            packed: Vec::new(),
            sums_own_calls: vec![false; program.functions.len()],
            gave_up,
        }
    }
}

/// Where each closure's captures come from, found by walking closure creation sites from `main`.
pub fn capture_origins(program: &hir::Program) -> Origins {
    let mut origins: Origins = program.functions.iter().map(|f| vec![(usize::MAX, 0); f.captures.len()]).collect();
    let mut stack = vec![program.main];
    let mut seen = vec![false; program.functions.len()];
    while let Some(f) = stack.pop() {
        if std::mem::replace(&mut seen[f], true) {
            continue;
        }
        let mut found: Vec<(FuncId, Vec<Var>)> = Vec::new();
        visit::any_expr(&program.functions[f].body, &mut |e| {
            if let Expr::Closure { func, captures } = e {
                found.push((*func, captures.clone()));
            }
            false
        });
        for (inner, captures) in found {
            for (i, var) in captures.iter().enumerate() {
                origins[inner][i] = match *var {
                    Var::Local(l) => (f, l),
                    Var::Captured(c) => origins[f][c],
                };
            }
            stack.push(inner);
        }
    }
    origins
}

/// Runs the solver. With `specialize` off, every type is dynamic.
pub fn infer(program: &hir::Program, specialize: bool) -> TypeTables {
    let origins = capture_origins(program);
    if !specialize {
        return TypeTables::all_dynamic(program, origins, false, None);
    }
    // A sloppy function's `this` may be the global object, which reaches
    // `Math`, unless the solver proves it is always an object of the program
    // (the function is only called as a method or constructor): solve with
    // Math intact, then check that it held.
    let every_this_global = |_: FuncId| false;
    if math_is_intact(program, &origins, &every_this_global) {
        return solve(program, origins, true);
    }
    let no_this_global = |_: FuncId| true;
    if !math_is_intact(program, &origins, &no_this_global) {
        return solve(program, origins, false);
    }
    let tables = solve(program, origins.clone(), true);
    let this_is_object = |f: FuncId| {
        program.functions[f].this_local.is_none_or(|this| {
            matches!(
                tables.locals[f][this],
                Type::Never | Type::Object(_, false) | Type::Array(_, false) | Type::Function(_)
            )
        })
    };
    if tables.gave_up.is_none() && math_is_intact(program, &origins, &this_is_object) {
        return tables;
    }
    solve(program, origins, false)
}

/// Solves the program's types, with `Math` members the built-ins or not.
fn solve(program: &hir::Program, origins: Origins, math_intact: bool) -> TypeTables {
    let unassigned = definite::maybe_unassigned(program, &origins);
    let found = classes::discover(program, &origins);
    let n = program.functions.len();
    let mut solver = Solver {
        program,
        origins: &origins,
        locals: Vec::with_capacity(n),
        growths: program.functions.iter().map(|f| vec![0; f.locals.len()]).collect(),
        return_growths: vec![0; program.functions.len()],
        returns: vec![Type::Never; n],
        escapes: vec![None; n],
        changed: false,
        func: program.main,
        refine: Vec::new(),
        pos: None,
        math_intact,
        record: None,
        thresholds: BTreeSet::from(BASE_THRESHOLDS),
        local_thresholds: HashMap::new(),
        field_growths: found.classes.iter().map(|c| vec![0; c.fields.len().max(1)]).collect(),
        classes: found,
        function_sets: Vec::new(),
        function_set_ids: HashMap::new(),
        made_arrays: HashMap::new(),
        intact_globals: BUILTIN_FUNCTIONS
            .iter()
            .map(|&(name, _)| name)
            .filter(|name| classes::global_intact(program, name))
            .collect(),
        reads_this: reads_this(program, &origins),
        loops: LoopIndex::new(program),
        looped_checked: 0,
    };
    for (id, f) in program.functions.iter().enumerate() {
        let mut types = vec![Type::Never; f.locals.len()];
        for (l, local) in f.locals.iter().enumerate() {
            if !local.lexical && unassigned[id][l] {
                types[l] = Type::Undefined;
            }
        }
        // `this` is what the function's call sites give it: `new` sites, method
        // calls with their receiver, plain calls undefined or the global object,
        // and callers the solver cannot see anything (once the function escapes).
        if let Some(t) = f.this_local {
            types[t] = Type::Never;
        }
        solver.locals.push(types);
    }
    solver.escapes[program.main] = Some(Escape { pos: None, why: "it is the program's top level" });

    let mut rounds = 0;
    loop {
        solver.changed = false;
        solver.round();
        if !solver.changed {
            break;
        }
        rounds += 1;
        if rounds == MAX_ROUNDS {
            return TypeTables::all_dynamic(
                program,
                origins.clone(),
                true,
                Some(format!("type inference did not converge in {MAX_ROUNDS} rounds")),
            );
        }
    }
    // The last round changes nothing; it records expression types and notes.
    solver.record = Some(Record {
        exprs: HashMap::new(),
        function_calls: HashSet::new(),
        array_loops: HashMap::new(),
        number_reads: HashSet::new(),
        in_bounds: HashSet::new(),
        char_codes: HashSet::new(),
        slots: HashMap::new(),
        family: HashMap::new(),
        initializers: HashMap::new(),
        notes: program
            .functions
            .iter()
            .map(|f| FunctionNotes {
                param_sources: vec![Vec::new(); f.params.len()],
                local_sources: vec![Vec::new(); f.locals.len()],
                ..FunctionNotes::default()
            })
            .collect(),
    });
    solver.round();
    debug_assert!(!solver.changed, "the recording round must not change types");
    let mut record = solver.record.take().expect("set above");
    solver.share_inherited_fields();
    solver.canonicalize(&mut record);
    let Solver { locals, returns, escapes, math_intact, classes, function_sets, reads_this, .. } = solver;
    let mut tables = TypeTables {
        specialize: true,
        locals,
        returns,
        escapes,
        reads_this,
        created_once: crate::created_once::created_once(program),
        math_intact,
        origins,
        notes: record.notes,
        exprs: record.exprs,
        number_reads: record.number_reads,
        in_bounds: record.in_bounds,
        char_codes: record.char_codes,
        function_calls: record.function_calls,
        array_loops: record.array_loops,
        constructors: classes.constructors,
        classes: classes.classes,
        function_sets,
        slots: record.slots,
        family: record.family,
        initializers: record.initializers,
        literals: classes.literals,
        packed: Vec::new(),
        sums_own_calls: Vec::new(),
        gave_up: None,
    };
    tables.packed = crate::packed_arrays::packed_classes(program, &tables);
    tables.sums_own_calls =
        (0..program.functions.len()).map(|f| crate::sum_recursion::sums_own_calls(program, &tables, f)).collect();
    tables
}

struct Record {
    exprs: HashMap<usize, Type>,
    function_calls: HashSet<usize>,
    array_loops: HashMap<usize, (ArrayLoop, FuncId)>,
    number_reads: HashSet<usize>,
    in_bounds: HashSet<usize>,
    char_codes: HashSet<usize>,
    notes: Vec<FunctionNotes>,
    slots: HashMap<usize, SlotAccess>,
    family: HashMap<usize, FamilyAccess>,
    initializers: HashMap<usize, SlotAccess>,
}

struct Solver<'p> {
    program: &'p hir::Program,
    origins: &'p Origins,
    locals: Vec<Vec<Type>>,
    growths: Vec<Vec<u8>>,
    /// Per function: how often its int32 return range grew.
    return_growths: Vec<u8>,
    returns: Vec<Type>,
    escapes: Vec<Option<Escape>>,
    changed: bool,
    /// The function being walked.
    func: FuncId,
    /// Facts proven for plain locals of `func` at the current point (innermost last).
    /// `(local, fact, still valid)`: a write to the local ends the fact.
    refine: Vec<(LocalId, Fact, bool)>,
    /// The nearest source position seen, for reasons.
    pos: Option<Pos>,
    math_intact: bool,
    record: Option<Record>,
    /// Where growing int32 ranges stop first (see [`RANGE_WIDENING`]).
    thresholds: BTreeSet<i32>,
    /// Per local of a function that a test bounds (a loop counter): the
    /// bounds of its own tests, upper (`i < n`) and lower (`i > n`), where
    /// its range grows to in that direction, so that the bounds of other
    /// loops (a top level with many) do not use up its growths on the way.
    local_thresholds: HashMap<(FuncId, LocalId), OwnThresholds>,
    classes: Classes,
    /// Per class and field: how often its int32 range grew.
    field_growths: Vec<Vec<u8>>,
    /// The sets of [`Type::Functions`], each sorted, and their ids.
    function_sets: Vec<Vec<FuncId>>,
    function_set_ids: HashMap<Vec<FuncId>, FunctionSetId>,
    /// The array class each `map` or `filter` call site makes, by the callee's address.
    made_arrays: HashMap<usize, ClassId>,
    /// The names of [`BUILTIN_FUNCTIONS`] nothing assigns.
    intact_globals: HashSet<&'static str>,
    /// Whether each function reads its `this`: a call passes it a receiver only then.
    reads_this: Vec<bool>,
    /// Which locals each loop writes, and whether it jumps out.
    loops: LoopIndex,
    /// How many facts of `refine` are known not to be written by the
    /// statement being walked (see [`Self::kill_looped_writes`]).
    looped_checked: usize,
}

/// What a passed or failed test proves about a plain local, until it is written.
#[derive(Clone, Copy, Debug)]
enum Fact {
    /// An int32 in this range (`i < n` for an int32 `i`).
    Within(Range),
    /// Not this int32 (`r !== 1`).
    Not(i32),
    /// Not undefined (`x < n`, `x !== undefined`).
    Defined,
    /// Neither undefined nor null (`x != null`, `if (x)`).
    Present,
    /// The array it holds has at least this many elements (`[a, b]`, a
    /// filling loop of pushes). Tracked arrays never shrink.
    MinLength(i32),
    /// Below the length of the array the other local holds (`i < a.length`).
    IndexOf(LocalId),
    /// Of this primitive type (`typeof x === "string"`): `String`, `Double` or `Boolean`.
    Is(Type),
    /// At most the length of the array the other local holds (`n = a.length`):
    /// `i < n` then proves [`Fact::IndexOf`].
    LengthOf(LocalId),
}

impl Fact {
    /// The type of a local of type `t` where this fact holds.
    fn apply(self, t: Type) -> Type {
        match (self, t) {
            // The test cannot pass with that value: no value reaches here.
            (Fact::Defined | Fact::Present, Type::Undefined) | (Fact::Present, Type::Null | Type::Nullish) => {
                Type::Never
            }
            (Fact::Defined, Type::Nullish) => Type::Null,
            (Fact::Defined | Fact::Present, t) if t.is_number_or_undefined() => t.without_undefined(),
            (Fact::Present, Type::Object(c, true)) => Type::Object(c, false),
            // A value of unknown type, or a string that may be undefined, passed `typeof`.
            (Fact::Is(Type::String), Type::Dynamic | Type::StringOrUndefined) => Type::String,
            (Fact::Is(Type::Boolean), Type::Dynamic) => Type::Boolean,
            (Fact::Is(Type::Double), Type::Dynamic) => Type::Double,
            (Fact::Is(Type::Double), t) if t.is_number_or_undefined() => t.without_undefined(),
            (Fact::Present, Type::Array(c, true)) => Type::Array(c, false),
            (Fact::Within(proven), t) if let Some(r) = t.int_range() => {
                let (lo, hi) = (r.lo.max(proven.lo), r.hi.min(proven.hi));
                if lo <= hi { t.with_range(Range { lo, hi }) } else { t }
            }
            (Fact::Not(v), t)
                if let Some(r) = t.int_range()
                    && r.lo < r.hi =>
            {
                if r.lo == v {
                    t.with_range(Range { lo: v + 1, hi: r.hi })
                } else if r.hi == v {
                    t.with_range(Range { lo: r.lo, hi: v - 1 })
                } else {
                    t
                }
            }
            _ => t,
        }
    }
}

impl Solver<'_> {
    fn add_threshold(&mut self, v: i32) {
        self.thresholds.insert(v);
        self.thresholds.insert(v.saturating_add(1));
        self.thresholds.insert(v.saturating_sub(1));
    }

    /// A bound from a test on local `l` of the current function: an upper
    /// one (`l < v`), or with `lower` a lower one (`l > v`).
    fn add_local_threshold(&mut self, l: LocalId, v: i32, lower: bool) {
        self.add_threshold(v);
        let own = self.local_thresholds.entry((self.func, l)).or_default();
        let side = if lower { &mut own.lower } else { &mut own.upper };
        if side.is_empty() {
            side.extend(BASE_THRESHOLDS);
        }
        side.extend([v, v.saturating_add(1), v.saturating_sub(1)]);
    }

    fn round(&mut self) {
        for id in 0..self.program.functions.len() {
            self.func = id;
            self.refine.clear();
            self.looped_checked = 0;
            self.pos = Some(self.program.functions[id].pos);
            let func = &self.program.functions[id];
            self.stmts(&func.body);
            if completes(&func.body) {
                self.flow_return(id, Type::Undefined);
            }
        }
        // Whatever calls an escaped function is invisible: any arguments, and
        // its result goes anywhere.
        for id in 0..self.program.functions.len() {
            if self.escapes[id].is_some() {
                for &p in &self.program.functions[id].params {
                    self.flow_local(id, p, Type::Dynamic);
                }
                let ret = self.returns[id];
                self.sink(ret, "it is returned from a function that escapes");
                if let Some(t) = self.program.functions[id].this_local {
                    self.flow_local(id, t, Type::Dynamic);
                }
            }
        }
        // The methods of an escaped function's prototype, and the properties
        // of the function object, are within reach of code the solver cannot
        // see (it may replace them, too).
        let prototypes: Vec<(FuncId, ClassId)> =
            self.classes.prototypes.iter().chain(&self.classes.statics).map(|(&f, &c)| (f, c)).collect();
        for (f, c) in prototypes {
            if self.escapes[f].is_some() {
                self.pos = self.escapes[f].as_ref().and_then(|e| e.pos);
                self.escape_class(c, "its constructor escapes");
            }
        }
        // A constructor class describes its objects only if the constructor's
        // `this` is always one of them (or of a class extending it).
        let constructors: Vec<(FuncId, ClassId)> = self.classes.constructors.iter().map(|(&f, &c)| (f, c)).collect();
        for (f, c) in constructors {
            let this = self.program.functions[f].this_local.expect("constructors have `this`");
            let this_type = self.locals[f][this];
            let one_of_them = matches!(this_type, Type::Never)
                || matches!(this_type, Type::Object(d, false) if self.lineage(d).any(|a| a == c));
            if !one_of_them {
                match &self.escapes[f] {
                    Some(e) => {
                        self.pos = e.pos;
                        self.escape_class(c, "its constructor escapes");
                    }
                    None => {
                        self.pos = Some(self.program.functions[f].pos);
                        self.escape_class(c, "its constructor is also called without `new`");
                    }
                }
            }
        }
    }

    /// Replaces merged array classes by the classes they were merged into,
    /// in every type the backend reads.
    fn canonicalize(&mut self, record: &mut Record) {
        let mut locals = std::mem::take(&mut self.locals);
        for t in locals.iter_mut().flatten().chain(record.exprs.values_mut()) {
            *t = self.canon(*t);
        }
        self.locals = locals;
        for f in 0..self.returns.len() {
            self.returns[f] = self.canon(self.returns[f]);
        }
        for c in 0..self.classes.classes.len() {
            let mut class = self.classes.classes[c].clone();
            for (_, t) in class.fields.iter_mut().chain(&mut class.expandos) {
                *t = self.canon(*t);
            }
            class.element = self.canon(class.element);
            self.classes.classes[c] = class;
        }
        let literals: Vec<(usize, ClassId)> = self.classes.literals.iter().map(|(&e, &c)| (e, self.find(c))).collect();
        self.classes.literals.extend(literals);
    }

    /// Gives every class the types of the fields it inherits (kept by the class that has them first).
    fn share_inherited_fields(&mut self) {
        for c in 0..self.classes.classes.len() {
            for i in 0..self.classes.classes[c].fields.len() {
                let owner = self.field_owner(c as ClassId, i);
                let t = self.field_type(c as ClassId, i);
                let generic = self.classes.classes[owner as usize].generic_slots.contains(&i);
                let class = &mut self.classes.classes[c];
                class.fields[i].1 = t;
                if generic && !class.generic_slots.contains(&i) {
                    class.generic_slots.push(i);
                }
            }
        }
    }

    // ---- lattice updates -------------------------------------------------

    /// Marks the function, object or array a value may be as escaping.
    fn sink(&mut self, t: Type, why: &'static str) {
        match t {
            Type::Function(f) if self.escapes[f].is_none() => {
                self.escapes[f] = Some(Escape { pos: self.pos, why });
                self.changed = true;
            }
            Type::Functions(s) => {
                for f in self.function_sets[s as usize].clone() {
                    if f != NO_FUNCTION {
                        self.sink(Type::Function(f), why);
                    }
                }
            }
            Type::Object(c, _) | Type::Array(c, _) => self.escape_class(c, why),
            _ => {}
        }
    }

    /// Gives up on a class: code the solver cannot see may now read and write
    /// its objects' properties, so what they hold escapes too, and reads of
    /// them are dynamic.
    fn escape_class(&mut self, c: ClassId, why: &'static str) {
        let c = self.find(c);
        let class = &mut self.classes.classes[c as usize];
        if class.escaped.is_some() {
            return;
        }
        class.escaped = Some(Escape { pos: self.pos, why });
        let (kind, parent) = (class.kind.clone(), class.parent);
        self.changed = true;
        // Code that gets hold of an object can call the methods it inherits.
        if let Some(prototype) = self.classes.prototype_of(c) {
            self.escape_class(prototype, "objects made by its constructor escape");
        }
        // An object of a class may be one of a class that extends it, and
        // the other way round: the whole family goes. A prototype takes the
        // prototypes it inherits from with it.
        if let Some(p) = parent {
            let why = match kind {
                ClassKind::Prototype(_) => "a prototype inheriting from it escapes",
                _ if self.is_union(p) => "objects of one of its classes escape",
                _ => "a class extending it escapes",
            };
            self.escape_class(p, why);
        }
        if matches!(kind, ClassKind::Constructor(_) | ClassKind::Union) {
            let why = match kind {
                ClassKind::Union => "its objects meet objects of a class that escapes",
                _ => "the class it extends escapes",
            };
            for d in self.subtree(c) {
                self.escape_class(d, why);
            }
        }
        let class = &mut self.classes.classes[c as usize];
        let held: Vec<Type> =
            class.fields.iter().chain(&class.expandos).map(|(_, t)| *t).chain([class.element]).collect();
        for (_, t) in class.fields.iter_mut().chain(&mut class.expandos) {
            *t = Type::Dynamic;
        }
        class.element = Type::Dynamic;
        for t in held {
            self.sink(t, "it is stored in an object that escapes");
        }
    }

    fn escaped(&self, c: ClassId) -> bool {
        self.classes.classes[self.find(c) as usize].escaped.is_some()
    }

    /// The class that describes arrays of class `c` (see [`Class::merged_into`]).
    fn find(&self, mut c: ClassId) -> ClassId {
        while let Some(into) = self.classes.classes[c as usize].merged_into {
            c = into;
        }
        c
    }

    /// `t` with array classes replaced by the classes they were merged into.
    fn canon(&self, t: Type) -> Type {
        match t {
            Type::Array(c, n) => Type::Array(self.find(c), n),
            t => t,
        }
    }

    /// Arrays of classes `a` and `b` meet in one binding: one class
    /// describes both from now on (element types joined, holes if either).
    fn merge_arrays(&mut self, a: ClassId, b: ClassId) -> ClassId {
        let (a, b) = (self.find(a), self.find(b));
        if a == b {
            return a;
        }
        let (keep, gone) = (a.min(b), a.max(b));
        self.changed = true;
        self.classes.classes[gone as usize].merged_into = Some(keep);
        let gone_class = self.classes.classes[gone as usize].clone();
        if let Some(e) = gone_class.escaped {
            self.pos = e.pos;
            self.escape_class(keep, e.why);
        }
        if let Some(h) = gone_class.holey {
            self.pos = h.pos;
            self.mark_holey(keep, h.why);
        }
        if gone_class.undefined_stored {
            self.classes.classes[keep as usize].undefined_stored = true;
        }
        if gone_class.may_be_sparse {
            self.classes.classes[keep as usize].may_be_sparse = true;
        }
        if let Some(n) = gone_class.min_length {
            self.note_min_length(keep, n);
        }
        self.flow_element(keep, gone_class.element);
        keep
    }

    /// Joins `t` into `slot`; functions and objects that lose their identity in the join escape.
    fn join_flow(&mut self, old: Type, t: Type) -> Type {
        let new = self.join(old, t);
        if !self.identity_kept(old, new) {
            self.sink(old, "it is merged with other values");
        }
        if !self.identity_kept(t, new) {
            self.sink(t, "it is merged with other values");
        }
        new
    }

    /// The least upper bound, where objects of a constructor's class and of
    /// the classes that extend it join to that class, and closures of a few
    /// functions to the set of them.
    fn join(&mut self, a: Type, b: Type) -> Type {
        match (a, b) {
            (Type::Object(x, n), Type::Object(y, m)) if x != y => match self.common_class(x, y) {
                Some(z) => Type::Object(z, n || m),
                None => self.unite(x, y).map_or(Type::Dynamic, |u| Type::Object(u, n || m)),
            },
            // Arrays of two classes: one class describes both.
            (Type::Array(x, n), Type::Array(y, m)) if self.find(x) != self.find(y) => {
                if self.escaped(x) || self.escaped(y) {
                    return Type::Dynamic;
                }
                Type::Array(self.merge_arrays(x, y), n || m)
            }
            (Type::Array(x, n), Type::Array(y, m)) if x != y => Type::Array(self.find(x), n || m),
            (Type::Function(_) | Type::Functions(_), Type::Function(_) | Type::Functions(_)) if a != b => {
                let mut set = self.candidates(a);
                set.extend(self.candidates(b));
                self.function_set(set)
            }
            // A callback or undefined (a field set late, a null initial value).
            (f @ (Type::Function(_) | Type::Functions(_)), n) | (n, f @ (Type::Function(_) | Type::Functions(_)))
                if n.is_nullish() =>
            {
                let mut set = self.candidates(f);
                set.push(NO_FUNCTION);
                self.function_set(set)
            }
            _ => a.join(b),
        }
    }

    /// The functions a value of type `t` (a function type) may be a closure
    /// of ([`NO_FUNCTION`] for undefined or null).
    fn candidates(&self, t: Type) -> Vec<FuncId> {
        match t {
            Type::Function(f) => vec![f],
            Type::Functions(s) => self.function_sets[s as usize].clone(),
            _ => Vec::new(),
        }
    }

    /// The type of a closure of one of `set`: `Function` for one, `Functions`
    /// for a few, dynamic for more.
    fn function_set(&mut self, mut set: Vec<FuncId>) -> Type {
        set.sort_unstable();
        set.dedup();
        let functions = set.iter().filter(|&&f| f != NO_FUNCTION).count();
        match set.len() {
            1 => Type::Function(set[0]),
            _ if functions > MAX_CANDIDATES => Type::Dynamic,
            _ => {
                if let Some(&id) = self.function_set_ids.get(&set) {
                    return Type::Functions(id);
                }
                let id = self.function_sets.len() as FunctionSetId;
                self.function_sets.push(set.clone());
                self.function_set_ids.insert(set, id);
                Type::Functions(id)
            }
        }
    }

    /// Whether a value of type `whole` keeps the identity a value of type `t` had.
    fn identity_kept(&self, t: Type, whole: Type) -> bool {
        match (t, whole) {
            (Type::Object(c, _), Type::Object(d, _)) => self.lineage(c).any(|a| a == d),
            (Type::Array(c, _), Type::Array(d, _)) => self.find(c) == self.find(d),
            (Type::Function(_) | Type::Functions(_), Type::Functions(s)) => {
                let whole = &self.function_sets[s as usize];
                self.candidates(t).iter().all(|f| whole.contains(f))
            }
            _ => t.identity_kept_in(whole),
        }
    }

    /// `c`, then the class it extends, and so on.
    fn lineage(&self, c: ClassId) -> impl Iterator<Item = ClassId> + '_ {
        std::iter::successors(Some(c), |&a| self.classes.classes[a as usize].parent)
    }

    /// The nearest class both extend (or are).
    fn common_class(&self, a: ClassId, b: ClassId) -> Option<ClassId> {
        let of_a: Vec<ClassId> = self.lineage(a).collect();
        self.lineage(b).find(|c| of_a.contains(c))
    }

    /// The class `c`'s family starts from (a union's members are families).
    fn root(&self, c: ClassId) -> ClassId {
        self.lineage(c).last().expect("a lineage starts with its class")
    }

    /// Objects of classes `x` and `y`, which extend no common class, meet in
    /// one binding: their families' roots become members of one union class
    /// (an existing union takes the other side in), if both are object
    /// classes the solver tracks and the union stays small. The union is the
    /// type of the binding.
    fn unite(&mut self, x: ClassId, y: ClassId) -> Option<ClassId> {
        if self.escaped(x) || self.escaped(y) {
            return None;
        }
        let (rx, ry) = (self.root(x), self.root(y));
        let kind = |c: ClassId| self.classes.classes[c as usize].kind.clone();
        let member = |k: &ClassKind| matches!(k, ClassKind::Literal | ClassKind::Constructor(_) | ClassKind::Union);
        if !member(&kind(rx)) || !member(&kind(ry)) {
            return None;
        }
        let objects = |c: ClassId| self.subtree(c).into_iter().filter(|&d| kind(d) != ClassKind::Union).count();
        if objects(rx) + objects(ry) > MAX_UNION {
            return None;
        }
        let (union, joining) = match (kind(rx), kind(ry)) {
            (ClassKind::Union, _) => (rx, ry),
            (_, ClassKind::Union) => (ry, rx),
            _ => {
                let pos = self.pos.unwrap_or(self.program.functions[self.func].pos);
                let u = self.classes.add_union(pos);
                self.field_growths.push(vec![0]);
                self.classes.classes[rx as usize].parent = Some(u);
                (u, ry)
            }
        };
        self.classes.classes[joining as usize].parent = Some(union);
        self.changed = true;
        Some(union)
    }

    fn is_union(&self, c: ClassId) -> bool {
        self.classes.classes[c as usize].kind == ClassKind::Union
    }

    /// `c` and every class that extends it, directly or not.
    fn subtree(&self, c: ClassId) -> Vec<ClassId> {
        let classes = &self.classes.classes;
        (0..classes.len() as ClassId).filter(|&d| self.lineage(d).any(|a| a == c)).collect()
    }

    /// The class whose field `i` a field `i` of class `c` is: the furthest
    /// class `c` extends that has it (they share one type).
    fn field_owner(&self, c: ClassId, i: usize) -> ClassId {
        // A prototype's fields are its own methods, whatever it inherits.
        if matches!(self.classes.classes[c as usize].kind, ClassKind::Prototype(_)) {
            return c;
        }
        self.lineage(c).take_while(|&a| i < self.classes.classes[a as usize].fields.len()).last().unwrap_or(c)
    }

    fn field_type(&self, c: ClassId, i: usize) -> Type {
        self.canon(self.classes.classes[self.field_owner(c, i) as usize].fields[i].1)
    }

    /// Grows a range that keeps growing towards the next threshold, then to all of int32.
    /// `up` and `down` are where a range growing up or down stops first.
    fn widen(&self, old: Type, new: Type, growths: &mut u8, (up, down): (&BTreeSet<i32>, &BTreeSet<i32>)) -> Type {
        let (Some(a), Some(b)) = (old.int_range(), new.int_range()) else { return new };
        if a == b {
            return new;
        }
        *growths += 1;
        if *growths >= RANGE_WIDENING {
            new.with_range(Range::FULL)
        } else if *growths <= EXACT_GROWTHS {
            new
        } else {
            let hi = if b.hi > a.hi { *up.range(b.hi..).next().unwrap_or(&i32::MAX) } else { b.hi };
            let lo = if b.lo < a.lo { *down.range(..=b.lo).next_back().unwrap_or(&i32::MIN) } else { b.lo };
            new.with_range(Range { lo, hi })
        }
    }

    /// Stores `t` in field `i` of class `c`.
    fn flow_field(&mut self, c: ClassId, i: usize, t: Type) {
        self.flow_class_value(c, Some(i), t);
    }

    /// Stores `t` as an element of array class `c`.
    fn flow_element(&mut self, c: ClassId, t: Type) {
        self.flow_class_value(c, None, t);
    }

    /// Joins `t` into field `i` of class `c`, or with `None` into its element type.
    fn flow_class_value(&mut self, c: ClassId, field: Option<usize>, t: Type) {
        let c = field.map_or_else(|| self.find(c), |i| self.field_owner(c, i));
        if self.escaped(c) {
            let why = if field.is_some() {
                "it is stored in an object that escapes"
            } else {
                "it is stored in an array that escapes"
            };
            self.sink(t, why);
            return;
        }
        let class = &self.classes.classes[c as usize];
        let old = field.map_or(class.element, |i| class.fields[i].1);
        let joined = self.join_flow(old, t);
        let growths_at = field.unwrap_or(0);
        let mut growths = self.field_growths[c as usize][growths_at];
        let new = self.widen(old, joined, &mut growths, (&self.thresholds, &self.thresholds));
        self.field_growths[c as usize][growths_at] = growths;
        // The join may have made the class itself escape (a field holding its own class).
        if new != old && !self.escaped(c) {
            let class = &mut self.classes.classes[c as usize];
            *field.map_or(&mut class.element, |i| &mut class.fields[i].1) = new;
            self.changed = true;
        }
    }

    fn flow_local(&mut self, f: FuncId, l: LocalId, t: Type) {
        let old = self.locals[f][l];
        let joined = self.join_flow(old, t);
        let mut growths = self.growths[f][l];
        let own = self.local_thresholds.get(&(f, l));
        let global = &self.thresholds;
        let up = own.map(|o| &o.upper).filter(|s| !s.is_empty()).unwrap_or(global);
        let down = own.map(|o| &o.lower).filter(|s| !s.is_empty()).unwrap_or(global);
        let thresholds = (up, down);
        let new = self.widen(old, joined, &mut growths, thresholds);
        self.growths[f][l] = growths;
        if new != old {
            self.locals[f][l] = new;
            self.changed = true;
        }
        if let Some(r) = &mut self.record {
            r.notes[f].local_sources[l].push(t);
        }
    }

    fn flow_var(&mut self, var: Var, t: Type) {
        if let Var::Local(l) = var {
            self.kill(l);
        }
        let (f, l) = self.resolve(var);
        self.flow_local(f, l, t);
    }

    fn flow_return(&mut self, f: FuncId, t: Type) {
        let old = self.returns[f];
        let joined = self.join_flow(old, t);
        // A recursive `return f(n - 1) + 1` grows the range by one each round.
        let mut growths = self.return_growths[f];
        let new = self.widen(old, joined, &mut growths, (&self.thresholds, &self.thresholds));
        self.return_growths[f] = growths;
        if new != old {
            self.returns[f] = new;
            self.changed = true;
        }
    }

    fn resolve(&self, var: Var) -> (FuncId, LocalId) {
        match var {
            Var::Local(l) => (self.func, l),
            Var::Captured(c) => self.origins[self.func][c],
        }
    }

    fn var_type(&self, var: Var) -> Type {
        let (f, l) = self.resolve(var);
        let mut t = self.canon(self.locals[f][l]);
        if let Var::Local(l) = var {
            for (_, fact, _) in self.refine.iter().filter(|(local, _, alive)| *alive && *local == l) {
                t = fact.apply(t);
            }
        }
        t
    }

    // ---- statements ------------------------------------------------------

    /// A statement list. After `if (i < e) return ...;` (an `if` without
    /// `else` whose branch always leaves), the rest of the list runs only when
    /// the test failed: `i >= e` holds there until something writes `i`.
    fn stmts(&mut self, stmts: &[Stmt]) {
        let depth = self.refine.len();
        for (at, s) in stmts.iter().enumerate() {
            let checked = self.looped_checked;
            self.kill_looped_writes(s);
            self.stmt(s);
            self.looped_checked = checked;
            if let Stmt::If(test, then, otherwise) = s
                && otherwise.is_empty()
                && !completes(then)
            {
                self.assume(test, true);
            }
            if let Stmt::Loop(l) = s {
                let init = stmts[..at].iter().rev().find(|s| !matches!(s, Stmt::FreshCells(_)));
                for (a, runs) in self.filled_arrays(init, l) {
                    let before = self.min_length(a).unwrap_or(0);
                    self.refine.push((a, Fact::MinLength(before.saturating_add(runs)), true));
                }
            }
        }
        self.refine.truncate(depth);
    }

    /// Records what `test` proves when it has just passed (or, with
    /// `negate`, just failed), until the locals it names are written.
    fn assume(&mut self, test: &Expr, negate: bool) {
        let mut facts = Vec::new();
        self.test_facts(test, negate, &mut facts);
        self.refine.extend(facts.into_iter().map(|(l, fact)| (l, fact, true)));
    }

    /// Ends the facts about each local that `s` writes inside a loop: a read
    /// early in the loop body can see a write made later in the body. In
    /// code without loops, walking order is execution order, and the write
    /// itself ends the facts (see [`Self::kill`]).
    fn kill_looped_writes(&mut self, s: &Stmt) {
        let Some(span) = self.loops.statement(s) else { return };
        // The facts before `looped_checked` survived this test for a
        // statement around `s`, whose writes include those of `s`.
        let from = self.looped_checked.min(self.refine.len());
        let (f, loops) = (self.func, &self.loops);
        for entry in &mut self.refine[from..] {
            let ended = |l: LocalId| loops.writes_in(f, l, span);
            if entry.2 && (ended(entry.0) || matches!(entry.1, Fact::IndexOf(a) | Fact::LengthOf(a) if ended(a))) {
                entry.2 = false;
            }
        }
        self.looped_checked = self.refine.len();
    }

    /// Ends the facts about `l`, and those that name the array it holds.
    fn kill(&mut self, l: LocalId) {
        for entry in self.refine.iter_mut() {
            if entry.0 == l || matches!(entry.1, Fact::IndexOf(a) | Fact::LengthOf(a) if a == l) {
                entry.2 = false;
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        dxl_frontend::stack::with_room(|| self.stmt_with_room(s))
    }

    fn stmt_with_room(&mut self, s: &Stmt) {
        match s {
            Stmt::Expr(e) => {
                self.expr(e);
            }
            Stmt::FreshCells(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::If(test, a, b) => {
                self.expr(test);
                let depth = self.refine.len();
                self.assume(test, false);
                self.stmts(a);
                self.refine.truncate(depth);
                self.assume(test, true);
                self.stmts(b);
                self.refine.truncate(depth);
            }
            Stmt::Loop(l) => self.loop_stmt(l),
            Stmt::Labeled(_, body) => self.stmts(body),
            Stmt::Switch { discriminant, cases, .. } => {
                let d = self.expr(discriminant);
                self.sink(d, "it is a switch value");
                for c in cases {
                    if let Some(t) = &c.test {
                        let t = self.expr(t);
                        self.sink(t, "it is a switch case");
                    }
                }
                for c in cases {
                    self.stmts(&c.body);
                }
            }
            Stmt::Return(value) => {
                let t = match value {
                    Some(e) => self.expr(e),
                    None => Type::Undefined,
                };
                self.flow_return(self.func, t);
            }
            Stmt::Throw(e, pos) => {
                self.pos = Some(*pos);
                let t = self.expr(e);
                self.sink(t, "it is thrown");
            }
            Stmt::Try { block, catch, finally } => {
                self.stmts(block);
                if let Some((param, body)) = catch {
                    if let Some(var) = param {
                        self.flow_var(*var, Type::Dynamic);
                    }
                    self.stmts(body);
                }
                if let Some(f) = finally {
                    self.stmts(f);
                }
            }
        }
    }

    /// A loop, with what its test proves applied to the body, where no
    /// write to the local can come between the test and the read.
    fn loop_stmt(&mut self, l: &hir::Loop) {
        let depth = self.refine.len();
        match (&l.test, l.test_first) {
            (Some(test), true) => {
                self.expr(test);
                self.assume(test, false);
            }
            (Some(test), false) => {
                self.stmts(&l.body);
                if let Some(u) = &l.update {
                    self.expr(u);
                }
                self.expr(test);
                return;
            }
            (None, _) => {}
        }
        self.stmts(&l.body);
        // The update runs after the body (or a `continue`): any write in the
        // body has ended the fact by now.
        if let Some(u) = &l.update {
            self.expr(u);
        }
        self.refine.truncate(depth);
    }

    /// What `test` proves about plain locals when it has just passed (or,
    /// with `negate`, just failed): ranges of int32 counters (`i < e`),
    /// excluded values (`r !== 1`), and that a number-or-undefined or
    /// nullable local holds a number or an object (`x < e`, `x !== undefined`,
    /// `x != null`, `if (x)`).
    fn test_facts(&mut self, test: &Expr, negate: bool, out: &mut Vec<(LocalId, Fact)>) {
        let (op, a, b) = match test {
            // `a && b` passed: so did `a` and `b`. `!(a || b)`: both failed.
            Expr::Logical(LogicalOp::And, a, b) if !negate => {
                self.test_facts(a, false, out);
                self.test_facts(b, false, out);
                return;
            }
            Expr::Logical(LogicalOp::Or, a, b) if negate => {
                self.test_facts(a, true, out);
                self.test_facts(b, true, out);
                return;
            }
            Expr::Unary(UnaryOp::Not, inner) => return self.test_facts(inner, !negate, out),
            // A truthy value is neither undefined nor null.
            e if !negate => {
                if let Some(l) = self.plain_local(e) {
                    out.push((l, Fact::Present));
                }
                let Expr::Binary(op, a, b) = e else { return };
                (*op, &**a, &**b)
            }
            Expr::Binary(op, a, b) => (*op, &**a, &**b),
            _ => return,
        };
        let passed = !negate;
        match op {
            // A comparison that holds saw two numbers (undefined would be NaN).
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => {
                if passed {
                    out.extend([a, b].into_iter().filter_map(|e| self.plain_local(e)).map(|l| (l, Fact::Defined)));
                }
                // Each side bounds the other: `lo < hi` gives `lo <= max(hi) - 1`
                // and `hi >= min(lo) + 1`.
                let flipped = match op {
                    BinaryOp::Lt => BinaryOp::Gt,
                    BinaryOp::Le => BinaryOp::Ge,
                    BinaryOp::Gt => BinaryOp::Lt,
                    _ => BinaryOp::Le,
                };
                for (op, a, b) in [(op, a, b), (flipped, b, a)] {
                    if let Some(fact) = self.counter_bound(op, a, b, negate) {
                        out.push(fact);
                    }
                }
                out.extend(self.index_of_fact(op, a, b, negate));
            }
            BinaryOp::StrictEq | BinaryOp::StrictNe | BinaryOp::LooseEq | BinaryOp::LooseNe => {
                let equal = matches!(op, BinaryOp::StrictEq | BinaryOp::LooseEq) == passed;
                let loose = matches!(op, BinaryOp::LooseEq | BinaryOp::LooseNe);
                if equal {
                    out.extend(self.typeof_fact(a, b).or_else(|| self.typeof_fact(b, a)));
                }
                for (x, other) in [(a, b), (b, a)] {
                    let Some(l) = self.plain_local(x) else { continue };
                    let other_type = self.peek_type(other);
                    let nullish_literal = matches!(other, Expr::Undefined | Expr::Null);
                    match other_type {
                        // `x !== undefined`; `x != null` also rules out null.
                        _ if nullish_literal && !equal => {
                            if loose {
                                out.push((l, Fact::Present));
                            } else if matches!(other, Expr::Undefined) {
                                out.push((l, Fact::Defined));
                            }
                        }
                        // `x === 5` (or `x !== 5` failed); `x !== 5`.
                        Some(Type::Int32(r)) if r.lo == r.hi => {
                            if !matches!(self.locals[self.func][l], Type::Int32(_) | Type::Int32OrUndefined(_)) {
                                continue;
                            }
                            self.add_threshold(r.lo);
                            if equal {
                                out.push((l, Fact::Defined));
                                out.push((l, Fact::Within(r)));
                            } else {
                                out.push((l, Fact::Not(r.lo)));
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }

    /// `typeof x === "string"` (or `"number"`, `"boolean"`) held for a plain local `x`.
    fn typeof_fact(&self, a: &Expr, b: &Expr) -> Option<(LocalId, Fact)> {
        let (Expr::Unary(UnaryOp::TypeOf, operand), Expr::String(tag)) = (a, b) else { return None };
        let l = self.plain_local(operand)?;
        let t = match tag.as_str() {
            "string" => Type::String,
            "number" => Type::Double,
            "boolean" => Type::Boolean,
            _ => return None,
        };
        Some((l, Fact::Is(t)))
    }

    /// The local `e` reads, if it is a plain (uncaptured) local of the function being walked.
    fn plain_local(&self, e: &Expr) -> Option<LocalId> {
        match e {
            Expr::Read(Var::Local(l)) if !self.program.functions[self.func].locals[*l].boxed => Some(*l),
            _ => None,
        }
    }

    /// `i < a.length` passed (or `i >= a.length` failed) for an int32 local
    /// `i` and a local `a` holding a tracked array, or `i < n` for a local `n`
    /// that `n = a.length` set: `i` is below the length of that array until
    /// either local is written (the array never shrinks).
    fn index_of_fact(&self, op: BinaryOp, a: &Expr, b: &Expr, negate: bool) -> Option<(LocalId, Fact)> {
        let (index, length) = match (op, negate) {
            (BinaryOp::Lt, false) | (BinaryOp::Ge, true) => (a, b),
            (BinaryOp::Gt, false) | (BinaryOp::Le, true) => (b, a),
            _ => return None,
        };
        let i = self.plain_local(index)?;
        let array = match self.length_read(length) {
            Some(a) => a,
            None => {
                let n = self.plain_local(length)?;
                let mut live = self.refine.iter().filter(|(l, _, alive)| *alive && *l == n);
                live.find_map(|(_, f, _)| if let Fact::LengthOf(a) = f { Some(*a) } else { None })?
            }
        };
        // A failed `>=` proves `<` only of a number; one that passed saw a number.
        let t = self.locals[self.func][i];
        let t = if negate { t } else { t.without_undefined() };
        matches!(t, Type::Int32(_)).then_some((i, Fact::IndexOf(array)))
    }

    /// The local `e` reads the length of, if it is `a.length` of a plain local holding a tracked array.
    fn length_read(&self, e: &Expr) -> Option<LocalId> {
        let Expr::GetProp { object, key, .. } = e else { return None };
        let array = self.plain_local(object)?;
        let is_length = matches!(&**key, Expr::String(k) if k == "length");
        (is_length && self.holds_tracked_array(array)).then_some(array)
    }

    /// The most elements the array local `a` is proven to hold here.
    fn min_length(&self, a: LocalId) -> Option<i32> {
        let facts = self.refine.iter().filter(|(l, _, alive)| *alive && *l == a);
        facts.filter_map(|(_, f, _)| if let Fact::MinLength(n) = f { Some(*n) } else { None }).max()
    }

    /// How many elements the array `e` evaluates to is proven to hold at
    /// least: an array literal without holes, or a local with a [`Fact::MinLength`].
    fn proven_length(&self, e: &Expr) -> Option<i32> {
        match e {
            Expr::Array(items) if items.iter().all(Option::is_some) => i32::try_from(items.len()).ok(),
            Expr::Write(_, value) => self.proven_length(value),
            _ => self.min_length(self.plain_local(e)?),
        }
    }

    /// For `object[key]` with a computed key, the length `object` is proven to have (see [`Self::proven_length`]).
    fn element_key_length(&self, object: &Expr, key: &Expr) -> Option<i32> {
        match key {
            Expr::String(_) => None,
            _ => self.proven_length(object),
        }
    }

    /// Whether local `l` of the function being walked holds arrays of a class that never escapes.
    fn holds_tracked_array(&self, l: LocalId) -> bool {
        matches!(self.locals[self.func][l], Type::Array(c, _) if !self.escaped(c))
    }

    /// Whether `object[key]`, with `key` of type `k` and `object` proven to
    /// hold `length` elements when it was evaluated, is an index below the
    /// array's length: within `0..length`, or a counter that `i < a.length`
    /// bounds (with `object` reading `a`, and neither written since).
    fn index_in_bounds(&self, (object, class): (&Expr, ClassId), key: &Expr, k: Type, length: Option<i32>) -> bool {
        let Type::Int32(r) = k else { return false };
        if r.lo < 0 {
            return false;
        }
        // An array that may be undefined or null: the access throws unless
        // it is there (the backend checks that first), so this still holds.
        if r.hi < length.unwrap_or(0).max(self.class_min_length(class)) {
            return true;
        }
        let (Some(i), Some(a)) = (self.plain_local(written_value(key)), self.plain_local(written_value(object))) else {
            return false;
        };
        self.refine.iter().any(|(l, f, alive)| *alive && *l == i && matches!(f, Fact::IndexOf(x) if *x == a))
    }

    /// Records that an array of class `c` is made with `n` elements (or holes).
    fn note_min_length(&mut self, c: ClassId, n: i32) {
        let c = self.find(c);
        let class = &mut self.classes.classes[c as usize];
        if class.min_length.is_none_or(|m| n < m) {
            class.min_length = Some(n);
            // Reads proven against the larger length are proven again.
            self.changed = true;
        }
    }

    /// The fewest elements any array of class `c` has (see `Class::min_length`).
    fn class_min_length(&self, c: ClassId) -> i32 {
        self.classes.classes[self.find(c) as usize].min_length.unwrap_or(0)
    }

    /// Records that the runtime may keep the elements of arrays of class `c` in a dictionary.
    fn mark_may_be_sparse(&mut self, c: ClassId) {
        let c = self.find(c);
        self.classes.classes[c as usize].may_be_sparse = true;
    }

    /// Records that arrays of class `c` may have holes.
    fn mark_holey(&mut self, c: ClassId, why: &'static str) {
        let c = self.find(c);
        let class = &mut self.classes.classes[c as usize];
        if class.holey.is_none() {
            class.holey = Some(Escape { pos: self.pos, why });
            self.changed = true;
        }
    }

    /// Whether arrays of class `c` may have holes.
    fn holey(&self, c: ClassId) -> bool {
        self.classes.classes[self.find(c) as usize].holey.is_some()
    }

    /// Records an element access proven to hit an element.
    fn record_in_bounds(&mut self, e: &Expr) {
        if let Some(r) = &mut self.record {
            r.in_bounds.insert(e as *const Expr as usize);
            r.notes[self.func].in_bounds += 1;
        }
    }

    /// After `for (let i = k; i < n; i++) { ..; a.push(v); .. }`, the array
    /// in `a` holds at least `n - k` more elements than before: the body
    /// runs once per counter value (nothing else writes `i`, nothing breaks
    /// out or ends an iteration early), and each run pushes to `a` (which
    /// nothing rebinds) in a statement of its own. `init` is the statement
    /// before the loop. Gives each such `a` with the number of runs.
    fn filled_arrays(&self, init: Option<&Stmt>, l: &hir::Loop) -> Vec<(LocalId, i32)> {
        let (Some(Expr::Binary(op, a, b)), true, Some(update)) = (&l.test, l.test_first, &l.update) else {
            return Vec::new();
        };
        let (counter, bound, inclusive) = match op {
            BinaryOp::Lt => (&**a, &**b, false),
            BinaryOp::Le => (&**a, &**b, true),
            BinaryOp::Gt => (&**b, &**a, false),
            BinaryOp::Ge => (&**b, &**a, true),
            _ => return Vec::new(),
        };
        let Some(i) = self.plain_local(counter) else { return Vec::new() };
        let Some(Stmt::Expr(Expr::Write(Var::Local(w), start))) = init else { return Vec::new() };
        let Expr::Number(k) = **start else { return Vec::new() };
        if *w != i
            || k.fract() != 0.0
            || k.abs() > f64::from(i32::MAX)
            || !increments_by_one(update, i)
            || self.loops.writes_in(self.func, i, self.loops.body(l))
            || self.loops.body_jumps_out(l)
        {
            return Vec::new();
        }
        let n = match self.peek_type(bound) {
            // No value reaches the loop yet: a later round sees what does.
            Some(Type::Never) => i32::MAX,
            Some(Type::Int32(r)) => r.lo,
            _ => return Vec::new(),
        };
        let runs = (i64::from(n) + i64::from(inclusive) - k as i64).clamp(0, i64::from(i32::MAX)) as i32;
        let mut out: Vec<(LocalId, i32)> = Vec::new();
        if runs == 0 {
            return out;
        }
        for s in &l.body {
            let Stmt::Expr(Expr::Call { callee, args, .. }) = s else { continue };
            let Expr::GetProp { object, key, .. } = &**callee else { continue };
            if args.len() != 1 || !matches!(&**key, Expr::String(name) if name == "push") {
                continue;
            }
            let Some(array) = self.plain_local(written_value(object)) else { continue };
            if self.holds_tracked_array(array)
                && !out.iter().any(|(a, _)| *a == array)
                && !writes_local(update, array)
                && !self.loops.writes_in(self.func, array, self.loops.body(l))
            {
                out.push((array, runs));
            }
        }
        out
    }

    /// For a comparison `a op b` of a plain int32 local `a` with an int32
    /// bound (`i < e`, `i * i <= e`), the range of the local whenever the
    /// test has just passed (or, with `negate`, just failed).
    fn counter_bound(&mut self, op: BinaryOp, a: &Expr, b: &Expr, negate: bool) -> Option<(LocalId, Fact)> {
        // A comparison that passed saw numbers, never undefined.
        let bound_range = |s: &Self, e: &Expr| {
            let t = s.peek_type(e)?;
            if negate { t.range() } else { t.without_undefined().range() }
        };
        // `i * i <= e`: |i| <= sqrt(e).
        if let (BinaryOp::Lt | BinaryOp::Le, Expr::Binary(BinaryOp::Mul, x, y), false) = (op, a, negate)
            && let (Some(i), Some(j)) = (self.plain_local(x), self.plain_local(y))
            && i == j
            && let Some(Type::Int32(r)) = Some(self.locals[self.func][i])
            && r.lo >= 0
        {
            let bound = bound_range(self, b)?;
            let max = (f64::from(bound.hi.max(0))).sqrt().floor() as i32;
            self.add_local_threshold(i, max, false);
            return Some((i, Fact::Within(Range { lo: 0, hi: max })));
        }
        let counter = self.plain_local(a)?;
        let bound = b;
        let counter_type = self.locals[self.func][counter];
        // A comparison that passed saw numbers, never undefined.
        let counter_type = if negate { counter_type } else { counter_type.without_undefined() };
        let Type::Int32(_) = counter_type else { return None };
        // Both sides are int32 (never NaN), so a failed `<` is a `>=`.
        let op = match (op, negate) {
            (op, false) => op,
            (BinaryOp::Lt, true) => BinaryOp::Ge,
            (BinaryOp::Le, true) => BinaryOp::Gt,
            (BinaryOp::Gt, true) => BinaryOp::Le,
            (BinaryOp::Ge, true) => BinaryOp::Lt,
            _ => return None,
        };
        let r = bound_range(self, bound)?;
        let range = match op {
            BinaryOp::Lt => Range { lo: i32::MIN, hi: r.hi.checked_sub(1)? },
            BinaryOp::Le => Range { lo: i32::MIN, hi: r.hi },
            BinaryOp::Gt => Range { lo: r.lo.checked_add(1)?, hi: i32::MAX },
            BinaryOp::Ge => Range { lo: r.lo, hi: i32::MAX },
            _ => return None,
        };
        // The end the test bounds: `i < n` bounds it above, `i > n` below.
        match op {
            BinaryOp::Lt | BinaryOp::Le => {
                self.add_threshold(range.lo);
                self.add_local_threshold(counter, range.hi, false);
            }
            _ => {
                self.add_threshold(range.hi);
                self.add_local_threshold(counter, range.lo, true);
            }
        }
        Some((counter, Fact::Within(range)))
    }

    /// The type of a side-effect-free expression without walking it again.
    fn peek_type(&self, e: &Expr) -> Option<Type> {
        match e {
            Expr::Number(n) => Some(number_type(*n)),
            Expr::Read(v) | Expr::ReadChecked(v, _) => Some(self.var_type(*v)),
            Expr::GetProp { object, key, .. } => match (&**key, self.peek_type(object)?) {
                (Expr::String(k), Type::String) if k == "length" => Some(STRING_LENGTH),
                (Expr::String(k), Type::Array(c, _)) if k == "length" && !self.escaped(c) => Some(ARRAY_LENGTH),
                (Expr::String(_), _) => None,
                (_, Type::Array(c, _)) if !self.escaped(c) && matches!(self.peek_type(key)?, Type::Int32(_)) => {
                    Some(self.element_read(c))
                }
                _ => None,
            },
            Expr::Binary(op, a, b) => Some(binary_type(*op, self.peek_type(a)?, self.peek_type(b)?, b)),
            _ => None,
        }
    }

    /// What an element read of a tracked array of class `c` gives: an
    /// element, or undefined (an index past the end, a hole, or a number
    /// that is not an index: the prototypes have no such properties).
    fn element_read(&self, c: ClassId) -> Type {
        self.canon(self.classes.classes[self.find(c) as usize].element).join(Type::Undefined)
    }

    /// [`Self::element_read`] for a read whose value flows on: an element
    /// that loses its identity in the join (a function the read can no longer
    /// name) escapes.
    fn read_element(&mut self, c: ClassId) -> Type {
        let element = self.canon(self.classes.classes[self.find(c) as usize].element);
        self.join_flow(element, Type::Undefined)
    }

    /// Whether `e` reads an element of a number array with an int32 index
    /// (a number, or undefined).
    fn is_number_array_read(&self, e: &Expr) -> bool {
        self.number_array_read_class(e).is_some()
    }

    /// The class of the number array `e` reads an element of with an int32 index.
    fn number_array_read_class(&self, e: &Expr) -> Option<ClassId> {
        let Expr::GetProp { object, key, .. } = e else { return None };
        if matches!(&**key, Expr::String(_)) || !matches!(self.peek_type(key), Some(Type::Int32(_))) {
            return None;
        }
        match self.peek_type(object) {
            Some(Type::Array(c, _)) if !self.escaped(c) && self.classes.classes[c as usize].element.is_number() => {
                Some(c)
            }
            _ => None,
        }
    }

    /// Stores a value of type `t` as an element of class `c`. Its undefined
    /// part adds nothing to the element type, since reads not proven in
    /// bounds include undefined anyway (holes, the end); it makes the class
    /// holey, so proven reads include it too.
    fn store_element(&mut self, c: ClassId, t: Type) {
        let c = self.find(c);
        let stored = t.without_undefined();
        if stored != t {
            self.mark_holey(c, "a value that may be undefined is stored in it");
            if !self.classes.classes[c as usize].undefined_stored {
                self.classes.classes[c as usize].undefined_stored = true;
                self.changed = true;
            }
        }
        self.flow_element(c, stored);
    }

    // ---- expressions -----------------------------------------------------

    fn expr(&mut self, e: &Expr) -> Type {
        let t = dxl_frontend::stack::with_room(|| self.expr_inner(e));
        let t = self.canon(t);
        if let Some(r) = &mut self.record {
            r.exprs.insert(e as *const Expr as usize, t);
        }
        t
    }

    fn expr_inner(&mut self, e: &Expr) -> Type {
        match e {
            Expr::Undefined => Type::Undefined,
            Expr::Null => Type::Null,
            Expr::Bool(_) => Type::Boolean,
            Expr::Number(n) => number_type(*n),
            // The proto marker stands for the key "__proto__".
            Expr::String(_) | Expr::LiteralProtoKey => Type::String,
            Expr::Read(v) | Expr::ReadChecked(v, _) => self.var_type(*v),
            Expr::Write(var, value) => {
                let t = self.expr(value);
                self.flow_var(*var, t);
                if let Var::Local(l) = *var
                    && !self.program.functions[self.func].locals[l].boxed
                {
                    if let Some(n) = self.proven_length(value) {
                        self.refine.push((l, Fact::MinLength(n), true));
                    }
                    if let Some(a) = self.length_read(value) {
                        self.refine.push((l, Fact::LengthOf(a), true));
                    }
                }
                t
            }
            Expr::GlobalRead(_, pos) => {
                self.pos = Some(*pos);
                Type::Dynamic
            }
            Expr::GlobalWrite(_, value, pos) => {
                let t = self.expr(value);
                self.pos = Some(*pos);
                self.sink(t, "it is assigned to a global variable");
                t
            }
            Expr::GlobalTypeOf(_) => Type::String,
            Expr::Callee => Type::Function(self.func),
            Expr::GetProp { object, key, pos } => {
                let o = self.expr(object);
                self.get_prop(e, o, object, key, *pos)
            }
            // `F.prototype = Object.create(P.prototype)`, settled before any
            // object is made (see `classes`): the runtime makes `F`'s
            // prototype; nothing of the program runs and nothing escapes.
            Expr::SetProp { object, value, .. } if self.classes.inheritance.contains(&(e as *const Expr as usize)) => {
                self.expr(object);
                if let Expr::Call { args, .. } = &**value {
                    args.iter().for_each(|a| {
                        self.expr(a);
                    });
                }
                Type::Dynamic
            }
            Expr::SetProp { object, key, value, pos } => {
                let o = self.expr(object);
                let length = self.element_key_length(object, key);
                let k = self.expr(key);
                let v = self.expr(value);
                self.pos = Some(*pos);
                self.sink(k, "it is used as a property key");
                match (o, &**key) {
                    // Writing a property of undefined or null throws: nothing is stored.
                    (o, _) if o == Type::Never || o.is_nullish() => {}
                    (Type::Object(c, nullish), Expr::String(name)) if !self.escaped(c) => {
                        let prototype = matches!(self.classes.classes[c as usize].kind, ClassKind::Prototype(_));
                        match self.classes.classes[c as usize].field(name) {
                            // A method: the runtime lays out prototypes its own
                            // way, so the write stays generic.
                            Some(i) if prototype => self.flow_field(c, i, v),
                            Some(i) => {
                                self.flow_field(c, i, v);
                                let initializer = self.classes.initializers.contains(&(e as *const Expr as usize));
                                if let Some(r) = &mut self.record {
                                    let slot = SlotAccess { class: c, slot: i as u32, nullish };
                                    let table = if initializer { &mut r.initializers } else { &mut r.slots };
                                    table.insert(e as *const Expr as usize, slot);
                                }
                            }
                            // A field of classes extending `c`: written generically.
                            None if matches!(
                                self.classes.classes[c as usize].kind,
                                ClassKind::Constructor(_) | ClassKind::Union
                            ) && self.family_field(c, name) =>
                            {
                                self.store_in_family(c, name, v);
                                self.record_family_access(e, c, name, nullish);
                            }
                            None => {
                                let why = if prototype {
                                    "a method is added after code that could call methods has run"
                                } else {
                                    "a property is added to it outside its literal or constructor"
                                };
                                self.escape_class(c, why);
                                self.sink(v, "it is stored in an object");
                            }
                        }
                    }
                    (Type::Function(f), Expr::String(name)) if let Some(i) = self.static_field(f, name) => {
                        self.flow_field(self.classes.statics[&f], i, v);
                    }
                    (Type::Array(c, _), _) if !self.escaped(c) && !matches!(&**key, Expr::String(_)) => match k {
                        // A number that is not an index names an own property of
                        // the array (`a[-1]`, `a[1.5]`), as undefined names
                        // `a.undefined`: reads with the same key see it, so it
                        // joins the element type too.
                        k if k.is_number_or_undefined() => {
                            self.store_element(c, v);
                            if self.index_in_bounds((object, c), key, k, length) {
                                if !self.holey(c) {
                                    self.record_in_bounds(e);
                                }
                            } else if may_be_index(k) && !appends(object, key) {
                                self.mark_holey(c, "an element is written at an index that may be past the end");
                                self.mark_may_be_sparse(c);
                            }
                        }
                        Type::Never => {}
                        _ => {
                            self.escape_class(c, "an element is written with a key that may not be a number");
                            self.sink(v, "it is stored in an array");
                        }
                    },
                    _ => {
                        self.sink(o, "a property of it is written");
                        self.sink(v, "it is stored in an object");
                    }
                }
                v
            }
            Expr::DeleteProp { object, key, pos } => {
                let o = self.expr(object);
                let k = self.expr(key);
                self.pos = Some(*pos);
                self.sink(o, "a property of it is deleted");
                self.sink(k, "it is used as a property key");
                Type::Boolean
            }
            Expr::Unary(op, operand) => {
                let t = self.expr(operand);
                if !matches!(op, UnaryOp::Not | UnaryOp::TypeOf | UnaryOp::Void) {
                    self.sink(t, "it is converted to a primitive");
                }
                unary_type(*op, t)
            }
            Expr::Binary(op, a, b) => {
                let ta = self.expr(a);
                let tb = self.expr(b);
                // `==` against undefined or null never converts the other side.
                let compares_identity = matches!(op, BinaryOp::StrictEq | BinaryOp::StrictNe)
                    || (matches!(op, BinaryOp::LooseEq | BinaryOp::LooseNe) && (ta.is_nullish() || tb.is_nullish()));
                if !compares_identity {
                    self.sink(ta, "it is an operand of an operator");
                    self.sink(tb, "it is an operand of an operator");
                }
                // A read of a number array is a number, or undefined (past
                // the end, a hole); where the operator turns undefined into
                // NaN anyway the backend reads it as an f64.
                let read_a = self.is_number_array_read(a) && undefined_becomes_nan(*op, tb);
                let read_b = self.is_number_array_read(b) && undefined_becomes_nan(*op, ta);
                if let Some(r) = &mut self.record {
                    for (read, operand) in [(read_a, a), (read_b, b)] {
                        if read {
                            r.number_reads.insert(&**operand as *const Expr as usize);
                        }
                    }
                }
                binary_type(*op, ta, tb, b)
            }
            Expr::Logical(op, a, b) => {
                let ta = self.expr(a);
                // `b` runs only when `a` passed (`&&`) or failed (`||`).
                let depth = self.refine.len();
                match op {
                    LogicalOp::And => self.assume(a, false),
                    LogicalOp::Or => self.assume(a, true),
                    LogicalOp::Nullish => {}
                }
                let tb = self.expr(b);
                self.refine.truncate(depth);
                match op {
                    LogicalOp::Nullish if ta.is_nullish() => tb,
                    LogicalOp::Nullish if !matches!(ta, Type::Dynamic) => ta,
                    _ => self.join_flow(ta, tb),
                }
            }
            Expr::Conditional(t, a, b) => {
                self.expr(t);
                let depth = self.refine.len();
                self.assume(t, false);
                let ta = self.expr(a);
                self.refine.truncate(depth);
                self.assume(t, true);
                let tb = self.expr(b);
                self.refine.truncate(depth);
                self.join_flow(ta, tb)
            }
            Expr::Sequence(items) => {
                let mut last = Type::Undefined;
                for item in items {
                    last = self.expr(item);
                }
                last
            }
            Expr::Call { callee, this, args, desc, pos } => self.call(callee, this.as_deref(), args, desc, *pos),
            Expr::New { callee, args, pos, .. } => {
                let c = self.expr(callee);
                let arg_types: Vec<Type> = args.iter().map(|a| self.expr(a)).collect();
                self.pos = Some(*pos);
                // `new Array(n)` of the built-in constructor (see `classes`):
                // `n` holes, which read undefined as any missing element does.
                if let Some(&class) = self.classes.literals.get(&(e as *const Expr as usize)) {
                    if arg_types.first().is_some_and(|t| *t != Type::Int32(Range { lo: 0, hi: 0 })) {
                        self.mark_holey(class, "it is made by `new Array(n)`, with `n` holes");
                        // The runtime lays out up to 2^20 holes; past that, a
                        // write far into the length goes sparse.
                        if !matches!(arg_types.first(), Some(Type::Int32(r)) if r.hi <= PREALLOCATED_HOLES) {
                            self.mark_may_be_sparse(class);
                        }
                    }
                    // Every array of the class is at least this long (see `Class::min_length`).
                    let made_length = match arg_types.first() {
                        Some(Type::Int32(r)) => r.lo.max(0),
                        _ => 0,
                    };
                    self.note_min_length(class, made_length);
                    match arg_types.first() {
                        None | Some(Type::Int32(_) | Type::Double | Type::Never) => {}
                        Some(&t) => {
                            self.escape_class(class, "`new Array` is given a value that may not be a length");
                            self.sink(t, "it is stored in an array");
                        }
                    }
                    return Type::Array(class, false);
                }
                if let Type::Function(f) = c
                    && self.escapes[f].is_none()
                    && let Some(&class) = self.classes.constructors.get(&f)
                {
                    self.pass_arguments(f, &arg_types, *pos);
                    self.classes.classes[class as usize].made = true;
                    let this = self.program.functions[f].this_local.expect("constructors have `this`");
                    self.flow_local(f, this, Type::Object(class, false));
                    if let Some(r) = &mut self.record {
                        r.notes[self.func].direct_calls.push(*pos);
                    }
                    return Type::Object(class, false);
                }
                self.sink(c, "it is called with `new`");
                for t in arg_types {
                    self.sink(t, "it is passed to a constructor");
                }
                Type::Dynamic
            }
            Expr::Closure { func, .. } => Type::Function(*func),
            Expr::Object(props) => {
                let class = self.classes.literals.get(&(e as *const Expr as usize)).copied();
                if let Some(c) = class {
                    self.classes.classes[c as usize].made = true;
                }
                for (i, (k, v)) in props.iter().enumerate() {
                    let tk = self.expr(k);
                    let tv = self.expr(v);
                    self.sink(tk, "it is used as a property key");
                    match class {
                        Some(c) => self.flow_field(c, i, tv),
                        None => self.sink(tv, "it is stored in an object"),
                    }
                }
                class.map_or(Type::Dynamic, |c| Type::Object(c, false))
            }
            Expr::Array(items) => {
                let class = self.classes.literals.get(&(e as *const Expr as usize)).copied();
                // Each item (or elision) is one element: the frontend rejects
                // spread, which would make the least length that of the rest.
                if let Some(c) = class {
                    self.note_min_length(c, i32::try_from(items.len()).unwrap_or(i32::MAX));
                }
                for item in items {
                    let t = item.as_ref().map(|item| self.expr(item));
                    match (class, t) {
                        (Some(c), Some(t)) => self.store_element(c, t),
                        (Some(c), None) => self.mark_holey(c, "it is written with a hole (`[a, , b]`)"),
                        (None, Some(t)) => self.sink(t, "it is stored in an array"),
                        (None, None) => {}
                    }
                }
                class.map_or(Type::Dynamic, |c| Type::Array(c, false))
            }
            Expr::ConstAssignment(value, pos) => {
                self.expr(value);
                self.pos = Some(*pos);
                Type::Never
            }
            Expr::SetFunctionName(f, k) => {
                let tf = self.expr(f);
                let tk = self.expr(k);
                self.sink(tf, "it is stored in an object");
                self.sink(tk, "it is used as a property key");
                Type::Dynamic
            }
            Expr::ForInHas(o, k) => {
                let to = self.expr(o);
                self.expr(k);
                self.sink(to, "it is enumerated with for-in");
                Type::Boolean
            }
            Expr::ForInKeys(o) => {
                let t = self.expr(o);
                self.sink(t, "it is enumerated with for-in");
                Type::Dynamic
            }
        }
    }

    /// A direct call of `f` with receiver `this_type` (`None`: no receiver;
    /// `method_call`: found on the receiver, so not undefined or null).
    fn call_known(
        &mut self,
        f: FuncId,
        this_type: Option<Type>,
        method_call: bool,
        arg_types: &[Type],
        pos: Pos,
    ) -> Type {
        let returned = self.enter(f, this_type, method_call, arg_types, pos);
        if let Some(r) = &mut self.record {
            r.notes[self.func].direct_calls.push(pos);
        }
        returned
    }

    /// What a call of `f` passes it (see [`Self::call_known`]), and what it returns.
    fn enter(&mut self, f: FuncId, this_type: Option<Type>, method_call: bool, arg_types: &[Type], pos: Pos) -> Type {
        self.pass_arguments(f, arg_types, pos);
        let target = &self.program.functions[f];
        if let Some(this_local) = target.this_local
            && self.reads_this[f]
        {
            let receiver = match this_type {
                // No receiver reaches here yet.
                Some(Type::Never) => Type::Never,
                // The method was found on the receiver, so it is no undefined or null.
                Some(Type::Object(k, _)) if method_call => Type::Object(k, false),
                Some(Type::Array(k, _)) if method_call => Type::Array(k, false),
                // An object is the receiver as it is, in any code.
                Some(t @ (Type::Object(_, false) | Type::Array(_, false) | Type::Function(_))) => t,
                Some(t @ Type::Functions(s)) if !self.function_sets[s as usize].contains(&NO_FUNCTION) => t,
                // Strict code sees the receiver as it is.
                Some(t) if target.strict => t,
                None if target.strict => Type::Undefined,
                // Sloppy code sees primitives wrapped, and the global
                // object for undefined or null.
                Some(t) => {
                    self.sink(t, "it is the receiver of a method call");
                    Type::Dynamic
                }
                None => Type::Dynamic,
            };
            self.flow_local(f, this_local, receiver);
        }
        self.returns[f]
    }

    /// The arguments of a direct call (or `new`) flow into the callee's parameters.
    fn pass_arguments(&mut self, f: FuncId, arg_types: &[Type], pos: Pos) {
        let params = self.program.functions[f].params.clone();
        for (i, &p) in params.iter().enumerate() {
            let t = arg_types.get(i).copied().unwrap_or(Type::Undefined);
            self.flow_local(f, p, t);
            if let Some(r) = &mut self.record {
                r.notes[f].param_sources[i].push((pos, t));
            }
        }
        for t in arg_types.iter().skip(params.len()) {
            self.sink(*t, "it is passed as an extra argument");
        }
    }

    /// `object[key]` (the GetProp `e`) of an object of type `o`, already evaluated.
    fn get_prop(&mut self, e: &Expr, o: Type, object: &Expr, key: &Expr, pos: Pos) -> Type {
        // Known now: evaluating the key may rebind the array's local.
        let length = self.element_key_length(object, key);
        let k = self.expr(key);
        self.pos = Some(pos);
        self.sink(k, "it is used as a property key");
        match (o, key) {
            // No object reaches here yet; or reading a property of undefined
            // or null throws, so no value comes out (early rounds may see
            // only a field's `null` initial value).
            (o, _) if o == Type::Never || o.is_nullish() => Type::Never,
            // A method read off the prototype itself (`P.prototype.m.call(this)`)
            // in a function: functions run after the top level's leading
            // statements settle the methods. In those statements the read
            // may come before the assignment: the solver does not follow that.
            (Type::Object(c, _), Expr::String(name))
                if !self.escaped(c) && matches!(self.classes.classes[c as usize].kind, ClassKind::Prototype(_)) =>
            {
                match self.classes.classes[c as usize].field(name) {
                    Some(i) if self.func != self.program.main => self.field_type(c, i),
                    _ => {
                        self.escape_class(c, "a method is read from the prototype itself");
                        Type::Dynamic
                    }
                }
            }
            (Type::Object(c, nullish), Expr::String(name)) if !self.escaped(c) => {
                match self.classes.classes[c as usize].field(name) {
                    Some(i) => {
                        if let Some(r) = &mut self.record {
                            r.slots.insert(e as *const Expr as usize, SlotAccess { class: c, slot: i as u32, nullish });
                        }
                        self.field_type(c, i)
                    }
                    // Not an own property of every object of the class: a
                    // method of its prototypes, or one of `Object.prototype`,
                    // or undefined (or a field of a class extending it).
                    None => {
                        self.record_family_access(e, c, name, nullish);
                        self.member(c, name)
                    }
                }
            }
            // `F.prototype` of a constructor whose methods are tracked.
            (Type::Function(f), Expr::String(name))
                if name == "prototype"
                    && let Some(&p) = self.classes.prototypes.get(&f) =>
            {
                Type::Object(p, false)
            }
            // A settled property of the function object (read generically).
            (Type::Function(f), Expr::String(name)) if let Some(i) = self.static_field(f, name) => {
                self.field_type(self.classes.statics[&f], i)
            }
            (Type::Array(c, _), Expr::String(name)) if !self.escaped(c) && name == "length" => ARRAY_LENGTH,
            (Type::Array(c, _), _) if !self.escaped(c) && !matches!(key, Expr::String(_)) => match k {
                k if k.is_number_or_undefined() => {
                    if !self.holey(c) && self.index_in_bounds((object, c), key, k, length) {
                        self.record_in_bounds(e);
                        self.classes.classes[c as usize].element
                    } else {
                        self.read_element(c)
                    }
                }
                Type::Never => Type::Never,
                _ => {
                    self.escape_class(c, "it is indexed with a key that may not be a number");
                    Type::Dynamic
                }
            },
            _ => {
                self.sink(o, "a property of it is read");
                match (object, key, o) {
                    (_, Expr::String(name), Type::String) if name == "length" => STRING_LENGTH,
                    (Expr::GlobalRead(g, _), Expr::String(name), _)
                        if g == "Math" && self.math_intact && MATH_CONSTANTS.iter().any(|(c, _)| c == name) =>
                    {
                        Type::Double
                    }
                    _ => Type::Dynamic,
                }
            }
        }
    }

    /// The field of `f`'s settled properties named `name`, while they are tracked.
    fn static_field(&self, f: FuncId, name: &str) -> Option<usize> {
        let &c = self.classes.statics.get(&f)?;
        if self.escaped(c) {
            return None;
        }
        self.classes.classes[c as usize].field(name)
    }

    /// `o.name` of an object of class `c` (or one extending it) that is not
    /// a field of `c`: what the prototypes of those classes hold, or the
    /// field of a class extending `c` (whatever it holds is then lost).
    fn member(&mut self, c: ClassId, name: &str) -> Type {
        let mut t = Type::Never;
        for d in self.subtree(c) {
            if self.is_union(d) {
                continue;
            }
            let found = match self.classes.classes[d as usize].field(name) {
                // Read generically, where objects of `d` have it.
                Some(i) => {
                    self.mark_generic_slot(d, i);
                    self.field_type(d, i)
                }
                None => {
                    let inherited = self.prototype_member(d, name);
                    match self.expando(d, name) {
                        Some(own) => self.join_flow(own, inherited),
                        None => inherited,
                    }
                }
            };
            t = self.join_flow(t, found);
        }
        t
    }

    /// Records, for the access `e` of `name` on an object of `c`'s family,
    /// where the classes that have a field `name` keep it, and which method
    /// the others read from their prototypes (see [`FamilyAccess`]).
    fn record_family_access(&mut self, e: &Expr, c: ClassId, name: &str, nullish: bool) {
        if self.record.is_none() {
            return;
        }
        let family: Vec<ClassId> = self.subtree(c).into_iter().filter(|&d| !self.is_union(d)).collect();
        let mut access = FamilyAccess { slots: Vec::new(), methods: Vec::new(), nullish };
        for &d in &family {
            match self.classes.classes[d as usize].field(name) {
                Some(i) => access.slots.push((d, i as u32)),
                None if self.classes.classes[d as usize].made && self.shape_is_unique(d, &family) => {
                    if let Type::Function(f) = self.prototype_member(d, name) {
                        access.methods.push((d, f));
                    }
                }
                None => {}
            }
        }
        if let Some(r) = &mut self.record
            && !(access.slots.is_empty() && access.methods.is_empty())
        {
            r.family.insert(e as *const Expr as usize, access);
        }
    }

    /// Whether an object of `family` whose runtime shape is class `d`'s
    /// layout is an object of `d`: no other class of the family that has
    /// objects reaches that shape, with its fields and then plain
    /// properties (expandos) added. (Classes with the same keys in the same
    /// order share a shape, but not a prototype.)
    fn shape_is_unique(&self, d: ClassId, family: &[ClassId]) -> bool {
        let fields = &self.classes.classes[d as usize].fields;
        family.iter().filter(|&&o| o != d && self.classes.classes[o as usize].made).all(|&o| {
            let other = &self.classes.classes[o as usize];
            let prefix =
                other.fields.len() <= fields.len() && other.fields.iter().zip(fields).all(|((a, _), (b, _))| a == b);
            !prefix || !fields[other.fields.len()..].iter().all(|(n, _)| other.expandos.iter().any(|(x, _)| x == n))
        })
    }

    /// The receiver a method call `o.name(..)` passes `f`, one of the
    /// functions `o.name` may be: of the classes `o` may be an object of,
    /// only those whose `name` may be `f` (a method overridden in some
    /// classes of a family or union sees only the classes that have it).
    fn receiver_for(&self, f: FuncId, this_type: Option<Type>, method_call: bool, callee: &Expr) -> Option<Type> {
        let (Some(Type::Object(c, nullish)), Expr::GetProp { key, .. }) = (this_type, callee) else { return this_type };
        let Expr::String(name) = &**key else { return this_type };
        if !method_call || self.escaped(c) || self.classes.classes[c as usize].field(name).is_some() {
            return this_type;
        }
        let may_be_f = |t: Type| self.candidates(t).contains(&f);
        let mut receiver: Option<ClassId> = None;
        for d in self.subtree(c) {
            if self.is_union(d) {
                continue;
            }
            let found = match self.classes.classes[d as usize].field(name) {
                Some(i) => may_be_f(self.field_type(d, i)),
                None => may_be_f(self.prototype_member(d, name)) || self.expando(d, name).is_some_and(may_be_f),
            };
            if found {
                receiver = Some(receiver.map_or(d, |r| self.common_class(r, d).unwrap_or(c)));
            }
        }
        Some(Type::Object(receiver.unwrap_or(c), nullish))
    }

    /// The class of the arrays the built-in method call `callee` (`map`,
    /// `filter`) makes: one per call site, made the first time the solver
    /// reaches it.
    fn made_array(&mut self, callee: &Expr, pos: Pos) -> ClassId {
        let key = callee as *const Expr as usize;
        if let Some(&c) = self.made_arrays.get(&key) {
            return c;
        }
        let c = self.classes.add_made_array(pos);
        self.classes.classes[c as usize].made = true;
        self.classes.classes[c as usize].min_length = Some(0);
        self.field_growths.push(vec![0]);
        self.made_arrays.insert(key, c);
        self.changed = true;
        c
    }

    /// Whether some class extending `c` (or `c`) has a field `name`.
    fn family_field(&self, c: ClassId, name: &str) -> bool {
        self.subtree(c).into_iter().any(|d| self.classes.classes[d as usize].field(name).is_some())
    }

    /// `o.name = v` on an object of constructor class `c` without that
    /// field, where classes extending `c` have it: objects of those classes
    /// take `v` in the field, the others as a plain property (an expando).
    fn store_in_family(&mut self, c: ClassId, name: &str, v: Type) {
        for d in self.subtree(c) {
            if self.is_union(d) {
                continue;
            }
            match self.classes.classes[d as usize].field(name) {
                Some(i) => {
                    self.mark_generic_slot(d, i);
                    self.flow_field(d, i, v);
                }
                None if self.escaped(d) => self.sink(v, "it is stored in an object that escapes"),
                None => {
                    let class = &self.classes.classes[d as usize];
                    let Some(i) = class.expandos.iter().position(|(n, _)| n == name) else {
                        if class.fields.len() + class.expandos.len() >= classes::MAX_FIELDS {
                            self.escape_class(d, "too many properties are added to its objects");
                            self.sink(v, "it is stored in an object that escapes");
                            continue;
                        }
                        self.classes.classes[d as usize].expandos.push((name.to_string(), v));
                        self.changed = true;
                        continue;
                    };
                    let old = class.expandos[i].1;
                    let new = self.join_flow(old, v);
                    if new != old && !self.escaped(d) {
                        self.classes.classes[d as usize].expandos[i].1 = new;
                        self.changed = true;
                    }
                }
            }
        }
    }

    /// What objects of class `d` hold in the plain property `name`, when code writes one.
    fn expando(&self, d: ClassId, name: &str) -> Option<Type> {
        self.classes.classes[d as usize].expandos.iter().find(|(n, _)| n == name).map(|(_, t)| *t)
    }

    /// Field `i` of class `d` is accessed generically: it holds boxed values.
    fn mark_generic_slot(&mut self, d: ClassId, i: usize) {
        let owner = self.field_owner(d, i);
        let slots = &mut self.classes.classes[owner as usize].generic_slots;
        if !slots.contains(&i) {
            slots.push(i);
            self.changed = true;
        }
    }

    /// `name` as objects of class `c` inherit it, when it is no field of theirs.
    fn prototype_member(&self, c: ClassId, name: &str) -> Type {
        let inherited = match classes::OBJECT_PROTOTYPE_NAMES.contains(&name) {
            true => Type::Dynamic,
            false => Type::Undefined,
        };
        let Some(first) = self.classes.prototype_of(c) else { return inherited };
        for p in self.lineage(first) {
            let methods = &self.classes.classes[p as usize];
            if methods.escaped.is_some() {
                return Type::Dynamic;
            }
            if let Some(i) = methods.field(name) {
                return methods.fields[i].1;
            }
        }
        inherited
    }

    fn call(&mut self, callee: &Expr, this: Option<&Expr>, args: &[Expr], desc: &str, pos: Pos) -> Type {
        // `Math.f(...)` of an intact Math: evaluate the arguments; the result is a number.
        if let Some(name) = math_callee(callee)
            && self.math_intact
        {
            self.expr(callee);
            if let Some(t) = this {
                self.expr(t);
            }
            let arg_types: Vec<Type> = args.iter().map(|a| self.expr(a)).collect();
            for t in &arg_types {
                self.sink(*t, "it is passed to a Math function");
            }
            self.pos = Some(pos);
            if let Some(r) = &mut self.record {
                r.notes[self.func].math_calls += 1;
            }
            return math_result(name, &arg_types);
        }
        // `String(x)`, `Number(x)`, `parseInt(s)`.. of the built-in globals,
        // with primitive arguments: their result type, and no code of the
        // program runs. The global object is out of reach (Math is intact),
        // and nothing assigns these names.
        if let Expr::GlobalRead(g, _) = callee
            && this.is_none()
            && self.math_intact
            && let Some(&(_, result)) = BUILTIN_FUNCTIONS.iter().find(|(name, _)| name == g)
            && self.intact_globals.contains(g.as_str())
        {
            let arg_types: Vec<Type> = args.iter().map(|a| self.expr(a)).collect();
            self.pos = Some(pos);
            if let Some(r) = &mut self.record {
                r.notes[self.func].generic_calls.push((pos, desc.to_string()));
            }
            // ToBoolean runs no code, whatever the argument.
            if g == "Boolean" || arg_types.iter().all(|&t| is_primitive(t)) {
                return result;
            }
            for t in arg_types {
                self.sink(t, "it is passed to a function the compiler cannot see");
            }
            return Type::Dynamic;
        }
        // `a.push(v)` of a tracked array: the built-in push (no code can
        // replace it, see `classes::prototypes_untouched`) appends `v`.
        let c = match callee {
            Expr::GetProp { object, key, pos: get_pos } => {
                let o = self.expr(object);
                // `s.charCodeAt(i)` of the built-in: a code unit, or NaN past the end.
                if o == Type::String
                    && matches!(&**key, Expr::String(name) if name == "charCodeAt")
                    && args.len() == 1
                    && self.classes.builtins_intact
                    && matches!(self.peek_type(&args[0]), Some(Type::Int32(_)))
                {
                    if let Some(t) = this {
                        self.expr(t);
                    }
                    self.expr(&args[0]);
                    if let Some(r) = &mut self.record {
                        r.exprs.insert(callee as *const Expr as usize, Type::Dynamic);
                        r.char_codes.insert(callee as *const Expr as usize);
                    }
                    return Type::Double;
                }
                // `f.call(receiver, ..args)` of a function the solver sees every
                // call of: the built-in `call` (nothing can replace it, see
                // `classes::prototypes_untouched`) is a direct call.
                if let (Type::Function(f), Expr::String(name)) = (o, &**key)
                    && name == "call"
                    && self.escapes[f].is_none()
                    && self.classes.builtins_intact
                {
                    if let Some(t) = this {
                        self.expr(t);
                    }
                    let arg_types: Vec<Type> = args.iter().map(|a| self.expr(a)).collect();
                    self.pos = Some(pos);
                    if let Some(r) = &mut self.record {
                        r.exprs.insert(callee as *const Expr as usize, Type::Function(f));
                        r.function_calls.insert(callee as *const Expr as usize);
                    }
                    let (receiver, rest) = match arg_types.split_first() {
                        Some((first, rest)) => (Some(*first), rest),
                        None => (None, &[][..]),
                    };
                    return self.call_known(f, receiver, false, rest, pos);
                }
                if let (Type::Array(class, _), Expr::String(name)) = (o, &**key)
                    && name == "push"
                    && !args.is_empty()
                    && !self.escaped(class)
                {
                    if let Some(r) = &mut self.record {
                        r.exprs.insert(callee as *const Expr as usize, Type::Dynamic);
                    }
                    if let Some(t) = this {
                        self.expr(t);
                    }
                    for a in args {
                        let v = self.expr(a);
                        self.store_element(class, v);
                    }
                    if let Some(r) = &mut self.record {
                        r.notes[self.func].generic_calls.push((pos, desc.to_string()));
                    }
                    return ARRAY_LENGTH;
                }
                // `a.join(sep)` of the built-in on a tracked array of
                // primitives, with a string separator (or none): a string.
                // Converting primitives runs no code of the program, and
                // join only reads the array, so nothing escapes.
                if let (Type::Array(class, _), Expr::String(name)) = (o, &**key)
                    && name == "join"
                    && !self.escaped(class)
                    && self.classes.builtins_intact
                    && is_primitive(self.classes.classes[class as usize].element)
                    && match args {
                        [] => true,
                        [Expr::String(_)] => true,
                        [sep] => self.peek_type(sep) == Some(Type::String),
                        _ => false,
                    }
                {
                    if let Some(r) = &mut self.record {
                        r.exprs.insert(callee as *const Expr as usize, Type::Dynamic);
                    }
                    if let Some(t) = this {
                        self.expr(t);
                    }
                    for a in args {
                        self.expr(a);
                    }
                    if let Some(r) = &mut self.record {
                        r.notes[self.func].generic_calls.push((pos, desc.to_string()));
                    }
                    return Type::String;
                }
                // `a.forEach(f)` (or `some`, `every`, `map`, `filter`,
                // `reduce`) with a callback the solver sees every call of:
                // a loop calling it directly (holes are skipped).
                if let (Type::Array(class, false), Expr::String(name), [callback, rest @ ..]) = (o, &**key, args)
                    && let Some(kind) = ArrayLoop::of(name, args.len())
                    && !self.escaped(class)
                    && self.classes.builtins_intact
                    && let Some(f) = match callback {
                        Expr::Closure { func, .. } => Some(*func),
                        e => match self.peek_type(e) {
                            Some(Type::Function(f)) => Some(f),
                            _ => None,
                        },
                    }
                    && self.escapes[f].is_none()
                {
                    if let Some(t) = this {
                        self.expr(t);
                    }
                    self.expr(callback);
                    let initial = rest.first().map(|init| self.expr(init));
                    self.pos = Some(pos);
                    let kind = match kind {
                        ArrayLoop::Map(_) => ArrayLoop::Map(self.made_array(callee, pos)),
                        ArrayLoop::Filter(_) => ArrayLoop::Filter(self.made_array(callee, pos)),
                        kind => kind,
                    };
                    if let Some(r) = &mut self.record {
                        r.exprs.insert(callee as *const Expr as usize, Type::Dynamic);
                        r.array_loops.insert(callee as *const Expr as usize, (kind, f));
                    }
                    // The callback sees what is stored (holes are skipped), each
                    // index below the length, and the array; no more than it declares.
                    let element = match self.classes.classes[class as usize].undefined_stored {
                        true => self.read_element(class),
                        false => self.classes.classes[class as usize].element,
                    };
                    let declared = self.program.functions[f].params.len();
                    return match kind {
                        ArrayLoop::Reduce(_) => {
                            // The accumulator: the initial value or an element,
                            // then what the callback returns.
                            let start = initial.unwrap_or(element);
                            let accumulator = self.join_flow(start, self.returns[f]);
                            let args = [accumulator, element, ARRAY_INDEX, Type::Array(class, false)];
                            let returned = self.call_known(f, None, false, &args[..declared.min(4)], pos);
                            self.join_flow(start, returned)
                        }
                        _ => {
                            let args = [element, ARRAY_INDEX, Type::Array(class, false)];
                            // `some`, `every` and `filter` only test what the callback returns.
                            let returned = self.call_known(f, None, false, &args[..declared.min(3)], pos);
                            match kind {
                                ArrayLoop::ForEach => Type::Undefined,
                                ArrayLoop::Map(made) => {
                                    self.store_element(made, returned);
                                    if self.holey(class) {
                                        self.mark_holey(made, "it is made by `map` of an array with holes");
                                    }
                                    if self.classes.classes[self.find(class) as usize].may_be_sparse {
                                        self.mark_may_be_sparse(made);
                                    }
                                    Type::Array(made, false)
                                }
                                ArrayLoop::Filter(made) => {
                                    self.store_element(made, element);
                                    Type::Array(made, false)
                                }
                                _ => Type::Boolean,
                            }
                        }
                    };
                }
                let t = self.get_prop(callee, o, object, key, *get_pos);
                if let Some(r) = &mut self.record {
                    r.exprs.insert(callee as *const Expr as usize, t);
                }
                t
            }
            _ => self.expr(callee),
        };
        let this_type = this.map(|t| self.expr(t));
        let arg_types: Vec<Type> = args.iter().map(|a| self.expr(a)).collect();
        self.pos = Some(pos);
        let method_call = is_method_call(callee, this);
        match c {
            Type::Function(f) => {
                let receiver = self.receiver_for(f, this_type, method_call, callee);
                self.call_known(f, receiver, method_call, &arg_types, pos)
            }
            // One of a few known functions: each may be the one called.
            Type::Functions(s) => {
                let mut result = Type::Never;
                // Calling undefined or null throws: it returns nothing.
                for f in self.function_sets[s as usize].clone() {
                    if f != NO_FUNCTION {
                        let receiver = self.receiver_for(f, this_type, method_call, callee);
                        let returned = self.enter(f, receiver, method_call, &arg_types, pos);
                        result = self.join_flow(result, returned);
                    }
                }
                if let Some(r) = &mut self.record {
                    r.notes[self.func].dispatched_calls.push(pos);
                }
                result
            }
            // No callee reaches here yet: a later round sees what does. And
            // calling undefined or null throws before anything is passed.
            t if t == Type::Never || t.is_nullish() => Type::Never,
            _ => {
                if let Some(t) = this_type {
                    self.sink(t, "it is the receiver of a method call");
                }
                for t in arg_types {
                    self.sink(t, "it is passed to a function the compiler cannot see");
                }
                if let Some(r) = &mut self.record {
                    r.notes[self.func].generic_calls.push((pos, desc.to_string()));
                }
                Type::Dynamic
            }
        }
    }
}

/// `a.length` of a tracked array, as specialized code holds it. A length
/// past 2^31 - 1 (an array of 2^31 elements, or one written at an index that
/// large) makes compiled code that reads it throw a RangeError
/// (`dxl_rt_array_length_range`) instead of holding a wrong int32.
const ARRAY_LENGTH: Type = Type::Int32(Range { lo: 0, hi: i32::MAX });

/// An index below a tracked array's length.
const ARRAY_INDEX: Type = Type::Int32(Range { lo: 0, hi: i32::MAX - 1 });

/// `s.length` of a string: the runtime caps strings below 2^30 code units.
const STRING_LENGTH: Type = Type::Int32(Range { lo: 0, hi: 1 << 30 });

pub fn number_type(n: f64) -> Type {
    if n.fract() == 0.0 && n >= f64::from(i32::MIN) && n <= f64::from(i32::MAX) && !(n == 0.0 && n.is_sign_negative()) {
        Type::Int32(Range::exact(n as i32))
    } else {
        Type::Double
    }
}

/// The Math function a callee expression names, if it is `Math.<known>`.
///
/// A method call `Math.f(x)` is lowered as `(t = Math).f` called with `this` = `t`.
pub fn math_callee(callee: &Expr) -> Option<&str> {
    let Expr::GetProp { object, key, .. } = callee else { return None };
    let object = match &**object {
        Expr::Write(Var::Local(_), value) => &**value,
        other => other,
    };
    match (object, &**key) {
        (Expr::GlobalRead(g, _), Expr::String(name)) if g == "Math" && MATH_FUNCTIONS.contains(&name.as_str()) => {
            Some(name)
        }
        _ => None,
    }
}

/// `(t = o).name(args)` with `this` = `t`: the lowered form of a method call
/// `o.name(args)`, whose callee lookup throws if `o` is undefined or null.
fn is_method_call(callee: &Expr, this: Option<&Expr>) -> bool {
    let Expr::GetProp { object, .. } = callee else { return false };
    matches!((&**object, this), (Expr::Write(Var::Local(t), _), Some(Expr::Read(Var::Local(r)))) if t == r)
}

/// Global built-in functions whose result type is known when their
/// arguments are primitives (converting those runs no code of the program).
const BUILTIN_FUNCTIONS: &[(&str, Type)] = &[
    ("String", Type::String),
    ("Number", Type::Double),
    ("parseInt", Type::Double),
    ("parseFloat", Type::Double),
    ("isNaN", Type::Boolean),
    ("isFinite", Type::Boolean),
    ("Boolean", Type::Boolean),
];

/// Whether values of type `t` are primitives whose string conversion runs
/// no code of the program.
pub(crate) fn is_primitive(t: Type) -> bool {
    matches!(
        t,
        Type::Never
            | Type::Int32(_)
            | Type::Double
            | Type::Boolean
            | Type::String
            | Type::Undefined
            | Type::Null
            | Type::Nullish
            | Type::Int32OrUndefined(_)
            | Type::DoubleOrUndefined
            | Type::StringOrUndefined
    )
}

/// `(t = Math).name(args)` with `this` = `t`: the lowered form of a `Math` method call.
fn is_math_method_call(callee: &Expr, this: Option<&Expr>) -> bool {
    let Expr::GetProp { object, key, .. } = callee else { return false };
    is_method_call(callee, this)
        && matches!(&**key, Expr::String(_))
        && matches!(&**object, Expr::Write(_, value) if matches!(&**value, Expr::GlobalRead(g, _) if g == "Math"))
}

fn math_result(name: &str, args: &[Type]) -> Type {
    let ranges: Option<Vec<Range>> = args.iter().map(|t| t.range()).collect();
    match (name, ranges) {
        ("imul", _) => Type::INT32,
        ("clz32", _) => Type::Int32(Range { lo: 0, hi: 32 }),
        ("abs", Some(r)) if r.len() == 1 && r[0].lo > i32::MIN => {
            let (lo, hi) = (r[0].lo, r[0].hi);
            let max = lo.abs().max(hi.abs());
            let min = if lo <= 0 && hi >= 0 { 0 } else { lo.abs().min(hi.abs()) };
            Type::Int32(Range { lo: min, hi: max })
        }
        ("min" | "max", Some(r)) if !r.is_empty() => {
            let lo = r.iter().map(|r| r.lo);
            let hi = r.iter().map(|r| r.hi);
            if name == "min" {
                Type::Int32(Range { lo: lo.min().unwrap_or(0), hi: hi.min().unwrap_or(0) })
            } else {
                Type::Int32(Range { lo: lo.max().unwrap_or(0), hi: hi.max().unwrap_or(0) })
            }
        }
        _ => Type::Double,
    }
}

pub fn unary_type(op: UnaryOp, t: Type) -> Type {
    if t == Type::Never {
        return Type::Never;
    }
    match op {
        UnaryOp::Neg => match t {
            Type::Int32(r) if r.lo > 0 || (r.hi < 0 && r.lo > i32::MIN) => Type::Int32(Range { lo: -r.hi, hi: -r.lo }),
            _ => Type::Double,
        },
        UnaryOp::Plus => match t {
            Type::Int32(_) => t,
            Type::Boolean => Type::Int32(Range { lo: 0, hi: 1 }),
            Type::Null => Type::Int32(Range::exact(0)),
            _ => Type::Double,
        },
        UnaryOp::Not => Type::Boolean,
        UnaryOp::BitNot => match t {
            Type::Int32(r) => Type::Int32(Range { lo: !r.hi, hi: !r.lo }),
            _ => Type::INT32,
        },
        UnaryOp::TypeOf | UnaryOp::ToString => Type::String,
        UnaryOp::Void => Type::Undefined,
    }
}

/// The result type of a binary operator; `rhs` is the right operand's
/// expression, for shifts by a constant.
pub fn binary_type(op: BinaryOp, a: Type, b: Type, rhs: &Expr) -> Type {
    // No value reaches here (yet): a later round sees what does.
    if a == Type::Never || b == Type::Never {
        return Type::Never;
    }
    let ranges = a.range().zip(b.range());
    let from = |lo: i64, hi: i64| Range::checked(lo, hi).map_or(Type::Double, Type::Int32);
    match op {
        BinaryOp::Add => match (a, b) {
            (Type::String, _) | (_, Type::String) => Type::String,
            (Type::Int32(x), Type::Int32(y)) => {
                from(i64::from(x.lo) + i64::from(y.lo), i64::from(x.hi) + i64::from(y.hi))
            }
            _ if is_numeric_primitive(a) && is_numeric_primitive(b) => Type::Double,
            _ => Type::Dynamic,
        },
        BinaryOp::Sub => match ranges {
            Some((x, y)) => from(i64::from(x.lo) - i64::from(y.hi), i64::from(x.hi) - i64::from(y.lo)),
            None => Type::Double,
        },
        BinaryOp::Mul => match ranges {
            // -0 comes from 0 times a negative number.
            Some((x, y)) if !(x.contains(0) && y.lo < 0 || y.contains(0) && x.lo < 0) => {
                let corners = [
                    i64::from(x.lo) * i64::from(y.lo),
                    i64::from(x.lo) * i64::from(y.hi),
                    i64::from(x.hi) * i64::from(y.lo),
                    i64::from(x.hi) * i64::from(y.hi),
                ];
                from(*corners.iter().min().expect("four"), *corners.iter().max().expect("four"))
            }
            _ => Type::Double,
        },
        BinaryOp::Mod => match ranges {
            // A non-negative dividend gives +0, never -0; a zero divisor gives NaN.
            Some((x, y)) if x.lo >= 0 && !y.contains(0) => {
                let divisor = i64::from(y.lo).abs().max(i64::from(y.hi).abs());
                from(0, i64::from(x.hi).min(divisor - 1))
            }
            _ => Type::Double,
        },
        BinaryOp::Div | BinaryOp::Pow => Type::Double,
        BinaryOp::BitAnd => match (a.range(), b.range()) {
            (Some(x), _) if x.lo >= 0 => Type::Int32(Range { lo: 0, hi: x.hi }),
            (_, Some(y)) if y.lo >= 0 => Type::Int32(Range { lo: 0, hi: y.hi }),
            _ => Type::INT32,
        },
        BinaryOp::BitOr | BinaryOp::BitXor => match ranges {
            Some((x, y)) if x.lo >= 0 && y.lo >= 0 => {
                let max = x.hi.max(y.hi) as u32;
                let mask = if max == 0 { 0 } else { u32::MAX >> max.leading_zeros() };
                Type::Int32(Range { lo: 0, hi: mask as i32 })
            }
            _ => Type::INT32,
        },
        BinaryOp::Shl => Type::INT32,
        BinaryOp::Shr => match (a.range(), constant_shift(rhs)) {
            (Some(x), Some(k)) => Type::Int32(Range { lo: x.lo >> k, hi: x.hi >> k }),
            (None, Some(k)) => Type::Int32(Range { lo: i32::MIN >> k, hi: i32::MAX >> k }),
            _ => Type::INT32,
        },
        BinaryOp::UShr => match (a.range(), constant_shift(rhs)) {
            (_, Some(k)) if k > 0 => Type::Int32(Range { lo: 0, hi: (u32::MAX >> k) as i32 }),
            (Some(x), Some(0)) if x.lo >= 0 => Type::Int32(x),
            _ => Type::Double,
        },
        BinaryOp::Lt
        | BinaryOp::Le
        | BinaryOp::Gt
        | BinaryOp::Ge
        | BinaryOp::LooseEq
        | BinaryOp::LooseNe
        | BinaryOp::StrictEq
        | BinaryOp::StrictNe
        | BinaryOp::InstanceOf
        | BinaryOp::In => Type::Boolean,
    }
}

/// Whether `op` turns an operand that is a number or undefined into a number
/// (undefined into NaN, or 0 for the bitwise operators) whatever that
/// operand's value: always, except `+`, which does so only next to a number
/// or undefined (`other`), and the equalities, which compare undefined as itself.
pub fn undefined_becomes_nan(op: BinaryOp, other: Type) -> bool {
    match op {
        BinaryOp::Add => other.is_number_or_undefined(),
        BinaryOp::Sub
        | BinaryOp::Mul
        | BinaryOp::Div
        | BinaryOp::Mod
        | BinaryOp::Pow
        | BinaryOp::Lt
        | BinaryOp::Le
        | BinaryOp::Gt
        | BinaryOp::Ge
        | BinaryOp::BitAnd
        | BinaryOp::BitOr
        | BinaryOp::BitXor
        | BinaryOp::Shl
        | BinaryOp::Shr
        | BinaryOp::UShr => true,
        _ => false,
    }
}

/// Numbers and the primitives whose `+` with a number is numeric.
fn is_numeric_primitive(t: Type) -> bool {
    t.is_number_or_undefined() || t == Type::Boolean || t.is_nullish()
}

/// A shift count written as a number literal, reduced mod 32 as the operator does.
fn constant_shift(rhs: &Expr) -> Option<u32> {
    match rhs {
        Expr::Number(n) if n.fract() == 0.0 && n.is_finite() => Some((*n as i64).rem_euclid(32) as u32),
        _ => None,
    }
}

/// Whether control can reach the end of `stmts` (conservatively: yes unless
/// the list ends in a return or throw, an `if` whose arms both end so, or a
/// loop without a test (`while (true)`, `for (;;)`) that nothing breaks out of).
fn completes(stmts: &[Stmt]) -> bool {
    match stmts.last() {
        Some(Stmt::Return(_) | Stmt::Throw(..)) => false,
        Some(Stmt::If(_, a, b)) => completes(a) || completes(b),
        Some(Stmt::Loop(l)) if matches!(l.test, None | Some(Expr::Bool(true))) => breaks_out(&l.body),
        _ => true,
    }
}

/// Whether a `break` in `stmts` leaves them: one whose target is not a
/// statement inside them.
fn breaks_out(stmts: &[Stmt]) -> bool {
    jumps_out(stmts, false)
}

/// Whether a `break` (or, with `continues`, a `continue`) in `stmts` leaves
/// them or ends their iteration early: one whose target is not a statement inside them.
fn jumps_out(stmts: &[Stmt], continues: bool) -> bool {
    fn walk(stmts: &[Stmt], continues: bool, inner: &mut Vec<hir::TargetId>, out: &mut bool) {
        for s in stmts {
            match s {
                Stmt::Break(t) if !inner.contains(t) => *out = true,
                Stmt::Continue(t) if continues && !inner.contains(t) => *out = true,
                Stmt::Loop(l) => inner.push(l.target),
                Stmt::Labeled(t, _) | Stmt::Switch { target: t, .. } => inner.push(*t),
                _ => {}
            }
            visit::stmt_children(s, &mut |_| {}, &mut |list| walk(list, continues, inner, out));
        }
    }
    let mut out = false;
    walk(stmts, continues, &mut Vec::new(), &mut out);
    out
}

/// Whether `e` (or below) writes local `l`.
fn writes_local(e: &Expr, l: LocalId) -> bool {
    visit::expr_any(e, &mut |e| matches!(e, Expr::Write(Var::Local(w), _) if *w == l))
}

/// Whether a key of type `k` may name an array index (undefined and
/// negative numbers name properties).
fn may_be_index(k: Type) -> bool {
    match k {
        Type::Undefined | Type::Never => false,
        k => k.int_range().is_none_or(|r| r.hi >= 0),
    }
}

/// Whether `object[key]` is `a[a.length]`: past the end, but by one, so
/// writing it appends (no hole).
fn appends(object: &Expr, key: &Expr) -> bool {
    let Expr::GetProp { object: inner, key: name, .. } = written_value(key) else { return false };
    let array = |e: &Expr| match written_value(e) {
        Expr::Read(Var::Local(l)) => Some(*l),
        _ => None,
    };
    matches!(&**name, Expr::String(n) if n == "length") && array(object).is_some() && array(object) == array(inner)
}

/// The expression whose value `e` has: `e` itself, or what the writes
/// wrapped around it store (`t = a` is `a`, the temporaries of `a[i] += 1`).
fn written_value(e: &Expr) -> &Expr {
    match e {
        Expr::Write(_, value) => written_value(value),
        e => e,
    }
}

/// Whether `update` adds exactly one to local `i` and writes it nowhere
/// else: `i = i + 1` (`i += 1`, `++i`), or `t = +i, i = t + 1, t` (`i++`).
pub(crate) fn increments_by_one(update: &Expr, i: LocalId) -> bool {
    let is_i = |e: &Expr| matches!(e, Expr::Read(Var::Local(r)) if *r == i);
    let old_i = |e: &Expr| is_i(e) || matches!(e, Expr::Unary(UnaryOp::Plus, inner) if is_i(inner));
    let plus_one = |e: &Expr, old: &dyn Fn(&Expr) -> bool| matches!(e, Expr::Binary(BinaryOp::Add, a, b) if old(a) && matches!(&**b, Expr::Number(n) if *n == 1.0));
    match update {
        Expr::Write(Var::Local(w), value) => *w == i && plus_one(value, &old_i),
        Expr::Sequence(items) => match items.as_slice() {
            [Expr::Write(Var::Local(t), copy), Expr::Write(Var::Local(w), value), rest @ ..] => {
                let t = *t;
                *w == i
                    && t != i
                    && old_i(copy)
                    && plus_one(value, &|e: &Expr| matches!(e, Expr::Read(Var::Local(r)) if *r == t))
                    && !rest.iter().any(|e| writes_local(e, i))
            }
            _ => false,
        },
        _ => false,
    }
}

/// Whether the program provably never replaces a `Math` function or constant.
///
/// Every mention of the global `Math` must be `Math.<name>` (read or call);
/// nothing may assign the global `Math`; and no code may get hold of the
/// global object, through `globalThis`/`global` or through a sloppy-mode
/// `this` (which is the global object in a plain call) used other than as
/// `this.<name>` with `<name>` not `Math`.
pub fn math_is_intact(program: &hir::Program, origins: &Origins, this_is_object: &impl Fn(FuncId) -> bool) -> bool {
    let sloppy_this = |f: FuncId, var: Var| -> bool {
        let (owner, l) = match var {
            Var::Local(l) => (f, l),
            Var::Captured(c) => origins[f][c],
        };
        let func = &program.functions[owner];
        func.this_local == Some(l) && !func.strict && func.kind != FunctionKind::Arrow && !this_is_object(owner)
    };
    // A compiler temporary that only ever copies a sloppy `this` (`this.x +=
    // 1` keeps the object in one) stands for `this`.
    let aliases: Vec<Vec<LocalId>> = (0..program.functions.len())
        .map(|f| {
            let func = &program.functions[f];
            let mut copies: HashMap<LocalId, bool> = HashMap::new();
            visit::any_expr(&func.body, &mut |e| {
                if let Expr::Write(Var::Local(t), value) = e
                    && func.locals[*t].name.is_empty()
                {
                    let copies_this = matches!(&**value, Expr::Read(v) if sloppy_this(f, *v));
                    *copies.entry(*t).or_insert(true) &= copies_this;
                }
                false
            });
            copies.into_iter().filter(|&(_, only_this)| only_this).map(|(t, _)| t).collect()
        })
        .collect();
    let this_owner =
        |f: FuncId, var: Var| sloppy_this(f, var) || matches!(var, Var::Local(t) if aliases[f].contains(&t));
    (0..program.functions.len()).all(|f| !stmts_touch_global(&program.functions[f].body, f, &this_owner))
}

fn stmts_touch_global(stmts: &[Stmt], f: FuncId, this_owner: &impl Fn(FuncId, Var) -> bool) -> bool {
    stmts.iter().any(|s| {
        let mut bad = false;
        let mut lists: Vec<&[Stmt]> = Vec::new();
        visit::stmt_children(s, &mut |e| bad = bad || expr_mentions_global(e, f, this_owner), &mut |l| lists.push(l));
        bad || lists.into_iter().any(|l| stmts_touch_global(l, f, this_owner))
    })
}

/// Whether `e` may get hold of the `Math` object or the global object other
/// than to read a `Math` member or a non-`Math` member of a sloppy `this`.
fn expr_mentions_global(e: &Expr, f: FuncId, this_owner: &impl Fn(FuncId, Var) -> bool) -> bool {
    match e {
        Expr::GlobalRead(g, _) | Expr::GlobalWrite(g, _, _)
            if matches!(g.as_str(), "Math" | "globalThis" | "global") =>
        {
            true
        }
        Expr::GetProp { object, key, .. } if matches!(&**object, Expr::GlobalRead(g, _) if g == "Math") => {
            !matches!(&**key, Expr::String(_)) || expr_mentions_global(key, f, this_owner)
        }
        Expr::GetProp { object, key, .. } | Expr::SetProp { object, key, .. } if matches!(&**object, Expr::Read(v) | Expr::ReadChecked(v, _) if this_owner(f, *v)) =>
        {
            let named = matches!(&**key, Expr::String(k) if k != "Math");
            let value_bad = match e {
                Expr::SetProp { value, .. } => expr_mentions_global(value, f, this_owner),
                _ => false,
            };
            !named || value_bad
        }
        Expr::Read(v) | Expr::ReadChecked(v, _) => this_owner(f, *v),
        // A temporary that stands for `this` takes its copy.
        Expr::Write(t, value) if this_owner(f, *t) && matches!(&**value, Expr::Read(v) if this_owner(f, *v)) => false,
        Expr::Call { callee, this, args, .. } if is_math_method_call(callee, this.as_deref()) => {
            args.iter().any(|a| expr_mentions_global(a, f, this_owner))
        }
        _ => {
            let mut bad = false;
            visit::expr_children(e, &mut |c| bad = bad || expr_mentions_global(c, f, this_owner));
            bad
        }
    }
}

/// Whether each function's `this` is read, by it or by an arrow inside it.
fn reads_this(program: &hir::Program, origins: &Origins) -> Vec<bool> {
    let mut out = vec![false; program.functions.len()];
    for (f, func) in program.functions.iter().enumerate() {
        visit::any_expr(&func.body, &mut |e| {
            if let Expr::Read(v) | Expr::ReadChecked(v, _) = e {
                let (owner, l) = match *v {
                    Var::Local(l) => (f, l),
                    Var::Captured(c) => origins[f][c],
                };
                if program.functions[owner].this_local == Some(l) {
                    out[owner] = true;
                }
            }
            false
        });
    }
    out
}
