//! dxl's frontend: parses a JavaScript file with oxc, resolves it with
//! oxc_semantic, and lowers it to the [`hir`] that both backends consume.

mod callee_text;
pub mod diagnostics;
pub mod hir;
pub mod line_index;
mod lower;
pub mod nesting;
pub mod stack;

use oxc_allocator::Allocator;
use oxc_parser::Parser;
use oxc_semantic::SemanticBuilder;
use oxc_span::SourceType;

pub use diagnostics::Diagnostic;

/// The frontend's result: the HIR, or the errors that stop compilation.
pub struct FrontendReturn {
    pub program: Option<hir::Program>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses, checks and lowers one script. `file_name` is only used for messages.
pub fn build(file_name: &str, source: &str) -> FrontendReturn {
    if let Some(too_deep) = nesting::check(source) {
        return FrontendReturn { program: None, diagnostics: vec![too_deep] };
    }
    let allocator = Allocator::default();
    // Node runs a `.js` file as a CommonJS script: sloppy mode unless it says "use strict".
    let source_type = SourceType::cjs();
    let parsed = Parser::new(&allocator, source, source_type).parse();
    let mut diagnostics = oxc_errors(&parsed.diagnostics);
    if parsed.panicked || !diagnostics.is_empty() {
        return FrontendReturn { program: None, diagnostics };
    }
    let semantic = SemanticBuilder::new().with_check_syntax_error(true).build(&parsed.program);
    diagnostics.extend(oxc_errors(&semantic.diagnostics));
    if !diagnostics.is_empty() {
        return FrontendReturn { program: None, diagnostics };
    }
    let scoping = semantic.semantic.into_scoping();
    match lower::Lowerer::new(&scoping, source).lower_program(&parsed.program, file_name) {
        Ok(program) => FrontendReturn { program: Some(program), diagnostics },
        Err(d) => {
            diagnostics.push(d);
            FrontendReturn { program: None, diagnostics }
        }
    }
}

fn oxc_errors(list: &[oxc_diagnostics::OxcDiagnostic]) -> Vec<Diagnostic> {
    list.iter()
        .filter(|d| d.severity == oxc_diagnostics::Severity::Error)
        .map(|d| {
            let label = d.labels.iter().find(|l| l.primary()).or_else(|| d.labels.first());
            let (start, end) = label.map_or((0, 0), |l| (l.offset(), l.offset() + l.len()));
            diagnostics::syntax_error(d.message.to_string(), start, end, d.help.as_ref().map(|h| h.to_string()))
        })
        .collect()
}
