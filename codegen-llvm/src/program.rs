//! Module-level pieces of a compiled program: runtime declarations from the
//! abi table, the string-constant table, the source-position table, the
//! `ProgramInfo` record and the C `main` that hands it to the runtime.

use std::collections::HashMap;

use dxl_abi::{RuntimeFunction, Ty};
use dxl_frontend::hir::{self, Pos};
use dxl_frontend::line_index::LineIndex;
use inkwell::module::{Linkage, Module};
use inkwell::types::{BasicMetadataTypeEnum, BasicTypeEnum};
use inkwell::values::{FunctionValue, GlobalValue, PointerValue};

use crate::ir::Ir;
use crate::typed::Rep;
use dxl_typeinfer::TypeTables;

pub struct ProgramGen<'ctx> {
    pub ir: Ir<'ctx>,
    pub module: Module<'ctx>,
    runtime: HashMap<RuntimeFunction, FunctionValue<'ctx>>,
    strings: HashMap<String, u32>,
    string_order: Vec<String>,
    positions: HashMap<(Pos, hir::FuncId), u32>,
    position_order: Vec<(Pos, hir::FuncId)>,
    /// `[N x i64]` filled by the runtime with the interned strings. Its size is
    /// only known at the end, so code addresses it through this placeholder
    /// global, which `finish` replaces.
    consts: GlobalValue<'ctx>,
    pub current_pos: GlobalValue<'ctx>,
    pub stack_limit: GlobalValue<'ctx>,
    /// The runtime's allocation runs (`dxl_abi::value::ALLOC_RUNS_GLOBAL`).
    pub alloc_runs: GlobalValue<'ctx>,
    /// A constant `undefined`, for loading missing arguments without a branch.
    pub undefined_slot: GlobalValue<'ctx>,
    /// Each function's generic entry (the [`dxl_abi::JsFn`] convention that
    /// closures carry and the runtime calls), by HIR id.
    pub functions: Vec<FunctionValue<'ctx>>,
    /// Each function's specialized body: `(callee, this, params...)` with
    /// parameters in their inferred representations; returns the value as a
    /// NaN-boxed `i64` (EXCEPTION when it throws), or `{ value, threw }` when
    /// the return type is unboxed.
    pub specs: Vec<FunctionValue<'ctx>>,
    /// `jsx.F.r`: a second copy of a small self-recursive function's
    /// specialized body (see [`Self::recursion_copy`]).
    recursion_copies: HashMap<(hir::FuncId, bool, u8), FunctionValue<'ctx>>,
    /// For a function that returns sums of its own calls: its integer body
    /// `jsx.F.sum` (see `crate::sum_recursion`) and its ordinary body `jsx.F.double` (`specs[F]` is then
    /// the entry that runs the first and falls back to the second).
    sum_bodies: HashMap<hir::FuncId, (FunctionValue<'ctx>, FunctionValue<'ctx>)>,
    pub spec_reps: Vec<(Vec<Rep>, Rep)>,
    /// How many `Write`s each binding (owner function, local) has in the whole program.
    pub write_counts: HashMap<(hir::FuncId, hir::LocalId), usize>,
    /// See [`Self::layout_global`].
    layouts: HashMap<u32, PointerValue<'ctx>>,
    /// `dxl_closure.F`: the closure of a function created once (see `created_once`).
    closures: HashMap<usize, PointerValue<'ctx>>,
    prototypes: HashMap<u32, PointerValue<'ctx>>,
    nullish_array: Option<PointerValue<'ctx>>,
    /// The first function of the module, before every generated one (see
    /// `ProgramInfo::code_begin`).
    code_begin: FunctionValue<'ctx>,
    /// `ProgramInfo` and its fields, completed by [`Self::set_call_sites`].
    info: Option<(GlobalValue<'ctx>, Vec<inkwell::values::BasicValueEnum<'ctx>>)>,
}

/// The most expressions a function may have to be inlined into every
/// caller (LLVM's `alwaysinline`): a small method's slow paths (runtime
/// calls for the cases its types do not prove) count against it in LLVM's
/// own cost model as if they ran, so it would stay a call, and a frame that
/// saves six registers to swap two elements costs more than its work.
/// Queens 435 -> 291 ms, permute 453 -> 397 against `inlinehint`; the
/// large benchmarks compile up to a fifth slower and grow up to 2%.
const ALWAYS_INLINE_LIMIT: usize = 24;

/// Whether `f` is small enough for [`ALWAYS_INLINE_LIMIT`].
fn small_for_inlining(f: &hir::Function) -> bool {
    let mut size = 0;
    let has_closure = dxl_typeinfer::visit::any_expr(&f.body, &mut |e| {
        size += 1;
        matches!(e, hir::Expr::Closure { .. })
    });
    !has_closure && size <= ALWAYS_INLINE_LIMIT
}

impl<'ctx> ProgramGen<'ctx> {
    pub fn new(context: &'ctx inkwell::context::Context, program: &hir::Program, types: &TypeTables) -> Self {
        let ir = Ir::new(context);
        let module = context.create_module(&program.file_name);
        let consts = module.add_global(ir.i64.array_type(0), None, "dxl_consts_placeholder");
        let current_pos = module.add_global(ir.i32, None, dxl_abi::runtime_functions::CURRENT_POS_GLOBAL);
        current_pos.set_linkage(Linkage::External);
        let stack_limit = module.add_global(ir.i64, None, dxl_abi::runtime_functions::STACK_LIMIT_GLOBAL);
        stack_limit.set_linkage(Linkage::External);
        let runs_type = ir.i64.array_type(2 * dxl_abi::value::SIZE_CLASS_COUNT as u32);
        let alloc_runs = module.add_global(runs_type, None, dxl_abi::value::ALLOC_RUNS_GLOBAL);
        alloc_runs.set_linkage(Linkage::External);
        let undefined_slot = module.add_global(ir.i64, None, "dxl_undefined");
        undefined_slot.set_initializer(&ir.const_u64(dxl_abi::value::UNDEFINED));
        undefined_slot.set_constant(true);
        undefined_slot.set_linkage(Linkage::Private);

        let code_begin = empty_function(&module, context, "dxl_code_begin");
        let js_fn_type = ir.i64.fn_type(&[ir.i64.into(), ir.i64.into(), ir.ptr.into(), ir.i32.into()], false);
        let functions = program
            .functions
            .iter()
            .enumerate()
            .map(|(id, f)| {
                let name = if f.name.is_empty() { format!("js.anonymous.{id}") } else { format!("js.{}.{id}", f.name) };
                module.add_function(&name, js_fn_type, Some(Linkage::Internal))
            })
            .collect();
        let spec_reps: Vec<(Vec<Rep>, Rep)> = (0..program.functions.len())
            .map(|id| {
                let f = &program.functions[id];
                let params = f.params.iter().map(|&p| Rep::of(types.locals[id][p])).collect();
                (params, Rep::of(types.returns[id]))
            })
            .collect();
        let specs = program
            .functions
            .iter()
            .enumerate()
            .map(|(id, f)| {
                let (params, ret) = &spec_reps[id];
                let mut types: Vec<BasicMetadataTypeEnum<'ctx>> = vec![ir.i64.into(), ir.i64.into()];
                types.extend(params.iter().map(|r| BasicMetadataTypeEnum::from(r.llvm(context))));
                let fn_type = match ret {
                    Rep::Boxed => ir.i64.fn_type(&types, false),
                    r => context
                        .struct_type(&[r.llvm(context), context.bool_type().into()], false)
                        .fn_type(&types, false),
                };
                let name =
                    if f.name.is_empty() { format!("jsx.anonymous.{id}") } else { format!("jsx.{}.{id}", f.name) };
                let function = module.add_function(&name, fn_type, Some(Linkage::Internal));
                if small_for_inlining(f) {
                    let always = inkwell::attributes::Attribute::get_named_enum_kind_id("alwaysinline");
                    function.add_attribute(
                        inkwell::attributes::AttributeLoc::Function,
                        context.create_enum_attribute(always, 0),
                    );
                }
                function
            })
            .collect::<Vec<FunctionValue<'ctx>>>();
        let sum_bodies = (0..program.functions.len())
            .filter(|&f| types.sums_own_calls(f))
            .map(|f| {
                let spec = specs[f];
                let name = spec.get_name().to_str().expect("ASCII names").to_string();
                let params: Vec<BasicMetadataTypeEnum<'ctx>> = spec.get_type().get_param_types().into_iter().collect();
                let sum = module.add_function(
                    &format!("{name}.sum"),
                    ir.i64.fn_type(&params, false),
                    Some(Linkage::Internal),
                );
                let double = module.add_function(&format!("{name}.double"), spec.get_type(), Some(Linkage::Internal));
                (f, (sum, double))
            })
            .collect();
        let mut pg = ProgramGen {
            ir,
            module,
            runtime: HashMap::new(),
            strings: HashMap::new(),
            string_order: Vec::new(),
            positions: HashMap::new(),
            position_order: Vec::new(),
            consts,
            current_pos,
            stack_limit,
            alloc_runs,
            undefined_slot,
            functions,
            specs,
            recursion_copies: HashMap::new(),
            sum_bodies,
            spec_reps,
            write_counts: write_counts(program, types),
            layouts: HashMap::new(),
            closures: HashMap::new(),
            prototypes: HashMap::new(),
            nullish_array: None,
            code_begin,
            info: None,
        };
        pg.declare_runtime();
        pg
    }

    fn declare_runtime(&mut self) {
        let ir = &self.ir;
        for &f in RuntimeFunction::ALL {
            let param = |t: &Ty| -> BasicMetadataTypeEnum<'ctx> {
                match t {
                    Ty::V => ir.i64.into(),
                    Ty::I32 => ir.i32.into(),
                    Ty::F64 => ir.context.f64_type().into(),
                    Ty::Ptr => ir.ptr.into(),
                    Ty::Void => unreachable!("void is not a parameter type"),
                }
            };
            let params: Vec<_> = f.params().iter().map(param).collect();
            let fn_type = match f.ret() {
                Ty::V => ir.i64.fn_type(&params, false),
                Ty::I32 => ir.i32.fn_type(&params, false),
                Ty::F64 => ir.context.f64_type().fn_type(&params, false),
                Ty::Ptr => ir.ptr.fn_type(&params, false),
                Ty::Void => ir.context.void_type().fn_type(&params, false),
            };
            let value = self.module.add_function(f.symbol(), fn_type, Some(Linkage::External));
            if !f.throws() {
                let nounwind = inkwell::attributes::Attribute::get_named_enum_kind_id("nounwind");
                value.add_attribute(
                    inkwell::attributes::AttributeLoc::Function,
                    ir.context.create_enum_attribute(nounwind, 0),
                );
            }
            self.runtime.insert(f, value);
        }
    }

    /// Copy `copy` of `f`'s specialized body (with `integer`, of its
    /// integer body), declared on first use. A small self-recursive
    /// function calls its first copy, each copy the next, and the last the
    /// function: LLVM inlines the copies, so each frame runs several levels
    /// of the recursion (fib's calls shrink, and its leaves return inline).
    pub fn recursion_copy(&mut self, f: hir::FuncId, integer: bool, copy: u8) -> FunctionValue<'ctx> {
        let first = match (integer, self.sum_bodies(f)) {
            (true, Some((sum, _))) => sum,
            _ => self.specs[f],
        };
        *self.recursion_copies.entry((f, integer, copy)).or_insert_with(|| {
            let name = format!("{}.r{copy}", first.get_name().to_str().expect("ASCII names"));
            self.module.add_function(&name, first.get_type(), Some(Linkage::Internal))
        })
    }

    /// `f`'s integer body and ordinary body, if it returns sums of its own calls.
    pub fn sum_bodies(&self, f: hir::FuncId) -> Option<(FunctionValue<'ctx>, FunctionValue<'ctx>)> {
        self.sum_bodies.get(&f).copied()
    }

    /// Copy `copy` of `f`'s ordinary or integer body, when a call declared one.
    pub fn declared_recursion_copy(&self, f: hir::FuncId, integer: bool, copy: u8) -> Option<FunctionValue<'ctx>> {
        self.recursion_copies.get(&(f, integer, copy)).copied()
    }

    pub fn runtime(&self, f: RuntimeFunction) -> FunctionValue<'ctx> {
        self.runtime[&f]
    }

    /// The slot that will hold the interned string `s` at run time.
    pub fn string_slot(&mut self, s: &str) -> PointerValue<'ctx> {
        let index = match self.strings.get(s) {
            Some(&i) => i,
            None => {
                let i = self.string_order.len() as u32;
                self.strings.insert(s.to_string(), i);
                self.string_order.push(s.to_string());
                i
            }
        };
        self.ir.element_ptr(self.consts.as_pointer_value(), index)
    }

    /// Fresh zeroed `dxl_abi::PropertyCache` entries for one property-access site.
    pub fn property_cache(&mut self) -> PointerValue<'ctx> {
        let words = std::mem::size_of::<dxl_abi::runtime_functions::PropertyCache>() / 8;
        let ty = self.ir.i64.array_type((words * dxl_abi::runtime_functions::CACHE_ENTRIES) as u32);
        self.zeroed_global(ty.into(), "dxl_ic")
    }

    /// A new module-internal global of type `ty`, all zero bits.
    fn zeroed_global(&self, ty: BasicTypeEnum<'ctx>, name: &str) -> PointerValue<'ctx> {
        let g = self.module.add_global(ty, None, name);
        g.set_initializer(&ty.const_zero());
        g.set_linkage(Linkage::Internal);
        g.as_pointer_value()
    }

    /// A constant that reads, at the offsets generated code reads of an
    /// array, as an empty array in dictionary mode: element reads through
    /// it always take the runtime path. A tracked array that may be
    /// undefined or null is read through it then (a select, no branch), and
    /// the runtime, given the real value, throws Node's TypeError.
    pub fn nullish_array(&mut self) -> PointerValue<'ctx> {
        if let Some(g) = self.nullish_array {
            return g;
        }
        let words = (dxl_abi::value::ARRAY_LENGTH_OFFSET / 8 + 1) as usize;
        let mut init = vec![self.ir.i64.const_zero(); words];
        init[(dxl_abi::value::OBJECT_DICT_OFFSET / 8) as usize] = self.ir.i64.const_int(1, false);
        let ty = self.ir.i64.array_type(words as u32);
        let g = self.module.add_global(ty, None, "dxl_nullish_array");
        g.set_initializer(&self.ir.i64.const_array(&init));
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        g.set_alignment(16);
        self.nullish_array = Some(g.as_pointer_value());
        g.as_pointer_value()
    }

    /// The global that holds the runtime shape of class `class`'s objects
    /// (null until the first `new` builds it), one per class.
    pub fn layout_global(&mut self, class: u32) -> PointerValue<'ctx> {
        if let Some(g) = self.layouts.get(&class) {
            return *g;
        }
        let p = self.zeroed_global(self.ir.ptr.into(), &format!("dxl_layout.{class}"));
        self.layouts.insert(class, p);
        p
    }

    /// The global that caches the prototype of class `class`'s constructor
    /// (zero until the first `new` looks it up), one per class.
    pub fn prototype_global(&mut self, class: u32) -> PointerValue<'ctx> {
        if let Some(g) = self.prototypes.get(&class) {
            return *g;
        }
        let p = self.zeroed_global(self.ir.i64.into(), &format!("dxl_proto.{class}"));
        self.prototypes.insert(class, p);
        p
    }

    /// The global that keeps the one closure of function `f`, a function
    /// created once, from its creation on. It needs no GC root: code reads it
    /// only where the solver proved a value it holds (a binding, a property of
    /// a live object) is that closure, which keeps it alive.
    pub fn closure_global(&mut self, f: usize) -> PointerValue<'ctx> {
        if let Some(g) = self.closures.get(&f) {
            return *g;
        }
        let p = self.zeroed_global(self.ir.i64.into(), &format!("dxl_closure.{f}"));
        self.closures.insert(f, p);
        p
    }

    /// The index of `pos` in code of function `f`, for `dxl_rt_current_pos`
    /// and call sites.
    pub fn position_index(&mut self, pos: Pos, f: hir::FuncId) -> u32 {
        if let Some(&i) = self.positions.get(&(pos, f)) {
            return i;
        }
        let i = self.position_order.len() as u32;
        self.positions.insert((pos, f), i);
        self.position_order.push((pos, f));
        i
    }

    /// Completes `ProgramInfo` with the call sites' chains (see
    /// `crate::stack_trace`), after optimization: `marks` says whether any
    /// call was marked (the linker defines the section's bounds only then).
    pub fn set_call_sites(&mut self, chains: &[u32], marks: bool) {
        let (info, mut fields) = self.info.take().expect("finish ran");
        let ir = &self.ir;
        let values: Vec<_> = chains.iter().map(|&w| ir.const_u32(w)).collect();
        let array = ir.i32.const_array(&values);
        let table = self.module.add_global(array.get_type(), None, "dxl_site_chains");
        table.set_initializer(&array);
        table.set_constant(true);
        table.set_linkage(Linkage::Private);
        if marks {
            let section = dxl_abi::runtime_functions::call_site::SITES_SECTION;
            for (field, bound) in [(12, "__start_"), (13, "__stop_")] {
                let g = self.module.add_global(ir.context.i8_type(), None, &format!("{bound}{section}"));
                g.set_linkage(Linkage::External);
                fields[field] = g.as_pointer_value().into();
            }
        }
        fields[14] = table.as_pointer_value().into();
        fields[15] = ir.i64.const_int(chains.len() as u64, false).into();
        let struct_type = info.get_value_type().into_struct_type();
        info.set_initializer(&struct_type.const_named_struct(&fields));
    }

    /// Emits the constant tables, `ProgramInfo` and `main`.
    pub fn finish(&mut self, program: &hir::Program) {
        let ir = &self.ir;
        let ctx = ir.context;
        // The real constant array, replacing the placeholder.
        let n = self.string_order.len() as u32;
        let consts = self.module.add_global(ir.i64.array_type(n), None, "dxl_consts");
        consts.set_initializer(&ir.i64.array_type(n).const_zero());
        consts.set_linkage(Linkage::Internal);
        self.consts.as_pointer_value().replace_all_uses_with(consts.as_pointer_value());
        // SAFETY: the placeholder has no remaining uses after the replacement.
        unsafe { self.consts.delete() };
        self.consts = consts;

        let bytes_global = |module: &Module<'ctx>, name: &str, bytes: &[u8]| -> PointerValue<'ctx> {
            let init = ctx.const_string(bytes, false);
            let g = module.add_global(init.get_type(), None, name);
            g.set_initializer(&init);
            g.set_constant(true);
            g.set_linkage(Linkage::Private);
            g.set_unnamed_addr(true);
            g.as_pointer_value()
        };
        let const_string_type = ctx.struct_type(&[ir.ptr.into(), ir.i64.into()], false);
        let entries: Vec<_> = self
            .string_order
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let p = bytes_global(&self.module, &format!("dxl_str.{i}"), s.as_bytes());
                const_string_type.const_named_struct(&[p.into(), ir.i64.const_int(s.len() as u64, false).into()])
            })
            .collect();
        let strings_array = const_string_type.const_array(&entries);
        let strings = self.module.add_global(strings_array.get_type(), None, "dxl_const_strings");
        strings.set_initializer(&strings_array);
        strings.set_constant(true);
        strings.set_linkage(Linkage::Private);

        let index = LineIndex::new(&program.source);
        let pos_type = ctx.struct_type(&[ir.i32.into(), ir.i32.into(), ir.i32.into()], false);
        let pos_entries: Vec<_> = self
            .position_order
            .iter()
            .map(|&(p, f)| {
                let (line, col) = index.line_col(&program.source, p.0);
                let fields = [ir.const_u32(line).into(), ir.const_u32(col).into(), ir.const_u32(f as u32).into()];
                pos_type.const_named_struct(&fields)
            })
            .collect();
        let pos_array = pos_type.const_array(&pos_entries);
        let positions = self.module.add_global(pos_array.get_type(), None, "dxl_positions");
        positions.set_initializer(&pos_array);
        positions.set_constant(true);
        positions.set_linkage(Linkage::Private);

        let info_entry_type =
            ctx.struct_type(&[ir.ptr.into(), ir.i64.into(), ir.ptr.into(), ir.i64.into(), ir.i64.into()], false);
        let names: Vec<_> = crate::stack_trace::function_names(program)
            .iter()
            .enumerate()
            .map(|(id, (plain, method))| {
                let plain_bytes = bytes_global(&self.module, &format!("dxl_fn_name.{id}"), plain.as_bytes());
                let method_bytes = bytes_global(&self.module, &format!("dxl_fn_method.{id}"), method.as_bytes());
                info_entry_type.const_named_struct(&[
                    plain_bytes.into(),
                    ir.i64.const_int(plain.len() as u64, false).into(),
                    method_bytes.into(),
                    ir.i64.const_int(method.len() as u64, false).into(),
                    ir.i64.const_int(u64::from(id == program.main), false).into(),
                ])
            })
            .collect();
        let names_array = info_entry_type.const_array(&names);
        let function_infos = self.module.add_global(names_array.get_type(), None, "dxl_function_infos");
        function_infos.set_initializer(&names_array);
        function_infos.set_constant(true);
        function_infos.set_linkage(Linkage::Private);
        // Every generated function comes before this one (`main` after it).
        let code_end = empty_function(&self.module, ctx, "dxl_code_end");

        let file = bytes_global(&self.module, "dxl_file_name", program.file_name.as_bytes());
        let source = bytes_global(&self.module, "dxl_source", program.source.as_bytes());
        let info_type = ctx.struct_type(
            &[
                ir.ptr.into(),
                ir.ptr.into(),
                ir.ptr.into(),
                ir.i64.into(),
                ir.ptr.into(),
                ir.i64.into(),
                ir.ptr.into(),
                ir.i64.into(),
                ir.ptr.into(),
                ir.i64.into(),
                ir.ptr.into(),
                ir.i64.into(),
                ir.ptr.into(),
                ir.ptr.into(),
                ir.ptr.into(),
                ir.i64.into(),
                ir.ptr.into(),
                ir.ptr.into(),
            ],
            false,
        );
        let fields: Vec<inkwell::values::BasicValueEnum<'ctx>> = vec![
            self.functions[program.main].as_global_value().as_pointer_value().into(),
            consts.as_pointer_value().into(),
            strings.as_pointer_value().into(),
            ir.i64.const_int(u64::from(n), false).into(),
            file.into(),
            ir.i64.const_int(program.file_name.len() as u64, false).into(),
            source.into(),
            ir.i64.const_int(program.source.len() as u64, false).into(),
            positions.as_pointer_value().into(),
            ir.i64.const_int(self.position_order.len() as u64, false).into(),
            function_infos.as_pointer_value().into(),
            ir.i64.const_int(program.functions.len() as u64, false).into(),
            // The call sites, set once they are known (`set_call_sites`).
            ir.ptr.const_null().into(),
            ir.ptr.const_null().into(),
            ir.ptr.const_null().into(),
            ir.i64.const_zero().into(),
            self.code_begin.as_global_value().as_pointer_value().into(),
            code_end.as_global_value().as_pointer_value().into(),
        ];
        let info = self.module.add_global(info_type, None, "dxl_program_info");
        info.set_initializer(&info_type.const_named_struct(&fields));
        info.set_constant(true);
        info.set_linkage(Linkage::Private);
        self.info = Some((info, fields));

        let main_type = ir.i32.fn_type(&[ir.i32.into(), ir.ptr.into()], false);
        let main = self.module.add_function("main", main_type, Some(Linkage::External));
        let entry = ctx.append_basic_block(main, "entry");
        ir.builder.position_at_end(entry);
        let argc = main.get_nth_param(0).expect("main has argc").into_int_value();
        let argv = main.get_nth_param(1).expect("main has argv").into_pointer_value();
        let status = ir
            .call(self.runtime[&RuntimeFunction::Start], &[argc.into(), argv.into(), info.as_pointer_value().into()])
            .expect("start returns the exit status")
            .into_int_value();
        ir.builder.build_return(Some(&status)).expect("positioned");
    }
}

/// A function that only returns, marking a place in the code.
fn empty_function<'ctx>(
    module: &Module<'ctx>,
    ctx: &'ctx inkwell::context::Context,
    name: &str,
) -> FunctionValue<'ctx> {
    let f = module.add_function(name, ctx.void_type().fn_type(&[], false), Some(Linkage::Internal));
    let builder = ctx.create_builder();
    builder.position_at_end(ctx.append_basic_block(f, "entry"));
    builder.build_return(None).expect("positioned");
    f
}

/// The number of writes to each binding, through any function that sees it.
fn write_counts(program: &hir::Program, types: &TypeTables) -> HashMap<(hir::FuncId, hir::LocalId), usize> {
    let mut counts = HashMap::new();
    for (f, func) in program.functions.iter().enumerate() {
        let mut note = |var: &hir::Var| {
            let key = match *var {
                hir::Var::Local(l) => (f, l),
                hir::Var::Captured(c) => types.origins[f][c],
            };
            *counts.entry(key).or_insert(0) += 1;
        };
        dxl_typeinfer::visit::any_expr(&func.body, &mut |e| {
            if let hir::Expr::Write(var, _) = e {
                note(var);
            }
            false
        });
        // A catch parameter is written when the handler starts.
        let mut catches = Vec::new();
        collect_catch_params(&func.body, &mut catches);
        for var in &catches {
            note(var);
        }
    }
    counts
}

fn collect_catch_params(stmts: &[hir::Stmt], out: &mut Vec<hir::Var>) {
    for s in stmts {
        if let hir::Stmt::Try { catch: Some((Some(var), _)), .. } = s {
            out.push(*var);
        }
        dxl_typeinfer::visit::stmt_children(s, &mut |_| {}, &mut |list| collect_catch_params(list, out));
    }
}
