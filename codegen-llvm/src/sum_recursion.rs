//! The integer body of a function that returns sums of its own calls (see
//! `dxl_typeinfer::sum_recursion`), and the entry that runs it.
//!
//! The body keeps a running total in an `i64`: each returned sum adds its
//! terms to it, and a call of the function in the sum's last place becomes
//! a jump back to the top with the call's arguments as the new parameters
//! (GCC's accumulator transform of `fib`), so one of `fib`'s two calls is a
//! loop. A total above 2^53, where doubles would have rounded, gives up: the
//! body returns [`GAVE_UP`], which every caller passes on, and the entry
//! runs the ordinary body, whose own calls start over in the integer body.
//!
//! The body returns a bare `i64`: a total (at most 2^53), [`GAVE_UP`] or
//! [`THREW`]. Both markers lie far above 2^53, so a caller adds a call's
//! result to its total (at most 2^53, so the sum cannot wrap) and one
//! compare of the sum with 2^53 catches either.

use dxl_abi::RuntimeFunction as Rt;
use dxl_abi::runtime_functions::call_site;
use dxl_abi::value as tag;
use dxl_frontend::hir::{Expr, Pos, Var};
use dxl_typeinfer::sum_recursion::{BaseCase, Descent, base_case, descent, self_call, sum_terms};
use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, IntValue, PointerValue};

use crate::function::FunctionGen;

/// The loop of an integer body (see [`FunctionGen::start_sum_loop`]).
#[derive(Clone, Copy)]
pub(crate) struct SumLoop<'ctx> {
    /// The running total's slot.
    pub total: PointerValue<'ctx>,
    /// The block a call in tail position jumps back to.
    pub head: BasicBlock<'ctx>,
    /// The stack left for the iterations still to come, in bytes; none
    /// when the function has a [`Descent`], whose depth the entry checked.
    pub room: Option<PointerValue<'ctx>>,
}
use crate::typed::{Rep, Val};

/// Totals up to this are exact as doubles, whatever the order of the additions.
const EXACT_LIMIT: u64 = 1 << 53;
/// The integer body's result when the total passed [`EXACT_LIMIT`].
pub(crate) const GAVE_UP: u64 = 1 << 62;
/// The integer body's result when it threw (the exception is pending).
pub(crate) const THREW: u64 = 1 << 63;
/// The stack a loop's iteration is charged with, as if the call it stands
/// for had made a frame (the integer body's own frame: a return address
/// and six saved registers, aligned). A runaway recursion that the loop
/// runs overflows as the calls would have, instead of looping forever.
const ITERATION_FRAME_BYTES: u64 = 64;

impl<'ctx> FunctionGen<'_, 'ctx> {
    /// Starts the loop that calls in tail position jump back to, with a total of 0.
    /// Unless the function has a [`Descent`], the loop also keeps the stack
    /// the iterations would have used: each takes [`ITERATION_FRAME_BYTES`]
    /// of the room left above the stack limit at entry (a subtraction in a
    /// register).
    pub(crate) fn start_sum_loop(&mut self) {
        let frame = self.frame_address();
        let ir = &self.pg().ir;
        let total = self.entry_slot(ir.i64.into(), "sum");
        ir.store(total, ir.const_u64(0));
        // The entry's check passed: the frame is at or above the limit.
        let limit = ir.load(ir.i64, self.pg().stack_limit.as_pointer_value());
        let room = self.entry_slot(ir.i64.into(), "stack_room");
        ir.store(room, ir.builder.build_int_sub(frame, limit, "").expect("positioned"));
        let head = self.new_block("sum_loop");
        let ir = &self.pg().ir;
        ir.br(head);
        ir.builder.position_at_end(head);
        let room = descent(self.program, self.types, self.id).is_none().then_some(room);
        self.sum_loop = Some(SumLoop { total, head, room });
    }

    /// Before a call in tail position loops: charges the frame it stands
    /// for, throwing the stack overflow's RangeError when the room is gone.
    /// The RangeError's trace shows the frames the loop stands for, as
    /// calls at `call` (Node shows ten).
    fn charge_iteration(&mut self, room: PointerValue<'ctx>, call: Pos) {
        let ir = &self.pg().ir;
        let left = ir
            .builder
            .build_int_sub(ir.load(ir.i64, room), ir.const_u64(ITERATION_FRAME_BYTES), "")
            .expect("positioned");
        ir.store(room, left);
        let exhausted = ir.icmp(IntPredicate::SLT, left, ir.i64.const_zero());
        let overflow = self.new_block("loop_stack_overflow");
        let go_on = self.new_block("loop_stack_ok");
        self.pg().ir.cond_br_unlikely(exhausted, overflow, go_on);
        self.pg().ir.builder.position_at_end(overflow);
        self.set_pos(self.func.body_pos);
        let entry = self.pg().ir.site.get();
        let id = self.id;
        let call = self.pg_mut().position_index(call, id) | call_site::PLAIN << call_site::KIND_SHIFT;
        let mut chain = vec![call; 9];
        chain.extend(entry);
        let ir = &self.pg().ir;
        let overflow_fn = self.pg().runtime(Rt::StackOverflow);
        let bundle = inkwell::values::OperandBundle::create(
            "deopt",
            &chain.iter().map(|&w| ir.const_u32(w).into()).collect::<Vec<_>>(),
        );
        ir.builder.build_direct_call_with_operand_bundles(overflow_fn, &[], &[bundle], "").expect("positioned");
        let handler = self.handler();
        self.pg().ir.br(handler);
        self.pg().ir.builder.position_at_end(go_on);
    }

    /// `return a + f(..) + ..`: adds the terms to the total; a call of the
    /// function itself in last place loops with its arguments.
    pub(crate) fn sum_return(&mut self, e: &Expr) {
        let SumLoop { total, head, room } = self.sum_loop.expect("an integer body");
        let mut terms = sum_terms(e);
        let tail = match terms.last().and_then(|t| self_call(self.types, self.id, t).map(|args| (t, args))) {
            Some((Expr::Call { pos, .. }, args)) => {
                terms.pop();
                Some((*pos, args))
            }
            _ => None,
        };
        for term in terms {
            let value = match self_call(self.types, self.id, term) {
                Some(args) => {
                    let Expr::Call { pos, .. } = term else { unreachable!("self calls are calls") };
                    self.call_site = Some((*pos, call_site::PLAIN));
                    let value = self.sum_call(args);
                    self.call_site = None;
                    value
                }
                None => self.sum_leaf(term),
            };
            let ir = &self.pg().ir;
            let sum = ir.builder.build_int_add(ir.load(ir.i64, total), value, "").expect("positioned");
            ir.store(total, sum);
            self.pass_on_markers(sum);
        }
        match tail {
            Some((call, args)) => {
                // Every argument is computed before any parameter changes.
                let reps = self.pg().spec_reps[self.id].0.clone();
                let values: Vec<Val<'ctx>> = (0..reps.len())
                    .map(|i| {
                        let v = match args.get(i) {
                            Some(a) => self.val(a),
                            None => Val::Boxed(self.v(tag::UNDEFINED)),
                        };
                        Val::from_basic(reps[i], self.coerce(v, reps[i]))
                    })
                    .collect();
                for (&param, value) in self.func.params.iter().zip(values) {
                    self.write_val(Var::Local(param), value);
                }
                if let Some(room) = room {
                    self.charge_iteration(room, call);
                }
                self.pg().ir.br(head);
            }
            None => {
                self.keep_callee_alive();
                let ir = &self.pg().ir;
                ir.ret(ir.load(ir.i64, total));
            }
        }
    }

    /// A non-negative int32 term (the solver proved it), widened for the total.
    fn sum_leaf(&mut self, term: &Expr) -> IntValue<'ctx> {
        let v = self.val(term);
        let i = self.coerce(v, Rep::I32).into_int_value();
        let ir = &self.pg().ir;
        ir.builder.build_int_z_extend(i, ir.i64, "").expect("positioned")
    }

    /// A call of the integer body from a sum's term: its result, a total or
    /// a marker. When the function has a base case, it is tested first with
    /// the arguments as parameters, and its sum taken without a call.
    fn sum_call(&mut self, args: &[Expr]) -> IntValue<'ctx> {
        let reps = self.pg().spec_reps[self.id].0.clone();
        let coerced: Vec<BasicValueEnum<'ctx>> = reps
            .iter()
            .enumerate()
            .map(|(i, rep)| {
                let v = match args.get(i) {
                    Some(a) => self.val(a),
                    None => Val::Boxed(self.v(tag::UNDEFINED)),
                };
                self.coerce(v, *rep)
            })
            .collect();
        let base = base_case(self.program, self.types, self.id);
        let mut base_result = None;
        if let Some(BaseCase { test, sum }) = base {
            // The parameters take the arguments for the test and the sum,
            // which read nothing else, and get their values back after.
            let params = self.func.params.clone();
            let saved: Vec<Val<'ctx>> = params.iter().map(|&p| self.read_val(Var::Local(p))).collect();
            for ((&p, &v), &rep) in params.iter().zip(&coerced).zip(&reps) {
                self.write_val(Var::Local(p), Val::from_basic(rep, v));
            }
            let applies = self.condition(test);
            let base_bb = self.new_block("base_case");
            let call_bb = self.new_block("recursive_call");
            self.pg().ir.cond_br(applies, base_bb, call_bb);
            self.pg().ir.builder.position_at_end(base_bb);
            let mut total = None;
            for term in sum_terms(sum) {
                let leaf = self.sum_leaf(term);
                let ir = &self.pg().ir;
                total = Some(match total {
                    None => leaf,
                    Some(t) => ir.builder.build_int_add(t, leaf, "").expect("positioned"),
                });
            }
            for (&p, &v) in params.iter().zip(&saved) {
                self.write_val(Var::Local(p), v);
            }
            let base_end = self.pg().ir.current_block();
            base_result = Some((total.expect("a sum has a term"), base_end));
            self.pg().ir.builder.position_at_end(call_bb);
            for (&p, &v) in params.iter().zip(&saved) {
                self.write_val(Var::Local(p), v);
            }
        }
        // The function is created once: every call of it is of this closure.
        let mut call_args: Vec<BasicMetadataValueEnum<'ctx>> = vec![self.param(0).into(), self.param(1).into()];
        call_args.extend(coerced.iter().map(|&v| BasicMetadataValueEnum::from(v)));
        let target = self.self_call_target();
        let site = self.call_site_word();
        let ir = &self.pg().ir;
        let result = ir.call_at(target, &call_args, site);
        let called = result.try_as_basic_value().basic().expect("the integer body returns its total").into_int_value();
        let Some((base_total, base_end)) = base_result else { return called };
        let call_end = ir.current_block();
        let join = self.new_block("sum_term");
        let ir = &self.pg().ir;
        ir.br(join);
        ir.builder.position_at_end(base_end);
        ir.br(join);
        ir.builder.position_at_end(join);
        let phi = ir.builder.build_phi(ir.i64, "term").expect("positioned");
        phi.add_incoming(&[(&called, call_end), (&base_total, base_end)]);
        phi.as_basic_value().into_int_value()
    }

    /// After adding a call's result or a term to the total: a total above
    /// 2^53 gives up, and one holding [`THREW`] goes to the handler.
    fn pass_on_markers(&mut self, sum: IntValue<'ctx>) {
        let ir = &self.pg().ir;
        let large = ir.icmp(IntPredicate::UGT, sum, ir.const_u64(EXACT_LIMIT));
        let marker = self.new_block("sum_large");
        let go_on = self.new_block("sum_go_on");
        self.pg().ir.cond_br_unlikely(large, marker, go_on);
        self.pg().ir.builder.position_at_end(marker);
        let give_up = self.new_block("sum_give_up");
        let ir = &self.pg().ir;
        let threw = ir.icmp(IntPredicate::UGE, sum, ir.const_u64(THREW));
        ir.builder.build_conditional_branch(threw, self.handler(), give_up).expect("positioned");
        ir.builder.position_at_end(give_up);
        self.give_up_sum();
        self.pg().ir.builder.position_at_end(go_on);
    }

    /// Returns [`GAVE_UP`]: the ordinary body must run.
    pub(crate) fn give_up_sum(&mut self) {
        self.keep_callee_alive();
        let ir = &self.pg().ir;
        ir.ret(ir.const_u64(GAVE_UP));
    }

    /// In the entry of a function with a [`Descent`]: when the deepest
    /// recursion the argument allows would not fit the stack left, at
    /// [`ITERATION_FRAME_BYTES`] a level, runs the ordinary body instead,
    /// whose calls are real and overflow where the stack ends (its own
    /// calls come back here, so sub-problems that fit still loop).
    fn check_descent(&mut self, d: Descent, too_deep: BasicBlock<'ctx>) {
        let frame = self.frame_address();
        let ir = &self.pg().ir;
        let p = self.param(2 + d.param as u32).into_int_value();
        let p = ir.builder.build_int_s_extend(p, ir.i64, "").expect("positioned");
        // At most `p - lowest + 2` levels; i64, so no int32 value overflows.
        let levels =
            ir.builder.build_int_sub(p, ir.i64.const_int((d.lowest - 2) as u64, true), "").expect("positioned");
        let need =
            ir.builder.build_int_mul(levels, ir.i64.const_int(ITERATION_FRAME_BYTES, false), "").expect("positioned");
        let limit = ir.load(ir.i64, self.pg().stack_limit.as_pointer_value());
        let room = ir.builder.build_int_sub(frame, limit, "").expect("positioned");
        let deep = ir.icmp(IntPredicate::SGT, need, room);
        let fits = self.new_block("fits");
        self.pg().ir.cond_br_unlikely(deep, too_deep, fits);
        self.pg().ir.builder.position_at_end(fits);
    }

    /// The function's specialized entry: the integer body, converted to a
    /// number, or the ordinary body when the integer body gave up.
    pub(crate) fn emit_sum_entry(&mut self) {
        let (sum, double) = self.pg().sum_bodies(self.id).expect("a function with an integer body");
        let body = self.llfn;
        self.llfn = self.pg().specs[self.id];
        let entry = self.new_block("entry");
        let ir = &self.pg().ir;
        ir.builder.position_at_end(entry);
        let args: Vec<BasicMetadataValueEnum<'ctx>> =
            self.llfn.get_param_iter().map(|p: BasicValueEnum<'ctx>| p.into()).collect();
        let gave_up = self.new_block("gave_up");
        if let Some(d) = descent(self.program, self.types, self.id) {
            self.check_descent(d, gave_up);
        }
        let ir = &self.pg().ir;
        let result = ir.call_at(sum, &args, None);
        let value = result.try_as_basic_value().basic().expect("the integer body returns its total").into_int_value();
        let exact = self.new_block("exact");
        let marker = self.new_block("marker");
        let threw = self.new_block("threw");
        let ir = &self.pg().ir;
        let large = ir.icmp(IntPredicate::UGT, value, ir.const_u64(EXACT_LIMIT));
        ir.cond_br_unlikely(large, marker, exact);
        ir.builder.position_at_end(exact);
        let f64_type = ir.context.f64_type();
        let number = ir.builder.build_unsigned_int_to_float(value, f64_type, "").expect("positioned");
        self.return_pair(number.into(), ir.context.bool_type().const_zero());
        ir.builder.position_at_end(marker);
        let is_throw = ir.icmp(IntPredicate::UGE, value, ir.const_u64(THREW));
        ir.builder.build_conditional_branch(is_throw, threw, gave_up).expect("positioned");
        ir.builder.position_at_end(threw);
        self.return_pair(f64_type.const_zero().into(), ir.context.bool_type().const_all_ones());
        ir.builder.position_at_end(gave_up);
        let result = ir.call_at(double, &args, None);
        let result = result.try_as_basic_value().basic().expect("the ordinary body returns a pair");
        ir.builder.build_return(Some(&result)).expect("positioned");
        self.llfn = body;
    }
}
