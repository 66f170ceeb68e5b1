//! Built-in array methods that take a callback, compiled as loops that call
//! the callback directly (see `TypeTables::array_loop`).

use dxl_abi::RuntimeFunction as Rt;
use dxl_abi::value as tag;
use dxl_frontend::hir::{Expr, FuncId, FunctionKind, Pos};
use dxl_typeinfer::solver::ArrayLoop;
use dxl_typeinfer::types::{ClassId, Type};
use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::values::PhiValue;

use crate::function::FunctionGen;
use crate::ir::Heap;
use crate::typed::{Rep, Val};

const POSITIONED: &str = "builder is positioned in a block";

impl<'ctx> FunctionGen<'_, 'ctx> {
    /// `a.forEach(f)` (`some`, `every`, `map`, `filter`, `reduce`) of the
    /// built-in, on an array of class `class` that never escapes, with a
    /// callback `f` the solver knows: for each index below the length `a`
    /// had at the start, skipping holes (and indices past the dense part
    /// that a sparse array does not have), `f(element, index, a)` as a
    /// direct call (`f(accumulator, element, index, a)` for `reduce`).
    /// `some` stops with `true` at the first truthy result, `every` with
    /// `false` at the first falsy one; `map` stores each result at its index
    /// in a new array of the same length, `filter` appends the elements
    /// whose result is truthy to a new array. `t` is the call's type.
    pub(crate) fn array_loop(
        &mut self,
        kind: ArrayLoop,
        (f, callback, initial): (FuncId, &Expr, Option<&Expr>),
        (class, object): (ClassId, &Expr),
        (t, pos): (Type, Pos),
    ) -> Val<'ctx> {
        let a = self.expr(object);
        let closure = self.expr(callback);
        // The built-in calls the callback plainly (`at cb`, then `at Array.forEach`).
        if let Some((at, _)) = self.call_site {
            self.call_site = Some((at, dxl_abi::runtime_functions::call_site::CALLBACK));
        }
        // `reduce`'s accumulator (mem2reg makes it a register), and whether
        // it holds a value yet (without an initial value, the first element).
        let rep = Rep::of(t);
        let accumulator = match kind {
            ArrayLoop::Reduce(_) => {
                let slot = self.entry_slot(rep.llvm(self.pg().ir.context), "accumulator");
                let has = self.entry_slot(self.pg().ir.context.bool_type().into(), "accumulated");
                let start = initial.map(|init| self.val(init));
                let ir = &self.pg().ir;
                ir.store(has, ir.context.bool_type().const_int(u64::from(start.is_some()), false));
                if let Some(v) = start {
                    let v = self.coerce(v, rep);
                    self.pg().ir.store(slot, v);
                }
                Some((slot, has))
            }
            _ => None,
        };
        let target = &self.program.functions[f];
        let sloppy_this = self.types.reads_this[f] && !target.strict && target.kind != FunctionKind::Arrow;
        let this = match sloppy_this {
            true => self.call_runtime(Rt::GlobalThis, &[]),
            false => self.v(tag::UNDEFINED),
        };
        let length = self.tracked_array_length(a, false, pos);
        // The array `map` or `filter` makes, before any call.
        let made = match kind {
            ArrayLoop::Map(_) => {
                let n = self.boxed(Val::I32(length));
                self.set_pos(pos);
                Some(self.call_runtime(Rt::ArrayWithLength, &[n.into()]))
            }
            ArrayLoop::Filter(_) => {
                let none = self.pg().ir.ptr.const_null();
                let zero = self.pg().ir.const_u32(0);
                Some(self.call_runtime(Rt::NewArray, &[none.into(), zero.into()]))
            }
            _ => None,
        };
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
        if let Some((slot, has)) = accumulator {
            // Without an initial value the first element starts the fold.
            let ir = &self.pg().ir;
            let started = ir.builder.build_load(ir.context.bool_type(), has, "").expect(POSITIONED);
            let fold = self.new_block("reduce_call");
            let first = self.new_block("reduce_first");
            self.pg().ir.cond_br(started.into_int_value(), fold, first);
            self.pg().ir.builder.position_at_end(first);
            let v = self.coerce(element, rep);
            let ir = &self.pg().ir;
            ir.store(slot, v);
            ir.store(has, ir.context.bool_type().const_int(1, false));
            ir.br(next);
            ir.builder.position_at_end(fold);
            let ir = &self.pg().ir;
            let acc = ir.builder.build_load(rep.llvm(ir.context), slot, "").expect(POSITIONED);
            let acc = Val::from_basic(rep, acc);
            let result = self.call_specialized(f, closure, this, vec![acc, element, Val::I32(index), Val::Boxed(a)]);
            let v = self.coerce(result, rep);
            self.pg().ir.store(slot, v);
            self.pg().ir.br(next);
            return self.finish_array_loop(index_phi, (head, next, exit), |this| {
                let ir = &this.pg().ir;
                let started = ir.builder.build_load(ir.context.bool_type(), has, "").expect(POSITIONED);
                let empty = this.new_block("reduce_empty");
                let done = this.new_block("reduce_done");
                this.pg().ir.cond_br_unlikely(started.into_int_value(), done, empty);
                this.pg().ir.builder.position_at_end(empty);
                this.set_pos(pos);
                this.call_runtime(Rt::ReduceEmpty, &[]);
                this.pg().ir.builder.build_unreachable().expect(POSITIONED);
                this.pg().ir.builder.position_at_end(done);
                let ir = &this.pg().ir;
                let acc = ir.builder.build_load(rep.llvm(ir.context), slot, "").expect(POSITIONED);
                Val::from_basic(rep, acc)
            });
        }
        let result = self.call_specialized(f, closure, this, vec![element, Val::I32(index), Val::Boxed(a)]);
        match (kind, made) {
            (ArrayLoop::Map(made_class), Some(made)) => {
                let stored = self.element_value(result, made_class);
                self.set_tracked_element(made, Val::I32(index), stored, pos);
            }
            (ArrayLoop::Filter(made_class), Some(made)) => {
                let keep = self.truthy_val(result);
                let append = self.new_block("filter_keep");
                self.pg().ir.cond_br(keep, append, next);
                self.pg().ir.builder.position_at_end(append);
                let stored = self.element_value(element, made_class);
                self.tracked_push(made, stored, pos);
            }
            _ => {}
        }
        let mut early = None;
        if matches!(kind, ArrayLoop::Some | ArrayLoop::Every) {
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

        self.finish_array_loop(index_phi, (head, next, exit), |this| {
            if let Some(made) = made {
                return Val::Boxed(made);
            }
            let Some(stop) = early else { return Val::Boxed(this.v(tag::UNDEFINED)) };
            // `some` ends true only when it stops early; `every` false.
            let ir = &this.pg().ir;
            let bool_type = ir.context.bool_type();
            let stopped = bool_type.const_int(u64::from(kind == ArrayLoop::Some), false);
            let finished = bool_type.const_int(u64::from(kind == ArrayLoop::Every), false);
            let phi = ir.builder.build_phi(bool_type, "").expect(POSITIONED);
            phi.add_incoming(&[(&stopped, stop), (&finished, head)]);
            Val::Bool(phi.as_basic_value().into_int_value())
        })
    }

    /// Ends an array loop whose call block branched to `next`: the index
    /// steps to the next element, and `exit` (after the last) gives the
    /// loop's value by `value`.
    fn finish_array_loop(
        &mut self,
        index_phi: PhiValue<'ctx>,
        (head, next, exit): (BasicBlock<'ctx>, BasicBlock<'ctx>, BasicBlock<'ctx>),
        value: impl FnOnce(&mut Self) -> Val<'ctx>,
    ) -> Val<'ctx> {
        self.pg().ir.builder.position_at_end(next);
        let ir = &self.pg().ir;
        let index = index_phi.as_basic_value().into_int_value();
        let following = ir.builder.build_int_add(index, ir.i32.const_int(1, false), "").expect(POSITIONED);
        index_phi.add_incoming(&[(&following, next)]);
        ir.br(head);
        ir.builder.position_at_end(exit);
        value(self)
    }
}
