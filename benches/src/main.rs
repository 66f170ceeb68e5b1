//! The benchmark runner: `scripts/bench.sh` (or `dxl-bench --smoke` in CI).
//!
//! For each `benches/programs/*.js`: compile with dxl (time, binary size),
//! run Node once for the reference output, run the dxl binary and compare
//! (a mismatch is a failure and is never timed), then time Node, Bun, dxl and
//! the C version (if `benches/c/<name>.c` exists) interleaved, `--runs` times,
//! keeping the median wall time and peak RSS. Also measures hello-world
//! start-up and memory of each, and `bun build --compile` size. Writes
//! `benches/results.json`, `docs/benchmarks.md` and `docs/benchmarks.svg`.
//!
//! `--smoke` runs every program once at its small size (the `bench:smoke`
//! value on its `bench:size` line) and only checks outputs.

mod generate;
mod measure;
mod report;

use std::path::{Path, PathBuf};
use std::process::Command;

use measure::median;

pub struct Options {
    smoke: bool,
    runs: usize,
    only: Vec<String>,
    write_docs: bool,
}

/// Measurements of one engine on one benchmark.
#[derive(Default, Clone)]
pub struct Timing {
    pub wall_ms: f64,
    pub rss_kib: f64,
}

pub enum Outcome {
    /// dxl rejected the program: its message.
    Unsupported(String),
    /// dxl's output differed from Node's (or it failed at run time).
    Mismatch(String),
    Ok,
}

pub struct BenchResult {
    pub name: String,
    pub outcome: Outcome,
    pub compile_ms: f64,
    pub binary_bytes: u64,
    pub dxl: Option<Timing>,
    pub node: Option<Timing>,
    pub bun: Option<Timing>,
    pub c: Option<Timing>,
}

pub struct Startup {
    pub engine: &'static str,
    pub wall_ms: f64,
    pub rss_kib: f64,
    pub binary_bytes: Option<u64>,
}

pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub node: String,
    pub bun: String,
    pub cc: String,
    pub dxl_commit: String,
}

fn main() {
    let mut options = Options { smoke: false, runs: 5, only: Vec::new(), write_docs: true };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--smoke" => options.smoke = true,
            "--runs" => options.runs = args.next().and_then(|n| n.parse().ok()).unwrap_or(5).max(1),
            "--only" => options.only = args.next().unwrap_or_default().split(',').map(String::from).collect(),
            "--no-docs" => options.write_docs = false,
            "--generate" => {
                // A large program for compile-time measurements, on stdout.
                let kind = args.next().as_deref().and_then(generate::Kind::parse);
                let size = args.next().and_then(|n| n.parse().ok());
                let (Some(kind), Some(size)) = (kind, size) else {
                    eprintln!("dxl-bench: --generate takes statements|functions|nested and a size");
                    std::process::exit(2);
                };
                print!("{}", generate::generate(kind, size));
                return;
            }
            "-h" | "--help" => {
                println!("usage: dxl-bench [--smoke] [--runs N] [--only a,b] [--no-docs]");
                println!("       dxl-bench --generate statements|functions|nested N");
                return;
            }
            other => {
                eprintln!("dxl-bench: unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    match run_suite(&options) {
        Ok(0) => {}
        Ok(failures) => {
            eprintln!("dxl-bench: {failures} benchmark(s) failed");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("dxl-bench: {e}");
            std::process::exit(1);
        }
    }
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("benches/ is inside the repository").to_path_buf()
}

fn run_suite(options: &Options) -> Result<usize, String> {
    let root = root();
    let dxl = root.join("target/release/dxl");
    if !dxl.exists() {
        return Err(format!("{} is missing; build it with `cargo build --release -p dxl`", dxl.display()));
    }
    let work = std::env::temp_dir().join(format!("dxl-bench-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let bun = if options.smoke { None } else { find_or_install_bun(&root) };

    let mut programs: Vec<PathBuf> = std::fs::read_dir(root.join("benches/programs"))
        .map_err(|e| format!("cannot list benches/programs: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .collect();
    programs.sort();
    programs.retain(|p| {
        options.only.is_empty() || options.only.iter().any(|o| p.file_stem().is_some_and(|s| s == o.as_str()))
    });

    let mut results = Vec::new();
    let mut failures = 0;
    for program in &programs {
        let result = bench_one(program, &dxl, bun.as_deref(), &work, options)?;
        match &result.outcome {
            Outcome::Ok => println!("{:<14} ok", result.name),
            Outcome::Unsupported(m) => println!("{:<14} unsupported by dxl: {m}", result.name),
            Outcome::Mismatch(m) => {
                failures += 1;
                println!("{:<14} FAILED: {m}", result.name)
            }
        }
        results.push(result);
    }
    let total = results.len();
    println!("bench: {} passed, {} failed", total - failures, failures);
    if options.smoke {
        let _ = std::fs::remove_dir_all(&work);
        return Ok(failures);
    }

    let kernel_notes = std::fs::read_to_string(root.join("benches/kernel-notes.md")).unwrap_or_default();
    let startup = measure_startup(&dxl, bun.as_deref(), &work)?;
    let machine = machine_info(bun.as_deref());
    let json = report::json(&results, &startup, &machine);
    std::fs::write(root.join("benches/results.json"), json).map_err(|e| e.to_string())?;
    if options.write_docs {
        std::fs::write(
            root.join("docs/benchmarks.md"),
            report::markdown(&results, &startup, &machine, options.runs, &kernel_notes),
        )
        .map_err(|e| e.to_string())?;
        std::fs::write(root.join("docs/benchmarks.svg"), report::svg(&results)).map_err(|e| e.to_string())?;
        println!("wrote benches/results.json, docs/benchmarks.md, docs/benchmarks.svg");
    }
    let _ = std::fs::remove_dir_all(&work);
    Ok(failures)
}

/// The program's text, with its size line rewritten to the smoke value when asked.
fn prepared_source(program: &Path, smoke: bool) -> Result<String, String> {
    let text = std::fs::read_to_string(program).map_err(|e| e.to_string())?;
    if !smoke {
        return Ok(text);
    }
    let mut out = String::new();
    for line in text.lines() {
        if line.contains("bench:size")
            && let Some(smoke_value) = line.split("bench:smoke").nth(1).and_then(|s| s.split_whitespace().next())
            && let Some(eq) = line.find('=')
        {
            out.push_str(&format!("{}= {smoke_value}; // bench:size (smoke)\n", &line[..eq]));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    Ok(out)
}

fn bench_one(
    program: &Path,
    dxl: &Path,
    bun: Option<&Path>,
    work: &Path,
    options: &Options,
) -> Result<BenchResult, String> {
    let name = program.file_stem().expect("a file").to_string_lossy().to_string();
    let source = work.join(format!("{name}.js"));
    std::fs::write(&source, prepared_source(program, options.smoke)?).map_err(|e| e.to_string())?;
    let exe = work.join(&name);
    let mut result = BenchResult {
        name: name.clone(),
        outcome: Outcome::Ok,
        compile_ms: 0.0,
        binary_bytes: 0,
        dxl: None,
        node: None,
        bun: None,
        c: None,
    };

    let compile = measure::run(Command::new(dxl).arg("compile").arg(&source).arg("-o").arg(&exe))?;
    result.compile_ms = compile.wall.as_secs_f64() * 1000.0;
    if compile.status != Some(0) {
        let message = compile.stderr.lines().find(|l| l.starts_with("error")).unwrap_or("compile failed").to_string();
        result.outcome = Outcome::Unsupported(message);
        return Ok(result);
    }
    result.binary_bytes = std::fs::metadata(&exe).map(|m| m.len()).unwrap_or(0);

    let reference = measure::run(Command::new("node").arg(&source))?;
    let ours = measure::run(&mut Command::new(&exe))?;
    if ours.stdout != reference.stdout || ours.status != reference.status {
        result.outcome = Outcome::Mismatch(format!(
            "dxl printed {:?} (status {:?}), node printed {:?} (status {:?}); stderr: {}",
            ours.stdout.trim_end(),
            ours.status,
            reference.stdout.trim_end(),
            reference.status,
            ours.stderr.lines().take(6).collect::<Vec<_>>().join(" | ")
        ));
        return Ok(result);
    }
    let c_exe = compile_c(&name, work, options.smoke, &reference.stdout)?;
    if options.smoke {
        return Ok(result);
    }

    let mut samples: [Vec<(f64, f64)>; 4] = Default::default();
    for _ in 0..options.runs {
        let mut engines: Vec<(usize, Command)> = Vec::new();
        let mut node = Command::new("node");
        node.arg(&source);
        engines.push((0, node));
        if let Some(bun) = bun {
            let mut c = Command::new(bun);
            c.arg(&source);
            engines.push((1, c));
        }
        engines.push((2, Command::new(&exe)));
        if let Some(c_exe) = &c_exe {
            engines.push((3, Command::new(c_exe)));
        }
        for (i, mut cmd) in engines {
            let r = measure::run(&mut cmd)?;
            if r.status != Some(0) {
                return Err(format!("{name}: {cmd:?} failed during timing: {}", r.stderr.trim()));
            }
            samples[i].push((r.wall.as_secs_f64() * 1000.0, r.max_rss_kib as f64));
        }
    }
    let summarize = |s: &Vec<(f64, f64)>| -> Option<Timing> {
        (!s.is_empty()).then(|| Timing {
            wall_ms: median(s.iter().map(|x| x.0).collect()),
            rss_kib: median(s.iter().map(|x| x.1).collect()),
        })
    };
    result.node = summarize(&samples[0]);
    result.bun = summarize(&samples[1]);
    result.dxl = summarize(&samples[2]);
    result.c = summarize(&samples[3]);
    Ok(result)
}

/// Builds `benches/c/<name>.c` with `cc -O2` at the size the JS uses, and
/// checks it prints what Node printed. `None` when there is no C version.
fn compile_c(name: &str, work: &Path, smoke: bool, expected: &str) -> Result<Option<PathBuf>, String> {
    let c_source = root().join("benches/c").join(format!("{name}.c"));
    if !c_source.exists() {
        return Ok(None);
    }
    let prepared = work.join(format!("{name}.c"));
    let mut text = std::fs::read_to_string(&c_source).map_err(|e| e.to_string())?;
    if smoke {
        // The C version takes its size from `#define SIZE n`; the smoke size is the JS program's.
        let js =
            std::fs::read_to_string(root().join("benches/programs").join(format!("{name}.js"))).unwrap_or_default();
        let small = js
            .lines()
            .find(|l| l.contains("bench:size"))
            .and_then(|l| l.split("bench:smoke").nth(1))
            .and_then(|s| s.split_whitespace().next())
            .unwrap_or("1")
            .to_string();
        text = text
            .lines()
            .map(|l| if l.starts_with("#define SIZE ") { format!("#define SIZE {small}") } else { l.to_string() })
            .collect::<Vec<_>>()
            .join("\n");
        text.push('\n');
    }
    std::fs::write(&prepared, text).map_err(|e| e.to_string())?;
    let exe = work.join(format!("{name}-c"));
    let cc = measure::run(Command::new("cc").arg("-O2").arg("-o").arg(&exe).arg(&prepared).arg("-lm"))?;
    if cc.status != Some(0) {
        return Err(format!("{name}.c does not compile: {}", cc.stderr));
    }
    let run = measure::run(&mut Command::new(&exe))?;
    if run.stdout != expected {
        return Err(format!("{name}.c prints {:?}, the JS version {:?}", run.stdout.trim(), expected.trim()));
    }
    Ok(Some(exe))
}

/// Bun from `benches/node_modules`, installed with npm when missing.
fn find_or_install_bun(root: &Path) -> Option<PathBuf> {
    let bun = root.join("benches/node_modules/.bin/bun");
    if !bun.exists() {
        println!("installing bun with npm (benches/node_modules)...");
        let status = Command::new("npm")
            .args(["install", "--no-save", "--no-audit", "--no-fund", "--prefix"])
            .arg(root.join("benches"))
            .arg("bun")
            .status();
        if !status.is_ok_and(|s| s.success()) {
            eprintln!("dxl-bench: could not install bun; continuing without it");
            return None;
        }
    }
    bun.exists().then_some(bun)
}

const HELLO: &str = "console.log(\"hello world\");\n";

fn measure_startup(dxl: &Path, bun: Option<&Path>, work: &Path) -> Result<Vec<Startup>, String> {
    let hello = work.join("hello.js");
    std::fs::write(&hello, HELLO).map_err(|e| e.to_string())?;
    let exe = work.join("hello");
    let compiled = measure::run(Command::new(dxl).arg("compile").arg(&hello).arg("-o").arg(&exe))?;
    if compiled.status != Some(0) {
        return Err(format!("hello world does not compile: {}", compiled.stderr));
    }
    let mut out = Vec::new();
    let mut time =
        |engine: &'static str, mut make: Box<dyn FnMut() -> Command>, size: Option<u64>| -> Result<(), String> {
            let mut walls = Vec::new();
            let mut rss = Vec::new();
            for _ in 0..21 {
                let r = measure::run(&mut make())?;
                walls.push(r.wall.as_secs_f64() * 1000.0);
                rss.push(r.max_rss_kib as f64);
            }
            out.push(Startup { engine, wall_ms: median(walls), rss_kib: median(rss), binary_bytes: size });
            Ok(())
        };
    let dxl_size = std::fs::metadata(&exe).map(|m| m.len()).ok();
    let exe2 = exe.clone();
    time("dxl", Box::new(move || Command::new(&exe2)), dxl_size)?;
    let hello2 = hello.clone();
    time(
        "node",
        Box::new(move || {
            let mut c = Command::new("node");
            c.arg(&hello2);
            c
        }),
        None,
    )?;
    if let Some(bun) = bun {
        let bun_exe = work.join("hello-bun");
        let built =
            measure::run(Command::new(bun).arg("build").arg("--compile").arg(&hello).arg("--outfile").arg(&bun_exe))?;
        let size = (built.status == Some(0)).then(|| std::fs::metadata(&bun_exe).map(|m| m.len()).ok()).flatten();
        let (bun2, hello3) = (bun.to_path_buf(), hello.clone());
        time(
            "bun",
            Box::new(move || {
                let mut c = Command::new(&bun2);
                c.arg(&hello3);
                c
            }),
            size,
        )?;
    }
    Ok(out)
}

fn version_of(cmd: &Path, arg: &str) -> String {
    Command::new(cmd)
        .arg(arg)
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().next().unwrap_or("").trim().to_string())
        .unwrap_or_else(|| "not available".into())
}

fn machine_info(bun: Option<&Path>) -> Machine {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    Machine {
        cpu,
        cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
        node: version_of(Path::new("node"), "--version"),
        bun: bun.map_or_else(|| "not installed".into(), |b| version_of(b, "--version")),
        cc: version_of(Path::new("cc"), "--version"),
        dxl_commit: Command::new("git")
            .args(["rev-parse", "--short", "HEAD"])
            .current_dir(root())
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default(),
    }
}
