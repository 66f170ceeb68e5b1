//! CI's guard against a rotting suite: every benchmark once at its smoke
//! size, compiled by dxl and compared with Node (no timing).

use std::process::Command;

#[test]
fn every_benchmark_runs_at_smoke_size() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    if !root.join("target/release/dxl").exists() {
        // The suite needs the release compiler; CI builds it before the tests.
        panic!("build target/release/dxl first (scripts/setup.sh does)");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_dxl-bench")).arg("--smoke").output().expect("runs dxl-bench");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(out.status.success(), "smoke run failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
}
