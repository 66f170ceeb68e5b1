//! The `dxl` command line: `dxl compile app.js -o app`.

mod driver;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "dxl", version, about = "Compiles JavaScript ahead of time into small, fast native executables")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a JavaScript file to a native executable.
    Compile(CompileArgs),
}

#[derive(clap::Args)]
pub struct CompileArgs {
    /// The JavaScript file to compile.
    pub input: PathBuf,
    /// Where to write the result (default: the input's name without `.js`).
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    /// Optimization level, 0 to 3.
    #[arg(short = 'O', default_value_t = 2, value_parser = clap::value_parser!(u8).range(0..=3))]
    pub opt_level: u8,
    /// What to write instead of an executable.
    #[arg(long, value_enum, default_value_t = EmitKind::Exe)]
    pub emit: EmitKind,
    /// Print how long each phase took.
    #[arg(long)]
    pub timings: bool,
    /// Print what was specialized in each function (and why not) instead of compiling.
    #[arg(long)]
    pub explain: bool,
    /// Compile everything as generic code (for differential checks against the specialized build).
    #[arg(long)]
    pub no_specialize: bool,
    /// The processor whose instructions the executable may use: `generic`
    /// (any of this architecture, the default), `native` (this machine's,
    /// AVX included where it has it), or an x86-64 level (`x86-64-v2`,
    /// `x86-64-v3`, `x86-64-v4`).
    #[arg(long, default_value = "generic", value_parser = clap::builder::PossibleValuesParser::new(dxl_codegen_llvm::TargetCpu::NAMES))]
    pub target_cpu: String,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EmitKind {
    /// A linked native executable.
    Exe,
    /// An object file.
    Obj,
    /// Optimized LLVM IR, as text.
    LlvmIr,
    /// Assembly.
    Asm,
    /// The desugared HIR, for debugging the frontend.
    Hir,
}

fn main() -> ExitCode {
    driver::install_panic_hook();
    // A usage mistake is a user mistake like any other: status 1 (clap's
    // own would be 2); `--help` and `--version` print and succeed.
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(1) } else { ExitCode::SUCCESS };
        }
    };
    let result = match cli.command {
        Command::Compile(args) => driver::compile_on_large_stack(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("{message}");
            }
            ExitCode::from(1)
        }
    }
}
