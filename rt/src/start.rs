//! Program start: the thread the program runs on, the program's constants and
//! source positions, and the report of an uncaught exception.

use std::ffi::{CStr, c_char};

use dxl_abi::runtime_functions::{ProgramInfo, SourcePos};

use crate::console;
use crate::error;
use crate::gc::{self, Marker};
use crate::global::Global;
use crate::object;
use crate::string::{self, Units};
use crate::value::Value;

/// The lowest stack address generated code may use (see [`dxl_abi::runtime_functions::STACK_LIMIT_GLOBAL`]).
#[unsafe(no_mangle)]
pub static mut dxl_rt_stack_limit: u64 = 0;

/// The stack of the thread that runs the program.
pub const STACK_SIZE: usize = 64 << 20;
/// Stack left below `dxl_rt_stack_limit` for runtime frames (and the throw of
/// the RangeError), plus slack for the guard page and thread-local storage.
const STACK_HEADROOM: usize = (1 << 20) + (256 << 10);

struct Program {
    file: String,
    /// Source lines, for the uncaught-exception report.
    source: String,
    positions: &'static [SourcePos],
    consts: &'static [Value],
    argv: Vec<String>,
}

static PROGRAM: Global<Option<Program>> = Global::new(None);

/// A source position with its file.
pub struct Position {
    pub file: &'static str,
    pub line: u32,
    pub column: u32,
}

/// The source position with this index, if known.
pub fn position(index: u32) -> Option<Position> {
    let p = PROGRAM.get().as_ref()?;
    let sp = p.positions.get(index as usize)?;
    Some(Position { file: &p.file, line: sp.line, column: sp.column })
}

/// The source position with this index and the function whose code it is in.
pub fn position_in_function(index: u32) -> Option<(Position, u32)> {
    let p = PROGRAM.get().as_ref()?;
    let sp = p.positions.get(index as usize)?;
    Some((Position { file: &p.file, line: sp.line, column: sp.column }, sp.function))
}

/// The identifier that starts at the source position with this index (a
/// called method's name), if one does.
pub fn identifier_at(index: u32) -> Option<String> {
    let p = PROGRAM.get().as_ref()?;
    let sp = p.positions.get(index as usize)?;
    let line = p.source.lines().nth(sp.line.checked_sub(1)? as usize)?;
    let mut units = 0;
    let start = line.char_indices().find_map(|(i, c)| {
        let at = units;
        units += c.len_utf16() as u32;
        (at + 1 == sp.column).then_some(i)
    })?;
    let name: String = line[start..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$').collect();
    (!name.is_empty()).then_some(name)
}

/// A byte range of the program's source text.
pub fn source_slice(start: usize, end: usize) -> Option<&'static str> {
    PROGRAM.get().as_ref()?.source.get(start..end)
}

/// The command-line arguments (for `process.argv`).
pub fn argv() -> &'static [String] {
    PROGRAM.get().as_ref().map_or(&[], |p| &p.argv)
}

pub fn trace_roots(m: &mut Marker) {
    if let Some(p) = PROGRAM.get() {
        m.mark_slice(p.consts);
    }
}

/// Decodes WTF-8 (UTF-8 that may encode lone surrogates) into UTF-16.
fn wtf8_to_utf16(b: &[u8]) -> Vec<u16> {
    if let Ok(s) = std::str::from_utf8(b) {
        return s.encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as u32;
        let (cp, n) = if c < 0x80 {
            (c, 1)
        } else if c & 0xE0 == 0xC0 && i + 1 < b.len() {
            (((c & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
        } else if c & 0xF0 == 0xE0 && i + 2 < b.len() {
            (((c & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F), 3)
        } else if c & 0xF8 == 0xF0 && i + 3 < b.len() {
            let cp = ((c & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F);
            (cp, 4)
        } else {
            (0xFFFD, 1)
        };
        if cp >= 0x10000 {
            let v = cp - 0x10000;
            out.push(0xD800 | (v >> 10) as u16);
            out.push(0xDC00 | (v & 0x3FF) as u16);
        } else {
            out.push(cp as u16);
        }
        i += n;
    }
    out
}

/// Prints the panic as an internal error and exits 70 (never unwinds into C).
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console::flush_stdout();
        let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
            (*s).to_owned()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "unknown panic".to_owned()
        };
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("dxl: internal runtime error: {msg}{at} (please report this bug)");
        std::process::exit(70);
    }));
}

/// A write to a pipe whose reader has gone then fails with EPIPE instead of
/// killing the process, and stdout drops the rest of its output
/// (`console::flush_stdout`): Node runs on quietly and exits as it would
/// have (`node app.js | head -1` exits 0).
fn ignore_sigpipe() {
    #[cfg(unix)]
    {
        unsafe extern "C" {
            fn signal(signum: i32, handler: usize) -> usize;
        }
        const SIGPIPE: i32 = 13;
        const SIG_IGN: usize = 1;
        // SAFETY: installs the "ignore" disposition; no handler code runs.
        unsafe { signal(SIGPIPE, SIG_IGN) };
    }
}

/// `dxl_rt_start`: runs the program on a thread with a large stack.
///
/// # Safety
/// `argv` holds `argc` NUL-terminated strings (or is null), and `info` points at
/// a valid `ProgramInfo` whose arrays have the lengths it states and which
/// outlives the program.
pub unsafe fn run(argc: i32, argv: *const *const c_char, info: *const ProgramInfo) -> i32 {
    install_panic_hook();
    ignore_sigpipe();
    let mut args = Vec::new();
    if !argv.is_null() {
        for i in 0..argc.max(0) as usize {
            // SAFETY: the caller guarantees `argc` valid C strings.
            let p = unsafe { *argv.add(i) };
            if !p.is_null() {
                // SAFETY: as above.
                args.push(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned());
            }
        }
    }
    let info_addr = info as usize;
    let thread = std::thread::Builder::new()
        .name("dxl-main".to_owned())
        .stack_size(STACK_SIZE)
        // SAFETY: forwarded from the caller's contract; the main thread waits.
        .spawn(move || unsafe { run_on_thread(args, info_addr as *const ProgramInfo) });
    let status = match thread {
        Ok(t) => t.join().unwrap_or(70),
        Err(e) => {
            eprintln!("dxl: cannot start the program thread: {e}");
            70
        }
    };
    console::flush_stdout();
    if std::env::var_os("DXL_GC_STATS").is_some() {
        let s = crate::gc::stats();
        eprintln!(
            "gc: {} collections, {} MiB allocated in total, {} KiB live after the last collection, {} MiB heap",
            s.collections,
            s.total_allocated >> 20,
            s.live_bytes >> 10,
            s.heap_bytes >> 20
        );
    }
    status
}

/// Records the stack base (this frame) for the GC, then runs the program in a
/// callee frame.
///
/// # Safety
/// As [`run`].
unsafe fn run_on_thread(args: Vec<String>, info: *const ProgramInfo) -> i32 {
    let marker = 0u64;
    let base = std::hint::black_box(&marker) as *const u64 as usize;
    gc::set_stack_base(base);
    // SAFETY: written once before any generated code runs, on the only thread that reads it.
    unsafe { dxl_rt_stack_limit = (base - STACK_SIZE + STACK_HEADROOM) as u64 };
    // SAFETY: forwarded.
    unsafe { run_program(args, info) }
}

#[inline(never)]
unsafe fn run_program(args: Vec<String>, info: *const ProgramInfo) -> i32 {
    crate::realm::init();
    // SAFETY: the caller guarantees a valid ProgramInfo.
    let info = unsafe { &*info };
    // SAFETY: the ProgramInfo arrays have the stated lengths and live for the program.
    let (consts, const_strings, positions, file, source) = unsafe {
        (
            slice_or_empty_mut(info.consts as *mut Value, info.nconsts as usize),
            slice_or_empty(info.const_strings, info.nconsts as usize),
            slice_or_empty(info.positions, info.npositions as usize),
            slice_or_empty(info.file_name, info.file_name_len as usize),
            slice_or_empty(info.source, info.source_len as usize),
        )
    };
    for (slot, cs) in consts.iter_mut().zip(const_strings) {
        // SAFETY: each ConstString points at `len` bytes.
        let bytes = unsafe { slice_or_empty(cs.ptr, cs.len as usize) };
        let atom = if bytes.is_ascii() {
            string::intern_units(Units::Latin1(bytes))
        } else {
            string::intern_units(Units::Utf16(&wtf8_to_utf16(bytes)))
        };
        *slot = atom.value();
    }
    // SAFETY: the ProgramInfo is valid (the caller's contract).
    unsafe { crate::stack_trace::init(info) };
    *PROGRAM.get() = Some(Program {
        file: String::from_utf8_lossy(file).into_owned(),
        source: String::from_utf8_lossy(source).into_owned(),
        positions,
        consts,
        argv: args,
    });
    let this = object::new_object();
    let entry = info.entry;
    // SAFETY: the entry point has the generic JsFn convention; no arguments.
    let r = unsafe { entry(Value::UNDEFINED.0, this.value().0, std::ptr::null(), 0) };
    if r == Value::EXCEPTION.0 {
        report_uncaught(error::take_pending());
        return 1;
    }
    console::flush_stdout();
    0
}

/// # Safety
/// `p` points at `n` valid `T`s for `'static`, or `n` is 0.
unsafe fn slice_or_empty<T>(p: *const T, n: usize) -> &'static [T] {
    if p.is_null() || n == 0 {
        return &[];
    }
    // SAFETY: per the contract.
    unsafe { std::slice::from_raw_parts(p, n) }
}

/// # Safety
/// As [`slice_or_empty`], and nothing else accesses the memory meanwhile.
unsafe fn slice_or_empty_mut<T>(p: *mut T, n: usize) -> &'static mut [T] {
    if p.is_null() || n == 0 {
        return &mut [];
    }
    // SAFETY: per the contract.
    unsafe { std::slice::from_raw_parts_mut(p, n) }
}

/// The Node release whose behaviour dxl reproduces; Node's report of an
/// uncaught exception ends with its version.
pub const NODE_VERSION: &str = "v20.20.2";

/// The report Node prints for an uncaught exception in a script (its
/// `ReportFatalException`): the throw position and its source line with a
/// caret (the *arrow*), then
/// - an Error object: a blank line and `util.inspect(error, { depth: 5 })`
///   (its stack, then its own properties);
/// - any other object: the inspected value, the arrow first, after an empty
///   line (Node prints the arrow itself for values that are not errors);
/// - a primitive: `String(value)` and the hint about `--trace-uncaught`;
///
/// and last an empty line and `Node.js <version>`.
pub fn uncaught_report(v: Value) -> String {
    let arrow = throw_arrow();
    let mut out = String::new();
    if !error::is_native_error(v) && !arrow.is_empty() {
        out.push('\n');
    }
    out.push_str(&arrow);
    if v.obj().is_some() {
        let text = console::inspect_value_with(v, &crate::inspect::Options::UNCAUGHT).unwrap_or_else(|_| {
            error::take_pending();
            "<exception while printing the exception>".to_owned()
        });
        if error::is_native_error(v) && !arrow.is_empty() {
            out.push('\n');
        }
        out.push_str(&text);
        out.push('\n');
    } else {
        let text = crate::value::to_rust_string(v).unwrap_or_else(|_| {
            error::take_pending();
            "<toString() threw exception>".to_owned()
        });
        out.push_str(&text);
        out.push_str("\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n");
    }
    out.push_str("\nNode.js ");
    out.push_str(NODE_VERSION);
    out.push('\n');
    out
}

/// `file:line`, the source line and a caret under the throw's column, each
/// ending in a newline; empty when the position is unknown.
fn throw_arrow() -> String {
    let mut out = String::new();
    if let (Some(p), Some(prog)) = (position(error::throw_pos()), PROGRAM.get().as_ref()) {
        out.push_str(&format!("{}:{}\n", p.file, p.line));
        if let Some(line) = source_lines(&prog.source).nth(p.line.saturating_sub(1) as usize) {
            out.push_str(line);
            out.push('\n');
            let caret: String = line
                .encode_utf16()
                .take(p.column.saturating_sub(1) as usize)
                .map(|c| if c == b'\t' as u16 { '\t' } else { ' ' })
                .collect();
            out.push_str(&caret);
            out.push_str("^\n");
        }
    }
    out
}

/// The source's lines as positions count them: split at LF, CR, CRLF,
/// U+2028 and U+2029 (ECMAScript's line terminators).
fn source_lines(source: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(source);
    std::iter::from_fn(move || {
        let text = rest?;
        match text.find(['\n', '\r', '\u{2028}', '\u{2029}']) {
            Some(i) => {
                let terminator =
                    if text[i..].starts_with("\r\n") { 2 } else { text[i..].chars().next().map_or(1, char::len_utf8) };
                rest = Some(&text[i + terminator..]);
                Some(&text[..i])
            }
            None => {
                rest = None;
                Some(text)
            }
        }
    })
}

fn report_uncaught(v: Value) {
    let text = uncaught_report(v);
    console::write_stderr(text.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_lines_split_at_every_line_terminator() {
        let lines: Vec<&str> = source_lines("a\rb\r\nc\u{2028}d\u{2029}e\nf").collect();
        assert_eq!(lines, ["a", "b", "c", "d", "e", "f"]);
        assert_eq!(source_lines("x\n").collect::<Vec<_>>(), ["x", ""]);
    }

    #[test]
    fn wtf8_decodes_lone_surrogates() {
        assert_eq!(wtf8_to_utf16("a😀".as_bytes()), vec![0x61, 0xD83D, 0xDE00]);
        assert_eq!(wtf8_to_utf16(&[0x61, 0xED, 0xA0, 0x80]), vec![0x61, 0xD800]);
    }
}
