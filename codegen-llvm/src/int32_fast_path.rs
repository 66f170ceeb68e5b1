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
    /// Whether `op` has an int32 fast path.
    pub(crate) fn has_int32_fast_path(op: BinaryOp) -> bool {
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

    pub(crate) fn int32_fast_binary(
        &mut self,
        op: BinaryOp,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
        slow_fn: Rt,
    ) -> IntValue<'ctx> {
        let fast = self.new_block("int_fast");
        let slow = self.new_block("int_slow");
        let join = self.new_block("int_join");
        let ir = &self.pg().ir;
        let b_ = &ir.builder;
        let mask = ir.const_u64(tag::TAG_MASK);
        let int_tag = ir.const_u64(tag::TAG_INT32);
        let a_int = ir.icmp(IntPredicate::EQ, ir.and(a, mask), int_tag);
        let b_int = ir.icmp(IntPredicate::EQ, ir.and(b, mask), int_tag);
        let both = b_.build_and(a_int, b_int, "").expect(POSITIONED);
        ir.cond_br(both, fast, slow);

        b_.position_at_end(fast);
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
        // (result, condition that sends the operands to the slow path instead)
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
                let negative = ir.icmp(IntPredicate::SLT, b_.build_or(ai, bi, "").expect(POSITIONED), ir.const_u32(0));
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
            _ => unreachable!("checked by has_int32_fast_path"),
        };
        match bail {
            Some(cond) => ir.cond_br(cond, slow, join),
            None => ir.br(join),
        }
        let from_fast = ir.current_block();

        b_.position_at_end(slow);
        let slow_result = self.call_runtime(slow_fn, &[a.into(), b.into()]);
        let from_slow = self.pg().ir.current_block();
        self.pg().ir.br(join);

        self.pg().ir.builder.position_at_end(join);
        self.pg().ir.phi(&[(result, from_fast), (slow_result, from_slow)])
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
        // Two different non-double, non-string tags (e.g. undefined vs an object) are unequal;
        // strings compare by content, so those still go to the runtime.
        let decided = ir.builder.build_or(same_tagged, both_int, "").expect(POSITIONED);
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
