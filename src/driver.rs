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

/// The compile thread's stack. Reserving it costs address space only (pages
/// are touched as the recursion reaches them); oxc's parser and semantic pass
/// recurse once per nesting level, and the frontend refuses input nested so
/// deep that they could run past it.
const COMPILE_STACK_BYTES: usize = 4 << 30;

/// Runs [`compile`] on a thread with [`COMPILE_STACK_BYTES`] of stack.
pub fn compile_on_large_stack(args: &CompileArgs) -> Result<(), String> {
    std::thread::scope(|scope| {
        let compiler = std::thread::Builder::new()
            .name("compile".into())
            .stack_size(COMPILE_STACK_BYTES)
            .spawn_scoped(scope, || compile(args))
            .map_err(|e| format!("error: cannot start the compiler thread: {e}"))?;
        // A panic has already been reported and exited by the panic hook.
        compiler.join().unwrap_or_else(|_| Err(String::new()))
    })
}

pub fn compile(args: &CompileArgs) -> Result<(), String> {
    if std::env::var_os("DXL_INTERNAL_TEST_PANIC").is_some() {
        // Lets the test suite prove that a compiler bug ends as a clean report.
        panic!("deliberate panic requested by DXL_INTERNAL_TEST_PANIC");
    }
    let mut timings = Timings { enabled: args.timings, start: Instant::now() };
    let input = &args.input;
    let bytes =
        std::fs::read(input).map_err(|e| format!("error: cannot read {}: {}", input.display(), io_reason(&e)))?;
    let file_name = input.display().to_string();
    let source = match String::from_utf8(bytes) {
        Ok(source) => source,
        Err(e) => {
            // Up to the first bad byte the text is the same in the lossy copy.
            let at = e.utf8_error().valid_up_to();
            let shown = String::from_utf8_lossy(e.as_bytes());
            let diagnostic = dxl_frontend::diagnostics::invalid_utf8(at as u32);
            return Err(diagnostic.render(&file_name, &shown).trim_end().to_string());
        }
    };

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
        return write_output(&output, format!("{:#?}\n", program.functions).as_bytes(), false);
    }
    let emit = match args.emit {
        EmitKind::LlvmIr => dxl_codegen_llvm::Emit::LlvmIr,
        EmitKind::Asm => dxl_codegen_llvm::Emit::Assembly,
        EmitKind::Exe | EmitKind::Obj | EmitKind::Hir => dxl_codegen_llvm::Emit::Object,
    };
    let target_cpu = dxl_codegen_llvm::TargetCpu::parse(&args.target_cpu).expect("clap accepted only known names");
    let options = dxl_codegen_llvm::Options { opt_level: args.opt_level, target_cpu, emit, timings: args.timings };

    // Every result is made in a temporary directory and then written to the
    // output, so one rule (write_output) decides how the output is replaced.
    let dir = tempfile::tempdir().map_err(|e| format!("error: cannot create a temporary directory: {e}"))?;
    let object = dir.path().join("program.o");
    timings.measure("codegen", || dxl_codegen_llvm::compile(&program, &types, options, &object))?;
    let result = if args.emit == EmitKind::Exe {
        let runtime = dir.path().join("libdxl_rt.a");
        std::fs::write(&runtime, RUNTIME_ARCHIVE)
            .map_err(|e| format!("error: cannot write the runtime library: {e}"))?;
        let linked = dir.path().join("program");
        timings
            .measure("link", || dxl_codegen_llvm::link(&[&object], &runtime, &linked))
            .map_err(|e| format!("error: {e}"))?;
        linked
    } else {
        object
    };
    let bytes = std::fs::read(&result).map_err(|e| format!("error: cannot read {}: {e}", result.display()))?;
    write_output(&output, &bytes, args.emit == EmitKind::Exe)?;
    timings.total();
    Ok(())
}

/// `-o` if given; otherwise the input's name with the output kind's
/// extension (none for the executable), which may replace only an earlier
/// output of the same kind: never the input, and never another file.
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
            if std::fs::symlink_metadata(&candidate).is_ok() && !is_earlier_output(args, &candidate) {
                let kind = match args.emit {
                    EmitKind::Exe => "an executable",
                    EmitKind::Obj => "an object file",
                    EmitKind::LlvmIr => "dxl's LLVM IR for this input",
                    EmitKind::Asm => "dxl's assembly for this input",
                    EmitKind::Hir => "dxl's HIR dump",
                };
                return Err(format!(
                    "error: {} exists and is not {kind}; refusing to overwrite it (name the output with -o)",
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

/// Whether the regular file at `path` looks like what this compile writes
/// there: an ELF executable or object file, or text that starts as dxl's
/// assembly, LLVM IR (both name the input) or HIR dump does.
fn is_earlier_output(args: &CompileArgs, path: &Path) -> bool {
    use std::io::Read as _;
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file()) {
        return false;
    }
    let mut head = Vec::new();
    if std::fs::File::open(path).and_then(|f| f.take(256).read_to_end(&mut head)).is_err() {
        return false;
    }
    // ELF: the magic, then e_type (little-endian u16 at 16): 1 relocatable,
    // 2 executable, 3 shared object (a position-independent executable).
    let elf_type = (head.len() >= 18 && head.starts_with(b"\x7fELF")).then(|| u16::from_le_bytes([head[16], head[17]]));
    let input = args.input.display().to_string();
    match args.emit {
        EmitKind::Exe => matches!(elf_type, Some(2 | 3)),
        EmitKind::Obj => elf_type == Some(1),
        EmitKind::LlvmIr => head.starts_with(format!("; ModuleID = '{input}'").as_bytes()),
        EmitKind::Asm => {
            let base = args.input.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            head.starts_with(format!("\t.text\n\t.file\t\"{base}\"").as_bytes())
        }
        EmitKind::Hir => head.starts_with(b"[\n    Function {\n"),
    }
}

/// Writes the output. Like the system linker, dxl replaces a regular file or
/// a symbolic link with a new file rather than writing into it: a running
/// copy of an old binary is undisturbed, other links to the old file keep
/// its contents and mode, and only the new file gets dxl's mode (an
/// executable's is 0777 less the umask, as cc makes it). Anything else that
/// exists (a device such as /dev/null, a FIFO) is written into, and its mode
/// is left alone.
fn write_output(path: &Path, bytes: &[u8], executable: bool) -> Result<(), String> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let cannot_write = |e: std::io::Error| format!("error: cannot write {}: {}", path.display(), io_reason(&e));
    let existing = std::fs::symlink_metadata(path).ok().map(|m| m.file_type());
    let mut file = if existing.is_none_or(|t| t.is_file() || t.is_symlink()) {
        if existing.is_some() {
            std::fs::remove_file(path).map_err(cannot_write)?;
        }
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(if executable { 0o777 } else { 0o666 })
            .open(path)
            .map_err(cannot_write)?
    } else {
        std::fs::OpenOptions::new().write(true).open(path).map_err(cannot_write)?
    };
    file.write_all(bytes).map_err(cannot_write)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => e.to_string(),
    }
}
