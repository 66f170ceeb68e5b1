//! User-facing compile errors: one constructor per message, each with a stable id
//! that tests assert on.

use std::fmt::Write as _;

use crate::line_index::LineIndex;

/// A compile error at a source range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable identifier, e.g. `syntax-error`, `unsupported-feature`.
    pub id: &'static str,
    pub message: String,
    /// Byte range in the source.
    pub start: u32,
    pub end: u32,
    pub help: Option<String>,
}

impl Diagnostic {
    /// Renders as `error: ...` with `file:line:column`, the source line and a
    /// caret line under the range.
    pub fn render(&self, file_name: &str, source: &str) -> String {
        let index = LineIndex::new(source);
        let (line, column) = index.line_col(source, self.start);
        let mut out = String::new();
        let _ = writeln!(out, "error[{}]: {}", self.id, self.message);
        let _ = writeln!(out, "  --> {file_name}:{line}:{column}");
        let text = index.line_text(source, line);
        let gutter = line.to_string().len();
        let _ = writeln!(out, "{:gutter$} |", "");
        let _ = writeln!(out, "{line} | {text}");
        let line_end = index.line_start(line) as usize + text.len();
        let end = (self.end as usize).clamp(self.start as usize + 1, line_end.max(self.start as usize + 1));
        let underline = source.get(self.start as usize..end.min(source.len())).map_or(1, |s| s.chars().count().max(1));
        let _ = writeln!(out, "{:gutter$} | {}{}", "", " ".repeat(column as usize - 1), "^".repeat(underline));
        if let Some(help) = &self.help {
            let _ = writeln!(out, "  = help: {help}");
        }
        out
    }
}

#[cold]
pub fn syntax_error(message: String, start: u32, end: u32, help: Option<String>) -> Diagnostic {
    Diagnostic { id: "syntax-error", message, start, end, help }
}

#[cold]
pub fn unsupported(feature: &str, start: u32, end: u32) -> Diagnostic {
    Diagnostic { id: "unsupported-feature", message: format!("{feature} is not supported yet"), start, end, help: None }
}
