//! Property and element access inline, with the runtime call as the slow path.
//!
//! Named properties: a plain object whose shape equals the one this site's
//! inline cache recorded has the property in slot `cache.slot` of its own
//! slot vector, so the access is a few loads and compares. Elements: an
//! array's dense part is a vector of values; an index below its length that
//! is not a hole is a plain data element. Everything else (other receivers,
//! prototype hits, holes, frozen objects, a cold cache) takes the runtime
//! path, which also fills the cache.

use dxl_abi::RuntimeFunction as Rt;
use dxl_abi::value as tag;
use dxl_frontend::hir::Pos;
use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::values::{IntValue, PointerValue};

use dxl_typeinfer::classes::ClassKind;
use dxl_typeinfer::solver::{FamilyAccess, SlotAccess};
use dxl_typeinfer::types::ClassId;
use inkwell::FloatPredicate;

use crate::function::FunctionGen;
use crate::ir::Heap;
use crate::typed::{Rep, Val};

const POSITIONED: &str = "builder is positioned in a block";

/// How a tracked element read delivers its value (see [`FunctionGen::tracked_element`]).
#[derive(Clone, Copy)]
pub(crate) struct ElementRead {
    /// The array class holds raw doubles.
    pub raw: bool,
    /// The reader wants an f64 (undefined as NaN).
    pub as_number: bool,
    /// Past the dense part is always undefined: the index is never negative
    /// and the array never goes sparse (`Class::may_be_sparse`). The read then calls the runtime
    /// only to throw (on undefined or null), on a path that leaves the loop,
    /// so a loop of such reads keeps the array's length and buffer in
    /// registers (matmul's inner loop).
    pub dense_only: bool,
}

/// The NaN every NaN value is stored as (a double, never a tagged value).
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

impl<'a, 'ctx> FunctionGen<'a, 'ctx> {
    /// `(pointer to the object, whether v is an object)`.
    pub(crate) fn object_pointer(&self, v: IntValue<'ctx>) -> (PointerValue<'ctx>, IntValue<'ctx>) {
        let ir = &self.pg().ir;
        let hi = ir.builder.build_right_shift(v, ir.const_u64(48), false, "").expect(POSITIONED);
        let is_object = ir.icmp(IntPredicate::EQ, hi, ir.const_u64(tag::TAG_OBJECT >> 48));
        let address = ir.and(v, ir.const_u64(tag::PAYLOAD_MASK));
        (ir.int_to_ptr(address), is_object)
    }

    fn load_u8(&self, p: PointerValue<'ctx>, offset: u64) -> IntValue<'ctx> {
        let ir = &self.pg().ir;
        ir.load_heap(ir.context.i8_type(), ir.byte_offset(p, offset), Heap::Header)
    }

    pub(crate) fn load_word(&self, p: PointerValue<'ctx>, offset: u64) -> IntValue<'ctx> {
        let ir = &self.pg().ir;
        ir.load_heap(ir.i64, ir.byte_offset(p, offset), Heap::Header)
    }

    pub(crate) fn load_ptr(&self, p: PointerValue<'ctx>, offset: u64) -> PointerValue<'ctx> {
        let ir = &self.pg().ir;
        ir.load_heap_ptr(ir.byte_offset(p, offset))
    }

    fn and_all(&self, conds: &[IntValue<'ctx>]) -> IntValue<'ctx> {
        let b = &self.pg().ir.builder;
        conds[1..].iter().fold(conds[0], |acc, c| b.build_and(acc, *c, "").expect(POSITIONED))
    }

    /// Whether Object.freeze has not run on the object at `p`.
    fn not_frozen(&self, p: PointerValue<'ctx>) -> IntValue<'ctx> {
        let flags = self.load_u8(p, 1);
        let ir = &self.pg().ir;
        let i8t = ir.context.i8_type();
        let frozen = ir.builder.build_and(flags, i8t.const_int(u64::from(tag::FLAG_FROZEN), false), "");
        ir.icmp(IntPredicate::EQ, frozen.expect(POSITIONED), i8t.const_zero())
    }

    /// Address of value `index` (an i64) of the `ValueVec` at `vec`.
    pub(crate) fn vec_slot(&self, vec: PointerValue<'ctx>, index: IntValue<'ctx>) -> PointerValue<'ctx> {
        let ir = &self.pg().ir;
        let buffer = self.load_ptr(vec, tag::VEC_PTR_OFFSET);
        // SAFETY: callers bound `index` by the vector's length (or the cache's slot for this shape).
        unsafe { ir.builder.build_gep(ir.i64, buffer, &[index], "").expect(POSITIONED) }
    }

    /// Whether the receiver is a plain object with the cache's shape, its own slot
    /// holding the property (and, for a write, the object is not frozen).
    fn cache_hit(&mut self, p: PointerValue<'ctx>, cache: PointerValue<'ctx>, for_write: bool) -> IntValue<'ctx> {
        let kind = self.load_u8(p, 0);
        let shape = self.load_word(p, tag::OBJECT_SHAPE_OFFSET);
        let dict = self.load_word(p, tag::OBJECT_DICT_OFFSET);
        let cached_shape = self.load_word(cache, 0);
        let holder = self.load_word(cache, 16);
        let ir = &self.pg().ir;
        let i8t = ir.context.i8_type();
        let mut conds = vec![
            ir.icmp(IntPredicate::EQ, kind, i8t.const_int(u64::from(tag::KIND_OBJECT), false)),
            ir.icmp(IntPredicate::EQ, shape, cached_shape),
            ir.icmp(IntPredicate::EQ, holder, ir.const_u64(0)),
            ir.icmp(IntPredicate::EQ, dict, ir.const_u64(0)),
        ];
        if for_write {
            conds.push(self.not_frozen(p));
        }
        self.and_all(&conds)
    }

    /// Joins the fast and slow results.
    fn join_values(
        &mut self,
        fast: (IntValue<'ctx>, BasicBlock<'ctx>),
        slow: (IntValue<'ctx>, BasicBlock<'ctx>),
    ) -> IntValue<'ctx> {
        let join = self.new_block("access_end");
        let ir = &self.pg().ir;
        ir.builder.position_at_end(fast.1);
        ir.br(join);
        ir.builder.position_at_end(slow.1);
        ir.br(join);
        ir.builder.position_at_end(join);
        ir.phi(&[fast, slow])
    }

    /// `o.name` through the site's cache.
    pub(crate) fn get_named(
        &mut self,
        o: IntValue<'ctx>,
        key: IntValue<'ctx>,
        cache: PointerValue<'ctx>,
        is_length: bool,
        pos: Pos,
    ) -> IntValue<'ctx> {
        let check = self.new_block("get_check");
        let fast = self.new_block("get_fast");
        let slow = self.new_block("get_slow");
        let (p, is_object) = self.object_pointer(o);
        self.pg().ir.cond_br(is_object, check, slow);
        self.pg().ir.builder.position_at_end(check);
        let mut fast_results = Vec::new();
        if is_length {
            // `array.length` below 2^31 is an int32.
            let array_len = self.new_block("array_length");
            let not_array = self.new_block("not_array");
            let kind = self.load_u8(p, 0);
            let ir = &self.pg().ir;
            let is_array =
                ir.icmp(IntPredicate::EQ, kind, ir.context.i8_type().const_int(u64::from(tag::KIND_ARRAY), false));
            ir.cond_br(is_array, array_len, not_array);
            ir.builder.position_at_end(array_len);
            let len = ir.load_heap(ir.i32, ir.byte_offset(p, tag::ARRAY_LENGTH_OFFSET), Heap::Header);
            let small = ir.icmp(IntPredicate::SGE, len, ir.i32.const_zero());
            let boxed = self.boxed(Val::I32(len));
            let got_len = self.new_block("got_length");
            self.pg().ir.cond_br(small, got_len, slow);
            fast_results.push((boxed, got_len));
            self.pg().ir.builder.position_at_end(not_array);
        }
        let hit = self.cache_hit(p, cache, false);
        self.pg().ir.cond_br(hit, fast, slow);
        self.pg().ir.builder.position_at_end(fast);
        let slot = self.load_word(cache, 8);
        let slots = self.pg().ir.byte_offset(p, tag::OBJECT_SLOTS_OFFSET);
        let address = self.vec_slot(slots, slot);
        let value = self.pg().ir.load_heap(self.pg().ir.i64, address, Heap::Value);
        fast_results.push((value, fast));
        self.pg().ir.builder.position_at_end(slow);
        self.set_pos(pos);
        let r = self.call_runtime(Rt::GetPropCached, &[o.into(), key.into(), cache.into()]);
        let slow_end = self.pg().ir.current_block();
        let join = self.new_block("get_end");
        let ir = &self.pg().ir;
        for (_, bb) in &fast_results {
            ir.builder.position_at_end(*bb);
            ir.br(join);
        }
        ir.builder.position_at_end(slow_end);
        ir.br(join);
        ir.builder.position_at_end(join);
        let mut incoming = fast_results;
        incoming.push((r, slow_end));
        ir.phi(&incoming)
    }

    /// `o.name` where the solver proved `o`'s layout: a load from slot
    /// `access.slot`, with no lookup; a raw-double field is an f64 as stored.
    /// A value that may be undefined or null instead takes the runtime path
    /// there (which throws Node's TypeError).
    pub(crate) fn get_slot(&mut self, o: IntValue<'ctx>, name: &str, access: SlotAccess, pos: Pos) -> Val<'ctx> {
        let (p, is_object) = self.object_pointer(o);
        if access.nullish {
            self.throw_unless_object(o, is_object, name, pos);
        }
        let value = self.load_slot(p, access.slot);
        if self.types().raw_double_field(access.class, access.slot) {
            let f64t = self.pg().ir.context.f64_type();
            let x = self.pg().ir.builder.build_bit_cast(value, f64t, "").expect(POSITIONED);
            return Val::F64(x.into_float_value());
        }
        Val::Boxed(value)
    }

    /// Continues only when `o` (an object of a proven class, or undefined or
    /// null) is the object: reading `name` of undefined or null goes to the
    /// runtime, which always throws Node's TypeError.
    pub(crate) fn throw_unless_object(&mut self, o: IntValue<'ctx>, is_object: IntValue<'ctx>, name: &str, pos: Pos) {
        self.throw_unless_object_reading(o, is_object, |this| this.string(name), pos);
    }

    /// [`Self::throw_unless_object`] for a key `key` makes on the throwing path only.
    fn throw_unless_object_reading(
        &mut self,
        o: IntValue<'ctx>,
        is_object: IntValue<'ctx>,
        key: impl FnOnce(&mut Self) -> IntValue<'ctx>,
        pos: Pos,
    ) {
        self.throw_unless_object_by(is_object, |this| {
            let k = key(this);
            this.set_pos(pos);
            this.call_runtime(Rt::GetProp, &[o.into(), k.into()])
        });
    }

    /// Continues only when `o` is the object: `o[key]` of undefined or null
    /// goes to the runtime, which always throws Node's TypeError.
    pub(crate) fn throw_unless_object_keyed(&mut self, o: IntValue<'ctx>, key: Val<'ctx>, pos: Pos) {
        let (_, is_object) = self.object_pointer(o);
        self.throw_unless_object_reading(o, is_object, |this| this.boxed(key), pos);
    }

    /// Continues only when `o` is the object: `o[key] = v` of undefined or
    /// null goes to the runtime, which always throws Node's TypeError
    /// ("Cannot set properties of undefined").
    pub(crate) fn throw_unless_object_on_set(
        &mut self,
        o: IntValue<'ctx>,
        key: Val<'ctx>,
        v: IntValue<'ctx>,
        pos: Pos,
    ) {
        let (_, is_object) = self.object_pointer(o);
        self.throw_unless_object_by(is_object, |this| {
            let k = this.boxed(key);
            this.set_pos(pos);
            this.call_runtime(Rt::SetProp, &[o.into(), k.into(), v.into()])
        });
    }

    /// Continues where `is_object`; elsewhere `throw` calls the runtime, which throws.
    fn throw_unless_object_by(&mut self, is_object: IntValue<'ctx>, throw: impl FnOnce(&mut Self) -> IntValue<'ctx>) {
        let fast = self.new_block("receiver_object");
        let slow = self.new_block("receiver_nullish");
        self.pg().ir.cond_br(is_object, fast, slow);
        self.pg().ir.builder.position_at_end(slow);
        let r = throw(self);
        self.check_exception(r);
        self.pg().ir.builder.build_unreachable().expect(POSITIONED);
        self.pg().ir.builder.position_at_end(fast);
    }

    /// `o.name = v` where the solver proved `o`'s layout: a store to slot `access.slot`.
    pub(crate) fn set_slot(&mut self, o: IntValue<'ctx>, name: &str, v: Val<'ctx>, access: SlotAccess, pos: Pos) {
        let stored = self.field_value(v, access.class, access.slot);
        let (p, is_object) = self.object_pointer(o);
        if !access.nullish {
            self.store_slot(p, access.slot, stored);
            return;
        }
        // The slot's address is only computed once `o` is known to be an object.
        let address = move |this: &mut Self| this.slot_address(p, access.slot);
        self.store_or_set_prop(is_object, address, (o, |this| this.string(name), stored), pos);
    }

    /// Stores `v` at `address` when `ok` holds; otherwise `o[key] = v`
    /// through the runtime. The address and the key are computed on their
    /// own paths only.
    fn store_or_set_prop(
        &mut self,
        ok: IntValue<'ctx>,
        address: impl FnOnce(&mut Self) -> PointerValue<'ctx>,
        (o, key, v): (IntValue<'ctx>, impl FnOnce(&mut Self) -> IntValue<'ctx>, IntValue<'ctx>),
        pos: Pos,
    ) {
        let fast = self.new_block("store");
        let slow = self.new_block("store_slow");
        let done = self.new_block("store_end");
        self.pg().ir.cond_br(ok, fast, slow);
        self.pg().ir.builder.position_at_end(fast);
        let address = address(self);
        self.pg().ir.store_heap(address, v, Heap::Value);
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(slow);
        let k = key(self);
        self.set_pos(pos);
        self.call_runtime(Rt::SetProp, &[o.into(), k.into(), v.into()]);
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(done);
    }

    /// `o.name` where `name` is no field of every class of `o`'s family
    /// (see [`FamilyAccess`]): an object whose shape is the layout of a
    /// class with the field has it in that class's slot, and one whose shape
    /// is the layout of a class whose prototype holds a method created once
    /// reads that method's closure. Any other value takes the site's cache
    /// and the runtime (a plain property, another method, undefined, or the
    /// TypeError of undefined or null).
    pub(crate) fn get_family(
        &mut self,
        o: IntValue<'ctx>,
        name: &str,
        access: &FamilyAccess,
        pos: Pos,
    ) -> IntValue<'ctx> {
        let slow = self.new_block("family_get_slow");
        let done = self.new_block("family_get_end");
        let mut incoming = Vec::new();
        let methods: Vec<(ClassId, u32)> = access
            .methods
            .iter()
            .filter(|&&(_, f)| self.types().created_once[f])
            .map(|&(d, f)| (d, f as u32))
            .collect();
        let shape = self.family_dispatch(o, access.nullish, &access.slots, slow, |this, p, slot| {
            let v = this.load_slot(p, slot);
            incoming.push((v, this.pg().ir.current_block()));
            this.pg().ir.br(done);
        });
        self.shape_dispatch(shape, &methods, |this, f| {
            let v = this.closure_of(f as usize);
            incoming.push((v, this.pg().ir.current_block()));
            this.pg().ir.br(done);
        });
        self.pg().ir.br(slow);
        self.pg().ir.builder.position_at_end(slow);
        let key = self.string(name);
        let cache = self.pg_mut().property_cache();
        let v = self.get_named(o, key, cache, false, pos);
        incoming.push((v, self.pg().ir.current_block()));
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(done);
        self.pg().ir.phi(&incoming)
    }

    /// `o.name = v` for a field only some classes of `o`'s family have (see [`Self::get_family`]).
    pub(crate) fn set_family(
        &mut self,
        o: IntValue<'ctx>,
        name: &str,
        v: IntValue<'ctx>,
        access: &FamilyAccess,
        pos: Pos,
    ) {
        let slow = self.new_block("family_set_slow");
        let done = self.new_block("family_set_end");
        self.family_dispatch(o, access.nullish, &access.slots, slow, |this, p, slot| {
            this.store_slot(p, slot, v);
            this.pg().ir.br(done);
        });
        self.pg().ir.br(slow);
        self.pg().ir.builder.position_at_end(slow);
        let key = self.string(name);
        let cache = self.pg_mut().property_cache();
        self.set_named(o, key, v, cache, pos);
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(done);
    }

    /// Loads `o`'s shape (a value that is no object, with `nullish`, goes
    /// to `miss`) and runs `hit` with the slot of the class in `slots`
    /// whose layout it is (see [`Self::shape_dispatch`]). Returns the shape;
    /// the builder is where no class matched.
    fn family_dispatch(
        &mut self,
        o: IntValue<'ctx>,
        nullish: bool,
        slots: &[(ClassId, u32)],
        miss: BasicBlock<'ctx>,
        mut hit: impl FnMut(&mut Self, PointerValue<'ctx>, u32),
    ) -> IntValue<'ctx> {
        let (p, is_object) = self.object_pointer(o);
        if nullish {
            let check = self.new_block("family_check");
            self.pg().ir.cond_br(is_object, check, miss);
            self.pg().ir.builder.position_at_end(check);
        }
        let shape = self.load_word(p, tag::OBJECT_SHAPE_OFFSET);
        self.shape_dispatch(shape, slots, |this, slot| hit(this, p, slot));
        shape
    }

    /// Compares `shape` with the layouts of the classes of `cases`, grouped
    /// by their value, and runs `hit` with the value of the one that matches
    /// (it must end its block). The builder is left where none matched.
    pub(crate) fn shape_dispatch(
        &mut self,
        shape: IntValue<'ctx>,
        cases: &[(ClassId, u32)],
        mut hit: impl FnMut(&mut Self, u32),
    ) {
        let mut values: Vec<u32> = cases.iter().map(|&(_, v)| v).collect();
        values.sort_unstable();
        values.dedup();
        for value in values {
            let mut matches = None;
            for &(class, _) in cases.iter().filter(|&&(_, v)| v == value) {
                let layout = self.known_layout(class);
                let ir = &self.pg().ir;
                let layout = ir.builder.build_ptr_to_int(layout, ir.i64, "").expect(POSITIONED);
                let is = ir.icmp(IntPredicate::EQ, shape, layout);
                matches = Some(match matches {
                    Some(m) => ir.builder.build_or(m, is, "").expect(POSITIONED),
                    None => is,
                });
            }
            let found = self.new_block("shape_case");
            let next = self.new_block("shape_next");
            self.pg().ir.cond_br(matches.expect("every value has a class"), found, next);
            self.pg().ir.builder.position_at_end(found);
            hit(self, value);
            self.pg().ir.builder.position_at_end(next);
        }
    }

    /// The runtime shape of class `class`'s objects, for comparing an
    /// object's shape with. A constructor's class needs no building: until
    /// its first `new` builds the layout (see `TypeTables::layout`), the
    /// global is null and no object's shape equals it. A literal's class
    /// has its layout built here on first use.
    fn known_layout(&mut self, class: ClassId) -> PointerValue<'ctx> {
        if self.types().classes[class as usize].kind != ClassKind::Literal {
            let global = self.pg_mut().layout_global(class);
            let ir = &self.pg().ir;
            return ir.builder.build_load(ir.ptr, global, "").expect(POSITIONED).into_pointer_value();
        }
        self.class_shape(class)
    }

    /// `v` as field `slot` of class `class` stores it: the f64 bits for a
    /// raw-double field (see `TypeTables::raw_double_field`), else NaN-boxed.
    /// The bits are stored as computed, without making a NaN canonical: every
    /// f64 the program computes is a NaN only with an empty payload (LLVM's
    /// operations and libm give the preferred NaN or an input's, and every
    /// input is canonical), so even a negative NaN lies below the tags, and
    /// only `get_slot` reads these slots (boxing a read canonicalizes).
    pub(crate) fn field_value(&mut self, v: Val<'ctx>, class: ClassId, slot: u32) -> IntValue<'ctx> {
        if !self.types().raw_double_field(class, slot) {
            return self.boxed(v);
        }
        let x = self.as_f64(v);
        let ir = &self.pg().ir;
        ir.builder.build_bit_cast(x, ir.i64, "").expect(POSITIONED).into_int_value()
    }

    /// The address of element `index` (an int32) of the array `o`, for an
    /// access the solver proved hits an element (`TypeTables::in_bounds`):
    /// no kind, bounds or hole check.
    pub(crate) fn element_address(&mut self, o: IntValue<'ctx>, index: IntValue<'ctx>) -> PointerValue<'ctx> {
        let (p, _) = self.object_pointer(o);
        let elements = self.pg().ir.byte_offset(p, tag::ARRAY_ELEMENTS_OFFSET);
        let ir = &self.pg().ir;
        let wide = ir.builder.build_int_z_extend(index, ir.i64, "").expect(POSITIONED);
        self.vec_slot(elements, wide)
    }

    /// `a.length` of an array the solver tracks, as an int32. A value that may
    /// be undefined or null instead takes the runtime path (which throws).
    pub(crate) fn tracked_array_length(&mut self, o: IntValue<'ctx>, nullish: bool, pos: Pos) -> IntValue<'ctx> {
        let (p, is_object) = self.object_pointer(o);
        if nullish {
            self.throw_unless_object(o, is_object, "length", pos);
        }
        let ir = &self.pg().ir;
        let len = ir.load_heap(ir.i32, ir.byte_offset(p, tag::ARRAY_LENGTH_OFFSET), Heap::Header);
        let too_long = ir.icmp(IntPredicate::SLT, len, ir.i32.const_zero());
        let error = self.new_block("length_range");
        let ok = self.new_block("length_ok");
        self.pg().ir.cond_br_unlikely(too_long, error, ok);
        self.pg().ir.builder.position_at_end(error);
        self.set_pos(pos);
        self.pg().ir.call(self.pg().runtime(Rt::ArrayLengthRange), &[]);
        let handler = self.throw_target(self.scope_depth());
        self.pg().ir.br(handler);
        self.pg().ir.builder.position_at_end(ok);
        len
    }

    /// `a[i]` with an int32 index of an array whose class never escapes: no
    /// kind check (it is an array), and a hole or an index past the dense part
    /// reads undefined inline (no prototype has elements, see
    /// `classes::prototypes_untouched`). Negative indices (named properties)
    /// and sparse arrays take the runtime path.
    ///
    /// With `read.raw` the array holds raw doubles (see
    /// `TypeTables::raw_double_elements`); with `read.as_number` as well, the
    /// value is an f64 (a hole or undefined reads NaN), else a canonical value.
    pub(crate) fn tracked_element(
        &mut self,
        o: IntValue<'ctx>,
        key: Val<'ctx>,
        nullish: bool,
        read: ElementRead,
        pos: Pos,
    ) -> Val<'ctx> {
        // A key that is no index (undefined, 1.5, NaN) reads as -1 would: a
        // named property, which only the runtime path has.
        let index = match key {
            Val::I32(i) => i,
            _ => {
                let (wide, is_index) = self.element_index(key).expect("number keys have an index");
                let ir = &self.pg().ir;
                let low = ir.builder.build_int_truncate(wide, ir.i32, "").expect(POSITIONED);
                ir.select(is_index, low, ir.i32.const_all_ones())
            }
        };
        let (mut p, is_object) = self.object_pointer(o);
        if nullish && read.dense_only {
            // Undefined or null throws on a path that leaves any loop, so
            // the loop keeps no runtime call.
            self.throw_unless_object_reading(o, is_object, |this| this.boxed(key), pos);
        } else if nullish {
            // Undefined or null reads through an empty array in dictionary
            // mode, so it takes the runtime path below, which throws; the
            // select does not branch, and stays out of loops.
            let empty = self.pg_mut().nullish_array();
            let ir = &self.pg().ir;
            p = ir.builder.build_select(is_object, p, empty, "").expect(POSITIONED).into_pointer_value();
        }
        let raw_f64 = read.raw && read.as_number;
        let rep = if raw_f64 { Rep::F64 } else { Rep::Boxed };
        let in_dense = self.new_block("elem_dense");
        let outside = self.new_block("elem_outside");
        let missing = self.new_block("elem_missing");
        let done = self.new_block("elem_end");
        let elements = self.pg().ir.byte_offset(p, tag::ARRAY_ELEMENTS_OFFSET);
        let len = self.load_word(elements, tag::VEC_LEN_OFFSET);
        let ir = &self.pg().ir;
        let wide = ir.builder.build_int_z_extend(index, ir.i64, "").expect(POSITIONED);
        let inside = ir.icmp(IntPredicate::ULT, wide, len);
        ir.cond_br(inside, in_dense, outside);
        ir.builder.position_at_end(in_dense);
        let address = self.vec_slot(elements, wide);
        let ir = &self.pg().ir;
        let loaded = ir.load_heap(ir.i64, address, Heap::Value);
        let dense_value = if raw_f64 {
            Val::F64(self.raw_bits_as_f64(loaded))
        } else if read.raw {
            Val::Boxed(self.canonical_element(loaded))
        } else {
            let ir = &self.pg().ir;
            let hole = ir.icmp(IntPredicate::EQ, loaded, ir.const_u64(tag::HOLE));
            Val::Boxed(ir.select(hole, ir.const_u64(tag::UNDEFINED), loaded))
        };
        let mut incoming = vec![(self.coerce(dense_value, rep), self.pg().ir.current_block())];
        self.pg().ir.br(done);
        // Past the dense part: undefined, unless the index names a property
        // (negative) or the array keeps its elements in a dictionary (sparse).
        self.pg().ir.builder.position_at_end(outside);
        if read.dense_only {
            self.pg().ir.br(missing);
        } else {
            let slow = self.new_block("elem_slow");
            self.branch_if_named_or_sparse(p, index, slow, missing);
            self.pg().ir.builder.position_at_end(slow);
            let key = self.boxed(key);
            self.set_pos(pos);
            let r = self.call_runtime(Rt::GetProp, &[o.into(), key.into()]);
            let slow_value = if raw_f64 {
                Val::F64(self.as_f64(Val::Boxed(r)))
            } else if read.raw {
                Val::Boxed(self.canonical_element(r))
            } else {
                Val::Boxed(r)
            };
            incoming.push((self.coerce(slow_value, rep), self.pg().ir.current_block()));
            self.pg().ir.br(done);
        }
        self.pg().ir.builder.position_at_end(missing);
        let missing_value = match raw_f64 {
            true => Val::F64(self.const_f64(f64::NAN)),
            false => Val::Boxed(self.v(tag::UNDEFINED)),
        };
        incoming.push((self.coerce(missing_value, rep), missing));
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(done);
        self.typed_phi(rep, &incoming)
    }

    /// Past an array's dense part: to `slow` when the index names a property
    /// (negative) or the array keeps its elements in a dictionary (sparse),
    /// else to `missing`.
    fn branch_if_named_or_sparse(
        &mut self,
        p: PointerValue<'ctx>,
        index: IntValue<'ctx>,
        slow: BasicBlock<'ctx>,
        missing: BasicBlock<'ctx>,
    ) {
        let dict = self.load_word(p, tag::OBJECT_DICT_OFFSET);
        let ir = &self.pg().ir;
        let negative = ir.icmp(IntPredicate::SLT, index, ir.i32.const_zero());
        let sparse = ir.icmp(IntPredicate::NE, dict, ir.const_u64(0));
        let either = ir.builder.build_or(negative, sparse, "").expect(POSITIONED);
        ir.cond_br_unlikely(either, slow, missing);
    }

    /// `s.charCodeAt(i)` of a string `s`: the code unit of a flat string (or
    /// of a rope already flattened) read inline, NaN past the end; a rope not
    /// flattened yet goes to the runtime, which flattens it.
    pub(crate) fn char_code_at(
        &mut self,
        s: IntValue<'ctx>,
        index: IntValue<'ctx>,
    ) -> inkwell::values::FloatValue<'ctx> {
        let start = self.pg().ir.current_block();
        let rope = self.new_block("string_rope");
        let flat = self.new_block("string_flat");
        let read = self.new_block("string_read");
        let one_byte = self.new_block("string_one_byte");
        let two_byte = self.new_block("string_two_byte");
        let slow = self.new_block("string_slow");
        let done = self.new_block("char_code_end");
        let ir = &self.pg().ir;
        let i8t = ir.context.i8_type();
        let f64t = ir.context.f64_type();
        let p = ir.int_to_ptr(ir.and(s, ir.const_u64(tag::PAYLOAD_MASK)));
        let flags = self.load_u8(p, 1);
        let ir = &self.pg().ir;
        let rope_bit = ir.builder.build_and(flags, i8t.const_int(u64::from(tag::STRING_FLAG_ROPE), false), "");
        let is_rope = ir.icmp(IntPredicate::NE, rope_bit.expect(POSITIONED), i8t.const_zero());
        ir.cond_br(is_rope, rope, flat);
        // A flattened rope keeps its flat copy on the left.
        ir.builder.position_at_end(rope);
        let right = self.load_ptr(p, tag::ROPE_RIGHT_OFFSET);
        let left = self.load_ptr(p, tag::ROPE_LEFT_OFFSET);
        let ir = &self.pg().ir;
        let flattened = ir.builder.build_is_null(right, "").expect(POSITIONED);
        ir.cond_br(flattened, flat, slow);
        ir.builder.position_at_end(flat);
        let units = ir.builder.build_phi(ir.ptr, "").expect(POSITIONED);
        units.add_incoming(&[(&p, start), (&left, rope)]);
        let units = units.as_basic_value().into_pointer_value();
        let ir = &self.pg().ir;
        let len = ir.load(ir.i32, ir.byte_offset(units, tag::STRING_LENGTH_OFFSET));
        let inside = ir.icmp(IntPredicate::ULT, index, len);
        ir.cond_br(inside, read, done);
        ir.builder.position_at_end(read);
        let flags = self.load_u8(units, 1);
        let ir = &self.pg().ir;
        let two_bit = ir.builder.build_and(flags, i8t.const_int(u64::from(tag::STRING_FLAG_TWO_BYTE), false), "");
        let is_two = ir.icmp(IntPredicate::NE, two_bit.expect(POSITIONED), i8t.const_zero());
        let data = ir.byte_offset(units, tag::STRING_DATA_OFFSET);
        let wide = ir.builder.build_int_z_extend(index, ir.i64, "").expect(POSITIONED);
        ir.cond_br(is_two, two_byte, one_byte);
        let unit_at = |block, width: inkwell::types::IntType<'ctx>| {
            ir.builder.position_at_end(block);
            // SAFETY: `index` is below the string's length, in units of `width`.
            let at = unsafe { ir.builder.build_in_bounds_gep(width, data, &[wide], "").expect(POSITIONED) };
            let unit = ir.load(width, at);
            let x = ir.builder.build_unsigned_int_to_float(unit, f64t, "").expect(POSITIONED);
            ir.br(done);
            x
        };
        let from_one = unit_at(one_byte, i8t);
        let from_two = unit_at(two_byte, ir.context.i16_type());
        ir.builder.position_at_end(slow);
        let f = self.pg().runtime(Rt::StringCharCode);
        let from_runtime = self.pg().ir.call(f, &[s.into(), index.into()]).expect("returns f64").into_float_value();
        let slow_end = self.pg().ir.current_block();
        let ir = &self.pg().ir;
        ir.br(done);
        ir.builder.position_at_end(done);
        let phi = ir.builder.build_phi(f64t, "").expect(POSITIONED);
        let nan = f64t.const_float(f64::NAN);
        phi.add_incoming(&[(&nan, flat), (&from_one, one_byte), (&from_two, two_byte), (&from_runtime, slow_end)]);
        phi.as_basic_value().into_float_value()
    }

    /// The f64 whose bits a raw-double array holds (a hole's and undefined's bits read as NaN).
    pub(crate) fn raw_bits_as_f64(&self, bits: IntValue<'ctx>) -> inkwell::values::FloatValue<'ctx> {
        let ir = &self.pg().ir;
        ir.builder.build_bit_cast(bits, ir.context.f64_type(), "").expect(POSITIONED).into_float_value()
    }

    /// A value read from a raw-double array as generic code expects it: an
    /// integral double int32-tagged again, a hole undefined.
    pub(crate) fn canonical_element(&mut self, bits: IntValue<'ctx>) -> IntValue<'ctx> {
        let x = self.raw_bits_as_f64(bits);
        let number = self.boxed(Val::F64(x));
        let ir = &self.pg().ir;
        let is_double = ir.icmp(IntPredicate::ULT, bits, ir.const_u64(tag::TAG_INT32));
        let hole = ir.icmp(IntPredicate::EQ, bits, ir.const_u64(tag::HOLE));
        let other = ir.select(hole, ir.const_u64(tag::UNDEFINED), bits);
        ir.select(is_double, number, other)
    }

    /// The value of a present element (not a hole) of an array of class `c`
    /// from the bits the array holds: an f64 when the class holds raw doubles
    /// and never undefined, an i32 for int32 arrays (see
    /// `TypeTables::int32_elements`), else the value as generic code sees it.
    pub(crate) fn element_from_bits(&mut self, c: ClassId, bits: IntValue<'ctx>) -> Val<'ctx> {
        debug_assert!(self.types.packed(c).is_none(), "packed arrays hold their own elements");
        let raw = self.types.raw_double_elements(c);
        if raw && self.types.classes[c as usize].holey.is_none() {
            Val::F64(self.raw_bits_as_f64(bits))
        } else if raw {
            Val::Boxed(self.canonical_element(bits))
        } else if self.types.int32_elements(c) {
            let ir = &self.pg().ir;
            Val::I32(ir.builder.build_int_truncate(bits, ir.i32, "").expect(POSITIONED))
        } else {
            Val::Boxed(bits)
        }
    }

    /// `v` as a raw-double array stores it: a number as its f64 bits (NaN
    /// made canonical), anything else (undefined) as it is.
    pub(crate) fn raw_element_value(&mut self, v: Val<'ctx>) -> IntValue<'ctx> {
        let x = match v {
            Val::Boxed(b) => {
                // Int32-tagged numbers become doubles; doubles and undefined stay.
                let is_int = self.is_int_tagged(b);
                let x = self.as_f64(v);
                let ir = &self.pg().ir;
                let bits = ir.builder.build_bit_cast(x, ir.i64, "").expect(POSITIONED).into_int_value();
                return ir.select(is_int, bits, b);
            }
            Val::Bool(_) => return self.boxed(v),
            _ => self.as_f64(v),
        };
        let ir = &self.pg().ir;
        let bits = ir.builder.build_bit_cast(x, ir.i64, "").expect(POSITIONED).into_int_value();
        let nan = ir.builder.build_float_compare(FloatPredicate::UNO, x, x, "").expect(POSITIONED);
        ir.select(nan, ir.const_u64(CANONICAL_NAN), bits)
    }

    /// `a.push(v)` of a tracked array (the built-in push, see
    /// `classes::prototypes_untouched`): when the dense part is the whole
    /// array and has room, a store and two length updates; else the runtime.
    /// The new length is an int32 (past 2^31 - 1 it throws, as `a.length` does).
    pub(crate) fn tracked_push(&mut self, a: IntValue<'ctx>, v: IntValue<'ctx>, pos: Pos) -> Val<'ctx> {
        let (p, _) = self.object_pointer(a);
        let fast = self.new_block("push_fast");
        let slow = self.new_block("push_slow");
        let done = self.new_block("push_end");
        let elements = self.pg().ir.byte_offset(p, tag::ARRAY_ELEMENTS_OFFSET);
        let len = self.load_word(elements, tag::VEC_LEN_OFFSET);
        let cap = self.load_word(elements, tag::VEC_CAP_OFFSET);
        let dict = self.load_word(p, tag::OBJECT_DICT_OFFSET);
        let ir = &self.pg().ir;
        // Elements kept in the array's own cell mark their capacity borrowed.
        let cap = ir.and(cap, ir.const_u64(!tag::VEC_BORROWED));
        let length_at = ir.byte_offset(p, tag::ARRAY_LENGTH_OFFSET);
        let length = ir.load_heap(ir.i32, length_at, Heap::Header);
        let length_wide = ir.builder.build_int_z_extend(length, ir.i64, "").expect(POSITIONED);
        let conds = [
            ir.icmp(IntPredicate::EQ, length_wide, len),
            ir.icmp(IntPredicate::ULT, len, cap),
            ir.icmp(IntPredicate::EQ, dict, ir.const_u64(0)),
            // Stay below 2^31 - 1, where the length is still an int32.
            ir.icmp(IntPredicate::SLT, length, ir.i32.const_int(i32::MAX as u64, false)),
        ];
        let ok = self.and_all(&conds);
        self.pg().ir.cond_br(ok, fast, slow);
        self.pg().ir.builder.position_at_end(fast);
        let address = self.vec_slot(elements, len);
        let ir = &self.pg().ir;
        ir.store_heap(address, v, Heap::Value);
        let one = ir.const_u64(1);
        let new_len = ir.builder.build_int_add(len, one, "").expect(POSITIONED);
        ir.store_heap(ir.byte_offset(elements, tag::VEC_LEN_OFFSET), new_len, Heap::Header);
        let new_length = ir.builder.build_int_add(length, ir.i32.const_int(1, false), "").expect(POSITIONED);
        ir.store_heap(length_at, new_length, Heap::Header);
        ir.br(done);
        ir.builder.position_at_end(slow);
        self.set_pos(pos);
        let r = self.call_runtime(Rt::ArrayPush, &[a.into(), v.into()]);
        // The runtime's length: an int32 unless it passed 2^31 - 1.
        let is_int = self.is_int_tagged(r);
        let too_long = self.new_block("push_range");
        let slow_ok = self.new_block("push_slow_ok");
        self.pg().ir.cond_br(is_int, slow_ok, too_long);
        self.pg().ir.builder.position_at_end(too_long);
        self.pg().ir.call(self.pg().runtime(Rt::ArrayLengthRange), &[]);
        let handler = self.throw_target(self.scope_depth());
        self.pg().ir.br(handler);
        self.pg().ir.builder.position_at_end(slow_ok);
        let ir = &self.pg().ir;
        let slow_length = ir.builder.build_int_truncate(r, ir.i32, "").expect(POSITIONED);
        ir.br(done);
        ir.builder.position_at_end(done);
        let phi = ir.builder.build_phi(ir.i32, "").expect(POSITIONED);
        phi.add_incoming(&[(&new_length, fast), (&slow_length, slow_ok)]);
        Val::I32(phi.as_basic_value().into_int_value())
    }

    fn slot_address(&self, p: PointerValue<'ctx>, slot: u32) -> PointerValue<'ctx> {
        let slots = self.pg().ir.byte_offset(p, tag::OBJECT_SLOTS_OFFSET);
        let index = self.pg().ir.i64.const_int(u64::from(slot), false);
        self.vec_slot(slots, index)
    }

    fn load_slot(&self, p: PointerValue<'ctx>, slot: u32) -> IntValue<'ctx> {
        let address = self.slot_address(p, slot);
        self.pg().ir.load_heap(self.pg().ir.i64, address, Heap::Value)
    }

    fn store_slot(&self, p: PointerValue<'ctx>, slot: u32, v: IntValue<'ctx>) {
        let address = self.slot_address(p, slot);
        self.pg().ir.store_heap(address, v, Heap::Value);
    }

    /// `o.name = v` through the site's cache.
    pub(crate) fn set_named(
        &mut self,
        o: IntValue<'ctx>,
        key: IntValue<'ctx>,
        v: IntValue<'ctx>,
        cache: PointerValue<'ctx>,
        pos: Pos,
    ) {
        let check = self.new_block("set_check");
        let fast = self.new_block("set_fast");
        let slow = self.new_block("set_slow");
        let done = self.new_block("set_end");
        let (p, is_object) = self.object_pointer(o);
        self.pg().ir.cond_br(is_object, check, slow);
        self.pg().ir.builder.position_at_end(check);
        let hit = self.cache_hit(p, cache, true);
        self.pg().ir.cond_br(hit, fast, slow);
        self.pg().ir.builder.position_at_end(fast);
        let slot = self.load_word(cache, 8);
        let slots = self.pg().ir.byte_offset(p, tag::OBJECT_SLOTS_OFFSET);
        let address = self.vec_slot(slots, slot);
        self.pg().ir.store_heap(address, v, Heap::Value);
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(slow);
        self.set_pos(pos);
        self.call_runtime(Rt::SetPropCached, &[o.into(), key.into(), v.into(), cache.into()]);
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(done);
    }

    /// A call through the generic convention. A compiled closure (not a native
    /// builtin) whose `this` needs no conversion (strict or arrow code, or an
    /// object receiver) is called straight through its code pointer; the
    /// runtime handles everything else (and "is not a function").
    pub(crate) fn call_value(
        &mut self,
        f: IntValue<'ctx>,
        this: IntValue<'ctx>,
        argv: PointerValue<'ctx>,
        argc: IntValue<'ctx>,
        desc: IntValue<'ctx>,
        pos: Pos,
    ) -> IntValue<'ctx> {
        let check = self.new_block("call_check");
        let fast = self.new_block("call_direct");
        let slow = self.new_block("call_runtime");
        let (p, is_object) = self.object_pointer(f);
        self.pg().ir.cond_br(is_object, check, slow);
        self.pg().ir.builder.position_at_end(check);
        let kind = self.load_u8(p, 0);
        let ir = &self.pg().ir;
        let flags = ir.load(ir.i32, ir.byte_offset(p, tag::FUNCTION_FLAGS_OFFSET));
        let is_function =
            ir.icmp(IntPredicate::EQ, kind, ir.context.i8_type().const_int(u64::from(tag::KIND_FUNCTION), false));
        let native = ir.builder.build_and(flags, ir.const_u32(tag::FUNCTION_FLAG_NATIVE), "").expect(POSITIONED);
        let compiled = ir.icmp(IntPredicate::EQ, native, ir.const_u32(0));
        use dxl_abi::runtime_functions::closure_flags;
        let keeps_this = ir.builder.build_and(flags, ir.const_u32(closure_flags::ARROW | closure_flags::STRICT), "");
        let keeps_this = ir.icmp(IntPredicate::NE, keeps_this.expect(POSITIONED), ir.const_u32(0));
        let (_, this_is_object) = self.object_pointer(this);
        let ir = &self.pg().ir;
        let this_ok = ir.builder.build_or(keeps_this, this_is_object, "").expect(POSITIONED);
        let ok = self.and_all(&[is_function, compiled, this_ok]);
        self.pg().ir.cond_br(ok, fast, slow);
        self.pg().ir.builder.position_at_end(fast);
        let ir = &self.pg().ir;
        let code = ir.builder.build_load(ir.ptr, ir.byte_offset(p, tag::FUNCTION_CODE_OFFSET), "").expect(POSITIONED);
        let js_fn = ir.i64.fn_type(&[ir.i64.into(), ir.i64.into(), ir.ptr.into(), ir.i32.into()], false);
        let site = self.call_site_word();
        let ir = &self.pg().ir;
        let direct = ir
            .builder
            .build_indirect_call_with_operand_bundles(
                js_fn,
                code.into_pointer_value(),
                &[f.into(), this.into(), argv.into(), argc.into()],
                &[ir.site_bundle(site)],
                "",
            )
            .expect(POSITIONED)
            .try_as_basic_value()
            .basic()
            .expect("returns a value")
            .into_int_value();
        let fast_end = self.pg().ir.current_block();
        self.pg().ir.builder.position_at_end(slow);
        self.set_pos(pos);
        let ir = &self.pg().ir;
        let runtime = ir
            .call(self.pg().runtime(Rt::Call), &[f.into(), this.into(), argv.into(), argc.into(), desc.into()])
            .expect("returns a value")
            .into_int_value();
        let slow_end = ir.current_block();
        let r = self.join_values((direct, fast_end), (runtime, slow_end));
        self.check_exception(r);
        r
    }

    /// An array index from a key value: `(index as i64, whether it is an int32 index)`.
    fn element_index(&mut self, key: Val<'ctx>) -> Option<(IntValue<'ctx>, IntValue<'ctx>)> {
        let ir = &self.pg().ir;
        let b = &ir.builder;
        match key {
            Val::I32(i) => {
                // Negative indices become huge and fail the bounds check.
                let wide = b.build_int_z_extend(i, ir.i64, "").expect(POSITIONED);
                Some((wide, ir.context.bool_type().const_all_ones()))
            }
            Val::F64(x) => {
                let sat = self.intrinsic("llvm.fptosi.sat", &[ir.i32.into(), ir.context.f64_type().into()]);
                let ir = &self.pg().ir;
                let i = ir.call(sat, &[x.into()]).expect("returns i32").into_int_value();
                let back = ir.builder.build_signed_int_to_float(i, ir.context.f64_type(), "").expect(POSITIONED);
                let exact =
                    ir.builder.build_float_compare(inkwell::FloatPredicate::OEQ, back, x, "").expect(POSITIONED);
                let wide = ir.builder.build_int_z_extend(i, ir.i64, "").expect(POSITIONED);
                Some((wide, exact))
            }
            Val::Boxed(v) => {
                let hi = b.build_right_shift(v, ir.const_u64(48), false, "").expect(POSITIONED);
                let is_int = ir.icmp(IntPredicate::EQ, hi, ir.const_u64(tag::TAG_INT32 >> 48));
                let low = b.build_and(v, ir.const_u64(0xFFFF_FFFF), "").expect(POSITIONED);
                Some((low, is_int))
            }
            Val::Bool(_) => None,
        }
    }

    /// Whether `p` is a non-frozen array whose dense part holds `index`, and that element's address.
    fn dense_element(
        &mut self,
        p: PointerValue<'ctx>,
        index: IntValue<'ctx>,
        for_write: bool,
    ) -> (IntValue<'ctx>, PointerValue<'ctx>) {
        let kind = self.load_u8(p, 0);
        let elements = self.pg().ir.byte_offset(p, tag::ARRAY_ELEMENTS_OFFSET);
        let len = self.load_word(elements, tag::VEC_LEN_OFFSET);
        let ir = &self.pg().ir;
        let i8t = ir.context.i8_type();
        let mut conds = vec![
            ir.icmp(IntPredicate::EQ, kind, i8t.const_int(u64::from(tag::KIND_ARRAY), false)),
            ir.icmp(IntPredicate::ULT, index, len),
        ];
        if for_write {
            conds.push(self.not_frozen(p));
        }
        let ok = self.and_all(&conds);
        // The address is only dereferenced on the path where `ok` holds.
        let address = self.vec_slot(elements, index);
        (ok, address)
    }

    /// `o[key]`: dense array elements inline, everything else through the runtime.
    pub(crate) fn get_element(&mut self, o: IntValue<'ctx>, key: Val<'ctx>, pos: Pos) -> IntValue<'ctx> {
        let Some((index, is_index)) = self.element_index(key) else {
            let k = self.boxed(key);
            self.set_pos(pos);
            return self.call_runtime(Rt::GetProp, &[o.into(), k.into()]);
        };
        let check = self.new_block("elem_check");
        let load = self.new_block("elem_load");
        let fast = self.new_block("elem_fast");
        let slow = self.new_block("elem_slow");
        let (p, is_object) = self.object_pointer(o);
        let both = self.and_all(&[is_object, is_index]);
        self.pg().ir.cond_br(both, check, slow);
        self.pg().ir.builder.position_at_end(check);
        let (ok, address) = self.dense_element(p, index, false);
        self.pg().ir.cond_br(ok, load, slow);
        self.pg().ir.builder.position_at_end(load);
        let ir = &self.pg().ir;
        let value = ir.load_heap(ir.i64, address, Heap::Value);
        let present = ir.icmp(IntPredicate::NE, value, ir.const_u64(tag::HOLE));
        ir.cond_br(present, fast, slow);
        ir.builder.position_at_end(slow);
        let k = self.boxed(key);
        self.set_pos(pos);
        let r = self.call_runtime(Rt::GetProp, &[o.into(), k.into()]);
        let slow_end = self.pg().ir.current_block();
        self.join_values((value, fast), (r, slow_end))
    }

    /// `a[key] = v` of an array whose class never escapes (so it is an
    /// array, and no code could have frozen it) and is not undefined or
    /// null: a store below the dense part's length (an element or a hole)
    /// is a bounds check and a store; anything else goes through the runtime.
    pub(crate) fn set_tracked_element(&mut self, o: IntValue<'ctx>, key: Val<'ctx>, v: IntValue<'ctx>, pos: Pos) {
        let Some((index, is_index)) = self.element_index(key) else {
            return self.set_element(o, key, v, pos);
        };
        let (p, _) = self.object_pointer(o);
        let elements = self.pg().ir.byte_offset(p, tag::ARRAY_ELEMENTS_OFFSET);
        let len = self.load_word(elements, tag::VEC_LEN_OFFSET);
        let inside = self.pg().ir.icmp(IntPredicate::ULT, index, len);
        let ok = self.and_all(&[is_index, inside]);
        // The address is only dereferenced on the path where `ok` holds.
        let address = self.vec_slot(elements, index);
        // A tracked array is no frozen array, and no prototype has an
        // element setter (see `classes::prototypes_untouched`): filling a
        // hole below the dense length is a plain store, like any element.
        self.store_or_set_prop(ok, |_| address, (o, |this| this.boxed(key), v), pos);
    }

    /// `o[key] = v`: overwriting a dense array element inline.
    pub(crate) fn set_element(&mut self, o: IntValue<'ctx>, key: Val<'ctx>, v: IntValue<'ctx>, pos: Pos) {
        let Some((index, is_index)) = self.element_index(key) else {
            let k = self.boxed(key);
            self.set_pos(pos);
            self.call_runtime(Rt::SetProp, &[o.into(), k.into(), v.into()]);
            return;
        };
        let check = self.new_block("elem_check");
        let slow = self.new_block("elem_slow");
        let (p, is_object) = self.object_pointer(o);
        let both = self.and_all(&[is_object, is_index]);
        self.pg().ir.cond_br(both, check, slow);
        self.pg().ir.builder.position_at_end(check);
        let dense = self.dense_element(p, index, true);
        self.store_present_element(o, key, v, dense, slow, pos);
    }

    /// The end of an inline element write: where `ok` holds and the element
    /// at `address` is present, `v` overwrites it; a hole (filling it may run
    /// a setter on the prototype chain), `!ok`, or a jump to `slow` from
    /// earlier checks goes through the runtime.
    fn store_present_element(
        &mut self,
        o: IntValue<'ctx>,
        key: Val<'ctx>,
        v: IntValue<'ctx>,
        (ok, address): (IntValue<'ctx>, PointerValue<'ctx>),
        slow: BasicBlock<'ctx>,
        pos: Pos,
    ) {
        let load = self.new_block("elem_load");
        let fast = self.new_block("elem_fast");
        let done = self.new_block("elem_end");
        self.pg().ir.cond_br(ok, load, slow);
        self.pg().ir.builder.position_at_end(load);
        let ir = &self.pg().ir;
        let old = ir.load_heap(ir.i64, address, Heap::Value);
        let present = ir.icmp(IntPredicate::NE, old, ir.const_u64(tag::HOLE));
        ir.cond_br(present, fast, slow);
        ir.builder.position_at_end(fast);
        ir.store_heap(address, v, Heap::Value);
        ir.br(done);
        ir.builder.position_at_end(slow);
        let k = self.boxed(key);
        self.set_pos(pos);
        self.call_runtime(Rt::SetProp, &[o.into(), k.into(), v.into()]);
        self.pg().ir.br(done);
        self.pg().ir.builder.position_at_end(done);
    }
}
