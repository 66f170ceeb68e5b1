//! Runs a command once and measures it: wall time and peak resident memory
//! (from the kernel's rusage of the child, not by sampling).

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct Run {
    pub wall: Duration,
    /// Peak resident set size, KiB.
    pub max_rss_kib: u64,
    pub status: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd` to completion with its output captured to temporary files (so
/// a pipe never stalls the child) and returns its measurements.
pub fn run(cmd: &mut Command) -> Result<Run, String> {
    let out = tempfile_path("out");
    let err = tempfile_path("err");
    let stdout_file = std::fs::File::create(&out).map_err(|e| e.to_string())?;
    let stderr_file = std::fs::File::create(&err).map_err(|e| e.to_string())?;
    let start = Instant::now();
    let child = cmd
        .stdin(Stdio::null())
        .stdout(stdout_file)
        .stderr(stderr_file)
        .spawn()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain data that wait4 fills in; zeroed is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet reaped (we never call `wait` on
    // `child`); the pointers are to live locals.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    std::mem::forget(child);
    if reaped != pid {
        return Err(format!("wait4 failed for {cmd:?}"));
    }
    let exit = if libc::WIFEXITED(status) { Some(libc::WEXITSTATUS(status)) } else { None };
    let stdout = std::fs::read_to_string(&out).unwrap_or_default();
    let stderr = std::fs::read_to_string(&err).unwrap_or_default();
    let _ = std::fs::remove_file(&out);
    let _ = std::fs::remove_file(&err);
    Ok(Run { wall, max_rss_kib: usage.ru_maxrss as u64, status: exit, stdout, stderr })
}

fn tempfile_path(kind: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("dxl-bench-{}-{kind}", std::process::id()))
}

pub fn median(mut xs: Vec<f64>) -> f64 {
    if xs.is_empty() {
        return f64::NAN;
    }
    xs.sort_by(|a, b| a.total_cmp(b));
    let n = xs.len();
    if n % 2 == 1 { xs[n / 2] } else { (xs[n / 2 - 1] + xs[n / 2]) / 2.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(vec![]).is_nan());
    }

    #[test]
    fn measures_a_child() {
        let r = run(Command::new("sh").args(["-c", "echo hi; exit 3"])).unwrap();
        assert_eq!(r.stdout, "hi\n");
        assert_eq!(r.status, Some(3));
        assert!(r.max_rss_kib > 0);
    }
}
