//! `dxl-fuzz`: see `docs/testing.md`.
//!
//!     dxl-fuzz [run] [--seed N] [--first I] [--iterations N] [--time SECS] [--dxl PATH] [--node PATH]
//!                    [--out DIR] [--corpus DIR] [--mutants PERCENT] [--known FILE]
//!                    [--modes o0,o2,nospec,gc] [--no-minimize] [--minimize-known] [--minimize-time SECS]
//!     dxl-fuzz print --seed N --index I [--corpus DIR] [--mutants PERCENT]
//!     dxl-fuzz check FILE [--dxl PATH] [--node PATH] [--modes ...] [--minimize] [--out DIR]

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use dxl_fuzz::campaign::{self, Config, Known};
use dxl_fuzz::minimize;
use dxl_fuzz::oracle::{Mode, Tools, Verdict, describe};

const USAGE: &str = "usage: dxl-fuzz [run] [--seed N] [--first I] [--iterations N] [--time SECS] [--dxl PATH] [--node PATH] \
[--out DIR] [--corpus DIR] [--mutants PERCENT] [--known FILE] [--modes o0,o2,nospec,gc] [--no-minimize] \
[--minimize-known] [--minimize-time SECS]\n       dxl-fuzz print --seed N --index I [--corpus DIR] [--mutants PERCENT]\n       \
dxl-fuzz check FILE [--modes ...] [--minimize] [--out DIR]";

struct Args {
    command: String,
    file: Option<PathBuf>,
    seed: u64,
    index: u64,
    first: u64,
    iterations: Option<u64>,
    time: Option<Duration>,
    dxl: PathBuf,
    node: PathBuf,
    out: PathBuf,
    corpus: PathBuf,
    mutants: u32,
    known: Option<PathBuf>,
    modes: Vec<Mode>,
    minimize: Option<bool>,
    minimize_known: bool,
    minimize_time: Duration,
}

fn parse() -> Result<Args, String> {
    let mut args = Args {
        command: "run".into(),
        file: None,
        seed: 1,
        index: 0,
        first: 0,
        iterations: None,
        time: None,
        dxl: std::env::var_os("DXL").map_or_else(|| PathBuf::from("target/release/dxl"), PathBuf::from),
        node: std::env::var_os("NODE").map_or_else(|| PathBuf::from("node"), PathBuf::from),
        out: PathBuf::from("fuzz-out"),
        corpus: PathBuf::from("tests/run"),
        mutants: 30,
        known: None,
        modes: vec![Mode::O0, Mode::O2, Mode::NoSpecialize, Mode::GcStress],
        minimize: None,
        minimize_known: false,
        minimize_time: Duration::from_secs(120),
    };
    let mut it = std::env::args().skip(1);
    let mut first = true;
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        let number = |name: &str, v: String| v.parse::<u64>().map_err(|_| format!("{name}: not a number: {v}"));
        match arg.as_str() {
            "run" | "print" | "check" if first => args.command = arg,
            "--seed" => args.seed = number("--seed", value("--seed")?)?,
            "--index" => args.index = number("--index", value("--index")?)?,
            "--first" => args.first = number("--first", value("--first")?)?,
            "--iterations" => args.iterations = Some(number("--iterations", value("--iterations")?)?),
            "--time" => args.time = Some(Duration::from_secs(number("--time", value("--time")?)?)),
            "--dxl" => args.dxl = value("--dxl")?.into(),
            "--node" => args.node = value("--node")?.into(),
            "--out" => args.out = value("--out")?.into(),
            "--corpus" => args.corpus = value("--corpus")?.into(),
            "--mutants" => args.mutants = number("--mutants", value("--mutants")?)?.min(100) as u32,
            "--known" => args.known = Some(value("--known")?.into()),
            "--modes" => {
                args.modes = value("--modes")?
                    .split(',')
                    .map(|m| Mode::parse(m.trim()).ok_or_else(|| format!("unknown mode {m} (o0, o2, nospec, gc)")))
                    .collect::<Result<_, _>>()?
            }
            "--minimize" => args.minimize = Some(true),
            "--no-minimize" => args.minimize = Some(false),
            "--minimize-known" => args.minimize_known = true,
            "--minimize-time" => {
                args.minimize_time = Duration::from_secs(number("--minimize-time", value("--minimize-time")?)?)
            }
            "-h" | "--help" => return Err(String::new()),
            _ if !arg.starts_with('-') && args.command == "check" && args.file.is_none() => {
                args.file = Some(arg.into())
            }
            _ => return Err(format!("unknown argument {arg}")),
        }
        first = false;
    }
    if args.modes.is_empty() {
        return Err("--modes: no modes".into());
    }
    if args.iterations.is_none() && args.time.is_none() {
        args.iterations = Some(100);
    }
    Ok(args)
}

fn tools(args: &Args) -> std::io::Result<Tools> {
    let scratch = std::env::temp_dir().join(format!("dxl-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    // Programs run in the scratch directory, so the tools' relative paths must not depend on it.
    let absolute = |p: &PathBuf| -> PathBuf {
        if p.components().count() > 1 && p.is_relative() {
            std::env::current_dir().map(|d| d.join(p)).unwrap_or_else(|_| p.clone())
        } else {
            p.clone()
        }
    };
    Ok(Tools {
        dxl: absolute(&args.dxl),
        node: absolute(&args.node),
        scratch,
        node_timeout: Duration::from_secs(5),
        compile_timeout: Duration::from_secs(60),
        run_timeout: Duration::from_secs(10),
        hang_timeout: Duration::from_secs(30),
    })
}

fn main() -> ExitCode {
    let args = match parse() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("dxl-fuzz: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if e.is_empty() { 0 } else { 2 });
        }
    };
    match real_main(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dxl-fuzz: {e}");
            ExitCode::from(2)
        }
    }
}

fn real_main(args: &Args) -> std::io::Result<ExitCode> {
    let corpus = if args.mutants > 0 { campaign::load_corpus(&args.corpus) } else { Vec::new() };
    if args.command == "print" {
        let (source, origin) = campaign::program_for(args.seed, args.index, &corpus, args.mutants);
        eprintln!("// {origin}");
        print!("{source}");
        return Ok(ExitCode::SUCCESS);
    }
    let tools = tools(args)?;
    let result = if args.command == "check" {
        check(&tools, args)
    } else {
        let known = match &args.known {
            Some(path) => Known::parse(&std::fs::read_to_string(path)?),
            None => Known::default(),
        };
        let config = Config {
            seed: args.seed,
            first: args.first,
            iterations: args.iterations,
            time: args.time,
            out: args.out.clone(),
            corpus,
            mutant_percent: args.mutants,
            known,
            modes: args.modes.clone(),
            minimize: args.minimize.unwrap_or(true),
            minimize_known: args.minimize_known,
            minimize_budget: args.minimize_time,
        };
        campaign::run(&tools, &config).map(|s| if s.new_findings > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
    };
    let _ = std::fs::remove_dir_all(&tools.scratch);
    result
}

fn check(tools: &Tools, args: &Args) -> std::io::Result<ExitCode> {
    let Some(file) = &args.file else {
        eprintln!("{USAGE}");
        return Ok(ExitCode::from(2));
    };
    let source = std::fs::read_to_string(file)?;
    match tools.check_source(&source, "prog.js", &args.modes)? {
        Verdict::Agree { slow_gc: false } => println!("agrees with node in every mode"),
        Verdict::Agree { slow_gc: true } => println!("agrees with node (the gc-stress run timed out)"),
        Verdict::Unsupported(line) => println!("unsupported: {line}"),
        Verdict::Unusable(why) => println!("node gives no reference: {why}"),
        Verdict::Finding(f) => {
            println!("{} {}", f.id(), f.bucket);
            if args.minimize == Some(true) {
                let reduced = minimize::minimize(tools, &source, &f, args.minimize_time);
                std::fs::create_dir_all(&args.out)?;
                let path = args.out.join(format!("{}.js", f.id()));
                std::fs::write(&path, &reduced.source)?;
                println!(
                    "minimized in {} tries to {} lines: {}",
                    reduced.tries,
                    reduced.source.lines().count(),
                    path.display()
                );
                if let Some(rf) = reduced.finding {
                    print!("{}", describe(&rf));
                }
            } else {
                print!("{}", describe(&f));
            }
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}
