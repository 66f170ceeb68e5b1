//! Running out of memory: every allocation path ends in one report.
//!
//! The GC heap (blocks, large cells, the trigger's heap limit), the
//! value-vector pool and every Rust allocation (vectors, strings, hash maps,
//! the collector's mark stack: through the global allocator below) print
//! the line Node prints when V8's heap is exhausted, after the program's
//! buffered stdout, and exit with status 134 (what a shell reports for
//! Node, which aborts). Rust's own handler would print "memory allocation of
//! N bytes failed", abort, and lose the buffered output.

use std::alloc::{GlobalAlloc, Layout, System};

/// What Node prints on stderr (the lines it writes before it, the last GCs
/// and the JS stack, have no counterpart here).
const MESSAGE: &[u8] = b"\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n";

/// The exit status: 128 + SIGABRT, as a shell shows Node's.
pub const EXIT_STATUS: i32 = 134;

/// Prints the out-of-memory report and exits. Allocates nothing, so the
/// global allocator can call it.
#[cold]
#[inline(never)]
pub fn report_and_exit() -> ! {
    crate::console::flush_stdout();
    crate::console::write_fd(2, MESSAGE);
    exit_now(EXIT_STATUS)
}

/// Ends the process without running exit handlers, which might allocate.
fn exit_now(status: i32) -> ! {
    #[cfg(unix)]
    {
        unsafe extern "C" {
            fn _exit(status: i32) -> !;
        }
        // SAFETY: `_exit` takes any status and does not return.
        unsafe { _exit(status) }
    }
    #[cfg(not(unix))]
    std::process::exit(status)
}

/// The system allocator, reporting instead of returning null.
pub struct ReportingAllocator;

// SAFETY: every method forwards to `System` with the caller's arguments and
// returns its (non-null) result unchanged; failure never returns.
unsafe impl GlobalAlloc for ReportingAllocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded; the caller upholds `GlobalAlloc::alloc`'s contract.
        let p = unsafe { System.alloc(layout) };
        if p.is_null() {
            report_and_exit();
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded, as above.
        let p = unsafe { System.alloc_zeroed(layout) };
        if p.is_null() {
            report_and_exit();
        }
        p
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded; `ptr` was allocated by this allocator, which is `System`.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if p.is_null() {
            report_and_exit();
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded, as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: ReportingAllocator = ReportingAllocator;
