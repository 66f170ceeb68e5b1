//! Builds the runtime static library and embeds it in the `dxl` binary, so an
//! installed `dxl` links programs without finding files at run time.
//!
//! The runtime is built by a nested `cargo build` in its own target directory
//! (always in release mode: every compiled program links it, whatever profile
//! dxl itself was built with).

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // OUT_DIR is <target>/<profile>/build/<pkg>/out; the runtime goes beside the profiles.
    let target_dir = out_dir.ancestors().nth(4).map(PathBuf::from).unwrap_or_else(|| out_dir.clone());
    let rt_target = target_dir.join("runtime");
    for dir in ["rt/src", "rt/Cargo.toml", "abi/src", "abi/Cargo.toml", "Cargo.lock"] {
        println!("cargo:rerun-if-changed={}", manifest_dir.join(dir).display());
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(&manifest_dir)
        .args(["build", "--release", "--lib", "-p", "dxl-rt", "--target-dir"])
        .arg(&rt_target)
        // The outer build's settings for build scripts must not leak into the runtime's build.
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("CARGO_PRIMARY_PACKAGE")
        .status()
        .expect("cannot run cargo to build the runtime");
    assert!(status.success(), "building the dxl runtime (dxl-rt) failed");
    let archive = rt_target.join("release").join("libdxl_rt.a");
    let embedded = out_dir.join("libdxl_rt.a");
    std::fs::copy(&archive, &embedded).expect("the runtime archive exists after a successful build");
    println!("cargo:rustc-env=DXL_RUNTIME_ARCHIVE={}", embedded.display());
}
