//! Test support: unit tests share the single-threaded runtime, so each runs
//! under one lock with the stack base set to its own frame.

use std::sync::Mutex;

static LOCK: Mutex<()> = Mutex::new(());

/// Runs `f` with the runtime initialized and exclusively owned.
pub fn with_runtime<R>(f: impl FnOnce() -> R) -> R {
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    run_with_stack_base(f)
}

#[inline(never)]
fn run_with_stack_base<R>(f: impl FnOnce() -> R) -> R {
    let marker = 0u64;
    crate::gc::set_stack_base(std::hint::black_box(&marker) as *const u64 as usize);
    crate::realm::init();
    crate::gc::set_stress(false);
    let r = inner(f);
    crate::error::take_pending();
    crate::gc::set_stack_base(0);
    r
}

#[inline(never)]
fn inner<R>(f: impl FnOnce() -> R) -> R {
    f()
}
