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
        let line_start = index.line_start(line) as usize;
        let caret = (self.start as usize).saturating_sub(line_start).min(text.len());
        let (shown, shown_from, elided) = excerpt(text, caret);
        let gutter = line.to_string().len();
        let _ = writeln!(out, "{:gutter$} |", "");
        let _ = writeln!(out, "{line} | {shown}");
        let end =
            (self.end as usize).saturating_sub(line_start).clamp(caret + 1, (shown_from + shown.len()).max(caret + 1));
        let underline = text.get(caret..end.min(text.len())).map_or(1, |s| s.chars().count().max(1));
        let indent = if elided { 3 } else { 0 } + text.get(shown_from..caret).map_or(0, |s| s.chars().count());
        let _ = writeln!(out, "{:gutter$} | {}{}", "", " ".repeat(indent), "^".repeat(underline));
        if let Some(help) = &self.help {
            let _ = writeln!(out, "  = help: {help}");
        }
        out
    }
}

/// Bytes of a long source line shown on each side of the caret.
const EXCERPT_SIDE: usize = 60;

/// The part of `text` to show around byte `caret`: all of a short line, a
/// window with `...` on the cut sides of a long one (minified code). Returns
/// the shown text, the byte where it starts in `text`, and whether the start
/// was cut.
fn excerpt(text: &str, caret: usize) -> (String, usize, bool) {
    if text.len() <= 2 * EXCERPT_SIDE {
        return (text.to_string(), 0, false);
    }
    let mut from = caret.saturating_sub(EXCERPT_SIDE);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (caret + EXCERPT_SIDE).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let head = if from > 0 { "..." } else { "" };
    let tail = if to < text.len() { "..." } else { "" };
    (format!("{head}{}{tail}", &text[from..to]), from, from > 0)
}

#[cold]
pub fn syntax_error(message: String, start: u32, end: u32, help: Option<String>) -> Diagnostic {
    Diagnostic { id: "syntax-error", message, start, end, help }
}

#[cold]
pub fn unsupported(feature: &str, start: u32, end: u32) -> Diagnostic {
    Diagnostic { id: "unsupported-feature", message: format!("{feature} is not supported yet"), start, end, help: None }
}

#[cold]
pub fn nesting_too_deep(limit: u32, at: u32) -> Diagnostic {
    Diagnostic {
        id: "nesting-too-deep",
        message: format!("the code nests deeper than {limit} levels here, more than dxl can compile"),
        start: at,
        end: at + 1,
        help: Some("split the expression or statement into smaller parts".into()),
    }
}

/// The source is not UTF-8 from byte `at` on.
#[cold]
pub fn invalid_utf8(at: u32) -> Diagnostic {
    Diagnostic {
        id: "invalid-utf8",
        message: "the source is not valid UTF-8".into(),
        start: at,
        end: at + 1,
        help: Some("save the file as UTF-8".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_shown_around_the_error() {
        let source = format!("{}1 +;{}", "x;".repeat(500), " y;".repeat(500));
        let at = source.find('+').unwrap() as u32;
        let rendered = syntax_error("Unexpected token".into(), at, at + 1, None).render("a.js", &source);
        let lines: Vec<&str> = rendered.lines().collect();
        assert!(lines[1].ends_with("a.js:1:1003"), "{rendered}");
        let (text, caret) = (lines[3], lines[4]);
        assert!(
            text.len() < 140 && text.starts_with("1 | ...") && text.contains("x;x;1 +; y;") && text.ends_with("..."),
            "{rendered}"
        );
        assert_eq!(text.find("+;"), caret.find('^'), "{rendered}");
    }

    #[test]
    fn short_lines_are_shown_whole() {
        let rendered = syntax_error("Unexpected token".into(), 11, 12, None).render("a.js", "var x = 1 +;\n");
        assert!(rendered.contains("1 | var x = 1 +;\n  |            ^\n"), "{rendered}");
    }
}
