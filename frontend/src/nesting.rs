//! A bound on how deeply the source nests, checked before parsing.
//!
//! oxc's parser and semantic pass recurse once per nesting level and cannot
//! grow their stack, so input nested deeper than the compile thread's stack
//! can hold would crash them. This scan estimates the nesting from the
//! tokens, generously: every operator, keyword and bracket since the last
//! `;` or `,` of the enclosing bracket counts one level (a chain `1 + 1 + 1`
//! nests in the tree although the parser loops over it), an opening bracket
//! starts a level below the count so far, and an `else` stays counted to the
//! end of its block (an `else if` chain nests). Identifiers and literals do
//! not count, and a line break between two of them ends the run, as
//! automatic semicolon insertion does. A source deeper than
//! [`MAX_NESTING`] is refused with its location.

use crate::diagnostics::{self, Diagnostic};
use crate::line_index::line_terminator_len;

/// The deepest nesting compiled. The compile thread's stack (4 GiB in the
/// driver) holds this many levels at up to 4 KiB each; oxc needs at most
/// about 2 KiB per level counted here, and dxl's own recursive passes grow
/// their stack on the heap.
pub const MAX_NESTING: u32 = 1_000_000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    /// The program itself.
    Top,
    /// `(`, `[` or `{`.
    Bracket,
    /// A template literal's `${`, whose `}` continues the template.
    Substitution,
}

struct Level {
    open: Open,
    /// Levels above this one.
    base: u32,
    /// Tokens counted since this level's last `;` or `,`.
    run: u32,
    /// `else`s in this level, which nest across `;`.
    elses: u32,
}

impl Level {
    fn depth(&self) -> u32 {
        self.base.saturating_add(self.run).saturating_add(self.elses)
    }
}

/// What the last token was, for telling a regular expression from a
/// division and a statement end from a continued expression.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    /// Nothing yet, an operator or an opening bracket: an operand may follow.
    Operator,
    /// An identifier, a literal or a keyword that is a value (`this`).
    Operand,
    /// `)`, `]` or `}`: an operand ended here (or a statement's head did).
    Closing,
}

/// Words after which an expression (so a regular expression) may start.
const EXPRESSION_KEYWORDS: &[&str] = &[
    "return",
    "typeof",
    "instanceof",
    "in",
    "of",
    "new",
    "delete",
    "void",
    "throw",
    "case",
    "do",
    "else",
    "yield",
    "await",
    "extends",
];

/// Reserved words: they count as nesting (statements nest through `if`,
/// `while`, `for`, `new`, `typeof`, ...) and never end a run of operands.
const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "export",
    "extends",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "return",
    "super",
    "switch",
    "throw",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
    "let",
    "static",
    "await",
    "async",
];

/// Words that are operands.
const VALUE_KEYWORDS: &[&str] = &["this", "null", "true", "false", "super"];

/// The offset of the first token nested deeper than [`MAX_NESTING`], if any.
pub fn too_deep(source: &str) -> Option<u32> {
    Scanner { bytes: source.as_bytes(), i: 0, levels: vec![Level { open: Open::Top, base: 0, run: 0, elses: 0 }] }
        .scan()
        .err()
}

/// The diagnostic for a source nested deeper than [`MAX_NESTING`].
pub fn check(source: &str) -> Option<Diagnostic> {
    let at = too_deep(source)?;
    Some(diagnostics::nesting_too_deep(MAX_NESTING, at))
}

struct Scanner<'s> {
    bytes: &'s [u8],
    i: usize,
    levels: Vec<Level>,
}

impl Scanner<'_> {
    fn top(&mut self) -> &mut Level {
        self.levels.last_mut().expect("the program level is never popped")
    }

    /// Counts one level for the token at `at`; `Err(at)` if that is too deep.
    fn count(&mut self, at: usize) -> Result<(), u32> {
        let top = self.top();
        top.run = top.run.saturating_add(1);
        if top.depth() > MAX_NESTING { Err(at as u32) } else { Ok(()) }
    }

    fn open(&mut self, at: usize, open: Open) -> Result<(), u32> {
        self.count(at)?;
        let base = self.top().depth();
        self.levels.push(Level { open, base, run: 0, elses: 0 });
        Ok(())
    }

    /// `Err` with the offset of the first token nested too deep.
    fn scan(&mut self) -> Result<(), u32> {
        let mut last = Last::Operator;
        // A line break since the last token.
        let mut line_break = false;
        while self.i < self.bytes.len() {
            let at = self.i;
            let b = self.bytes[at];
            if let Some(len) = line_terminator_len(self.bytes, at) {
                self.i += len;
                line_break = true;
                continue;
            }
            match b {
                b' ' | b'\t' | 0x0B | 0x0C => self.i += 1,
                b'/' if self.bytes.get(at + 1) == Some(&b'/') => self.skip_line_comment(),
                b'/' if self.bytes.get(at + 1) == Some(&b'*') => {
                    if self.skip_block_comment() {
                        line_break = true;
                    }
                }
                b'/' if last == Last::Operator => {
                    self.skip_regex();
                    last = Last::Operand;
                    line_break = false;
                }
                b'\'' | b'"' => {
                    self.operand_starts(last, line_break);
                    self.skip_string(b);
                    last = Last::Operand;
                    line_break = false;
                }
                b'`' => {
                    self.operand_starts(last, line_break);
                    self.i += 1;
                    self.template_text()?;
                    last = Last::Operand;
                    line_break = false;
                }
                b'(' | b'[' | b'{' => {
                    self.i += 1;
                    self.open(at, Open::Bracket)?;
                    last = Last::Operator;
                    line_break = false;
                }
                b')' | b']' | b'}' => {
                    self.i += 1;
                    let closed = if self.levels.len() > 1 { self.levels.pop().map(|l| l.open) } else { None };
                    if b == b'}' && closed == Some(Open::Substitution) {
                        self.template_text()?;
                        last = Last::Operand;
                    } else {
                        last = Last::Closing;
                    }
                    line_break = false;
                }
                b';' | b',' => {
                    self.i += 1;
                    self.top().run = 0;
                    last = Last::Operator;
                    line_break = false;
                }
                b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'$' | b'\\' | 0x80.. => {
                    let word_start = self.i;
                    self.skip_word(b.is_ascii_digit());
                    let word = &self.bytes[word_start..self.i];
                    let word = std::str::from_utf8(word).unwrap_or("");
                    if word == "else" {
                        let top = self.top();
                        top.elses = top.elses.saturating_add(1);
                        if top.depth() > MAX_NESTING {
                            return Err(at as u32);
                        }
                        last = Last::Operator;
                    } else if KEYWORDS.contains(&word) && !VALUE_KEYWORDS.contains(&word) {
                        self.count(at)?;
                        last = if EXPRESSION_KEYWORDS.contains(&word) { Last::Operator } else { Last::Closing };
                    } else {
                        self.operand_starts(last, line_break);
                        last = Last::Operand;
                    }
                    line_break = false;
                }
                b'.' if self.bytes.get(at + 1).is_some_and(u8::is_ascii_digit) => {
                    self.operand_starts(last, line_break);
                    self.skip_word(true);
                    last = Last::Operand;
                    line_break = false;
                }
                b'+' | b'-' if self.bytes.get(at + 1) == Some(&b) && last != Last::Operator => {
                    // A postfix `x++`: an operand still ends here (`x++ / 2` divides).
                    self.i += 2;
                    self.count(at)?;
                    line_break = false;
                }
                _ => {
                    // An operator or other punctuator, one byte at a time.
                    self.i += 1;
                    self.count(at)?;
                    last = Last::Operator;
                    line_break = false;
                }
            }
        }
        Ok(())
    }

    /// An identifier or literal starts: after another one on an earlier line,
    /// the earlier statement ended there.
    fn operand_starts(&mut self, last: Last, line_break: bool) {
        if line_break && last == Last::Operand {
            self.top().run = 0;
        }
    }

    /// Skips an identifier, keyword or (`number`) numeric literal.
    fn skip_word(&mut self, number: bool) {
        while let Some(&b) = self.bytes.get(self.i) {
            match b {
                b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'$' => self.i += 1,
                b'.' if number => self.i += 1,
                // `\u0061` in an identifier.
                b'\\' => self.i += 2,
                0x80.. if line_terminator_len(self.bytes, self.i).is_none() => self.i += 1,
                _ => break,
            }
        }
    }

    fn skip_line_comment(&mut self) {
        while self.i < self.bytes.len() && line_terminator_len(self.bytes, self.i).is_none() {
            self.i += 1;
        }
    }

    /// Skips `/* ... */`; true if it spans a line break.
    fn skip_block_comment(&mut self) -> bool {
        self.i += 2;
        let mut line_break = false;
        while self.i < self.bytes.len() {
            if self.bytes[self.i] == b'*' && self.bytes.get(self.i + 1) == Some(&b'/') {
                self.i += 2;
                return line_break;
            }
            line_break |= line_terminator_len(self.bytes, self.i).is_some();
            self.i += 1;
        }
        line_break
    }

    fn skip_string(&mut self, quote: u8) {
        self.i += 1;
        while let Some(&b) = self.bytes.get(self.i) {
            self.i += 1;
            match b {
                b'\\' => self.i += 1,
                b'\n' | b'\r' => return,
                _ if b == quote => return,
                _ => {}
            }
        }
    }

    fn skip_regex(&mut self) {
        self.i += 1;
        let mut in_class = false;
        while let Some(&b) = self.bytes.get(self.i) {
            if line_terminator_len(self.bytes, self.i).is_some() {
                return;
            }
            self.i += 1;
            match b {
                b'\\' => self.i += 1,
                b'[' => in_class = true,
                b']' => in_class = false,
                b'/' if !in_class => break,
                _ => {}
            }
        }
        self.skip_word(false);
    }

    /// Skips template text up to its closing backtick, or enters a `${`.
    fn template_text(&mut self) -> Result<(), u32> {
        while let Some(&b) = self.bytes.get(self.i) {
            match b {
                b'\\' => self.i += 2,
                b'`' => {
                    self.i += 1;
                    return Ok(());
                }
                b'$' if self.bytes.get(self.i + 1) == Some(&b'{') => {
                    let at = self.i;
                    self.i += 2;
                    return self.open(at, Open::Substitution);
                }
                _ => self.i += 1,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_ok(source: &str) -> bool {
        too_deep(source).is_none()
    }

    #[test]
    fn deep_brackets_are_found() {
        let n = MAX_NESTING as usize;
        let source = format!("x = {}1{};", "(".repeat(n + 1), ")".repeat(n + 1));
        let at = too_deep(&source).expect("too deep") as usize;
        assert_eq!(&source[at..at + 1], "(");
        let source = format!("{}{}", "[".repeat(n / 2), "]".repeat(n / 2));
        assert!(depth_ok(&source));
    }

    #[test]
    fn statements_and_elements_do_not_add_up() {
        let n = MAX_NESTING as usize + 10;
        assert!(depth_ok(&"x = 1 + 2;\n".repeat(n)));
        assert!(depth_ok(&format!("[{}]", "1 + 2, ".repeat(n))));
        // Without semicolons, a line break between operands ends the run.
        assert!(depth_ok(&"x = y\n".repeat(n)));
    }

    #[test]
    fn chains_and_else_ifs_nest() {
        let n = MAX_NESTING as usize + 10;
        assert!(!depth_ok(&format!("x = 1{}", " + 1".repeat(n))));
        assert!(!depth_ok(&format!("if (a) b;{}", " else if (a) b;".repeat(n))));
        assert!(!depth_ok(&"!".repeat(n)));
        assert!(!depth_ok(&format!("x = {}1{};", "`${".repeat(n), "}`".repeat(n))));
    }

    #[test]
    fn strings_comments_and_regexes_are_not_code() {
        let n = MAX_NESTING as usize + 10;
        let parens = "(".repeat(n);
        assert!(depth_ok(&format!("'{parens}'; \"{parens}\"; `{parens}`; // {parens}\n/* {parens} */")));
        assert!(depth_ok(&format!("x = /{parens}/g;")));
        // A division is not a regular expression.
        assert!(!depth_ok(&format!("x = a / 2 / {parens}")));
    }
}
