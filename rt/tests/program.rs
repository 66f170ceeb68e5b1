//! End-to-end tests of `dxl_rt_start`: a hand-written "program" (a Rust JsFn
//! calling the C entry points as generated code would) runs in a child
//! process, and the parent checks its stdout, stderr and exit status.

use std::process::Command;

use dxl_abi::runtime_functions::{ConstString, ProgramInfo, SourcePos};
use dxl_abi::value as abi;
use dxl_rt::abi::alloc::*;
use dxl_rt::abi::calls::*;
use dxl_rt::abi::ops::*;
use dxl_rt::abi::props::*;

const NAMES: [&str; 8] = ["console", "log", "hello", "x", "items", "", "o.missing", "inner"];
static mut CONSTS: [u64; 8] = [0; 8];
const SOURCE: &str = "console.log('hello');\nlet u; u.x;\n";
const POSITIONS: [SourcePos; 2] =
    [SourcePos { line: 1, column: 1, function: 0 }, SourcePos { line: 2, column: 10, function: 0 }];

fn k(i: usize) -> u64 {
    // SAFETY: the runtime filled the table before the entry runs; single thread.
    unsafe { CONSTS[i] }
}

fn set_pos(i: u32) {
    // SAFETY: plain store to the runtime's position global, single thread.
    unsafe { dxl_rt::error::dxl_rt_current_pos = i };
}

fn log(args: &[u64]) -> u64 {
    let console = dxl_rt_global_get(k(0));
    let log = dxl_rt_prop_get(console, k(1));
    // SAFETY: `args` holds `len` values.
    unsafe { dxl_rt_call(log, console, args.as_ptr(), args.len() as u32, abi::UNDEFINED) }
}

/// console.log("hello", [1, 2, { x: "hello" }]); then a loop that allocates
/// garbage while keeping a small live list; then `u.x` on undefined.
unsafe extern "C" fn entry(_callee: u64, _this: u64, _argv: *const u64, _argc: u32) -> u64 {
    set_pos(0);
    let o = dxl_rt_object_new();
    dxl_rt_prop_define(o, k(3), k(2));
    let elems = [abi::from_int32(1), abi::from_int32(2), o];
    // SAFETY: three values.
    let arr = unsafe { dxl_rt_array_new(elems.as_ptr(), 3) };
    if log(&[k(2), arr]) == abi::EXCEPTION {
        return abi::EXCEPTION;
    }
    // Churn: objects and strings, every 1000th kept.
    let n = iterations();
    // SAFETY: no elements.
    let kept = unsafe { dxl_rt_array_new(std::ptr::null(), 0) };
    let mut s = k(5);
    for i in 0..n {
        let obj = dxl_rt_object_new();
        let n = abi::from_int32(i);
        dxl_rt_prop_set(obj, k(3), n);
        let text = dxl_rt_op_add(k(2), n);
        dxl_rt_prop_set(obj, k(7), text);
        if i % 1000 == 0 {
            let len = dxl_rt_prop_get(kept, dxl_rt::string::intern_str("length").value().0);
            dxl_rt_prop_set(kept, len, obj);
            s = dxl_rt_op_add(s, dxl_rt_op_to_string(n));
        }
    }
    let len = dxl_rt_prop_get(kept, dxl_rt::string::intern_str("length").value().0);
    let last = dxl_rt_prop_get(kept, abi::from_int32(n / 1000 - 1));
    let last_text = dxl_rt_prop_get(last, k(7));
    let slen = dxl_rt_prop_get(s, dxl_rt::string::intern_str("length").value().0);
    if log(&[len, last_text, slen]) == abi::EXCEPTION {
        return abi::EXCEPTION;
    }
    // Calling a missing method reports the callee text.
    let missing = dxl_rt_prop_get(o, k(6));
    // SAFETY: no arguments.
    let r = unsafe { dxl_rt_call(missing, o, std::ptr::null(), 0, k(6)) };
    assert_eq!(r, abi::EXCEPTION);
    let e = dxl_rt::abi::exceptions::dxl_rt_take_exception();
    let msg = dxl_rt_prop_get(e, dxl_rt::string::intern_str("message").value().0);
    log(&[msg]);
    set_pos(1);
    dxl_rt_prop_get(abi::UNDEFINED, k(3))
}

/// Fewer iterations under GC stress (a collection per allocation).
fn iterations() -> i32 {
    if std::env::var_os("DXL_GC_STRESS").is_some() { 30_000 } else { 300_000 }
}

fn run_program() -> i32 {
    let strings: Vec<ConstString> =
        NAMES.iter().map(|s| ConstString { ptr: s.as_ptr(), len: s.len() as u64 }).collect();
    let file = "/tmp/prog.js";
    let info = ProgramInfo {
        entry,
        consts: (&raw mut CONSTS) as *mut u64,
        const_strings: strings.as_ptr(),
        nconsts: NAMES.len() as u64,
        file_name: file.as_ptr(),
        file_name_len: file.len() as u64,
        source: SOURCE.as_ptr(),
        source_len: SOURCE.len() as u64,
        positions: POSITIONS.as_ptr(),
        npositions: POSITIONS.len() as u64,
        // No generated code: errors have no frames.
        functions: std::ptr::null(),
        nfunctions: 0,
        sites_begin: std::ptr::null(),
        sites_end: std::ptr::null(),
        site_chains: std::ptr::null(),
        nsite_chains: 0,
        code_begin: std::ptr::null(),
        code_end: std::ptr::null(),
    };
    // SAFETY: a valid ProgramInfo that outlives the call; no argv.
    unsafe { dxl_rt::abi::start::dxl_rt_start(0, std::ptr::null(), &info) }
}

fn run_child(stress: bool) -> (String, String, i32) {
    let exe = std::env::current_exe().expect("test binary");
    let mut cmd = Command::new(exe);
    cmd.args(["--exact", "child_program", "--nocapture", "--test-threads=1"]).env("DXL_TEST_CHILD", "1");
    if stress {
        cmd.env("DXL_GC_STRESS", "1");
    }
    let out = cmd.output().expect("run child");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// The child side: only does something when spawned by the tests below.
#[test]
fn child_program() {
    if std::env::var_os("DXL_TEST_CHILD").is_some() {
        std::process::exit(run_program());
    }
}

fn check(stress: bool) {
    let (stdout, stderr, status) = run_child(stress);
    assert!(stdout.contains("hello [ 1, 2, { x: 'hello' } ]\n"), "stdout: {stdout}");
    let n: i32 = if stress { 30_000 } else { 300_000 };
    let digits: usize = (0..n).step_by(1000).map(|i| i.to_string().len()).sum();
    let summary = format!("{} hello{} {digits}\n", n / 1000, n - 1000);
    assert!(stdout.contains(&summary), "stdout: {stdout}");
    assert!(stdout.contains("o.missing is not a function\n"), "stdout: {stdout}");
    assert_eq!(status, 1, "stderr: {stderr}");
    // Hand-made code has no call-site marks: the stack lists no frames, and
    // Node prints such an error in brackets.
    let expected =
        "/tmp/prog.js:2\nlet u; u.x;\n         ^\n\n[TypeError: Cannot read properties of undefined (reading 'x')]\n\n";
    assert!(stderr.contains(expected), "stderr: {stderr}");
}

#[test]
fn runs_program_and_reports_uncaught_error() {
    if std::env::var_os("DXL_TEST_CHILD").is_some() {
        return;
    }
    check(false);
}

#[test]
fn runs_program_under_gc_stress() {
    if std::env::var_os("DXL_TEST_CHILD").is_some() {
        return;
    }
    check(true);
}
