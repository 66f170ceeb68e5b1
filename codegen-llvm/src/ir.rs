//! The one wrapper around inkwell's builder: lowering code calls these helpers
//! and never handles builder errors itself. A builder error means the builder
//! was not positioned, a bug in dxl, so the helpers panic with context (the
//! CLI turns panics into an internal-error report).

use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::types::{BasicTypeEnum, IntType, PointerType};
use inkwell::values::{
    AnyValueEnum, BasicMetadataValueEnum, BasicValue, FunctionValue, InstructionValue, IntValue, MetadataValue,
    OperandBundle, PointerValue,
};
use inkwell::{AddressSpace, IntPredicate};

const POSITIONED: &str = "builder is positioned in a block";

pub struct Ir<'ctx> {
    pub context: &'ctx Context,
    pub builder: Builder<'ctx>,
    pub i64: IntType<'ctx>,
    pub i32: IntType<'ctx>,
    pub ptr: PointerType<'ctx>,
    /// The `!tbaa` kind and the access tags of [`Heap::Header`] and [`Heap::Value`].
    tbaa: (u32, [MetadataValue<'ctx>; 2]),
    /// The call-site word (see `dxl_abi::runtime_functions::call_site`) of
    /// the operation being emitted, for the runtime calls that may throw;
    /// `None` in code that is no frame of its own.
    pub site: std::cell::Cell<Option<u32>>,
    nounwind: u32,
}

/// Which kind of runtime heap word an inline access touches, for LLVM's
/// type-based alias analysis: a store of a JS value into an element or slot
/// buffer never changes an object's header words (kind, shape, a vector's
/// length, capacity and buffer pointer), so loads of those stay hoisted out
/// of loops that write elements. Buffers and headers are separate
/// allocations in the runtime, so the two never overlap. Runtime calls
/// clobber both.
#[derive(Clone, Copy)]
pub enum Heap {
    Header,
    Value,
}

impl<'ctx> Ir<'ctx> {
    pub fn new(context: &'ctx Context) -> Self {
        Ir {
            context,
            builder: context.create_builder(),
            i64: context.i64_type(),
            i32: context.i32_type(),
            ptr: context.ptr_type(AddressSpace::default()),
            tbaa: Self::tbaa_tags(context),
            site: std::cell::Cell::new(None),
            nounwind: inkwell::attributes::Attribute::get_named_enum_kind_id("nounwind"),
        }
    }

    /// The `"deopt"` operand bundle that names a call's site: LLVM's inliner
    /// prepends the inlined call's own bundle to those of the calls it
    /// inlines, so after optimization each call carries the chain of sites
    /// that its native frame stands for (see `crate::stack_trace`).
    pub fn site_bundle(&self, word: Option<u32>) -> OperandBundle<'ctx> {
        let args: Vec<AnyValueEnum<'ctx>> = word.into_iter().map(|w| self.const_u32(w).into()).collect();
        OperandBundle::create("deopt", &args)
    }

    /// Whether a call of `f` needs its site: a runtime function that may
    /// throw (LLVM intrinsics and runtime functions that cannot are
    /// `nounwind`), or a function of the program.
    fn reports_site(&self, f: FunctionValue<'ctx>) -> bool {
        !f.get_name().to_bytes().starts_with(b"llvm.")
            && f.get_enum_attribute(inkwell::attributes::AttributeLoc::Function, self.nounwind).is_none()
    }

    /// A call of a function of the program from the site `word` (`None`:
    /// a call that makes no frame of its own, as a generic entry's).
    pub fn call_at(
        &self,
        f: FunctionValue<'ctx>,
        args: &[BasicMetadataValueEnum<'ctx>],
        word: Option<u32>,
    ) -> inkwell::values::CallSiteValue<'ctx> {
        let bundle = self.site_bundle(word);
        self.builder.build_direct_call_with_operand_bundles(f, args, &[bundle], "").expect(POSITIONED)
    }

    /// The scalar TBAA type nodes under one root, and an access tag for each.
    fn tbaa_tags(context: &'ctx Context) -> (u32, [MetadataValue<'ctx>; 2]) {
        let root = context.metadata_node(&[context.metadata_string("dxl heap").into()]);
        let zero = context.i64_type().const_zero();
        let tag = |name: &str| {
            let ty = context.metadata_node(&[context.metadata_string(name).into(), root.into(), zero.into()]);
            context.metadata_node(&[ty.into(), ty.into(), zero.into()])
        };
        (context.get_kind_id("tbaa"), [tag("header word"), tag("value slot")])
    }

    /// A load from the runtime heap, tagged with the kind of word it reads.
    pub fn load_heap(&self, ty: impl Into<BasicTypeEnum<'ctx>>, ptr: PointerValue<'ctx>, heap: Heap) -> IntValue<'ctx> {
        let v = self.load(ty, ptr);
        self.tag(v.as_instruction_value(), heap);
        v
    }

    /// A pointer-typed load of a header word (a vector's buffer).
    pub fn load_heap_ptr(&self, ptr: PointerValue<'ctx>) -> PointerValue<'ctx> {
        let v = self.builder.build_load(self.ptr, ptr, "").expect(POSITIONED).into_pointer_value();
        self.tag(v.as_instruction_value(), Heap::Header);
        v
    }

    /// A store to the runtime heap, tagged with the kind of word it writes.
    pub fn store_heap(&self, ptr: PointerValue<'ctx>, value: impl inkwell::values::BasicValue<'ctx>, heap: Heap) {
        let store = self.builder.build_store(ptr, value).expect(POSITIONED);
        self.tag(Some(store), heap);
    }

    fn tag(&self, instruction: Option<InstructionValue<'ctx>>, heap: Heap) {
        let instruction = instruction.expect("loads are instructions");
        let (kind, tags) = self.tbaa;
        instruction.set_metadata(tags[heap as usize], kind).expect("tbaa tags are metadata nodes");
    }

    pub fn const_u64(&self, bits: u64) -> IntValue<'ctx> {
        self.i64.const_int(bits, false)
    }

    pub fn const_u32(&self, v: u32) -> IntValue<'ctx> {
        self.i32.const_int(u64::from(v), false)
    }

    pub fn call(
        &self,
        f: FunctionValue<'ctx>,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> Option<inkwell::values::BasicValueEnum<'ctx>> {
        let call = match self.reports_site(f) {
            true => {
                let bundle = self.site_bundle(self.site.get());
                self.builder.build_direct_call_with_operand_bundles(f, args, &[bundle], "")
            }
            false => self.builder.build_call(f, args, ""),
        };
        call.expect(POSITIONED).try_as_basic_value().basic()
    }

    pub fn load(&self, ty: impl Into<BasicTypeEnum<'ctx>>, ptr: PointerValue<'ctx>) -> IntValue<'ctx> {
        let ty: BasicTypeEnum<'ctx> = ty.into();
        self.builder.build_load(ty, ptr, "").expect(POSITIONED).into_int_value()
    }

    pub fn store(&self, ptr: PointerValue<'ctx>, value: impl inkwell::values::BasicValue<'ctx>) {
        self.builder.build_store(ptr, value).expect(POSITIONED);
    }

    pub fn alloca_array(&self, len: u32, name: &str) -> PointerValue<'ctx> {
        self.builder.build_alloca(self.i64.array_type(len), name).expect(POSITIONED)
    }

    /// Address of element `index` of an array of `i64`.
    pub fn element_ptr(&self, base: PointerValue<'ctx>, index: u32) -> PointerValue<'ctx> {
        // SAFETY: callers index within the array they allocated or that the
        // runtime handed them (the capture array has exactly as many cells as
        // the function's capture list).
        unsafe { self.builder.build_in_bounds_gep(self.i64, base, &[self.const_u32(index)], "").expect(POSITIONED) }
    }

    /// Address `offset` bytes past `base`.
    pub fn byte_offset(&self, base: PointerValue<'ctx>, offset: u64) -> PointerValue<'ctx> {
        // SAFETY: used for fixed offsets inside runtime heap cells whose layout
        // dxl_abi describes.
        unsafe {
            self.builder
                .build_in_bounds_gep(self.context.i8_type(), base, &[self.i64.const_int(offset, false)], "")
                .expect(POSITIONED)
        }
    }

    pub fn and(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> IntValue<'ctx> {
        self.builder.build_and(a, b, "").expect(POSITIONED)
    }

    pub fn int_to_ptr(&self, v: IntValue<'ctx>) -> PointerValue<'ctx> {
        self.builder.build_int_to_ptr(v, self.ptr, "").expect(POSITIONED)
    }

    pub fn ptr_to_int(&self, p: PointerValue<'ctx>) -> IntValue<'ctx> {
        self.builder.build_ptr_to_int(p, self.i64, "").expect(POSITIONED)
    }

    pub fn icmp(&self, pred: IntPredicate, a: IntValue<'ctx>, b: IntValue<'ctx>) -> IntValue<'ctx> {
        self.builder.build_int_compare(pred, a, b, "").expect(POSITIONED)
    }

    pub fn select(&self, cond: IntValue<'ctx>, a: IntValue<'ctx>, b: IntValue<'ctx>) -> IntValue<'ctx> {
        self.builder.build_select(cond, a, b, "").expect(POSITIONED).into_int_value()
    }

    pub fn select_ptr(&self, cond: IntValue<'ctx>, a: PointerValue<'ctx>, b: PointerValue<'ctx>) -> PointerValue<'ctx> {
        self.builder.build_select(cond, a, b, "").expect(POSITIONED).into_pointer_value()
    }

    pub fn br(&self, to: BasicBlock<'ctx>) {
        self.builder.build_unconditional_branch(to).expect(POSITIONED);
    }

    pub fn cond_br(&self, cond: IntValue<'ctx>, then: BasicBlock<'ctx>, otherwise: BasicBlock<'ctx>) {
        self.builder.build_conditional_branch(cond, then, otherwise).expect(POSITIONED);
    }

    /// A branch whose `then` side is rare (an exception, a slow path): the
    /// weights let LLVM keep spills and the cold code off the hot path.
    pub fn cond_br_unlikely(&self, cond: IntValue<'ctx>, rare: BasicBlock<'ctx>, usual: BasicBlock<'ctx>) {
        let br = self.builder.build_conditional_branch(cond, rare, usual).expect(POSITIONED);
        let kind = self.context.get_kind_id("prof");
        let weights = self.context.metadata_node(&[
            self.context.metadata_string("branch_weights").into(),
            self.i32.const_int(1, false).into(),
            self.i32.const_int(2000, false).into(),
        ]);
        br.set_metadata(weights, kind).expect("branch_weights metadata attaches to a branch");
    }

    pub fn ret(&self, v: IntValue<'ctx>) {
        self.builder.build_return(Some(&v)).expect(POSITIONED);
    }

    pub fn switch(&self, v: IntValue<'ctx>, default: BasicBlock<'ctx>, cases: &[(IntValue<'ctx>, BasicBlock<'ctx>)]) {
        self.builder.build_switch(v, default, cases).expect(POSITIONED);
    }

    pub fn phi(&self, incoming: &[(IntValue<'ctx>, BasicBlock<'ctx>)]) -> IntValue<'ctx> {
        let phi = self.builder.build_phi(self.i64, "").expect(POSITIONED);
        for (v, bb) in incoming {
            phi.add_incoming(&[(v, *bb)]);
        }
        phi.as_basic_value().into_int_value()
    }

    pub fn current_block(&self) -> BasicBlock<'ctx> {
        self.builder.get_insert_block().expect(POSITIONED)
    }

    pub fn is_terminated(&self) -> bool {
        self.current_block().get_terminator().is_some()
    }
}
