//! What the runtime needs for V8's stack traces (`at f (file:line:col)`):
//! the names of the program's functions, and, for every call that may be
//! on the stack when an error is made, which JavaScript frames its native
//! frame holds.
//!
//! Code generation gives each such call a `"deopt"` operand bundle with
//! its site word (see `dxl_abi::runtime_functions::call_site`). LLVM's
//! inliner prepends an inlined call's bundle to the bundles of the calls it
//! inlines, so after optimization a call carries the chain of sites of the
//! inlined frames around it, outermost first. [`mark_call_sites`] then
//! replaces each bundle (the backend would lower a bundled call as a
//! statepoint) by a mark after the call: a pair of words in the section
//! `dxl_sites`, a PC-relative offset to a label there and the chain's index.
//! Marking costs no instruction: the label and the section are assembler
//! directives. The runtime walks the stack at `new Error` and finds each
//! return address's mark (the first one at or after it, as moves of the
//! call's result may come between).

use std::collections::HashMap;

use dxl_abi::runtime_functions::call_site;
use dxl_frontend::hir::{self, Expr, FunctionKind, Var};
use inkwell::llvm_sys;
use inkwell::llvm_sys::core as llvm;
use inkwell::module::Module;
use inkwell::values::{AsValueRef, FunctionValue, InstructionOpcode, InstructionValue};

/// How a trace names each function: `(plain, method)`, see
/// `dxl_abi::runtime_functions::FunctionInfo`.
pub(crate) fn function_names(program: &hir::Program) -> Vec<(String, String)> {
    // Where each closure is stored: `X.prototype.k = function ..` or
    // `X.k = function ..` (V8 infers the name `X.k`).
    let mut owner: Vec<Option<(String, String)>> = vec![None; program.functions.len()];
    for func in &program.functions {
        let binding = |var: &Var| match var {
            Var::Local(l) => func.locals[*l].name.clone(),
            Var::Captured(c) => func.captures[*c].name.clone(),
        };
        let named = |e: &Expr| match e {
            Expr::Read(v) | Expr::ReadChecked(v, _) => Some(binding(v)),
            Expr::GlobalRead(name, _) => Some(name.clone()),
            _ => None,
        };
        dxl_typeinfer::visit::any_expr(&func.body, &mut |e| {
            if let Expr::SetProp { object, key, value, .. } = e
                && let (Expr::String(k), Expr::Closure { func: f, .. }) = (&**key, &**value)
            {
                let holder = match &**object {
                    Expr::GetProp { object: x, key: p, .. } if matches!(&**p, Expr::String(s) if s == "prototype") => {
                        named(x)
                    }
                    x => named(x),
                };
                if let Some(holder) = holder {
                    owner[*f].get_or_insert((holder, k.clone()));
                }
            }
            false
        });
    }
    program
        .functions
        .iter()
        .enumerate()
        .map(|(id, func)| {
            if func.kind == FunctionKind::Script {
                let name = "Object.<anonymous>".to_string();
                return (name.clone(), name);
            }
            let name = &func.name;
            match &owner[id] {
                Some((holder, key)) if name.is_empty() || name == key => {
                    let inferred = format!("{holder}.{key}");
                    (inferred.clone(), inferred)
                }
                Some((holder, key)) => (name.clone(), format!("{holder}.{name} [as {key}]")),
                // Most receivers are plain objects; V8 names the receiver's
                // constructor, which only the running program knows.
                None if name.is_empty() => (String::new(), "Object.<anonymous>".to_string()),
                None => (name.clone(), format!("Object.{name}")),
            }
        })
        .collect()
}

/// Replaces the site bundles of every call (see the module documentation)
/// by marks, and returns the chains they name: index 0 is the empty chain
/// (a call that makes no frame of its own), and at each other index a
/// count `n` is followed by `n` site words; and how many calls it marked.
pub(crate) fn mark_call_sites<'ctx>(module: &Module<'ctx>) -> (Vec<u32>, usize) {
    let context = module.get_context();
    let builder = context.create_builder();
    let mut chains = vec![0u32];
    let mut interned: HashMap<Vec<u32>, u32> = HashMap::new();
    let mut calls: Vec<InstructionValue<'ctx>> = Vec::new();
    let mut function = module.get_first_function();
    while let Some(f) = function {
        collect_bundled_calls(f, &mut calls);
        function = f.get_next_function();
    }
    let void = context.void_type().fn_type(&[], false);
    let marked = calls.len();
    for call in calls {
        let chain = bundle_words(call);
        let site = match chain.is_empty() {
            true => 0,
            false => *interned.entry(chain.clone()).or_insert_with(|| {
                let at = chains.len() as u32;
                chains.push(chain.len() as u32);
                chains.extend(&chain);
                at
            }),
        };
        let next = call.get_next_instruction().expect("a call is no terminator");
        builder.position_before(&next);
        rebuild_without_bundles(&builder, call);
        let asm = format!(
            ".pushsection {},\"a\"\n.balign 4\n.long 1f - .\n.long {site}\n.popsection\n1:",
            call_site::SITES_SECTION
        );
        let mark = context.create_inline_asm(void, asm, String::new(), true, false, None, false);
        builder.build_indirect_call(void, mark, &[], "").expect("positioned");
    }
    (chains, marked)
}

fn collect_bundled_calls<'ctx>(f: FunctionValue<'ctx>, out: &mut Vec<InstructionValue<'ctx>>) {
    let mut block = f.get_first_basic_block();
    while let Some(bb) = block {
        let mut inst = bb.get_first_instruction();
        while let Some(i) = inst {
            // SAFETY: `i` is a live instruction of the module.
            if i.get_opcode() == InstructionOpcode::Call
                && unsafe { llvm::LLVMGetNumOperandBundles(i.as_value_ref()) } > 0
            {
                out.push(i);
            }
            inst = i.get_next_instruction();
        }
        block = bb.get_next_basic_block();
    }
}

/// The site words of a call's `"deopt"` bundle.
fn bundle_words(call: InstructionValue<'_>) -> Vec<u32> {
    let mut words = Vec::new();
    // SAFETY: `call` is a live call instruction; each bundle handle is
    // disposed after use, and its arguments are constants of the module.
    unsafe {
        let r = call.as_value_ref();
        for b in 0..llvm::LLVMGetNumOperandBundles(r) {
            let bundle = llvm::LLVMGetOperandBundleAtIndex(r, b);
            let mut len = 0;
            let tag = llvm::LLVMGetOperandBundleTag(bundle, &mut len);
            if std::slice::from_raw_parts(tag.cast::<u8>(), len) == b"deopt" {
                for a in 0..llvm::LLVMGetNumOperandBundleArgs(bundle) {
                    let arg = llvm::LLVMGetOperandBundleArgAtIndex(bundle, a);
                    words.push(llvm::LLVMConstIntGetZExtValue(arg) as u32);
                }
            }
            llvm::LLVMDisposeOperandBundle(bundle);
        }
    }
    words
}

/// Replaces `call` by the same call without operand bundles (its callee,
/// arguments, calling convention and attributes), where `builder` stands.
fn rebuild_without_bundles(builder: &inkwell::builder::Builder<'_>, call: InstructionValue<'_>) {
    // SAFETY: `call` is a live call instruction and the builder is
    // positioned in the same function; the new call takes over every use
    // before the old one is erased.
    unsafe {
        let old = call.as_value_ref();
        let args: Vec<_> = (0..llvm::LLVMGetNumArgOperands(old)).map(|i| llvm::LLVMGetOperand(old, i)).collect();
        let mut args = args;
        let new = llvm::LLVMBuildCall2(
            builder.as_mut_ptr(),
            llvm::LLVMGetCalledFunctionType(old),
            llvm::LLVMGetCalledValue(old),
            args.as_mut_ptr(),
            args.len() as u32,
            c"".as_ptr(),
        );
        llvm::LLVMSetInstructionCallConv(new, llvm::LLVMGetInstructionCallConv(old));
        let indices = [llvm_sys::LLVMAttributeFunctionIndex, llvm_sys::LLVMAttributeReturnIndex]
            .into_iter()
            .chain(1..=args.len() as u32);
        for index in indices {
            let n = llvm::LLVMGetCallSiteAttributeCount(old, index);
            let mut attributes = vec![std::ptr::null_mut(); n as usize];
            llvm::LLVMGetCallSiteAttributes(old, index, attributes.as_mut_ptr());
            for a in attributes {
                llvm::LLVMAddCallSiteAttribute(new, index, a);
            }
        }
        llvm::LLVMReplaceAllUsesWith(old, new);
        llvm::LLVMInstructionEraseFromParent(old);
    }
}
