//! Mutations of corpus programs: light token-level edits (edge-value numbers,
//! swapped operators, `let` to `var`, wrapped operands, other strings) and
//! line edits (duplicate, delete, swap). A mutant may be invalid or may not
//! terminate; the campaign keeps only those Node runs within its timeout.

use crate::rng::Rng;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Space,
    Comment,
    Str,
    Template,
    Number,
    Ident,
    Punct,
}

#[derive(Clone, Debug)]
struct Token {
    kind: Kind,
    text: String,
}

const PUNCTUATORS: &[&str] = &[
    ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=", "=>", "==", "!=", "<=", ">=", "&&",
    "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "**",
];

/// Splits a program into tokens whose concatenation is the program. Regular
/// expression literals are not recognized (dxl rejects them anyway); a `/`
/// becomes a punctuator.
fn tokenize(src: &str) -> Vec<Token> {
    let chars: Vec<char> = src.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let kind = if c.is_whitespace() {
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            Kind::Space
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            Kind::Comment
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i = (i + 2).min(chars.len());
            Kind::Comment
        } else if c == '"' || c == '\'' {
            i += 1;
            while i < chars.len() && chars[i] != c && chars[i] != '\n' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(chars.len());
            Kind::Str
        } else if c == '`' {
            // The whole template, substitutions included, is one opaque token.
            i += 1;
            let mut depth = 0usize;
            while i < chars.len() {
                match chars[i] {
                    '\\' => i += 1,
                    '`' if depth == 0 => break,
                    '{' if i > 0 && chars[i - 1] == '$' => depth += 1,
                    '{' if depth > 0 => depth += 1,
                    '}' if depth > 0 => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            i = (i + 1).min(chars.len());
            Kind::Template
        } else if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            let hex = c == '0' && matches!(chars.get(i + 1), Some('x' | 'X'));
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric()
                    || chars[i] == '.'
                    || chars[i] == '_'
                    || (!hex && matches!(chars[i], '+' | '-') && matches!(chars[i - 1], 'e' | 'E')))
            {
                i += 1;
            }
            Kind::Number
        } else if c.is_alphanumeric() || c == '_' || c == '$' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '$') {
                i += 1;
            }
            Kind::Ident
        } else {
            let rest: String = chars[i..chars.len().min(i + 4)].iter().collect();
            let len = PUNCTUATORS.iter().find(|p| rest.starts_with(**p)).map_or(1, |p| p.chars().count());
            i += len;
            Kind::Punct
        };
        tokens.push(Token { kind, text: chars[start..i].iter().collect() });
    }
    tokens
}

const EDGE_NUMBERS: &[&str] = &[
    "0",
    "(-0)",
    "1",
    "(-1)",
    "2147483647",
    "2147483648",
    "(-2147483648)",
    "(-2147483649)",
    "4294967295",
    "0.5",
    "(-0.5)",
    "NaN",
    "1e21",
    "Infinity",
    "(-Infinity)",
    "9007199254740993",
    "1073741824",
    "3",
];

const OPERATOR_CLASSES: &[&[&str]] = &[
    &["+", "-", "*", "/", "%"],
    &["|", "&", "^", "<<", ">>", ">>>"],
    &["<", "<=", ">", ">=", "==", "!=", "===", "!=="],
    &["&&", "||"],
    &["+=", "-=", "*=", "|=", "&=", "^=", "<<=", ">>=", ">>>="],
    &["++", "--"],
];

const STRINGS: &[&str] = &["\"\"", "\"0\"", "\"-0\"", "\"abc\"", "\" 12 \"", "\"NaN\"", "\"\\u00e9\""];

/// Words after which an identifier is an operand (so wrapping it keeps the program valid).
fn operand_position(prev: Option<&Token>) -> bool {
    match prev {
        None => false,
        Some(t) if t.kind == Kind::Punct => {
            matches!(
                t.text.as_str(),
                "(" | ","
                    | "="
                    | "["
                    | "+"
                    | "-"
                    | "*"
                    | "/"
                    | "%"
                    | "<"
                    | ">"
                    | "<="
                    | ">="
                    | "=="
                    | "==="
                    | "!="
                    | "!=="
                    | "|"
                    | "&"
                    | "^"
                    | "?"
                    | ":"
            )
        }
        Some(t) => t.kind == Kind::Ident && t.text == "return",
    }
}

/// Whether the token after an identifier makes it an operand that may be wrapped.
fn operand_end(next: Option<&Token>) -> bool {
    match next {
        None => false,
        Some(t) => {
            t.kind == Kind::Punct
                && matches!(
                    t.text.as_str(),
                    ")" | "," | ";" | "]" | "+" | "-" | "*" | "<" | ">" | "|" | "&" | "===" | "==" | "!==" | "?" | ":"
                )
        }
    }
}

/// The index of the next (or previous, with `step` -1) token that is not space or a comment.
fn significant(tokens: &[Token], from: usize, step: isize) -> Option<usize> {
    let mut i = from as isize + step;
    while i >= 0 && (i as usize) < tokens.len() {
        let t = &tokens[i as usize];
        if t.kind != Kind::Space && t.kind != Kind::Comment {
            return Some(i as usize);
        }
        i += step;
    }
    None
}

/// Applies one random token mutation; false if the program offers none of the kind chosen.
fn mutate_tokens(tokens: &mut [Token], rng: &mut Rng) -> bool {
    let choice = rng.below(6);
    let candidates: Vec<usize> = (0..tokens.len())
        .filter(|&i| {
            let t = &tokens[i];
            match choice {
                0 => t.kind == Kind::Number,
                1 => t.kind == Kind::Punct && OPERATOR_CLASSES.iter().any(|c| c.contains(&t.text.as_str())),
                2 => t.kind == Kind::Ident && (t.text == "let" || t.text == "const"),
                3 => t.kind == Kind::Str,
                4 => {
                    t.kind == Kind::Ident
                        && !is_keyword(&t.text)
                        && operand_position(significant(tokens, i, -1).map(|p| &tokens[p]))
                        && operand_end(significant(tokens, i, 1).map(|n| &tokens[n]))
                }
                _ => t.kind == Kind::Punct && (t.text == "===" || t.text == "!=="),
            }
        })
        .collect();
    if candidates.is_empty() {
        return false;
    }
    let i = *rng.pick(&candidates);
    let new_text = match choice {
        0 => rng.pick(EDGE_NUMBERS).to_string(),
        1 => {
            let class = OPERATOR_CLASSES.iter().find(|c| c.contains(&tokens[i].text.as_str())).expect("filtered");
            rng.pick(class).to_string()
        }
        2 => if tokens[i].text == "let" { "var" } else { "let" }.to_string(),
        3 => rng.pick(STRINGS).to_string(),
        4 => {
            let v = tokens[i].text.clone();
            rng.pick(&[
                format!("({v} | 0)"),
                format!("({v} * 1.5)"),
                format!("(-{v})"),
                format!("({v} + \"\")"),
                format!("(0 - {v})"),
            ])
            .clone()
        }
        _ => tokens[i].text[..2].to_string(),
    };
    tokens[i].text = new_text;
    true
}

fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "var"
            | "let"
            | "const"
            | "function"
            | "return"
            | "if"
            | "else"
            | "for"
            | "while"
            | "do"
            | "new"
            | "this"
            | "typeof"
            | "instanceof"
            | "in"
            | "of"
            | "true"
            | "false"
            | "null"
            | "undefined"
            | "void"
            | "delete"
            | "throw"
            | "try"
            | "catch"
            | "finally"
            | "switch"
            | "case"
            | "default"
            | "break"
            | "continue"
    )
}

/// Duplicates, deletes or swaps statement lines (lines ending in `;`).
fn mutate_lines(src: &str, rng: &mut Rng) -> Option<String> {
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    let statements: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].trim_end().ends_with(';')).collect();
    if statements.is_empty() {
        return None;
    }
    let i = *rng.pick(&statements);
    match rng.below(3) {
        0 => {
            let copy = lines[i].clone();
            lines.insert(i, copy);
        }
        1 => {
            lines.remove(i);
        }
        _ => {
            let j = *rng.pick(&statements);
            lines.swap(i, j);
        }
    }
    Some(lines.join("\n") + "\n")
}

/// One to three mutations of `src`.
pub fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut text = src.to_string();
    for _ in 0..rng.range(1, 3) {
        if rng.chance(25) {
            if let Some(t) = mutate_lines(&text, rng) {
                text = t;
            }
        } else {
            let mut tokens = tokenize(&text);
            for _ in 0..4 {
                if mutate_tokens(&mut tokens, rng) {
                    break;
                }
            }
            text = tokens.into_iter().map(|t| t.text).collect();
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_rebuild_the_source() {
        let src = "let a = 1.5e-3 >>> 2; // c\nconst s = `x${a + `y`}z` + 'q\\'r'; /* k */ a >>>= 1;\n";
        let tokens = tokenize(src);
        assert_eq!(tokens.iter().map(|t| t.text.as_str()).collect::<String>(), src);
        assert!(tokens.iter().any(|t| t.kind == Kind::Number && t.text == "1.5e-3"));
        assert!(tokens.iter().any(|t| t.kind == Kind::Punct && t.text == ">>>="));
        assert!(tokens.iter().any(|t| t.kind == Kind::Template && t.text == "`x${a + `y`}z`"));
    }

    #[test]
    fn mutants_are_deterministic_and_differ() {
        let src = "let x = 3;\nconst y = x + 4;\nconsole.log(x === y, \"s\");\n";
        let a = mutate(src, &mut Rng::new(9));
        assert_eq!(a, mutate(src, &mut Rng::new(9)));
        let changed = (0..20).filter(|&s| mutate(src, &mut Rng::new(s)) != src).count();
        assert!(changed >= 15, "only {changed} of 20 mutants changed the program");
    }
}
