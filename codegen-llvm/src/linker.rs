//! Links object files with the runtime archive through the system C compiler.

use std::path::Path;
use std::process::Command;

/// `cc -o out objects... runtime.a -lm ...`, dropping unused sections and
/// symbols (`DXL_KEEP_SYMBOLS=1` keeps the symbols, for `perf`). The linker's
/// own stderr is part of the error.
pub fn link(objects: &[&Path], runtime: &Path, out: &Path) -> Result<(), String> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let mut cmd = Command::new(&cc);
    cmd.arg("-o").arg(out);
    let mut sorted: Vec<&Path> = objects.to_vec();
    sorted.sort();
    cmd.args(sorted);
    cmd.arg(runtime);
    cmd.args(["-Wl,--gc-sections", "-lm", "-lpthread", "-ldl"]);
    if std::env::var_os("DXL_KEEP_SYMBOLS").is_none_or(|v| v != "1") {
        cmd.arg("-s");
    }
    let output = cmd.output().map_err(|e| format!("cannot run the C compiler `{cc}` to link: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "linking failed ({cc} exited with {}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim_end()
        ));
    }
    Ok(())
}
