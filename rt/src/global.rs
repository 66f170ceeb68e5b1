//! Process-wide mutable state of the single-threaded runtime.
//!
//! The runtime runs JavaScript on exactly one thread (the one `dxl_rt_start`
//! spawns; in unit tests, whichever test holds `testing::lock`). Its globals are
//! therefore plain cells rather than locks: [`Global::get`] hands out a `&mut`
//! that the caller must not keep across a call that could reach the same global
//! again (no reference is kept across a call into JavaScript or the allocator).

use std::cell::UnsafeCell;

pub struct Global<T>(UnsafeCell<T>);

// SAFETY: the runtime is single-threaded (see the module doc); nothing is shared
// between threads, the `Sync` bound only lets us put the cell in a `static`.
unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    pub const fn new(value: T) -> Self {
        Global(UnsafeCell::new(value))
    }

    /// The state; see the module doc for how long the reference may be held.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)] // the point of the type; the invariant is in the module doc
    pub fn get(&self) -> &mut T {
        // SAFETY: single-threaded runtime, and callers keep the reference only for
        // a short, non-reentrant stretch (module doc).
        unsafe { &mut *self.0.get() }
    }
}
