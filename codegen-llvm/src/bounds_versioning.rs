//! Counting loops emitted twice, behind one test of the arrays' lengths
//! (see `dxl_typeinfer::bounds_versioning`): in the copy that runs when
//! the test passes, the loop's element reads at its counter are plain loads.

use dxl_abi::value as tag;
use dxl_frontend::hir::{self, Expr, Var};
use dxl_typeinfer::bounds_versioning::VersionedLoop;
use dxl_typeinfer::types::Type;
use inkwell::IntPredicate;

use crate::function::FunctionGen;
use crate::typed::Rep;

const POSITIONED: &str = "builder is positioned in a block";

impl<'ctx> FunctionGen<'_, 'ctx> {
    /// The loop `l` with its reads `a[k]` in bounds when `bound <= a.length`
    /// holds for every array `a` before it starts (neither can change while
    /// it runs), else as it is.
    pub(crate) fn versioned_loop(&mut self, l: &hir::Loop, v: VersionedLoop) {
        let fast = self.new_block("in_bounds_loop");
        let slow = self.new_block("checked_loop");
        let join = self.new_block("versioned_loop_end");
        let bound = match v.bound {
            Expr::Number(n) => self.pg().ir.const_u64(*n as u64),
            e => {
                let b = self.val(e);
                let b = self.coerce(b, Rep::I32).into_int_value();
                let ir = &self.pg().ir;
                ir.builder.build_int_s_extend(b, ir.i64, "").expect(POSITIONED)
            }
        };
        for &a in &v.arrays {
            let array = self.read_val(Var::Local(a));
            let o = self.boxed(array);
            let (p, is_object) = self.object_pointer(o);
            let is_array = self.new_block("versioned_array");
            self.pg().ir.cond_br(is_object, is_array, slow);
            self.pg().ir.builder.position_at_end(is_array);
            let packed = match self.types().var(self.id, Var::Local(a)) {
                Type::Array(c, _) => self.types().packed(c).is_some(),
                _ => unreachable!("versioned reads are of tracked arrays"),
            };
            let vector = if packed { tag::PACKED_ELEMENTS_OFFSET } else { tag::ARRAY_ELEMENTS_OFFSET };
            let vector = self.pg().ir.byte_offset(p, vector);
            let len = self.load_word(vector, tag::VEC_LEN_OFFSET);
            let fits = self.pg().ir.icmp(IntPredicate::SLE, bound, len);
            let next = self.new_block("versioned_fits");
            self.pg().ir.cond_br(fits, next, slow);
            self.pg().ir.builder.position_at_end(next);
        }
        self.pg().ir.br(fast);

        self.pg().ir.builder.position_at_end(fast);
        let outer = self.assumed_in_bounds.len();
        self.assumed_in_bounds.extend(v.reads.iter().map(|&e| e as *const Expr as usize));
        self.plain_loop(l);
        self.assumed_in_bounds.truncate(outer);
        if !self.pg().ir.is_terminated() {
            self.pg().ir.br(join);
        }

        self.pg().ir.builder.position_at_end(slow);
        self.plain_loop(l);
        if !self.pg().ir.is_terminated() {
            self.pg().ir.br(join);
        }
        self.pg().ir.builder.position_at_end(join);
    }
}
