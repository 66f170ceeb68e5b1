//! Generated large programs for the compile-time benchmarks and the scaling
//! test (`tests/compile_scaling.rs` includes this file by path), and for
//! `dxl-bench --generate KIND N`.
//!
//! Each kind grows one dimension that must cost compile time about linearly:
//! - `statements`: N statements of mixed top-level code (one huge script body);
//! - `functions`: N functions, each of a dozen mixed statements, all called;
//! - `nested`: N `for` loops nested in each other.
//!
//! The programs are deterministic and print a few values, so their output
//! can be compared with Node's.

/// Which dimension a generated program grows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Statements,
    Functions,
    Nested,
}

impl Kind {
    pub fn parse(name: &str) -> Option<Kind> {
        match name {
            "statements" => Some(Kind::Statements),
            "functions" => Some(Kind::Functions),
            "nested" => Some(Kind::Nested),
            _ => None,
        }
    }
}

pub fn generate(kind: Kind, n: usize) -> String {
    match kind {
        Kind::Statements => statements(n),
        Kind::Functions => functions(n),
        Kind::Nested => nested_loops(n),
    }
}

const HELPERS: &str = "function add(a, b) { return a + b; }
function label(o) { return o.name + ':' + o.value; }
function Point(x, y) { this.x = x; this.y = y; }
var acc = 0;
var text = '';
var points = [];
";

/// `n` top-level statements that cycle through assignments, calls, object
/// and array literals, loops, conditionals, closures, exceptions and output.
pub fn statements(n: usize) -> String {
    let mut s = String::from(HELPERS);
    for i in 0..n {
        let line = match i % 12 {
            0 => format!("let v{i} = {i} * 3 + acc % 7;\n"),
            1 => format!("acc = add(acc, {i}) % 100003;\n"),
            2 => format!("const o{i} = {{ name: 'n{i}', value: acc, list: [1, 2, {i}] }};\n"),
            3 => format!("for (let k = 0; k < 3; k++) {{ acc += k * {i} % 11; }}\n"),
            4 => {
                format!("if (acc % 2 === 0) {{ text = label({{ name: 'even', value: {i} }}); }} else {{ acc += 1; }}\n")
            }
            5 => format!("points.push(new Point({i}, acc % 13));\n"),
            6 => format!("var s{i} = 'item ' + {i} + ' ' + text.length;\n"),
            7 => format!("acc += Math.max({i} % 17, points.length) + Math.floor(acc / 3) % 5;\n"),
            8 => format!(
                "try {{ if (acc % 5 === 0) throw new Error('e{i}'); acc += 2; }} catch (e) {{ text = e.message; }}\n"
            ),
            9 => format!("acc += [{i}, 1, 2].map(function (x) {{ return x * 2; }}).length;\n"),
            10 => "while (acc > 50000) { acc -= 4999; }\n".to_string(),
            _ => format!("if ({i} % 96 === 95) console.log({i}, acc, text, points.length);\n"),
        };
        s.push_str(&line);
    }
    s.push_str("console.log(acc, text, points.length);\n");
    s
}

/// `n` functions of a dozen mixed statements each, called in turn.
pub fn functions(n: usize) -> String {
    let mut s = String::from(HELPERS);
    for i in 0..n {
        s.push_str(&format!(
            "function f{i}(n, o) {{
  var total = 0;
  for (let k = 0; k < n; k++) {{
    if (k % 3 === 0) total += k * {i};
    else total -= o.items[k % o.items.length];
  }}
  var point = {{ x: total, y: n, label: 'p' + {i} }};
  var scale = function (f) {{ return point.x * f + point.y; }};
  try {{
    if (total > 1e9) throw new RangeError('too big ' + total);
  }} catch (e) {{
    total = 0;
  }}
  return scale(2) + [1, 2, 3].map(function (v) {{ return v * {i}; }}).length;
}}
"
        ));
    }
    for i in 0..n {
        s.push_str(&format!("acc = (acc + f{i}(10, {{ items: [1, 2, 3] }})) % 1000003;\n"));
    }
    s.push_str("console.log(acc);\n");
    s
}

/// `depth` nested counted loops (each runs once) around one statement.
pub fn nested_loops(depth: usize) -> String {
    let mut s = String::from("var acc = 0;\n");
    for d in 0..depth {
        s.push_str(&format!("for (let i{d} = 0; i{d} < 1; i{d}++) {{\n"));
    }
    s.push_str("acc += 1;\n");
    for _ in 0..depth {
        s.push_str("}\n");
    }
    s.push_str("console.log(acc);\n");
    s
}
