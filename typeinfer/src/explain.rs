//! `dxl compile --explain`: what was specialized in each function, and for
//! what stayed generic, the reason and the line that caused it.

use std::fmt::Write as _;

use std::collections::HashMap;

use dxl_frontend::hir::{self, Expr, FuncId, FunctionKind, Pos, Var};
use dxl_frontend::line_index::LineIndex;

use crate::classes::ClassKind;
use crate::solver::TypeTables;
use crate::types::{ClassId, Type};

/// The report, one block per function in source order.
pub fn explain(program: &hir::Program, tables: &TypeTables) -> String {
    let lines = LineIndex::new(&program.source);
    let at = |pos: Pos| {
        let (line, col) = lines.line_col(&program.source, pos.0);
        format!("{}:{line}:{col}", program.file_name)
    };
    let mut out = String::new();
    if !tables.specialize {
        let _ = writeln!(out, "specialization is off (--no-specialize): all code is generic");
        return out;
    }
    if let Some(why) = &tables.gave_up {
        let _ = writeln!(out, "all code is generic: {why}");
        return out;
    }
    let _ = writeln!(
        out,
        "Math: {}",
        if tables.math_intact {
            "calls to Math functions are compiled inline (the program never replaces them)"
        } else {
            "calls are generic: the program may replace Math functions (it mentions `Math` other than as `Math.name`, uses `globalThis`/`global`, or uses a sloppy-mode `this` as a value)"
        }
    );
    explain_classes(program, tables, &at, &mut out);
    let methods = method_names(program);
    let mut order: Vec<usize> = (0..program.functions.len()).collect();
    order.sort_by_key(|&f| program.functions[f].pos.0);
    for f in order {
        let func = &program.functions[f];
        let notes = &tables.notes[f];
        let name = match (func.kind, func.name.as_str()) {
            (FunctionKind::Script, _) => "top level".to_string(),
            _ if methods.contains_key(&f) => format!("method {}", methods[&f]),
            (_, "") => "anonymous function".to_string(),
            (_, n) => format!("function {n}"),
        };
        let _ = writeln!(out, "\n{name} ({})", at(func.pos));
        match &tables.escapes[f] {
            None => {
                let _ = writeln!(out, "  calls: every call is direct (its closure never escapes)");
            }
            // The top level always runs through the generic entry; nothing to explain.
            Some(_) if func.kind == FunctionKind::Script => {}
            Some(e) => {
                let place = e.pos.map(|p| format!(" at {}", at(p))).unwrap_or_default();
                let _ = writeln!(out, "  calls: generic entry, its closure escapes{place}: {}", e.why);
            }
        }
        if let Some(this) = func.this_local
            && func.kind != FunctionKind::Script
            && tables.reads_this[f]
        {
            let _ = writeln!(out, "  this: {}", describe(tables.locals[f][this]));
        }
        for (i, &p) in func.params.iter().enumerate() {
            let t = tables.locals[f][p];
            let _ = write!(out, "  param {}: {}", func.locals[p].name, describe(t));
            if !is_unboxed(t) {
                if tables.escapes[f].is_some() {
                    let _ = write!(out, " — callers the compiler cannot see may pass anything");
                } else {
                    let sources = &notes.param_sources[i];
                    let mut seen: Vec<String> = Vec::new();
                    for (pos, t) in sources {
                        let s = format!("{} at {}", source(*t), at(*pos));
                        if !seen.contains(&s) && seen.len() < 4 {
                            seen.push(s);
                        }
                    }
                    if !seen.is_empty() {
                        let _ = write!(out, " — receives {}", seen.join(", "));
                    }
                }
            }
            let _ = writeln!(out);
        }
        if func.kind != FunctionKind::Script {
            let _ = writeln!(out, "  returns: {}", describe(tables.returns[f]));
        }
        if tables.sums_own_calls(f) {
            let _ = writeln!(
                out,
                "  sums of its own calls: added as exact integers, the last call of each sum a loop (totals past 2^53 rerun as doubles)"
            );
            if crate::sum_recursion::base_case(program, tables, f).is_some() {
                let _ = writeln!(out, "  base case: its leading `if (..) return` is tested before each call of itself");
            }
            match crate::sum_recursion::descent(program, tables, f) {
                Some(d) => {
                    let name = &func.locals[func.params[d.param]].name;
                    let _ = writeln!(
                        out,
                        "  depth: each call of itself passes a smaller `{name}`, so the stack is checked once, on entry"
                    );
                }
                None => {
                    let _ = writeln!(out, "  depth: its loops count the calls they stand for against the stack");
                }
            }
        }
        let mut unboxed = Vec::new();
        let mut maybe_undefined = Vec::new();
        let mut generic = Vec::new();
        for (l, local) in func.locals.iter().enumerate() {
            if func.params.contains(&l) || func.this_local == Some(l) || local.name.is_empty() {
                continue;
            }
            let t = tables.locals[f][l];
            if is_unboxed(t) && !local.boxed {
                unboxed.push(format!("{}: {}", local.name, describe(t)));
            } else if t.is_number_or_undefined() && !local.boxed {
                maybe_undefined.push(format!("{}: {t}", local.name));
            } else if t == Type::Dynamic {
                let mut kinds: Vec<String> = Vec::new();
                for s in &notes.local_sources[l] {
                    let d = source(*s);
                    if !kinds.contains(&d) {
                        kinds.push(d);
                    }
                }
                let why = if kinds.len() > 1 {
                    format!("holds {}", kinds.join(" and "))
                } else if kinds.first().is_some_and(|k| k == UNKNOWN) {
                    "holds objects, or values of unknown type".to_string()
                } else {
                    "may be read before it is assigned (undefined)".to_string()
                };
                generic.push(format!("{} ({why})", local.name));
            }
        }
        if !unboxed.is_empty() {
            let _ = writeln!(out, "  unboxed locals: {}", unboxed.join(", "));
        }
        if !maybe_undefined.is_empty() {
            let list = maybe_undefined.join(", ");
            let _ = writeln!(out, "  number-or-undefined locals (boxed; arithmetic reads them as f64): {list}");
        }
        if !generic.is_empty() {
            let _ = writeln!(out, "  generic locals: {}", generic.join(", "));
        }
        let _ = write!(out, "  calls made: {} direct, {} generic", notes.direct_calls.len(), notes.generic_calls.len());
        if !notes.dispatched_calls.is_empty() {
            let _ = write!(out, ", {} to one of several known functions", notes.dispatched_calls.len());
        }
        if notes.math_calls > 0 {
            let _ = write!(out, ", {} Math inline", notes.math_calls);
        }
        let _ = writeln!(out);
        if notes.in_bounds > 0 {
            let _ = writeln!(out, "  element accesses proven in bounds (no checks): {}", notes.in_bounds);
        }
        if tables.specialize {
            let versioned = crate::bounds_versioning::versioned_reads(program, tables, f);
            if !versioned.is_empty() {
                let places: Vec<String> = versioned.iter().map(|&p| at(p)).collect();
                let _ = writeln!(
                    out,
                    "  element reads with no checks once their loop tests the arrays' lengths: {}",
                    places.join(", ")
                );
            }
        }
    }
    out
}

/// One line per object and array class: its fixed layout, or why it has none.
fn explain_classes(program: &hir::Program, tables: &TypeTables, at: &impl Fn(Pos) -> String, out: &mut String) {
    if tables.classes.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nobjects and arrays:");
    let classes = &tables.classes;
    for (id, class) in classes.iter().enumerate() {
        let what = match class.kind {
            ClassKind::Literal => {
                let keys: Vec<&str> = class.fields.iter().map(|(n, _)| n.as_str()).collect();
                format!(
                    "#{id} object literals {{ {} }} (first in {})",
                    keys.join(", "),
                    function_at(program, class.pos, at)
                )
            }
            ClassKind::Constructor(f) => format!("#{id} objects made by `new {}`", program.functions[f].name),
            ClassKind::Array => format!("#{id} array made in {}", function_at(program, class.pos, at)),
            ClassKind::Prototype(f) => format!("#{id} methods of `{}.prototype`", program.functions[f].name),
            ClassKind::Statics(f) => format!("#{id} properties of the function `{}`", program.functions[f].name),
            ClassKind::Union => {
                let members: Vec<String> = (0..classes.len())
                    .filter(|&d| classes[d].parent == Some(id as ClassId))
                    .map(|d| format!("#{d}"))
                    .collect();
                format!("#{id} objects of any of {} (unrelated classes that meet in one place)", members.join(", "))
            }
        };
        // `P.call(this)` in the constructor, or `Object.create(P.prototype)`.
        let what = match (class.parent, &class.kind) {
            (Some(p), ClassKind::Prototype(_)) => format!("{what} (inheriting from #{p})"),
            (Some(p), _) if classes[p as usize].kind == ClassKind::Union => format!("{what} (in union #{p})"),
            (Some(p), _) => format!("{what} (extending #{p}, whose fields come first)"),
            (None, _) => what,
        };
        let _ = write!(out, "  {what}: ");
        match &class.escaped {
            Some(e) => {
                let place = e.pos.map(|p| format!(" at {}", at(p))).unwrap_or_default();
                let _ = writeln!(out, "generic, it escapes{place}: {}", e.why);
            }
            None if let Some(into) = class.merged_into => {
                let _ = writeln!(out, "merged into #{into} (arrays of both meet in one binding)");
            }
            None if class.kind == ClassKind::Array => {
                let raw = if tables.raw_double_elements(id as ClassId) { ", stored as raw doubles" } else { "" };
                let holes = match &class.holey {
                    Some(e) => {
                        let place = e.pos.map(|p| format!(" at {}", at(p))).unwrap_or_default();
                        format!("; reads check for holes: {}{place}", e.why)
                    }
                    None => String::new(),
                };
                let packed = match tables.unpacked_why(id as ClassId) {
                    _ if let Some(p) = tables.packed(id as ClassId) => format!(", stored as {}", p.describe()),
                    Some(e) => {
                        let place = e.pos.map(|p| format!(" at {}", at(p))).unwrap_or_default();
                        format!("; stored as 8-byte values, not packed: {}{place}", e.why)
                    }
                    None => String::new(),
                };
                let _ = writeln!(out, "elements: {}{raw}{packed}{holes}", describe(class.element));
            }
            None if class.kind == ClassKind::Union => {
                let _ = writeln!(out, "tracked (fields only its classes have are read after a shape check)");
            }
            None if matches!(class.kind, ClassKind::Prototype(_)) => {
                let methods: Vec<String> = class
                    .fields
                    .iter()
                    .map(|(n, t)| match t {
                        Type::Function(g) => format!("{n}: function at {}", at(program.functions[*g].pos)),
                        _ => format!("{n}: {} (not one known function)", describe(*t)),
                    })
                    .collect();
                let _ = writeln!(out, "calls on its objects are direct {{ {} }}", methods.join(", "));
            }
            None => {
                let fields: Vec<String> = class.fields.iter().map(|(n, t)| format!("{n}: {}", describe(*t))).collect();
                let what = match class.kind {
                    ClassKind::Statics(_) => "known types",
                    _ => "fixed layout",
                };
                let _ = writeln!(out, "{what} {{ {} }}", fields.join(", "));
            }
        }
    }
}

/// `F.prototype.m` for each function assigned as a method that way.
fn method_names(program: &hir::Program) -> HashMap<FuncId, String> {
    let mut out = HashMap::new();
    for func in &program.functions {
        crate::visit::any_expr(&func.body, &mut |e| {
            if let Some((holder, m, value)) = crate::classes::method_assignment(e)
                && let Expr::Read(var) | Expr::ReadChecked(var, _) = holder
                && let Expr::Closure { func: g, .. } = value
            {
                let owner = match *var {
                    Var::Local(l) => &func.locals[l].name,
                    Var::Captured(c) => &func.captures[c].name,
                };
                out.entry(*g).or_insert_with(|| format!("{owner}.prototype.{m}"));
            }
            false
        });
    }
    out
}

fn function_at(program: &hir::Program, pos: Pos, at: &impl Fn(Pos) -> String) -> String {
    match program.functions.iter().find(|f| f.pos == pos) {
        Some(f) if f.kind == FunctionKind::Script => "the top level".to_string(),
        Some(f) if !f.name.is_empty() => format!("{} ({})", f.name, at(pos)),
        _ => at(pos),
    }
}

const UNKNOWN: &str = "a value of unknown type";

/// A type flowing into a binding, as a reason reads it.
fn source(t: Type) -> String {
    match t {
        Type::Dynamic => UNKNOWN.into(),
        Type::Function(_) | Type::Functions(_) => "a function".into(),
        _ => t.to_string(),
    }
}

/// A type as a user reads it, with its machine representation.
fn describe(t: Type) -> String {
    match t {
        Type::Int32(_) => format!("{t} (i32)"),
        Type::Double => "number (f64)".into(),
        Type::Boolean => "boolean (i1)".into(),
        Type::Function(_) => "known function".into(),
        Type::Functions(_) => "one of several known functions".into(),
        Type::Never => "never (no call reaches it)".into(),
        _ => t.to_string(),
    }
}

fn is_unboxed(t: Type) -> bool {
    matches!(
        t,
        Type::Int32(_)
            | Type::Double
            | Type::Boolean
            | Type::Function(_)
            | Type::Functions(_)
            | Type::Undefined
            | Type::Null
            | Type::Nullish
    )
}
