//! The generator's contract: a seed always names the same program, and the
//! programs are valid, terminating JavaScript that runs under Node without an
//! uncaught exception (every block catches and prints its errors).

use std::process::Command;
use std::time::Duration;

use dxl_fuzz::campaign::program_for;
use dxl_fuzz::oracle::{Status, run};

#[test]
fn a_seed_names_one_program() {
    for index in 0..30 {
        let (a, _) = program_for(7, index, &[], 0);
        let (b, _) = program_for(7, index, &[], 0);
        assert_eq!(a, b, "program {index} of seed 7 differs between two generations");
    }
    assert_ne!(program_for(7, 0, &[], 0).0, program_for(8, 0, &[], 0).0);
}

#[test]
fn mutants_are_reproducible() {
    let corpus = vec![("a.js".to_string(), "let x = 1;\nconsole.log(x + 2, x === 1);\n".to_string())];
    for index in 0..10 {
        assert_eq!(program_for(3, index, &corpus, 100).0, program_for(3, index, &corpus, 100).0);
    }
}

#[test]
fn generated_programs_run_under_node() {
    if Command::new("node").arg("--version").output().is_err() {
        eprintln!("node not found: generated_programs_run_under_node skipped");
        return;
    }
    let dir = std::env::temp_dir().join(format!("dxl-fuzz-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for index in 0..12 {
        let (source, _) = program_for(1, index, &[], 0);
        let path = dir.join(format!("p{index}.js"));
        std::fs::write(&path, &source).unwrap();
        let out = run(Command::new("node").arg(&path), Duration::from_secs(20)).unwrap();
        assert_eq!(out.status, Status::Exit(0), "program {index} of seed 1:\n{}\n{source}", out.stderr);
        assert!(out.stderr.is_empty(), "program {index} of seed 1 wrote to stderr:\n{}", out.stderr);
        assert!(!out.stdout.is_empty(), "program {index} of seed 1 printed nothing");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
