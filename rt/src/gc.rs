//! The heap: a precise-heap, non-moving mark-sweep collector with conservative
//! scanning of the native stack.
//!
//! Cells come from size-classed blocks of [`BLOCK_SIZE`] bytes, aligned to their
//! size so that a cell's block is found by masking its address. Each block keeps
//! an allocated bitmap and a mark bitmap in its first bytes; allocation finds
//! the first clear allocated bit, sweeping is two bitmap operations per 64 cells
//! plus a drop for each dead cell that owns Rust memory. Cells larger than
//! [`MAX_SMALL`] are "large objects", allocated one by one from the system
//! allocator and kept in an address-ordered map.
//!
//! Every heap thing is a `#[repr(C)]` struct starting with a [`GcHeader`]. Payloads
//! of variable size (object slots, array elements) may live in Rust `Vec`s owned
//! by the cell; they are freed when the cell is swept (by `drop_in_place`) and
//! their bytes count towards the collection trigger ([`note_external`]).
//!
//! Roots: the native stack from the current stack pointer to the recorded stack
//! base (callee-saved registers spilled first), scanned conservatively: a word
//! that points into an allocated cell, or NaN-boxes such a pointer, marks the
//! cell (interior pointers count). Then the precise roots: the program's
//! constant table, the realm, the pending exception, and [`RootScope`]s.
//!
//! Allocation only collects at the allocation itself, so runtime code may keep
//! values in locals (they are on the stack or in registers, hence scanned) but
//! must not keep the only reference to a value in Rust heap memory (a
//! `Vec<Value>`) across an allocation or a call into JavaScript: root it with a
//! [`RootScope`], or build into a JS array instead.
//!
//! `DXL_GC_STRESS=1` collects at every allocation. Sweeping visits each block
//! only up to its highest allocated word, and allocation fills blocks from the
//! bottom, so a stress collection costs about the live heap.

use std::alloc::{Layout, alloc_zeroed, dealloc};
use std::collections::BTreeMap;

use dxl_abi::value as abi;

use crate::global::Global;
use crate::value::Value;

pub const BLOCK_SIZE: usize = 256 * 1024;
/// The largest cell allocated from blocks.
pub const MAX_SMALL: usize = 2048;
const BITMAP_WORDS: usize = BLOCK_SIZE / 16 / 64;
const SIZE_CLASSES: [u32; abi::SIZE_CLASS_COUNT] = abi::SIZE_CLASSES;
const _: () = assert!(MAX_SMALL == SIZE_CLASSES[SIZE_CLASSES.len() - 1] as usize);
const MIN_TRIGGER: usize = 8 * 1024 * 1024;

/// What a cell holds; decides how it is traced and finalized.
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// A swept cell (block memory starts zeroed, so this is 0).
    Free = 0,
    String,
    /// A plain object ([`crate::object::JsObject`]).
    Object,
    Array,
    Function,
    /// An Error instance: a plain object layout with the error brand.
    Error,
    /// A Number/String/Boolean wrapper object.
    Boxed,
    /// A closure cell (`TAG_CELL`).
    Cell,
    /// A getter/setter pair stored in an accessor property's slot.
    Accessor,
}

impl Kind {
    pub fn is_object(self) -> bool {
        matches!(self, Kind::Object | Kind::Array | Kind::Function | Kind::Error | Kind::Boxed)
    }
}

/// The first 8 bytes of every heap cell.
#[repr(C)]
pub struct GcHeader {
    pub kind: Kind,
    /// Owned by the module of the kind (string representation, object flags).
    pub flags: u8,
    /// Owned by the collector.
    pub gc: u8,
    pub _reserved: u8,
    /// Owned by the module of the kind (a string's length).
    pub aux: u32,
}

/// `GcHeader::gc` bits.
pub mod gc_bits {
    /// Not in the collected heap (atoms, statically allocated things): never marked or freed.
    pub const PERMANENT: u8 = 1;
    /// A large object; its mark is [`LARGE_MARK`].
    pub const LARGE: u8 = 2;
    pub const LARGE_MARK: u8 = 4;
}

impl GcHeader {
    pub const fn new(kind: Kind) -> GcHeader {
        GcHeader { kind, flags: 0, gc: 0, _reserved: 0, aux: 0 }
    }
}

/// Block metadata, at the start of every block.
#[repr(C)]
struct Block {
    class: u32,
    cell_size: u32,
    ncells: u32,
    /// Words of `alloc` below this index may have bits set.
    high_water: u32,
    /// Allocation resumes its search at this word.
    cursor: u32,
    live_cells: u32,
    alloc: [u64; BITMAP_WORDS],
    mark: [u64; BITMAP_WORDS],
    /// Cells whose destructor must run when they die: they own memory
    /// outside the heap (see [`needs_finalizer`]). The sweep never touches
    /// the other dead cells, most of a young program's garbage.
    finalize: [u64; BITMAP_WORDS],
}

const FIRST_CELL: usize = std::mem::size_of::<Block>().next_multiple_of(16);

impl Block {
    #[inline]
    fn cell_addr(&self, index: usize) -> usize {
        self as *const Block as usize + FIRST_CELL + index * self.cell_size as usize
    }
    #[inline]
    fn cell_index(&self, addr: usize) -> Option<usize> {
        let off = addr.checked_sub(self as *const Block as usize + FIRST_CELL)?;
        let i = off / self.cell_size as usize;
        (i < self.ncells as usize).then_some(i)
    }
    fn nwords(&self) -> usize {
        (self.ncells as usize).div_ceil(64)
    }
}

#[derive(Default)]
struct SizeClass {
    blocks: Vec<*mut Block>,
    /// Index into `blocks` where allocation looks first.
    current: usize,
}

/// A run of free cells of one size class, claimed at once from one bitmap
/// word of a block and handed out in order by bumping `next` up to `end`:
/// their allocation bits are set, and the conservative scan skips the ones
/// not handed out yet (they hold whatever the dead cells held). The bytes
/// of the whole run count as allocated when it is claimed, so generated
/// code may bump `next` itself (`dxl_abi::value::ALLOC_RUNS_GLOBAL`).
/// Emptied by every collection, whose sweep frees the cells not handed out.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct AllocRun {
    next: usize,
    end: usize,
}

const _: () = assert!(std::mem::size_of::<AllocRun>() == abi::ALLOC_RUN_SIZE as usize);

/// The run of each size class, read and bumped by generated code.
#[unsafe(no_mangle)]
pub static mut dxl_rt_alloc_runs: [AllocRun; abi::SIZE_CLASS_COUNT] =
    [AllocRun { next: 0, end: 0 }; abi::SIZE_CLASS_COUNT];

/// The run of size class `class`.
fn run(class: usize) -> &'static mut AllocRun {
    // SAFETY: the program's one thread owns the runs; generated code
    // touches them only between calls into the runtime.
    unsafe { &mut (*std::ptr::addr_of_mut!(dxl_rt_alloc_runs))[class] }
}

/// Collector statistics, for tests and `--trace-gc`-style diagnostics.
#[derive(Clone, Copy, Debug, Default)]
pub struct GcStats {
    pub collections: u64,
    /// Bytes found live by the last collection (cells plus their Rust payloads).
    pub live_bytes: usize,
    /// Bytes of blocks and large objects currently held.
    pub heap_bytes: usize,
    pub allocated_since_gc: usize,
    /// Bytes allocated since the program started (cells and payloads).
    pub total_allocated: u64,
}

struct Heap {
    classes: Vec<SizeClass>,
    /// Base addresses of all blocks, sorted, for conservative lookups.
    block_addrs: Vec<usize>,
    /// Large objects: address -> size.
    large: BTreeMap<usize, usize>,
    min_addr: usize,
    max_addr: usize,
    stats: GcStats,
    trigger: usize,
    max_heap: usize,
    stress: bool,
    stack_base: usize,
    mark_stack: Vec<*mut GcHeader>,
    roots: Vec<Value>,
    rooted_vecs: Vec<*const Vec<Value>>,
    collecting: bool,
    initialized: bool,
}

static HEAP: Global<Heap> = Global::new(Heap {
    classes: Vec::new(),
    block_addrs: Vec::new(),
    large: BTreeMap::new(),
    min_addr: usize::MAX,
    max_addr: 0,
    stats: GcStats { collections: 0, live_bytes: 0, heap_bytes: 0, allocated_since_gc: 0, total_allocated: 0 },
    trigger: MIN_TRIGGER,
    max_heap: 0,
    stress: false,
    stack_base: 0,
    mark_stack: Vec::new(),
    roots: Vec::new(),
    rooted_vecs: Vec::new(),
    collecting: false,
    initialized: false,
});

/// Class index for each size rounded up to 16 bytes.
static CLASS_OF: Global<[u8; MAX_SMALL / 16 + 1]> = Global::new([0; MAX_SMALL / 16 + 1]);

/// Sets up the heap (idempotent). Reads `DXL_GC_STRESS` and `DXL_MAX_HEAP_MB`.
pub fn init() {
    let h = HEAP.get();
    if h.initialized {
        return;
    }
    h.initialized = true;
    h.classes = (0..SIZE_CLASSES.len()).map(|_| SizeClass::default()).collect();
    let table = CLASS_OF.get();
    for (i, slot) in table.iter_mut().enumerate() {
        let size = (i * 16) as u32;
        *slot = SIZE_CLASSES.iter().position(|&c| c >= size).unwrap_or(0) as u8;
    }
    h.stress = std::env::var_os("DXL_GC_STRESS").is_some_and(|v| v != "0" && !v.is_empty());
    h.max_heap =
        std::env::var("DXL_MAX_HEAP_MB").ok().and_then(|s| s.parse::<usize>().ok()).map_or(4096 << 20, |mb| mb << 20);
}

/// Records the highest stack address holding frames that may keep heap values.
pub fn set_stack_base(addr: usize) {
    HEAP.get().stack_base = addr;
}

pub fn stack_base() -> usize {
    HEAP.get().stack_base
}

pub fn set_stress(on: bool) {
    HEAP.get().stress = on;
}

pub fn stats() -> GcStats {
    HEAP.get().stats
}

/// Prints the fatal out-of-memory message and exits (the one report of every
/// allocation path, see [`crate::out_of_memory`]).
#[cold]
pub fn out_of_memory() -> ! {
    crate::out_of_memory::report_and_exit()
}

/// Counts `bytes` of Rust-owned payload (a grown `Vec`) towards the trigger.
#[inline]
pub fn note_external(bytes: usize) {
    let h = HEAP.get();
    h.stats.allocated_since_gc += bytes;
    h.stats.total_allocated += bytes as u64;
}

/// Allocates `size` bytes (at least a header) for a cell; the caller must write
/// a complete cell starting with a [`GcHeader`] before the next allocation.
/// May collect first. The memory is not zeroed.
pub fn alloc_raw(size: usize) -> *mut u8 {
    debug_assert!(size >= std::mem::size_of::<GcHeader>());
    let h = HEAP.get();
    debug_assert!(h.initialized, "heap used before gc::init");
    debug_assert!(!h.collecting, "allocation during a collection");
    if size > MAX_SMALL {
        account(size);
        return alloc_large(HEAP.get(), size);
    }
    let class = CLASS_OF.get()[size.div_ceil(16)] as usize;
    alloc_small(class)
}

/// Counts `bytes` as allocated, collecting first when the trigger is passed
/// (or at every allocation under GC stress).
fn account(bytes: usize) {
    let h = HEAP.get();
    h.stats.allocated_since_gc += bytes;
    h.stats.total_allocated += bytes as u64;
    if h.stress || h.stats.allocated_since_gc > h.trigger {
        collect();
    }
}

/// Allocates a cell holding `value` and returns a pointer to it.
#[inline]
pub fn alloc<T>(value: T) -> *mut T {
    let p = alloc_raw(std::mem::size_of::<T>()) as *mut T;
    // SAFETY: `alloc_raw` returned fresh, 16-byte aligned memory of at least
    // `size_of::<T>()` bytes that nothing else references.
    unsafe { p.write(value) };
    // SAFETY: every heap thing starts with a GcHeader, just written.
    finish_alloc(unsafe { &mut *(p as *mut GcHeader) }, std::mem::size_of::<T>());
    if std::mem::needs_drop::<T>() {
        needs_finalizer(p as *const GcHeader);
    }
    p
}

/// Records that the cell at `cell` (allocated, header written) now owns
/// memory outside the heap, so its destructor runs when it dies. Cells
/// made by [`alloc`] of a type with a destructor are recorded already;
/// raw cells that later take such memory (an object whose slots outgrow
/// its cell) must call this. Large cells always run their destructors.
#[allow(
    clippy::not_unsafe_ptr_arg_deref,
    reason = "callers pass cells that alloc returned; a safe fn keeps the call sites plain"
)]
pub fn needs_finalizer(cell: *const GcHeader) {
    // SAFETY: per the contract, the header is written.
    if unsafe { (*cell).gc } & (gc_bits::LARGE | gc_bits::PERMANENT) != 0 {
        return;
    }
    let addr = cell as usize;
    // SAFETY: a small cell lies in a block, which starts at the block-aligned address below it.
    let b = unsafe { &mut *((addr & !(BLOCK_SIZE - 1)) as *mut Block) };
    let i = b.cell_index(addr).expect("a small cell lies in its block");
    b.finalize[i / 64] |= 1 << (i % 64);
}

#[inline]
fn alloc_small(class: usize) -> *mut u8 {
    let r = run(class);
    if r.next != r.end {
        let p = r.next;
        r.next += SIZE_CLASSES[class] as usize;
        return p as *mut u8;
    }
    alloc_small_new_run(class)
}

#[cold]
fn alloc_small_new_run(class: usize) -> *mut u8 {
    let size = SIZE_CLASSES[class] as usize;
    // The trigger is checked per run; under GC stress every run is one
    // cell, so every allocation (generated code's included) collects.
    account(size);
    let h = HEAP.get();
    let stress = h.stress;
    let sc = &mut h.classes[class];
    let mut claimed = None;
    while sc.current < sc.blocks.len() {
        let block = sc.blocks[sc.current];
        // SAFETY: `blocks` holds only live blocks created by `new_block`.
        if let Some(found) = unsafe { take_free_run(&mut *block, stress) } {
            claimed = Some(found);
            break;
        }
        sc.current += 1;
    }
    let (first, count) = match claimed {
        Some(found) => found,
        None => {
            let block = new_block(h, class);
            // SAFETY: a fresh block has free cells.
            unsafe { take_free_run(&mut *block, stress) }.unwrap_or_else(|| out_of_memory())
        }
    };
    // The rest of the run counts as allocated now (its first cell did above).
    let h = HEAP.get();
    h.stats.allocated_since_gc += (count - 1) * size;
    h.stats.total_allocated += ((count - 1) * size) as u64;
    let r = run(class);
    r.next = first + size;
    r.end = first + count * size;
    first as *mut u8
}

/// Finds and claims the first run of free cells of the block at or after
/// its cursor, within one bitmap word (one cell when `single`): the first
/// cell's address and the run's length.
fn take_free_run(b: &mut Block, single: bool) -> Option<(usize, usize)> {
    if b.live_cells == b.ncells {
        return None;
    }
    let nwords = b.nwords();
    let mut w = b.cursor as usize;
    while w < nwords {
        let free = !b.alloc[w];
        if free != 0 {
            let bit = free.trailing_zeros() as usize;
            let index = w * 64 + bit;
            if index >= b.ncells as usize {
                break;
            }
            let len = ((free >> bit).trailing_ones() as usize).min(b.ncells as usize - index);
            let len = if single { 1 } else { len };
            let bits = if len == 64 { !0 } else { ((1u64 << len) - 1) << bit };
            b.alloc[w] |= bits;
            b.cursor = w as u32;
            b.live_cells += len as u32;
            if w as u32 >= b.high_water {
                b.high_water = w as u32 + 1;
            }
            return Some((b.cell_addr(index), len));
        }
        w += 1;
    }
    b.cursor = nwords as u32;
    None
}

fn new_block(h: &mut Heap, class: usize) -> *mut Block {
    let layout = Layout::from_size_align(BLOCK_SIZE, BLOCK_SIZE).expect("block layout");
    // SAFETY: the layout has a non-zero size.
    let mem = unsafe { alloc_zeroed(layout) } as *mut Block;
    if mem.is_null() {
        out_of_memory();
    }
    let cell_size = SIZE_CLASSES[class];
    let ncells = ((BLOCK_SIZE - FIRST_CELL) / cell_size as usize) as u32;
    // SAFETY: `mem` is a fresh, zeroed, suitably aligned block; all-zero bitmaps are valid.
    let b = unsafe { &mut *mem };
    b.class = class as u32;
    b.cell_size = cell_size;
    b.ncells = ncells;
    let addr = mem as usize;
    let pos = h.block_addrs.partition_point(|&a| a < addr);
    h.block_addrs.insert(pos, addr);
    h.min_addr = h.min_addr.min(addr);
    h.max_addr = h.max_addr.max(addr + BLOCK_SIZE);
    h.stats.heap_bytes += BLOCK_SIZE;
    let sc = &mut h.classes[class];
    sc.blocks.push(mem);
    sc.current = sc.blocks.len() - 1;
    mem
}

fn alloc_large(h: &mut Heap, size: usize) -> *mut u8 {
    let Ok(layout) = Layout::from_size_align(size, 16) else { out_of_memory() };
    // SAFETY: the layout has a non-zero size.
    let mem = unsafe { alloc_zeroed(layout) };
    if mem.is_null() {
        out_of_memory();
    }
    let addr = mem as usize;
    h.large.insert(addr, size);
    h.min_addr = h.min_addr.min(addr);
    h.max_addr = h.max_addr.max(addr + size);
    h.stats.heap_bytes += size;
    mem
}

/// Marks a freshly written header as large when it is: every user of
/// [`alloc_raw`] calls this after writing the header.
#[inline]
pub fn finish_alloc(hdr: &mut GcHeader, size: usize) {
    if size > MAX_SMALL {
        hdr.gc |= gc_bits::LARGE;
    }
}

// ---- Roots ----

/// Keeps values alive while Rust code holds them outside the stack; values
/// pushed through a scope are popped when the scope is dropped.
pub struct RootScope {
    base: usize,
}

impl RootScope {
    #[allow(clippy::new_without_default)]
    pub fn new() -> RootScope {
        RootScope { base: HEAP.get().roots.len() }
    }
    pub fn push(&self, v: Value) {
        HEAP.get().roots.push(v);
    }
}

impl Drop for RootScope {
    fn drop(&mut self) {
        HEAP.get().roots.truncate(self.base);
    }
}

/// A `Vec<Value>` whose contents are GC roots while it exists.
pub struct RootedVec {
    // Boxed so the registered address stays put when the RootedVec moves.
    #[allow(clippy::box_collection)]
    inner: Box<Vec<Value>>,
}

impl RootedVec {
    #[allow(clippy::new_without_default)]
    pub fn new() -> RootedVec {
        let inner = Box::new(Vec::new());
        HEAP.get().rooted_vecs.push(&*inner as *const Vec<Value>);
        RootedVec { inner }
    }
}

impl std::ops::Deref for RootedVec {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.inner
    }
}

impl std::ops::DerefMut for RootedVec {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.inner
    }
}

impl Drop for RootedVec {
    fn drop(&mut self) {
        let me = &*self.inner as *const Vec<Value>;
        let v = &mut HEAP.get().rooted_vecs;
        if let Some(i) = v.iter().rposition(|&p| p == me) {
            v.swap_remove(i);
        }
    }
}

// ---- Marking ----

/// The marking context handed to trace functions.
pub struct Marker {
    stack: Vec<*mut GcHeader>,
    live_bytes: usize,
}

impl Marker {
    /// Marks the heap thing a value points to, if any.
    #[inline]
    pub fn mark_value(&mut self, v: Value) {
        if v.is_heap() {
            self.mark(v.heap_ptr());
        }
    }

    /// Marks a cell known to be a valid heap thing (or null). Trace functions
    /// only pass pointers read from live cells.
    #[inline]
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    pub fn mark(&mut self, h: *mut GcHeader) {
        if h.is_null() {
            return;
        }
        // SAFETY: precise references always point at the header of a live cell
        // or of a permanent thing.
        let hdr = unsafe { &mut *h };
        if hdr.gc & gc_bits::PERMANENT != 0 {
            return;
        }
        if hdr.gc & gc_bits::LARGE != 0 {
            if hdr.gc & gc_bits::LARGE_MARK != 0 {
                return;
            }
            hdr.gc |= gc_bits::LARGE_MARK;
        } else {
            let block = (h as usize & !(BLOCK_SIZE - 1)) as *mut Block;
            // SAFETY: a non-large, non-permanent cell lives in a block, whose
            // metadata is at the block's aligned base.
            let b = unsafe { &mut *block };
            let i = (h as usize - (block as usize + FIRST_CELL)) / b.cell_size as usize;
            let (w, bit) = (i / 64, 1u64 << (i % 64));
            if b.mark[w] & bit != 0 {
                return;
            }
            b.mark[w] |= bit;
            self.live_bytes += b.cell_size as usize;
        }
        self.stack.push(h);
    }

    /// Counts Rust-owned payload bytes of the cell being traced as live.
    #[inline]
    pub fn add_external(&mut self, bytes: usize) {
        self.live_bytes += bytes;
    }

    pub fn mark_slice(&mut self, vs: &[Value]) {
        for &v in vs {
            self.mark_value(v);
        }
    }
}

/// Finds the allocated cell containing `addr`, for conservative roots.
fn find_cell(h: &Heap, addr: usize) -> Option<*mut GcHeader> {
    if addr < h.min_addr || addr >= h.max_addr {
        return None;
    }
    let base = addr & !(BLOCK_SIZE - 1);
    if h.block_addrs.binary_search(&base).is_ok() {
        // SAFETY: `base` is one of our blocks.
        let b = unsafe { &*(base as *const Block) };
        let i = b.cell_index(addr)?;
        if b.alloc[i / 64] & (1 << (i % 64)) == 0 {
            return None;
        }
        let cell = b.cell_addr(i) as *mut GcHeader;
        let r = run(b.class as usize);
        if (r.next..r.end).contains(&(cell as usize)) {
            return None;
        }
        // SAFETY: an allocated cell has a written header.
        if unsafe { (*cell).kind } == Kind::Free {
            return None;
        }
        return Some(cell);
    }
    let (&start, &size) = h.large.range(..=addr).next_back()?;
    (addr < start + size).then_some(start as *mut GcHeader)
}

#[inline]
fn conservative_candidate(h: &Heap, word: usize, m: &mut Marker) {
    let tag = word as u64 & abi::TAG_MASK;
    let addr = if tag == abi::TAG_STRING || tag == abi::TAG_OBJECT || tag == abi::TAG_CELL {
        (word as u64 & abi::PAYLOAD_MASK) as usize
    } else {
        word
    };
    if let Some(cell) = find_cell(h, addr) {
        m.mark(cell);
    }
}

/// Scans `[lo, hi)` conservatively.
fn scan_range(h: &Heap, lo: usize, hi: usize, m: &mut Marker) {
    let mut p = lo & !7;
    while p + 8 <= hi {
        // SAFETY: `[lo, hi)` is part of this thread's stack (or the spilled
        // register buffer), readable and 8-byte aligned after rounding down.
        let word = unsafe { std::ptr::read_volatile(p as *const usize) };
        conservative_candidate(h, word, m);
        p += 8;
    }
}

/// Runs a full collection now.
pub fn collect() {
    collect_with_registers_spilled();
}

#[inline(never)]
fn collect_with_registers_spilled() {
    let mut regs = [0usize; 24];
    let sp: usize;
    #[cfg(target_arch = "x86_64")]
    // SAFETY: stores callee-saved registers into `regs`, which has room for them,
    // and reads the stack pointer; no other state is touched.
    unsafe {
        std::arch::asm!(
            "mov [{r}], rbx",
            "mov [{r} + 8], rbp",
            "mov [{r} + 16], r12",
            "mov [{r} + 24], r13",
            "mov [{r} + 32], r14",
            "mov [{r} + 40], r15",
            "mov {sp}, rsp",
            r = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: stores callee-saved registers into `regs`, which has room for them,
    // and reads the stack pointer; no other state is touched.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{r}]",
            "stp x21, x22, [{r}, #16]",
            "stp x23, x24, [{r}, #32]",
            "stp x25, x26, [{r}, #48]",
            "stp x27, x28, [{r}, #64]",
            "stp x29, x30, [{r}, #80]",
            "stp d8, d9, [{r}, #96]",
            "stp d10, d11, [{r}, #112]",
            "stp d12, d13, [{r}, #128]",
            "stp d14, d15, [{r}, #144]",
            "mov {sp}, sp",
            r = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        sp = &regs as *const _ as usize;
    }
    let regs = std::hint::black_box(&regs);
    collect_from(sp, regs);
}

fn collect_from(sp: usize, regs: &[usize]) {
    let h = HEAP.get();
    if h.collecting {
        return;
    }
    h.collecting = true;
    let mut m = Marker { stack: std::mem::take(&mut h.mark_stack), live_bytes: 0 };

    // Conservative roots: spilled registers and the stack.
    for &w in regs {
        conservative_candidate(h, w, &mut m);
    }
    if h.stack_base > sp {
        scan_range(h, sp, h.stack_base, &mut m);
    }
    // Precise roots.
    m.mark_slice(&h.roots);
    for &v in &h.rooted_vecs {
        // SAFETY: registered vectors are unregistered before they are dropped.
        m.mark_slice(unsafe { &*v });
    }
    crate::realm::trace_roots(&mut m);
    crate::error::trace_roots(&mut m);
    crate::start::trace_roots(&mut m);
    drain(&mut m);

    sweep(h);
    h.stats.collections += 1;
    h.stats.live_bytes = m.live_bytes;
    h.stats.allocated_since_gc = 0;
    h.trigger = MIN_TRIGGER.max(m.live_bytes);
    m.stack.clear();
    h.mark_stack = m.stack;
    h.collecting = false;
    if m.live_bytes > h.max_heap {
        out_of_memory();
    }
}

fn drain(m: &mut Marker) {
    while let Some(h) = m.stack.pop() {
        trace(h, m);
    }
}

/// Marks what the cell references.
fn trace(h: *mut GcHeader, m: &mut Marker) {
    // SAFETY: `h` was marked, so it is the header of a live, initialized cell.
    let kind = unsafe { (*h).kind };
    match kind {
        Kind::Free => {}
        Kind::String => crate::string::trace(h, m),
        Kind::Object | Kind::Array | Kind::Function | Kind::Error | Kind::Boxed => crate::object::trace(h, m),
        // SAFETY: a Cell's layout is `JsCell`.
        Kind::Cell => m.mark_value(unsafe { (*(h as *mut crate::function::JsCell)).value }),
        Kind::Accessor => {
            // SAFETY: an Accessor's layout is `JsAccessor`.
            let a = unsafe { &*(h as *mut crate::object::JsAccessor) };
            m.mark_value(a.getter);
            m.mark_value(a.setter);
        }
    }
}

/// Runs the destructor of a dead cell, and marks it free.
fn finalize(h: *mut GcHeader) {
    // SAFETY: `h` is an allocated, unmarked cell: initialized and unreachable.
    unsafe {
        match (*h).kind {
            Kind::Object | Kind::Error | Kind::Array | Kind::Function | Kind::Boxed => crate::object::finalize(h),
            Kind::Free | Kind::String | Kind::Cell | Kind::Accessor => {}
        }
        (*h).kind = Kind::Free;
    }
}

fn sweep(h: &mut Heap) {
    for sc in &mut h.classes {
        for &block in &sc.blocks {
            // SAFETY: `blocks` holds only live blocks.
            let b = unsafe { &mut *block };
            let mut live = 0u32;
            let mut high = 0u32;
            for w in 0..b.high_water as usize {
                // Only dead cells that own outside memory are visited; the
                // rest become free by their cleared allocation bits (nothing
                // reads a cell whose bit is clear).
                let mut doomed = b.alloc[w] & !b.mark[w] & b.finalize[w];
                while doomed != 0 {
                    let bit = doomed.trailing_zeros() as usize;
                    doomed &= doomed - 1;
                    finalize(b.cell_addr(w * 64 + bit) as *mut GcHeader);
                }
                b.finalize[w] &= b.mark[w];
                b.alloc[w] &= b.mark[w];
                b.mark[w] = 0;
                if b.alloc[w] != 0 {
                    live += b.alloc[w].count_ones();
                    high = w as u32 + 1;
                }
            }
            b.live_cells = live;
            b.high_water = high;
            b.cursor = 0;
        }
        sc.current = 0;
    }
    // The runs' cells were not marked: the sweep just freed them.
    for class in 0..SIZE_CLASSES.len() {
        *run(class) = AllocRun { next: 0, end: 0 };
    }
    let mut dead_large = Vec::new();
    for (&addr, &size) in &h.large {
        let hdr = addr as *mut GcHeader;
        // SAFETY: every entry of `large` is a live large cell.
        let g = unsafe { &mut (*hdr).gc };
        if *g & gc_bits::LARGE_MARK != 0 {
            *g &= !gc_bits::LARGE_MARK;
        } else {
            dead_large.push((addr, size));
        }
    }
    for (addr, size) in dead_large {
        finalize(addr as *mut GcHeader);
        h.large.remove(&addr);
        h.stats.heap_bytes -= size;
        // SAFETY: allocated in `alloc_large` with this layout.
        unsafe { dealloc(addr as *mut u8, Layout::from_size_align_unchecked(size, 16)) };
    }
}

/// Whether `v` points at a cell that is currently allocated (for tests).
pub fn is_live_cell(v: Value) -> bool {
    let h = HEAP.get();
    find_cell(h, v.heap_ptr() as usize) == Some(v.heap_ptr())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object;
    use crate::string::Str;
    use crate::testing::with_runtime;

    /// Makes `count` objects whose slots leave their cells (grown past the
    /// room, or turned into dictionaries) and drops them.
    fn churn_objects_with_outside_slots(count: usize) {
        let names: Vec<_> = ["a", "b", "c", "d", "e", "f"].iter().map(|n| crate::string::intern_str(n)).collect();
        for i in 0..count {
            let o = object::new_object_with_room(None, 2);
            for &n in &names {
                o.set_atom(n, Value::int(i as i32)).unwrap();
            }
            if i % 2 == 0 {
                object::delete(o, object::PropKey::Atom(names[0])).unwrap();
            }
        }
    }

    #[test]
    fn dead_objects_give_back_slots_that_left_their_cells() {
        with_runtime(|| {
            churn_objects_with_outside_slots(200_000);
            collect();
            let chunks = crate::value_vec::pool::chunks();
            churn_objects_with_outside_slots(200_000);
            collect();
            // The second round reuses the buffers the first gave back.
            assert!(crate::value_vec::pool::chunks() <= chunks + 2, "slot buffers leaked");
        });
    }

    #[test]
    fn bounded_live_bytes_under_churn() {
        with_runtime(|| {
            let keep = object::new_object();
            let before = stats().collections;
            for i in 0..400_000 {
                let o = object::new_object();
                o.set_atom(crate::string::atom(crate::string::K::length), Value::int(i)).unwrap();
                if i % 100_000 == 0 {
                    keep.set_index(i as u32, o.value()).unwrap();
                }
            }
            collect();
            let s = stats();
            assert!(s.collections > before, "no collection ran");
            assert!(s.live_bytes < 16 << 20, "live bytes grew: {}", s.live_bytes);
            assert!(s.heap_bytes < 64 << 20, "heap grew: {}", s.heap_bytes);
            std::hint::black_box(keep);
        });
    }

    #[inline(never)]
    fn make_garbage() {
        for _ in 0..1000 {
            std::hint::black_box(object::new_object());
        }
    }

    #[test]
    fn stack_local_survives() {
        with_runtime(|| {
            let s = Str::new("kept only on the stack").value();
            let o = object::new_object();
            o.set_atom(crate::string::intern_str("x"), s).unwrap();
            make_garbage();
            collect();
            collect();
            assert!(is_live_cell(o.value()));
            assert!(is_live_cell(s));
            assert_eq!(
                o.get_atom(crate::string::intern_str("x")).unwrap().as_str().to_rust_string(),
                "kept only on the stack"
            );
            std::hint::black_box(o);
        });
    }

    #[test]
    fn cells_and_large_objects_survive() {
        with_runtime(|| {
            let big: String = "x".repeat(10_000);
            let s = Str::new(&big).value();
            let cell = crate::function::new_cell(s);
            make_garbage();
            collect();
            assert!(is_live_cell(cell));
            let inner = crate::function::cell_get(cell);
            assert_eq!(inner.as_str().len(), 10_000);
            std::hint::black_box(cell);
        });
    }

    #[test]
    fn root_scope_and_rooted_vec() {
        with_runtime(|| {
            let mut v = RootedVec::new();
            let scope = RootScope::new();
            // Hide the addresses from the stack scan by storing them xor-ed.
            let a = Str::new("rooted by vec").value();
            let b = Str::new("rooted by scope").value();
            v.push(a);
            scope.push(b);
            let (ha, hb) = (a.0 ^ 0x5555, b.0 ^ 0x5555);
            make_garbage();
            collect();
            assert!(is_live_cell(Value(ha ^ 0x5555)));
            assert!(is_live_cell(Value(hb ^ 0x5555)));
            drop(scope);
        });
    }

    #[test]
    fn stress_mode_allocates_correctly() {
        with_runtime(|| {
            set_stress(true);
            let arr = crate::array::new_array(0);
            for i in 0..300 {
                let s = crate::value::to_string(Value::int(i)).unwrap();
                let o = object::new_object();
                o.set_atom(crate::string::intern_str("s"), s).unwrap();
                crate::array::push(arr, o.value()).unwrap();
            }
            set_stress(false);
            for i in 0..300u32 {
                let o = arr.get_index(i).unwrap().as_obj();
                let s = o.get_atom(crate::string::intern_str("s")).unwrap();
                assert_eq!(s.as_str().to_rust_string(), i.to_string());
            }
            std::hint::black_box(arr);
        });
    }
}
