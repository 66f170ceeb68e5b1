//! Arrays of booleans kept as one byte per element (`TypeTables::packed_booleans`).
//!
//! Only this code touches their elements: the runtime's array functions see
//! an empty array (see `rt::packed_array`), so the solver packs a class only
//! when every use of its arrays is one compiled here: literals, `length`,
//! int32-indexed reads and writes, and `push`.

use dxl_abi::RuntimeFunction as Rt;
use dxl_abi::value as tag;
use dxl_frontend::hir::{Expr, Pos};
use inkwell::IntPredicate;
use inkwell::values::{IntValue, PointerValue};

use crate::function::FunctionGen;
use crate::ir::Heap;
use crate::typed::{Rep, Val};

const POSITIONED: &str = "builder is positioned in a block";

impl<'a, 'ctx> FunctionGen<'a, 'ctx> {
    /// The byte vector of the packed array `o` (an object pointer as a value).
    fn packed_bytes(&self, o: IntValue<'ctx>) -> PointerValue<'ctx> {
        let (p, _) = self.object_pointer(o);
        self.pg().ir.byte_offset(p, tag::PACKED_BYTES_OFFSET)
    }

    /// The address of byte `index` (an i64) of the vector at `bytes`.
    fn packed_slot(&self, bytes: PointerValue<'ctx>, index: IntValue<'ctx>) -> PointerValue<'ctx> {
        let buffer = self.load_ptr(bytes, tag::VEC_PTR_OFFSET);
        let ir = &self.pg().ir;
        // SAFETY: callers bound `index` by the vector's length (or its capacity, to append).
        unsafe { ir.builder.build_gep(ir.context.i8_type(), buffer, &[index], "").expect(POSITIONED) }
    }

    /// `v`, a boolean, as the byte a packed array stores.
    fn packed_byte(&mut self, v: Val<'ctx>) -> IntValue<'ctx> {
        let b = self.coerce(v, Rep::Bool).into_int_value();
        let ir = &self.pg().ir;
        ir.builder.build_int_z_extend(b, ir.context.i8_type(), "").expect(POSITIONED)
    }

    fn byte_as_bool(&self, byte: IntValue<'ctx>) -> Val<'ctx> {
        let ir = &self.pg().ir;
        Val::Bool(ir.icmp(IntPredicate::NE, byte, ir.context.i8_type().const_zero()))
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

    /// An array literal of a packed class: every item is a boolean.
    pub(crate) fn packed_literal(&mut self, items: &[Option<Expr>]) -> IntValue<'ctx> {
        let values: Vec<Val<'ctx>> = items.iter().flatten().map(|e| self.val(e)).collect();
        debug_assert_eq!(values.len(), items.len(), "packed classes have no holes");
        let n = self.pg().ir.const_u32(values.len() as u32);
        let a = self.call_runtime(Rt::PackedArrayNew, &[n.into()]);
        if values.is_empty() {
            return a;
        }
        let bytes = self.packed_bytes(a);
        for (i, v) in values.into_iter().enumerate() {
            let byte = self.packed_byte(v);
            let slot = self.packed_slot(bytes, self.pg().ir.const_u64(i as u64));
            self.pg().ir.store_heap(slot, byte, Heap::Value);
        }
        let ir = &self.pg().ir;
        ir.store_heap(ir.byte_offset(bytes, tag::VEC_LEN_OFFSET), ir.const_u64(items.len() as u64), Heap::Header);
        a
    }

    /// `a.length` of a packed array, as an int32 (push keeps it below 2^31).
    pub(crate) fn packed_length(&mut self, o: IntValue<'ctx>, nullish: bool, pos: Pos) -> IntValue<'ctx> {
        if nullish {
            let (_, is_object) = self.object_pointer(o);
            self.throw_unless_object(o, is_object, "length", pos);
        }
        let bytes = self.packed_bytes(o);
        let len = self.load_word(bytes, tag::VEC_LEN_OFFSET);
        let ir = &self.pg().ir;
        ir.builder.build_int_truncate(len, ir.i32, "").expect(POSITIONED)
    }

    /// `a[i]` of a packed array with an index from [`Self::packed_index`]: a boolean when the
    /// solver proved `i` below the length, else the element or undefined.
    pub(crate) fn packed_read(
        &mut self,
        o: IntValue<'ctx>,
        index: IntValue<'ctx>,
        (nullish, in_bounds): (bool, bool),
        pos: Pos,
    ) -> Val<'ctx> {
        if nullish {
            self.throw_unless_object_keyed(o, Val::I32(index), pos);
        }
        let bytes = self.packed_bytes(o);
        let ir = &self.pg().ir;
        // A negative index is a huge unsigned one: past the end, undefined
        // (no code adds a property named by one, or elements to prototypes).
        let wide = ir.builder.build_int_z_extend(index, ir.i64, "").expect(POSITIONED);
        if in_bounds {
            let slot = self.packed_slot(bytes, wide);
            let ir = &self.pg().ir;
            let byte = ir.load_heap(ir.context.i8_type(), slot, Heap::Value);
            return self.byte_as_bool(byte);
        }
        let inside = self.new_block("packed_inside");
        let done = self.new_block("packed_end");
        let len = self.load_word(bytes, tag::VEC_LEN_OFFSET);
        let ir = &self.pg().ir;
        let start = ir.current_block();
        let is_inside = ir.icmp(IntPredicate::ULT, wide, len);
        ir.cond_br(is_inside, inside, done);
        ir.builder.position_at_end(inside);
        let slot = self.packed_slot(bytes, wide);
        let ir = &self.pg().ir;
        let byte = ir.load_heap(ir.context.i8_type(), slot, Heap::Value);
        let element = self.byte_as_bool(byte);
        let element = self.boxed(element);
        let inside_end = self.pg().ir.current_block();
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(done);
        let undefined = self.v(tag::UNDEFINED);
        Val::Boxed(self.pg().ir.phi(&[(element, inside_end), (undefined, start)]))
    }

    /// `a[i] = v` of a packed array, `i` a non-negative int32 and `v` a
    /// boolean: a store below the length, an append at it (the solver proves
    /// no write lands further out).
    pub(crate) fn packed_write(
        &mut self,
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
        let byte = self.packed_byte(v);
        let bytes = self.packed_bytes(o);
        let ir = &self.pg().ir;
        let wide = ir.builder.build_int_z_extend(index, ir.i64, "").expect(POSITIONED);
        if in_bounds {
            let slot = self.packed_slot(bytes, wide);
            self.pg().ir.store_heap(slot, byte, Heap::Value);
            return;
        }
        let store = self.new_block("packed_store");
        let append = self.new_block("packed_append");
        let done = self.new_block("packed_stored");
        let len = self.load_word(bytes, tag::VEC_LEN_OFFSET);
        let ir = &self.pg().ir;
        let is_inside = ir.icmp(IntPredicate::ULT, wide, len);
        ir.cond_br(is_inside, store, append);
        ir.builder.position_at_end(store);
        let slot = self.packed_slot(bytes, wide);
        self.pg().ir.store_heap(slot, byte, Heap::Value);
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(append);
        let ir = &self.pg().ir;
        let byte32 = ir.builder.build_int_z_extend(byte, ir.i32, "").expect(POSITIONED);
        self.set_pos(pos);
        self.call_runtime(Rt::PackedArrayStore, &[o.into(), index.into(), byte32.into()]);
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(done);
    }

    /// `a.push(v)` in a fill loop that reserved room for it: a store and a
    /// length update, the new length as an int32.
    pub(crate) fn packed_push_reserved(&mut self, a: IntValue<'ctx>, v: Val<'ctx>) -> Val<'ctx> {
        let byte = self.packed_byte(v);
        let bytes = self.packed_bytes(a);
        let len = self.load_word(bytes, tag::VEC_LEN_OFFSET);
        let slot = self.packed_slot(bytes, len);
        let ir = &self.pg().ir;
        ir.store_heap(slot, byte, Heap::Value);
        let new_len = ir.builder.build_int_add(len, ir.const_u64(1), "").expect(POSITIONED);
        ir.store_heap(ir.byte_offset(bytes, tag::VEC_LEN_OFFSET), new_len, Heap::Header);
        Val::I32(ir.builder.build_int_truncate(new_len, ir.i32, "").expect(POSITIONED))
    }

    /// `a.push(v)` of a packed array: a store and a length update while the
    /// buffer has room (the runtime keeps its capacity below 2^31), else the
    /// runtime, which grows it. The new length, as an int32.
    pub(crate) fn packed_push(&mut self, a: IntValue<'ctx>, v: Val<'ctx>, pos: Pos) -> Val<'ctx> {
        let byte = self.packed_byte(v);
        let bytes = self.packed_bytes(a);
        let fast = self.new_block("packed_push_fast");
        let slow = self.new_block("packed_push_slow");
        let done = self.new_block("packed_push_end");
        let len = self.load_word(bytes, tag::VEC_LEN_OFFSET);
        let cap = self.load_word(bytes, tag::VEC_CAP_OFFSET);
        let ir = &self.pg().ir;
        let room = ir.icmp(IntPredicate::ULT, len, cap);
        ir.cond_br(room, fast, slow);
        ir.builder.position_at_end(fast);
        let slot = self.packed_slot(bytes, len);
        let ir = &self.pg().ir;
        ir.store_heap(slot, byte, Heap::Value);
        let new_len = ir.builder.build_int_add(len, ir.const_u64(1), "").expect(POSITIONED);
        ir.store_heap(ir.byte_offset(bytes, tag::VEC_LEN_OFFSET), new_len, Heap::Header);
        let fast_length = ir.builder.build_int_truncate(new_len, ir.i32, "").expect(POSITIONED);
        ir.br(done);
        ir.builder.position_at_end(slow);
        let byte32 = ir.builder.build_int_z_extend(byte, ir.i32, "").expect(POSITIONED);
        self.set_pos(pos);
        let r = self.call_runtime(Rt::PackedArrayPush, &[a.into(), byte32.into()]);
        // Reading the grown vector here makes it known on every path out of
        // the push, so in a loop of pushes LLVM keeps it in registers
        // instead of reloading it from memory each time round.
        self.load_word(bytes, tag::VEC_LEN_OFFSET);
        self.load_word(bytes, tag::VEC_CAP_OFFSET);
        self.load_ptr(bytes, tag::VEC_PTR_OFFSET);
        let ir = &self.pg().ir;
        let slow_length = ir.builder.build_int_truncate(r, ir.i32, "").expect(POSITIONED);
        let slow_end = ir.current_block();
        ir.br(done);
        ir.builder.position_at_end(done);
        self.typed_phi(Rep::I32, &[(fast_length.into(), fast), (slow_length.into(), slow_end)])
    }
}
