//! Pins the specialization of the benchmark kernels through `--explain`: a
//! change that sends their hot code back to generic values fails here.

use std::process::Command;

const DXL: &str = env!("CARGO_BIN_EXE_dxl");

/// The `--explain` report of a benchmark program.
fn explain(program: &str) -> String {
    let path = format!("{}/benches/programs/{program}.js", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(DXL).args(["compile", "--explain", &path]).output().expect("dxl runs");
    assert!(out.status.success(), "dxl --explain {program} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8 report")
}

/// The report's block for one function or method (from its header to the next blank line).
fn function_block<'a>(report: &'a str, name: &str) -> &'a str {
    let header = format!("\nfunction {name} (");
    let method = format!("\nmethod {name} (");
    let start = report
        .find(&header)
        .or_else(|| report.find(&method))
        .unwrap_or_else(|| panic!("no block for {name} in:\n{report}"));
    let rest = &report[start + 1..];
    &rest[..rest.find("\n\n").unwrap_or(rest.len())]
}

fn assert_has(block: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(block.contains(w), "expected `{w}` in:\n{block}");
    }
}

#[test]
fn fib_is_a_direct_call_on_unboxed_numbers() {
    let report = explain("fib");
    let fib = function_block(&report, "fib");
    assert_has(
        fib,
        &[
            "every call is direct",
            "param n: int32 0..38 (i32)",
            "returns: number (f64)",
            "sums of its own calls: added as exact integers",
            "base case: its leading `if (..) return` is tested before each call of itself",
            "depth: each call of itself passes a smaller `n`, so the stack is checked once, on entry",
            "2 direct, 0 generic",
        ],
    );
    let iter = function_block(&report, "fibIter");
    assert_has(iter, &["param n: int32", "i: int32 0..", "a: number (f64)", "b: number (f64)"]);
}

#[test]
fn nbody_arithmetic_is_unboxed_and_math_inline() {
    let report = explain("nbody");
    assert!(report.starts_with("Math: calls to Math functions are compiled inline"), "{report}");
    let advance = function_block(&report, "advance");
    assert_has(
        advance,
        &[
            "every call is direct",
            "param bodies: array #1",
            "param dt: number (f64)",
            "n: int32 0..2147483647 (i32)",
            "xi: number (f64)",
            "dx: number (f64)",
            "mag: number (f64)",
            "1 Math inline",
        ],
    );
    assert_has(function_block(&report, "energy"), &["returns: number (f64)", "e: number (f64)", "1 Math inline"]);
    // The bodies have a fixed layout of unboxed-typed fields, in an array that never escapes.
    assert_has(
        &report,
        &[
            "#0 objects made by `new Body`: fixed layout { x: number (f64), y: number (f64), z: number (f64), vx: number (f64), vy: number (f64), vz: number (f64), mass: number (f64) }",
            "#1 array made in makeBodies",
            "elements: object #0",
        ],
    );
}

#[test]
fn sieve_and_mandelbrot_counters_are_unboxed() {
    let report = explain("sieve");
    assert_has(function_block(&report, "sieve"), &["param n: int32", "i: int32 2..", "j: int32"]);
    assert_has(function_block(&report, "isPrimeSlow"), &["returns: boolean (i1)", "param k: int32", "d: int32"]);
    // The flags take one byte each: the sieve's strided stores walk an eighth of the memory.
    assert_has(&report, &["elements: boolean (i1), stored as one byte each"]);
    let report = explain("mandelbrot");
    assert_has(
        function_block(&report, "mandelbrot"),
        &["param n: int32", "bits: int32", "zr: number (f64)", "zi: number (f64)"],
    );
}

#[test]
fn spectralnorm_matmul_fannkuch_loops_are_int32() {
    let report = explain("spectralnorm");
    assert_has(
        function_block(&report, "a"),
        &["every call is direct", "param i: int32 0..", "param j: int32 0..", "returns: number (f64)"],
    );
    assert_has(
        function_block(&report, "multiplyAv"),
        &["i: int32 0..", "j: int32 0..", "sum: number (f64)", "1 direct"],
    );
    assert!(report.contains("elements: number (f64), stored as raw doubles"), "{report}");
    let report = explain("matmul");
    assert_has(
        function_block(&report, "matmul"),
        &[
            "k: int32 0..650",
            "sum: number (f64)",
            // The inner product's two reads, once the loop has tested the rows' lengths.
            "element reads with no checks once their loop tests the arrays' lengths: ",
            "matmul.js:37:44, ",
            "matmul.js:37:52",
        ],
    );
    // Rows (including the transposed copy, built from reads that may be
    // undefined past the end) are raw-double arrays.
    assert_eq!(report.matches("elements: number (f64), stored as raw doubles").count(), 3, "{report}");
    let report = explain("fannkuch");
    let fannkuch = function_block(&report, "fannkuch");
    assert_has(
        fannkuch,
        &[
            "param n: int32 10 (i32)",
            "flips: number (f64)",
            // `r !== 1` and `if (r === n) return` keep `r` in range; `lo < hi`
            // bounds `lo`.
            "r: int32 1..10 (i32)",
            "lo: int32 0..9 (i32)",
            // The filling loop proves the permutations hold `n` elements, so
            // reads below 10 are exact int32s with no checks.
            "k: int32 0..9 (i32)",
            "hi: int32 -1..9 (i32)",
            "t: int32 0..9 (i32)",
            "element accesses proven in bounds (no checks): 16",
        ],
    );
    assert!(!fannkuch.contains("generic locals"), "{fannkuch}");
    // The permutations are flat buffers of int32s, as in C.
    assert!(
        report.contains("elements: int32 0..9 (i32), stored as 4-byte int32s"),
        "the permutations stay tracked and packed:\n{report}"
    );
}

#[test]
fn no_specialize_reports_everything_generic() {
    let path = format!("{}/benches/programs/fib.js", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(DXL).args(["compile", "--explain", "--no-specialize", &path]).output().expect("dxl runs");
    assert!(String::from_utf8_lossy(&out.stdout).contains("specialization is off"));
}

#[test]
fn queens_methods_are_direct_calls_with_a_typed_this() {
    let report = explain("queens");
    assert_has(
        &report,
        &[
            "#0 objects made by `new Queens`: fixed layout { freeRows: array #2 or null/undefined",
            "#1 methods of `Queens.prototype`: calls on its objects are direct { benchmark: function at",
            "placeQueen: function at",
        ],
    );
    let queens = function_block(&report, "Queens.prototype.queens").to_string();
    assert_has(&queens, &["every call is direct", "this: object #0", "returns: boolean (i1)", "5 direct, 0 generic"]);
    let place = function_block(&report, "Queens.prototype.placeQueen").to_string();
    assert_has(&place, &["this: object #0", "r: int32 0..8 (i32)", "4 direct, 0 generic"]);
}

#[test]
fn storage_tree_builder_is_a_direct_recursive_method() {
    let report = explain("storage");
    assert_has(&report, &["#2 objects made by `new Storage`: fixed layout { count: number (f64) }"]);
    let build = function_block(&report, "Storage.prototype.buildTreeDepth").to_string();
    assert_has(
        &build,
        &["every call is direct", "this: object #2", "param depth: int32 1..7 (i32)", "2 direct, 0 generic"],
    );
}

#[test]
fn raytracer_shapes_are_a_union_with_dispatched_intersects() {
    let report = explain("raytracer");
    assert_has(
        &report,
        &[
            "Math: calls to Math functions are compiled inline",
            "objects made by `new Sphere` (in union #",
            "objects made by `new Plane` (in union #",
            "(unrelated classes that meet in one place): tracked",
        ],
    );
    let nearest = function_block(&report, "nearest").to_string();
    assert_has(&nearest, &["every call is direct", "0 generic, 1 to one of several known functions"]);
    // Each intersect method sees only its own class's objects.
    let intersect = function_block(&report, "Sphere.prototype.intersect").to_string();
    assert_has(&intersect, &["every call is direct", "this: object #8", "returns: number (f64)", "1 Math inline"]);
}

#[test]
fn deltablue_variables_and_constraints_share_a_work_list() {
    let report = explain("deltablue");
    assert_has(
        &report,
        &["objects made by `new Constraint` (in union #", "objects made by `new Variable` (in union #"],
    );
    let remove = function_block(&report, "Planner.prototype.removePropagateFrom").to_string();
    assert_has(&remove, &["every call is direct", "to one of several known functions"]);
}

#[test]
fn richards_tasks_run_through_dispatched_calls_with_typed_receivers() {
    let report = explain("richards");
    assert_has(&report, &["Math: calls to Math functions are compiled inline"]);
    let run = function_block(&report, "TaskControlBlock.prototype.runTask").to_string();
    assert_has(&run, &["every call is direct", "this: object #14", "0 generic, 1 to one of several known functions"]);
    let schedule = function_block(&report, "Scheduler.prototype.schedule").to_string();
    assert_has(&schedule, &["every call is direct", "this: object #16", "4 direct, 0 generic"]);
}
