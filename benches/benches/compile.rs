//! Compiler throughput (criterion): lines per second through the frontend
//! (parse, semantic analysis, lowering), type inference and codegen (LLVM at
//! -O0 and -O2, to an object file) on a large generated program, and the
//! compile time of each benchmark-suite program.
//!
//!     cargo bench -p dxl-bench --bench compile

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// A program of `functions` varied functions (loops, objects, closures,
/// strings, exceptions), about 16 lines each.
fn generated_program(functions: usize) -> String {
    let mut s = String::new();
    for i in 0..functions {
        s.push_str(&format!(
            "function f{i}(n, o) {{
  var total = 0;
  for (let k = 0; k < n; k++) {{
    if (k % 3 === 0) total += k * {i};
    else total -= o.items[k % o.items.length];
  }}
  var point = {{ x: total, y: n, label: \"p\" + {i} }};
  var scale = function (f) {{ return point.x * f + point.y; }};
  try {{
    if (total > 1e9) throw new RangeError(\"too big \" + total);
  }} catch (e) {{
    total = 0;
  }}
  return scale(2) + [1, 2, 3].map(function (v) {{ return v * {i}; }}).length;
}}
"
        ));
    }
    s.push_str("var acc = 0;\n");
    for i in 0..functions {
        s.push_str(&format!("acc += f{i}(10, {{ items: [1, 2, 3] }});\n"));
    }
    s.push_str("console.log(acc);\n");
    s
}

fn phases(c: &mut Criterion) {
    let source = generated_program(300);
    let lines = source.lines().count() as u64;
    let mut group = c.benchmark_group("phases");
    group.throughput(Throughput::Elements(lines));
    group.sample_size(10);
    group.bench_function("frontend", |b| b.iter(|| black_box(dxl_frontend::build("gen.js", &source))));
    let program = dxl_frontend::build("gen.js", &source).program.expect("the generated program compiles");
    group.bench_function("typeinfer", |b| b.iter(|| black_box(dxl_typeinfer::infer(&program, true))));
    let dir = tempfile::tempdir().expect("temporary directory");
    let object = dir.path().join("gen.o");
    let types = dxl_typeinfer::infer(&program, true);
    for opt_level in [0, 2] {
        let options = dxl_codegen_llvm::Options {
            opt_level,
            target_cpu: dxl_codegen_llvm::TargetCpu::Generic,
            emit: dxl_codegen_llvm::Emit::Object,
            timings: false,
        };
        group.bench_function(format!("codegen -O{opt_level}"), |b| {
            b.iter(|| dxl_codegen_llvm::compile(&program, &types, options, &object).expect("codegen succeeds"))
        });
    }
    group.finish();
}

fn suite_programs(c: &mut Criterion) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let mut programs: Vec<_> =
        std::fs::read_dir(&root).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    programs.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "js"));
    programs.sort();
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut group = c.benchmark_group("suite compile -O2");
    group.sample_size(10);
    for path in programs {
        let name = path.file_stem().expect("a file").to_string_lossy().to_string();
        let source = std::fs::read_to_string(&path).expect("readable");
        let object = dir.path().join(format!("{name}.o"));
        let options = dxl_codegen_llvm::Options {
            opt_level: 2,
            target_cpu: dxl_codegen_llvm::TargetCpu::Generic,
            emit: dxl_codegen_llvm::Emit::Object,
            timings: false,
        };
        // Programs dxl cannot compile yet are skipped here; the runner lists them.
        if dxl_frontend::build(&name, &source).program.is_none() {
            continue;
        }
        group.bench_function(&name, |b| {
            b.iter(|| {
                let program = dxl_frontend::build(&name, &source).program.expect("compiles");
                let types = dxl_typeinfer::infer(&program, true);
                dxl_codegen_llvm::compile(&program, &types, options, &object).expect("codegen succeeds")
            })
        });
    }
    group.finish();
}

criterion_group!(benches, phases, suite_programs);
criterion_main!(benches);
