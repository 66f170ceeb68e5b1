//! The solver on small programs: the types it must prove, and the cases that
//! look typed but must stay generic.

use dxl_frontend::hir::{Expr, Program};
use dxl_typeinfer::{Packed, Range, Type, TypeTables, infer};

fn solve(source: &str) -> (Program, TypeTables) {
    let program = dxl_frontend::build("t.js", source).program.expect("the test program compiles");
    let tables = infer(&program, true);
    (program, tables)
}

fn func(program: &Program, name: &str) -> usize {
    program.functions.iter().position(|f| f.name == name).unwrap_or_else(|| panic!("no function {name}"))
}

fn local(program: &Program, tables: &TypeTables, f: &str, name: &str) -> Type {
    let f = if f == "main" { program.main } else { func(program, f) };
    let l =
        program.functions[f].locals.iter().position(|l| l.name == name).unwrap_or_else(|| panic!("no local {name}"));
    tables.locals[f][l]
}

fn ret(program: &Program, tables: &TypeTables, f: &str) -> Type {
    tables.returns[func(program, f)]
}

fn is_int32(t: Type) -> bool {
    matches!(t, Type::Int32(_))
}

#[test]
fn recursive_fib_gets_int32_parameter_and_number_return() {
    let (p, t) =
        solve("function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }\nconsole.log(fib(30));");
    assert!(t.escapes[func(&p, "fib")].is_none(), "fib is only called directly");
    // After `if (n < 2) return n;`, n >= 2, so n - 1 and n - 2 stay in 0..30.
    assert_eq!(local(&p, &t, "fib", "n"), Type::Int32(Range { lo: 0, hi: 30 }));
    // The sum of two results is unbounded: a double.
    assert_eq!(ret(&p, &t, "fib"), Type::Double);
}

#[test]
fn while_counter_incremented_in_the_body_stays_int32() {
    let (p, t) = solve(
        "function f(n) { let i = 0; let s = 0.5; while (i < n && s < 100) { s = s * 2; i++; } return i; }\nf(50);",
    );
    assert_eq!(local(&p, &t, "f", "i"), Type::Int32(Range { lo: 0, hi: 50 }));
}

#[test]
fn write_inside_an_inner_loop_ends_the_fact_for_the_whole_loop() {
    // The inner loop's second iteration reads i after the write of the first.
    let src = "function f(n) { let i = 0; let r = 0; while (i < n) { for (let k = 0; k < 3; k++) { r = i + 2147483000; i = i + 1000; } } return r; }\nf(2147483000);";
    let (p, t) = solve(src);
    assert_eq!(local(&p, &t, "f", "r"), Type::Double);
}

#[test]
fn guard_refinement_ends_at_a_write() {
    let (p, t) = solve("function h(x) { if (x < 0) return 0; x = -2147483648; return x - 1; }\nh(5);");
    assert_eq!(ret(&p, &t, "h"), Type::Double, "x - 1 overflows once x is rewritten after the guard");
    let (p, t) = solve("function k(x) { if (x < 0) { x = 0; } return x - 1; }\nk(-2147483648);");
    assert_eq!(ret(&p, &t, "k"), Type::Double, "an if that does not always leave proves nothing");
}

#[test]
fn loop_counter_bounded_by_its_test_stays_int32() {
    let (p, t) =
        solve("function sum(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }\nsum(10); sum(1000);");
    assert_eq!(local(&p, &t, "sum", "n"), Type::Int32(Range { lo: 10, hi: 1000 }));
    assert_eq!(local(&p, &t, "sum", "i"), Type::Int32(Range { lo: 0, hi: 1000 }));
    // The sum is unbounded: it must be a double, not a wrapping int32.
    assert_eq!(local(&p, &t, "sum", "s"), Type::Double);
}

#[test]
fn counter_without_a_bounding_test_widens_to_double() {
    let (p, t) = solve("let k = 0; while (true) { k = k + 1; if (k > 10) break; }");
    assert_eq!(local(&p, &t, "main", "k"), Type::Double);
}

#[test]
fn int32_overflow_becomes_double() {
    let (p, t) = solve("const a = 2147483647; const b = a + 1; const c = a | 0;");
    assert!(is_int32(local(&p, &t, "main", "a")));
    assert_eq!(local(&p, &t, "main", "b"), Type::Double);
    assert!(is_int32(local(&p, &t, "main", "c")));
}

#[test]
fn negative_zero_is_not_int32() {
    let (p, t) = solve("const z = 0 * -1; const m = -0; const n = -(5); const q = 7 % 2; const r = -7 % 2;");
    assert_eq!(local(&p, &t, "main", "z"), Type::Double);
    assert_eq!(local(&p, &t, "main", "m"), Type::Double);
    assert_eq!(local(&p, &t, "main", "n"), Type::Int32(Range::exact(-5)));
    assert_eq!(local(&p, &t, "main", "q"), Type::Int32(Range { lo: 0, hi: 1 }));
    assert_eq!(local(&p, &t, "main", "r"), Type::Double);
}

#[test]
fn function_called_with_different_types_has_a_dynamic_parameter() {
    let (p, t) = solve("function id(x) { return x; }\nid(1); id('a');");
    assert_eq!(local(&p, &t, "id", "x"), Type::Dynamic);
    let sources = &t.notes[func(&p, "id")].param_sources[0];
    assert!(sources.iter().any(|(_, t)| *t == Type::String));
    assert!(sources.iter().any(|(_, t)| is_int32(*t)));
}

#[test]
fn missing_argument_is_undefined() {
    let (p, t) = solve("function f(a, b) { return a; }\nf(1);");
    assert!(is_int32(local(&p, &t, "f", "a")));
    assert_eq!(local(&p, &t, "f", "b"), Type::Undefined);
}

#[test]
fn escaping_function_has_dynamic_parameters() {
    let (p, t) = solve("function f(a) { return a * 2; }\nconsole.log({ f }); f(3);");
    assert!(t.escapes[func(&p, "f")].is_some());
    assert_eq!(local(&p, &t, "f", "a"), Type::Dynamic);
    let (p, t) = solve("function g(a) { return a + 1; }\n[3, 1, 2].sort(g); g(1);");
    assert!(t.escapes[func(&p, "g")].is_some());
    assert_eq!(local(&p, &t, "g", "a"), Type::Dynamic);
    assert_eq!(ret(&p, &t, "g"), Type::Dynamic);
}

#[test]
fn field_written_with_a_string_once_is_dynamic() {
    let (p, t) = solve("const o = { x: 1 }; o.x = 'a'; const y = o.x;");
    assert_eq!(local(&p, &t, "main", "y"), Type::Dynamic);
    let class = &t.classes[0];
    assert!(class.escaped.is_none(), "the object itself never escapes");
    assert_eq!(class.fields[0], ("x".to_string(), Type::Dynamic));
}

#[test]
fn object_literal_fields_get_the_join_of_every_store() {
    let (p, t) = solve("const o = { x: 1, y: 0.5 }; o.x = 7; o.y = o.y * 2; const a = o.x; const b = o.y;");
    assert_eq!(local(&p, &t, "main", "a"), Type::Int32(Range { lo: 1, hi: 7 }));
    assert_eq!(local(&p, &t, "main", "b"), Type::Double);
    assert!(matches!(local(&p, &t, "main", "o"), Type::Object(0, false)));
}

#[test]
fn object_escaping_to_unknown_code_keeps_dynamic_field_reads() {
    // Unknown code (console.log here) may change any property.
    let (p, t) = solve("const o = { x: 1 }; console.log(o); const y = o.x;");
    assert_eq!(local(&p, &t, "main", "y"), Type::Dynamic);
    assert!(t.classes[0].escaped.is_some());
}

#[test]
fn property_added_after_construction_makes_the_class_escape() {
    let (_, t) = solve("const o = { x: 1 }; o.z = 2;");
    assert!(t.classes[0].escaped.is_some());
}

#[test]
fn constructor_fields_come_from_its_leading_assignments() {
    let src = "function P(x, y) { this.x = x; this.y = y; }\nfunction norm(p) { return p.x * p.x + p.y * p.y; }\nconst p = new P(3, 4.5); console.log(norm(p));";
    let (prog, t) = solve(src);
    let class = &t.classes[0];
    assert!(class.escaped.is_none());
    let names: Vec<&str> = class.fields.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["x", "y"]);
    assert_eq!(class.fields[1].1, Type::Double);
    assert_eq!(ret(&prog, &t, "norm"), Type::Double);
}

#[test]
fn constructor_also_called_without_new_is_generic() {
    let (_, t) = solve("function P(x) { this.x = x; }\nconst p = new P(1); P(2); const y = p.x;");
    assert!(t.classes[0].escaped.is_some());
}

#[test]
fn constructor_returning_a_value_has_no_class() {
    let (_, t) = solve("function P(x) { this.x = x; return { y: 1 }; }\nconst p = new P(1);");
    assert!(t.classes.iter().all(|c| !matches!(c.kind, dxl_typeinfer::classes::ClassKind::Constructor(_))));
}

#[test]
fn array_elements_and_length_are_typed() {
    let src = "const a = [1, 2]; a.push(3); a[a.length] = 4; let s = 0; for (let i = 0; i < a.length; i++) s += a[i] | 0; const n = a.length;";
    let (p, t) = solve(src);
    assert_eq!(local(&p, &t, "main", "n"), Type::Int32(Range { lo: 0, hi: i32::MAX }));
    assert!(is_int32(local(&p, &t, "main", "i")));
    assert!(matches!(t.classes[0].element, Type::Int32(r) if r.lo == 1), "{:?}", t.classes[0].element);
}

#[test]
fn array_indexed_with_a_string_escapes() {
    let (_, t) = solve("const a = [1]; const k = 'length'; const n = a[k];");
    assert!(t.classes[0].escaped.is_some());
}

#[test]
fn programs_that_reach_builtin_prototypes_get_no_classes() {
    for src in [
        "Object.defineProperty(Object.prototype, 'x', { set(v) {} }); const o = { x: 1 };",
        "Array.prototype[0] = 1; const a = [, 2];",
        "const o = { x: 1 }; o.__proto__ = null;",
        "const k = 'prototype'; const p = Object[k]; const o = { x: 1 };",
        "const o = { x: 1 }; const k = 'defineProperty'; Object[k](o, 'y', {});",
    ] {
        let (_, t) = solve(src);
        assert!(t.classes.is_empty(), "{src}");
    }
}

#[test]
fn var_read_before_assignment_includes_undefined() {
    let one_or_undefined = Type::Int32OrUndefined(Range::exact(1));
    let (p, t) = solve("function f() { return x; }\nf();\nvar x = 1;");
    assert_eq!(local(&p, &t, "main", "x"), one_or_undefined);
    let (p, t) = solve("var y = 1; function g() { return y; }\ng();");
    // g is hoisted: it exists before `y = 1` runs and could read undefined.
    assert_eq!(local(&p, &t, "main", "y"), one_or_undefined);
    let (p, t) = solve("function h() { var z; if (Math.random() > 2) z = 1; return z; }\nh();");
    assert_eq!(local(&p, &t, "h", "z"), one_or_undefined);
    let (p, t) = solve("var s; if (Math.random() > 2) s = 'a'; console.log(s);");
    assert_eq!(local(&p, &t, "main", "s"), Type::StringOrUndefined, "a string or undefined is no number type");
    let (p, t) = solve("function k() { var w = 1; var v = w * 2; return v; }\nk();");
    assert!(is_int32(local(&p, &t, "k", "w")));
    assert!(is_int32(local(&p, &t, "k", "v")));
}

#[test]
fn const_captured_by_hoisted_function_keeps_its_type() {
    // Reading a `const` before it is initialized throws, so it never reads undefined.
    let (p, t) = solve("const N = 10; function f() { return N * 2; }\nf();");
    assert_eq!(local(&p, &t, "main", "N"), Type::Int32(Range::exact(10)));
    assert_eq!(ret(&p, &t, "f"), Type::Int32(Range::exact(20)));
}

#[test]
fn plus_with_a_string_is_a_string_and_unknown_plus_is_dynamic() {
    let (p, t) = solve("function f(o) { return o + 1; }\nconst s = 'a' + 1; f({});");
    assert_eq!(local(&p, &t, "main", "s"), Type::String);
    assert_eq!(ret(&p, &t, "f"), Type::Dynamic);
}

#[test]
fn arithmetic_other_than_plus_is_always_a_number() {
    let (p, t) = solve("function f(o) { return o * 1; }\nf({}); f('3');");
    assert_eq!(ret(&p, &t, "f"), Type::Double);
}

#[test]
fn math_is_intact_unless_the_program_can_replace_it() {
    let (_, t) = solve("const r = Math.sqrt(2);");
    assert!(t.math_intact);
    let (p, t) = solve("const r = Math.sqrt(2);");
    assert_eq!(local(&p, &t, "main", "r"), Type::Double);
    for src in [
        "Math.sqrt = function (x) { return 'no'; };",
        "const M = Math; M.sqrt = null;",
        "globalThis.Math = {};",
        "function f() { return this; } f().Math = {};",
        "delete Math.sqrt;",
    ] {
        let (_, t) = solve(src);
        assert!(!t.math_intact, "{src}");
    }
    // A sloppy constructor writing named fields of `this` cannot reach Math.
    let (_, t) = solve("function P(x) { this.x = x; } new P(1); Math.abs(-1);");
    assert!(t.math_intact);
    // Nor can a sloppy method that uses `this` as a value when the solver
    // proves it is only ever called on an object.
    let method = "function V(x) { this.x = x; }\nV.prototype.same = function () { return this; };\n";
    let (_, t) = solve(&format!("{method}const v = new V(1).same(); Math.abs(v.x);"));
    assert!(t.math_intact);
    // Called with no receiver, its `this` is the global object.
    let (_, t) = solve(&format!("{method}const s = V.prototype.same; s().Math = {{}};"));
    assert!(!t.math_intact);
}

#[test]
fn function_merged_with_another_is_one_of_two() {
    let (p, t) =
        solve("function a() { return 1; } function b() { return 2; }\nconst f = Math.random() > 0.5 ? a : b; f();");
    assert!(matches!(local(&p, &t, "main", "f"), Type::Functions(_)));
    assert!(t.escapes[func(&p, "a")].is_none());
    assert!(t.escapes[func(&p, "b")].is_none());
    // Stored where the solver cannot follow, both escape.
    let (p, t) =
        solve("function a() { return 1; } function b() { return 2; }\nglobalThis.f = Math.random() > 0.5 ? a : b;");
    assert!(t.escapes[func(&p, "a")].is_some());
    assert!(t.escapes[func(&p, "b")].is_some());
}

#[test]
fn bitwise_results_are_int32_and_ushr_is_not() {
    let (p, t) = solve(
        "function f(x) { const a = x | 0; const b = x >>> 0; const c = x >>> 1; const d = x & 255; return a + b + c + d; }\nf(1.5);",
    );
    assert_eq!(local(&p, &t, "f", "a"), Type::INT32);
    assert_eq!(local(&p, &t, "f", "b"), Type::Double);
    assert_eq!(local(&p, &t, "f", "c"), Type::Int32(Range { lo: 0, hi: i32::MAX }));
    assert_eq!(local(&p, &t, "f", "d"), Type::Int32(Range { lo: 0, hi: 255 }));
}

#[test]
fn no_specialize_is_all_dynamic() {
    let program = dxl_frontend::build("t.js", "const a = 1;").program.unwrap();
    let t = infer(&program, false);
    assert!(t.locals.iter().flatten().all(|t| *t == Type::Dynamic));
}

fn class_of_kind(t: &TypeTables, kind: dxl_typeinfer::classes::ClassKind) -> &dxl_typeinfer::classes::Class {
    t.classes.iter().find(|c| c.kind == kind).unwrap_or_else(|| panic!("no class {kind:?}"))
}

fn constructor_and_prototype<'t>(
    p: &Program,
    t: &'t TypeTables,
    name: &str,
) -> (&'t dxl_typeinfer::classes::Class, &'t dxl_typeinfer::classes::Class) {
    use dxl_typeinfer::classes::ClassKind;
    let f = func(p, name);
    (class_of_kind(t, ClassKind::Constructor(f)), class_of_kind(t, ClassKind::Prototype(f)))
}

/// The function stored as method `name` of a prototype class.
fn method(class: &dxl_typeinfer::classes::Class, name: &str) -> Type {
    class.fields.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no method {name}")).1
}

#[test]
fn method_calls_on_a_proven_layout_are_direct_with_a_typed_this() {
    let src = "function P(x) { this.x = x; }\nP.prototype.twice = function (k) { return this.x * k; };\nconst p = new P(1.5); console.log(p.twice(2));";
    let (prog, t) = solve(src);
    let (objects, methods) = constructor_and_prototype(&prog, &t, "P");
    assert!(objects.escaped.is_none() && methods.escaped.is_none());
    let Type::Function(twice) = method(methods, "twice") else { panic!("twice is a known function") };
    assert!(t.escapes[twice].is_none(), "every call of the method is direct");
    let this = prog.functions[twice].this_local.expect("methods have this");
    assert!(matches!(t.locals[twice][this], Type::Object(_, false)), "{:?}", t.locals[twice][this]);
    assert_eq!(t.returns[twice], Type::Double);
}

#[test]
fn a_method_assigned_after_code_has_run_is_not_known() {
    // `early()` could call `p.m()` before the assignment; the prototype stays generic.
    let src = "function P() { this.v = 1; }\nfunction early() { return new P().m; }\nearly();\nP.prototype.m = function () { return this.v; };";
    let (prog, t) = solve(src);
    let (_, methods) = constructor_and_prototype(&prog, &t, "P");
    assert!(methods.escaped.is_some());
}

#[test]
fn a_method_assigned_twice_is_either_and_one_read_off_the_prototype_escapes() {
    // The call compares the closure against both.
    let src = "function P() { this.v = 1; }\nP.prototype.m = function () { return 1; };\nP.prototype.m = function () { return 2.5; };\nconst r = new P().m();";
    let (prog, t) = solve(src);
    assert_eq!(local(&prog, &t, "main", "r"), Type::Double);
    let src = "function P() { this.v = 1; }\nP.prototype.m = function () { return this.v; };\nconst f = P.prototype.m; f.call({ v: 'x' });";
    let (prog, t) = solve(src);
    let (_, methods) = constructor_and_prototype(&prog, &t, "P");
    assert!(methods.escaped.is_some(), "a method read off the prototype itself may be called with any this");
}

#[test]
fn a_call_before_the_methods_ends_the_settled_prefix() {
    // Calls, `new`, and objects with functions that a conversion could call.
    for prefix in ["console.log(1);", "const q = new Object();", "const o = { valueOf: function () { return 1; } };"] {
        let src = format!(
            "function P() {{ this.v = 1; }}\n{prefix}\nP.prototype.m = function () {{ return this.v; }};\nnew P().m();"
        );
        let (prog, t) = solve(&src);
        let (_, methods) = constructor_and_prototype(&prog, &t, "P");
        assert!(methods.escaped.is_some(), "{prefix}");
    }
    // Constants, literals and operators on them run no code of the program.
    let src = "function P() { this.v = 1; }\nconst K = 2 * 3; const s = '' + {} + [1, 2]; const L = [K, s];\nP.prototype.m = function () { return this.v; };\nnew P().m();";
    let (prog, t) = solve(src);
    let (_, methods) = constructor_and_prototype(&prog, &t, "P");
    assert!(methods.escaped.is_none());
}

#[test]
fn objects_that_escape_take_their_methods_with_them() {
    let src = "function P() { this.v = 1; }\nP.prototype.m = function (a) { return this.v + a; };\nconst p = new P(); p.m(1); console.log(p);";
    let (prog, t) = solve(src);
    let (objects, methods) = constructor_and_prototype(&prog, &t, "P");
    assert!(objects.escaped.is_some() && methods.escaped.is_some());
    let Type::Dynamic = method(methods, "m") else { panic!("an escaped prototype's methods are dynamic") };
    let m = prog.functions.iter().position(|f| f.params.len() == 1 && f.name.is_empty()).expect("the method");
    assert!(t.escapes[m].is_some(), "code the compiler cannot see may call the method");
}

#[test]
fn strict_method_called_without_receiver_sees_undefined() {
    let src = "function P() { this.v = 1; }\nP.prototype.m = function () { 'use strict'; return this; };\nconst p = new P(); const f = p.m; p.m(); f();";
    let (prog, t) = solve(src);
    let (objects, _) = constructor_and_prototype(&prog, &t, "P");
    assert!(objects.escaped.is_none());
    let m = prog.functions.iter().position(|f| f.strict && f.name.is_empty()).expect("the method");
    let this = prog.functions[m].this_local.expect("methods have this");
    assert!(matches!(t.locals[m][this], Type::Object(_, true)), "{:?}", t.locals[m][this]);
}

#[test]
fn missing_properties_of_tracked_objects_read_undefined() {
    let (p, t) = solve("const o = { a: 1 }; const x = o.b; const s = o.toString;");
    assert_eq!(local(&p, &t, "main", "x"), Type::Undefined);
    assert_eq!(local(&p, &t, "main", "s"), Type::Dynamic);
}

const SHAPES: &str = "function Shape(n) { this.n = n; }\nShape.prototype.size = function () { return this.n; };\nfunction Box(n, w) { Shape.call(this, n); this.w = w; }\nBox.prototype = Object.create(Shape.prototype);\nBox.prototype.constructor = Box;\nBox.prototype.area = function () { return this.n * this.w; };\n";

#[test]
fn an_extending_constructor_has_its_parents_fields_first() {
    let src = format!("{SHAPES}const b = new Box(2, 3); console.log(b.size() + b.area());");
    let (prog, t) = solve(&src);
    let (shape, _) = constructor_and_prototype(&prog, &t, "Shape");
    let (r#box, box_methods) = constructor_and_prototype(&prog, &t, "Box");
    let names: Vec<&str> = r#box.fields.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["n", "w"]);
    assert!(shape.escaped.is_none() && r#box.escaped.is_none() && box_methods.escaped.is_none());
    // `size` is inherited through `Object.create(Shape.prototype)`: its `this` is a Box, called directly.
    let (_, shape_methods) = constructor_and_prototype(&prog, &t, "Shape");
    let Type::Function(size) = method(shape_methods, "size") else { panic!("size is known") };
    assert!(t.escapes[size].is_none(), "b.size() is a direct call");
    assert_eq!(t.returns[size], Type::Int32(Range::exact(2)));
}

#[test]
fn objects_of_a_class_and_an_extending_one_join_to_the_class() {
    let src = format!("{SHAPES}let s = new Shape(1); if (Math.random() > 2) s = new Box(1, 2); console.log(s.size());");
    let (prog, t) = solve(&src);
    let (shape, _) = constructor_and_prototype(&prog, &t, "Shape");
    let Type::Object(c, false) = local(&prog, &t, "main", "s") else { panic!("s is one object class") };
    assert_eq!(t.classes[c as usize].kind, shape.kind);
}

#[test]
fn an_extending_class_that_escapes_takes_its_family_with_it() {
    let src = format!("{SHAPES}const s = new Shape(1); console.log(new Box(1, 2));");
    let (prog, t) = solve(&src);
    let (shape, _) = constructor_and_prototype(&prog, &t, "Shape");
    assert!(shape.escaped.is_some(), "a Box may be seen as a Shape");
}

#[test]
fn fields_added_after_the_object_is_exposed_may_read_undefined() {
    let src = "function L(v) { this.a = v; this.peek(); this.b = v; }\nL.prototype.peek = function () { return this.b; };\nconst l = new L(1); console.log(l.b);";
    let (prog, t) = solve(src);
    let (objects, methods) = constructor_and_prototype(&prog, &t, "L");
    assert!(objects.escaped.is_none());
    assert_eq!(objects.fields[0].1, Type::Int32(Range::exact(1)));
    let one_or_undefined = Type::Int32OrUndefined(Range::exact(1));
    assert_eq!(objects.fields[1].1, one_or_undefined, "b is undefined or 1");
    let Type::Function(peek) = method(methods, "peek") else { panic!("peek is known") };
    assert_eq!(t.returns[peek], one_or_undefined);
}

#[test]
fn a_late_field_named_like_a_method_makes_no_class() {
    let src = "function S() { this.x = this.m(); this.m = 1; }\nS.prototype.m = function () { return 2; };\nconsole.log(new S().x);";
    let (prog, t) = solve(src);
    let s = func(&prog, "S");
    assert!(!t.classes.iter().any(|c| c.kind == dxl_typeinfer::classes::ClassKind::Constructor(s)));
}

#[test]
fn function_call_is_a_direct_call_with_the_receiver() {
    let src = "function f(k) { return this.v * k; }\nfunction O() { this.v = 2; }\nconsole.log(f.call(new O(), 3));";
    let (prog, t) = solve(src);
    let f = func(&prog, "f");
    assert!(t.escapes[f].is_none(), "f.call(..) is a direct call");
    assert_eq!(local(&prog, &t, "f", "k"), Type::Int32(Range::exact(3)));
    assert_eq!(t.returns[f], Type::Int32(Range::exact(6)));
}

#[test]
fn element_reads_are_numbers_or_undefined_until_a_test_proves_a_number() {
    let src =
        "function f(a) { let lo = 0; let hi = a[0]; while (lo < hi) { lo++; hi--; } return lo; }\nf([5, 3]);\nf([]);";
    let (p, t) = solve(src);
    assert_eq!(local(&p, &t, "f", "hi"), Type::Int32OrUndefined(Range { lo: 0, hi: 5 }));
    assert_eq!(local(&p, &t, "f", "lo"), Type::Int32(Range { lo: 0, hi: 5 }));
    // Arithmetic on undefined is NaN: a number, but no longer int32.
    let (p, t) = solve("function g(a) { const x = a[3]; return x - 1; }\ng([1, 2]);");
    assert_eq!(local(&p, &t, "g", "x"), Type::Int32OrUndefined(Range { lo: 1, hi: 2 }));
    assert_eq!(ret(&p, &t, "g"), Type::Double);
    // A test that only rules out null, or that fails, proves nothing.
    let src = "function h(a) { const x = a[3]; if (x !== null) return x; if (x < 1) return 0; return x; }\nh([1, 2]);";
    let (p, t) = solve(src);
    assert_eq!(ret(&p, &t, "h"), Type::Int32OrUndefined(Range { lo: 0, hi: 2 }));
}

#[test]
fn equality_tests_keep_counters_in_range() {
    let src =
        "function f(n) { let r = n; while (r !== 1) { r--; } while (true) { if (r === n) return r; r++; } }\nf(10);";
    let (p, t) = solve(src);
    assert_eq!(local(&p, &t, "f", "r"), Type::Int32(Range { lo: 1, hi: 10 }));
    // Without a lower end at the excluded value the range cannot stop there.
    let (p, t) = solve("function g(n) { let r = n; while (r !== 1) { r--; } return r; }\ng(10); g(0);");
    assert_eq!(local(&p, &t, "g", "r"), Type::Double);
}

#[test]
fn truthiness_and_loose_null_tests_drop_nullability() {
    let src = "function N(v, n) { this.v = v; this.next = n; }\nfunction sum(l) { let s = 0; while (l) { s += l.v; l = l.next; } return s; }\nsum(new N(1, new N(2, null)));";
    let (p, t) = solve(src);
    let Type::Object(_, true) = local(&p, &t, "sum", "l") else { panic!("l may be null") };
    let f = func(&p, "sum");
    let mut refined = Vec::new();
    for s in &p.functions[f].body {
        dxl_typeinfer::visit::stmt_any_expr(s, &mut |e| {
            if let dxl_frontend::hir::Expr::GetProp { object, .. } = e {
                refined.push(t.expr(object));
            }
            false
        });
    }
    assert!(!refined.is_empty() && refined.iter().all(|t| matches!(t, Type::Object(_, false))), "{refined:?}");
}

#[test]
fn a_return_range_growing_by_one_each_round_is_widened() {
    let (p, t) = solve("function add(n) { return n < 1 ? 1 : add(n - 1) + 1; }\nadd(3);");
    assert!(t.gave_up.is_none(), "{:?}", t.gave_up);
    assert_eq!(ret(&p, &t, "add"), Type::Double);
}

#[test]
fn reads_proven_in_bounds_drop_undefined() {
    // A literal's length, a filling loop of pushes, and `i < a.length`.
    let src = "function f(n) { const a = [1, 2, 3]; const x = a[2]; const b = []; for (let i = 0; i < n; i++) b.push(i); const y = b[n - 1]; let s = 0; for (let i = 0; i < b.length; i++) { const z = b[i]; s += z; } return x + y + s; }\nf(4);";
    let (p, t) = solve(src);
    assert_eq!(local(&p, &t, "f", "x"), Type::Int32(Range { lo: 1, hi: 3 }));
    assert_eq!(local(&p, &t, "f", "y"), Type::Int32(Range { lo: 0, hi: 3 }));
    assert_eq!(local(&p, &t, "f", "z"), Type::Int32(Range { lo: 0, hi: 3 }));
    // Past the proven length, or a loop that may stop early: undefined stays.
    let src = "function g(n) { const a = [1, 2]; const x = a[2]; const b = []; for (let i = 0; i < n; i++) { if (i > 5) break; b.push(i); } const y = b[1]; return [x, y]; }\ng(4);";
    let (p, t) = solve(src);
    assert_eq!(local(&p, &t, "g", "x"), Type::Int32OrUndefined(Range { lo: 1, hi: 2 }));
    assert_eq!(local(&p, &t, "g", "y"), Type::Int32OrUndefined(Range { lo: 0, hi: 3 }));
}

#[test]
fn a_length_kept_in_a_local_bounds_the_index() {
    // `const n = a.length; .. i < n` proves `a[i]`, as `i < a.length` does (nbody's loops).
    let src = "function f(a) { const n = a.length; let s = 0; for (let i = 0; i < n; i++) { const z = a[i]; s += z; } return s; }\nf([1, 2, 3]);";
    let (p, t) = solve(src);
    assert_eq!(local(&p, &t, "f", "z"), Type::Int32(Range { lo: 1, hi: 3 }));
    // Not once the array local or the length local is written after the length was taken.
    for change in ["a = [1];", "n = 9;"] {
        let src = format!(
            "function f(a) {{ let n = a.length; {change} let s = 0; for (let i = 0; i < n; i++) {{ const z = a[i]; s += z; }} return s; }}\nf([1, 2, 3]);"
        );
        let (p, t) = solve(&src);
        let z = local(&p, &t, "f", "z");
        assert!(matches!(z, Type::Int32OrUndefined(_)), "{change}: {z:?}");
    }
}

#[test]
fn typeof_tests_narrow_a_local_of_unknown_type() {
    let src = "function f(v) { if (typeof v === \"string\") { const s = v; return s.length; } if (\"number\" === typeof v) { const n = v; return n; } if (typeof v === \"boolean\") { const b = v; return b ? 1 : 0; } const other = v; return other; }\nf(\"a\"); f(1); f(true); f(null);";
    let (p, t) = solve(src);
    assert_eq!(local(&p, &t, "f", "s"), Type::String);
    assert_eq!(local(&p, &t, "f", "n"), Type::Double);
    assert_eq!(local(&p, &t, "f", "b"), Type::Boolean);
    assert_eq!(local(&p, &t, "f", "other"), Type::Dynamic);
    // A failed test narrows nothing, and a write ends the narrowing.
    let src = "function g(v) { let w = v; if (typeof w !== \"string\") { const x = w; return x; } w = 3 > v ? 1 : {}; const y = w; return y; }\ng(\"a\"); g(1);";
    let (p, t) = solve(src);
    assert_eq!(local(&p, &t, "g", "x"), Type::Dynamic);
    assert_eq!(local(&p, &t, "g", "y"), Type::Dynamic);
}

#[test]
fn the_shortest_made_length_bounds_indices_through_fields() {
    // `o.v` is made with 6 elements, so `o.v[i]` for `i` in 0..5 is in bounds.
    let src = "function P() { this.v = [1, 2, 3, 4, 5, 6]; }\nfunction get(o, i) { const x = o.v[i]; return x; }\nconst p = new P(); for (let i = 0; i < 6; i++) get(p, i);";
    let (p, t) = solve(src);
    assert_eq!(local(&p, &t, "get", "x"), Type::Int32(Range { lo: 1, hi: 6 }));
    // A second, shorter literal of the same class: index 5 may be past the end.
    let src = "function P(s) { this.v = s ? [1, 2, 3, 4, 5, 6] : [1, 2]; }\nfunction get(o, i) { const x = o.v[i]; return x; }\nconst p = new P(true); new P(false); for (let i = 0; i < 6; i++) get(p, i);";
    let (p, t) = solve(src);
    assert!(matches!(local(&p, &t, "get", "x"), Type::Int32OrUndefined(_)));
}

#[test]
fn holes_and_stored_undefined_keep_reads_undefined() {
    for (array, why) in [
        ("const a = [1, , 3];", "hole"),
        ("const a = [1, 2, 3]; a[5] = 4;", "past the end"),
        ("const a = [1, 2, 3]; const s = [1]; a[1] = s[4];", "undefined"),
    ] {
        let src = format!("function f() {{ {array} const x = a[1]; return x; }}\nf();");
        let (p, t) = solve(&src);
        let x = local(&p, &t, "f", "x");
        assert!(matches!(x, Type::Int32OrUndefined(_)), "{why}: {x:?}");
        let holey = t.classes.iter().filter(|c| c.holey.is_some()).count();
        assert!(holey >= 1, "{why}: the class is holey");
    }
}

#[test]
fn a_field_read_while_it_holds_only_null_keeps_objects_tracked() {
    // Round one sees `piles` as null only, and its element read as null or
    // undefined: that must not become dynamic and make the disks escape.
    let src = "function D(s) { this.size = s; this.next = null; }\nfunction T() { this.piles = null; }\nT.prototype.reset = function () { this.piles = [null, null]; };\nT.prototype.push = function (d) { d.next = this.piles[0]; this.piles[0] = d; };\nconst t = new T(); t.reset(); t.push(new D(1)); let top = t.piles[0]; let n = 0; while (top !== null) { n += top.size; top = top.next; }";
    let (p, t) = solve(src);
    let top = local(&p, &t, "main", "top");
    let Type::Object(c, true) = top else { panic!("top is a nullable disk: {top:?}") };
    assert!(t.classes[c as usize].escaped.is_none());
}

#[test]
fn overridden_methods_are_one_of_several_known_functions() {
    let src = "function A(x) { this.x = x; }\nA.prototype.f = function (k) { return this.x + k; };\n\
        function B(x) { A.call(this, x); }\nB.prototype = Object.create(A.prototype);\n\
        B.prototype.f = function (k) { return k * 0.5; };\n\
        function use(o) { return o.f(3); }\nuse(new A(1));\nuse(new B(2));";
    let (p, t) = solve(src);
    let mut callee = Type::Never;
    dxl_typeinfer::visit::any_expr(&p.functions[func(&p, "use")].body, &mut |e| match e {
        Expr::Call { callee: c, .. } => {
            callee = t.expr(c);
            true
        }
        _ => false,
    });
    let Type::Functions(set) = callee else { panic!("o.f is one of two functions, not {callee}") };
    assert_eq!(t.function_set(set).len(), 2);
    // Both candidates stay direct; each takes the argument, and the result joins their returns.
    for f in t.function_set(set) {
        assert!(t.escapes[*f].is_none(), "overriding keeps every candidate's calls direct");
    }
    assert_eq!(ret(&p, &t, "use"), Type::Double);
}

#[test]
fn too_many_candidates_or_an_unknown_one_stay_generic() {
    // Nine functions through one binding: more than a call compares.
    let mut src = String::from("let g = null;\n");
    for i in 0..9 {
        src.push_str(&format!("function f{i}() {{ return {i}; }}\n"));
    }
    src.push_str("const all = [");
    src.push_str(&(0..9).map(|i| format!("f{i}")).collect::<Vec<_>>().join(", "));
    src.push_str("];\nfor (let i = 0; i < all.length; i++) { g = all[i]; g(); }");
    let (p, t) = solve(&src);
    assert_eq!(local(&p, &t, "main", "g"), Type::Dynamic);
    assert!(t.escapes[func(&p, "f0")].is_some());
    // A known function joined with one the solver cannot see.
    let (p, t) = solve("function k() { return 1; }\nlet h = k;\nh = globalThis.other;\nh && h();");
    assert_eq!(local(&p, &t, "main", "h"), Type::Dynamic);
    assert!(t.escapes[func(&p, "k")].is_some());
}

#[test]
fn statics_and_merged_array_literals_stay_typed() {
    let src = "function P() { this.v = 1; }\nP.make = function () { return new P(); };\n\
        function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }\n\
        const p = P.make();\nconst r = sum([1, 2]) + sum([0.5]);";
    let (prog, t) = solve(src);
    assert!(matches!(local(&prog, &t, "main", "p"), Type::Object(_, false)), "P.make() is a direct call");
    assert!(t.escapes[func(&prog, "P")].is_none(), "a settled static keeps P's calls direct");
    let Type::Array(c, _) = local(&prog, &t, "sum", "a") else { panic!("both literals are one class") };
    assert_eq!(t.classes[c as usize].element, Type::Double);
    assert_eq!(local(&prog, &t, "main", "r"), Type::Double);
    // A static read before it is assigned is not settled.
    let (prog, t) = solve("function P() {}\nP.a = 1;\nP.b = P.c;\nP.c = 2;\nconst x = P.a;");
    assert_eq!(local(&prog, &t, "main", "x"), Type::Dynamic);
}

#[test]
fn unrelated_classes_in_one_array_form_a_union() {
    let src = "function S(r) { this.r = r; }\nS.prototype.area = function () { return this.r * this.r; };\n\
        function Q(w) { this.w = w; this.r = 0; }\nQ.prototype.area = function () { return this.w; };\n\
        function total(a) { let t = 0; for (let i = 0; i < a.length; i++) { t += a[i].area(); } return t; }\n\
        function wOf(o) { return o.w; }\n\
        const shapes = [new S(1.5), new Q(2)];\nconst t = total(shapes);\nconst w = wOf(shapes[0]);";
    let (p, t) = solve(src);
    let Type::Array(a, _) = local(&p, &t, "total", "a") else { panic!("the array stays tracked") };
    let Type::Object(u, false) = t.classes[a as usize].element else { panic!("its elements are one union") };
    assert_eq!(t.classes[u as usize].kind, dxl_typeinfer::classes::ClassKind::Union);
    assert!(t.classes[u as usize].escaped.is_none());
    // Each area method sees only its own class's objects as `this`.
    for (f, function) in p.functions.iter().enumerate() {
        if let Some(this) = function.this_local
            && t.reads_this[f]
            && function.name != "S"
            && function.name != "Q"
        {
            assert!(matches!(t.locals[f][this], Type::Object(c, false) if c != u), "{}", function.name);
        }
    }
    assert_eq!(ret(&p, &t, "total"), Type::Double);
    // `w` is a field of Q only: an S object reads undefined.
    assert_eq!(local(&p, &t, "main", "w"), Type::Int32OrUndefined(Range::exact(2)));
    // A class that escapes takes its union with it.
    let (p, t) = solve(
        "function S() { this.r = 1; }\nfunction Q() { this.w = 2; }\nconst a = [new S(), new Q()];\nglobalThis.keep = a[1];",
    );
    let Type::Object(s, _) =
        local(&p, &t, "main", "a").class_id().map_or(Type::Dynamic, |c| t.classes[c as usize].element)
    else {
        panic!("the elements are a union")
    };
    assert!(t.classes[s as usize].escaped.is_some());
}

#[test]
fn map_filter_and_reduce_keep_arrays_tracked() {
    let src = "function P(x) { this.x = x; }\nconst ps = [new P(1), new P(2.5)];\n\
        const xs = ps.map((p) => p.x);\nconst big = ps.filter((p) => p.x > 2);\n\
        const total = xs.reduce((a, x) => a + x, 0);\nconst longest = ps.reduce((a, p) => (p.x > a.x ? p : a));";
    let (p, t) = solve(src);
    let Type::Array(xs, false) = local(&p, &t, "main", "xs") else { panic!("map makes a tracked array") };
    assert_eq!(t.classes[xs as usize].element, Type::Double);
    assert!(t.classes[xs as usize].escaped.is_none());
    let Type::Array(big, false) = local(&p, &t, "main", "big") else { panic!("filter makes a tracked array") };
    assert!(matches!(t.classes[big as usize].element, Type::Object(_, false)));
    assert_eq!(local(&p, &t, "main", "total"), Type::Double);
    assert!(matches!(local(&p, &t, "main", "longest"), Type::Object(_, false)));
    // The source array never escapes through the loops.
    let Type::Array(ps, _) = local(&p, &t, "main", "ps") else { panic!("the literal stays tracked") };
    assert!(t.classes[ps as usize].escaped.is_none());
}

#[test]
fn join_of_primitives_is_a_string_and_keeps_the_array() {
    let (p, t) = solve("const a = [1, 2.5];\nconst s = a.join('-');\nconst b = [{}];\nconst u = b.join();");
    assert_eq!(local(&p, &t, "main", "s"), Type::String);
    let Type::Array(c, _) = local(&p, &t, "main", "a") else { panic!("the array stays tracked") };
    assert!(t.classes[c as usize].escaped.is_none());
    // Objects convert through their toString: generic, and the array escapes.
    assert_eq!(local(&p, &t, "main", "u"), Type::Dynamic);
}

#[test]
fn builtin_conversions_of_primitives_have_known_types() {
    let (p, t) =
        solve("const s = String(1.5);\nconst n = Number('7');\nconst i = parseInt('12px');\nconst b = isNaN(i);");
    assert_eq!(local(&p, &t, "main", "s"), Type::String);
    assert_eq!(local(&p, &t, "main", "n"), Type::Double);
    assert_eq!(local(&p, &t, "main", "i"), Type::Double);
    assert_eq!(local(&p, &t, "main", "b"), Type::Boolean);
    // A program that rebinds the global, or can reach the global object, keeps them generic.
    let (p, t) = solve("String = function () { return 1; };\nconst s = String(1.5);");
    assert_eq!(local(&p, &t, "main", "s"), Type::Dynamic);
    let (p, t) = solve("globalThis.Number = null;\nconst n = Number('7');");
    assert_eq!(local(&p, &t, "main", "n"), Type::Dynamic);
}

fn array_class_of(p: &Program, t: &TypeTables, f: &str, name: &str) -> u32 {
    match local(p, t, f, name) {
        Type::Array(c, _) => c,
        other => panic!("`{name}` holds {other:?}, not a tracked array"),
    }
}

#[test]
fn boolean_arrays_used_only_inline_are_packed() {
    let (p, t) = solve(
        "function sieve(n) {\n  const flags = [];\n  for (let i = 0; i <= n; i++) flags.push(true);\n  flags[0] = false;\n  \
         for (let i = 2; i * i <= n; i++) if (flags[i]) for (let j = i * i; j <= n; j += i) flags[j] = false;\n  \
         return flags;\n}\nconst f = sieve(100);\nlet c = 0;\nfor (let i = 0; i < f.length; i++) if (f[i] && f !== null) c++;\n\
         const lit = [true, false];\nlit[lit.length] = !lit[0];\nconsole.log(c, lit.length, lit[1.5]);",
    );
    let f = array_class_of(&p, &t, "main", "f");
    assert_eq!(t.packed(f), Some(Packed::Bytes));
    assert_eq!(t.packed(array_class_of(&p, &t, "main", "lit")), Some(Packed::Bytes));
}

#[test]
fn int32_arrays_used_only_inline_are_packed() {
    let (p, t) = solve(
        "function perm(n) {\n  const a = [];\n  for (let i = 0; i < n; i++) a.push(n - i);\n  \
         for (let i = 0; i < a.length; i++) a[i] = (a[i] * 3) | 0;\n  \
         return a;\n}\nconst a = perm(10);\nconst lit = [-1, 2147483647];\nlit[lit.length] = a[0] | 0;\n\
         console.log(a[9], lit[2], lit[7]);",
    );
    assert_eq!(t.packed(array_class_of(&p, &t, "main", "a")), Some(Packed::Int32));
    assert_eq!(t.packed(array_class_of(&p, &t, "main", "lit")), Some(Packed::Int32));
}

#[test]
fn boolean_arrays_the_runtime_would_touch_stay_values() {
    // Each use below needs the runtime to see the elements.
    for (source, why) in [
        ("const a = [true];\nconst s = a.join();", "other than `length`"),
        ("const a = [true];\nconst b = a.slice();", "other than `length`"),
        ("const a = [true];\nconst k = Math.random() > 2 ? -1 : 0;\na[k] = false;", "non-negative int32"),
        ("const a = [true];\na[0] = 1 > 0 ? false : 0;", "another type"),
        ("const a = [1];\na.push(1 > 0 ? 2 : true);", "another type"),
        ("const a = [1];\nconst s = a.indexOf(1);", "other than `length`"),
        ("const a = [true];\nconst s = a + '';", "operator"),
        ("const a = [true];\nconst s = a == 'true';", "operator"),
        ("const a = [true];\ntry { throw a; } catch (e) {}", "thrown"),
        ("const a = [true];\nconst b = a.map((x) => !x);\nb[0] = true;", "`map`"),
    ] {
        let (p, t) = solve(source);
        let c = array_class_of(&p, &t, "main", if why == "`map`" { "b" } else { "a" });
        assert_eq!(t.packed(c), None, "{source}");
        if let Some(reason) = t.unpacked_why(c) {
            assert!(reason.why.contains(why), "{source}: {}", reason.why);
        }
    }
    // Arrays with holes, of doubles, that may hold -0 or that escape are never candidates.
    for source in [
        "const a = [true, , false];\nconst x = a[0];",
        "const a = [1.5, 2];\nconst x = a[0];",
        "const a = [1, 0 * -1];\nconst x = a[0];",
        "const a = [true];\nconsole.log(a);",
        "const a = [1];\nconsole.log(a);",
    ] {
        let (p, t) = solve(source);
        let c = array_class_of(&p, &t, "main", "a");
        assert_eq!(t.packed(c), None, "{source}");
    }
}

#[test]
fn counters_of_a_top_level_with_many_loops_stay_int32() {
    // Forty loops with distinct bounds give the program over a hundred
    // thresholds; each counter steps only through its own test's.
    let mut source = String::from("const a = [1, 2, 3];\nlet s = 0;\n");
    for k in 0..40 {
        source.push_str(&format!("for (let i{k} = 0; i{k} < {}; i{k}++) s += i{k};\n", 10 + k * 7));
    }
    source.push_str("for (let i = 0; i < a.length; i++) s += a[i];\n");
    let (p, t) = solve(&source);
    assert!(is_int32(local(&p, &t, "main", "i")), "{:?}", local(&p, &t, "main", "i"));
    assert!(is_int32(local(&p, &t, "main", "i39")));
}

/// The loops of `main` that `fill_loop` accepts, as the names of their arrays.
fn fill_loops(p: &Program, t: &TypeTables) -> Vec<String> {
    fn walk<'a>(stmts: &'a [dxl_frontend::hir::Stmt], out: &mut Vec<&'a dxl_frontend::hir::Loop>) {
        for s in stmts {
            match s {
                dxl_frontend::hir::Stmt::Loop(l) => {
                    out.push(l);
                    walk(&l.body, out);
                }
                dxl_frontend::hir::Stmt::If(_, a, b) => {
                    walk(a, out);
                    walk(b, out);
                }
                _ => {}
            }
        }
    }
    let mut loops = Vec::new();
    walk(&p.functions[p.main].body, &mut loops);
    loops
        .into_iter()
        .filter_map(|l| dxl_typeinfer::packed_arrays::fill_loop(t, p, p.main, l))
        .map(|f| p.functions[p.main].locals[f.array].name.clone())
        .collect()
}

#[test]
fn fill_loops_push_only_values_that_run_no_code() {
    let (p, t) = solve(
        "const n = 10;\nconst a = [];\nfor (let i = 0; i < n; i++) a.push(i % 2 === 0);\n\
         const b = [];\nfor (let i = 0; i <= 5; i++) b.push(true);\n\
         const c = [];\nfunction f() { return true; }\nfor (let i = 0; i < n; i++) c.push(f());\n\
         const d = [];\nfor (let i = 0; i < n; i += 2) d.push(true);\n\
         const e = [];\nfor (let i = 0; i < n; i++) { e.push(true); e.push(false); }\n\
         let m = 4;\nconst g = [];\nfor (let i = 0; i < m; i++) g.push(true);\nm = 9;\n\
         let s = 0;\nfor (let i = 0; i < a.length; i++) if (a[i] && b[0] && c[0] && d[0] && e[0] && g[0]) s++;",
    );
    // `c` calls a function, `d` steps by two, `e` pushes twice a run.
    assert_eq!(fill_loops(&p, &t), vec!["a", "b", "g"]);
}

#[test]
fn sums_of_own_calls_with_non_negative_integer_leaves_may_be_reordered() {
    let (p, t) = solve(
        "function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }\n\
         function choose(n, k) { if (k === 0 || k === n) return 1; const m = n - 1; return choose(m, k - 1) + choose(m, k); }\n\
         function signed(n) { if (n < 2) return n; return signed(n - 1) + signed(n - 2); }\n\
         function half(n) { if (n === 0) return 0.5; return half(n - 1) + half(n - 1); }\n\
         let calls = 0;\n\
         function counted(n) { calls++; if (n < 2) return n; return counted(n - 1) + counted(n - 2); }\n\
         function withVar(n) { var v; if (n < 2) return 1; v = n; return withVar(n - 1) + withVar(n - 2); }\n\
         const o = { x: 1 };\n\
         function reads(n) { if (n < 2) return o.x; return reads(n - 1) + reads(n - 2); }\n\
         function notSum(n) { if (n < 2) return n; return notSum(n - 1) * 2; }\n\
         function leaf(n) { return n; }\n\
         console.log(fib(30), choose(20, 10), signed(-3), half(4), counted(9), withVar(8), reads(8), notSum(5), leaf(3));",
    );
    let sums = |name: &str| t.sums_own_calls(func(&p, name));
    assert!(sums("fib"), "fib's leaves are 0 and 1");
    assert!(sums("choose"), "a constant leaf, a `const` local, two calls");
    // A negative leaf (signed(-3)), a fraction, an effect (calls++), a `var`
    // that a loop would not reset, a property read, a product, no recursion.
    for name in ["signed", "half", "counted", "withVar", "reads", "notSum", "leaf"] {
        assert!(!sums(name), "{name} must keep its ordinary body");
    }
}

#[test]
fn a_leading_base_case_that_reads_only_parameters_is_taken_at_the_call() {
    let (p, t) = solve(
        "function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }\n\
         function grid(r, c) { if (r === 0 || c === 0) return 1 + 0; return grid(r - 1, c) + grid(r, c - 1); }\n\
         function later(n) { const m = n - 1; if (m < 1) return 1; return later(m) + later(m - 1); }\n\
         function both(n) { if (n === 1) return both(0) + 1; if (n < 1) return 0; return both(n - 1) + both(n - 2); }\n\
         function elsewise(n) { if (n < 2) return 1; else if (n > 99) return 0; return elsewise(n - 1) + elsewise(n - 2); }\n\
         console.log(fib(20), grid(5, 5), later(9), both(9), elsewise(9));",
    );
    let base = |name: &str| dxl_typeinfer::sum_recursion::base_case(&p, &t, func(&p, name));
    let fib = base("fib").expect("fib's `n < 2` is its base case");
    assert!(matches!(fib.sum, Expr::Read(_)));
    assert!(base("grid").is_some(), "a test over two parameters, a sum of constants");
    for name in ["later", "both", "elsewise"] {
        assert!(t.sums_own_calls(func(&p, name)), "{name} sums its own calls");
    }
    // A statement before the test, a base case that calls, an `else`.
    assert!(base("later").is_none());
    assert!(base("both").is_none());
    assert!(base("elsewise").is_none());
}

#[test]
fn counting_loops_that_change_no_array_are_versioned_on_the_lengths() {
    let (p, t) = solve(
        "function dot(n, a, b) { let s = 0; for (let k = 0; k < n; k++) s += a[k] * b[k]; return s; }\n\
         function calls(n, a) { let s = 0; for (let k = 0; k < n; k++) s += a[k] + Math.floor(k / 2) + g(k); return s; }\n\
         function g(x) { return x; }\n\
         function writes(n, a) { for (let k = 0; k < n; k++) a[k] = a[k] + 1; return a; }\n\
         function skips(n, a) { let s = 0; for (let k = 0; k < n; k++) { s += a[k]; k++; } return s; }\n\
         function rebinds(n, a, b) { let s = 0; for (let k = 0; k < n; k++) { s += a[k]; a = b; } return s; }\n\
         function downward(n, a) { let s = 0; for (let k = n - 1; k >= 0; k--) s += a[k]; return s; }\n\
         const x = [1.5, 2.5, 3.5];\n\
         console.log(dot(3, x, x), dot(5, x, x), calls(5, x), writes(5, [1, 2, 3]), skips(5, x), rebinds(5, x, x), downward(5, x));",
    );
    let versioned = |name: &str| dxl_typeinfer::bounds_versioning::versioned_reads(&p, &t, func(&p, name)).len();
    assert_eq!(versioned("dot"), 2, "both reads of the inner product");
    // A call of program code, an element write, a counter written in the
    // body, an array local rebound in the loop, a loop that counts down.
    for name in ["calls", "writes", "skips", "rebinds", "downward"] {
        assert_eq!(versioned(name), 0, "{name} must keep its checks");
    }
}
