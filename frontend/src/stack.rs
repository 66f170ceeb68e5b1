//! Stack room for the compiler's recursive passes over the tree.

/// Room left on the stack below which [`with_room`] moves to a new segment:
/// more than the deepest chain of frames between two guarded calls.
const RED_ZONE: usize = 512 * 1024;
/// The size of each new segment.
const SEGMENT: usize = 16 * 1024 * 1024;

/// Runs `f` with at least [`RED_ZONE`] bytes of stack, growing the stack on
/// the heap when it runs low. Passes that recurse once per tree level call
/// this at the recursion, so input nesting is bounded by memory, not by the
/// thread's stack.
#[inline]
pub fn with_room<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(RED_ZONE, SEGMENT, f)
}
