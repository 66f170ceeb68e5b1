//! The differential corpus: every `tests/run/*.js` is compiled with dxl and
//! run; its stdout and exit status must equal what Node printed (recorded in
//! `<name>.stdout` and `<name>.status` by `tests/record.sh`).
//!
//! Each program runs in several modes: `-O2`, `-O0`, `-O2` with the GC
//! collecting at every allocation (`DXL_GC_STRESS=1`), and `-O2
//! --no-specialize` (all code generic), so specialized and generic code are
//! both held to Node's output. `tests/errors/*.js`
//! must be rejected with the diagnostic id and location written on their first
//! line (`// expect: <id> <line>:<column>`). `tests/uncaught/*.js` end with an
//! uncaught exception: their stderr must be Node's report of it too
//! (`<name>.stderr`; stack frames, which differ, are compared as one line).
//! `cli_cases` cover the command line's own failures and how compiled
//! programs behave as processes (a closed stdout pipe, running out of memory).
//!
//! Arguments: substrings that select tests by name. `DXL_TEST_MODES` picks
//! modes (comma-separated: o2,o0,gc-stress,nospec).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const DXL: &str = env!("CARGO_BIN_EXE_dxl");
const RUN_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    O2,
    O0,
    GcStress,
    NoSpecialize,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::O2 => "o2",
            Mode::O0 => "o0",
            Mode::GcStress => "gc-stress",
            Mode::NoSpecialize => "nospec",
        }
    }
}

/// A test body, given a scratch directory of its own thread.
type CaseFn = Box<dyn Fn(&Path) -> Result<(), String> + Send + Sync>;

struct Case {
    name: String,
    run: CaseFn,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let modes: Vec<Mode> = match std::env::var("DXL_TEST_MODES") {
        Ok(list) => list
            .split(',')
            .filter_map(|m| match m.trim() {
                "o2" => Some(Mode::O2),
                "o0" => Some(Mode::O0),
                "gc-stress" => Some(Mode::GcStress),
                "nospec" => Some(Mode::NoSpecialize),
                _ => None,
            })
            .collect(),
        Err(_) => vec![Mode::O2, Mode::O0, Mode::GcStress, Mode::NoSpecialize],
    };

    let mut cases = Vec::new();
    for program in js_files(&root.join("run")) {
        let stem = program.file_stem().unwrap().to_string_lossy().to_string();
        for &mode in &modes {
            // The stress mode reuses the -O2 binary; one case runs both so it is compiled once.
            if mode == Mode::GcStress && modes.contains(&Mode::O2) {
                continue;
            }
            let program = program.clone();
            let stress_too = mode == Mode::O2 && modes.contains(&Mode::GcStress);
            let label = if stress_too { "o2+gc-stress".to_string() } else { mode.name().to_string() };
            cases.push(Case {
                name: format!("run/{stem} [{label}]"),
                run: Box::new(move |tmp| run_program(&program, mode, stress_too, tmp)),
            });
        }
    }
    for program in js_files(&root.join("errors")) {
        let stem = program.file_stem().unwrap().to_string_lossy().to_string();
        cases.push(Case { name: format!("errors/{stem}"), run: Box::new(move |tmp| expect_diagnostic(&program, tmp)) });
    }
    for program in js_files(&root.join("uncaught")) {
        let stem = program.file_stem().unwrap().to_string_lossy().to_string();
        cases.push(Case { name: format!("uncaught/{stem}"), run: Box::new(move |tmp| run_uncaught(&program, tmp)) });
    }
    cases.extend(cli_cases(&root));
    let churn = root.join("gc").join("churn.js");
    cases.push(Case {
        name: "gc/bounded_memory".into(),
        run: Box::new(move |tmp| bounded_memory(&churn, CHURN_PEAK_LIMIT_KIB, tmp)),
    });
    let stride = root.join("run").join("array_stride_writes_stay_small.js");
    cases.push(Case {
        name: "gc/sparse_stride_memory".into(),
        run: Box::new(move |tmp| bounded_memory(&stride, STRIDE_PEAK_LIMIT_KIB, tmp)),
    });
    cases.retain(|c| filters.is_empty() || filters.iter().any(|f| c.name.contains(f.as_str())));

    let started = Instant::now();
    let queue = Mutex::new(cases.into_iter());
    let failures = Mutex::new(Vec::new());
    let passed = Mutex::new(0usize);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                let tmp = tempfile::tempdir().expect("temporary directory");
                loop {
                    let Some(case) = queue.lock().unwrap().next() else { break };
                    match (case.run)(tmp.path()) {
                        Ok(()) => {
                            println!("test {} ... ok", case.name);
                            *passed.lock().unwrap() += 1;
                        }
                        Err(why) => {
                            println!("test {} ... FAILED", case.name);
                            failures.lock().unwrap().push((case.name, why));
                        }
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    let passed = passed.into_inner().unwrap();
    for (name, why) in &failures {
        println!("\n---- {name} ----\n{why}");
    }
    println!("\ncorpus: {} passed, {} failed ({:.1}s)", passed, failures.len(), started.elapsed().as_secs_f64());
    if !failures.is_empty() {
        std::process::exit(1);
    }
}

fn js_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "js"));
    files.sort();
    files
}

struct Output {
    stdout: String,
    stderr: String,
    status: Option<i32>,
}

/// Runs a command with a time limit, capturing its output.
fn run(cmd: &mut Command) -> Result<Output, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let err_reader = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    let deadline = Instant::now() + RUN_TIMEOUT;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {}s: {cmd:?}", RUN_TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Ok(Output { stdout: out_reader.join().unwrap(), stderr: err_reader.join().unwrap(), status: status.code() })
}

fn compile(program: &Path, flags: &[&str], out: &Path) -> Result<(), String> {
    let o = run(Command::new(DXL).arg("compile").arg(program).args(flags).arg("-o").arg(out))?;
    if o.status != Some(0) {
        return Err(format!("compile failed (status {:?}):\n{}", o.status, o.stderr));
    }
    Ok(())
}

fn run_program(program: &Path, mode: Mode, stress_too: bool, tmp: &Path) -> Result<(), String> {
    let expected_stdout = std::fs::read_to_string(program.with_extension("stdout"))
        .map_err(|e| format!("missing expected stdout: {e}"))?;
    let expected_status: i32 = std::fs::read_to_string(program.with_extension("status"))
        .map_err(|e| format!("missing expected status: {e}"))?
        .trim()
        .parse()
        .map_err(|e| format!("bad .status file: {e}"))?;
    let exe = tmp.join(program.file_stem().unwrap());
    let flags: &[&str] = match mode {
        Mode::O0 => &["-O0"],
        Mode::NoSpecialize => &["-O2", "--no-specialize"],
        Mode::O2 | Mode::GcStress => &["-O2"],
    };
    compile(program, flags, &exe)?;
    let mut runs = vec![mode];
    if stress_too {
        runs.push(Mode::GcStress);
    }
    for m in runs {
        let mut cmd = Command::new(&exe);
        cmd.current_dir(program.parent().unwrap());
        if m == Mode::GcStress {
            cmd.env("DXL_GC_STRESS", "1");
        }
        let o = run(&mut cmd)?;
        if o.stdout != expected_stdout || o.status != Some(expected_status) {
            return Err(format!(
                "[{}] status {:?} (expected {expected_status})\n{}\nstderr:\n{}",
                m.name(),
                o.status,
                diff(&expected_stdout, &o.stdout),
                truncate(&o.stderr, 2000)
            ));
        }
    }
    Ok(())
}

fn truncate(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Runs a program of `tests/uncaught`: stdout, status and stderr must be
/// what Node printed, the stack frames of an Error compared as one line.
fn run_uncaught(program: &Path, tmp: &Path) -> Result<(), String> {
    let read = |ext: &str| {
        std::fs::read_to_string(program.with_extension(ext)).map_err(|e| format!("missing expected .{ext}: {e}"))
    };
    let (expected_stdout, expected_stderr) = (read("stdout")?, read("stderr")?);
    let expected_status: i32 = read("status")?.trim().parse().map_err(|e| format!("bad .status file: {e}"))?;
    let exe = tmp.join(program.file_stem().unwrap());
    compile(program, &["-O2"], &exe)?;
    let o = run(Command::new(&exe).current_dir(program.parent().unwrap()))?;
    // dxl names the file as it was given to the compiler (here absolute);
    // the recording has Node's absolute path removed.
    let dir = format!("{}/", program.parent().unwrap().display());
    let stderr = collapse_stack_frames(&o.stderr.replace(&dir, ""));
    let expected = collapse_stack_frames(&expected_stderr);
    if o.stdout != expected_stdout || o.status != Some(expected_status) {
        return Err(format!(
            "status {:?} (expected {expected_status})\n{}",
            o.status,
            diff_text("stdout", &expected_stdout, &o.stdout)
        ));
    }
    if stderr != expected {
        return Err(format!("{}\nstderr:\n{}", diff_text("stderr", &expected, &stderr), o.stderr));
    }
    Ok(())
}

/// Replaces each run of `    at ...` stack-frame lines with one line (dxl's
/// frames are not Node's), keeping the ` {` that opens an error's properties.
fn collapse_stack_frames(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut in_frames = false;
    for line in text.split('\n') {
        if line.starts_with("    at ") {
            let frame = if line.ends_with(" {") { "    at <frames> {" } else { "    at <frames>" };
            if in_frames {
                *out.last_mut().unwrap() = frame.to_string();
            } else {
                out.push(frame.to_string());
            }
            in_frames = true;
        } else {
            out.push(line.to_string());
            in_frames = false;
        }
    }
    out.join("\n")
}

/// The first differing line of stdout, with context.
fn diff(expected: &str, actual: &str) -> String {
    diff_text("stdout", expected, actual)
}

/// The first differing line of `what`, with context.
fn diff_text(what: &str, expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    for i in 0..e.len().max(a.len()) {
        if e.get(i) != a.get(i) {
            let from = i.saturating_sub(2);
            let show =
                |v: &[&str]| v.iter().skip(from).take(6).map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n");
            return format!("{what} differs at line {}:\n  expected:\n{}\n  actual:\n{}", i + 1, show(&e), show(&a));
        }
    }
    format!("{what} differs only in trailing newlines")
}

/// `tests/errors/x.js` starts with `// expect: <id> <line>:<col>`.
fn expect_diagnostic(program: &Path, tmp: &Path) -> Result<(), String> {
    let source = std::fs::read_to_string(program).map_err(|e| e.to_string())?;
    let first = source.lines().next().unwrap_or("");
    let spec = first.strip_prefix("// expect: ").ok_or("first line must be `// expect: <id> <line>:<col>`")?;
    let (id, location) = spec.split_once(' ').ok_or("expected `<id> <line>:<col>`")?;
    let o = run(Command::new(DXL).arg("compile").arg(program).arg("-o").arg(tmp.join("should-not-exist")))?;
    let wanted_location = format!("{}:{}", program.display(), location.trim());
    if o.status != Some(1) || !o.stderr.contains(&format!("error[{id}]")) || !o.stderr.contains(&wanted_location) {
        return Err(format!(
            "expected exit 1 with error[{id}] at {wanted_location}; got status {:?}, stderr:\n{}",
            o.status, o.stderr
        ));
    }
    if o.stderr.contains("internal compiler error") {
        return Err("a user error must not be reported as an internal error".into());
    }
    Ok(())
}

/// Peak resident memory a program that allocates gigabytes while keeping a
/// small live set may reach.
const CHURN_PEAK_LIMIT_KIB: u64 = 96 * 1024;

/// Peak resident memory of `run/array_stride_writes_stay_small.js`, whose
/// 300,000 elements 1,000 apart would span 2.4 GB as one dense vector.
const STRIDE_PEAK_LIMIT_KIB: u64 = 256 * 1024;

/// Runs `program` (`tests/gc/churn.js`) and checks its output and its peak
/// RSS (VmHWM, sampled from /proc while it runs; the high-water mark only grows).
fn bounded_memory(program: &Path, limit_kib: u64, tmp: &Path) -> Result<(), String> {
    let exe = tmp.join(program.file_stem().unwrap_or_default());
    compile(program, &["-O2"], &exe)?;
    let mut child = Command::new(&exe)
        .env("DXL_GC_STATS", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak_kib = 0;
    let deadline = Instant::now() + RUN_TIMEOUT;
    while child.try_wait().map_err(|e| e.to_string())?.is_none() {
        if let Ok(status) = std::fs::read_to_string(&status_path)
            && let Some(line) = status.lines().find(|l| l.starts_with("VmHWM:"))
        {
            let kib: u64 = line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).unwrap_or(0);
            peak_kib = peak_kib.max(kib);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            return Err("timed out".into());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let expected = std::fs::read_to_string(program.with_extension("stdout")).map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if stdout != expected {
        return Err(diff(&expected, &stdout));
    }
    let stats = String::from_utf8_lossy(&out.stderr);
    println!("{}: peak RSS {} MiB; {}", program.display(), peak_kib / 1024, stats.trim());
    if peak_kib == 0 || peak_kib > limit_kib {
        return Err(format!("peak RSS {peak_kib} KiB exceeds {limit_kib} KiB"));
    }
    Ok(())
}

fn cli_cases(root: &Path) -> Vec<Case> {
    let hello = root.join("run").join("arith_basic_operators.js");
    let mut cases: Vec<Case> = Vec::new();
    cases.push(Case {
        name: "cli/missing_input".into(),
        run: Box::new(|tmp| {
            let o = run(Command::new(DXL).arg("compile").arg(tmp.join("nope.js")))?;
            expect_line_error(&o, "cannot read")
        }),
    });
    let input = hello.clone();
    cases.push(Case {
        name: "cli/unwritable_output".into(),
        run: Box::new(move |_| {
            let o = run(Command::new(DXL).arg("compile").arg(&input).arg("-o").arg("/nonexistent-dir/app"))?;
            expect_line_error(&o, "cannot write /nonexistent-dir/app")
        }),
    });
    let input = hello.clone();
    cases.push(Case {
        name: "cli/failing_linker".into(),
        run: Box::new(move |tmp| {
            let o = run(Command::new(DXL).arg("compile").arg(&input).arg("-o").arg(tmp.join("x")).env("CC", "false"))?;
            expect_line_error(&o, "linking failed")
        }),
    });
    let input = hello.clone();
    cases.push(Case {
        name: "cli/internal_error_is_reported".into(),
        run: Box::new(move |tmp| {
            let o = run(Command::new(DXL)
                .arg("compile")
                .arg(&input)
                .arg("-o")
                .arg(tmp.join("x"))
                .env("DXL_INTERNAL_TEST_PANIC", "1"))?;
            if o.status != Some(101)
                || !o.stderr.contains("internal compiler error")
                || !o.stderr.contains("bug in dxl")
            {
                return Err(format!("expected exit 101 with a bug-report message; got {:?}: {}", o.status, o.stderr));
            }
            Ok(())
        }),
    });
    let input = hello.clone();
    cases.push(Case {
        name: "cli/usage_mistakes_exit_1".into(),
        run: Box::new(move |tmp| {
            let o = run(Command::new(DXL).arg("compile").arg(&input).arg("-O").arg("7").arg("-o").arg(tmp.join("x")))?;
            expect_line_error(&o, "invalid value '7'")?;
            let o = run(Command::new(DXL).arg("compile").arg(&input).arg("--target-cpu").arg("pentium9"))?;
            expect_line_error(&o, "possible values: generic, native")?;
            let o = run(Command::new(DXL).arg("--version"))?;
            if o.status != Some(0) {
                return Err(format!("--version exited {:?}", o.status));
            }
            Ok(())
        }),
    });
    let input = hello.clone();
    cases.push(Case {
        name: "cli/target_cpu_native_runs_here".into(),
        run: Box::new(move |tmp| {
            let exe = tmp.join("native");
            let o = run(Command::new(DXL)
                .arg("compile")
                .arg(&input)
                .arg("--target-cpu")
                .arg("native")
                .arg("-o")
                .arg(&exe))?;
            if o.status != Some(0) {
                return Err(format!("compiling for the native processor failed: {}", o.stderr));
            }
            let ran = run(&mut Command::new(&exe))?;
            let expected = std::fs::read_to_string(input.with_extension("stdout")).map_err(|e| e.to_string())?;
            if ran.status != Some(0) || ran.stdout != expected {
                return Err(format!("the native build printed {:?} (status {:?})", ran.stdout, ran.status));
            }
            Ok(())
        }),
    });
    cases.push(Case {
        name: "cli/uncaught_error_report_is_nodes".into(),
        run: Box::new(|tmp| {
            for (i, (source, expected)) in UNCAUGHT_REPORTS.iter().enumerate() {
                let input = tmp.join(format!("uncaught{i}.js"));
                std::fs::write(&input, source).map_err(|e| e.to_string())?;
                let file = std::fs::canonicalize(&input).map_err(|e| e.to_string())?;
                for flags in [&["-O2"][..], &["-O0"], &["-O2", "--no-specialize"]] {
                    let exe = tmp.join(format!("uncaught{i}"));
                    compile(&input, flags, &exe)?;
                    let o = run(&mut Command::new(&exe))?;
                    let want = expected.replace("{file}", &file.display().to_string()) + NODE_VERSION_LINE;
                    if o.status != Some(1) || o.stderr != want {
                        return Err(format!(
                            "{flags:?} {source:?}: status {:?}, stderr\n{}\nexpected\n{want}",
                            o.status, o.stderr
                        ));
                    }
                }
            }
            Ok(())
        }),
    });
    cases.push(Case {
        name: "cli/never_overwrites_input".into(),
        run: Box::new(|tmp| {
            let input = tmp.join("keep.js");
            std::fs::write(&input, "console.log(1)\n").map_err(|e| e.to_string())?;
            let o = run(Command::new(DXL).arg("compile").arg(&input).arg("-o").arg(&input))?;
            expect_line_error(&o, "is the input file")?;
            let text = tmp.join("keep");
            std::fs::write(&text, "notes\n").map_err(|e| e.to_string())?;
            let o = run(Command::new(DXL).arg("compile").arg(&input))?;
            expect_line_error(&o, "refusing to overwrite")?;
            if std::fs::read_to_string(&text).map_err(|e| e.to_string())? != "notes\n" {
                return Err("a user file was overwritten".into());
            }
            Ok(())
        }),
    });
    cases.push(Case { name: "cli/closed_stdout_pipe_is_quiet".into(), run: Box::new(closed_stdout_pipe) });
    cases.push(Case { name: "cli/out_of_memory_is_reported".into(), run: Box::new(out_of_memory) });
    cases.extend(deep_input_cases());
    cases.extend(output_file_cases());
    cases.push(Case {
        name: "cli/invalid_utf8_has_a_location".into(),
        run: Box::new(|tmp| {
            let bad = tmp.join("bad.js");
            std::fs::write(&bad, b"let a = 1;\nlet s = 'ok \xff';\n").map_err(|e| e.to_string())?;
            let o = run(Command::new(DXL).arg("compile").arg(&bad).arg("-o").arg(tmp.join("bad")))?;
            expect_line_error(&o, "error[invalid-utf8]: the source is not valid UTF-8")?;
            expect_line_error(&o, &format!("{}:2:13", bad.display()))
        }),
    });
    cases
}

/// Compiles generated source (written to the scratch directory) with each
/// of `flags` and checks that the program prints `expected`.
fn compile_and_run_generated(
    tmp: &Path,
    name: &str,
    source: &str,
    flags: &[&str],
    expected: &str,
) -> Result<(), String> {
    let program = tmp.join(format!("{name}.js"));
    std::fs::write(&program, source).map_err(|e| e.to_string())?;
    for flag in flags {
        let exe = tmp.join(name);
        compile(&program, &[flag], &exe).map_err(|e| format!("[{flag}] {}", truncate(&e, 2000)))?;
        let o = run(&mut Command::new(&exe))?;
        if o.stdout != expected || o.status != Some(0) {
            return Err(format!(
                "[{flag}] printed {:?} (status {:?}), expected {expected:?}",
                truncate(&o.stdout, 200),
                o.status
            ));
        }
    }
    Ok(())
}

/// Machine-generated and minified code nests deeply: the compiler must
/// neither crash nor refuse such input at depths Node compiles (or, for
/// brackets, well past them), and the program must print what Node does
/// (with a large enough stack for its parser: the value is computed here).
/// Nesting past what dxl compiles is a diagnostic with a location.
fn deep_input_cases() -> Vec<Case> {
    // (name, source, what it prints, optimization levels to check)
    type Shape = (&'static str, fn() -> (String, String), &'static [&'static str]);
    let shapes: Vec<Shape> = vec![
        (
            "deep_plus_chain_100000",
            || {
                let n = 100_000;
                (format!("console.log(0{});\n", " + 1".repeat(n)), format!("{n}\n"))
            },
            &["-O2", "-O0"],
        ),
        (
            "deep_parens_10000",
            || {
                let n = 10_000;
                (format!("console.log({}1{});\n", "(".repeat(n), " + 1)".repeat(n)), format!("{}\n", n + 1))
            },
            &["-O2", "-O0"],
        ),
        (
            "deep_arrays_5000",
            || {
                let n = 5_000;
                let source = format!(
                    "let x = {}7{};\nlet depth = 0;\nwhile (typeof x === 'object') {{ x = x[0]; depth++; }}\nconsole.log(depth, x);\n",
                    "[".repeat(n),
                    "]".repeat(n)
                );
                (source, format!("{n} 7\n"))
            },
            &["-O2", "-O0"],
        ),
        (
            "deep_objects_5000",
            || {
                let n = 5_000;
                let source = format!(
                    "let x = {}7{};\nlet depth = 0;\nwhile (typeof x === 'object') {{ x = x.a; depth++; }}\nconsole.log(depth, x);\n",
                    "{a: ".repeat(n),
                    "}".repeat(n)
                );
                (source, format!("{n} 7\n"))
            },
            &["-O0"],
        ),
        (
            "deep_blocks_5000",
            || {
                let n = 5_000;
                (format!("let c = 0;\n{}{}\nconsole.log(c);\n", "{ c++; ".repeat(n), "}".repeat(n)), format!("{n}\n"))
            },
            &["-O2", "-O0"],
        ),
        (
            "deep_function_expressions_2000",
            || {
                let n = 2_000;
                let source =
                    format!("console.log({}0{});\n", "(function () { return ".repeat(n), " + 1; })()".repeat(n));
                (source, format!("{n}\n"))
            },
            &["-O0"],
        ),
    ];
    let mut cases: Vec<Case> = shapes
        .into_iter()
        .map(|(name, generate, flags)| Case {
            name: format!("cli/{name}"),
            run: Box::new(move |tmp| {
                let (source, expected) = generate();
                compile_and_run_generated(tmp, name, &source, flags, &expected)
            }),
        })
        .collect();
    cases.push(Case {
        name: "cli/absurd_nesting_is_a_diagnostic".into(),
        run: Box::new(|tmp| {
            let program = tmp.join("absurd.js");
            let n = 1_000_000;
            std::fs::write(&program, format!("console.log({}1{});\n", "(".repeat(n), ")".repeat(n)))
                .map_err(|e| e.to_string())?;
            let o = run(Command::new(DXL).arg("compile").arg(&program).arg("-o").arg(tmp.join("absurd")))?;
            expect_line_error(&o, "error[nesting-too-deep]")?;
            // The first parenthesis past the limit, 1,000,000 levels counting `console.log(`.
            expect_line_error(&o, &format!("{}:1:1000011", program.display()))?;
            if o.stderr.len() > 2000 {
                return Err(format!("the diagnostic shows too much of the line: {} bytes", o.stderr.len()));
            }
            Ok(())
        }),
    });
    cases
}

/// How `-o` and the default output names treat files that exist.
fn output_file_cases() -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    cases.push(Case {
        name: "cli/output_into_a_fifo_keeps_its_mode".into(),
        run: Box::new(|tmp| {
            use std::os::unix::fs::{FileTypeExt as _, OpenOptionsExt as _, PermissionsExt as _};
            let input = tmp.join("fifo_app.js");
            std::fs::write(&input, "console.log(1);\n").map_err(|e| e.to_string())?;
            let fifo = tmp.join("fifo");
            let _ = std::fs::remove_file(&fifo);
            let made = run(Command::new("mkfifo").arg("-m").arg("644").arg(&fifo))?;
            if made.status != Some(0) {
                return Err(format!("mkfifo failed: {}", made.stderr));
            }
            let reader_path = fifo.clone();
            let reader = std::thread::spawn(move || std::fs::read(reader_path).unwrap_or_default());
            let o = run(Command::new(DXL).arg("compile").arg(&input).arg("-o").arg(&fifo));
            // Unblock the reader if dxl never opened the FIFO (O_NONBLOCK:
            // fails at once when the reader is gone).
            let _ = std::fs::OpenOptions::new().write(true).custom_flags(0o4000).open(&fifo);
            let written = reader.join().map_err(|_| "the reader panicked")?;
            let o = o?;
            if o.status != Some(0) || !written.starts_with(b"\x7fELF") {
                return Err(format!(
                    "writing into a FIFO: status {:?}, {} bytes: {}",
                    o.status,
                    written.len(),
                    o.stderr
                ));
            }
            let meta = std::fs::symlink_metadata(&fifo).map_err(|e| e.to_string())?;
            if !meta.file_type().is_fifo() || meta.permissions().mode() & 0o7777 != 0o644 {
                return Err(format!("the FIFO was changed: mode {:o}", meta.permissions().mode()));
            }
            Ok(())
        }),
    });
    cases.push(Case {
        name: "cli/output_replaces_a_regular_file".into(),
        run: Box::new(|tmp| {
            use std::os::unix::fs::PermissionsExt as _;
            let input = tmp.join("replace_app.js");
            std::fs::write(&input, "console.log(1);\n").map_err(|e| e.to_string())?;
            let out = tmp.join("replaced");
            let other_link = tmp.join("replaced.other-link");
            let _ = std::fs::remove_file(&out);
            let _ = std::fs::remove_file(&other_link);
            std::fs::write(&out, "old\n").map_err(|e| e.to_string())?;
            std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).map_err(|e| e.to_string())?;
            std::fs::hard_link(&out, &other_link).map_err(|e| e.to_string())?;
            let o = run(Command::new(DXL).arg("compile").arg(&input).arg("-o").arg(&out))?;
            if o.status != Some(0) {
                return Err(format!("compile failed: {}", o.stderr));
            }
            // The old file (still reachable through its other link) is untouched.
            let old = std::fs::read_to_string(&other_link).map_err(|e| e.to_string())?;
            let old_mode = std::fs::metadata(&other_link).map_err(|e| e.to_string())?.permissions().mode();
            if old != "old\n" || old_mode & 0o777 != 0o644 {
                return Err(format!("the replaced file was changed: {old:?}, mode {old_mode:o}"));
            }
            let ran = run(&mut Command::new(&out))?;
            if ran.stdout != "1\n" {
                return Err(format!("the new executable printed {:?}", ran.stdout));
            }
            Ok(())
        }),
    });
    cases.push(Case {
        name: "cli/emit_never_overwrites_other_files".into(),
        run: Box::new(|tmp| {
            let input = tmp.join("emitted.js");
            std::fs::write(&input, "console.log(1);\n").map_err(|e| e.to_string())?;
            for (emit, extension) in [("asm", "s"), ("llvm-ir", "ll"), ("obj", "o"), ("hir", "hir")] {
                let default_output = tmp.join(format!("emitted.{extension}"));
                std::fs::write(&default_output, "notes\n").map_err(|e| e.to_string())?;
                let o = run(Command::new(DXL).arg("compile").arg(&input).arg("--emit").arg(emit))?;
                expect_line_error(&o, "refusing to overwrite").map_err(|e| format!("--emit {emit}: {e}"))?;
                if std::fs::read_to_string(&default_output).map_err(|e| e.to_string())? != "notes\n" {
                    return Err(format!("--emit {emit} overwrote a user file"));
                }
                // Its own earlier output is replaced.
                std::fs::remove_file(&default_output).map_err(|e| e.to_string())?;
                for attempt in ["first", "second"] {
                    let o = run(Command::new(DXL).arg("compile").arg(&input).arg("--emit").arg(emit))?;
                    if o.status != Some(0) {
                        return Err(format!("--emit {emit}, {attempt} run: {}", o.stderr));
                    }
                }
                std::fs::remove_file(&default_output).map_err(|e| e.to_string())?;
            }
            Ok(())
        }),
    });
    cases
}

/// `node app.js | head -1`: once stdout's reader has gone, Node drops the
/// program's further output, runs it to the end and exits with its usual
/// status (no SIGPIPE death, status 141).
fn closed_stdout_pipe(tmp: &Path) -> Result<(), String> {
    use std::io::{BufRead, BufReader, Read};
    let programs = [
        ("pipe_ok", "console.error(\"after the loop\");\n", Some(0), "after the loop\n"),
        ("pipe_throws", "throw new Error(\"boom\");\n", Some(1), "Error: boom"),
    ];
    for (name, tail, want_status, want_stderr) in programs {
        let src = tmp.join(format!("{name}.js"));
        let text = format!("for (let i = 0; i < 1000000; i++) console.log(i);\n{tail}");
        std::fs::write(&src, text).map_err(|e| e.to_string())?;
        let exe = tmp.join(name);
        compile(&src, &["-O2"], &exe)?;
        let mut child = Command::new(&exe)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| e.to_string())?;
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).map_err(|e| e.to_string())?;
        // The reader is dropped here: the pipe has no reader from now on.
        let mut stderr = String::new();
        child.stderr.take().unwrap().read_to_string(&mut stderr).map_err(|e| e.to_string())?;
        let status = child.wait().map_err(|e| e.to_string())?;
        if first != "0\n" || status.code() != want_status || !stderr.contains(want_stderr) {
            return Err(format!(
                "{name}: first line {first:?}, status {status:?} (expected {want_status:?}), stderr {:?}",
                truncate(&stderr, 500)
            ));
        }
    }
    Ok(())
}

/// An allocation of the runtime's own vectors that fails (here the work
/// list of `sort`, under a limited address space) ends as V8's heap
/// exhaustion does: the output so far, Node's fatal message, status 134.
fn out_of_memory(tmp: &Path) -> Result<(), String> {
    let src = tmp.join("oom.js");
    // 2^26 elements: 256 MiB as a packed int32 array, twice that for sort's
    // copy as values.
    let text = "console.log(\"before\");\nconst a = [];\nfor (let i = 0; i < 67108864; i++) a.push(67108864 - i);\n\
                console.log(\"filled\");\na.sort();\nconsole.log(a[0]);\n";
    std::fs::write(&src, text).map_err(|e| e.to_string())?;
    let exe = tmp.join("oom");
    compile(&src, &["-O2"], &exe)?;
    // 800 MiB of address space: room for the program and the array (it
    // needs about 400), not for the copy (sort succeeds from about 1150).
    let o = run(Command::new("sh").arg("-c").arg("ulimit -v 819200 && exec \"$0\"").arg(&exe))?;
    let message = "\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n";
    if o.stdout != "before\nfilled\n" || o.stderr != message || o.status != Some(134) {
        return Err(format!("stdout {:?}, status {:?}, stderr {:?}", o.stdout, o.status, truncate(&o.stderr, 500)));
    }
    Ok(())
}
/// Programs that end with an uncaught error, and the report Node 20 prints
/// on stderr (`{file}` is the program's real path), without the frames of
/// Node's own modules (`node:internal/...`); the test appends the closing
/// `Node.js v20...` line: the caret under the failing property or call,
/// then `stack`.
/// The last line of Node's uncaught-exception report, for the Node the
/// corpus is recorded with (the runtime prints the same, `start::NODE_VERSION`).
const NODE_VERSION_LINE: &str = "Node.js v20.20.2\n";

const UNCAUGHT_REPORTS: [(&str, &str); 6] = [
    (
        "const a = { b: undefined };\nfunction get(o) {\n  return o.b.x;\n}\nget(a);\n",
        "{file}:3\n  return o.b.x;\n             ^\n\nTypeError: Cannot read properties of undefined (reading 'x')\n    at get ({file}:3:14)\n    at Object.<anonymous> ({file}:5:1)\n\n",
    ),
    (
        "const o = { f: 1 };\nfunction call(o) {\n  return o.f();\n}\nfunction outer() { return call(o) + 1; }\nouter();\n",
        "{file}:3\n  return o.f();\n           ^\n\nTypeError: o.f is not a function\n    at call ({file}:3:12)\n    at outer ({file}:5:27)\n    at Object.<anonymous> ({file}:6:1)\n\n",
    ),
    (
        "function f() {\n  return undefinedVar + 1;\n}\nf();\n",
        "{file}:2\n  return undefinedVar + 1;\n  ^\n\nReferenceError: undefinedVar is not defined\n    at f ({file}:2:3)\n    at Object.<anonymous> ({file}:4:1)\n\n",
    ),
    (
        "let v = null;\nconsole.log(v.x);\n",
        "{file}:2\nconsole.log(v.x);\n              ^\n\nTypeError: Cannot read properties of null (reading 'x')\n    at Object.<anonymous> ({file}:2:15)\n\n",
    ),
    (
        "function g(n) { if (n === 0.5) return 1; return 1 + g(n - 1) }\nconsole.log(g(10));\n",
        concat!(
            "{file}:1\nfunction g(n) { if (n === 0.5) return 1; return 1 + g(n - 1) }\n                ^\n\n",
            "RangeError: Maximum call stack size exceeded\n    at g ({file}:1:17)\n",
            "    at g ({file}:1:53)\n    at g ({file}:1:53)\n    at g ({file}:1:53)\n    at g ({file}:1:53)\n",
            "    at g ({file}:1:53)\n    at g ({file}:1:53)\n    at g ({file}:1:53)\n    at g ({file}:1:53)\n",
            "    at g ({file}:1:53)\n\n",
        ),
    ),
    (
        "function fail() { throw new TypeError(\"bad \" + 1) }\n[3].forEach(function (x) { fail() });\n",
        "{file}:1\nfunction fail() { throw new TypeError(\"bad \" + 1) }\n                  ^\n\nTypeError: bad 1\n    at fail ({file}:1:25)\n    at {file}:2:28\n    at Array.forEach (<anonymous>)\n    at Object.<anonymous> ({file}:2:5)\n\n",
    ),
];

fn expect_line_error(o: &Output, needle: &str) -> Result<(), String> {
    if o.status != Some(1) || !o.stderr.contains(needle) || o.stderr.contains("internal compiler error") {
        return Err(format!("expected exit 1 and a message containing {needle:?}; got {:?}: {}", o.status, o.stderr));
    }
    Ok(())
}
