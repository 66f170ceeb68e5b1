//! dxl's native backend: HIR to LLVM IR (through inkwell, LLVM 19), the
//! optimization pipeline, object emission and linking with the runtime.

mod array_loops;
mod bounds_versioning;
mod function;
mod inline_access;
mod inline_alloc;
mod int32_fast_path;
mod ir;
pub mod linker;
mod packed_access;
mod program;
mod stack_trace;
mod sum_recursion;
mod typed;

use std::path::Path;

use dxl_frontend::hir;
use dxl_typeinfer::TypeTables;
use inkwell::OptimizationLevel;
use inkwell::context::Context;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine};

pub use linker::link;

/// What `compile` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    Object,
    LlvmIr,
    Assembly,
}

#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// 0..=3, as `-O`.
    pub opt_level: u8,
    /// The processor the code may use the instructions of.
    pub target_cpu: TargetCpu,
    pub emit: Emit,
    /// Print the time of each codegen step on stderr.
    pub timings: bool,
}

/// `--target-cpu`: which processor's instructions the generated code may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetCpu {
    /// Any processor of the target architecture (the default: the
    /// executable runs wherever it is copied).
    Generic,
    /// The processor compiling the program, with all its features.
    Native,
    /// A named x86-64 level (`x86-64-v2`, `-v3`, `-v4`).
    Level(&'static str),
}

impl TargetCpu {
    /// The names `--target-cpu` accepts.
    pub const NAMES: [&'static str; 6] = ["generic", "native", "x86-64", "x86-64-v2", "x86-64-v3", "x86-64-v4"];

    pub fn parse(name: &str) -> Option<TargetCpu> {
        match name {
            "generic" => Some(TargetCpu::Generic),
            "native" => Some(TargetCpu::Native),
            _ => Self::NAMES[2..].iter().find(|&&n| n == name).map(|&n| TargetCpu::Level(n)),
        }
    }
}

fn step<T>(enabled: bool, name: &str, f: impl FnOnce() -> T) -> T {
    let start = std::time::Instant::now();
    let r = f();
    if enabled {
        eprintln!("{name:>10}: {:.1} ms", start.elapsed().as_secs_f64() * 1000.0);
    }
    r
}

/// Marks every function the program defines `disable-tail-calls`: LLVM's
/// tail-recursion elimination (including its accumulator form, `return 1 +
/// f(n - 1)`) would turn a recursion into a loop and the backend's sibling
/// calls a call into a jump, and either way a runaway recursion would run
/// forever at one stack depth where Node throws `RangeError: Maximum call
/// stack size exceeded`: the overflow check compares the stack pointer with
/// the limit, so every call of program code must grow the stack.
fn forbid_tail_calls(module: &inkwell::module::Module<'_>) {
    let context = module.get_context();
    let attribute = context.create_string_attribute("disable-tail-calls", "true");
    let uwtable_kind = inkwell::attributes::Attribute::get_named_enum_kind_id("uwtable");
    // 1: synchronous unwind tables (at calls), which is where traces look.
    let uwtable = context.create_enum_attribute(uwtable_kind, 1);
    let mut function = module.get_first_function();
    while let Some(f) = function {
        if f.get_first_basic_block().is_some() {
            f.add_attribute(inkwell::attributes::AttributeLoc::Function, attribute);
            // Stack traces walk through every frame of generated code.
            f.add_attribute(inkwell::attributes::AttributeLoc::Function, uwtable);
        }
        function = f.get_next_function();
    }
}

/// Compiles the program and writes the requested artifact to `out`.
pub fn compile(program: &hir::Program, types: &TypeTables, options: Options, out: &Path) -> Result<(), String> {
    Target::initialize_native(&InitializationConfig::default())
        .map_err(|e| format!("cannot initialize LLVM for this machine: {e}"))?;
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| format!("unsupported target {triple}: {e}"))?;
    let level = match options.opt_level {
        0 => OptimizationLevel::None,
        1 => OptimizationLevel::Less,
        2 => OptimizationLevel::Default,
        _ => OptimizationLevel::Aggressive,
    };
    let x86_64 = triple.as_str().to_str().is_ok_and(|t| t.starts_with("x86_64"));
    let (cpu, features) = match options.target_cpu {
        TargetCpu::Generic => ("generic".to_string(), String::new()),
        TargetCpu::Native => {
            (TargetMachine::get_host_cpu_name().to_string(), TargetMachine::get_host_cpu_features().to_string())
        }
        TargetCpu::Level(name) if x86_64 => (name.to_string(), String::new()),
        TargetCpu::Level(name) => {
            return Err(format!("--target-cpu {name} names an x86-64 level; this target is {triple}"));
        }
    };
    let machine = target
        .create_target_machine(&triple, &cpu, &features, level, RelocMode::PIC, CodeModel::Default)
        .ok_or_else(|| format!("cannot create a target machine for {triple}"))?;
    let context = Context::create();
    let mut pg = program::ProgramGen::new(&context, program, types);
    let module = &pg.module;
    module.set_triple(&triple);
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    step(options.timings, "ir", || {
        for id in 0..program.functions.len() {
            function::FunctionGen::new(&mut pg, program, types, id).emit();
            if let Some(sum) = function::FunctionGen::sum_body(&mut pg, program, types, id) {
                sum.emit();
            }
            for integer in [false, true] {
                for copy in function::FunctionGen::recursion_copies(integer) {
                    if let Some(body) =
                        function::FunctionGen::recursion_copy(&mut pg, program, types, (id, integer, copy))
                    {
                        body.emit();
                    }
                }
            }
        }
        pg.finish(program);
        forbid_tail_calls(&pg.module);
    });
    let module = &pg.module;

    if let Err(e) = step(options.timings, "verify", || module.verify()) {
        // Write the invalid IR so it can be read; this is a dxl bug.
        let dump = out.with_extension("invalid.ll");
        let _ = module.print_to_file(&dump);
        return Err(format!(
            "internal error: generated invalid LLVM IR ({}); written to {}",
            e.to_string().trim(),
            dump.display()
        ));
    }
    let mut passes = format!("default<O{}>", options.opt_level.min(3));
    if options.opt_level >= 2 {
        // A loop-invariant receiver check (`undefined` or `null` throws, which
        // leaves the loop) is often still inside the loop once the pipeline
        // has simplified it; unswitching it then lets LICM keep the array's
        // length and buffer in registers (matmul's inner loop).
        passes.push_str(",function(loop-mssa(simple-loop-unswitch,licm),instcombine,simplifycfg)");
    }
    step(options.timings, "optimize", || module.run_passes(&passes, &machine, PassBuilderOptions::create()))
        .map_err(|e| format!("LLVM optimization failed: {e}"))?;
    let (chains, marks) = stack_trace::mark_call_sites(&pg.module);
    pg.set_call_sites(&chains, marks > 0);
    let module = &pg.module;

    step(options.timings, "emit", || match options.emit {
        Emit::LlvmIr => module.print_to_file(out).map_err(|e| format!("cannot write {}: {e}", out.display())),
        Emit::Object => machine
            .write_to_file(module, FileType::Object, out)
            .map_err(|e| format!("cannot write {}: {e}", out.display())),
        Emit::Assembly => machine
            .write_to_file(module, FileType::Assembly, out)
            .map_err(|e| format!("cannot write {}: {e}", out.display())),
    })
}
