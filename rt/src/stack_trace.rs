//! The JavaScript frames on the stack when an error is made, for its
//! `stack` (`    at f (/path/app.js:3:7)`, as V8 writes them).
//!
//! The native stack is walked with the system unwinder (the unwind tables
//! every generated function has). A return address inside the generated
//! code has a mark just after its call (see
//! `dxl_abi::runtime_functions::call_site`) naming the JavaScript frames the
//! native frame holds, inlined ones included; frames of the runtime are
//! skipped. A frame is named by how its caller called it (`f`, `Object.m`,
//! `new F`); one called by the runtime (a callback of a built-in) is named
//! as a plain call. Node's own frames (`Module._compile`, ...) and the
//! built-ins' (`Array.forEach`) do not appear.

use std::ffi::{c_int, c_void};

use dxl_abi::runtime_functions::{FunctionInfo, ProgramInfo, call_site};

use crate::global::Global;

/// `Error.stackTraceLimit`'s default in V8.
pub const FRAME_LIMIT: usize = 10;

/// Marks further than this after a return address belong to another call.
const MARK_REACH: usize = 256;

struct Sites {
    /// `(label address, chain index)`, by address.
    marks: Vec<(usize, u32)>,
    chains: &'static [u32],
    functions: &'static [FunctionInfo],
    code: std::ops::Range<usize>,
}

static SITES: Global<Option<Sites>> = Global::new(None);

/// Reads the program's marks, once before it runs.
///
/// # Safety
/// `info` is the program's valid `ProgramInfo`: its mark section holds
/// pairs of `u32` (an offset from the pair to a label, a chain index), and
/// its arrays have the stated lengths and live for the program.
pub unsafe fn init(info: &ProgramInfo) {
    let mut marks = Vec::new();
    let mut at = info.sites_begin;
    while !at.is_null() && at < info.sites_end {
        // SAFETY: each mark is two u32s inside the section (per the contract).
        let (offset, chain) = unsafe { (*at as i32, *at.add(1)) };
        marks.push(((at as usize).wrapping_add_signed(offset as isize), chain));
        // SAFETY: as above; the loop stops at the section's end.
        at = unsafe { at.add(2) };
    }
    marks.sort_unstable();
    // SAFETY: per the contract.
    let (chains, functions) = unsafe {
        (slice(info.site_chains, info.nsite_chains as usize), slice(info.functions, info.nfunctions as usize))
    };
    *SITES.get() = Some(Sites { marks, chains, functions, code: info.code_begin as usize..info.code_end as usize });
}

/// # Safety
/// `p` points at `n` valid `T`s for `'static`, or `n` is 0.
unsafe fn slice<T>(p: *const T, n: usize) -> &'static [T] {
    if p.is_null() || n == 0 {
        return &[];
    }
    // SAFETY: per the contract.
    unsafe { std::slice::from_raw_parts(p, n) }
}

/// Set in a captured frame's word when the frame after it (its caller)
/// called it directly, with no runtime frame between (the kinds take two
/// bits below it).
const CALLED_BY_NEXT: u32 = 1 << 31;

#[repr(C)]
struct UnwindContext {
    _private: [u8; 0],
}

const URC_NO_REASON: c_int = 0;
const URC_NORMAL_STOP: c_int = 4;

unsafe extern "C" {
    fn _Unwind_Backtrace(
        trace: extern "C" fn(*mut UnwindContext, *mut c_void) -> c_int,
        argument: *mut c_void,
    ) -> c_int;
    fn _Unwind_GetIP(context: *mut UnwindContext) -> usize;
}

struct Walk<'s> {
    sites: &'s Sites,
    /// Site words, innermost first, with [`CALLED_BY_NEXT`].
    entries: Vec<u32>,
    /// A runtime frame came after the last entry.
    runtime_since: bool,
    done: bool,
}

extern "C" fn visit(context: *mut UnwindContext, argument: *mut c_void) -> c_int {
    // SAFETY: `argument` is the `Walk` that `capture` passed, alive for the walk.
    let walk = unsafe { &mut *argument.cast::<Walk>() };
    // SAFETY: the unwinder hands a valid context for this frame.
    let ip = unsafe { _Unwind_GetIP(context) };
    let sites = walk.sites;
    if !sites.code.contains(&ip) {
        walk.runtime_since = true;
        return URC_NO_REASON;
    }
    let next = sites.marks.partition_point(|&(label, _)| label < ip);
    let Some(&(label, chain)) = sites.marks.get(next) else { return URC_NO_REASON };
    if label - ip > MARK_REACH {
        return URC_NO_REASON;
    }
    let chain = chain as usize;
    let n = sites.chains.get(chain).copied().unwrap_or(0) as usize;
    let words = sites.chains.get(chain + 1..chain + 1 + n).unwrap_or(&[]);
    // Outermost first in the chain; the trace lists the innermost first.
    for (i, &word) in words.iter().rev().enumerate() {
        if let Some(last) = walk.entries.last_mut()
            && (i > 0 || !walk.runtime_since)
        {
            *last |= CALLED_BY_NEXT;
        }
        walk.entries.push(word);
        // Nothing above the script's frame is the program's.
        walk.done |= crate::start::position_in_function(word & call_site::POSITION_MASK)
            .and_then(|(_, f)| sites.functions.get(f as usize))
            .is_none_or(|f| f.script != 0);
    }
    if !words.is_empty() {
        walk.runtime_since = false;
    }
    // One more than the limit: the last frame's name depends on its caller.
    if walk.done || walk.entries.len() > FRAME_LIMIT { URC_NORMAL_STOP } else { URC_NO_REASON }
}

/// The JavaScript frames on the stack now, innermost first, as words for
/// [`format`] (at most one more than [`FRAME_LIMIT`]): cheap to keep, as
/// most errors' `stack` is never read.
pub fn capture() -> Vec<u32> {
    let Some(sites) = SITES.get().as_ref() else { return Vec::new() };
    let mut walk = Walk { sites, entries: Vec::new(), runtime_since: false, done: false };
    // SAFETY: `visit` matches the unwinder's callback type and gets `walk`,
    // which outlives the call.
    unsafe { _Unwind_Backtrace(visit, (&raw mut walk).cast()) };
    walk.entries
}

/// The `at` lines of captured frames, each starting with a newline: the
/// tail of a `stack`.
pub fn format(entries: &[u32]) -> String {
    let Some(sites) = SITES.get().as_ref() else { return String::new() };
    let mut lines = Vec::new();
    for (i, &entry) in entries.iter().enumerate() {
        let index = entry & call_site::POSITION_MASK;
        let Some((p, function)) = crate::start::position_in_function(index) else { continue };
        let kind = |w: u32| (w & !CALLED_BY_NEXT) >> call_site::KIND_SHIFT;
        let caller = entries.get(i + 1).map(|&c| (c & call_site::POSITION_MASK, kind(c)));
        let direct = entry & CALLED_BY_NEXT != 0;
        // The runtime's `new` is only the call; other runtime frames are
        // built-ins calling back.
        let called_as = match caller {
            Some((_, call_site::CALLBACK)) => call_site::PLAIN,
            Some((_, kind)) if direct || kind == call_site::NEW => kind,
            _ => call_site::PLAIN,
        };
        let name = sites.functions.get(function as usize).map_or(String::new(), |f| name(f, called_as));
        let at = format!("{}:{}:{}", p.file, p.line, p.column);
        lines.push(match name.is_empty() {
            true => format!("\n    at {at}"),
            false => format!("\n    at {name} ({at})"),
        });
        // An array method that called this frame's function back.
        if let Some((call, kind)) = caller
            && (kind == call_site::CALLBACK || (kind == call_site::METHOD && !direct))
            && let Some(method) = crate::start::identifier_at(call)
            && ARRAY_CALLBACK_METHODS.contains(&method.as_str())
        {
            lines.push(format!("\n    at Array.{method} (<anonymous>)"));
        }
    }
    lines.truncate(FRAME_LIMIT);
    lines.concat()
}

/// The array methods that call a function of the program back.
const ARRAY_CALLBACK_METHODS: [&str; 12] = [
    "forEach",
    "map",
    "filter",
    "some",
    "every",
    "reduce",
    "reduceRight",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "sort",
];

/// The name of a frame of `f` called as `called_as`.
fn name(f: &FunctionInfo, called_as: u32) -> String {
    // SAFETY: the names are UTF-8 byte strings of the stated lengths that
    // live for the program (see `ProgramInfo::functions`).
    let (plain, method) =
        unsafe { (slice(f.name, f.name_len as usize), slice(f.method_name, f.method_name_len as usize)) };
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    match called_as {
        call_site::METHOD => text(method),
        call_site::NEW if plain.is_empty() => "new <anonymous>".to_owned(),
        call_site::NEW => format!("new {}", text(plain)),
        _ => text(plain),
    }
}
