//! The program generator: valid, terminating, deterministic programs of the
//! language dxl supports, biased towards what the type specializer treats
//! differently: int32 overflow, -0, NaN, mixed int/double arithmetic, array
//! holes, out-of-bounds reads, properties added after construction,
//! polymorphic call sites, prototype methods added late.
//!
//! Termination is by construction, not by timeout:
//! - every loop is counted: its bound is a small literal, a `Bound` parameter
//!   (whose arguments are always small), or the `length` of an array or
//!   string that the loop body cannot grow (`no_growth`);
//! - a function calls only functions generated before it, and recursion only
//!   through a depth parameter that its callers pass as a small integer;
//! - every call site and loop multiplies an estimated cost, and a call whose
//!   cost would exceed [`CALL_BUDGET`] is not generated;
//! - in code that may run repeatedly (loops, callbacks, functions), values
//!   assigned to strings, arrays and fields are built only from literals and
//!   numbers, so nothing doubles in size per iteration.
//!
//! Every top-level block is wrapped in `try`/`catch` that prints the error,
//! so one throw does not hide the rest of the program. The generator avoids
//! the defects already known to be open (catch parameters captured by
//! closures, TDZ reads, `e.stack`, printing functions, `**` of doubles,
//! lone surrogates, `%` format directives, `toLocaleString`, freezing).

use crate::rng::Rng;

/// The estimated statement executions one call (or one top-level statement) may cost.
const CALL_BUDGET: u64 = 20_000;
/// How many times a builtin's callback is assumed to run.
const CALLBACK_TRIPS: u64 = 30;

/// What a value is meant to be. Only a hint: expressions of another type are
/// mixed in on purpose, and every operation is valid JavaScript whatever the
/// value turns out to be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Int,
    Num,
    Str,
    Bool,
    Arr,
    Obj,
    Any,
}

const CONCRETE: [Ty; 6] = [Ty::Int, Ty::Num, Ty::Str, Ty::Bool, Ty::Arr, Ty::Obj];

#[derive(Clone, Debug)]
struct Var {
    name: String,
    ty: Ty,
    /// False for loop counters, bounds, depths and `const`s.
    assignable: bool,
    /// Holds an array made in this body, so pushing to it cannot lengthen an
    /// array some loop elsewhere is counting.
    growable: bool,
    /// The class of the object it was initialized with, if known.
    class: Option<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Param {
    Value(Ty),
    /// A loop bound: callers pass small numbers (or values that make the loop run 0 times).
    Bound,
    /// A recursion depth: callers pass a small non-negative integer.
    Depth,
}

#[derive(Clone, Debug)]
struct Func {
    name: String,
    params: Vec<Param>,
    ret: Ty,
    cost: u64,
}

#[derive(Clone, Debug)]
struct Method {
    name: String,
    arity: usize,
    ret: Ty,
    cost: u64,
}

#[derive(Clone, Debug)]
struct Class {
    name: String,
    arity: usize,
    fields: Vec<String>,
    methods: Vec<Method>,
    /// Of the constructor.
    cost: u64,
}

#[derive(Clone, Debug)]
enum Breakable {
    Loop(Option<String>),
    Switch,
}

/// The function, closure or top-level block being generated.
#[derive(Clone, Debug, Default)]
struct Body {
    breakables: Vec<Breakable>,
    /// Estimated executions of the statement being generated, per run of the body.
    mult: u64,
    /// Estimated cost of the body so far.
    cost: u64,
    returns: Option<Ty>,
    this_class: Option<usize>,
    /// Inside a loop counted by a `length`: nothing may grow or be replaced.
    no_growth: bool,
    /// In code that may run many times: strings, arrays and fields get only small new values.
    repeated: bool,
    /// Inside an arrow function: captured strings and arrays are read-only.
    closure_floor: Option<usize>,
    depth: usize,
}

pub struct Generator {
    rng: Rng,
    out: String,
    indent: usize,
    scopes: Vec<Vec<Var>>,
    funcs: Vec<Func>,
    classes: Vec<Class>,
    next_name: usize,
    next_label: usize,
    body: Body,
}

/// Generates the program for one seed.
pub fn program(rng: Rng) -> String {
    let mut g = Generator {
        rng,
        out: String::new(),
        indent: 0,
        scopes: vec![Vec::new()],
        funcs: Vec::new(),
        classes: Vec::new(),
        next_name: 0,
        next_label: 0,
        body: Body { mult: 1, ..Body::default() },
    };
    g.program();
    g.out
}

const INT_LITERALS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "5",
    "7",
    "10",
    "16",
    "31",
    "32",
    "100",
    "255",
    "1000",
    "46341",
    "65535",
    "65536",
    "1073741823",
    "1073741824",
    "2147483647",
    "-1",
    "-2",
    "-7",
    "-2147483648",
    "0x7f",
];

const NUM_LITERALS: &[&str] = &[
    "0.5",
    "1.5",
    "-2.25",
    "0.1",
    "0.2",
    "3.14159",
    "-0",
    "-0.5",
    "1e21",
    "1e-7",
    "2147483648",
    "-2147483649",
    "4294967295",
    "4294967296",
    "9007199254740992",
    "9007199254740993",
    "1.7976931348623157e308",
    "5e-324",
    "NaN",
    "Infinity",
    "-Infinity",
    "123.456",
    "1e100",
    "0.000001",
    "123456789012",
    "2.5",
    "-1.5",
];

const STR_LITERALS: &[&str] = &[
    "\"\"",
    "\"a\"",
    "\"abc\"",
    "\"Hello\"",
    "\"x,y,z\"",
    "\" pad \"",
    "\"12\"",
    "\"3.5\"",
    "\"-0\"",
    "\"0x1f\"",
    "\"1e3\"",
    "\"NaN\"",
    "\"true\"",
    "\"\\u00e9t\\u00e9\"",
    "\"\\u4e2d\\u6587\"",
    "\"a-b-c\"",
    "\"AbC\"",
    "\"  \"",
    "\"10\"",
    "'q\"uote'",
    "\"tab\\there\"",
    "\"new\\nline\"",
    "\"-\"",
    "\",\"",
    "\"Infinity\"",
];

const ARRAY_PROBES: &[&str] = &[
    "@t.splice(@i, @i)",
    "@t.splice(@i, @i, @v, @v)",
    "@t.splice(@i)",
    "@t.copyWithin(@i, @i, @i)",
    "@t.fill(@v, @i, @i)",
    "@t.flat(@d)",
    "@t.indexOf(@v, @i)",
    "@t.lastIndexOf(@v, @i)",
    "@t.includes(@v, @i)",
    "@t.indexOf(NaN)",
    "@t.includes(NaN)",
    "@t.at(@i)",
    "@t.findLast((x) => x > @n)",
    "@t.findLastIndex((x) => typeof x === \"number\")",
    "@t.find((x, i) => i === @i)",
    "@t.findIndex((x) => x === undefined)",
    "@t.toSpliced(@i, @i, @v)",
    "@t.concat(@a, @v)",
    "@t.join(@s)",
    "@t.join()",
    "@t.slice(@i, @i)",
    "@t.reverse()",
    "@t.sort()",
    "@t.toSorted()",
    "@t.toReversed()",
    "@t.every((x) => x !== undefined)",
    "@t.some(Number.isNaN)",
    "@t.reduce((p, q) => p + q)",
    "@t.reduceRight((p, q) => p + \",\" + q, @v)",
    "@t.map(String)",
    "@t.map((x, i) => i)",
    "@t.filter(Boolean)",
    "@t.flatMap((x) => [x, [x]])",
    "@t.with(@i, @v)",
    "@t.unshift(@v, @v)",
    "@t.push(@v)",
    "@t.shift()",
    "@t.pop()",
    "(@t.length = @i)",
    "Object.keys(@t)",
    "Object.entries(@t)",
    "String(@t)",
    "@t + \"\"",
    "delete @t[@i]",
    "@i in @t",
    "@t[@i]",
    "Array.from(@t)",
    "Array.of(@v, @v)",
    "new Array(@i)",
    "Array(@i, @v)",
    "@t.forEach((x, i, arr) => { arr[i] = typeof x; })",
    "@t.sort((p, q) => String(p) < String(q) ? 1 : String(p) > String(q) ? -1 : 0)",
    "Array.isArray(@t)",
    "@t.hasOwnProperty(@i)",
];

const STRING_PROBES: &[&str] = &[
    "@t.slice(@i, @i)",
    "@t.substring(@i, @i)",
    "@t.substr(@i, @i)",
    "@t.charAt(@i)",
    "@t.charCodeAt(@i)",
    "@t.codePointAt(@i)",
    "@t.at(@i)",
    "@t[@i]",
    "@t.indexOf(@s, @i)",
    "@t.lastIndexOf(@s, @i)",
    "@t.includes(@s, @i)",
    "@t.startsWith(@s, @i)",
    "@t.endsWith(@s, @i)",
    "@t.padStart(@i, @s)",
    "@t.padEnd(@i, @s)",
    "@t.padStart(12)",
    "@t.repeat(@i)",
    "@t.split(@s, @i)",
    "@t.split(@s)",
    "@t.split()",
    "@t.replace(@s, @s)",
    "@t.replaceAll(@s, @s)",
    "@t.replace(@s, \"[$&|$$|$`|$']\")",
    "@t.trim()",
    "@t.trimStart()",
    "@t.trimEnd()",
    "@t.concat(@v, @v)",
    "@t.toUpperCase()",
    "@t.toLowerCase()",
    "@t.localeCompare(@s)",
    "String.fromCharCode(@n, 65.7, -1)",
    "String.fromCodePoint(@i)",
    "@t.isWellFormed()",
    "@t + @v",
    "@t < @s",
    "@t == @v",
    "@t * 1",
    "@t.length",
];

const NUMBER_PROBES: &[&str] = &[
    "(@n).toFixed(@d)",
    "(@n).toPrecision(@d)",
    "(@n).toExponential(@d)",
    "(@n).toString(@r)",
    "(@n).toString()",
    "String(@n)",
    "`${@n}`",
    "Number.isInteger(@n)",
    "Number.isSafeInteger(@n)",
    "parseInt(@p, @r)",
    "parseInt(@p)",
    "parseFloat(@p)",
    "Number(@p)",
    "+@p",
    "Math.round(@n)",
    "Math.max(@n, @n)",
    "Math.min(@n, @v)",
    "Math.min()",
    "Math.sign(@n)",
    "Math.atan2(@n, @n)",
    "Math.hypot(@n, @n, @n)",
    "Math.cbrt(@n)",
    "Math.fround(@n)",
    "Math.clz32(@n)",
    "Math.trunc(@n)",
    "Math.floor(@n)",
    "Math.ceil(@n)",
    "Math.abs(@n)",
    "Math.sqrt(@n)",
    "@n % @n",
    "@n / @n",
    "@n * @n",
    "@n + @n",
    "@n - @n",
    "(@n) | 0",
    "(@n) >>> 0",
    "(@n) >> (@n)",
    "(@n) << (@n)",
    "~(@n)",
    "-(@n)",
    "@n < @n",
    "@n == @v",
    "@n === @v",
    "Object.is(@n, @n)",
    "isNaN(@p)",
    "isFinite(@p)",
    "Number.isNaN(@v)",
    "encodeURIComponent(@s)",
    "decodeURIComponent(encodeURI(@s))",
];

const OBJECT_PROBES: &[&str] = &[
    "Object.keys(@t)",
    "Object.values(@t)",
    "Object.entries(@t)",
    "Object.assign(@t, @o)",
    "Object.assign({}, @t, @a)",
    "Object.getOwnPropertyNames(@t)",
    "@t.hasOwnProperty(@s)",
    "@t.propertyIsEnumerable(\"a\")",
    "Object.getPrototypeOf(@t) === Object.prototype",
    "String(@t)",
    "@t + \"\"",
    "delete @t.a",
    "\"a\" in @t",
    "@t[@i]",
    "Object.create(@t).a",
    "Object.keys(Object.create(@t))",
    "(() => { const ks = []; for (const k in @t) ks.push(k); return ks; })()",
    "(@t.b = @v, @t.a = @v, Object.keys(@t))",
];

const PROBE_INDICES: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "-1",
    "-2",
    "10",
    "-10",
    "NaN",
    "Infinity",
    "-Infinity",
    "1.5",
    "\"1\"",
    "undefined",
    "-0",
    "2147483648",
    "4294967295",
    "null",
    "true",
];

const PROBE_VALUES: &[&str] = &[
    "0",
    "-0",
    "NaN",
    "1",
    "-1",
    "1.5",
    "\"a\"",
    "\"\"",
    "\"1\"",
    "null",
    "undefined",
    "true",
    "false",
    "[1]",
    "[]",
    "{}",
    "[[1, 2], 3]",
    "{ a: 1 }",
    "Infinity",
    "2147483648",
    "1e21",
    "-1e-7",
    "\"it's\"",
    "'\"q\"'",
    "\"a\\nb\"",
    "\"\\u00e9\"",
    "[, 1]",
    "[null, undefined]",
    "123456789.123",
    "0.1",
    "5e-324",
];

const PROBE_NUMBERS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "0.5",
    "-0.5",
    "1.5",
    "2.5",
    "-2.5",
    "1.005",
    "1.45",
    "8.345",
    "123.456",
    "0.000001234",
    "1e-7",
    "1e-10",
    "1e21",
    "1e20",
    "123456789012345680000",
    "1.7976931348623157e308",
    "5e-324",
    "2147483647",
    "2147483648",
    "-2147483648",
    "-2147483649",
    "4294967295",
    "4294967296",
    "9007199254740991",
    "9007199254740993",
    "NaN",
    "Infinity",
    "-Infinity",
    "0.1",
    "0.3",
    "255",
    "1e100",
    "-1e-300",
    "3",
    "1000000",
    "0.000001",
    "99.99",
];

const PROBE_STRINGS: &[&str] = &[
    "\"\"",
    "\"a\"",
    "\"abc\"",
    "\"Hello, World\"",
    "\"a,b,,c\"",
    "\"  pad  \"",
    "\"12\"",
    "\"-0\"",
    "\"aaa\"",
    "\"A-b-C\"",
    "\"\\u00e9t\\u00e9\"",
    "\"\\u4e2d\\u6587\"",
    "\"\\t x \\n\"",
    "\"x\"",
    "\",\"",
    "\"ab\"",
    "\"\\u00df\"",
    "\"\\u0130\"",
    "\"I\"",
    "\"\\u03a3\\u03a3\"",
    "\"b\"",
    "\"10\"",
];

const PARSE_STRINGS: &[&str] = &[
    "\"  12px\"",
    "\"0x1F\"",
    "\"-0x10\"",
    "\"1e3\"",
    "\".5\"",
    "\"5.\"",
    "\"+5\"",
    "\"-\"",
    "\"\"",
    "\" \"",
    "\"Infinity\"",
    "\"-Infinity\"",
    "\"infinity\"",
    "\"1_000\"",
    "\"0b101\"",
    "\"0o17\"",
    "\"12e\"",
    "\"1e1000\"",
    "\"\\t\\n 7 \\n\"",
    "\"-0\"",
    "\"0.0000001\"",
    "\"123456789012345678901234567890\"",
    "\"9007199254740993\"",
    "\"z\"",
    "\"1.2.3\"",
    "\"  -.5e-3  \"",
    "\"0x\"",
    "\"00012\"",
    "null",
    "undefined",
    "\"\\u00a012\"",
];

const PROBE_KEYS: &[&str] = &[
    "a",
    "b",
    "c",
    "x",
    "\"k 1\"",
    "\"a-b\"",
    "1",
    "0",
    "2",
    "\"-1\"",
    "\"01\"",
    "4294967294",
    "4294967295",
    "\"1.5\"",
    "_private",
    "$d",
    "\"\"",
    "\"\\u00e9\"",
    "constructor",
    "length",
    "toString",
];

const FIELD_NAMES: &[&str] = &["a", "b", "c", "x", "y", "val", "next", "len", "k2"];

/// `(probability weight, ...)` helpers keep the choice lists readable.
macro_rules! choose {
    ($g:expr, $( $w:expr => $e:expr ),+ $(,)?) => {{
        let weights = [$($w),+];
        let mut _i = $g.rng.weighted(&weights);
        choose!(@arm _i, $($e),+)
    }};
    (@arm $i:ident, $e:expr) => { $e };
    (@arm $i:ident, $e:expr, $($rest:expr),+) => {
        if $i == 0 { $e } else { $i -= 1; choose!(@arm $i, $($rest),+) }
    };
}

impl Generator {
    // ---------------------------------------------------------------- output

    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn open(&mut self, text: &str) {
        self.line(text);
        self.indent += 1;
    }

    fn close(&mut self, text: &str) {
        self.indent -= 1;
        self.line(text);
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.next_name += 1;
        format!("{prefix}{}", self.next_name)
    }

    fn label(&mut self) -> String {
        self.next_label += 1;
        format!("\"p{}\"", self.next_label)
    }

    fn declare(&mut self, var: Var) {
        self.scopes.last_mut().expect("a scope").push(var);
    }

    /// Adds the cost of one statement execution to the body.
    fn charge(&mut self, units: u64) {
        self.body.cost = self.body.cost.saturating_add(self.body.mult.saturating_mul(units));
    }

    fn affordable(&self, cost: u64) -> bool {
        self.body.mult.saturating_mul(cost) <= CALL_BUDGET && self.body.cost.saturating_add(cost) <= CALL_BUDGET * 4
    }

    // --------------------------------------------------------------- program

    fn program(&mut self) {
        if self.rng.chance(25) {
            self.line("\"use strict\";");
        }
        self.line("function show(e) {");
        self.line(
            "  return e instanceof Error ? e.name + \": \" + e.message : \"thrown \" + typeof e + \" \" + String(e);",
        );
        self.line("}");
        for _ in 0..self.rng.range(2, 5) {
            self.global();
        }
        let units = self.rng.range(3, 8);
        for _ in 0..units {
            choose!(self,
                5 => self.function(),
                2 => self.recursive_function(),
                3 => self.class(),
                2 => self.kernel(),
                3 => self.typed_kernel(),
                2 => self.layout_kernel(),
            );
        }
        for _ in 0..self.rng.range(4, 9) {
            self.block();
        }
        let globals: Vec<String> = self.scopes[0].iter().map(|v| v.name.clone()).collect();
        let label = self.label();
        self.line(&format!("console.log({label}, {});", globals.join(", ")));
    }

    fn global(&mut self) {
        let ty = *self.rng.pick(&CONCRETE);
        let name = self.fresh("g");
        let keyword = *self.rng.pick(&["let", "var", "let", "const"]);
        // No calls: the functions below may read globals declared after this one.
        let init = self.literal_value(ty);
        self.line(&format!("{keyword} {name} = {init};"));
        self.declare(Var { name, ty, assignable: keyword != "const", growable: ty == Ty::Arr, class: None });
    }

    /// A value without calls or variables, for global initializers.
    fn literal_value(&mut self, ty: Ty) -> String {
        match ty {
            Ty::Arr => self.array_literal(1),
            Ty::Obj => self.object_literal(1),
            _ => self.literal(ty),
        }
    }

    /// A top-level block: statements inside `try`, errors printed.
    fn block(&mut self) {
        self.body = Body { mult: 1, ..Body::default() };
        self.open("try {");
        self.scopes.push(Vec::new());
        for _ in 0..self.rng.range(2, 7) {
            self.statement();
        }
        self.scopes.pop();
        self.close("} catch (e) {");
        let label = self.label();
        self.line(&format!("  console.log({label}, show(e));"));
        self.line("}");
    }

    /// Runs `f` as a new function body seeing only the globals and `params`.
    fn in_function<T>(&mut self, params: Vec<Var>, body: Body, f: impl FnOnce(&mut Self) -> T) -> (T, u64) {
        let globals = self.scopes[0].clone();
        let saved_scopes = std::mem::replace(&mut self.scopes, vec![globals, params]);
        // Globals are not this body's arrays.
        for v in &mut self.scopes[0] {
            v.growable = false;
            v.assignable &= !matches!(v.ty, Ty::Str | Ty::Arr | Ty::Any | Ty::Obj);
        }
        let saved_body = std::mem::replace(&mut self.body, body);
        let result = f(self);
        let body = std::mem::replace(&mut self.body, saved_body);
        self.scopes = saved_scopes;
        (result, body.cost + 1)
    }

    fn function_body(ret: Ty) -> Body {
        Body { mult: 1, returns: Some(ret), repeated: true, ..Body::default() }
    }

    fn function(&mut self) {
        let name = self.fresh("f");
        let mut params = Vec::new();
        let mut vars = Vec::new();
        let mut has_bound = false;
        for _ in 0..self.rng.range(0, 3) {
            let pname = self.fresh("a");
            let param = if !has_bound && self.rng.chance(30) {
                has_bound = true;
                Param::Bound
            } else {
                Param::Value(*self.rng.pick(&CONCRETE))
            };
            let ty = match param {
                Param::Value(t) => t,
                _ => Ty::Int,
            };
            vars.push(Var {
                name: pname,
                ty,
                assignable: matches!(param, Param::Value(_)),
                growable: false,
                class: None,
            });
            params.push(param);
        }
        let ret = *self.rng.pick(&CONCRETE);
        let names: Vec<String> = vars.iter().map(|v| v.name.clone()).collect();
        self.open(&format!("function {name}({}) {{", names.join(", ")));
        let bound = vars.iter().find(|v| !v.assignable).map(|v| v.name.clone());
        let ((), cost) = self.in_function(vars, Self::function_body(ret), |g| {
            if let Some(bound) = bound {
                g.counted_loop_over(&bound);
            }
            for _ in 0..g.rng.range(1, 5) {
                g.statement();
            }
            let value = g.expr(ret, 3);
            g.line(&format!("return {value};"));
        });
        self.close("}");
        self.funcs.push(Func { name, params, ret, cost });
    }

    /// A numeric kernel: a counted loop of int32 and double arithmetic over a local array.
    fn kernel(&mut self) {
        let name = self.fresh("k");
        let n = self.fresh("n");
        let x = self.fresh("x");
        let x_ty = *self.rng.pick(&[Ty::Int, Ty::Num, Ty::Int]);
        let ret = *self.rng.pick(&[Ty::Int, Ty::Num]);
        self.open(&format!("function {name}({n}, {x}) {{"));
        let params = vec![
            Var { name: n.clone(), ty: Ty::Int, assignable: false, growable: false, class: None },
            Var { name: x.clone(), ty: x_ty, assignable: true, growable: false, class: None },
        ];
        let ((), cost) = self.in_function(params, Self::function_body(ret), |g| {
            let arr = g.fresh("v");
            let acc = g.fresh("s");
            let i = g.fresh("i");
            g.line(&format!("const {arr} = [];"));
            let start = *g.rng.pick(&["0", "0", "1", "0.5", "-0"]);
            g.line(&format!("let {acc} = {start};"));
            g.open(&format!("for (let {i} = 0; {i} < {n}; {i}++) {{"));
            g.scopes.push(vec![Var { name: i.clone(), ty: Ty::Int, assignable: false, growable: false, class: None }]);
            let element = g.numeric(3);
            g.line(&format!("{arr}.push({element});"));
            g.scopes.pop();
            g.close("}");
            g.declare(Var { name: arr.clone(), ty: Ty::Arr, assignable: false, growable: false, class: None });
            g.declare(Var { name: acc.clone(), ty: ret, assignable: true, growable: false, class: None });
            let j = g.fresh("j");
            let header = if g.rng.chance(70) {
                format!("for (let {j} = 0; {j} < {arr}.length; {j}++) {{")
            } else {
                format!("for (let {j} = {arr}.length - 1; {j} >= 0; {j}--) {{")
            };
            g.open(&header);
            g.scopes.push(vec![Var { name: j.clone(), ty: Ty::Int, assignable: false, growable: false, class: None }]);
            let saved = (g.body.mult, g.body.no_growth);
            g.body.mult *= 32;
            g.body.no_growth = true;
            let read = format!("{arr}[{j}]");
            let update = match g.rng.below(5) {
                0 => format!("{acc} = ({acc} + {read} * {}) | 0;", g.numeric(1)),
                1 => format!("{acc} += {read} / {};", g.numeric(1)),
                2 => format!("{acc} = Math.imul({acc} ^ {read}, {}) >>> {};", g.int_literal(), g.rng.range(0, 31)),
                3 => format!(
                    "{acc} = {acc} * {} + ({read} {} {});",
                    g.numeric(1),
                    g.rng.pick(&["|", "&", "^", ">>", "<<"]),
                    g.numeric(1)
                ),
                _ => format!("{acc} += {read};"),
            };
            g.line(&update);
            for _ in 0..g.rng.range(0, 2) {
                g.statement();
            }
            (g.body.mult, g.body.no_growth) = saved;
            g.scopes.pop();
            g.close("}");
            g.charge(32 * 4);
            let value = if g.rng.chance(50) { acc.clone() } else { g.numeric(2) };
            g.line(&format!("return {value};"));
        });
        self.close("}");
        let x_param = Param::Value(x_ty);
        self.funcs.push(Func { name, params: vec![Param::Bound, x_param], ret, cost: cost.max(200) });
    }

    /// A function whose types the specializer can prove: int32 and double
    /// locals, an array of numbers, a packed boolean array, objects of one
    /// numeric layout, and arguments of one type at every call site. Its
    /// edge cases come from inside the types: int32 overflow to double,
    /// `-0`, `NaN` from `0 / 0`, `%` of negatives, `>>>` past int32, holes of
    /// `new Array(n)`, a field added to one object after construction.
    fn typed_kernel(&mut self) {
        let name = self.fresh("t");
        let n = self.fresh("n");
        let a = self.fresh("a");
        let b = self.fresh("b");
        self.open(&format!("function {name}({n}, {a}, {b}) {{"));
        let mut t = Typed { ints: vec![a.clone()], nums: vec![b.clone()], arrays: Vec::new(), flags: Vec::new() };
        let xs = self.fresh("xs");
        let made = match self.rng.below(4) {
            0 => format!("new Array({n})"),
            1 => format!("new Array({n}).fill({})", self.rng.pick(&["0", "1", "0.5", "-0"])),
            _ => "[]".to_string(),
        };
        self.line(&format!("const {xs} = {made};"));
        let flags = self.fresh("fl");
        let use_flags = self.rng.chance(40);
        if use_flags {
            self.line(&format!("const {flags} = new Array(8).fill(false);"));
            t.flags.push(flags.clone());
        }
        let acc = self.fresh("s");
        let dacc = self.fresh("d");
        let start = self.int_literal();
        self.line(&format!("let {acc} = {start};"));
        let dstart = *self.rng.pick(&["0", "0.5", "-0", "1e-3", "-1.5"]);
        self.line(&format!("let {dacc} = {dstart};"));
        let i = self.fresh("i");
        self.open(&format!("for (let {i} = 0; {i} < {n}; {i}++) {{"));
        t.ints.push(i.clone());
        let element = if self.rng.chance(70) { t.int(self, 2) } else { t.num(self, 2) };
        if made == "[]" {
            self.line(&format!("{xs}.push({element});"));
        } else if self.rng.chance(80) {
            self.line(&format!("{xs}[{i}] = {element};"));
        } // else the holes stay
        t.ints.pop();
        self.close("}");
        t.arrays.push(xs.clone());
        t.ints.push(acc.clone());
        t.nums.push(dacc.clone());
        let j = self.fresh("j");
        let header = match self.rng.below(3) {
            0 => format!("for (let {j} = {xs}.length - 1; {j} >= 0; {j}--) {{"),
            1 => format!("for (let {j} = 0; {j} < {n}; {j}++) {{"),
            _ => format!("for (let {j} = 0; {j} < {xs}.length; {j}++) {{"),
        };
        self.open(&header);
        t.ints.push(j.clone());
        for _ in 0..self.rng.range(2, 5) {
            self.typed_statement(&mut t, &acc, &dacc, &xs, &j, 1);
        }
        t.ints.pop();
        self.close("}");
        let ret = match self.rng.below(4) {
            0 => format!("[{acc}, {dacc}]"),
            1 => format!("{acc} + {dacc}"),
            2 if use_flags => format!("[{acc}, {flags}.join()]"),
            _ => acc.clone(),
        };
        self.line(&format!("return {ret};"));
        self.close("}");
        self.open("try {");
        // Calls of one type first, so the specializer sees int32 and double arguments...
        for _ in 0..self.rng.range(1, 3) {
            let label = self.label();
            let call = format!(
                "{name}({}, {}, {})",
                self.rng.range(0, 12),
                self.rng.range(-20, 20),
                self.rng.pick(&["0.5", "1.25", "-3.5", "2", "0.1"])
            );
            self.line(&format!("console.log({label}, {call});"));
        }
        // ...then the edge values of those types, and now and then another type.
        if self.rng.chance(60) {
            let label = self.label();
            let edge_int = *self.rng.pick(&["2147483647", "-2147483648", "0", "-1", "1073741824", "65536"]);
            let edge_num = *self.rng.pick(&["-0", "NaN", "Infinity", "1e21", "-1e-7", "4294967296"]);
            let call = format!("{name}({}, {edge_int}, {edge_num})", self.rng.range(1, 12));
            self.line(&format!("console.log({label}, {call});"));
        }
        if self.rng.chance(15) {
            let label = self.label();
            let other = *self.rng.pick(&["\"7\"", "undefined", "null", "true", "[3]"]);
            self.line(&format!("console.log({label}, {name}(4, {other}, 1.5));"));
        }
        self.close("} catch (e) {");
        let label = self.label();
        self.line(&format!("  console.log({label}, show(e));"));
        self.line("}");
    }

    /// Objects of one constructor with numeric fields, made in a loop and
    /// updated in another; sometimes a field is added to one of them after
    /// construction, or a method is added to the prototype between calls.
    fn layout_kernel(&mut self) {
        let ctor = self.fresh("P");
        let fields: Vec<&str> = ["x", "y", "w"][..self.rng.range(1, 3) as usize].to_vec();
        let params: Vec<String> = fields.iter().map(|f| format!("{f}0")).collect();
        self.open(&format!("function {ctor}({}) {{", params.join(", ")));
        for (f, p) in fields.iter().zip(&params) {
            self.line(&format!("this.{f} = {p};"));
        }
        self.close("}");
        let method = self.rng.chance(50);
        if method {
            let f = *self.rng.pick(&fields);
            self.line(&format!("{ctor}.prototype.get = function () {{ return this.{f}; }};"));
        }
        let name = self.fresh("u");
        let n = self.fresh("n");
        let k = self.fresh("k");
        let ps = self.fresh("ps");
        let i = self.fresh("i");
        self.open(&format!("function {name}({n}, {k}) {{"));
        self.line(&format!("const {ps} = [];"));
        let mut t =
            Typed { ints: vec![k.clone(), i.clone()], nums: vec!["0.5".into()], arrays: Vec::new(), flags: Vec::new() };
        let args: Vec<String> =
            fields.iter().map(|_| if self.rng.chance(70) { t.int(self, 1) } else { t.num(self, 1) }).collect();
        self.line(&format!("for (let {i} = 0; {i} < {n}; {i}++) {ps}.push(new {ctor}({}));", args.join(", ")));
        if self.rng.chance(40) {
            let extra = *self.rng.pick(&["z", "x", "w"]);
            self.line(&format!("if ({ps}.length > 1) {ps}[1].{extra} = {k};"));
        }
        let s = self.fresh("s");
        self.line(&format!("let {s} = 0;"));
        let j = self.fresh("j");
        let p = self.fresh("p");
        self.open(&format!("for (let {j} = 0; {j} < {ps}.length; {j}++) {{"));
        self.line(&format!("const {p} = {ps}[{j}];"));
        t.ints = vec![k.clone(), j.clone()];
        t.ints.extend(fields.iter().map(|f| format!("{p}.{f}")));
        t.nums.push(s.clone());
        for _ in 0..self.rng.range(1, 3) {
            let f = *self.rng.pick(&fields);
            let value = if self.rng.chance(60) { t.int(self, 2) } else { t.num(self, 2) };
            self.line(&format!("{p}.{f} = {value};"));
        }
        let read = if method { format!("{p}.get()") } else { format!("{p}.{}", fields[0]) };
        self.line(&format!("{s} += {read};"));
        if self.rng.chance(30) {
            self.line(&format!("if ({p}.z !== undefined) {s} -= {p}.z;"));
        }
        self.close("}");
        let ret = if self.rng.chance(50) { format!("[{s}, {ps}[0]]") } else { s.clone() };
        self.line(&format!("return {ret};"));
        self.close("}");
        self.open("try {");
        for _ in 0..self.rng.range(1, 3) {
            let label = self.label();
            let call = format!(
                "{name}({}, {})",
                self.rng.range(0, 8),
                self.rng.pick(&["3", "-7", "2147483647", "0.5", "-0", "65536"])
            );
            self.line(&format!("console.log({label}, {call});"));
        }
        if method && self.rng.chance(50) {
            self.line(&format!("{ctor}.prototype.get = function () {{ return -this.{}; }};", fields[0]));
            let label = self.label();
            self.line(&format!("console.log({label}, {name}(3, 5));"));
        }
        self.close("} catch (e) {");
        let label = self.label();
        self.line(&format!("  console.log({label}, show(e));"));
        self.line("}");
    }

    /// One statement of a typed kernel's loop (counter `j` over `xs`).
    fn typed_statement(&mut self, t: &mut Typed, acc: &str, dacc: &str, xs: &str, j: &str, depth: u32) {
        match self.rng.below(if depth > 2 { 7 } else { 9 }) {
            0 | 1 => {
                let op = *self.rng.pick(&["=", "+=", "-=", "^=", "|=", "&=", "<<=", ">>=", ">>>="]);
                let value = t.int(self, 2);
                let wrap = if op == "=" && self.rng.chance(50) { format!("({value}) | 0") } else { value };
                self.line(&format!("{acc} {op} {wrap};"));
            }
            2 => {
                let op = *self.rng.pick(&["=", "+=", "-=", "*=", "/="]);
                let value = t.num(self, 2);
                self.line(&format!("{dacc} {op} {value};"));
            }
            3 => {
                let value = if self.rng.chance(60) { t.int(self, 2) } else { t.num(self, 1) };
                self.line(&format!("{xs}[{j}] = {value};"));
            }
            4 if !t.flags.is_empty() => {
                let f = t.flags[0].clone();
                let cond = t.cond(self);
                self.line(&format!("{f}[{j} & 7] = {cond};"));
            }
            5 => {
                let local = self.fresh("q");
                let value = t.int(self, 2);
                self.line(&format!("const {local} = {value};"));
                t.ints.push(local);
            }
            6 => {
                let local = self.fresh("r");
                let value = t.num(self, 2);
                self.line(&format!("let {local} = {value};"));
                t.nums.push(local);
            }
            7 => {
                let cond = t.cond(self);
                self.open(&format!("if ({cond}) {{"));
                let (ints, nums) = (t.ints.len(), t.nums.len());
                self.typed_statement(t, acc, dacc, xs, j, depth + 1);
                if self.rng.chance(30) {
                    let jump = *self.rng.pick(&["continue;", "break;"]);
                    self.line(jump);
                }
                t.ints.truncate(ints);
                t.nums.truncate(nums);
                if self.rng.chance(40) {
                    self.close("} else {");
                    self.indent += 1;
                    self.typed_statement(t, acc, dacc, xs, j, depth + 1);
                    t.ints.truncate(ints);
                    t.nums.truncate(nums);
                }
                self.close("}");
            }
            _ => {
                let k = self.fresh("k");
                let m = self.rng.range(1, 4);
                self.open(&format!("for (let {k} = 0; {k} < {m}; {k}++) {{"));
                t.ints.push(k.clone());
                let (ints, nums) = (t.ints.len(), t.nums.len());
                self.typed_statement(t, acc, dacc, xs, j, depth + 1);
                t.ints.truncate(ints - 1);
                t.nums.truncate(nums);
                self.close("}");
            }
        }
    }

    fn recursive_function(&mut self) {
        let name = self.fresh("r");
        let depth = self.fresh("d");
        let acc = self.fresh("a");
        let ty = *self.rng.pick(&[Ty::Int, Ty::Num, Ty::Str, Ty::Arr, Ty::Int]);
        let two_way = self.rng.chance(30);
        self.open(&format!("function {name}({depth}, {acc}) {{"));
        let params = vec![
            Var { name: depth.clone(), ty: Ty::Int, assignable: false, growable: false, class: None },
            Var { name: acc.clone(), ty, assignable: false, growable: false, class: None },
        ];
        let ((), cost) = self.in_function(params, Self::function_body(ty), |g| {
            let base = g.expr(ty, 2);
            g.line(&format!("if ({depth} <= 0) return {base};"));
            if g.rng.chance(50) {
                g.statement();
            }
            let step = match ty {
                Ty::Str => format!("{acc} + {}", g.small_leaf(Ty::Str)),
                Ty::Arr => format!("[{}].concat({acc}.length > 8 ? [] : {acc})", g.numeric(1)),
                _ => {
                    let value = g.numeric(2);
                    format!("{acc} {} +{}", g.rng.pick(&["+", "-", "*", "^", "|"]), g.wrap(value))
                }
            };
            if two_way {
                g.line(&format!("return {name}({depth} - 1, {step}) + {name}({depth} - 2, {acc});"));
            } else {
                g.line(&format!("return {name}({depth} - 1, {step});"));
            }
        });
        self.close("}");
        let levels: u64 = if two_way { 1 << 12 } else { 16 };
        self.funcs.push(Func { name, params: vec![Param::Depth, Param::Value(ty)], ret: ty, cost: cost * levels });
    }

    /// A constructor with prototype methods; sometimes a subclass, a `valueOf`
    /// or `toString`, or a field only some instances get.
    fn class(&mut self) {
        let name = self.fresh("C");
        let parent = if !self.classes.is_empty() && self.rng.chance(30) {
            Some(self.rng.below(self.classes.len()))
        } else {
            None
        };
        let arity = self.rng.range(0, 3) as usize;
        let params: Vec<String> = (0..arity).map(|_| self.fresh("a")).collect();
        let mut fields: Vec<String> = parent.map(|p| self.classes[p].fields.clone()).unwrap_or_default();
        self.open(&format!("function {name}({}) {{", params.join(", ")));
        let param_vars: Vec<Var> = params
            .iter()
            .map(|p| Var { name: p.clone(), ty: Ty::Any, assignable: false, growable: false, class: None })
            .collect();
        // The class is added after its constructor, which so cannot construct itself.
        let (own, cost) = self.in_function(param_vars, Self::function_body(Ty::Any), |g| {
            let mut own = Vec::new();
            if let Some(p) = parent {
                let parent_class = g.classes[p].clone();
                let args: Vec<String> = (0..parent_class.arity).map(|_| g.expr(Ty::Any, 1)).collect();
                let mut call = vec!["this".to_string()];
                call.extend(args);
                g.line(&format!("{}.call({});", parent_class.name, call.join(", ")));
            }
            for _ in 0..g.rng.range(1, 4) {
                let field = g.rng.pick(FIELD_NAMES).to_string();
                let value = g.expr(Ty::Any, 2);
                if g.rng.chance(15) {
                    let cond = g.expr(Ty::Bool, 1);
                    g.line(&format!("if ({cond}) this.{field} = {value};"));
                } else {
                    g.line(&format!("this.{field} = {value};"));
                }
                own.push(field);
            }
            own
        });
        self.close("}");
        for f in own {
            if !fields.contains(&f) {
                fields.push(f);
            }
        }
        let class_index = self.classes.len();
        self.classes.push(Class { name: name.clone(), arity, fields, methods: Vec::new(), cost });
        if let Some(p) = parent {
            let parent_name = self.classes[p].name.clone();
            self.line(&format!("{name}.prototype = Object.create({parent_name}.prototype);"));
            if self.rng.chance(80) {
                self.line(&format!("{name}.prototype.constructor = {name};"));
            }
            self.classes[class_index].methods = self.classes[p].methods.clone();
        }
        for _ in 0..self.rng.range(1, 3) {
            self.method(class_index);
        }
        if self.rng.chance(20) {
            let (method, ret) = *self.rng.pick(&[("valueOf", Ty::Num), ("toString", Ty::Str)]);
            let field = self.rng.pick(&self.classes[class_index].fields).clone();
            let value = match ret {
                Ty::Num => format!("this.{field} * 2"),
                _ => format!("\"<\" + this.{field} + \">\""),
            };
            self.line(&format!("{name}.prototype.{method} = function () {{ return {value}; }};"));
        }
    }

    /// A prototype method of class `c`; reads and writes `this`'s fields.
    fn method(&mut self, c: usize) {
        let class_name = self.classes[c].name.clone();
        let mname = self.fresh("m");
        let arity = self.rng.range(0, 2) as usize;
        let params: Vec<String> = (0..arity).map(|_| self.fresh("a")).collect();
        let ret = *self.rng.pick(&CONCRETE);
        self.open(&format!("{class_name}.prototype.{mname} = function ({}) {{", params.join(", ")));
        let vars = params
            .iter()
            .map(|p| Var { name: p.clone(), ty: Ty::Any, assignable: true, growable: false, class: None })
            .collect();
        let body = Body { this_class: Some(c), ..Self::function_body(ret) };
        let ((), cost) = self.in_function(vars, body, |g| {
            for _ in 0..g.rng.range(0, 3) {
                g.statement();
            }
            let value = g.expr(ret, 2);
            g.line(&format!("return {value};"));
        });
        self.close("};");
        self.classes[c].methods.push(Method { name: mname, arity, ret, cost });
    }

    // ------------------------------------------------------------ statements

    fn statement(&mut self) {
        self.charge(1);
        let deep = self.body.depth >= 3;
        let in_loop = self.body.breakables.iter().any(|b| matches!(b, Breakable::Loop(_)));
        let can_break = !self.body.breakables.is_empty();
        let in_function = self.body.returns.is_some();
        let quiet = self.body.repeated || self.body.mult > 1;
        choose!(self,
            12 => self.declaration(),
            10 => self.assignment(),
            if quiet { 4 } else { 10 } => self.print(),
            if deep { 0 } else { 6 } => self.if_statement(),
            if deep { 0 } else { 6 } => self.for_loop(),
            if deep { 0 } else { 2 } => self.while_loop(),
            if deep { 0 } else { 2 } => self.switch_statement(),
            if deep { 0 } else { 3 } => self.try_statement(),
            6 => self.array_mutation(),
            5 => self.object_mutation(),
            if deep { 0 } else { 2 } => self.for_in(),
            if deep { 0 } else { 2 } => self.closure_counter(),
            5 => self.call_statement(),
            if can_break { 3 } else { 0 } => self.break_or_continue(in_loop),
            if in_function { 2 } else { 0 } => self.early_return(),
            2 => self.throw_statement(),
            if deep { 0 } else { 1 } => self.labeled_loops(),
            if deep { 0 } else { 1 } => self.prototype_patch(),
            if quiet { 0 } else { 5 } => self.builtin_probe(),
            if quiet { 0 } else { 3 } => self.printing_probe(),
        );
    }

    fn nested(&mut self, count: i64) {
        self.body.depth += 1;
        self.scopes.push(Vec::new());
        for _ in 0..self.rng.range(1, count) {
            self.statement();
        }
        self.scopes.pop();
        self.body.depth -= 1;
    }

    fn declaration(&mut self) {
        let ty = *self.rng.pick(&[Ty::Int, Ty::Int, Ty::Num, Ty::Str, Ty::Bool, Ty::Arr, Ty::Obj, Ty::Any]);
        let keyword = *self.rng.pick(&["let", "let", "const", "var"]);
        let name = self.fresh("v");
        let (init, class) = if ty == Ty::Obj && !self.classes.is_empty() && self.rng.chance(50) {
            let c = self.rng.below(self.classes.len());
            (self.construct(c), Some(c))
        } else if ty == Ty::Arr {
            (self.fresh_array(2), None)
        } else {
            (self.expr(ty, 3), None)
        };
        self.line(&format!("{keyword} {name} = {init};"));
        // A `var` in a loop keeps one binding, so pushes accumulate across iterations: fine, pushes are linear.
        self.declare(Var { name, ty, assignable: keyword != "const", growable: ty == Ty::Arr, class });
    }

    fn assignable_vars(&self) -> Vec<Var> {
        let floor = self.body.closure_floor.unwrap_or(usize::MAX);
        let mut vars = Vec::new();
        for (depth, scope) in self.scopes.iter().enumerate() {
            for v in scope {
                if !v.assignable {
                    continue;
                }
                let sized = matches!(v.ty, Ty::Str | Ty::Arr | Ty::Any | Ty::Obj);
                if sized && (self.body.no_growth || depth < floor && self.body.closure_floor.is_some()) {
                    continue;
                }
                vars.push(v.clone());
            }
        }
        vars
    }

    fn assignment(&mut self) {
        let vars = self.assignable_vars();
        if vars.is_empty() {
            return self.print();
        }
        let v = self.rng.pick(&vars).clone();
        let text = match v.ty {
            Ty::Int | Ty::Num => {
                let op = *self.rng.pick(&["=", "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<=", ">>=", ">>>="]);
                let value = self.numeric(3);
                // A "number" that became a string would double with each `x = x + x`: make it a number.
                if (op == "=" || op == "+=") && (self.body.repeated || self.body.mult > 1) {
                    format!("{} {op} +{};", v.name, self.wrap(value))
                } else {
                    format!("{} {op} {value};", v.name)
                }
            }
            Ty::Bool => {
                let op = *self.rng.pick(&["=", "=", "&&=", "||="]);
                format!("{} {op} {};", v.name, self.expr(Ty::Bool, 2))
            }
            _ if self.body.repeated || self.body.mult > 1 => {
                let op = *self.rng.pick(&["=", "+=", "??="]);
                let value = self.small_leaf(v.ty);
                if v.ty == Ty::Arr && op != "=" {
                    format!("{} = {};", v.name, self.fresh_array(1))
                } else {
                    format!("{} {op} {value};", v.name)
                }
            }
            Ty::Arr => format!("{} = {};", v.name, self.fresh_array(2)),
            ty => {
                let op = *self.rng.pick(&["=", "=", "+=", "||="]);
                format!("{} {op} {};", v.name, self.expr(ty, 3))
            }
        };
        self.line(&text);
    }

    fn print(&mut self) {
        let label = self.label();
        let mut parts = vec![label];
        for _ in 0..self.rng.range(1, 3) {
            let ty = *self.rng.pick(&[Ty::Int, Ty::Num, Ty::Str, Ty::Bool, Ty::Arr, Ty::Obj, Ty::Any, Ty::Num]);
            parts.push(self.expr(ty, 3));
        }
        self.line(&format!("console.log({});", parts.join(", ")));
    }

    fn if_statement(&mut self) {
        let cond = self.expr(Ty::Bool, 3);
        self.open(&format!("if ({cond}) {{"));
        self.nested(3);
        if self.rng.chance(40) {
            self.close("} else {");
            self.indent += 1;
            self.nested(3);
        }
        self.close("}");
    }

    /// A loop counted by a literal (or by a `length` nothing in it can grow).
    fn for_loop(&mut self) {
        let label = if self.rng.chance(10) { Some(self.fresh("L")) } else { None };
        let i = self.fresh("i");
        let lengths: Vec<String> = self
            .scopes
            .iter()
            .flatten()
            .filter(|v| matches!(v.ty, Ty::Arr | Ty::Str))
            .map(|v| v.name.clone())
            .collect();
        let keyword = *self.rng.pick(&["let", "let", "var"]);
        let (header, trips, no_growth) = if !lengths.is_empty() && self.rng.chance(35) {
            let arr = self.rng.pick(&lengths).clone();
            (format!("for ({keyword} {i} = 0; {i} < {arr}.length; {i}++)"), 24, true)
        } else {
            let n = self.rng.range(0, 12);
            match self.rng.below(4) {
                0 => (format!("for ({keyword} {i} = {n}; {i} > 0; {i}--)"), n as u64, false),
                1 => (format!("for ({keyword} {i} = 0; {i} < {}; {i} += 2)", n * 2), n as u64, false),
                2 => (format!("for ({keyword} {i} = -{n}; {i} <= {n}; {i}++)"), (2 * n + 1) as u64, false),
                _ => (format!("for ({keyword} {i} = 0; {i} < {n}; {i}++)"), n as u64, false),
            }
        };
        let prefix = label.as_ref().map(|l| format!("{l}: ")).unwrap_or_default();
        self.open(&format!("{prefix}{header} {{"));
        self.loop_body(label, i, trips, no_growth, 4);
        self.close("}");
    }

    /// The body of a counted loop whose counter is `counter`.
    fn loop_body(&mut self, label: Option<String>, counter: String, trips: u64, no_growth: bool, count: i64) {
        let saved = (self.body.mult, self.body.no_growth);
        self.body.mult = self.body.mult.saturating_mul(trips.max(1));
        self.body.no_growth |= no_growth;
        self.body.breakables.push(Breakable::Loop(label));
        self.scopes.push(vec![Var { name: counter, ty: Ty::Int, assignable: false, growable: false, class: None }]);
        self.nested(count);
        self.scopes.pop();
        self.body.breakables.pop();
        (self.body.mult, self.body.no_growth) = saved;
    }

    /// `for (let i = 0; i < bound; i++)` at the top of a function with a `Bound` parameter.
    fn counted_loop_over(&mut self, bound: &str) {
        let i = self.fresh("i");
        self.open(&format!("for (let {i} = 0; {i} < {bound}; {i}++) {{"));
        self.loop_body(None, i, 24, false, 3);
        self.close("}");
    }

    fn while_loop(&mut self) {
        let w = self.fresh("w");
        let n = self.rng.range(0, 10);
        self.line(&format!("let {w} = 0;"));
        if self.rng.chance(50) {
            self.open(&format!("while ({w}++ < {n}) {{"));
            self.loop_body(None, w, n as u64, false, 4);
            self.close("}");
        } else {
            self.open("do {");
            self.loop_body(None, w.clone(), n as u64 + 1, false, 4);
            self.close(&format!("}} while (++{w} < {n});"));
        }
    }

    fn switch_statement(&mut self) {
        let strings = self.rng.chance(30);
        let subject = if strings { self.expr(Ty::Str, 2) } else { self.expr(Ty::Int, 2) };
        self.open(&format!("switch ({subject}) {{"));
        self.body.breakables.push(Breakable::Switch);
        for _ in 0..self.rng.range(1, 4) {
            let case = if strings { self.rng.pick(STR_LITERALS).to_string() } else { self.int_literal() };
            self.open(&format!("case {case}:"));
            self.nested(2);
            if self.rng.chance(70) {
                self.line("break;");
            }
            self.indent -= 1;
        }
        if self.rng.chance(60) {
            self.open("default:");
            self.nested(2);
            self.indent -= 1;
        }
        self.body.breakables.pop();
        self.close("}");
    }

    fn try_statement(&mut self) {
        self.open("try {");
        self.nested(3);
        let has_catch = self.rng.chance(80);
        if has_catch {
            let e = self.fresh("e");
            self.close(&format!("}} catch ({e}) {{"));
            self.indent += 1;
            let label = self.label();
            // The catch parameter is only printed, never captured (a known open defect).
            self.line(&format!("console.log({label}, show({e}));"));
            if self.rng.chance(40) {
                self.nested(2);
            }
        }
        if !has_catch || self.rng.chance(40) {
            self.close("} finally {");
            self.indent += 1;
            let label = self.label();
            self.line(&format!("console.log({label}, \"finally\");"));
            if self.rng.chance(30) {
                self.nested(2);
            }
        }
        self.close("}");
    }

    fn growable_arrays(&self) -> Vec<Var> {
        if self.body.no_growth {
            return Vec::new();
        }
        let floor = self.body.closure_floor.unwrap_or(0);
        self.scopes.iter().skip(floor).flatten().filter(|v| v.growable).cloned().collect()
    }

    fn array_vars(&self) -> Vec<Var> {
        self.scopes.iter().flatten().filter(|v| v.ty == Ty::Arr).cloned().collect()
    }

    fn array_mutation(&mut self) {
        let growable = self.growable_arrays();
        let arrays = self.array_vars();
        if arrays.is_empty() {
            return self.declaration();
        }
        let grow = !growable.is_empty() && self.rng.chance(60);
        let a = if grow { self.rng.pick(&growable).name.clone() } else { self.rng.pick(&arrays).name.clone() };
        let value =
            if self.body.repeated || self.body.mult > 1 { self.small_leaf(Ty::Any) } else { self.expr(Ty::Any, 2) };
        let text = if grow {
            match self.rng.below(8) {
                0 | 1 => format!("{a}.push({value});"),
                2 => format!("{a}.unshift({value});"),
                3 => format!("{a}[{a}.length + {}] = {value};", self.rng.range(0, 3)),
                4 => format!("{a}.splice({}, {}, {value});", self.rng.range(-2, 3), self.rng.range(0, 2)),
                5 => format!("{a}.length = {};", self.rng.range(0, 12)),
                6 => format!("{a}[{}] = {value};", self.rng.range(0, 12)),
                _ => format!("{a}.push({value}, {});", self.small_leaf(Ty::Num)),
            }
        } else {
            let index = self.index_expr();
            match self.rng.below(8) {
                0..=2 => format!("if ({index} < {a}.length) {a}[{index}] = {value};"),
                3 => format!("{a}.pop();"),
                4 => format!("{a}.shift();"),
                5 => format!("{a}.reverse();"),
                6 => format!("{a}.fill({value}, {});", self.rng.range(-3, 3)),
                _ => format!("{a}.sort();"),
            }
        };
        self.line(&text);
    }

    /// An index that is usually in range and always small: `(e & 7)`, a literal, or a loop counter.
    fn index_expr(&mut self) -> String {
        let counters: Vec<String> =
            self.scopes.iter().flatten().filter(|v| v.ty == Ty::Int && !v.assignable).map(|v| v.name.clone()).collect();
        if !counters.is_empty() && self.rng.chance(40) {
            return self.rng.pick(&counters).clone();
        }
        if self.rng.chance(40) {
            return self.rng.range(-1, 6).to_string();
        }
        format!("({} & 7)", self.expr(Ty::Int, 1))
    }

    fn object_vars(&self) -> Vec<Var> {
        self.scopes.iter().flatten().filter(|v| v.ty == Ty::Obj).cloned().collect()
    }

    fn field_of(&mut self, class: Option<usize>) -> String {
        match class {
            Some(c) if !self.classes[c].fields.is_empty() && self.rng.chance(80) => {
                self.rng.pick(&self.classes[c].fields).clone()
            }
            _ => self.rng.pick(FIELD_NAMES).to_string(),
        }
    }

    fn object_mutation(&mut self) {
        let mut targets: Vec<(String, Option<usize>)> =
            self.object_vars().into_iter().map(|v| (v.name, v.class)).collect();
        if let Some(c) = self.body.this_class {
            targets.push(("this".into(), Some(c)));
        }
        if targets.is_empty() {
            return self.declaration();
        }
        let (target, class) = self.rng.pick(&targets).clone();
        let field = self.field_of(class);
        let value =
            if self.body.repeated || self.body.mult > 1 { self.small_leaf(Ty::Any) } else { self.expr(Ty::Any, 2) };
        let text = match self.rng.below(10) {
            0 if !self.body.no_growth => format!("delete {target}.{field};"),
            1 => format!("{target}[{}] = {value};", self.rng.pick(&["0", "1", "\"k 1\"", "-1", "1.5", "\"10\""])),
            2 => format!("{target}.{field} += {};", self.small_leaf(Ty::Num)),
            _ => format!("{target}.{field} = {value};"),
        };
        self.line(&text);
    }

    fn for_in(&mut self) {
        let mut subjects: Vec<String> = self
            .scopes
            .iter()
            .flatten()
            .filter(|v| matches!(v.ty, Ty::Obj | Ty::Arr))
            .map(|v| v.name.clone())
            .collect();
        if self.body.this_class.is_some() {
            subjects.push("this".into());
        }
        if subjects.is_empty() {
            return self.print();
        }
        let subject = self.rng.pick(&subjects).clone();
        let k = self.fresh("k");
        self.open(&format!("for (const {k} in {subject}) {{"));
        let saved = (self.body.mult, self.body.no_growth);
        self.body.mult = self.body.mult.saturating_mul(16);
        // Properties added during for-in may or may not be visited: add none.
        self.body.no_growth = true;
        self.body.breakables.push(Breakable::Loop(None));
        self.scopes.push(vec![Var { name: k.clone(), ty: Ty::Str, assignable: false, growable: false, class: None }]);
        let label = self.label();
        self.line(&format!("console.log({label}, {k}, typeof {subject}[{k}]);"));
        self.nested(2);
        self.scopes.pop();
        self.body.breakables.pop();
        (self.body.mult, self.body.no_growth) = saved;
        self.close("}");
    }

    /// A closure over a counter, called a few times; sometimes one closure per loop iteration.
    fn closure_counter(&mut self) {
        let c = self.fresh("c");
        let f = self.fresh("h");
        let init = self.numeric(1);
        if self.rng.chance(40) {
            let fs = self.fresh("fs");
            let i = self.fresh("i");
            let n = self.rng.range(1, 5);
            self.line(&format!("const {fs} = [];"));
            self.line(&format!("for (let {i} = 0; {i} < {n}; {i}++) {fs}.push(() => {i} * {init});"));
            let label = self.label();
            self.line(&format!("console.log({label}, {fs}.map((g) => g()));"));
            return;
        }
        self.line(&format!("let {c} = {init};"));
        self.declare(Var { name: c.clone(), ty: Ty::Num, assignable: true, growable: false, class: None });
        let step = self.numeric(1);
        let op = *self.rng.pick(&["+=", "-=", "*=", "|=", "^="]);
        self.line(&format!("const {f} = (k) => {{ {c} {op} k + {step}; return {c}; }};"));
        let label = self.label();
        let arg1 = self.numeric(1);
        let arg2 = self.expr(Ty::Any, 1);
        self.line(&format!("console.log({label}, {f}({arg1}), {f}({arg2}), {c});"));
    }

    fn call_statement(&mut self) {
        let call = self.call(Ty::Any).unwrap_or_else(|| self.construct_any());
        self.line(&format!("{call};"));
    }

    fn break_or_continue(&mut self, in_loop: bool) {
        let cond = self.expr(Ty::Bool, 2);
        let labels: Vec<String> = self
            .body
            .breakables
            .iter()
            .filter_map(|b| match b {
                Breakable::Loop(Some(l)) => Some(l.clone()),
                _ => None,
            })
            .collect();
        let jump = if !labels.is_empty() && self.rng.chance(50) {
            format!("{} {}", self.rng.pick(&["break", "continue"]), self.rng.pick(&labels))
        } else if in_loop && self.rng.chance(50) && matches!(self.body.breakables.last(), Some(Breakable::Loop(_))) {
            "continue".to_string()
        } else {
            "break".to_string()
        };
        self.line(&format!("if ({cond}) {jump};"));
    }

    fn early_return(&mut self) {
        let ret = self.body.returns.expect("in a function");
        let cond = self.expr(Ty::Bool, 2);
        let value = self.expr(ret, 2);
        self.line(&format!("if ({cond}) return {value};"));
    }

    fn throw_statement(&mut self) {
        let cond = self.expr(Ty::Bool, 2);
        let message = self.small_leaf(Ty::Str);
        let thrown = match self.rng.below(6) {
            0 => format!("new TypeError({message})"),
            1 => format!("new RangeError(\"r\" + {message})"),
            2 => self.int_literal(),
            3 => message,
            4 => format!("{{ code: {} }}", self.int_literal()),
            _ => format!("new Error({message})"),
        };
        self.line(&format!("if ({cond}) throw {thrown};"));
    }

    fn labeled_loops(&mut self) {
        let outer = self.fresh("L");
        let i = self.fresh("i");
        let j = self.fresh("j");
        let n = self.rng.range(1, 6);
        let m = self.rng.range(1, 6);
        self.open(&format!("{outer}: for (let {i} = 0; {i} < {n}; {i}++) {{"));
        let saved = self.body.mult;
        self.body.mult = self.body.mult.saturating_mul(n as u64);
        self.body.breakables.push(Breakable::Loop(Some(outer.clone())));
        self.scopes.push(vec![Var { name: i.clone(), ty: Ty::Int, assignable: false, growable: false, class: None }]);
        self.open(&format!("for (let {j} = 0; {j} < {m}; {j}++) {{"));
        self.loop_body(None, j.clone(), m as u64, false, 3);
        let cond = format!("(({i} + {j}) & {}) === {}", self.rng.range(1, 3), self.rng.range(0, 1));
        let jump = self.rng.pick(&["continue", "break"]);
        self.line(&format!("  if ({cond}) {jump} {outer};"));
        let label = self.label();
        self.line(&format!("  console.log({label}, {i}, {j});"));
        self.close("}");
        self.scopes.pop();
        self.body.breakables.pop();
        self.body.mult = saved;
        self.close("}");
    }

    /// A prototype method added (or replaced) after instances exist.
    fn prototype_patch(&mut self) {
        if self.classes.is_empty() || self.body.returns.is_some() {
            return self.print();
        }
        let c = self.rng.below(self.classes.len());
        let class = self.classes[c].clone();
        let (name, known) = if !class.methods.is_empty() && self.rng.chance(50) {
            (self.rng.pick(&class.methods).name.clone(), true)
        } else {
            (self.fresh("m"), false)
        };
        let field = self.field_of(Some(c));
        let value = format!("this.{field} {} {}", self.rng.pick(&["+", "-", "*"]), self.small_leaf(Ty::Num));
        self.line(&format!("{}.prototype.{name} = function () {{ return {value}; }};", class.name));
        if !known {
            self.classes[c].methods.push(Method { name, arity: 0, ret: Ty::Num, cost: 2 });
        }
    }

    // ---------------------------------------------------------------- probes

    /// A builtin called with edge-case arguments, its result printed (and the
    /// receiver, for methods that change it).
    fn builtin_probe(&mut self) {
        let label = self.label();
        match self.rng.below(4) {
            0 => {
                let t = self.fresh("t");
                let array = self.probe_array();
                self.line(&format!("const {t} = {array};"));
                let template = *self.rng.pick(ARRAY_PROBES);
                let call = self.fill_template(template, &t);
                self.line(&format!("console.log({label}, {call}, {t});"));
            }
            1 => {
                let t = self.fresh("t");
                let string = self.rng.pick(PROBE_STRINGS).to_string();
                self.line(&format!("const {t} = {string};"));
                let template = *self.rng.pick(STRING_PROBES);
                let call = self.fill_template(template, &t);
                self.line(&format!("console.log({label}, {call});"));
            }
            2 => {
                let template = *self.rng.pick(NUMBER_PROBES);
                let call = self.fill_template(template, "");
                self.line(&format!("console.log({label}, {call});"));
            }
            _ => {
                let t = self.fresh("t");
                let object = self.probe_object(2);
                self.line(&format!("const {t} = {object};"));
                let template = *self.rng.pick(OBJECT_PROBES);
                let call = self.fill_template(template, &t);
                self.line(&format!("console.log({label}, {call}, {t});"));
            }
        }
    }

    /// Replaces the placeholders of a probe template: `@t` the receiver,
    /// `@i` an index-like edge value, `@v` any value, `@n` a number, `@s` a
    /// string, `@d` a digit count, `@r` a radix, `@p` a string to parse, `@a`
    /// an array, `@o` an object.
    fn fill_template(&mut self, template: &str, receiver: &str) -> String {
        let mut out = String::new();
        let mut chars = template.chars();
        while let Some(c) = chars.next() {
            if c != '@' {
                out.push(c);
                continue;
            }
            let piece = match chars.next() {
                Some('t') => receiver.to_string(),
                Some('i') => self.rng.pick(PROBE_INDICES).to_string(),
                Some('v') => self.rng.pick(PROBE_VALUES).to_string(),
                Some('n') => self.rng.pick(PROBE_NUMBERS).to_string(),
                Some('s') => self.rng.pick(PROBE_STRINGS).to_string(),
                Some('d') => {
                    self.rng.pick(&["0", "1", "2", "3", "5", "10", "16", "20", "21", "100", "101", "-1"]).to_string()
                }
                Some('r') => self.rng.pick(&["2", "3", "8", "10", "16", "36", "37", "1", "0", "undefined"]).to_string(),
                Some('p') => self.rng.pick(PARSE_STRINGS).to_string(),
                Some('a') => self.probe_array(),
                Some('o') => self.probe_object(1),
                other => panic!("unknown probe placeholder @{other:?} in {template}"),
            };
            out.push_str(&piece);
        }
        out
    }

    fn probe_array(&mut self) -> String {
        match self.rng.below(5) {
            0 => format!(
                "Array.from({{ length: {} }}, (_, i) => i * {})",
                self.rng.range(0, 30),
                self.rng.pick(PROBE_NUMBERS)
            ),
            1 => format!("new Array({})", self.rng.range(0, 5)),
            _ => {
                let n = self.rng.range(0, 8);
                let mut items: Vec<String> = Vec::new();
                for _ in 0..n {
                    items.push(if self.rng.chance(12) {
                        String::new()
                    } else {
                        self.rng.pick(PROBE_VALUES).to_string()
                    });
                }
                if items.last().is_some_and(|s| s.is_empty()) {
                    items.push(String::new());
                }
                format!("[{}]", items.join(", "))
            }
        }
    }

    fn probe_object(&mut self, depth: u32) -> String {
        let n = self.rng.range(0, 5);
        let mut fields = Vec::new();
        let mut used = Vec::new();
        for _ in 0..n {
            let key = *self.rng.pick(PROBE_KEYS);
            if used.contains(&key) {
                continue;
            }
            used.push(key);
            let value = if depth > 0 && self.rng.chance(25) {
                if self.rng.chance(50) { self.probe_object(depth - 1) } else { self.probe_array() }
            } else {
                self.rng.pick(PROBE_VALUES).to_string()
            };
            fields.push(format!("{key}: {value}"));
        }
        if fields.is_empty() { "{}".to_string() } else { format!("{{ {} }}", fields.join(", ")) }
    }

    /// `console.log` of a data structure of random shape: line breaking,
    /// grouping of long arrays, depth limits, quoting of keys and strings.
    fn printing_probe(&mut self) {
        let label = self.label();
        let value = self.shape(3);
        if self.rng.chance(15) {
            let format =
                *self.rng.pick(&["\"%s|%d|%i\"", "\"%f %s\"", "\"100%% %s\"", "\"%d%%\"", "\"%s\"", "\"%i-%s-%d\""]);
            let more = self.shape(1);
            self.line(&format!("console.log({format}, {value}, {more});"));
        } else {
            self.line(&format!("console.log({label}, {value});"));
        }
    }

    fn shape(&mut self, depth: u32) -> String {
        if depth == 0 || self.rng.chance(25) {
            return self.rng.pick(PROBE_VALUES).to_string();
        }
        match self.rng.below(6) {
            0 => {
                let n = self.rng.range(0, 30);
                let element = *self.rng.pick(&[
                    "i",
                    "i * 1.5",
                    "-i",
                    "\"s\" + i",
                    "i % 3 ? i : -0",
                    "[i]",
                    "{ k: i }",
                    "i * 1e20",
                    "i % 2 ? \"a'b\" : 'q\"'",
                ]);
                format!("Array.from({{ length: {n} }}, (_, i) => {element})")
            }
            1 | 2 => {
                let n = self.rng.range(0, 7);
                let mut items = Vec::new();
                for _ in 0..n {
                    items.push(if self.rng.chance(10) { String::new() } else { self.shape(depth - 1) });
                }
                if items.last().is_some_and(|s| s.is_empty()) {
                    items.push(String::new());
                }
                format!("[{}]", items.join(", "))
            }
            3 | 4 => {
                let n = self.rng.range(0, 6);
                let mut fields = Vec::new();
                let mut used = Vec::new();
                for _ in 0..n {
                    let key = *self.rng.pick(PROBE_KEYS);
                    if !used.contains(&key) {
                        used.push(key);
                        let value = self.shape(depth - 1);
                        fields.push(format!("{key}: {value}"));
                    }
                }
                format!("{{ {} }}", fields.join(", "))
            }
            _ => match self.rng.below(4) {
                0 => format!("\"{}\"", "x".repeat(self.rng.range(0, 90) as usize)),
                1 => format!(
                    "\"{}\".repeat({})",
                    self.rng.pick(&["ab ", "'", "\\\"", "\\n", "\\u00e9"]),
                    self.rng.range(0, 40)
                ),
                2 => {
                    let inner = self.shape(depth - 1);
                    format!("Object.assign(Object.create(null), {{ v: {inner} }})")
                }
                _ => {
                    let t = self.shape(depth - 1);
                    format!("(() => {{ const q = [1, 2]; q.extra = {t}; return q; }})()")
                }
            },
        }
    }

    // ----------------------------------------------------------- expressions

    fn vars_of(&self, ty: Ty) -> Vec<&Var> {
        self.scopes
            .iter()
            .flatten()
            .filter(|v| match ty {
                Ty::Any => true,
                Ty::Num => matches!(v.ty, Ty::Int | Ty::Num),
                t => v.ty == t,
            })
            .collect()
    }

    fn var_of(&mut self, ty: Ty) -> Option<String> {
        let names: Vec<String> = self.vars_of(ty).into_iter().map(|v| v.name.clone()).collect();
        if names.is_empty() {
            return None;
        }
        Some(self.rng.pick(&names).clone())
    }

    fn expr(&mut self, ty: Ty, depth: u32) -> String {
        // Now and then a value of another type, for polymorphism.
        let ty = if self.rng.chance(6) { *self.rng.pick(&CONCRETE) } else { ty };
        self.exact(ty, depth)
    }

    /// An expression of type `ty` at its top, for a method's receiver (a
    /// wrong type there only throws, and ends the block); a number literal
    /// gets parentheses (`0.length` does not parse).
    fn exact(&mut self, ty: Ty, depth: u32) -> String {
        let e = self.exact_unwrapped(ty, depth);
        if e.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '-') { format!("({e})") } else { e }
    }

    fn exact_unwrapped(&mut self, ty: Ty, depth: u32) -> String {
        if depth == 0 || self.rng.chance(20) {
            return self.leaf(ty);
        }
        let d = depth - 1;
        match ty {
            Ty::Int => self.int_expr(d),
            Ty::Num => self.num_expr(d),
            Ty::Str => self.str_expr(d),
            Ty::Bool => self.bool_expr(d),
            Ty::Arr => self.arr_expr(d),
            Ty::Obj => self.obj_expr(d),
            Ty::Any => self.any_expr(d),
        }
    }

    fn numeric(&mut self, depth: u32) -> String {
        let ty = *self.rng.pick(&[Ty::Int, Ty::Int, Ty::Num]);
        self.expr(ty, depth)
    }

    fn leaf(&mut self, ty: Ty) -> String {
        if self.rng.chance(60)
            && let Some(v) = self.var_of(ty)
        {
            return v;
        }
        if ty == Ty::Any && self.rng.chance(30) {
            return self.rng.pick(&["null", "undefined", "true", "\"s\"", "0", "(-0)"]).to_string();
        }
        match ty {
            Ty::Arr => self.array_literal(0),
            Ty::Obj => self.object_literal(0),
            Ty::Any => {
                let t = *self.rng.pick(&CONCRETE);
                self.leaf(t)
            }
            t => self.literal(t),
        }
    }

    /// A leaf that cannot be a large string or array: literals, numbers, and variables of number type.
    fn small_leaf(&mut self, ty: Ty) -> String {
        match ty {
            Ty::Int | Ty::Num | Ty::Bool => self.leaf(ty),
            Ty::Str => {
                if self.rng.chance(30) {
                    format!("String({})", self.leaf(Ty::Num))
                } else {
                    self.literal(Ty::Str)
                }
            }
            Ty::Arr => format!("[{}, {}]", self.leaf(Ty::Num), self.literal(Ty::Str)),
            Ty::Obj => format!("{{ x: {} }}", self.leaf(Ty::Num)),
            Ty::Any => {
                let t = *self.rng.pick(&[Ty::Int, Ty::Num, Ty::Str, Ty::Bool]);
                self.small_leaf(t)
            }
        }
    }

    fn int_literal(&mut self) -> String {
        let lit = *self.rng.pick(INT_LITERALS);
        if lit.starts_with('-') { format!("({lit})") } else { lit.to_string() }
    }

    fn literal(&mut self, ty: Ty) -> String {
        match ty {
            Ty::Int => {
                if self.rng.chance(50) {
                    self.rng.range(0, 9).to_string()
                } else {
                    self.int_literal()
                }
            }
            Ty::Num => {
                let lit = *self.rng.pick(NUM_LITERALS);
                if lit.starts_with('-') { format!("({lit})") } else { lit.to_string() }
            }
            Ty::Str => self.rng.pick(STR_LITERALS).to_string(),
            Ty::Bool => self.rng.pick(&["true", "false"]).to_string(),
            Ty::Arr => self.array_literal(0),
            Ty::Obj => self.object_literal(0),
            Ty::Any => "undefined".to_string(),
        }
    }

    fn array_literal(&mut self, depth: u32) -> String {
        let n = self.rng.range(0, 6);
        let element_ty = *self.rng.pick(&[Ty::Int, Ty::Num, Ty::Str, Ty::Any, Ty::Int]);
        let mut items = Vec::new();
        for _ in 0..n {
            if self.rng.chance(8) {
                items.push(String::new()); // a hole
            } else if depth > 0 && self.rng.chance(10) {
                items.push(self.array_literal(depth - 1));
            } else if depth > 0 {
                items.push(self.expr(element_ty, depth.min(1)));
            } else {
                items.push(self.literal(if element_ty == Ty::Any { Ty::Num } else { element_ty }));
            }
        }
        // A trailing hole needs its own comma.
        if items.last().is_some_and(|s| s.is_empty()) {
            return format!("[{},]", items.join(", "));
        }
        format!("[{}]", items.join(", "))
    }

    fn object_literal(&mut self, depth: u32) -> String {
        let n = self.rng.range(0, 4);
        let mut fields = Vec::new();
        let mut used = Vec::new();
        for _ in 0..n {
            let key = *self.rng.pick(&["a", "b", "x", "y", "val", "1", "0", "\"k 1\"", "len"]);
            if used.contains(&key) {
                continue;
            }
            used.push(key);
            let value = if depth > 0 { self.expr(Ty::Any, depth) } else { self.literal(Ty::Num) };
            fields.push(format!("{key}: {value}"));
        }
        if fields.is_empty() { "{}".to_string() } else { format!("{{ {} }}", fields.join(", ")) }
    }

    /// An array no other variable can refer to.
    fn fresh_array(&mut self, depth: u32) -> String {
        let source = self.var_of(Ty::Arr);
        match self.rng.below(9) {
            0 => format!("new Array({})", self.rng.range(0, 6)),
            1 => format!("Array({}).fill({})", self.rng.range(0, 6), self.small_leaf(Ty::Any)),
            2 => {
                let i = self.fresh("i");
                self.scopes.push(vec![Var {
                    name: i.clone(),
                    ty: Ty::Int,
                    assignable: false,
                    growable: false,
                    class: None,
                }]);
                let saved = self.body.mult;
                self.body.mult = self.body.mult.saturating_mul(8);
                let value = self.numeric(2);
                let value = if value.starts_with('{') { format!("({value})") } else { value };
                self.body.mult = saved;
                self.scopes.pop();
                format!("Array.from({{ length: {} }}, (_, {i}) => {value})", self.rng.range(0, 8))
            }
            3 if source.is_some() => format!("{}.slice({})", source.unwrap(), self.rng.range(-2, 2)),
            4 if source.is_some() => format!("{}.concat({})", source.unwrap(), self.array_literal(0)),
            5 if source.is_some() => {
                let s = source.unwrap();
                self.callback_expr(&s, Ty::Any, "map")
            }
            6 => format!("{}.split({})", self.small_leaf(Ty::Str), self.rng.pick(&["\",\"", "\"\"", "\"-\""])),
            _ => self.array_literal(depth),
        }
    }

    /// `arr.method((x, i) => body)` with the callback's body generated in its own scope.
    fn callback_expr(&mut self, arr: &str, body_ty: Ty, method: &str) -> String {
        let x = self.fresh("x");
        let i = self.fresh("i");
        let saved = self.body.clone();
        self.body.mult = self.body.mult.saturating_mul(CALLBACK_TRIPS);
        self.body.repeated = true;
        self.body.closure_floor = Some(self.scopes.len());
        self.body.breakables.clear();
        self.scopes.push(vec![
            Var { name: x.clone(), ty: Ty::Any, assignable: false, growable: false, class: None },
            Var { name: i.clone(), ty: Ty::Int, assignable: false, growable: false, class: None },
        ]);
        let value = self.expr(body_ty, 2);
        self.scopes.pop();
        let cost = self.body.cost;
        self.body = saved;
        self.body.cost = cost;
        let value = if value.starts_with('{') { format!("({value})") } else { value };
        format!("{arr}.{method}(({x}, {i}) => {value})")
    }

    fn call(&mut self, ret: Ty) -> Option<String> {
        let candidates: Vec<usize> = (0..self.funcs.len())
            .filter(|&f| (ret == Ty::Any || self.funcs[f].ret == ret) && self.affordable(self.funcs[f].cost))
            .collect();
        let methods: Vec<(String, Method)> = self
            .scopes
            .iter()
            .flatten()
            .filter_map(|v| v.class.map(|c| (v.name.clone(), c)))
            .flat_map(|(name, c)| self.classes[c].methods.iter().map(move |m| (name.clone(), m.clone())))
            .filter(|(_, m)| (ret == Ty::Any || m.ret == ret) && self.affordable(m.cost))
            .collect();
        let choice =
            self.rng.weighted(&[if candidates.is_empty() { 0 } else { 6 }, if methods.is_empty() { 0 } else { 4 }, 1]);
        match choice {
            0 => {
                let f = self.funcs[*self.rng.pick(&candidates)].clone();
                self.charge(f.cost);
                let args: Vec<String> = f.params.iter().map(|&p| self.argument(p)).collect();
                Some(format!("{}({})", f.name, args.join(", ")))
            }
            1 => {
                let (target, m) = self.rng.pick(&methods).clone();
                self.charge(m.cost);
                let args: Vec<String> = (0..m.arity).map(|_| self.expr(Ty::Any, 1)).collect();
                Some(format!("{target}.{}({})", m.name, args.join(", ")))
            }
            _ => None,
        }
    }

    fn argument(&mut self, param: Param) -> String {
        match param {
            Param::Bound => self
                .rng
                .pick(&["0", "1", "3", "5", "8", "12", "2.5", "\"4\"", "-0", "NaN", "undefined", "-3"])
                .to_string(),
            Param::Depth => self.rng.range(0, 12).to_string(),
            Param::Value(ty) => {
                if self.rng.chance(15) {
                    let other = *self.rng.pick(&CONCRETE);
                    self.expr(other, 1)
                } else {
                    self.expr(ty, 2)
                }
            }
        }
    }

    fn construct(&mut self, c: usize) -> String {
        let class = self.classes[c].clone();
        self.charge(class.cost);
        let args: Vec<String> = (0..class.arity).map(|_| self.expr(Ty::Any, 1)).collect();
        format!("new {}({})", class.name, args.join(", "))
    }

    fn construct_any(&mut self) -> String {
        if self.classes.is_empty() {
            return format!("console.log({}, {})", self.label(), self.expr(Ty::Any, 2));
        }
        let c = self.rng.below(self.classes.len());
        let object = self.construct(c);
        format!("console.log({}, {object})", self.label())
    }

    fn int_expr(&mut self, d: u32) -> String {
        let counters: Vec<String> =
            self.vars_of(Ty::Int).into_iter().filter(|v| v.assignable).map(|v| v.name.clone()).collect();
        choose!(self,
            8 => format!("({} {} {})", self.expr(Ty::Int, d), self.rng.pick(&["+", "-", "*"]), self.expr(Ty::Int, d)),
            8 => format!("({} {} {})", self.expr(Ty::Int, d), self.rng.pick(&["|", "&", "^", "<<", ">>", ">>>"]), self.expr(Ty::Int, d)),
            3 => format!("({} | 0)", self.expr(Ty::Num, d)),
            2 => format!("({}{})", self.rng.pick(&["-", "~", "+", "!"]), self.expr(Ty::Int, d)),
            2 => format!("({} % {})", self.expr(Ty::Int, d), self.expr(Ty::Int, d)),
            3 => {
                let f = *self.rng.pick(&["imul", "min", "max"]);
                format!("Math.{f}({}, {})", self.expr(Ty::Int, d), self.expr(Ty::Int, d))
            },
            2 => format!("Math.{}({})", self.rng.pick(&["clz32", "abs", "sign", "floor", "round", "ceil", "trunc"]), self.expr(Ty::Num, d)),
            3 => {
                let ty = *self.rng.pick(&[Ty::Arr, Ty::Str]);
                format!("{}.length", self.exact(ty, d.min(1)))
            },
            2 => format!("({} ? {} : {})", self.expr(Ty::Bool, d), self.expr(Ty::Int, d), self.expr(Ty::Int, d)),
            2 => {
                let s = self.exact(Ty::Str, d.min(1));
                match self.rng.below(3) {
                    0 => format!("{s}.indexOf({})", self.small_leaf(Ty::Str)),
                    1 => format!("{s}.charCodeAt({})", self.index_expr()),
                    _ => format!("{s}.lastIndexOf({})", self.small_leaf(Ty::Str)),
                }
            },
            2 => format!("{}.indexOf({})", self.exact(Ty::Arr, d.min(1)), self.expr(Ty::Any, 0)),
            4 => self.call(Ty::Int).unwrap_or_else(|| self.leaf(Ty::Int)),
            4 => format!("{}[{}]", self.expr(Ty::Arr, 0), self.index_expr()),
            if counters.is_empty() { 0 } else { 2 } => {
                let v = self.rng.pick(&counters).clone();
                self.rng.pick(&[format!("{v}++"), format!("--{v}"), format!("({v} += 1)")]).clone()
            },
            1 => format!("{}.reduce((p, q) => (p + q) | 0, {})", self.exact(Ty::Arr, 0), self.int_literal()),
            1 => format!("parseInt({}, {})", self.expr(Ty::Str, d), self.rng.pick(&["10", "16", "2", "36", "0"])),
        )
    }

    fn num_expr(&mut self, d: u32) -> String {
        choose!(self,
            8 => format!("({} {} {})", self.numeric(d), self.rng.pick(&["+", "-", "*", "/", "%"]), self.numeric(d)),
            4 => {
                let f = *self.rng.pick(&[
                    "sqrt", "floor", "ceil", "round", "trunc", "abs", "sin", "cos", "exp", "log", "atan", "fround",
                    "cbrt", "sign", "log2", "log10", "tanh", "expm1", "log1p",
                ]);
                format!("Math.{f}({})", self.numeric(d))
            },
            2 => {
                let f = *self.rng.pick(&["atan2", "hypot", "max", "min"]);
                format!("Math.{f}({}, {})", self.numeric(d), self.numeric(d))
            },
            1 => format!("Math.pow({}, {})", self.rng.range(-4, 5), self.rng.range(-2, 8)),
            1 => format!("(({}) ** {})", self.rng.range(-4, 5), self.rng.range(0, 8)),
            3 => {
                let f = *self.rng.pick(&["+", "Number", "parseFloat"]);
                let s = self.expr(Ty::Str, d);
                if f == "+" { format!("(+{s})") } else { format!("{f}({s})") }
            },
            4 => self.expr(Ty::Int, d),
            2 => format!("({} ? {} : {})", self.expr(Ty::Bool, d), self.numeric(d), self.numeric(d)),
            3 => format!("{}[{}]", self.expr(Ty::Arr, 0), self.index_expr()),
            3 => self.call(Ty::Num).unwrap_or_else(|| self.leaf(Ty::Num)),
            2 => self.field_read(),
            1 => format!("Number({})", self.expr(Ty::Any, d)),
            1 => format!("{}.reduce((p, q) => p + q, {})", self.exact(Ty::Arr, 0), self.literal(Ty::Num)),
        )
    }

    fn field_read(&mut self) -> String {
        let mut targets: Vec<(String, Option<usize>)> =
            self.object_vars().into_iter().map(|v| (v.name, v.class)).collect();
        if let Some(c) = self.body.this_class {
            targets.push(("this".into(), Some(c)));
            targets.push(("this".into(), Some(c)));
        }
        if targets.is_empty() {
            return self.leaf(Ty::Num);
        }
        let (target, class) = self.rng.pick(&targets).clone();
        let field = self.field_of(class);
        if self.rng.chance(15) {
            return format!("{target}[{}]", self.rng.pick(&["0", "1", "\"k 1\"", "-1"]));
        }
        format!("{target}.{field}")
    }

    fn str_expr(&mut self, d: u32) -> String {
        choose!(self,
            6 => format!("({} + {})", self.expr(Ty::Str, d), self.expr(Ty::Any, d)),
            4 => format!("`{}${{{}}}-${{{}}}`", self.rng.pick(&["", "v=", "t "]), self.expr(Ty::Any, d), self.expr(Ty::Any, d)),
            3 => match self.rng.below(3) {
                0 => format!("String({})", self.expr(Ty::Any, d)),
                1 => format!("({} + \"\")", self.expr(Ty::Any, d)),
                _ => format!("{}.toString()", self.parenthesized(Ty::Num, d)),
            },
            6 => {
                let n = self.parenthesized(Ty::Num, d);
                match self.rng.below(4) {
                    0 => format!("{n}.toString({})", self.rng.pick(&["2", "8", "16", "36", "3", "10", "7"])),
                    1 => format!("{n}.toFixed({})", self.rng.pick(&["0", "1", "2", "5", "10", "20"])),
                    2 => format!("{n}.toPrecision({})", self.rng.pick(&["1", "3", "6", "12", "21"])),
                    _ => format!("{n}.toExponential({})", self.rng.pick(&["0", "2", "5", "10"])),
                }
            },
            8 => {
                let s = self.exact(Ty::Str, d);
                let t = self.small_leaf(Ty::Str);
                let u = self.small_leaf(Ty::Str);
                let i = self.rng.range(-4, 6);
                let j = self.rng.range(-2, 8);
                match self.rng.below(17) {
                    0 => format!("{s}.slice({i}, {j})"),
                    1 => format!("{s}.substring({i}, {j})"),
                    2 => format!("{s}.substr({i}, {j})"),
                    3 => format!("{s}.charAt({i})"),
                    4 => format!("{s}.at({i})"),
                    5 => format!("{s}.toUpperCase()"),
                    6 => format!("{s}.toLowerCase()"),
                    7 => format!("{s}.{}()", self.rng.pick(&["trim", "trimStart", "trimEnd"])),
                    8 => format!("{s}.padStart({}, {t})", self.rng.range(0, 12)),
                    9 => format!("{s}.padEnd({}, {t})", self.rng.range(0, 12)),
                    10 => format!("{s}.repeat({})", self.rng.range(0, 3)),
                    11 => format!("{s}.replace({t}, {u})"),
                    12 => format!("{s}.replaceAll({t}, {u})"),
                    13 => format!("{s}.concat({t}, {})", self.small_leaf(Ty::Num)),
                    14 => format!("{s}.split({t}).join({u})"),
                    15 => format!("{s}.split({t}, {}).reverse().join()", self.rng.range(0, 4)),
                    _ => format!("{s}[{i}]"),
                }
            },
            3 => format!("{}.join({})", self.exact(Ty::Arr, d.min(1)), self.rng.pick(&["", "\",\"", "\"-\"", "\"\"", "undefined"])),
            2 => format!("(typeof {})", self.expr(Ty::Any, d)),
            2 => format!("({} ? {} : {})", self.expr(Ty::Bool, d), self.expr(Ty::Str, d), self.expr(Ty::Str, d)),
            2 => self.call(Ty::Str).unwrap_or_else(|| self.leaf(Ty::Str)),
            1 => format!("String.fromCharCode(65 + ({} & 31))", self.expr(Ty::Int, d)),
            1 => format!("{}.map((x) => typeof x).join()", self.exact(Ty::Arr, 0)),
        )
    }

    /// `e` in parentheses unless it has them.
    fn wrap(&self, e: String) -> String {
        if e.starts_with('(') && e.ends_with(')') { e } else { format!("({e})") }
    }

    /// An expression safe to put a `.method()` after (`5.toString()` does not parse).
    fn parenthesized(&mut self, ty: Ty, d: u32) -> String {
        let e = self.expr(ty, d);
        if e.starts_with('(') && e.ends_with(')') { e } else { format!("({e})") }
    }

    fn bool_expr(&mut self, d: u32) -> String {
        let classes = self.classes.len();
        choose!(self,
            10 => {
                let op = *self.rng.pick(&["<", "<=", ">", ">=", "==", "===", "!=", "!=="]);
                let (a, b) = if self.rng.chance(70) {
                    (self.numeric(d), self.numeric(d))
                } else {
                    (self.expr(Ty::Any, d), self.expr(Ty::Any, d))
                };
                format!("({a} {op} {b})")
            },
            3 => format!("!{}", self.expr(Ty::Bool, d)),
            3 => format!("({} {} {})", self.expr(Ty::Bool, d), self.rng.pick(&["&&", "||"]), self.expr(Ty::Bool, d)),
            3 => {
                let f = *self.rng.pick(&["isNaN", "isFinite", "Number.isInteger", "Number.isSafeInteger", "Number.isNaN", "Array.isArray"]);
                format!("{f}({})", self.expr(Ty::Any, d))
            },
            1 => format!("Object.is({}, {})", self.numeric(d), self.numeric(d)),
            2 => {
                let s = self.exact(Ty::Str, d.min(1));
                let f = *self.rng.pick(&["includes", "startsWith", "endsWith"]);
                format!("{s}.{f}({})", self.small_leaf(Ty::Str))
            },
            2 => format!("{}.includes({})", self.exact(Ty::Arr, 0), self.expr(Ty::Any, 0)),
            1 => format!("({} in {})", self.rng.pick(&["\"a\"", "\"x\"", "\"0\"", "\"len\"", "1"]), self.expr(Ty::Obj, 0)),
            if classes == 0 { 0 } else { 2 } => {
                let c = self.rng.below(classes);
                format!("({} instanceof {})", self.expr(Ty::Any, 0), self.classes[c].name)
            },
            1 => self.call(Ty::Bool).unwrap_or_else(|| self.leaf(Ty::Bool)),
            1 => format!("{}.some((x) => x === {})", self.exact(Ty::Arr, 0), self.literal(Ty::Int)),
        )
    }

    fn arr_expr(&mut self, d: u32) -> String {
        let source = self.exact(Ty::Arr, 0);
        choose!(self,
            4 => self.array_literal(d.min(2)),
            3 => self.fresh_array(d),
            2 => format!("{source}.slice({}, {})", self.rng.range(-3, 2), self.rng.range(-1, 6)),
            2 => format!("{source}.concat({})", self.expr(Ty::Any, 0)),
            2 => {
                if self.rng.chance(50) {
                    self.callback_expr(&source, Ty::Any, "map")
                } else {
                    self.callback_expr(&source, Ty::Bool, "filter")
                }
            },
            1 => format!("{source}.flat()"),
            1 => format!("{}.split({})", self.exact(Ty::Str, d.min(1)), self.rng.pick(&["\",\"", "\"\"", "\"a\""])),
            1 => format!("Object.{}({})", self.rng.pick(&["keys", "values", "entries"]), self.expr(Ty::Obj, 0)),
            2 => self.call(Ty::Arr).unwrap_or(source.clone()),
            1 => format!("{source}.toSorted()"),
            1 => format!("{source}.with({}, {})", self.rng.range(0, 2), self.small_leaf(Ty::Any)),
            1 => format!("{source}.toReversed()"),
            1 => format!("{source}.sort((p, q) => String(p) < String(q) ? -1 : String(p) > String(q) ? 1 : 0)"),
        )
    }

    fn obj_expr(&mut self, d: u32) -> String {
        let classes = self.classes.len();
        choose!(self,
            4 => self.object_literal(d.min(2)),
            if classes == 0 { 0 } else { 4 } => {
                let c = self.rng.below(classes);
                self.construct(c)
            },
            1 => format!("Object.assign({{}}, {})", self.expr(Ty::Obj, 0)),
            1 => "Object.create(null)".to_string(),
            2 => self.call(Ty::Obj).unwrap_or_else(|| self.leaf(Ty::Obj)),
        )
    }

    fn any_expr(&mut self, d: u32) -> String {
        choose!(self,
            6 => {
                let t = *self.rng.pick(&CONCRETE);
                self.expr(t, d)
            },
            2 => self.field_read(),
            2 => format!("{}[{}]", self.expr(Ty::Arr, 0), self.index_expr()),
            2 => format!("({} {} {})", self.expr(Ty::Any, d), self.rng.pick(&["??", "||", "&&"]), self.expr(Ty::Any, d)),
            2 => self.call(Ty::Any).unwrap_or_else(|| self.leaf(Ty::Any)),
            1 => format!("({}, {})", self.expr(Ty::Any, 0), self.expr(Ty::Any, d)),
        )
    }
}

/// The names a typed kernel's expressions draw on, by type.
struct Typed {
    ints: Vec<String>,
    nums: Vec<String>,
    arrays: Vec<String>,
    flags: Vec<String>,
}

impl Typed {
    fn int(&self, g: &mut Generator, depth: u32) -> String {
        if depth == 0 || g.rng.chance(25) {
            return match g.rng.below(6) {
                0 => g.int_literal(),
                1 if !self.arrays.is_empty() => format!("{}.length", g.rng.pick(&self.arrays)),
                _ => g.rng.pick(&self.ints).clone(),
            };
        }
        let d = depth - 1;
        match g.rng.below(14) {
            0 => format!("({} + {})", self.int(g, d), self.int(g, d)),
            1 => format!("({} - {})", self.int(g, d), self.int(g, d)),
            2 => format!("({} * {})", self.int(g, d), self.int(g, d)),
            3 => format!("(({} * {}) | 0)", self.int(g, d), self.int(g, d)),
            4 => format!("({} {} {})", self.int(g, d), g.rng.pick(&["&", "|", "^"]), self.int(g, d)),
            5 => format!("({} {} {})", self.int(g, d), g.rng.pick(&["<<", ">>", ">>>"]), self.int(g, d)),
            6 => format!("({} % {})", self.int(g, d), self.int(g, d)),
            7 => format!("Math.imul({}, {})", self.int(g, d), self.int(g, d)),
            8 => format!("(-{})", self.int(g, d)),
            9 => format!("Math.{}({}, {})", g.rng.pick(&["min", "max"]), self.int(g, d), self.int(g, d)),
            10 if !self.arrays.is_empty() => {
                let a = g.rng.pick(&self.arrays).clone();
                let index = self.int(g, d);
                format!("{a}[{index} & 7]")
            }
            11 => format!("({} ? {} : {})", self.cond(g), self.int(g, d), self.int(g, d)),
            12 => format!("Math.{}({})", g.rng.pick(&["abs", "clz32", "sign"]), self.int(g, d)),
            _ => format!("(~{})", self.int(g, d)),
        }
    }

    fn num(&self, g: &mut Generator, depth: u32) -> String {
        if depth == 0 || g.rng.chance(25) {
            return match g.rng.below(4) {
                0 => g.literal(Ty::Num),
                1 => self.int(g, 0),
                _ => g.rng.pick(&self.nums).clone(),
            };
        }
        let d = depth - 1;
        match g.rng.below(8) {
            0 => format!("({} / {})", self.num(g, d), self.num(g, d)),
            1 => format!("({} * {})", self.num(g, d), self.num(g, d)),
            2 => format!("({} + {})", self.num(g, d), self.int(g, d)),
            3 => format!("({} - {})", self.num(g, d), self.num(g, d)),
            4 => format!(
                "Math.{}({})",
                g.rng.pick(&["sqrt", "floor", "ceil", "round", "trunc", "abs", "fround", "sin", "exp"]),
                self.num(g, d)
            ),
            5 => format!("({} % {})", self.num(g, d), self.num(g, d)),
            6 => format!(
                "Math.{}({}, {})",
                g.rng.pick(&["min", "max", "atan2", "hypot"]),
                self.num(g, d),
                self.num(g, d)
            ),
            _ => self.int(g, d),
        }
    }

    fn cond(&self, g: &mut Generator) -> String {
        match g.rng.below(5) {
            0 => format!("(({} & {}) === 0)", self.int(g, 1), g.rng.range(1, 7)),
            1 if !self.flags.is_empty() => format!("!{}[{} & 7]", self.flags[0], self.int(g, 0)),
            2 => {
                format!("({} {} {})", self.num(g, 1), g.rng.pick(&["<", "<=", ">", ">=", "===", "!=="]), self.num(g, 1))
            }
            _ => {
                format!("({} {} {})", self.int(g, 1), g.rng.pick(&["<", "<=", ">", ">=", "===", "!=="]), self.int(g, 1))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_program() {
        for seed in 0..20 {
            assert_eq!(program(Rng::for_program(seed, 3)), program(Rng::for_program(seed, 3)));
        }
        assert_ne!(program(Rng::for_program(1, 0)), program(Rng::for_program(1, 1)));
    }

    #[test]
    fn programs_are_balanced() {
        for seed in 0..200 {
            let p = program(Rng::for_program(seed, 0));
            let opens = p.matches('{').count();
            let closes = p.matches('}').count();
            assert_eq!(opens, closes, "seed {seed}:\n{p}");
        }
    }
}
