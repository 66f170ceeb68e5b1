//! Exceptions: the pending exception, Error objects, and one throwing helper
//! per error type with V8's messages.
//!
//! Inside Rust a throw is `Err(Thrown)`: a zero-size marker saying "the
//! exception is pending here"; at the C ABI it becomes the EXCEPTION value.
//! The runtime is single-threaded, so the pending value is a plain global.
//!
//! An Error's `stack` is formatted lazily on first read, as V8 does, so a
//! `name` or `message` assigned after construction shows in it:
//! `"TypeError: msg\n    at f (/path/file.js:3:7)\n    at ..."`; its frames
//! are those on the stack when the error was made (`crate::stack_trace`).

use crate::gc::{Kind, Marker};
use crate::global::Global;
use crate::object::{self, Obj, PropKey, attr};
use crate::realm::realm;
use crate::string::{K, Str, atom};
use crate::value::{self, JsResult, Value};

/// Index into `ProgramInfo::positions` of the operation running now; written
/// by generated code before operations that may throw. `u32::MAX`: unknown.
#[unsafe(no_mangle)]
pub static mut dxl_rt_current_pos: u32 = u32::MAX;

/// The marker of a pending exception.
#[derive(Debug)]
pub struct Thrown(());

impl Thrown {
    /// For code that observed EXCEPTION from a call: the exception is already pending.
    #[inline]
    pub fn pending() -> Thrown {
        debug_assert!(!PENDING.get().value.is_hole(), "EXCEPTION without a pending exception");
        Thrown(())
    }
}

struct Pending {
    /// HOLE when nothing is pending.
    value: Value,
    /// The source position of the last throw.
    pos: u32,
}

static PENDING: Global<Pending> = Global::new(Pending { value: Value::HOLE, pos: u32::MAX });

fn current_pos_word() -> u32 {
    // SAFETY: a plain read of a u32 that only the running thread writes.
    unsafe { dxl_rt_current_pos }
}

/// The current source position index.
#[inline]
pub fn current_pos() -> u32 {
    match current_pos_word() {
        u32::MAX => u32::MAX,
        word => word & !dxl_abi::runtime_functions::POS_STRICT,
    }
}

/// Whether the operation running now is in strict code (see
/// `dxl_abi::runtime_functions::POS_STRICT`). Read it before running any
/// code of the program, which moves the position on.
#[inline]
pub fn in_strict_code() -> bool {
    let word = current_pos_word();
    word != u32::MAX && word & dxl_abi::runtime_functions::POS_STRICT != 0
}

/// Makes `v` the pending exception.
#[cold]
pub fn throw(v: Value) -> Thrown {
    let p = PENDING.get();
    p.value = v;
    p.pos = current_pos();
    Thrown(())
}

/// Takes the pending exception (undefined if none).
pub fn take_pending() -> Value {
    let p = PENDING.get();
    let v = std::mem::replace(&mut p.value, Value::HOLE);
    v.unhole()
}

/// Whether an exception is pending.
pub fn is_pending() -> bool {
    !PENDING.get().value.is_hole()
}

/// The position index of the last throw.
pub fn throw_pos() -> u32 {
    PENDING.get().pos
}

pub fn trace_roots(m: &mut Marker) {
    m.mark_value(PENDING.get().value);
}

/// The native error types (§20.5.5).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum ErrorKind {
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    EvalError,
    URIError,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 7] = [
        ErrorKind::Error,
        ErrorKind::TypeError,
        ErrorKind::RangeError,
        ErrorKind::ReferenceError,
        ErrorKind::SyntaxError,
        ErrorKind::EvalError,
        ErrorKind::URIError,
    ];
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Error => "Error",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::EvalError => "EvalError",
            ErrorKind::URIError => "URIError",
        }
    }
}

/// A new error object of `kind` with prototype `proto` and an optional message.
pub fn new_error_with_proto(proto: Obj, message: Option<Str>) -> Obj {
    let e = object::new_object_of(Kind::Error, Some(proto));
    // The frames, kept as a string of code units (two per frame) until
    // `stack` is first read.
    let units: Vec<u16> = crate::stack_trace::capture().iter().flat_map(|w| [*w as u16, (w >> 16) as u16]).collect();
    e.define_atom(atom(K::stack), Str::from_utf16(&units).value(), attr::HIDDEN | attr::LAZY);
    if let Some(m) = message {
        e.define_atom(atom(K::message), m.value(), attr::HIDDEN);
    }
    e
}

/// A new error of `kind` with `message`, positioned at the current source position.
pub fn new_error(kind: ErrorKind, message: &str) -> Obj {
    let proto = realm().error_protos[kind as usize];
    new_error_with_proto(proto, Some(Str::new(message)))
}

/// Formats the lazy `stack` property in `slot` of error `e` (first read).
pub fn format_lazy_stack(e: Obj, slot: u32) {
    let units: Vec<u16> = match e.raw().slots[slot as usize].as_str().units() {
        crate::string::Units::Latin1(b) => b.iter().map(|&b| u16::from(b)).collect(),
        crate::string::Units::Utf16(w) => w.to_vec(),
    };
    let frames: Vec<u32> = units.chunks_exact(2).map(|w| u32::from(w[0]) | u32::from(w[1]) << 16).collect();
    let header = match error_to_string(e.value()) {
        Ok(s) => s.to_rust_string(),
        Err(_) => {
            take_pending();
            "Error".to_owned()
        }
    };
    let mut text = header;
    text.push_str(&crate::stack_trace::format(&frames));
    e.define_atom(atom(K::stack), Str::new(&text).value(), attr::HIDDEN);
}

/// Error.prototype.toString (§20.5.3.4) on any object value.
pub fn error_to_string(this: Value) -> JsResult<Str> {
    let Some(o) = this.obj() else {
        return Err(throw_type_error("Error.prototype.toString requires that 'this' be an Object"));
    };
    let name = o.get_atom(atom(K::name))?;
    let name = if name.is_undefined() { Str::new("Error") } else { value::to_str(name)? };
    let msg = o.get_atom(atom(K::message))?;
    let msg = if msg.is_undefined() { atom(K::empty).str() } else { value::to_str(msg)? };
    if name.is_empty() {
        return Ok(msg);
    }
    if msg.is_empty() {
        return Ok(name);
    }
    crate::string::concat_all(&[name, Str::new(": "), msg])
}

/// Whether `v` is an error for printing purposes (Node: native error or `instanceof Error`).
pub fn is_error(v: Value) -> bool {
    match v.obj() {
        Some(o) => o.kind() == Kind::Error || object::inherits_from(o, realm().error_proto),
        None => false,
    }
}

/// Whether `v` was made by an Error constructor (has [[ErrorData]], V8's
/// `IsNativeError`), not merely an object inheriting from Error.prototype.
pub fn is_native_error(v: Value) -> bool {
    v.obj().is_some_and(|o| o.kind() == Kind::Error)
}

/// Throws a new error of `kind`.
#[cold]
pub fn throw_error_kind(kind: ErrorKind, message: &str) -> Thrown {
    let e = new_error(kind, message);
    throw(e.value())
}

#[cold]
pub fn throw_error(message: impl AsRef<str>) -> Thrown {
    throw_error_kind(ErrorKind::Error, message.as_ref())
}

#[cold]
pub fn throw_type_error(message: impl AsRef<str>) -> Thrown {
    throw_error_kind(ErrorKind::TypeError, message.as_ref())
}

#[cold]
pub fn throw_range_error(message: impl AsRef<str>) -> Thrown {
    throw_error_kind(ErrorKind::RangeError, message.as_ref())
}

#[cold]
pub fn throw_reference_error(message: impl AsRef<str>) -> Thrown {
    throw_error_kind(ErrorKind::ReferenceError, message.as_ref())
}

#[cold]
pub fn throw_syntax_error(message: impl AsRef<str>) -> Thrown {
    throw_error_kind(ErrorKind::SyntaxError, message.as_ref())
}

/// "x is not defined".
#[cold]
pub fn throw_not_defined(name: PropKey) -> Thrown {
    throw_reference_error(format!("{} is not defined", name.to_rust_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::with_runtime;

    #[test]
    fn error_objects() {
        with_runtime(|| {
            let e = new_error(ErrorKind::TypeError, "bad thing");
            let stack = e.get_atom(atom(K::stack)).unwrap();
            assert!(stack.as_str().to_rust_string().starts_with("TypeError: bad thing"));
            assert_eq!(e.get_atom(atom(K::name)).unwrap().as_str().to_rust_string(), "TypeError");
            assert!(object::own_keys(e, true).is_empty());
            assert!(is_error(e.value()));
            let r = throw_range_error("Invalid array length");
            let _ = r;
            assert!(is_pending());
            let v = take_pending();
            assert!(!is_pending());
            let msg = v.as_obj().get_atom(atom(K::message)).unwrap();
            assert_eq!(msg.as_str().to_rust_string(), "Invalid array length");
            // The stack is formatted when first read, with the name at that time.
            let e = new_error(ErrorKind::Error, "x");
            e.set_atom(atom(K::name), Str::new("Foo").value()).unwrap();
            let stack = e.get_atom(atom(K::stack)).unwrap();
            assert_eq!(stack.as_str().to_rust_string().lines().next(), Some("Foo: x"));
        });
    }
}
