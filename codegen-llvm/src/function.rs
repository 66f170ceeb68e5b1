//! Lowers one HIR function to LLVM IR over generic (NaN-boxed) values.
//!
//! Every JavaScript value is an `i64`. Operations call the runtime; a call
//! that can throw is followed by one compare against `EXCEPTION` that
//! branches to the innermost handler (a catch, a finally, or the function's
//! exit that returns `EXCEPTION` to its caller).

use dxl_abi::RuntimeFunction as Rt;
use dxl_abi::runtime_functions::call_site;
use dxl_abi::value as tag;
use dxl_frontend::hir::{self, BinaryOp, Expr, FunctionKind, LogicalOp, Pos, Stmt, UnaryOp, Var};
use dxl_typeinfer::solver::{MATH_CONSTANTS, math_callee};
use dxl_typeinfer::types::{ClassId, FunctionSetId, NO_FUNCTION};
use dxl_typeinfer::{Type, TypeTables};
use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, FunctionValue, IntValue, PointerValue};

use crate::inline_access::ElementRead;
use crate::ir::Heap;
use crate::program::ProgramGen;
use crate::typed::{Rep, Val};

/// Completion codes of a `finally` block: how control entered it.
const COMPLETION_NORMAL: u64 = 0;
const COMPLETION_THROW: u64 = 1;
/// Codes from here on are the pending jumps recorded in `FinallyScope::jumps`.
const COMPLETION_FIRST_JUMP: u64 = 2;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Jump {
    Break(hir::TargetId),
    Continue(hir::TargetId),
    Return,
}

struct FinallyScope<'ctx> {
    entry: BasicBlock<'ctx>,
    /// Takes the pending exception and enters the finally block with THROW.
    throw_entry: BasicBlock<'ctx>,
    kind: PointerValue<'ctx>,
    value: PointerValue<'ctx>,
    jumps: Vec<Jump>,
}

enum Scope<'ctx> {
    Target { id: hir::TargetId, break_to: BasicBlock<'ctx>, continue_to: Option<BasicBlock<'ctx>> },
    Catch { handler: BasicBlock<'ctx> },
    Finally(FinallyScope<'ctx>),
}

pub struct FunctionGen<'a, 'ctx> {
    pg: &'a mut ProgramGen<'ctx>,
    pub(crate) program: &'a hir::Program,
    pub(crate) types: &'a TypeTables,
    pub(crate) id: hir::FuncId,
    pub(crate) func: &'a hir::Function,
    pub(crate) llfn: FunctionValue<'ctx>,
    entry: BasicBlock<'ctx>,
    /// One stack slot per local; for a boxed local it holds the cell.
    locals: Vec<PointerValue<'ctx>>,
    /// How each unboxed local's slot holds its value (`Boxed` for cells).
    local_reps: Vec<Rep>,
    ret_rep: Rep,
    captures: Option<PointerValue<'ctx>>,
    /// Captured `let`/`const` bindings written only by their declaration, read
    /// once at entry: such a binding cannot change while this function runs
    /// (its declaring frame is suspended below us or finished), so neither its
    /// value nor its temporal-dead-zone state needs a reload.
    capture_values: Vec<Option<IntValue<'ctx>>>,
    scopes: Vec<Scope<'ctx>>,
    exception_exit: BasicBlock<'ctx>,
    /// The entry's "frame below the stack limit" test.
    stack_check: Option<IntValue<'ctx>>,
    /// The `push` call (by address) of a fill loop being compiled with room
    /// reserved for all its runs (see [`Self::fill_loop`]).
    reserved_push: Option<usize>,
    /// Element reads that the enclosing versioned loops' test proved in
    /// bounds (see `crate::bounds_versioning`), as expression addresses.
    pub(crate) assumed_in_bounds: Vec<usize>,
    /// Which body this is, and where its calls of the function itself go.
    pub(crate) body: Body,
    /// In an integer body: its loop (see `crate::sum_recursion`).
    pub(crate) sum_loop: Option<crate::sum_recursion::SumLoop<'ctx>>,
    /// The call being compiled (its position and `call_site` kind), which
    /// names the frame of the function it calls in a stack trace.
    pub(crate) call_site: Option<(Pos, u32)>,
}

/// Which of a function's specialized bodies is being emitted.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Body {
    /// The integer body of a function that returns sums of its own calls
    /// (see `crate::sum_recursion`), else the ordinary one.
    pub integer: bool,
    /// 0 for the body callers call, else which of its copies this is (see
    /// `ProgramGen::recursion_copy`).
    pub copy: u8,
    /// Whether the body's own calls go to its next copy, and the last
    /// copy's back to the body: LLVM inlines the copies, so each frame runs
    /// `recursion_copy_count(integer) + 1` levels of the recursion.
    pub unrolled: bool,
}

/// How many copies of a small recursive body are made: two for an integer
/// body, whose copies take the base case inline (fib: 84 -> 69 ms, against
/// one), one for an ordinary body (permute is 4% slower with two).
const fn recursion_copy_count(integer: bool) -> u8 {
    if integer { 2 } else { 1 }
}

/// The largest body (in expressions) copied for recursion unrolling.
const RECURSION_COPY_LIMIT: usize = 80;

impl<'a, 'ctx> FunctionGen<'a, 'ctx> {
    /// The ordinary body of function `id`.
    pub fn new(
        pg: &'a mut ProgramGen<'ctx>,
        program: &'a hir::Program,
        types: &'a TypeTables,
        id: hir::FuncId,
    ) -> Self {
        // The ordinary body of a function with an integer body only runs
        // when that one gave up: it is not worth a copy.
        let unrolled = Self::small(&program.functions[id]) && !types.sums_own_calls(id);
        Self::with_body(pg, program, types, id, Body { integer: false, copy: 0, unrolled })
    }

    /// Whether the function is small enough to copy for recursion
    /// unrolling; one with closures inside is not copied either.
    fn small(func: &hir::Function) -> bool {
        let mut size = 0;
        let has_closure = dxl_typeinfer::visit::any_expr(&func.body, &mut |e| {
            size += 1;
            matches!(e, Expr::Closure { .. })
        });
        !has_closure && size <= RECURSION_COPY_LIMIT
    }

    /// The integer body of `id`, if it returns sums of its own calls.
    pub fn sum_body(
        pg: &'a mut ProgramGen<'ctx>,
        program: &'a hir::Program,
        types: &'a TypeTables,
        id: hir::FuncId,
    ) -> Option<Self> {
        let unrolled = Self::small(&program.functions[id]);
        types
            .sums_own_calls(id)
            .then(|| Self::with_body(pg, program, types, id, Body { integer: true, copy: 0, unrolled }))
    }

    /// Copy `copy` (from 1) of `id`'s ordinary or integer body, once the
    /// body before it has called it.
    pub fn recursion_copy(
        pg: &'a mut ProgramGen<'ctx>,
        program: &'a hir::Program,
        types: &'a TypeTables,
        (id, integer, copy): (hir::FuncId, bool, u8),
    ) -> Option<Self> {
        pg.declared_recursion_copy(id, integer, copy)?;
        Some(Self::with_body(pg, program, types, id, Body { integer, copy, unrolled: true }))
    }

    /// The numbers of the copies a recursive body of that kind may have.
    pub fn recursion_copies(integer: bool) -> std::ops::RangeInclusive<u8> {
        1..=recursion_copy_count(integer)
    }

    /// Where a call of the function from its own body goes. The ordinary
    /// body of a function with an integer body calls the entry, which tries
    /// the integer body first.
    pub(crate) fn self_call_target(&mut self) -> FunctionValue<'ctx> {
        match self.body {
            Body { copy, unrolled: true, integer } if copy < recursion_copy_count(integer) => {
                self.pg.recursion_copy(self.id, integer, copy + 1)
            }
            Body { integer: false, .. } => self.pg.specs[self.id],
            Body { integer: true, .. } => self.pg.sum_bodies(self.id).expect("an integer body").0,
        }
    }

    fn with_body(
        pg: &'a mut ProgramGen<'ctx>,
        program: &'a hir::Program,
        types: &'a TypeTables,
        id: hir::FuncId,
        body: Body,
    ) -> Self {
        let llfn = match (body, pg.sum_bodies(id)) {
            (Body { copy: 1.., integer, .. }, _) => pg.recursion_copy(id, integer, body.copy),
            (Body { integer: true, .. }, Some((sum, _))) => sum,
            (_, Some((_, double))) => double,
            (_, None) => pg.specs[id],
        };
        let ctx = pg.ir.context;
        let entry = ctx.append_basic_block(llfn, "entry");
        let exception_exit = ctx.append_basic_block(llfn, "exception");
        let func = &program.functions[id];
        // A `let`/`const` read that checks for the temporal dead zone needs the
        // UNINITIALIZED marker, which only the boxed representation has.
        let mut tdz_checked = vec![false; func.locals.len()];
        dxl_typeinfer::visit::any_expr(&func.body, &mut |e| {
            if let Expr::ReadChecked(Var::Local(l), _) = e {
                tdz_checked[*l] = true;
            }
            false
        });
        let local_reps = (0..func.locals.len())
            .map(|l| {
                if func.locals[l].boxed || tdz_checked[l] || func.this_local == Some(l) {
                    Rep::Boxed
                } else {
                    Rep::of(types.locals[id][l])
                }
            })
            .collect();
        let ret_rep = pg.spec_reps[id].1;
        FunctionGen {
            pg,
            program,
            types,
            id,
            func,
            llfn,
            entry,
            locals: Vec::new(),
            capture_values: Vec::new(),
            local_reps,
            ret_rep,
            captures: None,
            scopes: Vec::new(),
            exception_exit,
            stack_check: None,
            reserved_push: None,
            assumed_in_bounds: Vec::new(),
            body,
            sum_loop: None,
            call_site: None,
        }
    }

    pub(crate) fn v(&self, bits: u64) -> IntValue<'ctx> {
        self.pg.ir.const_u64(bits)
    }

    pub(crate) fn param(&self, n: u32) -> inkwell::values::BasicValueEnum<'ctx> {
        self.llfn.get_nth_param(n).expect("JS functions have four parameters")
    }

    /// An `i64` slot in the entry block, where mem2reg can promote it.
    fn entry_alloca(&self, name: &str) -> PointerValue<'ctx> {
        self.entry_slot(self.pg.ir.i64.into(), name)
    }

    /// A slot of type `ty` in the entry block, where mem2reg can promote it.
    pub(crate) fn entry_slot(&self, ty: inkwell::types::BasicTypeEnum<'ctx>, name: &str) -> PointerValue<'ctx> {
        let ir = &self.pg.ir;
        let current = ir.current_block();
        match self.entry.get_first_instruction() {
            Some(first) => ir.builder.position_before(&first),
            None => ir.builder.position_at_end(self.entry),
        }
        let slot = ir.builder.build_alloca(ty, name).expect("positioned");
        ir.builder.position_at_end(current);
        slot
    }

    fn entry_array(&self, len: u32) -> PointerValue<'ctx> {
        let ir = &self.pg.ir;
        let current = ir.current_block();
        match self.entry.get_first_instruction() {
            Some(first) => ir.builder.position_before(&first),
            None => ir.builder.position_at_end(self.entry),
        }
        let slot = ir.alloca_array(len.max(1), "args");
        ir.builder.position_at_end(current);
        slot
    }

    pub(crate) fn pg_mut(&mut self) -> &mut ProgramGen<'ctx> {
        self.pg
    }

    pub(crate) fn pg(&self) -> &ProgramGen<'ctx> {
        self.pg
    }

    pub(crate) fn new_block(&self, name: &str) -> BasicBlock<'ctx> {
        self.pg.ir.context.append_basic_block(self.llfn, name)
    }

    /// After a terminator, code that follows is unreachable; give it a block
    /// of its own so emission can go on (LLVM deletes it).
    fn ensure_open(&self) {
        if self.pg.ir.is_terminated() {
            let dead = self.new_block("dead");
            self.pg.ir.builder.position_at_end(dead);
        }
    }

    pub fn emit(mut self) {
        self.pg.ir.site.set(None);
        let ir = &self.pg.ir;
        ir.builder.position_at_end(self.entry);
        for (local, rep) in self.func.locals.iter().zip(&self.local_reps) {
            let slot = ir.builder.build_alloca(rep.llvm(ir.context), &local.name).expect("positioned");
            self.locals.push(slot);
        }
        let body_start = self.new_block("body");
        ir.builder.position_at_end(body_start);

        // Deep recursion: compare this frame's address with the runtime's limit.
        let stack_ok = self.new_block("stack_ok");
        let overflow = self.new_block("stack_overflow");
        let frame = self.frame_address();
        let ir = &self.pg.ir;
        let limit = ir.load(ir.i64, self.pg.stack_limit.as_pointer_value());
        let below = ir.icmp(IntPredicate::ULT, frame, limit);
        ir.cond_br_unlikely(below, overflow, stack_ok);
        self.stack_check = Some(below);
        ir.builder.position_at_end(overflow);
        self.set_pos(self.func.body_pos);
        self.call_runtime(Rt::StackOverflow, &[]);
        self.pg.ir.br(self.exception_exit);
        self.pg.ir.builder.position_at_end(stack_ok);

        if !self.func.captures.is_empty() {
            // The closure's capture array: the buffer of its `captures` vector.
            let callee = self.param(0).into_int_value();
            let ir = &self.pg.ir;
            let closure = ir.int_to_ptr(ir.and(callee, ir.const_u64(tag::PAYLOAD_MASK)));
            let field = ir.byte_offset(closure, tag::FUNCTION_CAPTURES_OFFSET + tag::VEC_PTR_OFFSET);
            let ptr = ir.builder.build_load(ir.ptr, field, "captures").expect("positioned").into_pointer_value();
            self.captures = Some(ptr);
            for c in 0..self.func.captures.len() {
                let (owner, local) = self.types.origins[self.id][c];
                let value = (self.program.functions[owner].locals[local].lexical
                    && self.pg.write_counts.get(&(owner, local)).copied().unwrap_or(0) == 1)
                    .then(|| {
                        let cell = self.cell_of(Var::Captured(c));
                        let ir = &self.pg.ir;
                        ir.load(ir.i64, self.cell_value_ptr(cell))
                    });
                self.capture_values.push(value);
            }
        }
        // Locals start undefined (`let`/`const` uninitialized); boxed ones get their cell now.
        for (i, local) in self.func.locals.iter().enumerate() {
            let initial = self.initial_value(i);
            if local.boxed {
                let cell = self.new_cell(initial);
                self.pg.ir.store(self.locals[i], cell);
            } else if self.local_reps[i] == Rep::Boxed {
                self.pg.ir.store(self.locals[i], initial);
            }
        }
        if let Some(this_local) = self.func.this_local {
            let this = self.param(1).into_int_value();
            self.write_var(Var::Local(this_local), this);
        }
        let param_reps = self.pg.spec_reps[self.id].0.clone();
        for (i, &local) in self.func.params.iter().enumerate() {
            let value = Val::from_basic(param_reps[i], self.param(2 + i as u32));
            self.write_val(Var::Local(local), value);
        }

        if self.body.integer {
            self.start_sum_loop();
        }
        let body = &self.func.body;
        self.stmts(body);
        if !self.pg.ir.is_terminated() {
            if self.body.integer {
                self.give_up_sum();
            } else {
                let undefined = Val::Boxed(self.v(tag::UNDEFINED));
                self.emit_return(undefined);
            }
        }
        self.pg.ir.builder.position_at_end(self.exception_exit);
        self.return_exception();
        self.pg.ir.builder.position_at_end(self.entry);
        self.pg.ir.br(body_start);
        // A function that calls no code of the program cannot recurse: its
        // frame is bounded, and every cycle of calls passes a function that
        // checks. Dropping the check keeps the cold runtime call out of
        // loops it is inlined into, and leaves a small method nothing that
        // throws, so its callers' exception tests fold away.
        if let Some(below) = self.stack_check
            && self.calls_nothing()
        {
            below.replace_all_uses_with(self.pg.ir.context.bool_type().const_zero());
        }
        match self.body {
            Body { copy: 1.., .. } => {}
            Body { integer: true, .. } => self.emit_sum_entry(),
            Body { integer: false, .. } => self.emit_generic_entry(),
        }
    }

    /// An address in this function's frame, for the stack check: the stack
    /// pointer itself where LLVM can read it. Once LLVM inlines a function,
    /// its check then reads the same register and limit as its caller's, and
    /// folds away when no call lies between them. Elsewhere, the address of
    /// a slot of its own, never stored to (taking a local's address would
    /// keep that local in memory).
    pub(crate) fn frame_address(&mut self) -> IntValue<'ctx> {
        let triple = self.pg.module.get_triple();
        let register = match triple.as_str().to_str().unwrap_or("") {
            t if t.starts_with("x86_64") => Some("rsp"),
            t if t.starts_with("aarch64") => Some("sp"),
            _ => None,
        };
        let ir = &self.pg.ir;
        let Some(register) = register else {
            return ir.ptr_to_int(self.entry_slot(ir.context.i8_type().into(), "frame"));
        };
        let read = self.intrinsic("llvm.read_register", &[ir.i64.into()]);
        let ir = &self.pg.ir;
        let name = ir.context.metadata_node(&[ir.context.metadata_string(register).into()]);
        let call = ir.builder.build_call(read, &[name.into()], "stack_pointer").expect("positioned");
        call.try_as_basic_value().basic().expect("read_register returns the register").into_int_value()
    }

    /// Whether the body calls no code but LLVM intrinsics, the stack overflow
    /// report, the empty inline asm that keeps values alive, and runtime
    /// functions that cannot throw (a runtime function that runs code of
    /// the program, a getter or `valueOf`, may throw what that code throws).
    fn calls_nothing(&self) -> bool {
        let overflow = Rt::StackOverflow.symbol();
        let never_throws = |name: &[u8]| Rt::ALL.iter().any(|f| !f.throws() && f.symbol().as_bytes() == name);
        let mut block = self.llfn.get_first_basic_block();
        while let Some(bb) = block {
            let mut inst = bb.get_first_instruction();
            while let Some(i) = inst {
                if i.get_opcode() == inkwell::values::InstructionOpcode::Call {
                    let last = i.get_num_operands() - 1;
                    let Some(inkwell::values::Operand::Value(BasicValueEnum::PointerValue(callee))) =
                        i.get_operand(last)
                    else {
                        return false;
                    };
                    let name = callee.get_name().to_bytes();
                    let inline_asm = name.is_empty() && callee.as_instruction().is_none();
                    if !(inline_asm || name.starts_with(b"llvm.") || name == overflow.as_bytes() || never_throws(name))
                    {
                        return false;
                    }
                }
                inst = i.get_next_instruction();
            }
            block = bb.get_next_basic_block();
        }
        true
    }

    /// Keeps the closure (param 0) alive until the function returns: its
    /// capture array is reached through a pointer that the conservative stack
    /// scan does not see as a reference, and after a direct call of a fresh
    /// closure (`(function () { ... })()`) nothing else may hold it.
    pub(crate) fn keep_callee_alive(&self) {
        // An integer body needs no keeping: the one point where it can
        // collect is a stack overflow's RangeError, after which every frame
        // of it only returns (see `crate::sum_recursion`).
        if self.func.captures.is_empty() || self.body.integer {
            return;
        }
        let ir = &self.pg.ir;
        let ty = ir.context.void_type().fn_type(&[ir.i64.into()], false);
        let asm = ir.context.create_inline_asm(ty, String::new(), "r".into(), true, false, None, false);
        let callee = self.param(0).into_int_value();
        ir.builder.build_indirect_call(ty, asm, &[callee.into()], "").expect("positioned");
    }

    /// Returns `v` from the specialized function, in its return representation.
    fn emit_return(&mut self, v: Val<'ctx>) {
        self.keep_callee_alive();
        match self.ret_rep {
            Rep::Boxed => {
                let b = self.boxed(v);
                self.pg.ir.ret(b);
            }
            rep => {
                let value = self.coerce(v, rep);
                let threw = self.pg.ir.context.bool_type().const_zero();
                self.return_pair(value, threw);
            }
        }
    }

    fn return_exception(&mut self) {
        self.keep_callee_alive();
        if self.body.integer {
            self.pg.ir.ret(self.v(crate::sum_recursion::THREW));
            return;
        }
        match self.ret_rep {
            Rep::Boxed => self.pg.ir.ret(self.v(tag::EXCEPTION)),
            rep => {
                let value = rep.llvm(self.pg.ir.context).const_zero();
                let threw = self.pg.ir.context.bool_type().const_all_ones();
                self.return_pair(value, threw);
            }
        }
    }

    /// `(value, threw)` of a specialized function's unboxed return.
    pub(crate) fn unpack_pair(&self, result: BasicValueEnum<'ctx>) -> (BasicValueEnum<'ctx>, IntValue<'ctx>) {
        let b = &self.pg.ir.builder;
        let pair = result.into_struct_value();
        let value = b.build_extract_value(pair, 0, "").expect("positioned");
        let threw = b.build_extract_value(pair, 1, "").expect("positioned").into_int_value();
        (value, threw)
    }

    pub(crate) fn return_pair(&self, value: BasicValueEnum<'ctx>, threw: IntValue<'ctx>) {
        let ir = &self.pg.ir;
        let ty = self.llfn.get_type().get_return_type().expect("returns a value").into_struct_type();
        let pair = ir.builder.build_insert_value(ty.get_undef(), value, 0, "").expect("positioned");
        let pair = ir.builder.build_insert_value(pair, threw, 1, "").expect("positioned");
        ir.builder.build_return(Some(&pair.into_struct_value())).expect("positioned");
    }

    /// The generic entry `(callee, this, argv, argc) -> value` that closures
    /// carry: unpacks the arguments into the specialized representations (the
    /// solver makes every parameter dynamic for a function that unknown code
    /// can call) and boxes the result.
    fn emit_generic_entry(&mut self) {
        let wrapper = self.pg.functions[self.id];
        let body = self.llfn;
        let spec = self.pg.specs[self.id];
        self.llfn = wrapper;
        let entry = self.new_block("entry");
        self.pg.ir.builder.position_at_end(entry);
        let argv = self.param(2).into_pointer_value();
        let argc = self.param(3).into_int_value();
        let mut args: Vec<BasicMetadataValueEnum<'ctx>> = vec![self.param(0).into(), self.param(1).into()];
        let param_reps = self.pg.spec_reps[self.id].0.clone();
        for (i, rep) in param_reps.iter().enumerate() {
            let ir = &self.pg.ir;
            let present = ir.icmp(IntPredicate::UGT, argc, ir.const_u32(i as u32));
            let slot = ir.element_ptr(argv, i as u32);
            let from = ir.select_ptr(present, slot, self.pg.undefined_slot.as_pointer_value());
            let value = ir.load(ir.i64, from);
            args.push(self.coerce(Val::Boxed(value), *rep).into());
        }
        let result = self.pg.ir.call_at(spec, &args, None);
        let result = result.try_as_basic_value().basic().expect("specialized functions return a value");
        match self.ret_rep {
            Rep::Boxed => self.pg.ir.ret(result.into_int_value()),
            rep => {
                let (value, threw) = self.unpack_pair(result);
                let boxed = self.boxed(Val::from_basic(rep, value));
                let ir = &self.pg.ir;
                let r = ir.select(threw, ir.const_u64(tag::EXCEPTION), boxed);
                ir.ret(r);
            }
        }
        self.llfn = body;
    }

    fn initial_value(&self, local: hir::LocalId) -> IntValue<'ctx> {
        self.v(if self.func.locals[local].lexical { tag::UNINITIALIZED } else { tag::UNDEFINED })
    }

    // ---- runtime calls ---------------------------------------------------

    pub(crate) fn call_runtime(&mut self, f: Rt, args: &[BasicMetadataValueEnum<'ctx>]) -> IntValue<'ctx> {
        let value =
            self.pg.ir.call(self.pg.runtime(f), args).expect("runtime function returns a value").into_int_value();
        if f.throws() {
            self.check_exception(value);
        }
        value
    }

    /// Branches to the current handler when `value` is `EXCEPTION`.
    pub(crate) fn check_exception(&mut self, value: IntValue<'ctx>) {
        let handler = self.throw_target(self.scopes.len());
        let ok = self.new_block("ok");
        let ir = &self.pg.ir;
        let thrown = ir.icmp(IntPredicate::EQ, value, ir.const_u64(tag::EXCEPTION));
        ir.cond_br_unlikely(thrown, handler, ok);
        ir.builder.position_at_end(ok);
    }

    /// Where an exception goes from inside the first `depth` scopes.
    pub(crate) fn scope_depth(&self) -> usize {
        self.scopes.len()
    }

    /// Where an exception thrown here goes.
    pub(crate) fn handler(&self) -> BasicBlock<'ctx> {
        self.throw_target(self.scopes.len())
    }

    pub(crate) fn throw_target(&self, depth: usize) -> BasicBlock<'ctx> {
        for scope in self.scopes[..depth].iter().rev() {
            match scope {
                Scope::Catch { handler } => return *handler,
                Scope::Finally(f) => return f.throw_entry,
                Scope::Target { .. } => {}
            }
        }
        self.exception_exit
    }

    pub(crate) fn set_pos(&mut self, pos: Pos) {
        let index = self.pg.position_index(pos, self.id);
        let kind = match self.call_site {
            Some((p, kind)) if p == pos => kind,
            _ => call_site::PLAIN,
        };
        self.pg.ir.site.set(Some(index | kind << call_site::KIND_SHIFT));
        let index = if self.func.strict { index | dxl_abi::runtime_functions::POS_STRICT } else { index };
        let ir = &self.pg.ir;
        ir.store(self.pg.current_pos.as_pointer_value(), ir.const_u32(index));
    }

    pub(crate) fn string(&mut self, s: &str) -> IntValue<'ctx> {
        let slot = self.pg.string_slot(s);
        self.pg.ir.load(self.pg.ir.i64, slot)
    }

    fn truthy(&mut self, v: IntValue<'ctx>) -> IntValue<'ctx> {
        self.truthy_fast(v)
    }

    fn bool_value(&self, cond: IntValue<'ctx>) -> IntValue<'ctx> {
        self.pg.ir.select(cond, self.v(tag::TRUE), self.v(tag::FALSE))
    }

    // ---- variables -------------------------------------------------------

    fn new_cell(&mut self, value: IntValue<'ctx>) -> IntValue<'ctx> {
        self.call_runtime(Rt::NewCell, &[value.into()])
    }

    /// The cell of a boxed variable (as a `TAG_CELL` value).
    fn cell_of(&self, var: Var) -> IntValue<'ctx> {
        let ir = &self.pg.ir;
        match var {
            Var::Local(l) => ir.load(ir.i64, self.locals[l]),
            Var::Captured(c) => {
                let captures = self.captures.expect("a function with captures loads its capture array");
                ir.load(ir.i64, ir.element_ptr(captures, c as u32))
            }
        }
    }

    fn cell_value_ptr(&self, cell: IntValue<'ctx>) -> PointerValue<'ctx> {
        let ir = &self.pg.ir;
        let address = ir.and(cell, ir.const_u64(tag::PAYLOAD_MASK));
        ir.byte_offset(ir.int_to_ptr(address), tag::CELL_VALUE_OFFSET)
    }

    fn is_boxed(&self, var: Var) -> bool {
        match var {
            Var::Local(l) => self.func.locals[l].boxed,
            Var::Captured(_) => true,
        }
    }

    /// A variable's value as a NaN-boxed `i64`.
    fn read_var(&mut self, var: Var) -> IntValue<'ctx> {
        let v = self.read_val(var);
        self.boxed(v)
    }

    fn write_var(&mut self, var: Var, value: IntValue<'ctx>) {
        self.write_val(var, Val::Boxed(value));
    }

    /// Whether `var` lives in a cell that holds raw doubles: a captured or
    /// boxed binding typed number stores the f64 bits as they are (NaN made
    /// canonical), as a raw-double field does; only code that knows its type
    /// reads the cell. Until its first write it holds `undefined` or the
    /// uninitialized marker, which only a checked read sees.
    fn raw_double_cell(&self, var: Var) -> bool {
        self.is_boxed(var) && self.types.specialize && self.types.var(self.id, var) == Type::Double
    }

    /// The bits a cell holds (see [`Self::raw_double_cell`]) as a value.
    fn cell_content(&self, var: Var, bits: IntValue<'ctx>) -> Val<'ctx> {
        if !self.raw_double_cell(var) {
            return Val::Boxed(bits);
        }
        let ir = &self.pg.ir;
        let x = ir.builder.build_bit_cast(bits, ir.context.f64_type(), "").expect("positioned");
        Val::F64(x.into_float_value())
    }

    /// The bits a variable's cell holds.
    fn cell_bits(&self, var: Var) -> IntValue<'ctx> {
        if let Var::Captured(c) = var
            && let Some(Some(v)) = self.capture_values.get(c)
        {
            return *v;
        }
        let cell = self.cell_of(var);
        let ir = &self.pg.ir;
        ir.load(ir.i64, self.cell_value_ptr(cell))
    }

    /// A variable's value in its slot's representation (cells hold boxed
    /// values, or raw doubles).
    pub(crate) fn read_val(&mut self, var: Var) -> Val<'ctx> {
        if self.is_boxed(var) {
            let bits = self.cell_bits(var);
            return self.cell_content(var, bits);
        }
        let Var::Local(l) = var else { unreachable!("captures are boxed") };
        let rep = self.local_reps[l];
        let ir = &self.pg.ir;
        let loaded = ir.builder.build_load(rep.llvm(ir.context), self.locals[l], "").expect("positioned");
        Val::from_basic(rep, loaded)
    }

    pub(crate) fn write_val(&mut self, var: Var, value: Val<'ctx>) {
        if self.is_boxed(var) {
            let boxed = match self.raw_double_cell(var) {
                true => self.raw_element_value(value),
                false => self.boxed(value),
            };
            let cell = self.cell_of(var);
            let ir = &self.pg.ir;
            ir.store(self.cell_value_ptr(cell), boxed);
            return;
        }
        let Var::Local(l) = var else { unreachable!("captures are boxed") };
        let converted = self.coerce(value, self.local_reps[l]);
        self.pg.ir.store(self.locals[l], converted);
    }

    pub(crate) fn types(&self) -> &'a TypeTables {
        self.types
    }

    // ---- statements ------------------------------------------------------

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.ensure_open();
            self.stmt(s);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        dxl_frontend::stack::with_room(|| self.stmt_with_room(stmt))
    }

    fn stmt_with_room(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Expr(e) => {
                self.expr(e);
            }
            Stmt::FreshCells(locals) => {
                for &l in locals {
                    if self.func.locals[l].boxed {
                        let initial = self.initial_value(l);
                        let cell = self.new_cell(initial);
                        self.pg.ir.store(self.locals[l], cell);
                    } else if self.func.locals[l].lexical && self.local_reps[l] == Rep::Boxed {
                        // Back in the dead zone. (An unboxed representation
                        // means no access is checked: each one follows the
                        // declaration, so nothing can see the old value.)
                        let initial = self.initial_value(l);
                        self.pg.ir.store(self.locals[l], initial);
                    }
                }
            }
            Stmt::If(test, then, otherwise) => {
                let cond = self.condition(test);
                let then_bb = self.new_block("then");
                let else_bb = self.new_block("else");
                let join = self.new_block("endif");
                self.pg.ir.cond_br(cond, then_bb, else_bb);
                self.pg.ir.builder.position_at_end(then_bb);
                self.stmts(then);
                if !self.pg.ir.is_terminated() {
                    self.pg.ir.br(join);
                }
                self.pg.ir.builder.position_at_end(else_bb);
                self.stmts(otherwise);
                if !self.pg.ir.is_terminated() {
                    self.pg.ir.br(join);
                }
                self.pg.ir.builder.position_at_end(join);
            }
            Stmt::Loop(l) => self.loop_stmt(l),
            Stmt::Labeled(target, body) => {
                let exit = self.new_block("label_end");
                self.scopes.push(Scope::Target { id: *target, break_to: exit, continue_to: None });
                self.stmts(body);
                self.scopes.pop();
                if !self.pg.ir.is_terminated() {
                    self.pg.ir.br(exit);
                }
                self.pg.ir.builder.position_at_end(exit);
            }
            Stmt::Switch { target, discriminant, cases } => self.switch(*target, discriminant, cases),
            Stmt::Break(t) => self.jump(self.scopes.len(), Jump::Break(*t), None),
            Stmt::Continue(t) => self.jump(self.scopes.len(), Jump::Continue(*t), None),
            Stmt::Return(Some(e)) if self.body.integer => self.sum_return(e),
            Stmt::Return(value) => {
                let v = match value {
                    Some(e) => self.val(e),
                    None => Val::Boxed(self.v(tag::UNDEFINED)),
                };
                if self.scopes.iter().any(|s| matches!(s, Scope::Finally(_))) {
                    let b = self.boxed(v);
                    self.jump(self.scopes.len(), Jump::Return, Some(b));
                } else {
                    self.emit_return(v);
                }
            }
            Stmt::Throw(e, pos) => {
                let v = self.expr(e);
                self.set_pos(*pos);
                // `throw` always returns EXCEPTION: go straight to the handler.
                self.pg.ir.call(self.pg.runtime(Rt::Throw), &[v.into()]);
                let handler = self.throw_target(self.scopes.len());
                self.pg.ir.br(handler);
            }
            Stmt::Try { block, catch, finally } => self.try_stmt(block, catch.as_ref(), finally.as_deref()),
        }
    }

    pub(crate) fn condition(&mut self, e: &Expr) -> IntValue<'ctx> {
        let v = self.val(e);
        self.truthy_val(v)
    }

    fn loop_stmt(&mut self, l: &hir::Loop) {
        if self.types.specialize
            && self.reserved_push.is_none()
            && let Some(fill) = dxl_typeinfer::packed_arrays::fill_loop(self.types, self.program, self.id, l)
        {
            return self.fill_loop(l, fill);
        }
        if self.types.specialize
            && let Some(versioned) =
                dxl_typeinfer::bounds_versioning::versioned_loop(self.program, self.types, self.id, l)
        {
            return self.versioned_loop(l, versioned);
        }
        self.plain_loop(l);
    }

    /// Whether the element read `e` is in bounds: proven by the solver, or
    /// by the test of an enclosing versioned loop.
    fn read_in_bounds(&self, e: &Expr) -> bool {
        self.types.in_bounds(e) || self.assumed_in_bounds.contains(&(e as *const Expr as usize))
    }

    /// `for (..; i < n; i++) a.push(v)` of a packed array: room for every
    /// run is reserved first, so the loop appends with no check and no call,
    /// and LLVM keeps the length in a register (a constant `v` becomes a
    /// `memset`). When the length would pass 2^31 - 1, the plain loop runs
    /// (and throws where its push would).
    fn fill_loop(&mut self, l: &hir::Loop, fill: dxl_typeinfer::packed_arrays::FillLoop) {
        let i = self.read_val(Var::Local(fill.counter));
        let i = self.coerce(i, Rep::I32).into_int_value();
        let n = self.val(fill.bound);
        let n = self.coerce(n, Rep::I32).into_int_value();
        let a = self.read_val(Var::Local(fill.array));
        let a = self.boxed(a);
        let ir = &self.pg.ir;
        let b = &ir.builder;
        let wide = |v| b.build_int_s_extend(v, ir.i64, "").expect("positioned");
        let runs = b.build_int_sub(wide(n), wide(i), "").expect("positioned");
        let runs = b.build_int_add(runs, ir.const_u64(u64::from(fill.inclusive)), "").expect("positioned");
        let runs = ir.select(ir.icmp(IntPredicate::SLT, runs, ir.const_u64(0)), ir.const_u64(0), runs);
        // Up to 2^32 runs: as a u32, any count past 2^31 - 1 fails the reserve.
        let cap = ir.const_u64(u64::from(u32::MAX));
        let runs = ir.select(ir.icmp(IntPredicate::SGT, runs, cap), cap, runs);
        let runs = b.build_int_truncate(runs, ir.i32, "").expect("positioned");
        let reserved = ir.call(self.pg.runtime(Rt::PackedArrayReserve), &[a.into(), runs.into()]);
        let reserved = reserved.expect("returns i32").into_int_value();
        let fast = self.new_block("fill_reserved");
        let slow = self.new_block("fill_plain");
        let done = self.new_block("fill_end");
        let ir = &self.pg.ir;
        ir.cond_br(ir.icmp(IntPredicate::NE, reserved, ir.i32.const_zero()), fast, slow);
        ir.builder.position_at_end(fast);
        self.reserved_push = Some(fill.push as *const Expr as usize);
        self.plain_loop(l);
        self.reserved_push = None;
        self.pg.ir.br(done);
        self.pg.ir.builder.position_at_end(slow);
        self.plain_loop(l);
        self.pg.ir.br(done);
        self.pg.ir.builder.position_at_end(done);
    }

    pub(crate) fn plain_loop(&mut self, l: &hir::Loop) {
        let head = self.new_block("loop_test");
        let body = self.new_block("loop_body");
        let update = self.new_block("loop_update");
        let exit = self.new_block("loop_exit");
        self.pg.ir.br(if l.test_first { head } else { body });

        self.pg.ir.builder.position_at_end(head);
        match &l.test {
            Some(test) => {
                let cond = self.condition(test);
                self.pg.ir.cond_br(cond, body, exit);
            }
            None => self.pg.ir.br(body),
        }

        self.pg.ir.builder.position_at_end(body);
        self.scopes.push(Scope::Target { id: l.target, break_to: exit, continue_to: Some(update) });
        self.stmts(&l.body);
        self.scopes.pop();
        if !self.pg.ir.is_terminated() {
            self.pg.ir.br(update);
        }

        self.pg.ir.builder.position_at_end(update);
        // Each iteration gets its own copy of the head's boxed `let` bindings.
        for &local in &l.per_iteration {
            if self.func.locals[local].boxed {
                // The bits as they are (a raw double stays one).
                let value = self.cell_bits(Var::Local(local));
                let cell = self.new_cell(value);
                self.pg.ir.store(self.locals[local], cell);
            }
        }
        if let Some(u) = &l.update {
            self.expr(u);
        }
        self.pg.ir.br(head);
        self.pg.ir.builder.position_at_end(exit);
    }

    fn switch(&mut self, target: hir::TargetId, discriminant: &Expr, cases: &[hir::SwitchCase]) {
        let value = self.expr(discriminant);
        let exit = self.new_block("switch_end");
        let bodies: Vec<BasicBlock<'ctx>> = cases.iter().map(|_| self.new_block("case")).collect();
        // Tests run in source order; `default` is taken only after all of them fail.
        for (i, case) in cases.iter().enumerate() {
            if let Some(test) = &case.test {
                let t = self.expr(test);
                let eq = self.strict_equal(value, t);
                let next = self.new_block("case_test");
                self.pg.ir.cond_br(eq, bodies[i], next);
                self.pg.ir.builder.position_at_end(next);
            }
        }
        let default = cases.iter().position(|c| c.test.is_none()).map_or(exit, |i| bodies[i]);
        self.pg.ir.br(default);
        self.scopes.push(Scope::Target { id: target, break_to: exit, continue_to: None });
        for (i, case) in cases.iter().enumerate() {
            self.pg.ir.builder.position_at_end(bodies[i]);
            self.stmts(&case.body);
            if !self.pg.ir.is_terminated() {
                let next = bodies.get(i + 1).copied().unwrap_or(exit);
                self.pg.ir.br(next);
            }
        }
        self.scopes.pop();
        self.pg.ir.builder.position_at_end(exit);
    }

    fn strict_equal(&mut self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> IntValue<'ctx> {
        self.strict_equal_fast(a, b)
    }

    /// Leaves towards `jump` from inside the first `depth` scopes, running any
    /// `finally` blocks on the way.
    fn jump(&mut self, depth: usize, jump: Jump, value: Option<IntValue<'ctx>>) {
        for i in (0..depth).rev() {
            match &mut self.scopes[i] {
                Scope::Target { id, break_to, continue_to } => match jump {
                    Jump::Break(t) if t == *id => {
                        let to = *break_to;
                        self.pg.ir.br(to);
                        return;
                    }
                    Jump::Continue(t) if t == *id => {
                        let to = continue_to.expect("continue targets a loop");
                        self.pg.ir.br(to);
                        return;
                    }
                    _ => {}
                },
                Scope::Catch { .. } => {}
                Scope::Finally(f) => {
                    let code = match f.jumps.iter().position(|j| *j == jump) {
                        Some(p) => p,
                        None => {
                            f.jumps.push(jump);
                            f.jumps.len() - 1
                        }
                    } as u64
                        + COMPLETION_FIRST_JUMP;
                    let (kind, slot, entry) = (f.kind, f.value, f.entry);
                    let ir = &self.pg.ir;
                    ir.store(kind, ir.const_u64(code));
                    if let Some(v) = value {
                        ir.store(slot, v);
                    }
                    ir.br(entry);
                    return;
                }
            }
        }
        match jump {
            Jump::Return => self.emit_return(Val::Boxed(value.expect("return carries a value"))),
            _ => unreachable!("the frontend resolves every jump target"),
        }
    }

    fn try_stmt(&mut self, block: &[Stmt], catch: Option<&(Option<Var>, Vec<Stmt>)>, finally: Option<&[Stmt]>) {
        let after = self.new_block("try_end");
        let finally_depth = self.scopes.len();
        if finally.is_some() {
            let kind = self.entry_alloca("completion");
            let value = self.entry_alloca("completion_value");
            let entry = self.new_block("finally");
            let throw_entry = self.new_block("finally_throw");
            self.scopes.push(Scope::Finally(FinallyScope { entry, throw_entry, kind, value, jumps: Vec::new() }));
        }
        // Normal completion of the try (and catch) goes here.
        let normal_exit = match &self.scopes.last() {
            Some(Scope::Finally(f)) if finally.is_some() => {
                let bb = self.new_block("finally_normal");
                let (kind, entry) = (f.kind, f.entry);
                let ir = &self.pg.ir;
                let current = ir.current_block();
                ir.builder.position_at_end(bb);
                ir.store(kind, ir.const_u64(COMPLETION_NORMAL));
                ir.br(entry);
                ir.builder.position_at_end(current);
                bb
            }
            _ => after,
        };

        match catch {
            Some((param, handler_body)) => {
                let handler = self.new_block("catch");
                self.scopes.push(Scope::Catch { handler });
                self.stmts(block);
                self.scopes.pop();
                if !self.pg.ir.is_terminated() {
                    self.pg.ir.br(normal_exit);
                }
                self.pg.ir.builder.position_at_end(handler);
                let exception = self.call_runtime(Rt::TakeException, &[]);
                if let Some(var) = param {
                    self.write_var(*var, exception);
                }
                self.stmts(handler_body);
                if !self.pg.ir.is_terminated() {
                    self.pg.ir.br(normal_exit);
                }
            }
            None => {
                self.stmts(block);
                if !self.pg.ir.is_terminated() {
                    self.pg.ir.br(normal_exit);
                }
            }
        }

        if let Some(finally_body) = finally {
            let Some(Scope::Finally(f)) = self.scopes.pop() else { unreachable!("pushed above") };
            debug_assert_eq!(self.scopes.len(), finally_depth);
            let ir = &self.pg.ir;
            ir.builder.position_at_end(f.throw_entry);
            let exception = ir.call(self.pg.runtime(Rt::TakeException), &[]).expect("value").into_int_value();
            ir.store(f.value, exception);
            ir.store(f.kind, ir.const_u64(COMPLETION_THROW));
            ir.br(f.entry);

            ir.builder.position_at_end(f.entry);
            self.stmts(finally_body);
            if !self.pg.ir.is_terminated() {
                let ir = &self.pg.ir;
                let kind = ir.load(ir.i64, f.kind);
                let rethrow = self.new_block("finally_rethrow");
                let mut cases = vec![(self.v(COMPLETION_THROW), rethrow)];
                let jump_blocks: Vec<BasicBlock<'ctx>> =
                    f.jumps.iter().map(|_| self.new_block("finally_jump")).collect();
                for (i, bb) in jump_blocks.iter().enumerate() {
                    cases.push((self.v(COMPLETION_FIRST_JUMP + i as u64), *bb));
                }
                self.pg.ir.switch(kind, after, &cases);

                self.pg.ir.builder.position_at_end(rethrow);
                let value = self.pg.ir.load(self.pg.ir.i64, f.value);
                self.pg.ir.call(self.pg.runtime(Rt::Throw), &[value.into()]);
                let outer = self.throw_target(finally_depth);
                self.pg.ir.br(outer);

                for (jump, bb) in f.jumps.iter().zip(jump_blocks) {
                    self.pg.ir.builder.position_at_end(bb);
                    let value = (*jump == Jump::Return).then(|| self.pg.ir.load(self.pg.ir.i64, f.value));
                    self.jump(finally_depth, *jump, value);
                }
            }
        }
        self.pg.ir.builder.position_at_end(after);
    }

    // ---- expressions -----------------------------------------------------

    /// An expression's value, NaN-boxed.
    pub(crate) fn expr(&mut self, e: &Expr) -> IntValue<'ctx> {
        let v = self.val(e);
        self.boxed(v)
    }

    /// An expression's value, unboxed where its type allows: the specialized
    /// forms first, the generic code for everything else.
    pub(crate) fn val(&mut self, e: &Expr) -> Val<'ctx> {
        dxl_frontend::stack::with_room(|| self.val_with_room(e))
    }

    fn val_with_room(&mut self, e: &Expr) -> Val<'ctx> {
        // `f.call(r)` passes its receiver to `f` as a plain call would.
        let site = match e {
            Expr::Call { callee, pos, .. } if self.types.function_call(callee) => (*pos, call_site::PLAIN),
            Expr::Call { this: Some(_), pos, .. } => (*pos, call_site::METHOD),
            Expr::Call { pos, .. } => (*pos, call_site::PLAIN),
            Expr::New { pos, .. } => (*pos, call_site::NEW),
            _ => return self.val_of(e),
        };
        let outer = self.call_site.replace(site);
        let v = self.val_of(e);
        self.call_site = outer;
        v
    }

    /// The call-site word of the call being compiled (see
    /// `dxl_abi::runtime_functions::call_site`).
    pub(crate) fn call_site_word(&mut self) -> Option<u32> {
        let (pos, kind) = self.call_site?;
        Some(self.pg.position_index(pos, self.id) | kind << call_site::KIND_SHIFT)
    }

    fn val_of(&mut self, e: &Expr) -> Val<'ctx> {
        let t = self.types.expr(e);
        match e {
            Expr::Number(n) => match t {
                Type::Int32(_) => return Val::I32(self.const_i32(*n as i32)),
                Type::Double => return Val::F64(self.const_f64(*n)),
                _ => {}
            },
            Expr::Bool(b) if t == Type::Boolean => {
                return Val::Bool(self.pg.ir.context.bool_type().const_int(u64::from(*b), false));
            }
            Expr::Read(var) => return self.read_val(*var),
            Expr::Write(var, value) => {
                let v = self.val(value);
                self.write_val(*var, v);
                return v;
            }
            Expr::Sequence(items) if !items.is_empty() => {
                for item in &items[..items.len() - 1] {
                    self.val(item);
                }
                return self.val(&items[items.len() - 1]);
            }
            Expr::Unary(op, operand) => {
                let to = self.types.expr(operand);
                if to.is_number_or_undefined() || to == Type::Boolean || matches!(op, UnaryOp::Not) {
                    let v = self.val(operand);
                    if let Some(r) = self.typed_unary(*op, to, t, v) {
                        return r;
                    }
                    let b = self.boxed(v);
                    return Val::Boxed(self.unary_boxed(*op, b));
                }
            }
            Expr::Binary(op, a, b) => {
                let (mut ta, mut tb) = (self.types.expr(a), self.types.expr(b));
                // A number-array read where undefined would become NaN anyway:
                // an f64, undefined's bits being a NaN.
                let va = if self.types.number_array_read(a) {
                    ta = Type::Double;
                    self.number_read(a)
                } else {
                    self.val(a)
                };
                let vb = if self.types.number_array_read(b) {
                    tb = Type::Double;
                    self.number_read(b)
                } else {
                    self.val(b)
                };
                if let Some(r) = self.typed_binary(*op, (ta, va), (tb, vb), t) {
                    return r;
                }
                let (ba, bb) = (self.boxed(va), self.boxed(vb));
                return Val::Boxed(self.binary(*op, ba, bb));
            }
            Expr::GetProp { object, key, pos }
                if matches!(&**key, Expr::String(k) if k == "length")
                    && let Type::Array(c, nullish) = self.types.expr(object)
                    && self.types.classes[c as usize].escaped.is_none() =>
            {
                let o = self.expr(object);
                if self.types.packed(c).is_some() {
                    return Val::I32(self.packed_length(o, nullish, *pos));
                }
                return Val::I32(self.tracked_array_length(o, nullish, *pos));
            }
            Expr::GetProp { .. } if let Some(v) = self.tracked_read(e, false) => return v,
            Expr::GetProp { object, key, pos } if let Some(access) = self.types.family(e) => {
                let Expr::String(name) = &**key else { unreachable!("family accesses have static keys") };
                let o = self.expr(object);
                return Val::Boxed(self.get_family(o, name, access, *pos));
            }
            Expr::SetProp { object, key, value, pos } if let Some(access) = self.types.family(e) => {
                let Expr::String(name) = &**key else { unreachable!("family accesses have static keys") };
                let o = self.expr(object);
                let v = self.expr(value);
                self.set_family(o, name, v, access, *pos);
                return Val::Boxed(v);
            }
            Expr::GetProp { object, key, pos } if let Some(access) = self.types.slot(e) => {
                let Expr::String(name) = &**key else { unreachable!("slot accesses have static keys") };
                let o = self.expr(object);
                return self.get_slot(o, name, access, *pos);
            }
            Expr::SetProp { object, key, value, pos } if let Some(access) = self.types.slot(e) => {
                let Expr::String(name) = &**key else { unreachable!("slot accesses have static keys") };
                let o = self.expr(object);
                let v = self.val(value);
                self.set_slot(o, name, v, access, *pos);
                return v;
            }
            // A constructor adding a field: the object was made with every
            // field of its class in place (see `TypeTables::layout`).
            Expr::SetProp { object, key, value, pos } if let Some(access) = self.types.initializer(e) => {
                let Expr::String(name) = &**key else { unreachable!("initializers have static keys") };
                let o = self.expr(object);
                let v = self.val(value);
                self.set_slot(o, name, v, access, *pos);
                return v;
            }
            Expr::New { callee, args, pos, .. }
                if let Type::Function(f) = self.types.expr(callee)
                    && let Some(class) = self.types.layout(f) =>
            {
                let closure = self.expr(callee);
                let values: Vec<Val<'ctx>> = args.iter().map(|a| self.val(a)).collect();
                let shape = self.class_shape(class);
                // One closure, whose `prototype` nothing writes (or its class
                // would not be tracked): its prototype is looked up once.
                let cache = match self.types.created_once[f] {
                    true => self.pg.prototype_global(class),
                    false => self.pg.ir.ptr.const_null(),
                };
                let fields = self.types.classes[class as usize].fields.len();
                let object = match self.types.created_once[f] {
                    true => self.new_with_layout_inline((closure, shape, cache), fields, *pos),
                    false => {
                        self.set_pos(*pos);
                        self.call_runtime(Rt::NewWithLayout, &[closure.into(), shape.into(), cache.into()])
                    }
                };
                self.call_specialized(f, closure, object, values);
                return Val::Boxed(object);
            }
            Expr::Conditional(test, a, b) => return self.conditional(test, a, b, Rep::of(t)),
            Expr::Logical(op, a, b) => return self.logical(*op, a, b, Rep::of(t)),
            Expr::GetProp { object, key, .. } if self.types.math_intact && t == Type::Double => {
                if let (Expr::GlobalRead(g, _), Expr::String(name)) = (&**object, &**key)
                    && g == "Math"
                    && let Some((_, value)) = MATH_CONSTANTS.iter().find(|(c, _)| c == name)
                {
                    return Val::F64(self.const_f64(*value));
                }
            }
            Expr::Call { callee, this, args, desc, pos } => {
                if self.types.math_intact
                    && let Some(name) = math_callee(callee)
                {
                    return self.math_call(name, args, t);
                }
                // `s.charCodeAt(i)` (the receiver temporary's read has no effect to run).
                if self.types.char_code_at(callee)
                    && let Expr::GetProp { object, .. } = &**callee
                {
                    let s = self.expr(object);
                    let i = self.val(&args[0]);
                    let index = self.coerce(i, Rep::I32).into_int_value();
                    return Val::F64(self.char_code_at(s, index));
                }
                // `a.push(..values)` of a tracked array: reading `push` off
                // undefined or null throws before the values are evaluated;
                // then each is appended in turn.
                if let Expr::GetProp { object, key, pos } = &**callee
                    && matches!(&**key, Expr::String(k) if k == "push")
                    && !args.is_empty()
                    && let Type::Array(c, nullish) = self.types.expr(object)
                    && self.types.classes[c as usize].escaped.is_none()
                {
                    let a = self.expr(object);
                    if nullish {
                        let (_, is_object) = self.object_pointer(a);
                        self.throw_unless_object(a, is_object, "push", *pos);
                    }
                    let values: Vec<Val<'ctx>> = args.iter().map(|v| self.val(v)).collect();
                    let mut length = None;
                    for v in values {
                        if self.reserved_push == Some(e as *const Expr as usize) {
                            let packing = self.types.packed(c).expect("fill loops push to packed arrays");
                            length = Some(self.packed_push_reserved(packing, a, v));
                            continue;
                        }
                        if let Some(packing) = self.types.packed(c) {
                            length = Some(self.packed_push(packing, a, v, *pos));
                            continue;
                        }
                        let stored = self.element_value(v, c);
                        length = Some(self.tracked_push(a, stored, *pos));
                    }
                    return length.expect("at least one value is pushed");
                }
                if let Some((kind, f)) = self.types.array_loop(callee)
                    && let Expr::GetProp { object, pos, .. } = &**callee
                    && let Type::Array(c, _) = self.types.expr(object)
                {
                    return self.array_loop(kind, (f, &args[0], args.get(1)), (c, object), (t, *pos));
                }
                // `f.call(receiver, ..args)` calls `f` (the receiver
                // temporary's read has no effect to run); any other callee
                // typed as a function is that function.
                let direct = match (self.types.expr(callee), &**callee) {
                    (Type::Function(f), Expr::GetProp { object, .. }) if self.types.function_call(callee) => {
                        self.direct_call(f, object, args.first(), args.get(1..).unwrap_or(&[]), true)
                    }
                    (Type::Function(f), _) if !self.types.function_call(callee) => {
                        self.direct_call(f, callee, this.as_deref(), args, false)
                    }
                    (Type::Functions(set), _) => {
                        self.dispatched_call(set, callee, this.as_deref(), args, t, (desc, *pos))
                    }
                    _ => None,
                };
                if let Some(v) = direct {
                    return v;
                }
            }
            _ => {}
        }
        Val::Boxed(self.expr_generic(e))
    }

    /// `a[i]` of an array whose class never escapes, with an int32 index,
    /// if `e` is one; with `as_number`, as an f64 (undefined as NaN).
    fn tracked_read(&mut self, e: &Expr, as_number: bool) -> Option<Val<'ctx>> {
        let Expr::GetProp { object, key, pos } = e else { return None };
        let Type::Array(c, nullish) = self.types.expr(object) else { return None };
        let key_type = self.types.expr(key);
        if matches!(&**key, Expr::String(_))
            || self.types.classes[c as usize].escaped.is_some()
            || !key_type.is_number_or_undefined()
        {
            return None;
        }
        let o = self.expr(object);
        // An int32 key is an index as it is; other numbers are checked.
        let k = match (key_type, self.val(key)) {
            (Type::Int32(_), k) => Val::I32(self.coerce(k, Rep::I32).into_int_value()),
            (_, k) => k,
        };
        if let Some(packing) = self.types.packed(c) {
            let index = self.packed_index(k);
            return Some(self.packed_read(packing, o, index, (nullish, self.read_in_bounds(e)), *pos));
        }
        if self.read_in_bounds(e) {
            if nullish {
                self.throw_unless_object_keyed(o, k, *pos);
            }
            let index = self.coerce(k, Rep::I32).into_int_value();
            let address = self.element_address(o, index);
            let bits = self.pg.ir.load_heap(self.pg.ir.i64, address, Heap::Value);
            // As a number, a hole's or undefined's bits are a NaN already.
            if as_number && self.types.raw_double_elements(c) {
                return Some(Val::F64(self.raw_bits_as_f64(bits)));
            }
            return Some(self.element_from_bits(c, bits));
        }
        let dense_only =
            !self.types.classes[c as usize].may_be_sparse && matches!(key_type, Type::Int32(r) if r.lo >= 0);
        let read = ElementRead { raw: self.types.raw_double_elements(c), as_number, dense_only };
        Some(self.tracked_element(o, k, nullish, read, *pos))
    }

    /// An operand the solver proved reads a number array where undefined
    /// becomes NaN: an f64.
    fn number_read(&mut self, e: &Expr) -> Val<'ctx> {
        let v = match self.tracked_read(e, true) {
            Some(v) => v,
            None => self.val(e),
        };
        Val::F64(self.as_f64(v))
    }

    /// `v` as an element of array class `c` stores it.
    pub(crate) fn element_value(&mut self, v: Val<'ctx>, c: ClassId) -> IntValue<'ctx> {
        debug_assert!(self.types.packed(c).is_none(), "packed arrays store their own elements");
        if self.types.raw_double_elements(c) {
            self.raw_element_value(v)
        } else if self.types.int32_elements(c) {
            let i = self.coerce(v, Rep::I32);
            self.boxed(Val::from_basic(Rep::I32, i))
        } else {
            self.boxed(v)
        }
    }

    pub(crate) fn typed_phi(&mut self, rep: Rep, incoming: &[(BasicValueEnum<'ctx>, BasicBlock<'ctx>)]) -> Val<'ctx> {
        let ir = &self.pg.ir;
        let phi = ir.builder.build_phi(rep.llvm(ir.context), "").expect("positioned");
        for (v, bb) in incoming {
            phi.add_incoming(&[(v, *bb)]);
        }
        Val::from_basic(rep, phi.as_basic_value())
    }

    /// A call of a known function: straight to its specialized body with
    /// unboxed arguments; `closure` evaluates to the function, and with
    /// `via_call` the call is `f.call(this, ..args)`. `None` when the call
    /// must stay generic.
    fn direct_call(
        &mut self,
        f: hir::FuncId,
        closure: &Expr,
        this: Option<&Expr>,
        args: &[Expr],
        via_call: bool,
    ) -> Option<Val<'ctx>> {
        let sloppy_this = self.sloppy_this(f);
        // A method found on the receiver proves it is no undefined or null;
        // `f.call(r)` proves nothing.
        let receiver_is_object = this.is_some_and(|t| match self.types.expr(t) {
            Type::Object(_, nullish) | Type::Array(_, nullish) => !nullish || !via_call,
            Type::Function(_) => true,
            Type::Functions(s) => !self.types.function_set(s).contains(&NO_FUNCTION),
            _ => false,
        });
        if this.is_some() && sloppy_this && !receiver_is_object {
            // A sloppy callee would need its receiver converted to an object: leave that to the runtime.
            return None;
        }
        // A function created once has one closure: in its own body that is
        // the callee, elsewhere it is in its global. A plain read, or a
        // property read of a proven object, has no effects to keep.
        let once = self.types.created_once[f];
        let c = match closure {
            Expr::Read(_) if once && f == self.id => self.param(0).into_int_value(),
            Expr::Read(Var::Captured(_)) if once => self.closure_of(f),
            Expr::GetProp { object, key, .. }
                if once
                    && matches!(&**key, Expr::String(_))
                    && matches!(self.types.expr(object), Type::Object(_, false) | Type::Array(_, false)) =>
            {
                self.expr(object);
                self.closure_of(f)
            }
            _ => self.expr(closure),
        };
        let this_value = match this {
            Some(t) => self.expr(t),
            None if sloppy_this => self.call_runtime(Rt::GlobalThis, &[]),
            None => self.v(tag::UNDEFINED),
        };
        let values: Vec<Val<'ctx>> = args.iter().map(|a| self.val(a)).collect();
        Some(self.call_specialized(f, c, this_value, values))
    }

    /// Whether a call of `f` with no object receiver needs the receiver
    /// converted (sloppy code that reads its `this`).
    fn sloppy_this(&self, f: hir::FuncId) -> bool {
        let target = &self.program.functions[f];
        self.types.reads_this[f] && !target.strict && target.kind != FunctionKind::Arrow
    }

    /// A call of a closure of one of a few known functions (`t` is the
    /// call's type): the closure's code pointer says which function it is,
    /// and that one's specialized body is called directly. `None` when the
    /// call must stay generic.
    fn dispatched_call(
        &mut self,
        set: FunctionSetId,
        closure: &Expr,
        this: Option<&Expr>,
        args: &[Expr],
        t: Type,
        (desc, pos): (&str, Pos),
    ) -> Option<Val<'ctx>> {
        let set = self.types.function_set(set);
        let nullish = set.contains(&NO_FUNCTION);
        let candidates: Vec<hir::FuncId> = set.iter().copied().filter(|&f| f != NO_FUNCTION).collect();
        // The method was found on the receiver: an object, never undefined or null.
        let receiver_is_object = this.is_some_and(|t| match self.types.expr(t) {
            Type::Object(..) | Type::Array(..) | Type::Function(_) => true,
            Type::Functions(s) => !self.types.function_set(s).contains(&NO_FUNCTION),
            _ => false,
        });
        if this.is_some() && !receiver_is_object && candidates.iter().any(|&f| self.sloppy_this(f)) {
            return None;
        }
        let c = self.expr(closure);
        let this_value = this.map(|t| self.expr(t));
        let values: Vec<Val<'ctx>> = args.iter().map(|a| self.val(a)).collect();
        let rep = Rep::of(t);
        let done = self.new_block("dispatch_done");
        let mut incoming = Vec::new();
        // The solver proved `c` a closure of one of them (or, with `nullish`,
        // undefined or null): an object whose code pointer is that function's
        // generic entry.
        let (p, is_object) = self.object_pointer(c);
        if nullish {
            // Calling undefined or null: the runtime throws what Node throws.
            let missing = self.new_block("dispatch_not_a_function");
            let found = self.new_block("dispatch_closure");
            self.pg.ir.cond_br(is_object, found, missing);
            self.pg.ir.builder.position_at_end(missing);
            let boxed: Vec<IntValue<'ctx>> = values.iter().map(|v| self.boxed(*v)).collect();
            let (buffer, argc) = self.argument_buffer(&boxed);
            let this = this_value.unwrap_or_else(|| self.v(tag::UNDEFINED));
            let desc = self.string(desc);
            let thrown = self.call_value(c, this, buffer, argc, desc, pos);
            let v = self.coerce(Val::Boxed(thrown), rep);
            incoming.push((v, self.pg.ir.current_block()));
            self.pg.ir.br(done);
            self.pg.ir.builder.position_at_end(found);
        }
        let code = self.load_ptr(p, tag::FUNCTION_CODE_OFFSET);
        let ir = &self.pg.ir;
        let code = ir.builder.build_ptr_to_int(code, ir.i64, "").expect("positioned");
        for (i, &f) in candidates.iter().enumerate() {
            // The last candidate needs no compare.
            if i + 1 < candidates.len() {
                let ir = &self.pg.ir;
                let entry = self.pg.functions[f].as_global_value().as_pointer_value();
                let entry = ir.builder.build_ptr_to_int(entry, ir.i64, "").expect("positioned");
                let is_f = ir.icmp(IntPredicate::EQ, code, entry);
                let call = self.new_block("dispatch_call");
                let next = self.new_block("dispatch_next");
                self.pg.ir.cond_br(is_f, call, next);
                self.pg.ir.builder.position_at_end(call);
                let v = self.dispatch_to(f, c, this_value, &values, rep);
                incoming.push((v, self.pg.ir.current_block()));
                self.pg.ir.br(done);
                self.pg.ir.builder.position_at_end(next);
            } else {
                let v = self.dispatch_to(f, c, this_value, &values, rep);
                incoming.push((v, self.pg.ir.current_block()));
                self.pg.ir.br(done);
            }
        }
        self.pg.ir.builder.position_at_end(done);
        Some(self.typed_phi(rep, &incoming))
    }

    /// One candidate's call in [`Self::dispatched_call`], its result in `rep`.
    fn dispatch_to(
        &mut self,
        f: hir::FuncId,
        closure: IntValue<'ctx>,
        this: Option<IntValue<'ctx>>,
        values: &[Val<'ctx>],
        rep: Rep,
    ) -> BasicValueEnum<'ctx> {
        let this_value = match this {
            Some(v) => v,
            None if self.sloppy_this(f) => self.call_runtime(Rt::GlobalThis, &[]),
            None => self.v(tag::UNDEFINED),
        };
        let result = self.call_specialized(f, closure, this_value, values.to_vec());
        self.coerce(result, rep)
    }

    /// The one closure of `f`, a function created once.
    pub(crate) fn closure_of(&mut self, f: hir::FuncId) -> IntValue<'ctx> {
        let global = self.pg.closure_global(f);
        let ir = &self.pg.ir;
        ir.load(ir.i64, global)
    }

    /// Calls `f`'s specialized body.
    pub(crate) fn call_specialized(
        &mut self,
        f: hir::FuncId,
        closure: IntValue<'ctx>,
        this: IntValue<'ctx>,
        values: Vec<Val<'ctx>>,
    ) -> Val<'ctx> {
        let (param_reps, ret_rep) = self.pg.spec_reps[f].clone();
        let mut call_args: Vec<BasicMetadataValueEnum<'ctx>> = vec![closure.into(), this.into()];
        for (i, rep) in param_reps.iter().enumerate() {
            let v = values.get(i).copied().unwrap_or_else(|| Val::Boxed(self.v(tag::UNDEFINED)));
            call_args.push(self.coerce(v, *rep).into());
        }
        let spec = match f == self.id {
            true => self.self_call_target(),
            false => self.pg.specs[f],
        };
        let word = self.call_site_word();
        let result = self.pg.ir.call_at(spec, &call_args, word);
        let result = result.try_as_basic_value().basic().expect("specialized functions return a value");
        match ret_rep {
            Rep::Boxed => {
                let v = result.into_int_value();
                self.check_exception(v);
                Val::Boxed(v)
            }
            rep => {
                let (value, threw) = self.unpack_pair(result);
                let handler = self.throw_target(self.scopes.len());
                let ok = self.new_block("ok");
                self.pg.ir.cond_br_unlikely(threw, handler, ok);
                self.pg.ir.builder.position_at_end(ok);
                Val::from_basic(rep, value)
            }
        }
    }

    /// The runtime shape of class `class`'s objects, built on first use.
    pub(crate) fn class_shape(&mut self, class: ClassId) -> PointerValue<'ctx> {
        let global = self.pg.layout_global(class);
        let ptr_type = self.pg.ir.ptr;
        let cached = self.pg.ir.builder.build_load(ptr_type, global, "").expect("positioned").into_pointer_value();
        let build = self.new_block("layout_build");
        let done = self.new_block("layout_done");
        let from = self.pg.ir.builder.get_insert_block().expect("positioned");
        let missing = self.pg.ir.builder.build_is_null(cached, "").expect("positioned");
        self.pg.ir.cond_br_unlikely(missing, build, done);
        self.pg.ir.builder.position_at_end(build);
        let names: Vec<String> = self.types.classes[class as usize].fields.iter().map(|(n, _)| n.clone()).collect();
        let mut shape = ptr_type.const_null();
        for name in &names {
            let key = self.string(name);
            shape = self
                .pg
                .ir
                .call(self.pg.runtime(Rt::LayoutShape), &[shape.into(), key.into()])
                .expect("returns a shape")
                .into_pointer_value();
        }
        self.pg.ir.store(global, shape);
        let built = self.pg.ir.builder.get_insert_block().expect("positioned");
        self.pg.ir.br(done);
        self.pg.ir.builder.position_at_end(done);
        let phi = self.pg.ir.builder.build_phi(ptr_type, "").expect("positioned");
        phi.add_incoming(&[(&cached, from), (&shape, built)]);
        phi.as_basic_value().into_pointer_value()
    }

    /// The generic (NaN-boxed) code for an expression.
    fn expr_generic(&mut self, e: &Expr) -> IntValue<'ctx> {
        match e {
            Expr::Undefined => self.v(tag::UNDEFINED),
            Expr::Null => self.v(tag::NULL),
            Expr::Bool(b) => self.v(tag::from_bool(*b)),
            Expr::Number(n) => self.v(number_bits(*n)),
            Expr::String(s) => self.string(s),
            // Only an object literal's key, which `Expr::Object` handles.
            Expr::LiteralProtoKey => self.string("__proto__"),
            Expr::Read(var) => self.read_var(*var),
            Expr::ReadChecked(var, name) => {
                // The marker is checked in the bits the cell holds.
                let v = match self.is_boxed(*var) {
                    true => self.cell_bits(*var),
                    false => self.read_var(*var),
                };
                let uninitialized = self.new_block("tdz");
                let ok = self.new_block("initialized");
                let ir = &self.pg.ir;
                let is_tdz = ir.icmp(IntPredicate::EQ, v, ir.const_u64(tag::UNINITIALIZED));
                ir.cond_br_unlikely(is_tdz, uninitialized, ok);
                ir.builder.position_at_end(uninitialized);
                let n = self.string(name);
                // Always throws: straight to the handler.
                self.pg.ir.call(self.pg.runtime(Rt::TdzError), &[n.into()]);
                let handler = self.throw_target(self.scopes.len());
                self.pg.ir.br(handler);
                self.pg.ir.builder.position_at_end(ok);
                match self.is_boxed(*var) {
                    true => {
                        let content = self.cell_content(*var, v);
                        self.boxed(content)
                    }
                    false => v,
                }
            }
            Expr::SetFunctionName(function, key) => {
                let f = self.expr(function);
                let k = self.expr(key);
                self.call_runtime(Rt::SetFunctionName, &[f.into(), k.into()])
            }
            Expr::ForInHas(object, key) => {
                let o = self.expr(object);
                let k = self.expr(key);
                let ir = &self.pg.ir;
                let r = ir
                    .call(self.pg.runtime(Rt::ForInHas), &[o.into(), k.into()])
                    .expect("returns i32")
                    .into_int_value();
                let has = ir.icmp(IntPredicate::NE, r, ir.const_u32(0));
                self.bool_value(has)
            }
            Expr::Write(var, value) => {
                let v = self.val(value);
                self.write_val(*var, v);
                self.boxed(v)
            }
            Expr::GlobalRead(name, pos) => {
                let n = self.string(name);
                self.set_pos(*pos);
                self.call_runtime(Rt::GlobalGet, &[n.into()])
            }
            Expr::GlobalWrite(name, value, pos) => {
                let v = self.expr(value);
                let n = self.string(name);
                self.set_pos(*pos);
                self.call_runtime(Rt::GlobalSet, &[n.into(), v.into()]);
                v
            }
            Expr::GlobalTypeOf(name) => {
                let n = self.string(name);
                self.call_runtime(Rt::GlobalTypeOf, &[n.into()])
            }
            Expr::Callee => self.param(0).into_int_value(),
            Expr::GetProp { object, key, pos } => {
                let o = self.expr(object);
                if let Expr::String(name) = &**key {
                    let k = self.string(name);
                    let cache = self.pg.property_cache();
                    return self.get_named(o, k, cache, name == "length", *pos);
                }
                let k = self.val(key);
                let v = self.get_element(o, k, *pos);
                match self.types.expr(object) {
                    Type::Array(c, _) if self.types.raw_double_elements(c) => self.canonical_element(v),
                    _ => v,
                }
            }
            Expr::SetProp { object, key, value, pos } => {
                let o = self.expr(object);
                if let Expr::String(name) = &**key {
                    let k = self.string(name);
                    let v = self.expr(value);
                    let cache = self.pg.property_cache();
                    self.set_named(o, k, v, cache, *pos);
                    return v;
                }
                let k = self.val(key);
                let v = self.val(value);
                match self.types.expr(object) {
                    Type::Array(c, nullish) if let Some(packing) = self.types.packed(c) => {
                        let index = self.coerce(k, Rep::I32).into_int_value();
                        self.packed_write(packing, o, index, v, (nullish, self.types.in_bounds(e)), *pos);
                    }
                    Type::Array(c, nullish) if self.types.in_bounds(e) => {
                        let stored = self.element_value(v, c);
                        if nullish {
                            self.throw_unless_object_on_set(o, k, stored, *pos);
                        }
                        let index = self.coerce(k, Rep::I32).into_int_value();
                        let address = self.element_address(o, index);
                        self.pg.ir.store_heap(address, stored, Heap::Value);
                    }
                    Type::Array(c, nullish) if self.types.classes[c as usize].escaped.is_none() => {
                        let stored = self.element_value(v, c);
                        if nullish {
                            self.throw_unless_object_on_set(o, k, stored, *pos);
                        }
                        self.set_tracked_element(o, k, stored, *pos);
                    }
                    _ => {
                        let stored = self.boxed(v);
                        self.set_element(o, k, stored, *pos)
                    }
                }
                self.boxed(v)
            }
            Expr::DeleteProp { object, key, pos } => {
                let o = self.expr(object);
                let k = self.expr(key);
                self.set_pos(*pos);
                self.call_runtime(Rt::DeleteProp, &[o.into(), k.into()])
            }
            Expr::Unary(op, operand) => self.unary(*op, operand),
            Expr::Binary(op, a, b) => {
                let a = self.expr(a);
                let b = self.expr(b);
                self.binary(*op, a, b)
            }
            // `val` compiles these for every representation.
            Expr::Logical(..) | Expr::Conditional(..) => {
                let v = self.val(e);
                self.boxed(v)
            }
            Expr::Sequence(items) => {
                let mut last = self.v(tag::UNDEFINED);
                for item in items {
                    last = self.expr(item);
                }
                last
            }
            Expr::Call { callee, this, args, desc, pos } => {
                let f = self.expr(callee);
                let this = match this {
                    Some(t) => self.expr(t),
                    None => self.v(tag::UNDEFINED),
                };
                let (argv, argc) = self.arguments(args);
                let desc = self.string(desc);
                self.call_value(f, this, argv, argc, desc, *pos)
            }
            // `new Array()` or `new Array(n)` of the built-in, `n` a number
            // (the solver made it an array class): no lookup of `Array`.
            Expr::New { args, pos, .. } if self.types.literal_class(e).is_some() => {
                let n = match args.first() {
                    Some(a) => self.expr(a),
                    None => self.v(tag::from_int32(0)),
                };
                self.set_pos(*pos);
                self.call_runtime(Rt::ArrayWithLength, &[n.into()])
            }
            Expr::New { callee, args, desc, pos } => {
                let f = self.expr(callee);
                let (argv, argc) = self.arguments(args);
                let desc = self.string(desc);
                self.set_pos(*pos);
                self.call_runtime(Rt::Construct, &[f.into(), argv.into(), argc.into(), desc.into()])
            }
            Expr::Closure { func, captures } => self.closure(*func, captures),
            Expr::Object(props) => {
                let class = self.types.literal_class(e);
                let object = self.call_runtime(Rt::NewObject, &[]);
                for (slot, (key, value)) in props.iter().enumerate() {
                    if let Expr::LiteralProtoKey = key {
                        let v = self.expr(value);
                        self.call_runtime(Rt::LiteralProto, &[object.into(), v.into()]);
                        continue;
                    }
                    let k = self.expr(key);
                    let v = match class {
                        Some(c) => {
                            let v = self.val(value);
                            self.field_value(v, c, slot as u32)
                        }
                        None => self.expr(value),
                    };
                    self.call_runtime(Rt::DefineProp, &[object.into(), k.into(), v.into()]);
                }
                object
            }
            Expr::Array(elements)
                if let Some(packing) = self.types.literal_class(e).and_then(|c| self.types.packed(c)) =>
            {
                self.packed_literal(packing, elements)
            }
            Expr::Array(elements) => {
                let class = self.types.literal_class(e);
                let buffer = self.entry_array(elements.len() as u32);
                for (i, element) in elements.iter().enumerate() {
                    let v = match (element, class) {
                        (Some(e), Some(c)) => {
                            let v = self.val(e);
                            self.element_value(v, c)
                        }
                        (Some(e), None) => self.expr(e),
                        (None, _) => self.v(tag::HOLE),
                    };
                    let slot = self.pg.ir.element_ptr(buffer, i as u32);
                    self.pg.ir.store(slot, v);
                }
                let n = self.pg.ir.const_u32(elements.len() as u32);
                self.call_runtime(Rt::NewArray, &[buffer.into(), n.into()])
            }
            Expr::ConstAssignment(value, pos) => {
                self.expr(value);
                self.set_pos(*pos);
                self.call_runtime(Rt::ConstAssignment, &[])
            }
            Expr::ForInKeys(object) => {
                let o = self.expr(object);
                self.call_runtime(Rt::ForInKeys, &[o.into()])
            }
        }
    }

    fn arguments(&mut self, args: &[Expr]) -> (PointerValue<'ctx>, IntValue<'ctx>) {
        let values: Vec<IntValue<'ctx>> = args.iter().map(|a| self.expr(a)).collect();
        self.argument_buffer(&values)
    }

    /// The generic convention's `(argv, argc)` for values already evaluated.
    fn argument_buffer(&mut self, values: &[IntValue<'ctx>]) -> (PointerValue<'ctx>, IntValue<'ctx>) {
        let buffer = self.entry_array(values.len() as u32);
        for (i, v) in values.iter().enumerate() {
            let slot = self.pg.ir.element_ptr(buffer, i as u32);
            self.pg.ir.store(slot, *v);
        }
        (buffer, self.pg.ir.const_u32(values.len() as u32))
    }

    fn closure(&mut self, func: hir::FuncId, captures: &[Var]) -> IntValue<'ctx> {
        let callee = &self.program.functions[func];
        let buffer = self.entry_array(captures.len() as u32);
        for (i, var) in captures.iter().enumerate() {
            let cell = self.cell_of(*var);
            let slot = self.pg.ir.element_ptr(buffer, i as u32);
            self.pg.ir.store(slot, cell);
        }
        let code = self.pg.functions[func].as_global_value().as_pointer_value();
        let name = self.string(&callee.name);
        let mut flags = 0;
        match callee.kind {
            FunctionKind::Arrow => flags |= dxl_abi::runtime_functions::closure_flags::ARROW,
            FunctionKind::Method => flags |= dxl_abi::runtime_functions::closure_flags::METHOD,
            FunctionKind::Normal | FunctionKind::Script => {}
        }
        if callee.strict {
            flags |= dxl_abi::runtime_functions::closure_flags::STRICT;
        }
        let ir = &self.pg.ir;
        let args = [
            code.into(),
            name.into(),
            ir.const_u32(callee.length).into(),
            buffer.into(),
            ir.const_u32(captures.len() as u32).into(),
            ir.const_u32(flags).into(),
            ir.const_u32(callee.source_span.0).into(),
            ir.const_u32(callee.source_span.1).into(),
        ];
        let closure = self.call_runtime(Rt::NewClosure, &args);
        if self.types.created_once[func] {
            let global = self.pg.closure_global(func);
            self.pg.ir.store(global, closure);
        }
        closure
    }

    fn unary(&mut self, op: UnaryOp, operand: &Expr) -> IntValue<'ctx> {
        let v = self.expr(operand);
        self.unary_boxed(op, v)
    }

    fn unary_boxed(&mut self, op: UnaryOp, v: IntValue<'ctx>) -> IntValue<'ctx> {
        match op {
            UnaryOp::Neg => self.call_runtime(Rt::Neg, &[v.into()]),
            UnaryOp::Plus => self.call_runtime(Rt::ToNumber, &[v.into()]),
            UnaryOp::BitNot => self.call_runtime(Rt::BitNot, &[v.into()]),
            UnaryOp::TypeOf => self.call_runtime(Rt::TypeOf, &[v.into()]),
            UnaryOp::ToString => self.call_runtime(Rt::ToString, &[v.into()]),
            UnaryOp::Void => self.v(tag::UNDEFINED),
            UnaryOp::Not => {
                let t = self.truthy(v);
                self.pg.ir.select(t, self.v(tag::FALSE), self.v(tag::TRUE))
            }
        }
    }

    pub(crate) fn binary(&mut self, op: BinaryOp, a: IntValue<'ctx>, b: IntValue<'ctx>) -> IntValue<'ctx> {
        let f = match op {
            BinaryOp::StrictEq => {
                let eq = self.strict_equal(a, b);
                return self.bool_value(eq);
            }
            BinaryOp::StrictNe => {
                let eq = self.strict_equal(a, b);
                return self.pg.ir.select(eq, self.v(tag::FALSE), self.v(tag::TRUE));
            }
            BinaryOp::Add => Rt::Add,
            BinaryOp::Sub => Rt::Sub,
            BinaryOp::Mul => Rt::Mul,
            BinaryOp::Div => Rt::Div,
            BinaryOp::Mod => Rt::Mod,
            BinaryOp::Pow => Rt::Pow,
            BinaryOp::BitAnd => Rt::BitAnd,
            BinaryOp::BitOr => Rt::BitOr,
            BinaryOp::BitXor => Rt::BitXor,
            BinaryOp::Shl => Rt::Shl,
            BinaryOp::Shr => Rt::Shr,
            BinaryOp::UShr => Rt::UShr,
            BinaryOp::Lt => Rt::Lt,
            BinaryOp::Le => Rt::Le,
            BinaryOp::Gt => Rt::Gt,
            BinaryOp::Ge => Rt::Ge,
            BinaryOp::LooseEq => Rt::LooseEq,
            BinaryOp::LooseNe => Rt::LooseNe,
            BinaryOp::InstanceOf => Rt::InstanceOf,
            BinaryOp::In => Rt::In,
        };
        if Self::has_int32_fast_path(op) {
            return self.int32_fast_binary(op, a, b, f);
        }
        self.call_runtime(f, &[a.into(), b.into()])
    }

    /// `test ? a : b`, with the result in `rep`.
    fn conditional(&mut self, test: &Expr, a: &Expr, b: &Expr, rep: Rep) -> Val<'ctx> {
        let cond = self.condition(test);
        let then_bb = self.new_block("cond_then");
        let else_bb = self.new_block("cond_else");
        let join = self.new_block("cond_end");
        self.pg.ir.cond_br(cond, then_bb, else_bb);
        self.pg.ir.builder.position_at_end(then_bb);
        let va = self.val(a);
        let va = self.coerce(va, rep);
        let from_a = self.pg.ir.current_block();
        self.pg.ir.br(join);
        self.pg.ir.builder.position_at_end(else_bb);
        let vb = self.val(b);
        let vb = self.coerce(vb, rep);
        let from_b = self.pg.ir.current_block();
        self.pg.ir.br(join);
        self.pg.ir.builder.position_at_end(join);
        self.typed_phi(rep, &[(va, from_a), (vb, from_b)])
    }

    /// `a && b`, `a || b`, `a ?? b`, with the result in `rep`.
    fn logical(&mut self, op: LogicalOp, a: &Expr, b: &Expr, rep: Rep) -> Val<'ctx> {
        let left = self.val(a);
        let take_right = match (op, left) {
            (LogicalOp::And, _) => self.truthy_val(left),
            (LogicalOp::Or, _) => {
                let t = self.truthy_val(left);
                self.pg.ir.builder.build_not(t, "").expect("positioned")
            }
            (LogicalOp::Nullish, Val::Boxed(v)) => {
                let ir = &self.pg.ir;
                let is_undefined = ir.icmp(IntPredicate::EQ, v, ir.const_u64(tag::UNDEFINED));
                let is_null = ir.icmp(IntPredicate::EQ, v, ir.const_u64(tag::NULL));
                ir.builder.build_or(is_undefined, is_null, "").expect("positioned")
            }
            // An unboxed number or boolean is never nullish.
            (LogicalOp::Nullish, _) => self.pg.ir.context.bool_type().const_zero(),
        };
        let left = self.coerce(left, rep);
        let from_left = self.pg.ir.current_block();
        let right_bb = self.new_block("logical_right");
        let join = self.new_block("logical_end");
        self.pg.ir.cond_br(take_right, right_bb, join);
        self.pg.ir.builder.position_at_end(right_bb);
        let right = self.val(b);
        let right = self.coerce(right, rep);
        let from_right = self.pg.ir.current_block();
        self.pg.ir.br(join);
        self.pg.ir.builder.position_at_end(join);
        self.typed_phi(rep, &[(left, from_left), (right, from_right)])
    }
}

/// The boxed bits of a number constant: int32 when exact, as the runtime does.
pub fn number_bits(n: f64) -> u64 {
    if n.fract() == 0.0 && n >= f64::from(i32::MIN) && n <= f64::from(i32::MAX) && !(n == 0.0 && n.is_sign_negative()) {
        tag::from_int32(n as i32)
    } else {
        tag::from_f64(n)
    }
}
