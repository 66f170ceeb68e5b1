//! The pipeline: read, frontend, codegen, link; each phase timed.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::{CompileArgs, EmitKind};

/// The runtime static library, built by build.rs and carried inside dxl.
static RUNTIME_ARCHIVE: &[u8] = include_bytes!(env!("DXL_RUNTIME_ARCHIVE"));

/// A panic is a dxl bug: say so, ask for a report, exit 101.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let location = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        eprintln!("error: internal compiler error: {message}{location}");
        eprintln!("note: this is a bug in dxl; please report it with the input that caused it");
        std::process::exit(101);
    }));
}

struct Timings {
    enabled: bool,
    start: Instant,
}

impl Timings {
    fn measure<T>(&mut self, phase: &str, f: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let result = f();
        if self.enabled {
            eprintln!("{phase:>10}: {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
        }
        result
    }

    fn total(&self) {
        if self.enabled {
            eprintln!("{:>10}: {:.1} ms", "total", self.start.elapsed().as_secs_f64() * 1000.0);
        }
    }
}

pub fn compile(args: &CompileArgs) -> Result<(), String> {
    if std::env::var_os("DXL_INTERNAL_TEST_PANIC").is_some() {
        // Lets the test suite prove that a compiler bug ends as a clean report.
        panic!("deliberate panic requested by DXL_INTERNAL_TEST_PANIC");
    }
    let mut timings = Timings { enabled: args.timings, start: Instant::now() };
    let input = &args.input;
    let source = std::fs::read_to_string(input)
        .map_err(|e| format!("error: cannot read {}: {}", input.display(), io_reason(&e)))?;
    let file_name = input.display().to_string();

    let front = timings.measure("frontend", || dxl_frontend::build(&file_name, &source));
    if !front.diagnostics.is_empty() {
        let rendered: Vec<String> = front.diagnostics.iter().map(|d| d.render(&file_name, &source)).collect();
        return Err(rendered.join("\n").trim_end().to_string());
    }
    let mut program = front.program.expect("no diagnostics means a program");

    let types = timings.measure("typeinfer", || dxl_typeinfer::infer(&program, !args.no_specialize));
    if args.explain {
        print!("{}", dxl_typeinfer::explain(&program, &types));
        return Ok(());
    }
    // Node names a script by its real path in errors and stack traces.
    if let Ok(path) = std::fs::canonicalize(input) {
        program.file_name = path.display().to_string();
    }
    let output = output_path(args)?;
    if args.emit == EmitKind::Hir {
        return write_file(&output, format!("{:#?}\n", program.functions).as_bytes());
    }
    let emit = match args.emit {
        EmitKind::LlvmIr => dxl_codegen_llvm::Emit::LlvmIr,
        EmitKind::Asm => dxl_codegen_llvm::Emit::Assembly,
        EmitKind::Exe | EmitKind::Obj | EmitKind::Hir => dxl_codegen_llvm::Emit::Object,
    };
    let target_cpu = dxl_codegen_llvm::TargetCpu::parse(&args.target_cpu).expect("clap accepted only known names");
    let options = dxl_codegen_llvm::Options { opt_level: args.opt_level, target_cpu, emit, timings: args.timings };
    if args.emit != EmitKind::Exe {
        timings.measure("codegen", || dxl_codegen_llvm::compile(&program, &types, options, &output))?;
        timings.total();
        return Ok(());
    }

    let dir = tempfile::tempdir().map_err(|e| format!("error: cannot create a temporary directory: {e}"))?;
    let object = dir.path().join("program.o");
    timings.measure("codegen", || dxl_codegen_llvm::compile(&program, &types, options, &object))?;
    let runtime = dir.path().join("libdxl_rt.a");
    std::fs::write(&runtime, RUNTIME_ARCHIVE).map_err(|e| format!("error: cannot write the runtime library: {e}"))?;
    let linked = dir.path().join("program");
    timings
        .measure("link", || dxl_codegen_llvm::link(&[&object], &runtime, &linked))
        .map_err(|e| format!("error: {e}"))?;
    let bytes = std::fs::read(&linked).map_err(|e| format!("error: cannot read the linked program: {e}"))?;
    write_file(&output, &bytes)?;
    make_executable(&output)?;
    timings.total();
    Ok(())
}

/// `-o` if given; otherwise the input's name without its extension, which is
/// never allowed to replace the input or a file that is not an executable.
fn output_path(args: &CompileArgs) -> Result<PathBuf, String> {
    let extension = match args.emit {
        EmitKind::Exe => "",
        EmitKind::Obj => "o",
        EmitKind::LlvmIr => "ll",
        EmitKind::Asm => "s",
        EmitKind::Hir => "hir",
    };
    let output = match &args.output {
        Some(o) => o.clone(),
        None => {
            let stem = args.input.file_stem().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("a.out"));
            let name = if extension.is_empty() { stem } else { stem.with_extension(extension) };
            let candidate = args.input.parent().unwrap_or(Path::new("")).join(name);
            if candidate.exists() && args.emit == EmitKind::Exe && !is_executable_file(&candidate) {
                return Err(format!(
                    "error: {} exists and is not an executable; refusing to overwrite it (name the output with -o)",
                    candidate.display()
                ));
            }
            candidate
        }
    };
    if same_file(&output, &args.input) {
        return Err(format!("error: the output {} is the input file; name another output with -o", output.display()));
    }
    Ok(output)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

fn is_executable_file(path: &Path) -> bool {
    std::fs::read(path).map(|b| b.starts_with(b"\x7fELF")).unwrap_or(false)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    // Replace a regular file rather than write into it, so a running copy of
    // the old binary is not disturbed; anything else (a device) is written to.
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file()) {
        let _ = std::fs::remove_file(path);
    }
    std::fs::write(path, bytes).map_err(|e| format!("error: cannot write {}: {}", path.display(), io_reason(&e)))
}

fn make_executable(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .map_err(|e| format!("error: cannot make {} executable: {}", path.display(), io_reason(&e)))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
