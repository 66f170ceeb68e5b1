//! Specialized code from the solver's types: unboxed `i32`/`f64`/`i1` values,
//! conversions between representations, typed operators, and `Math` inline.
//!
//! A [`Val`] is a value in one of four representations. Every consumer asks for
//! the representation it needs with [`FunctionGen::coerce`]; the solver's types
//! guarantee the conversion is exact (e.g. a `Boxed` value whose type is
//! `Int32` holds an int32).

use dxl_abi::RuntimeFunction as Rt;
use dxl_abi::value as tag;
use dxl_frontend::hir::{BinaryOp, Expr, UnaryOp};
use dxl_typeinfer::Type;
use dxl_typeinfer::solver::undefined_becomes_nan;
use inkwell::intrinsics::Intrinsic;
use inkwell::types::BasicTypeEnum;
use inkwell::values::{BasicValueEnum, FloatValue, FunctionValue, IntValue};
use inkwell::{FloatPredicate, IntPredicate};

use crate::function::FunctionGen;

const POSITIONED: &str = "builder is positioned in a block";

/// Operand types worth a number guard: numbers, and values of unknown type
/// (which usually hold numbers in arithmetic).
fn guardable(t: Type) -> bool {
    t.is_number() || t == Type::Dynamic
}

/// Whether operand type `t` of `op` (next to `other`) may be read as an f64:
/// a number, or a number or undefined where the operator turns undefined into
/// NaN, or compares it with a number (which NaN, like undefined, never equals).
fn numeric(op: BinaryOp, t: Type, other: Type) -> bool {
    t.is_number()
        || t.is_number_or_undefined()
            && (undefined_becomes_nan(op, other)
                || matches!(op, BinaryOp::StrictEq | BinaryOp::StrictNe | BinaryOp::LooseEq | BinaryOp::LooseNe)
                    && other.is_number())
}

/// Whether every value of type `t` has one bit pattern, which no value of
/// any other identity has: objects and closures (their pointers),
/// `undefined` and `null`. `===` with such a value compares bits.
fn identity_compared(t: Type) -> bool {
    matches!(
        t,
        Type::Undefined
            | Type::Null
            | Type::Nullish
            | Type::Object(..)
            | Type::Array(..)
            | Type::Function(_)
            | Type::Functions(_)
    )
}

/// How a value is held in registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rep {
    /// A NaN-boxed `i64`.
    Boxed,
    I32,
    F64,
    /// `i1`.
    Bool,
}

impl Rep {
    pub fn of(t: Type) -> Rep {
        match t {
            Type::Int32(_) => Rep::I32,
            Type::Double => Rep::F64,
            Type::Boolean => Rep::Bool,
            _ => Rep::Boxed,
        }
    }

    pub fn llvm<'ctx>(self, ctx: &'ctx inkwell::context::Context) -> BasicTypeEnum<'ctx> {
        match self {
            Rep::Boxed => ctx.i64_type().into(),
            Rep::I32 => ctx.i32_type().into(),
            Rep::F64 => ctx.f64_type().into(),
            Rep::Bool => ctx.bool_type().into(),
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Val<'ctx> {
    Boxed(IntValue<'ctx>),
    I32(IntValue<'ctx>),
    F64(FloatValue<'ctx>),
    Bool(IntValue<'ctx>),
}

impl<'ctx> Val<'ctx> {
    pub fn from_basic(rep: Rep, v: BasicValueEnum<'ctx>) -> Val<'ctx> {
        match rep {
            Rep::Boxed => Val::Boxed(v.into_int_value()),
            Rep::I32 => Val::I32(v.into_int_value()),
            Rep::F64 => Val::F64(v.into_float_value()),
            Rep::Bool => Val::Bool(v.into_int_value()),
        }
    }
}

impl<'a, 'ctx> FunctionGen<'a, 'ctx> {
    fn f64_type(&self) -> inkwell::types::FloatType<'ctx> {
        self.pg().ir.context.f64_type()
    }

    pub(crate) fn const_f64(&self, x: f64) -> FloatValue<'ctx> {
        self.f64_type().const_float(x)
    }

    pub(crate) fn const_i32(&self, x: i32) -> IntValue<'ctx> {
        self.pg().ir.i32.const_int(x as u32 as u64, false)
    }

    /// The value in representation `rep` (exact where the solver's types say so).
    pub(crate) fn coerce(&mut self, v: Val<'ctx>, rep: Rep) -> BasicValueEnum<'ctx> {
        match rep {
            Rep::Boxed => self.boxed(v).into(),
            Rep::I32 => self.as_i32(v).into(),
            Rep::F64 => self.as_f64(v).into(),
            Rep::Bool => self.truthy_val(v).into(),
        }
    }

    pub(crate) fn boxed(&mut self, v: Val<'ctx>) -> IntValue<'ctx> {
        let ir = &self.pg().ir;
        let b = &ir.builder;
        match v {
            Val::Boxed(v) => v,
            Val::I32(i) => {
                let wide = b.build_int_z_extend(i, ir.i64, "").expect(POSITIONED);
                b.build_or(wide, ir.const_u64(tag::TAG_INT32), "").expect(POSITIONED)
            }
            Val::F64(x) => self.box_number(x),
            Val::Bool(c) => ir.select(c, ir.const_u64(tag::TRUE), ir.const_u64(tag::FALSE)),
        }
    }

    /// An int32 value: exact for values the solver typed as int32.
    fn as_i32(&mut self, v: Val<'ctx>) -> IntValue<'ctx> {
        let ir = &self.pg().ir;
        let b = &ir.builder;
        match v {
            Val::I32(i) => i,
            Val::Bool(c) => b.build_int_z_extend(c, ir.i32, "").expect(POSITIONED),
            Val::F64(x) => b.build_float_to_signed_int(x, ir.i32, "").expect(POSITIONED),
            Val::Boxed(v) => {
                // Int32-tagged, or (from code that made it with double arithmetic) an integral double.
                let as_int = b.build_int_truncate(v, ir.i32, "").expect(POSITIONED);
                let as_double = b.build_bit_cast(v, self.f64_type(), "").expect(POSITIONED).into_float_value();
                let from_double = b.build_float_to_signed_int(as_double, ir.i32, "").expect(POSITIONED);
                let is_int = self.is_int_tagged(v);
                self.pg().ir.select(is_int, as_int, from_double)
            }
        }
    }

    pub(crate) fn is_int_tagged(&self, v: IntValue<'ctx>) -> IntValue<'ctx> {
        let ir = &self.pg().ir;
        let hi = ir.builder.build_right_shift(v, ir.const_u64(48), false, "").expect(POSITIONED);
        ir.icmp(IntPredicate::EQ, hi, ir.const_u64(tag::TAG_INT32 >> 48))
    }

    /// A double: exact for any number value.
    pub(crate) fn as_f64(&mut self, v: Val<'ctx>) -> FloatValue<'ctx> {
        let f64t = self.f64_type();
        let ir = &self.pg().ir;
        let b = &ir.builder;
        match v {
            Val::F64(x) => x,
            Val::I32(i) => b.build_signed_int_to_float(i, f64t, "").expect(POSITIONED),
            Val::Bool(c) => b.build_unsigned_int_to_float(c, f64t, "").expect(POSITIONED),
            Val::Boxed(v) => {
                let as_int = b.build_int_truncate(v, ir.i32, "").expect(POSITIONED);
                let from_int = b.build_signed_int_to_float(as_int, f64t, "").expect(POSITIONED);
                let as_double = b.build_bit_cast(v, f64t, "").expect(POSITIONED).into_float_value();
                let is_int = self.is_int_tagged(v);
                self.pg().ir.builder.build_select(is_int, from_int, as_double, "").expect(POSITIONED).into_float_value()
            }
        }
    }

    /// ToBoolean.
    pub(crate) fn truthy_val(&mut self, v: Val<'ctx>) -> IntValue<'ctx> {
        match v {
            Val::Bool(c) => c,
            Val::I32(i) => {
                let zero = self.const_i32(0);
                self.pg().ir.icmp(IntPredicate::NE, i, zero)
            }
            Val::F64(x) => {
                let zero = self.const_f64(0.0);
                // ONE: ordered and not equal, so NaN and ±0 are false.
                self.pg().ir.builder.build_float_compare(FloatPredicate::ONE, x, zero, "").expect(POSITIONED)
            }
            Val::Boxed(v) => self.truthy_fast(v),
        }
    }

    /// ECMAScript ToInt32 of a number value.
    pub(crate) fn int32_of(&mut self, v: Val<'ctx>) -> IntValue<'ctx> {
        let x = match v {
            Val::I32(i) => return i,
            Val::Bool(c) => return self.as_i32(Val::Bool(c)),
            other => self.as_f64(other),
        };
        // |x| < 2^63: truncating to i64 and keeping the low 32 bits is ToInt32.
        let fast = self.new_block("toint32_fast");
        let slow = self.new_block("toint32_slow");
        let join = self.new_block("toint32_end");
        let limit = self.const_f64(9.223372036854775e18);
        let fabs = self.intrinsic("llvm.fabs", &[self.f64_type().into()]);
        let ir = &self.pg().ir;
        let magnitude = ir.call(fabs, &[x.into()]).expect("fabs returns").into_float_value();
        let small = ir.builder.build_float_compare(FloatPredicate::OLT, magnitude, limit, "").expect(POSITIONED);
        ir.cond_br(small, fast, slow);
        ir.builder.position_at_end(fast);
        let wide = ir.builder.build_float_to_signed_int(x, ir.i64, "").expect(POSITIONED);
        let low = ir.builder.build_int_truncate(wide, ir.i32, "").expect(POSITIONED);
        ir.br(join);
        ir.builder.position_at_end(slow);
        let f = self.pg().runtime(Rt::F64ToInt32);
        let ir = &self.pg().ir;
        let slow_value = ir.call(f, &[x.into()]).expect("returns i32").into_int_value();
        ir.br(join);
        ir.builder.position_at_end(join);
        let phi = ir.builder.build_phi(ir.i32, "").expect(POSITIONED);
        phi.add_incoming(&[(&low, fast), (&slow_value, slow)]);
        phi.as_basic_value().into_int_value()
    }

    pub(crate) fn intrinsic(&self, name: &str, types: &[BasicTypeEnum<'ctx>]) -> FunctionValue<'ctx> {
        let i = Intrinsic::find(name).unwrap_or_else(|| panic!("LLVM has {name}"));
        i.get_declaration(&self.pg().module, types).unwrap_or_else(|| panic!("{name} is declarable"))
    }

    fn call_f64(&self, f: FunctionValue<'ctx>, args: &[FloatValue<'ctx>]) -> FloatValue<'ctx> {
        let args: Vec<_> = args.iter().map(|a| (*a).into()).collect();
        self.pg().ir.call(f, &args).expect("returns f64").into_float_value()
    }

    /// A unary operator on unboxed operands, when the operand types allow it.
    pub(crate) fn typed_unary(&mut self, op: UnaryOp, operand: Type, result: Type, v: Val<'ctx>) -> Option<Val<'ctx>> {
        Some(match op {
            UnaryOp::Neg if operand.is_number_or_undefined() => match result {
                Type::Int32(_) => {
                    let i = self.as_i32(v);
                    Val::I32(self.pg().ir.builder.build_int_neg(i, "").expect(POSITIONED))
                }
                _ => {
                    let x = self.as_f64(v);
                    Val::F64(self.pg().ir.builder.build_float_neg(x, "").expect(POSITIONED))
                }
            },
            UnaryOp::Plus if operand.is_number() => v,
            // ToNumber(undefined) is NaN, which `as_f64` reads from its bits.
            UnaryOp::Plus if operand.is_number_or_undefined() => Val::F64(self.as_f64(v)),
            UnaryOp::Not => {
                let t = self.truthy_val(v);
                Val::Bool(self.pg().ir.builder.build_not(t, "").expect(POSITIONED))
            }
            UnaryOp::BitNot if operand.is_number_or_undefined() || operand == Type::Boolean => {
                let i = self.int32_of(v);
                Val::I32(self.pg().ir.builder.build_not(i, "").expect(POSITIONED))
            }
            UnaryOp::Void => Val::Boxed(self.pg().ir.const_u64(tag::UNDEFINED)),
            _ => return None,
        })
    }

    /// A binary operator on unboxed operands, when the operand types allow it.
    pub(crate) fn typed_binary(
        &mut self,
        op: BinaryOp,
        (ta, a): (Type, Val<'ctx>),
        (tb, b): (Type, Val<'ctx>),
        result: Type,
    ) -> Option<Val<'ctx>> {
        let numbers = numeric(op, ta, tb) && numeric(op, tb, ta);
        let ints = matches!((ta, tb), (Type::Int32(_), Type::Int32(_)));
        match op {
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Mod
                if ints && matches!(result, Type::Int32(_)) =>
            {
                // The solver proved the result fits in int32 (and is not -0).
                let (x, y) = (self.as_i32(a), self.as_i32(b));
                let bld = &self.pg().ir.builder;
                let r = match op {
                    BinaryOp::Add => bld.build_int_nsw_add(x, y, ""),
                    BinaryOp::Sub => bld.build_int_nsw_sub(x, y, ""),
                    BinaryOp::Mul => bld.build_int_nsw_mul(x, y, ""),
                    _ => bld.build_int_signed_rem(x, y, ""),
                }
                .expect(POSITIONED);
                Some(Val::I32(r))
            }
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div | BinaryOp::Mod if numbers => {
                let (x, y) = (self.as_f64(a), self.as_f64(b));
                if op == BinaryOp::Mod {
                    return Some(Val::F64(self.number_rem(x, y)));
                }
                let bld = &self.pg().ir.builder;
                let r = match op {
                    BinaryOp::Add => bld.build_float_add(x, y, ""),
                    BinaryOp::Sub => bld.build_float_sub(x, y, ""),
                    BinaryOp::Mul => bld.build_float_mul(x, y, ""),
                    _ => bld.build_float_div(x, y, ""),
                }
                .expect(POSITIONED);
                Some(Val::F64(r))
            }
            BinaryOp::Pow if numbers => {
                let (x, y) = (self.as_f64(a), self.as_f64(b));
                let f = self.pg().runtime(Rt::MathPow);
                Some(Val::F64(self.call_f64(f, &[x, y])))
            }
            BinaryOp::BitAnd | BinaryOp::BitOr | BinaryOp::BitXor | BinaryOp::Shl | BinaryOp::Shr | BinaryOp::UShr
                if numbers =>
            {
                let x = self.int32_of(a);
                let y = self.int32_of(b);
                let ir = &self.pg().ir;
                let bld = &ir.builder;
                let shift = || bld.build_and(y, ir.i32.const_int(31, false), "").expect(POSITIONED);
                let r = match op {
                    BinaryOp::BitAnd => bld.build_and(x, y, ""),
                    BinaryOp::BitOr => bld.build_or(x, y, ""),
                    BinaryOp::BitXor => bld.build_xor(x, y, ""),
                    BinaryOp::Shl => bld.build_left_shift(x, shift(), ""),
                    BinaryOp::Shr => bld.build_right_shift(x, shift(), true, ""),
                    _ => bld.build_right_shift(x, shift(), false, ""),
                }
                .expect(POSITIONED);
                if op == BinaryOp::UShr && !matches!(result, Type::Int32(_)) {
                    let f = bld.build_unsigned_int_to_float(r, self.f64_type(), "").expect(POSITIONED);
                    return Some(Val::F64(f));
                }
                Some(Val::I32(r))
            }
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge if numbers => {
                Some(Val::Bool(self.compare_numbers(op, ints, a, b)))
            }
            BinaryOp::Sub
            | BinaryOp::Mul
            | BinaryOp::Div
            | BinaryOp::Mod
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge
                if guardable(ta) && guardable(tb) =>
            {
                Some(self.guarded_binary(op, (ta, a), (tb, b)))
            }
            BinaryOp::StrictEq | BinaryOp::StrictNe | BinaryOp::LooseEq | BinaryOp::LooseNe
                if numbers || (ta == Type::Boolean && tb == Type::Boolean) =>
            {
                let eq_op = if matches!(op, BinaryOp::StrictEq | BinaryOp::LooseEq) { BinaryOp::StrictEq } else { op };
                let c = if ta == Type::Boolean {
                    let (x, y) = (self.truthy_val(a), self.truthy_val(b));
                    let pred = if eq_op == BinaryOp::StrictEq { IntPredicate::EQ } else { IntPredicate::NE };
                    self.pg().ir.icmp(pred, x, y)
                } else {
                    self.compare_numbers(eq_op, ints, a, b)
                };
                Some(Val::Bool(c))
            }
            // A value with one representation per identity (an object, a
            // closure, undefined or null) is strictly equal to another
            // exactly when their bits are.
            BinaryOp::StrictEq | BinaryOp::StrictNe if identity_compared(ta) || identity_compared(tb) => {
                let (x, y) = (self.boxed(a), self.boxed(b));
                let pred = if op == BinaryOp::StrictEq { IntPredicate::EQ } else { IntPredicate::NE };
                Some(Val::Bool(self.pg().ir.icmp(pred, x, y)))
            }
            _ => None,
        }
    }

    /// `x % y` on doubles. Integral operands with a positive divisor below
    /// 2^63 (`n % 2`, `i % len`) take an integer remainder, with the sign of
    /// `x` (so `-4 % 2` is -0); anything else is `frem`, C's fmod, which is
    /// exactly JS's `%`.
    pub(crate) fn number_rem(&mut self, x: FloatValue<'ctx>, y: FloatValue<'ctx>) -> FloatValue<'ctx> {
        let f64t = self.f64_type();
        let i64t = self.pg().ir.i64;
        let sat = self.intrinsic("llvm.fptosi.sat", &[i64t.into(), f64t.into()]);
        let copysign = self.intrinsic("llvm.copysign", &[f64t.into()]);
        let fast = self.new_block("rem_int");
        let slow = self.new_block("rem_fmod");
        let join = self.new_block("rem_end");
        let ir = &self.pg().ir;
        let b = &ir.builder;
        let whole = |v: FloatValue<'ctx>| {
            let i = ir.call(sat, &[v.into()]).expect("returns i64").into_int_value();
            let back = b.build_signed_int_to_float(i, f64t, "").expect(POSITIONED);
            let exact = b.build_float_compare(FloatPredicate::OEQ, back, v, "").expect(POSITIONED);
            // i64::MAX is where saturation lands for 2^63 and above.
            let in_range = ir.icmp(IntPredicate::NE, i, i64t.const_int(i64::MAX as u64, false));
            (i, b.build_and(exact, in_range, "").expect(POSITIONED))
        };
        let (xi, x_whole) = whole(x);
        let (yi, y_whole) = whole(y);
        let positive = ir.icmp(IntPredicate::SGT, yi, i64t.const_zero());
        let ok = b.build_and(b.build_and(x_whole, y_whole, "").expect(POSITIONED), positive, "").expect(POSITIONED);
        ir.cond_br(ok, fast, slow);
        ir.builder.position_at_end(fast);
        let r = ir.builder.build_int_signed_rem(xi, yi, "").expect(POSITIONED);
        let rf = ir.builder.build_signed_int_to_float(r, f64t, "").expect(POSITIONED);
        let signed = ir.call(copysign, &[rf.into(), x.into()]).expect("returns f64").into_float_value();
        ir.br(join);
        ir.builder.position_at_end(slow);
        let general = ir.builder.build_float_rem(x, y, "").expect(POSITIONED);
        ir.br(join);
        ir.builder.position_at_end(join);
        let phi = ir.builder.build_phi(f64t, "").expect(POSITIONED);
        phi.add_incoming(&[(&signed, fast), (&general, slow)]);
        phi.as_basic_value().into_float_value()
    }

    /// `(is a number, its value as f64)` for a boxed value of unknown type.
    fn number_guard(&mut self, v: IntValue<'ctx>) -> (IntValue<'ctx>, FloatValue<'ctx>) {
        let ir = &self.pg().ir;
        let is_number = ir.icmp(IntPredicate::ULT, v, ir.const_u64(tag::TAG_SPECIAL));
        let x = self.as_f64(Val::Boxed(v));
        (is_number, x)
    }

    /// An arithmetic operator or comparison with an operand of unknown type:
    /// when both operands turn out to be numbers (one compare each), plain
    /// `f64` code with an unboxed result; otherwise the generic operation.
    fn guarded_binary(&mut self, op: BinaryOp, (ta, a): (Type, Val<'ctx>), (tb, b): (Type, Val<'ctx>)) -> Val<'ctx> {
        let mut checks = Vec::new();
        let mut operand = |me: &mut Self, t: Type, v: Val<'ctx>| -> FloatValue<'ctx> {
            if t.is_number() {
                return me.as_f64(v);
            }
            let boxed = me.boxed(v);
            let (ok, x) = me.number_guard(boxed);
            checks.push(ok);
            x
        };
        let x = operand(self, ta, a);
        let y = operand(self, tb, b);
        let all =
            checks[1..].iter().fold(checks[0], |acc, c| self.pg().ir.builder.build_and(acc, *c, "").expect(POSITIONED));
        let fast = self.new_block("num_fast");
        let slow = self.new_block("num_slow");
        let join = self.new_block("num_end");
        let ir = &self.pg().ir;
        let not_numbers = ir.builder.build_not(all, "").expect(POSITIONED);
        ir.cond_br_unlikely(not_numbers, slow, fast);
        self.pg().ir.builder.position_at_end(fast);
        let compare = matches!(op, BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge);
        let fast_value: BasicValueEnum<'ctx> = if compare {
            self.compare_numbers(op, false, Val::F64(x), Val::F64(y)).into()
        } else if op == BinaryOp::Mod {
            self.number_rem(x, y).into()
        } else {
            let bld = &self.pg().ir.builder;
            match op {
                BinaryOp::Sub => bld.build_float_sub(x, y, ""),
                BinaryOp::Mul => bld.build_float_mul(x, y, ""),
                _ => bld.build_float_div(x, y, ""),
            }
            .expect(POSITIONED)
            .into()
        };
        let fast_end = self.pg().ir.current_block();
        self.pg().ir.br(join);
        self.pg().ir.builder.position_at_end(slow);
        let (ba, bb) = (self.boxed(a), self.boxed(b));
        let generic = self.binary(op, ba, bb);
        let slow_value: BasicValueEnum<'ctx> =
            if compare { self.truthy_val(Val::Boxed(generic)).into() } else { self.as_f64(Val::Boxed(generic)).into() };
        let slow_end = self.pg().ir.current_block();
        self.pg().ir.br(join);
        self.pg().ir.builder.position_at_end(join);
        let rep = if compare { Rep::Bool } else { Rep::F64 };
        let ir = &self.pg().ir;
        let phi = ir.builder.build_phi(rep.llvm(ir.context), "").expect(POSITIONED);
        phi.add_incoming(&[(&fast_value, fast_end), (&slow_value, slow_end)]);
        Val::from_basic(rep, phi.as_basic_value())
    }

    /// `<`, `<=`, `>`, `>=`, `===` (as StrictEq) and `!==` (as StrictNe/LooseNe) on numbers.
    fn compare_numbers(&mut self, op: BinaryOp, ints: bool, a: Val<'ctx>, b: Val<'ctx>) -> IntValue<'ctx> {
        if ints {
            let (x, y) = (self.as_i32(a), self.as_i32(b));
            let pred = match op {
                BinaryOp::Lt => IntPredicate::SLT,
                BinaryOp::Le => IntPredicate::SLE,
                BinaryOp::Gt => IntPredicate::SGT,
                BinaryOp::Ge => IntPredicate::SGE,
                BinaryOp::StrictEq => IntPredicate::EQ,
                _ => IntPredicate::NE,
            };
            return self.pg().ir.icmp(pred, x, y);
        }
        let (x, y) = (self.as_f64(a), self.as_f64(b));
        // Ordered predicates: NaN compares false; `!==` is unordered-or-unequal.
        let pred = match op {
            BinaryOp::Lt => FloatPredicate::OLT,
            BinaryOp::Le => FloatPredicate::OLE,
            BinaryOp::Gt => FloatPredicate::OGT,
            BinaryOp::Ge => FloatPredicate::OGE,
            BinaryOp::StrictEq => FloatPredicate::OEQ,
            _ => FloatPredicate::UNE,
        };
        self.pg().ir.builder.build_float_compare(pred, x, y, "").expect(POSITIONED)
    }

    /// `Math.<name>(args)` inline, for a program that never replaces Math.
    pub(crate) fn math_call(&mut self, name: &str, args: &[Expr], result: Type) -> Val<'ctx> {
        let mut values = Vec::with_capacity(args.len());
        for a in args {
            let t = self.types().expr(a);
            let v = self.val(a);
            values.push((t, v));
        }
        if name == "imul" || name == "clz32" {
            return Val::I32(self.int32_math(name, &values));
        }
        // ToNumber of each argument, in order (it may run user code for objects).
        let mut nums: Vec<FloatValue<'ctx>> = Vec::with_capacity(values.len());
        let mut ints: Vec<IntValue<'ctx>> = Vec::new();
        let all_int = matches!(result, Type::Int32(_)) && values.iter().all(|(t, _)| matches!(t, Type::Int32(_)));
        for (t, v) in &values {
            if all_int {
                ints.push(self.as_i32(*v));
                continue;
            }
            let n = self.number_arg(*t, *v);
            nums.push(self.as_f64(n));
        }
        let nan = self.const_f64(f64::NAN);
        let arg = |i: usize| nums.get(i).copied().unwrap_or(nan);
        let f64t: BasicTypeEnum<'ctx> = self.f64_type().into();
        if all_int {
            return Val::I32(self.int_math(name, &ints));
        }
        let x = arg(0);
        let r = match name {
            "sqrt" | "abs" | "floor" | "ceil" | "trunc" => {
                let llvm = match name {
                    "sqrt" => "llvm.sqrt",
                    "abs" => "llvm.fabs",
                    "floor" => "llvm.floor",
                    "ceil" => "llvm.ceil",
                    _ => "llvm.trunc",
                };
                let f = self.intrinsic(llvm, &[f64t]);
                self.call_f64(f, &[x])
            }
            "min" | "max" => {
                // llvm.minimum/maximum: NaN-propagating, and -0 < +0, as Math.min/max.
                let f = self.intrinsic(if name == "min" { "llvm.minimum" } else { "llvm.maximum" }, &[f64t]);
                let mut acc = self.const_f64(if name == "min" { f64::INFINITY } else { f64::NEG_INFINITY });
                for n in nums.clone() {
                    acc = self.call_f64(f, &[acc, n]);
                }
                acc
            }
            "pow" | "atan2" => {
                let f = self.pg().runtime(if name == "pow" { Rt::MathPow } else { Rt::MathAtan2 });
                self.call_f64(f, &[x, arg(1)])
            }
            other => {
                let f = match other {
                    "round" => Rt::MathRound,
                    "sin" => Rt::MathSin,
                    "cos" => Rt::MathCos,
                    "tan" => Rt::MathTan,
                    "asin" => Rt::MathAsin,
                    "acos" => Rt::MathAcos,
                    "atan" => Rt::MathAtan,
                    "exp" => Rt::MathExp,
                    "log" => Rt::MathLog,
                    "log2" => Rt::MathLog2,
                    "log10" => Rt::MathLog10,
                    "cbrt" => Rt::MathCbrt,
                    _ => unreachable!("MATH_FUNCTIONS lists only functions handled here: {other}"),
                };
                let f = self.pg().runtime(f);
                self.call_f64(f, &[x])
            }
        };
        Val::F64(r)
    }

    /// ToNumber of a Math argument: a number or boolean as it is, anything
    /// else through the runtime (which may run `valueOf`).
    fn number_arg(&mut self, t: Type, v: Val<'ctx>) -> Val<'ctx> {
        if t.is_number() || t == Type::Boolean {
            return v;
        }
        let boxed = self.boxed(v);
        Val::Boxed(self.call_runtime(Rt::ToNumber, &[boxed.into()]))
    }

    /// `Math.imul` and `Math.clz32`: ToInt32 (ToUint32) of the arguments, then 32-bit integer code.
    fn int32_math(&mut self, name: &str, values: &[(Type, Val<'ctx>)]) -> IntValue<'ctx> {
        let mut ints = Vec::with_capacity(values.len());
        for (t, v) in values {
            let number = self.number_arg(*t, *v);
            ints.push(self.int32_of(number));
        }
        let zero = self.const_i32(0);
        let arg = |i: usize| ints.get(i).copied().unwrap_or(zero);
        if name == "imul" {
            return self.pg().ir.builder.build_int_mul(arg(0), arg(1), "").expect(POSITIONED);
        }
        let ctlz = self.intrinsic("llvm.ctlz", &[self.pg().ir.i32.into()]);
        let ir = &self.pg().ir;
        let no_poison = ir.context.bool_type().const_zero();
        ir.call(ctlz, &[arg(0).into(), no_poison.into()]).expect("returns i32").into_int_value()
    }

    /// `Math.abs/min/max` on int32 values whose result the solver proved int32.
    fn int_math(&mut self, name: &str, xs: &[IntValue<'ctx>]) -> IntValue<'ctx> {
        let ir = &self.pg().ir;
        let b = &ir.builder;
        match name {
            "abs" => {
                let x = xs[0];
                let neg = b.build_int_neg(x, "").expect(POSITIONED);
                let is_neg = ir.icmp(IntPredicate::SLT, x, ir.i32.const_zero());
                ir.select(is_neg, neg, x)
            }
            _ => {
                let pred = if name == "min" { IntPredicate::SLT } else { IntPredicate::SGT };
                let mut acc = xs[0];
                for &x in &xs[1..] {
                    let take = ir.icmp(pred, x, acc);
                    acc = ir.select(take, x, acc);
                }
                acc
            }
        }
    }
}
