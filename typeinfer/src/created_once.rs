//! Functions whose closure is created at most once per run: a closure site
//! in the top-level script outside any loop, and no other site. Every
//! closure of such a function is the same object, so code that holds one
//! (the function's own body, as its callee) holds them all.

use dxl_frontend::hir::{Expr, Program, Stmt};

use crate::visit;

/// `created_once[f]`: whether function `f`'s closures are one object.
pub fn created_once(program: &Program) -> Vec<bool> {
    let mut sites = vec![0u32; program.functions.len()];
    let mut repeated = vec![false; program.functions.len()];
    for (id, func) in program.functions.iter().enumerate() {
        let top = id == program.main;
        count_sites(&func.body, top, &mut sites, &mut repeated);
    }
    sites.iter().zip(&repeated).map(|(&n, &again)| n == 1 && !again).collect()
}

/// Counts closure sites in `stmts`; `once` while the statements run at most once.
fn count_sites(stmts: &[Stmt], once: bool, sites: &mut [u32], repeated: &mut [bool]) {
    for s in stmts {
        let once_here = once && !matches!(s, Stmt::Loop(_));
        let mut exprs = Vec::new();
        let mut lists = Vec::new();
        visit::stmt_children(s, &mut |e| exprs.push(e), &mut |list| lists.push(list));
        for e in exprs {
            visit::expr_any(e, &mut |e| {
                if let Expr::Closure { func, .. } = e {
                    sites[*func] += 1;
                    repeated[*func] |= !once_here;
                }
                false
            });
        }
        for list in lists {
            count_sites(list, once_here, sites, repeated);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn once_by_name(source: &str) -> Vec<(String, bool)> {
        let program = dxl_frontend::build("t.js", source).program.expect("the test program compiles");
        let once = created_once(&program);
        program.functions.iter().zip(once).skip(1).map(|(f, o)| (f.name.clone(), o)).collect()
    }

    #[test]
    fn only_top_level_sites_outside_loops_are_created_once() {
        let found = once_by_name(
            "function a() { return function inner() {}; }\nconst b = () => 1;\nfor (let i = 0; i < 2; i++) { const c = function () {}; }\nif (b()) { var d = function () {}; }",
        );
        let expect = [("a", true), ("inner", false), ("b", true), ("c", false), ("d", true)];
        for (name, once) in expect {
            assert!(found.contains(&(name.to_string(), once)), "{name}: {found:?}");
        }
    }
}
