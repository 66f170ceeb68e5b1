//! Inline fast paths for generic code: when both operands of an arithmetic,
//! bitwise or relational operator are int32-tagged, the operation runs inline
//! (with an overflow check), and only other operands call the runtime. This is
//! the generic path; proven-int32 code (issue 3) drops even the tag checks.

use dxl_abi::RuntimeFunction as Rt;
use dxl_abi::value as tag;
use dxl_frontend::hir::BinaryOp;
use inkwell::IntPredicate;
use inkwell::intrinsics::Intrinsic;
use inkwell::values::IntValue;

use crate::function::FunctionGen;

const POSITIONED: &str = "builder is positioned in a block";

impl<'ctx> FunctionGen<'_, 'ctx> {
    /// Whether `op` has an inline fast path for number operands.
    pub(crate) fn has_int32_fast_path(op: BinaryOp) -> bool {
        Self::has_int_path(op) || Self::has_float_path(op)
    }

    fn has_int_path(op: BinaryOp) -> bool {
        matches!(
            op,
            BinaryOp::Add
                | BinaryOp::Sub
                | BinaryOp::Mul
                | BinaryOp::BitAnd
                | BinaryOp::BitOr
                | BinaryOp::BitXor
                | BinaryOp::Shl
                | BinaryOp::Shr
                | BinaryOp::Lt
                | BinaryOp::Le
                | BinaryOp::Gt
                | BinaryOp::Ge
        )
    }

    fn has_float_path(op: BinaryOp) -> bool {
        matches!(
            op,
            BinaryOp::Add
                | BinaryOp::Sub
                | BinaryOp::Mul
                | BinaryOp::Div
                | BinaryOp::Mod
                | BinaryOp::Lt
                | BinaryOp::Le
                | BinaryOp::Gt
                | BinaryOp::Ge
        )
    }

    /// Two int32 operands run inline (overflow falls to the double path);
    /// two numbers (int32 or double) run inline in `f64`; anything else calls
    /// the runtime.
    pub(crate) fn int32_fast_binary(
        &mut self,
        op: BinaryOp,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
        slow_fn: Rt,
    ) -> IntValue<'ctx> {
        let float_path = Self::has_float_path(op);
        let int_path = Self::has_int_path(op);
        // Blocks an operator does not use are never created.
        let int_fast = int_path.then(|| self.new_block("int_fast"));
        let num_check = float_path.then(|| self.new_block("num_check"));
        let float_fast = float_path.then(|| self.new_block("float_fast"));
        let slow = self.new_block("num_slow");
        let join = self.new_block("num_join");
        let mut incoming = Vec::new();
        let ir = &self.pg().ir;
        let b_ = &ir.builder;
        let mask = ir.const_u64(tag::TAG_MASK);
        let int_tag = ir.const_u64(tag::TAG_INT32);
        let a_int = ir.icmp(IntPredicate::EQ, ir.and(a, mask), int_tag);
        let b_int = ir.icmp(IntPredicate::EQ, ir.and(b, mask), int_tag);
        let both = b_.build_and(a_int, b_int, "").expect(POSITIONED);
        let not_int_target = num_check.unwrap_or(slow);
        match int_fast {
            Some(int_fast) => ir.cond_br(both, int_fast, not_int_target),
            None => ir.br(not_int_target),
        }

        // ---- both int32 ----
        if let Some(int_fast) = int_fast {
            b_.position_at_end(int_fast);
            let ai = b_.build_int_truncate(a, ir.i32, "").expect(POSITIONED);
            let bi = b_.build_int_truncate(b, ir.i32, "").expect(POSITIONED);
            let box_i32 = |v: IntValue<'ctx>| -> IntValue<'ctx> {
                let wide = b_.build_int_z_extend(v, ir.i64, "").expect(POSITIONED);
                b_.build_or(wide, int_tag, "").expect(POSITIONED)
            };
            let box_bool = |c: IntValue<'ctx>| ir.select(c, ir.const_u64(tag::TRUE), ir.const_u64(tag::FALSE));
            let checked = |name: &str| -> (IntValue<'ctx>, IntValue<'ctx>) {
                let intrinsic = Intrinsic::find(name).expect("LLVM has the overflow intrinsics");
                let decl = intrinsic.get_declaration(&self.pg().module, &[ir.i32.into()]).expect("declarable");
                let pair = ir.call(decl, &[ai.into(), bi.into()]).expect("returns a pair").into_struct_value();
                let r = b_.build_extract_value(pair, 0, "").expect(POSITIONED).into_int_value();
                let o = b_.build_extract_value(pair, 1, "").expect(POSITIONED).into_int_value();
                (r, o)
            };
            let shift_count = || b_.build_and(bi, ir.const_u32(31), "").expect(POSITIONED);
            // (result, condition that sends the operands to the double path instead)
            let (result, bail): (IntValue<'ctx>, Option<IntValue<'ctx>>) = match op {
                BinaryOp::Add => {
                    let (r, o) = checked("llvm.sadd.with.overflow");
                    (box_i32(r), Some(o))
                }
                BinaryOp::Sub => {
                    let (r, o) = checked("llvm.ssub.with.overflow");
                    (box_i32(r), Some(o))
                }
                BinaryOp::Mul => {
                    let (r, o) = checked("llvm.smul.with.overflow");
                    // 0 * -5 is -0, which is not an int32.
                    let zero = ir.icmp(IntPredicate::EQ, r, ir.const_u32(0));
                    let negative =
                        ir.icmp(IntPredicate::SLT, b_.build_or(ai, bi, "").expect(POSITIONED), ir.const_u32(0));
                    let minus_zero = b_.build_and(zero, negative, "").expect(POSITIONED);
                    (box_i32(r), Some(b_.build_or(o, minus_zero, "").expect(POSITIONED)))
                }
                BinaryOp::BitAnd => (box_i32(b_.build_and(ai, bi, "").expect(POSITIONED)), None),
                BinaryOp::BitOr => (box_i32(b_.build_or(ai, bi, "").expect(POSITIONED)), None),
                BinaryOp::BitXor => (box_i32(b_.build_xor(ai, bi, "").expect(POSITIONED)), None),
                BinaryOp::Shl => (box_i32(b_.build_left_shift(ai, shift_count(), "").expect(POSITIONED)), None),
                BinaryOp::Shr => (box_i32(b_.build_right_shift(ai, shift_count(), true, "").expect(POSITIONED)), None),
                BinaryOp::Lt => (box_bool(ir.icmp(IntPredicate::SLT, ai, bi)), None),
                BinaryOp::Le => (box_bool(ir.icmp(IntPredicate::SLE, ai, bi)), None),
                BinaryOp::Gt => (box_bool(ir.icmp(IntPredicate::SGT, ai, bi)), None),
                BinaryOp::Ge => (box_bool(ir.icmp(IntPredicate::SGE, ai, bi)), None),
                _ => unreachable!("checked by has_int_path"),
            };
            match bail {
                Some(cond) => ir.cond_br(cond, float_fast.unwrap_or(slow), join),
                None => ir.br(join),
            }
            incoming.push((result, ir.current_block()));
        }

        // ---- both numbers: double arithmetic ----
        if let (Some(num_check), Some(float_fast)) = (num_check, float_fast) {
            b_.position_at_end(num_check);
            let below_int = ir.const_u64(tag::TAG_INT32);
            let a_num = b_.build_or(ir.icmp(IntPredicate::ULT, a, below_int), a_int, "").expect(POSITIONED);
            let b_num = b_.build_or(ir.icmp(IntPredicate::ULT, b, below_int), b_int, "").expect(POSITIONED);
            ir.cond_br(b_.build_and(a_num, b_num, "").expect(POSITIONED), float_fast, slow);
            b_.position_at_end(float_fast);
            let f64t = ir.context.f64_type();
            let to_f64 = |v: IntValue<'ctx>, is_int: IntValue<'ctx>| {
                let small = b_.build_int_truncate(v, ir.i32, "").expect(POSITIONED);
                let from_int = b_.build_signed_int_to_float(small, f64t, "").expect(POSITIONED);
                let from_bits = b_.build_bit_cast(v, f64t, "").expect(POSITIONED).into_float_value();
                b_.build_select(is_int, from_int, from_bits, "").expect(POSITIONED).into_float_value()
            };
            let af = to_f64(a, a_int);
            let bf = to_f64(b, b_int);
            let box_bool = |c: IntValue<'ctx>| ir.select(c, ir.const_u64(tag::TRUE), ir.const_u64(tag::FALSE));
            use inkwell::FloatPredicate as F;
            let result = match op {
                BinaryOp::Lt => box_bool(b_.build_float_compare(F::OLT, af, bf, "").expect(POSITIONED)),
                BinaryOp::Le => box_bool(b_.build_float_compare(F::OLE, af, bf, "").expect(POSITIONED)),
                BinaryOp::Gt => box_bool(b_.build_float_compare(F::OGT, af, bf, "").expect(POSITIONED)),
                BinaryOp::Ge => box_bool(b_.build_float_compare(F::OGE, af, bf, "").expect(POSITIONED)),
                _ => {
                    let r = match op {
                        BinaryOp::Add => b_.build_float_add(af, bf, "").expect(POSITIONED),
                        BinaryOp::Sub => b_.build_float_sub(af, bf, "").expect(POSITIONED),
                        BinaryOp::Mul => b_.build_float_mul(af, bf, "").expect(POSITIONED),
                        BinaryOp::Div => b_.build_float_div(af, bf, "").expect(POSITIONED),
                        // frem is C's fmod, which is exactly JS's % on doubles.
                        BinaryOp::Mod => b_.build_float_rem(af, bf, "").expect(POSITIONED),
                        _ => unreachable!("checked by has_float_path"),
                    };
                    self.box_number(r)
                }
            };
            let ir = &self.pg().ir;
            ir.br(join);
            incoming.push((result, ir.current_block()));
        }

        // ---- anything else ----
        self.pg().ir.builder.position_at_end(slow);
        let slow_result = self.call_runtime(slow_fn, &[a.into(), b.into()]);
        let from_slow = self.pg().ir.current_block();
        self.pg().ir.br(join);
        incoming.push((slow_result, from_slow));

        self.pg().ir.builder.position_at_end(join);
        self.pg().ir.phi(&incoming)
    }

    /// Boxes a double as the runtime does: int32-tagged when it is an exact
    /// int32 (not -0), canonical NaN, else its bits.
    pub(crate) fn box_number(&self, r: inkwell::values::FloatValue<'ctx>) -> IntValue<'ctx> {
        let ir = &self.pg().ir;
        let b_ = &ir.builder;
        let sat = Intrinsic::find("llvm.fptosi.sat").expect("LLVM has fptosi.sat");
        let decl =
            sat.get_declaration(&self.pg().module, &[ir.i32.into(), ir.context.f64_type().into()]).expect("declarable");
        let as_int = ir.call(decl, &[r.into()]).expect("returns i32").into_int_value();
        let back = b_.build_signed_int_to_float(as_int, ir.context.f64_type(), "").expect(POSITIONED);
        let r_bits = b_.build_bit_cast(r, ir.i64, "").expect(POSITIONED).into_int_value();
        let back_bits = b_.build_bit_cast(back, ir.i64, "").expect(POSITIONED).into_int_value();
        // Equal bits also rule out -0 (sitofp gives +0) and NaN.
        let exact = ir.icmp(IntPredicate::EQ, r_bits, back_bits);
        let wide = b_.build_int_z_extend(as_int, ir.i64, "").expect(POSITIONED);
        let tagged = b_.build_or(wide, ir.const_u64(tag::TAG_INT32), "").expect(POSITIONED);
        let is_nan = b_.build_float_compare(inkwell::FloatPredicate::UNO, r, r, "").expect(POSITIONED);
        let double_bits = ir.select(is_nan, ir.const_u64(tag::CANONICAL_NAN), r_bits);
        ir.select(exact, tagged, double_bits)
    }

    /// ToBoolean with the booleans decided inline.
    pub(crate) fn truthy_fast(&mut self, v: IntValue<'ctx>) -> IntValue<'ctx> {
        let ir = &self.pg().ir;
        let is_true = ir.icmp(IntPredicate::EQ, v, ir.const_u64(tag::TRUE));
        let is_false = ir.icmp(IntPredicate::EQ, v, ir.const_u64(tag::FALSE));
        let is_bool = ir.builder.build_or(is_true, is_false, "").expect(POSITIONED);
        let fast = self.new_block("truthy_bool");
        let slow = self.new_block("truthy_call");
        let join = self.new_block("truthy_join");
        let ir = &self.pg().ir;
        ir.cond_br(is_bool, fast, slow);
        ir.builder.position_at_end(fast);
        ir.br(join);
        ir.builder.position_at_end(slow);
        let r = ir.call(self.pg().runtime(Rt::Truthy), &[v.into()]).expect("truthy returns i32").into_int_value();
        let called = ir.icmp(IntPredicate::NE, r, ir.const_u32(0));
        let from_slow = ir.current_block();
        ir.br(join);
        ir.builder.position_at_end(join);
        let phi = ir.builder.build_phi(ir.context.bool_type(), "").expect(POSITIONED);
        phi.add_incoming(&[(&is_true, fast), (&called, from_slow)]);
        phi.as_basic_value().into_int_value()
    }

    /// `===` with identical non-double bits and int32 pairs decided inline.
    pub(crate) fn strict_equal_fast(&mut self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> IntValue<'ctx> {
        let ir = &self.pg().ir;
        let same = ir.icmp(IntPredicate::EQ, a, b);
        // Identical bits are equal unless they are a double (NaN !== NaN).
        let a_not_double = ir.icmp(IntPredicate::UGE, a, ir.const_u64(tag::TAG_INT32));
        let same_tagged = ir.builder.build_and(same, a_not_double, "").expect(POSITIONED);
        let mask = ir.const_u64(tag::TAG_MASK);
        let int_tag = ir.const_u64(tag::TAG_INT32);
        let a_int = ir.icmp(IntPredicate::EQ, ir.and(a, mask), int_tag);
        let b_int = ir.icmp(IntPredicate::EQ, ir.and(b, mask), int_tag);
        let both_int = ir.builder.build_and(a_int, b_int, "").expect(POSITIONED);
        // An operand that is neither a number nor a string (undefined, null, a
        // boolean, an object) equals only itself; numbers and strings compare by
        // value, so two of those with different bits still go to the runtime.
        let string_tag = ir.const_u64(tag::TAG_STRING);
        let identity_only = |v: IntValue<'ctx>| {
            let not_number = ir.icmp(IntPredicate::UGE, v, ir.const_u64(tag::TAG_SPECIAL));
            let not_string = ir.icmp(IntPredicate::NE, ir.and(v, mask), string_tag);
            ir.builder.build_and(not_number, not_string, "").expect(POSITIONED)
        };
        let a_identity = identity_only(a);
        let b_identity = identity_only(b);
        let by_identity = ir.builder.build_or(a_identity, b_identity, "").expect(POSITIONED);
        let decided = ir.builder.build_or(same_tagged, both_int, "").expect(POSITIONED);
        let decided = ir.builder.build_or(decided, by_identity, "").expect(POSITIONED);
        let fast = self.new_block("eq_fast");
        let slow = self.new_block("eq_call");
        let join = self.new_block("eq_join");
        let ir = &self.pg().ir;
        ir.cond_br(decided, fast, slow);
        ir.builder.position_at_end(fast);
        ir.br(join);
        ir.builder.position_at_end(slow);
        let r = ir.call(self.pg().runtime(Rt::StrictEq), &[a.into(), b.into()]).expect("returns i32").into_int_value();
        let called = ir.icmp(IntPredicate::NE, r, ir.const_u32(0));
        let from_slow = ir.current_block();
        ir.br(join);
        ir.builder.position_at_end(join);
        let phi = ir.builder.build_phi(ir.context.bool_type(), "").expect(POSITIONED);
        phi.add_incoming(&[(&same, fast), (&called, from_slow)]);
        phi.as_basic_value().into_int_value()
    }
}
