//! Objects of a tracked class allocated by generated code: a bump through
//! the runtime's current run of cells of the object's size (see
//! `rt::gc::AllocRun`), and the object's head and slots written in place.

use dxl_abi::RuntimeFunction as Rt;
use dxl_abi::value as tag;
use dxl_frontend::hir::Pos;
use inkwell::IntPredicate;
use inkwell::values::{IntValue, PointerValue};

use crate::function::FunctionGen;
use crate::ir::Heap;

const POSITIONED: &str = "builder is positioned in a block";

/// The size class (index into `SIZE_CLASSES`) of an object with `fields`
/// inline slots, if it is a small cell.
fn object_size_class(fields: usize) -> Option<usize> {
    let size = tag::OBJECT_HEAD_SIZE + 8 * fields as u64;
    tag::SIZE_CLASSES.iter().position(|&c| u64::from(c) >= size)
}

impl<'ctx> FunctionGen<'_, 'ctx> {
    /// `new F(..)`'s object for a class with `fields` fields, `F` created
    /// once: inline while the class's prototype is cached (`cache`, a word
    /// the runtime fills at the first `new`) and the run has a cell left,
    /// else through the runtime, which also claims a new run (collecting
    /// first when it is time). `(closure, shape, cache)` as for
    /// `Rt::NewWithLayout`.
    pub(crate) fn new_with_layout_inline(
        &mut self,
        (closure, shape, cache): (IntValue<'ctx>, PointerValue<'ctx>, PointerValue<'ctx>),
        fields: usize,
        pos: Pos,
    ) -> IntValue<'ctx> {
        let class = match object_size_class(fields) {
            Some(class) if fields > 0 => class,
            _ => {
                self.set_pos(pos);
                return self.call_runtime(Rt::NewWithLayout, &[closure.into(), shape.into(), cache.into()]);
            }
        };
        let cell_size = u64::from(tag::SIZE_CLASSES[class]);
        let fast = self.new_block("alloc_inline");
        let slow = self.new_block("alloc_runtime");
        let join = self.new_block("alloc_done");
        let ir = &self.pg().ir;
        let run = ir.byte_offset(self.pg().alloc_runs.as_pointer_value(), class as u64 * tag::ALLOC_RUN_SIZE);
        let next = ir.load(ir.i64, run);
        let end = ir.load(ir.i64, ir.byte_offset(run, 8));
        let proto = ir.load(ir.i64, cache);
        let has_cell = ir.icmp(IntPredicate::NE, next, end);
        let has_proto = ir.icmp(IntPredicate::NE, proto, ir.const_u64(0));
        let ok = ir.builder.build_and(has_cell, has_proto, "").expect(POSITIONED);
        ir.cond_br(ok, fast, slow);

        ir.builder.position_at_end(fast);
        ir.store(run, ir.builder.build_int_add(next, ir.const_u64(cell_size), "").expect(POSITIONED));
        let cell = ir.int_to_ptr(next);
        let slots = ir.byte_offset(cell, tag::OBJECT_HEAD_SIZE);
        let header = |offset: u64, v: IntValue<'ctx>| ir.store_heap(ir.byte_offset(cell, offset), v, Heap::Header);
        // The header: kind Object, no flags, no collector bits.
        header(0, ir.const_u64(u64::from(tag::KIND_OBJECT)));
        ir.store_heap(ir.byte_offset(cell, tag::OBJECT_SHAPE_OFFSET), shape, Heap::Header);
        header(tag::OBJECT_PROTO_OFFSET, ir.and(proto, ir.const_u64(tag::PAYLOAD_MASK)));
        // The slots: borrowed from the cell, every field in place and undefined.
        let vec = tag::OBJECT_SLOTS_OFFSET;
        ir.store_heap(ir.byte_offset(cell, vec + tag::VEC_PTR_OFFSET), slots, Heap::Header);
        header(vec + tag::VEC_LEN_OFFSET, ir.const_u64(fields as u64));
        header(vec + tag::VEC_CAP_OFFSET, ir.const_u64(fields as u64 | tag::VEC_BORROWED));
        header(tag::OBJECT_DICT_OFFSET, ir.const_u64(0));
        for i in 0..fields as u64 {
            ir.store_heap(ir.byte_offset(slots, 8 * i), ir.const_u64(tag::UNDEFINED), Heap::Value);
        }
        let inline_object = ir.builder.build_or(next, ir.const_u64(tag::TAG_OBJECT), "").expect(POSITIONED);
        ir.br(join);

        ir.builder.position_at_end(slow);
        self.set_pos(pos);
        let runtime_object = self.call_runtime(Rt::NewWithLayout, &[closure.into(), shape.into(), cache.into()]);
        let slow_end = self.pg().ir.current_block();
        let ir = &self.pg().ir;
        ir.br(join);
        ir.builder.position_at_end(join);
        ir.phi(&[(inline_object, fast), (runtime_object, slow_end)])
    }
}
