//! Built-in array methods that take a callback, compiled as loops that call
//! the callback directly (see `TypeTables::array_loop`).

use dxl_abi::RuntimeFunction as Rt;
use dxl_abi::value as tag;
use dxl_frontend::hir::{Expr, FuncId, FunctionKind, Pos};
use dxl_typeinfer::solver::ArrayLoop;
use dxl_typeinfer::types::ClassId;
use inkwell::IntPredicate;

use crate::function::FunctionGen;
use crate::ir::Heap;
use crate::typed::Val;

const POSITIONED: &str = "builder is positioned in a block";

impl<'ctx> FunctionGen<'_, 'ctx> {
    /// `a.forEach(f)` (`some`, `every`) of the built-in, on an array of class
    /// `class` that never escapes, with a callback `f` the solver knows: for
    /// each index below the length `a` had at the start, skipping holes (and
    /// indices past the dense part that a sparse array does not have),
    /// `f(element, index, a)` as a direct call. `some` stops with `true` at
    /// the first truthy result, `every` with `false` at the first falsy one.
    pub(crate) fn array_loop(
        &mut self,
        kind: ArrayLoop,
        (f, callback): (FuncId, &Expr),
        (class, object): (ClassId, &Expr),
        pos: Pos,
    ) -> Val<'ctx> {
        let a = self.expr(object);
        let closure = self.expr(callback);
        let target = &self.program.functions[f];
        let sloppy_this = self.types.reads_this[f] && !target.strict && target.kind != FunctionKind::Arrow;
        let this = match sloppy_this {
            true => self.call_runtime(Rt::GlobalThis, &[]),
            false => self.v(tag::UNDEFINED),
        };
        let length = self.tracked_array_length(a, false, pos);
        let (p, _) = self.object_pointer(a);
        let entry = self.pg().ir.current_block();
        let head = self.new_block("each_head");
        let body = self.new_block("each_body");
        let dense = self.new_block("each_dense");
        let outside = self.new_block("each_outside");
        let sparse = self.new_block("each_sparse");
        let sparse_get = self.new_block("each_sparse_get");
        let call = self.new_block("each_call");
        let next = self.new_block("each_next");
        let exit = self.new_block("each_exit");
        self.pg().ir.br(head);

        self.pg().ir.builder.position_at_end(head);
        let ir = &self.pg().ir;
        let index_phi = ir.builder.build_phi(ir.i32, "index").expect(POSITIONED);
        index_phi.add_incoming(&[(&ir.i32.const_zero(), entry)]);
        let index = index_phi.as_basic_value().into_int_value();
        let more = ir.icmp(IntPredicate::SLT, index, length);
        ir.cond_br(more, body, exit);

        // The buffer may move and the dense part grow as the callback runs: reload both.
        ir.builder.position_at_end(body);
        let elements = ir.byte_offset(p, tag::ARRAY_ELEMENTS_OFFSET);
        let dense_len = self.load_word(elements, tag::VEC_LEN_OFFSET);
        let ir = &self.pg().ir;
        let wide = ir.builder.build_int_z_extend(index, ir.i64, "").expect(POSITIONED);
        let inside = ir.icmp(IntPredicate::ULT, wide, dense_len);
        ir.cond_br(inside, dense, outside);

        ir.builder.position_at_end(dense);
        let address = self.vec_slot(elements, wide);
        let ir = &self.pg().ir;
        let bits = ir.load_heap(ir.i64, address, Heap::Value);
        let present = ir.icmp(IntPredicate::NE, bits, ir.const_u64(tag::HOLE));
        ir.cond_br(present, call, next);

        // Past the dense part only a sparse array has elements.
        ir.builder.position_at_end(outside);
        let dict = self.load_word(p, tag::OBJECT_DICT_OFFSET);
        let ir = &self.pg().ir;
        let is_sparse = ir.icmp(IntPredicate::NE, dict, ir.const_u64(0));
        ir.cond_br_unlikely(is_sparse, sparse, next);
        ir.builder.position_at_end(sparse);
        let key = self.boxed(Val::I32(index));
        let ir = &self.pg().ir;
        let has = ir.call(self.pg().runtime(Rt::ForInHas), &[a.into(), key.into()]).expect("returns i32");
        let has = ir.icmp(IntPredicate::NE, has.into_int_value(), ir.i32.const_zero());
        ir.cond_br(has, sparse_get, next);
        ir.builder.position_at_end(sparse_get);
        self.set_pos(pos);
        let got = self.call_runtime(Rt::GetProp, &[a.into(), key.into()]);
        let got_end = self.pg().ir.current_block();
        self.pg().ir.br(call);

        self.pg().ir.builder.position_at_end(call);
        let bits = self.pg().ir.phi(&[(bits, dense), (got, got_end)]);
        let element = self.element_from_bits(class, bits);
        let result = self.call_specialized(f, closure, this, vec![element, Val::I32(index), Val::Boxed(a)]);
        let mut early = None;
        if kind != ArrayLoop::ForEach {
            let truthy = self.truthy_val(result);
            let stop = self.new_block("each_stop");
            match kind {
                ArrayLoop::Some => self.pg().ir.cond_br(truthy, stop, next),
                _ => self.pg().ir.cond_br(truthy, next, stop),
            }
            self.pg().ir.builder.position_at_end(stop);
            self.pg().ir.br(exit);
            early = Some(stop);
        } else {
            self.pg().ir.br(next);
        }

        self.pg().ir.builder.position_at_end(next);
        let ir = &self.pg().ir;
        let following = ir.builder.build_int_add(index, ir.i32.const_int(1, false), "").expect(POSITIONED);
        index_phi.add_incoming(&[(&following, next)]);
        ir.br(head);
        ir.builder.position_at_end(exit);
        let Some(stop) = early else { return Val::Boxed(self.v(tag::UNDEFINED)) };
        // `some` ends true only when it stops early; `every` false.
        let ir = &self.pg().ir;
        let bool_type = ir.context.bool_type();
        let stopped = bool_type.const_int(u64::from(kind == ArrayLoop::Some), false);
        let finished = bool_type.const_int(u64::from(kind == ArrayLoop::Every), false);
        let phi = ir.builder.build_phi(bool_type, "").expect(POSITIONED);
        phi.add_incoming(&[(&stopped, stop), (&finished, head)]);
        Val::Bool(phi.as_basic_value().into_int_value())
    }
}
