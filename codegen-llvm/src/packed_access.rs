//! Arrays of booleans kept as one byte per element, and of int32s as four
//! (`TypeTables::packed`).
//!
//! Only this code touches their elements: the runtime's array functions see
//! an empty array (see `rt::packed_array`), so the solver packs a class only
//! when every use of its arrays is one compiled here: literals, `length`,
//! int32-indexed reads and writes, and `push`.

use dxl_abi::RuntimeFunction as Rt;
use dxl_abi::value as tag;
use dxl_frontend::hir::{Expr, Pos};
use dxl_typeinfer::Packed;
use inkwell::IntPredicate;
use inkwell::types::IntType;
use inkwell::values::{IntValue, PointerValue};

use crate::function::FunctionGen;
use crate::ir::Heap;
use crate::typed::{Rep, Val};

const POSITIONED: &str = "builder is positioned in a block";

impl<'a, 'ctx> FunctionGen<'a, 'ctx> {
    /// The element vector of the packed array `o` (an object pointer as a value).
    fn packed_elements(&self, o: IntValue<'ctx>) -> PointerValue<'ctx> {
        let (p, _) = self.object_pointer(o);
        self.pg().ir.byte_offset(p, tag::PACKED_ELEMENTS_OFFSET)
    }

    /// The LLVM type of one element.
    fn packed_type(&self, packing: Packed) -> IntType<'ctx> {
        let ir = &self.pg().ir;
        match packing {
            Packed::Bytes => ir.context.i8_type(),
            Packed::Int32 => ir.i32,
        }
    }

    /// The address of element `index` (an i64) of the vector at `elements`.
    fn packed_slot(&self, packing: Packed, elements: PointerValue<'ctx>, index: IntValue<'ctx>) -> PointerValue<'ctx> {
        let buffer = self.load_ptr(elements, tag::VEC_PTR_OFFSET);
        let ty = self.packed_type(packing);
        let ir = &self.pg().ir;
        // SAFETY: callers bound `index` by the vector's length (or its capacity, to append).
        unsafe { ir.builder.build_gep(ty, buffer, &[index], "").expect(POSITIONED) }
    }

    /// `v` as the element a packed array stores: a byte for a boolean, an int32.
    fn packed_element(&mut self, packing: Packed, v: Val<'ctx>) -> IntValue<'ctx> {
        match packing {
            Packed::Bytes => {
                let b = self.coerce(v, Rep::Bool).into_int_value();
                let ir = &self.pg().ir;
                ir.builder.build_int_z_extend(b, ir.context.i8_type(), "").expect(POSITIONED)
            }
            Packed::Int32 => self.coerce(v, Rep::I32).into_int_value(),
        }
    }

    /// An element as the int32 the runtime's packed-array functions take.
    fn packed_element_arg(&self, packing: Packed, element: IntValue<'ctx>) -> IntValue<'ctx> {
        let ir = &self.pg().ir;
        match packing {
            Packed::Bytes => ir.builder.build_int_z_extend(element, ir.i32, "").expect(POSITIONED),
            Packed::Int32 => element,
        }
    }

    fn packed_load(&self, packing: Packed, slot: PointerValue<'ctx>) -> Val<'ctx> {
        let ir = &self.pg().ir;
        let element = ir.load_heap(self.packed_type(packing), slot, Heap::Value);
        match packing {
            Packed::Bytes => Val::Bool(ir.icmp(IntPredicate::NE, element, ir.context.i8_type().const_zero())),
            Packed::Int32 => Val::I32(element),
        }
    }

    /// The element index a number key names, as an int32: -1 (past any
    /// end) for a key that names no element (1.5, NaN, 2^40).
    pub(crate) fn packed_index(&mut self, key: Val<'ctx>) -> IntValue<'ctx> {
        if let Val::I32(i) = key {
            return i;
        }
        let x = self.as_f64(key);
        let ir = &self.pg().ir;
        let f64t = ir.context.f64_type();
        let sat = self.intrinsic("llvm.fptosi.sat", &[ir.i32.into(), f64t.into()]);
        let ir = &self.pg().ir;
        let i = ir.call(sat, &[x.into()]).expect("returns i32").into_int_value();
        let back = ir.builder.build_signed_int_to_float(i, f64t, "").expect(POSITIONED);
        let exact = ir.builder.build_float_compare(inkwell::FloatPredicate::OEQ, back, x, "").expect(POSITIONED);
        ir.select(exact, i, ir.i32.const_all_ones())
    }

    /// An array literal of a packed class: every item is of its element type.
    pub(crate) fn packed_literal(&mut self, packing: Packed, items: &[Option<Expr>]) -> IntValue<'ctx> {
        let values: Vec<Val<'ctx>> = items.iter().flatten().map(|e| self.val(e)).collect();
        debug_assert_eq!(values.len(), items.len(), "packed classes have no holes");
        let ir = &self.pg().ir;
        let (n, size) = (ir.const_u32(values.len() as u32), ir.const_u32(packing.size()));
        let a = self.call_runtime(Rt::PackedArrayNew, &[n.into(), size.into()]);
        if values.is_empty() {
            return a;
        }
        let elements = self.packed_elements(a);
        for (i, v) in values.into_iter().enumerate() {
            let element = self.packed_element(packing, v);
            let slot = self.packed_slot(packing, elements, self.pg().ir.const_u64(i as u64));
            self.pg().ir.store_heap(slot, element, Heap::Value);
        }
        let ir = &self.pg().ir;
        ir.store_heap(ir.byte_offset(elements, tag::VEC_LEN_OFFSET), ir.const_u64(items.len() as u64), Heap::Header);
        a
    }

    /// `a.length` of a packed array, as an int32 (push keeps it below 2^31).
    pub(crate) fn packed_length(&mut self, o: IntValue<'ctx>, nullish: bool, pos: Pos) -> IntValue<'ctx> {
        if nullish {
            let (_, is_object) = self.object_pointer(o);
            self.throw_unless_object(o, is_object, "length", pos);
        }
        let elements = self.packed_elements(o);
        let len = self.load_word(elements, tag::VEC_LEN_OFFSET);
        let ir = &self.pg().ir;
        ir.builder.build_int_truncate(len, ir.i32, "").expect(POSITIONED)
    }

    /// `a[i]` of a packed array with an index from [`Self::packed_index`]: the element
    /// when the solver proved `i` below the length, else the element or undefined.
    pub(crate) fn packed_read(
        &mut self,
        packing: Packed,
        o: IntValue<'ctx>,
        index: IntValue<'ctx>,
        (nullish, in_bounds): (bool, bool),
        pos: Pos,
    ) -> Val<'ctx> {
        if nullish {
            self.throw_unless_object_keyed(o, Val::I32(index), pos);
        }
        let elements = self.packed_elements(o);
        let ir = &self.pg().ir;
        // A negative index is a huge unsigned one: past the end, undefined
        // (no code adds a property named by one, or elements to prototypes).
        let wide = ir.builder.build_int_z_extend(index, ir.i64, "").expect(POSITIONED);
        if in_bounds {
            let slot = self.packed_slot(packing, elements, wide);
            return self.packed_load(packing, slot);
        }
        let inside = self.new_block("packed_inside");
        let done = self.new_block("packed_end");
        let len = self.load_word(elements, tag::VEC_LEN_OFFSET);
        let ir = &self.pg().ir;
        let start = ir.current_block();
        let is_inside = ir.icmp(IntPredicate::ULT, wide, len);
        ir.cond_br(is_inside, inside, done);
        ir.builder.position_at_end(inside);
        let slot = self.packed_slot(packing, elements, wide);
        let element = self.packed_load(packing, slot);
        let element = self.boxed(element);
        let inside_end = self.pg().ir.current_block();
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(done);
        let undefined = self.v(tag::UNDEFINED);
        Val::Boxed(self.pg().ir.phi(&[(element, inside_end), (undefined, start)]))
    }

    /// `a[i] = v` of a packed array, `i` a non-negative int32 and `v` of
    /// its element type: a store below the length, an append at it (the
    /// solver proves no write lands further out).
    pub(crate) fn packed_write(
        &mut self,
        packing: Packed,
        o: IntValue<'ctx>,
        index: IntValue<'ctx>,
        v: Val<'ctx>,
        (nullish, in_bounds): (bool, bool),
        pos: Pos,
    ) {
        if nullish {
            let boxed = self.boxed(v);
            self.throw_unless_object_on_set(o, Val::I32(index), boxed, pos);
        }
        let element = self.packed_element(packing, v);
        let elements = self.packed_elements(o);
        let ir = &self.pg().ir;
        let wide = ir.builder.build_int_z_extend(index, ir.i64, "").expect(POSITIONED);
        if in_bounds {
            let slot = self.packed_slot(packing, elements, wide);
            self.pg().ir.store_heap(slot, element, Heap::Value);
            return;
        }
        let store = self.new_block("packed_store");
        let append = self.new_block("packed_append");
        let done = self.new_block("packed_stored");
        let len = self.load_word(elements, tag::VEC_LEN_OFFSET);
        let ir = &self.pg().ir;
        let is_inside = ir.icmp(IntPredicate::ULT, wide, len);
        ir.cond_br(is_inside, store, append);
        ir.builder.position_at_end(store);
        let slot = self.packed_slot(packing, elements, wide);
        self.pg().ir.store_heap(slot, element, Heap::Value);
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(append);
        let arg = self.packed_element_arg(packing, element);
        self.set_pos(pos);
        self.call_runtime(Rt::PackedArrayStore, &[o.into(), index.into(), arg.into()]);
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(done);
    }

    /// `a.push(v)` in a fill loop that reserved room for it: a store and a
    /// length update, the new length as an int32.
    pub(crate) fn packed_push_reserved(&mut self, packing: Packed, a: IntValue<'ctx>, v: Val<'ctx>) -> Val<'ctx> {
        let element = self.packed_element(packing, v);
        let elements = self.packed_elements(a);
        let len = self.load_word(elements, tag::VEC_LEN_OFFSET);
        let slot = self.packed_slot(packing, elements, len);
        let ir = &self.pg().ir;
        ir.store_heap(slot, element, Heap::Value);
        let new_len = ir.builder.build_int_add(len, ir.const_u64(1), "").expect(POSITIONED);
        ir.store_heap(ir.byte_offset(elements, tag::VEC_LEN_OFFSET), new_len, Heap::Header);
        Val::I32(ir.builder.build_int_truncate(new_len, ir.i32, "").expect(POSITIONED))
    }

    /// `a.push(v)` of a packed array: a store and a length update while the
    /// buffer has room (the runtime keeps its capacity below 2^31), else the
    /// runtime, which grows it. The new length, as an int32.
    pub(crate) fn packed_push(&mut self, packing: Packed, a: IntValue<'ctx>, v: Val<'ctx>, pos: Pos) -> Val<'ctx> {
        let element = self.packed_element(packing, v);
        let elements = self.packed_elements(a);
        let fast = self.new_block("packed_push_fast");
        let slow = self.new_block("packed_push_slow");
        let done = self.new_block("packed_push_end");
        let len = self.load_word(elements, tag::VEC_LEN_OFFSET);
        let cap = self.load_word(elements, tag::VEC_CAP_OFFSET);
        let ir = &self.pg().ir;
        let room = ir.icmp(IntPredicate::ULT, len, cap);
        ir.cond_br(room, fast, slow);
        ir.builder.position_at_end(fast);
        let slot = self.packed_slot(packing, elements, len);
        let ir = &self.pg().ir;
        ir.store_heap(slot, element, Heap::Value);
        let new_len = ir.builder.build_int_add(len, ir.const_u64(1), "").expect(POSITIONED);
        ir.store_heap(ir.byte_offset(elements, tag::VEC_LEN_OFFSET), new_len, Heap::Header);
        let fast_length = ir.builder.build_int_truncate(new_len, ir.i32, "").expect(POSITIONED);
        ir.br(done);
        ir.builder.position_at_end(slow);
        let arg = self.packed_element_arg(packing, element);
        self.set_pos(pos);
        let r = self.call_runtime(Rt::PackedArrayPush, &[a.into(), arg.into()]);
        // Reading the grown vector here makes it known on every path out of
        // the push, so in a loop of pushes LLVM keeps it in registers
        // instead of reloading it from memory each time round.
        self.load_word(elements, tag::VEC_LEN_OFFSET);
        self.load_word(elements, tag::VEC_CAP_OFFSET);
        self.load_ptr(elements, tag::VEC_PTR_OFFSET);
        let ir = &self.pg().ir;
        let slow_length = ir.builder.build_int_truncate(r, ir.i32, "").expect(POSITIONED);
        let slow_end = ir.current_block();
        ir.br(done);
        ir.builder.position_at_end(done);
        self.typed_phi(Rep::I32, &[(fast_length.into(), fast), (slow_length.into(), slow_end)])
    }
}
