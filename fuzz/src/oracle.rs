//! The oracle: Node runs the program; dxl compiles it in each mode and runs
//! it; a program whose compile or run misbehaves, or whose stdout or exit
//! status differs from Node's, is a finding.

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Output beyond this is cut off (and a program whose Node output is longer is not used).
pub const OUTPUT_LIMIT: usize = 1 << 20;

#[derive(Clone, Copy, PartialEq, Eq, Debug, PartialOrd, Ord)]
pub enum Mode {
    O0,
    O2,
    NoSpecialize,
    /// The `-O2` binary with the collector running at every allocation.
    GcStress,
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::O0, Mode::O2, Mode::NoSpecialize, Mode::GcStress];

    pub fn name(self) -> &'static str {
        match self {
            Mode::O0 => "o0",
            Mode::O2 => "o2",
            Mode::NoSpecialize => "nospec",
            Mode::GcStress => "gc",
        }
    }

    pub fn parse(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.name() == name)
    }

    pub fn compile_flags(self) -> &'static [&'static str] {
        match self {
            Mode::O0 => &["-O0"],
            Mode::O2 | Mode::GcStress => &["-O2"],
            Mode::NoSpecialize => &["-O2", "--no-specialize"],
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    Exit(i32),
    Signal(i32),
    Timeout,
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Exit(c) => write!(f, "exit {c}"),
            Status::Signal(s) => write!(f, "signal {s}"),
            Status::Timeout => write!(f, "timeout"),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Output {
    pub stdout: Vec<u8>,
    pub stderr: String,
    pub status: Status,
    pub elapsed: Duration,
}

fn read_limited(mut r: impl Read) -> Vec<u8> {
    let mut kept = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        match r.read(&mut buf) {
            Ok(0) | Err(_) => break,
            // Keep reading past the limit so the child is never blocked on a full pipe.
            Ok(n) => {
                if kept.len() < OUTPUT_LIMIT {
                    kept.extend_from_slice(&buf[..n.min(OUTPUT_LIMIT - kept.len())]);
                }
            }
        }
    }
    kept
}

/// Runs `cmd` with stdin empty, killing it after `timeout`.
pub fn run(cmd: &mut Command, timeout: Duration) -> std::io::Result<Output> {
    let started = Instant::now();
    // Its own process group, so a timeout also ends what it started (dxl's linker).
    let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).process_group(0).spawn()?;
    let stdout = child.stdout.take().expect("piped");
    let stderr = child.stderr.take().expect("piped");
    let out_reader = std::thread::spawn(move || read_limited(stdout));
    let err_reader = std::thread::spawn(move || read_limited(stderr));
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break match (status.code(), status.signal()) {
                (Some(c), _) => Status::Exit(c),
                (None, Some(s)) => Status::Signal(s),
                (None, None) => Status::Exit(-1),
            };
        }
        if started.elapsed() > timeout {
            let group = format!("-{}", child.id());
            let _ = Command::new("kill").args(["-KILL", "--", &group]).stderr(Stdio::null()).status();
            let _ = child.kill();
            let _ = child.wait();
            break Status::Timeout;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let elapsed = started.elapsed();
    // A grandchild holding the pipes open (the linker under a killed dxl) must not block us.
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Ok(Output { stdout, stderr, status, elapsed })
}

#[derive(Clone, Debug)]
pub struct Tools {
    pub dxl: PathBuf,
    pub node: PathBuf,
    pub scratch: PathBuf,
    pub node_timeout: Duration,
    pub compile_timeout: Duration,
    pub run_timeout: Duration,
    /// A run that times out is run again with this limit before it counts as a hang.
    pub hang_timeout: Duration,
}

/// What went wrong, most severe first.
#[derive(Clone, Copy, PartialEq, Eq, Debug, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// The compiler panicked (exit 101, "internal compiler error").
    Ice,
    /// The compiler died of a signal.
    CompilerCrash,
    CompileHang,
    /// The compiled program died of a signal.
    Crash,
    /// The runtime panicked (exit 70).
    RuntimePanic,
    Hang,
    /// dxl rejected with an error other than unsupported-feature a program Node runs.
    Rejected,
    /// Different stdout or exit status.
    Mismatch,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Ice => "ice",
            Kind::CompilerCrash => "compiler-crash",
            Kind::CompileHang => "compile-hang",
            Kind::Crash => "crash",
            Kind::RuntimePanic => "runtime-panic",
            Kind::Hang => "hang",
            Kind::Rejected => "rejected",
            Kind::Mismatch => "mismatch",
        }
    }
}

/// What one mode did with the program.
#[derive(Clone, Debug)]
pub struct ModeResult {
    pub mode: Mode,
    pub kind: Option<Kind>,
    /// The compiler's output if the compile failed, else the program's.
    pub output: Output,
}

#[derive(Clone, Debug)]
pub struct Finding {
    pub kind: Kind,
    /// The modes that showed `kind`.
    pub modes: Vec<Mode>,
    /// What findings of one bug share: kind, modes and the first symptom, digits blurred.
    pub bucket: String,
    pub node: Output,
    pub results: Vec<ModeResult>,
}

impl Finding {
    /// A stable name for the bucket: `<kind>-<12 hex digits>`.
    pub fn id(&self) -> String {
        format!("{}-{:012x}", self.kind.name(), fnv1a(self.bucket.as_bytes()) & 0xffff_ffff_ffff)
    }
}

#[derive(Clone, Debug)]
pub enum Verdict {
    /// Every mode printed what Node printed (but `slow_gc`: the GC-stress run timed out).
    Agree {
        slow_gc: bool,
    },
    /// dxl rejected the program as using an unsupported feature.
    Unsupported(String),
    /// Node did not give a usable reference (timeout, syntax error, stack overflow, too much output).
    Unusable(String),
    Finding(Box<Finding>),
}

pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Digits become `#`, so one bug printing different numbers stays one bucket.
pub fn blur(text: &str) -> String {
    let mut out = String::new();
    let mut last_digit = false;
    for c in text.chars().take(100) {
        if c.is_ascii_digit() {
            if !last_digit {
                out.push('#');
            }
            last_digit = true;
        } else {
            out.push(c);
            last_digit = false;
        }
    }
    out
}

/// The first line where `a` and `b` differ, as (line number from 1, a's line, b's line).
pub fn first_difference(a: &[u8], b: &[u8]) -> Option<(usize, String, String)> {
    if a == b {
        return None;
    }
    let a = String::from_utf8_lossy(a);
    let b = String::from_utf8_lossy(b);
    let mut al = a.split('\n');
    let mut bl = b.split('\n');
    let mut n = 1;
    loop {
        match (al.next(), bl.next()) {
            (Some(x), Some(y)) if x == y => n += 1,
            (x, y) => {
                return Some((
                    n,
                    x.unwrap_or("<end of output>").to_string(),
                    y.unwrap_or("<end of output>").to_string(),
                ));
            }
        }
    }
}

impl Tools {
    pub fn node(&self, program: &Path) -> std::io::Result<Output> {
        run(Command::new(&self.node).arg(program).current_dir(&self.scratch), self.node_timeout)
    }

    /// Why Node's run is no reference, if it is not.
    pub fn unusable(node: &Output) -> Option<String> {
        if node.status == Status::Timeout {
            return Some("node timed out".into());
        }
        if node.stdout.len() >= OUTPUT_LIMIT {
            return Some("too much output".into());
        }
        if node.stderr.contains("Maximum call stack size exceeded") {
            return Some("stack overflow".into());
        }
        if node.stderr.contains("heap out of memory") || node.stderr.contains("Invalid string length") {
            return Some("out of memory".into());
        }
        if node.status != Status::Exit(0) && node.stderr.contains("SyntaxError") {
            return Some("syntax error".into());
        }
        None
    }

    /// Checks `program` (already written to disk) against Node's `node` output in `modes`.
    pub fn check(&self, program: &Path, node: &Output, modes: &[Mode]) -> std::io::Result<Verdict> {
        let mut results: Vec<ModeResult> = Vec::new();
        let mut binaries: Vec<(Mode, PathBuf)> = Vec::new();
        let mut slow_gc = false;
        for &mode in modes {
            let compiled_as = if mode == Mode::GcStress { Mode::O2 } else { mode };
            let exe = match binaries.iter().find(|(m, _)| *m == compiled_as) {
                Some((_, exe)) => exe.clone(),
                None => {
                    let exe = self.scratch.join(format!("prog-{}", compiled_as.name()));
                    let _ = std::fs::remove_file(&exe);
                    let out = run(
                        Command::new(&self.dxl)
                            .arg("compile")
                            .arg(program)
                            .args(compiled_as.compile_flags())
                            .arg("-o")
                            .arg(&exe)
                            .current_dir(&self.scratch),
                        self.compile_timeout,
                    )?;
                    let kind = match out.status {
                        Status::Exit(0) => None,
                        Status::Timeout => Some(Kind::CompileHang),
                        Status::Signal(_) => Some(Kind::CompilerCrash),
                        Status::Exit(101) => Some(Kind::Ice),
                        _ if out.stderr.contains("internal compiler error") => Some(Kind::Ice),
                        _ if out.stderr.contains("error[unsupported-feature]") => {
                            let line = out.stderr.lines().next().unwrap_or_default().to_string();
                            return Ok(Verdict::Unsupported(line));
                        }
                        _ => Some(Kind::Rejected),
                    };
                    if kind.is_some() {
                        results.push(ModeResult { mode, kind, output: out });
                        continue;
                    }
                    binaries.push((compiled_as, exe.clone()));
                    exe
                }
            };
            let mut cmd = Command::new(&exe);
            cmd.current_dir(&self.scratch);
            if mode == Mode::GcStress {
                cmd.env("DXL_GC_STRESS", "1");
            }
            let mut out = run(&mut cmd, self.run_timeout)?;
            if out.status == Status::Timeout && mode == Mode::GcStress {
                // Collecting at every allocation makes allocation-heavy programs very slow: not a finding.
                slow_gc = true;
                results.push(ModeResult { mode, kind: None, output: out });
                continue;
            }
            if out.status == Status::Timeout {
                out = run(&mut cmd, self.hang_timeout)?;
            }
            let kind = match out.status {
                Status::Timeout => Some(Kind::Hang),
                Status::Signal(_) => Some(Kind::Crash),
                Status::Exit(70) if node.status != Status::Exit(70) => Some(Kind::RuntimePanic),
                s if s != node.status || out.stdout != node.stdout => Some(Kind::Mismatch),
                _ => None,
            };
            results.push(ModeResult { mode, kind, output: out });
        }
        let Some(kind) = results.iter().filter_map(|r| r.kind).min() else {
            return Ok(Verdict::Agree { slow_gc });
        };
        let modes: Vec<Mode> = results.iter().filter(|r| r.kind == Some(kind)).map(|r| r.mode).collect();
        let first = results.iter().find(|r| r.kind == Some(kind)).expect("some mode has the kind");
        let symptom = match kind {
            Kind::Ice | Kind::Rejected | Kind::RuntimePanic => {
                let line =
                    first.output.stderr.lines().find(|l| l.contains("error") || l.contains("panic")).unwrap_or("");
                blur(line)
            }
            Kind::Crash | Kind::CompilerCrash => first.output.status.to_string(),
            Kind::Mismatch => match first_difference(&node.stdout, &first.output.stdout) {
                Some((_, expected, actual)) => format!("{} | {}", blur(&expected), blur(&actual)),
                None => format!("{} instead of {}", first.output.status, node.status),
            },
            Kind::Hang | Kind::CompileHang => String::new(),
        };
        let mode_names: Vec<&str> = modes.iter().map(|m| m.name()).collect();
        let bucket = format!("{} [{}] {symptom}", kind.name(), mode_names.join(","));
        Ok(Verdict::Finding(Box::new(Finding { kind, modes, bucket, node: node.clone(), results })))
    }

    /// Node, then the modes, on `source`, written to the scratch directory as `name`.
    pub fn check_source(&self, source: &str, name: &str, modes: &[Mode]) -> std::io::Result<Verdict> {
        let program = self.scratch.join(name);
        std::fs::write(&program, source)?;
        let node = self.node(&program)?;
        if let Some(why) = Self::unusable(&node) {
            return Ok(Verdict::Unusable(why));
        }
        self.check(&program, &node, modes)
    }
}

/// A readable account of a finding: Node's output, then each mode's.
pub fn describe(f: &Finding) -> String {
    let mut s = String::new();
    let modes: Vec<&str> = f.modes.iter().map(|m| m.name()).collect();
    s.push_str(&format!("kind: {}\nmodes: {}\nbucket: {}\n", f.kind.name(), modes.join(","), f.bucket));
    s.push_str(&format!("\n== node ({})\n{}", f.node.status, String::from_utf8_lossy(&f.node.stdout)));
    for r in &f.results {
        let what = match r.kind {
            Some(k) => k.name(),
            None => "agrees",
        };
        s.push_str(&format!("\n== dxl {} ({}, {what})\n", r.mode.name(), r.output.status));
        if r.kind.is_some() {
            if let Some((n, expected, actual)) = first_difference(&f.node.stdout, &r.output.stdout) {
                s.push_str(&format!("first difference, line {n}:\n  node: {expected}\n  dxl:  {actual}\n"));
            }
            s.push_str(&format!("-- stdout\n{}", String::from_utf8_lossy(&r.output.stdout)));
            if !r.output.stderr.is_empty() {
                let stderr: String = r.output.stderr.chars().take(4000).collect();
                s.push_str(&format!("-- stderr\n{stderr}\n"));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blur_merges_numbers() {
        assert_eq!(blur("p12 -0 3.5"), "p# -# #.#");
    }

    #[test]
    fn first_difference_finds_the_line() {
        assert_eq!(first_difference(b"a\nb\nc\n", b"a\nx\nc\n"), Some((2, "b".into(), "x".into())));
        assert_eq!(first_difference(b"a\n", b"a\n"), None);
        assert_eq!(first_difference(b"a\nb\n", b"a\n").map(|d| d.0), Some(2));
    }

    #[test]
    fn run_reports_exit_signal_and_timeout() {
        let sh =
            |script: &str, t: u64| run(Command::new("sh").arg("-c").arg(script), Duration::from_millis(t)).unwrap();
        let o = sh("echo hi; exit 3", 5000);
        assert_eq!((o.stdout.as_slice(), o.status), (&b"hi\n"[..], Status::Exit(3)));
        assert_eq!(sh("kill -SEGV $$", 5000).status, Status::Signal(11));
        assert_eq!(sh("sleep 5", 100).status, Status::Timeout);
    }
}
