//! The one table of runtime entry points that generated code calls.
//!
//! `codegen-llvm` declares each function from this table; `rt` exports each one
//! as `#[unsafe(no_mangle)] extern "C" fn dxl_rt_<name>`; a test in `rt` checks
//! that the built library exports every symbol listed here.
//!
//! Conventions:
//! - `V` is a NaN-boxed value (see [`crate::value`]).
//! - A function marked `throws` may return [`crate::value::EXCEPTION`], meaning an
//!   exception is pending in the runtime; the caller must branch to its handler.
//! - A compiled JavaScript function has the type [`JsFn`]: `(callee, this, argv, argc) -> V`.

/// A value type in a runtime signature, as generated code sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// A NaN-boxed value, `i64` in LLVM.
    V,
    I32,
    F64,
    /// A raw pointer.
    Ptr,
    Void,
}

/// The signature of every compiled JavaScript function and every native builtin.
pub type JsFn = unsafe extern "C" fn(callee: u64, this: u64, argv: *const u64, argc: u32) -> u64;

/// Closure flags passed to `new_closure`.
pub mod closure_flags {
    /// An arrow function: no own `this`, no `prototype`, not a constructor.
    pub const ARROW: u32 = 1;
    /// A method defined with shorthand syntax: not a constructor.
    pub const METHOD: u32 = 2;
    /// Strict-mode code: `this` is not coerced to the global object.
    pub const STRICT: u32 = 4;
}

/// A string constant of the program, as UTF-8 bytes.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ConstString {
    pub ptr: *const u8,
    pub len: u64,
}

/// A per-site inline cache for a named property access, zero-initialized by
/// generated code and owned by the runtime: for receivers with `shape`, the
/// property is slot `slot` of the receiver itself (`holder == 0`), or of its
/// prototype `holder` while that prototype has `holder_shape`.
///
/// A site owns [`CACHE_ENTRIES`] of these in a row (a polymorphic cache, newest
/// first); generated code checks the first inline, the runtime all of them.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct PropertyCache {
    pub shape: usize,
    pub slot: usize,
    pub holder: usize,
    pub holder_shape: usize,
    /// Non-zero for a hit further up the chain (or on a dictionary-mode
    /// prototype): then `holder_shape` holds the receiver's prototype, and the
    /// entry is valid while the runtime's prototype epoch equals this.
    pub epoch: usize,
}

/// Entries per property-access site.
pub const CACHE_ENTRIES: usize = 4;

/// A source position that an error can point at.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourcePos {
    /// 1-based.
    pub line: u32,
    /// 1-based, in UTF-16 code units as Node counts them.
    pub column: u32,
    /// The function whose code this position is in (an index into
    /// `ProgramInfo::functions`).
    pub function: u32,
}

/// How a stack trace names one function of the program (UTF-8, possibly
/// empty): `name` when it is called plainly (or by the runtime), and
/// `new name` when constructed; `method_name` when called as a method
/// (`Object.m`, `F.m`, `F.named [as m]`, as V8 names it from the receiver).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct FunctionInfo {
    pub name: *const u8,
    pub name_len: u64,
    pub method_name: *const u8,
    pub method_name_len: u64,
    /// 1 for the top-level script (`Object.<anonymous>`), else 0.
    pub script: u64,
}

/// Call sites, for stack traces. Generated code marks the return address of
/// every call that may be on the stack when an error is made: an entry in the
/// section [`SITES_SECTION`] of two `u32`s, the offset from the entry to a
/// label just after the call (at the return address, or after the moves of
/// the call's result) and the site: an index into `ProgramInfo::site_chains`,
/// where a count `n` is followed by `n` words, one per JavaScript frame the
/// native frame holds (LLVM inlines calls), outermost first. A word is a
/// position index (the call in that frame) with the call's kind above
/// [`KIND_SHIFT`]. Site 0 (`n == 0`) is a call that makes no frame of its own
/// (a generic entry calling its specialized body).
pub mod call_site {
    pub const SITES_SECTION: &str = "dxl_sites";
    pub const KIND_SHIFT: u32 = 29;
    pub const POSITION_MASK: u32 = (1 << KIND_SHIFT) - 1;
    /// A plain call `f()`, or an operation of the runtime.
    pub const PLAIN: u32 = 0;
    /// A method call `o.f()`.
    pub const METHOD: u32 = 1;
    /// `new F()`.
    pub const NEW: u32 = 2;
    /// A callback of an array method compiled inline (`a.forEach(f)` calling
    /// `f`): Node shows the built-in's frame (`Array.forEach`) between.
    pub const CALLBACK: u32 = 3;
}

/// Everything generated code hands to `dxl_rt_start`.
///
/// Generated code emits one of these as a constant global; `consts` points to a
/// writable array of `nconsts` values that the runtime fills with the interned
/// strings of `const_strings` before `entry` runs, and keeps as GC roots.
#[repr(C)]
pub struct ProgramInfo {
    pub entry: JsFn,
    pub consts: *mut u64,
    pub const_strings: *const ConstString,
    pub nconsts: u64,
    pub file_name: *const u8,
    pub file_name_len: u64,
    pub source: *const u8,
    pub source_len: u64,
    pub positions: *const SourcePos,
    pub npositions: u64,
    /// One per function of the program, indexed by its id.
    pub functions: *const FunctionInfo,
    pub nfunctions: u64,
    /// See [`call_site`]: the marks' section (null when there is none) and
    /// the chains they name.
    pub sites_begin: *const u32,
    pub sites_end: *const u32,
    pub site_chains: *const u32,
    pub nsite_chains: u64,
    /// The generated code lies in `[code_begin, code_end)`.
    pub code_begin: *const u8,
    pub code_end: *const u8,
}

/// Name of the global (`u64`) that holds the lowest stack address generated code
/// may use; a function whose frame goes below it calls `stack_overflow`.
pub const STACK_LIMIT_GLOBAL: &str = "dxl_rt_stack_limit";
/// Name of the global (`u32`) where generated code stores the index of the source
/// position (into `ProgramInfo::positions`) of the operation about to run, so an
/// error created by the runtime can say where it happened.
pub const CURRENT_POS_GLOBAL: &str = "dxl_rt_current_pos";
/// Set in the current position when the operation is in strict code (the
/// position's index is in the other bits): a refused assignment there
/// throws a TypeError instead of doing nothing.
pub const POS_STRICT: u32 = 1 << 31;

macro_rules! runtime_functions {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal ( $($arg:ident),* ) -> $ret:ident $(, $throws:ident)? ;)*) => {
        /// Every runtime entry point generated code may call.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RuntimeFunction {
            $( $(#[$doc])* $variant, )*
        }

        impl RuntimeFunction {
            pub const ALL: &'static [RuntimeFunction] = &[$(RuntimeFunction::$variant,)*];

            /// The exported symbol name.
            pub fn symbol(self) -> &'static str {
                match self { $(RuntimeFunction::$variant => concat!("dxl_rt_", $name),)* }
            }

            pub fn params(self) -> &'static [Ty] {
                match self { $(RuntimeFunction::$variant => &[$(Ty::$arg),*],)* }
            }

            pub fn ret(self) -> Ty {
                match self { $(RuntimeFunction::$variant => Ty::$ret,)* }
            }

            /// Whether the function may return `EXCEPTION`.
            pub fn throws(self) -> bool {
                match self { $(RuntimeFunction::$variant => runtime_functions!(@throws $($throws)?),)* }
            }
        }
    };
    (@throws throws) => { true };
    (@throws) => { false };
}

runtime_functions! {
    /// `(argc, argv, info: *const ProgramInfo) -> exit status`: runs the program.
    Start = "start"(I32, Ptr, Ptr) -> I32;

    // Operators. Each follows the ECMAScript abstract operation of the same name.
    Add = "op_add"(V, V) -> V, throws;
    Sub = "op_sub"(V, V) -> V, throws;
    Mul = "op_mul"(V, V) -> V, throws;
    Div = "op_div"(V, V) -> V, throws;
    Mod = "op_mod"(V, V) -> V, throws;
    Pow = "op_pow"(V, V) -> V, throws;
    BitAnd = "op_bitand"(V, V) -> V, throws;
    BitOr = "op_bitor"(V, V) -> V, throws;
    BitXor = "op_bitxor"(V, V) -> V, throws;
    Shl = "op_shl"(V, V) -> V, throws;
    Shr = "op_shr"(V, V) -> V, throws;
    UShr = "op_ushr"(V, V) -> V, throws;
    Lt = "op_lt"(V, V) -> V, throws;
    Le = "op_le"(V, V) -> V, throws;
    Gt = "op_gt"(V, V) -> V, throws;
    Ge = "op_ge"(V, V) -> V, throws;
    LooseEq = "op_loose_eq"(V, V) -> V, throws;
    LooseNe = "op_loose_ne"(V, V) -> V, throws;
    /// 1 when `===` holds, else 0.
    StrictEq = "op_strict_eq"(V, V) -> I32;
    InstanceOf = "op_instanceof"(V, V) -> V, throws;
    /// `key in object`.
    In = "op_in"(V, V) -> V, throws;
    Neg = "op_neg"(V) -> V, throws;
    /// Unary `+` and the ToNumeric step of `++`/`--`.
    ToNumber = "op_to_number"(V) -> V, throws;
    BitNot = "op_bitnot"(V) -> V, throws;
    TypeOf = "op_typeof"(V) -> V;
    /// ToString, for template literals.
    ToString = "op_to_string"(V) -> V, throws;
    /// ToBoolean: 1 or 0.
    Truthy = "op_truthy"(V) -> I32;

    // Properties. `key` is any value; interned strings take the fast path.
    GetProp = "prop_get"(V, V) -> V, throws;
    SetProp = "prop_set"(V, V, V) -> V, throws;
    /// `prop_get` of a constant name with a per-site inline cache (`*mut PropertyCache`).
    GetPropCached = "prop_get_cached"(V, V, Ptr) -> V, throws;
    /// `prop_set` of a constant name with a per-site inline cache (`*mut PropertyCache`).
    SetPropCached = "prop_set_cached"(V, V, V, Ptr) -> V, throws;
    DeleteProp = "prop_delete"(V, V) -> V, throws;
    /// Defines an own data property (object literals); no setters run.
    DefineProp = "prop_define"(V, V, V) -> V, throws;
    /// `__proto__: v` in an object literal: the prototype becomes `v` when
    /// it is an object or null; returns the object.
    LiteralProto = "object_literal_proto"(V, V) -> V;
    /// Reads a global binding; throws ReferenceError when it does not exist.
    GlobalGet = "global_get"(V) -> V, throws;
    GlobalSet = "global_set"(V, V) -> V, throws;
    /// `typeof name` for an unresolved name: "undefined" instead of a ReferenceError.
    GlobalTypeOf = "global_typeof"(V) -> V;

    // Allocation.
    NewObject = "object_new"() -> V, throws;
    /// The shape of objects with the data properties of `shape` (null: none)
    /// and then `key` (a string constant that is no index): a class layout,
    /// built once per class.
    LayoutShape = "layout_shape"(Ptr, V) -> Ptr;
    /// `(constructor, shape, prototype cache)`: the object `new
    /// constructor(..)` starts from (its prototype `constructor.prototype`),
    /// made with every property of `shape` in place, each undefined. A
    /// non-null cache (a zeroed word per class, for a constructor created
    /// once whose `prototype` the program never writes) keeps the prototype
    /// after the first lookup.
    NewWithLayout = "object_new_layout"(V, Ptr, Ptr) -> V, throws;
    /// `(elements, count)`; elements may be HOLE.
    NewArray = "array_new"(Ptr, I32) -> V, throws;
    /// `new Array(n)` of the built-in, `n` a number: `n` holes, or a
    /// RangeError when `n` is no array length.
    ArrayWithLength = "array_with_length"(V) -> V, throws;
    /// `(code, name, param_count, captures, capture_count, flags, source_start, source_end)`;
    /// the source range (byte offsets into `ProgramInfo::source`) is what
    /// Function.prototype.toString returns.
    NewClosure = "closure_new"(Ptr, V, I32, Ptr, I32, I32, I32, I32) -> V, throws;
    /// Names an anonymous function after a computed key (`{ [k]() {} }`); returns the function.
    SetFunctionName = "function_set_name"(V, V) -> V, throws;
    /// A new closure cell holding the value; returns a `TAG_CELL` value.
    NewCell = "cell_new"(V) -> V, throws;

    // Calls. `desc` is a string describing the callee expression for error messages.
    /// `(callee, this, argv, argc, desc)`.
    Call = "call"(V, V, Ptr, I32, V) -> V, throws;
    /// `(callee, argv, argc, desc)`: the `new` operator.
    Construct = "construct"(V, Ptr, I32, V) -> V, throws;

    // Exceptions.
    /// Makes the value the pending exception; returns EXCEPTION.
    Throw = "throw"(V) -> V, throws;
    /// Takes and clears the pending exception (at a catch).
    TakeException = "take_exception"() -> V;
    /// Throws RangeError: Maximum call stack size exceeded.
    StackOverflow = "stack_overflow"() -> V, throws;
    /// Throws ReferenceError: Cannot access 'name' before initialization.
    TdzError = "tdz_error"(V) -> V, throws;
    /// Throws TypeError: Assignment to constant variable.
    ConstAssignment = "const_assignment"() -> V, throws;
    /// Throws RangeError for an array whose length passed 2^31 - 1, where
    /// specialized code holds lengths as int32.
    ArrayLengthRange = "array_length_range"() -> V, throws;
    ArrayPush = "array_push"(V, V) -> V, throws;
    /// `(capacity, width)`: a new packed array of booleans (width 1, a byte
    /// each) or int32s (width 4), empty, with room for `capacity` elements.
    PackedArrayNew = "packed_array_new"(I32, I32) -> V;
    /// `(array, element)`: appends to a packed array whose buffer is full; the
    /// new length as an int32, or a RangeError past 2^31 - 1 elements.
    PackedArrayPush = "packed_array_push"(V, I32) -> V, throws;
    /// `(array, index, element)`: a packed array's element write at its end
    /// (an append); the new length, or a RangeError as for push.
    PackedArrayStore = "packed_array_store"(V, I32, I32) -> V, throws;
    /// `(array, count)`: makes room for `count` more elements of a packed
    /// array, if its length stays below 2^31 with them: 1, else 0 (and nothing changes).
    PackedArrayReserve = "packed_array_reserve"(V, I32) -> I32;
    /// Throws TypeError: Reduce of empty array with no initial value.
    ReduceEmpty = "reduce_empty"() -> V, throws;

    // Numbers, for specialized code (no boxing, never throw).
    /// ECMAScript ToInt32 of a double (the slow path of an inline conversion).
    F64ToInt32 = "f64_to_int32"(F64) -> I32;
    /// `Math.round`, `Math.pow` and the transcendental functions, bit-identical to V8's.
    MathRound = "math_round"(F64) -> F64;
    MathPow = "math_pow"(F64, F64) -> F64;
    MathSin = "math_sin"(F64) -> F64;
    MathCos = "math_cos"(F64) -> F64;
    MathTan = "math_tan"(F64) -> F64;
    MathAsin = "math_asin"(F64) -> F64;
    MathAcos = "math_acos"(F64) -> F64;
    MathAtan = "math_atan"(F64) -> F64;
    /// `s.charCodeAt(i)` of a string that is not flat yet: the unit, or NaN out of range.
    StringCharCode = "string_char_code"(V, I32) -> F64;
    MathAtan2 = "math_atan2"(F64, F64) -> F64;
    MathExp = "math_exp"(F64) -> F64;
    MathLog = "math_log"(F64) -> F64;
    MathLog2 = "math_log2"(F64) -> F64;
    MathLog10 = "math_log10"(F64) -> F64;
    MathCbrt = "math_cbrt"(F64) -> F64;
    /// The global object, the `this` of a sloppy-mode function called directly.
    GlobalThis = "global_this"() -> V;

    // for-in.
    /// The enumerable string keys of the object and its prototypes, as an array.
    ForInKeys = "for_in_keys"(V) -> V, throws;
    /// 1 when the key is still a property of the object (for-in skips keys deleted meanwhile).
    ForInHas = "for_in_has"(V, V) -> I32;
}
