//! Tests for the inspector. Most cases are generated: a reference walker
//! written in JavaScript converts a live value into the `Node` tree below, and
//! the expected text is what Node 20 printed for `console.log(...)` (or
//! `util.inspect(...)`) of that value. The JavaScript is quoted above each case.

#![allow(clippy::approx_constant)]

use super::*;

fn u() -> Node {
    Node::Undefined
}
fn n(x: f64) -> Node {
    Node::Number(x)
}
fn s(x: &str) -> Node {
    Node::String(x.into())
}
fn k(x: &str) -> Key {
    Key::Name(x.into())
}
fn kh(x: &str) -> Key {
    Key::Hidden(x.into())
}
fn ks(x: &str) -> Key {
    Key::Symbol(x.into())
}
fn el(x: Node) -> Element {
    Element::Value(x)
}
fn holes(x: usize) -> Element {
    Element::Holes(x)
}
fn obj(constructor: Option<&str>, props: Vec<(Key, Node)>) -> Node {
    Node::Object { constructor: constructor.map(String::from), props }
}
fn arr(constructor: Option<&str>, len: usize, items: Vec<Element>, props: Vec<(Key, Node)>) -> Node {
    Node::Array { constructor: constructor.map(String::from), len, items, props }
}
fn log(args: Vec<Node>) -> String {
    format_log_args(&args)
}

// ---------- hand-written cases ----------

#[test]
fn keys() {
    assert_eq!(format_key("a"), "a");
    assert_eq!(format_key("_y"), "_y");
    assert_eq!(format_key("A9_"), "A9_");
    assert_eq!(format_key("$x"), "'$x'");
    assert_eq!(format_key("a-b"), "'a-b'");
    assert_eq!(format_key("1a"), "'1a'");
    assert_eq!(format_key("1"), "'1'");
    assert_eq!(format_key(""), "''");
    assert_eq!(format_key("it's"), "\"it's\"");
    assert_eq!(format_key("é"), "'é'");
    assert_eq!(format_key("__proto__"), "['__proto__']");
}

#[test]
fn too_deep_nodes() {
    let v = obj(
        Some("Object"),
        vec![
            (k("a"), Node::TooDeep { constructor: Some("Object".into()), is_array: false }),
            (k("b"), Node::TooDeep { constructor: Some("Array".into()), is_array: true }),
            (k("c"), Node::TooDeep { constructor: Some("Point".into()), is_array: false }),
            (k("d"), Node::TooDeep { constructor: None, is_array: false }),
            (k("e"), Node::TooDeep { constructor: None, is_array: true }),
        ],
    );
    assert_eq!(
        inspect(&v),
        "{\n  a: [Object],\n  b: [Array],\n  c: [Point],\n  d: [Object: null prototype],\n  e: [Array: null prototype]\n}"
    );
}

#[test]
fn promises() {
    // console.log(Promise.resolve(1), new Promise(() => {}), [Promise.resolve({ a: 1 })])
    let p = |state| Node::Promise { state, props: vec![] };
    let args = vec![
        p(PromiseState::Fulfilled(Box::new(n(1.0)))),
        p(PromiseState::Pending),
        arr(
            Some("Array"),
            1,
            vec![el(p(PromiseState::Fulfilled(Box::new(obj(Some("Object"), vec![(k("a"), n(1.0))])))))],
            vec![],
        ),
    ];
    assert_eq!(log(args), "Promise { 1 } Promise { <pending> } [ Promise { { a: 1 } } ]");
    // const p = Promise.reject(3); p.catch(() => {}); console.log(p)
    assert_eq!(log(vec![p(PromiseState::Rejected(Box::new(n(3.0))))]), "Promise { <rejected> 3 }");
}

#[test]
fn verbatim_and_accessors() {
    let v = obj(
        Some("Object"),
        vec![(k("w"), Node::Verbatim("WeakMap { <items unknown> }".into())), (k("g"), Node::Getter)],
    );
    assert_eq!(inspect(&v), "{ w: WeakMap { <items unknown> }, g: [Getter] }");
}

#[test]
fn top_level_strings() {
    assert_eq!(log(vec![s("it's")]), "it's");
    assert_eq!(inspect(&s("it's")), "\"it's\"");
    assert_eq!(log(vec![s("a"), s("b\nc")]), "a b\nc");
    assert_eq!(log(vec![]), "");
}

#[test]
fn lone_surrogates() {
    let units = |u: &[u16]| JsText::from_units(u.to_vec());
    let high = Node::String(units(&[0xd83d]));
    let pair = Node::String(units(&[0x61, 0xd83d, 0xde00]));
    let v = arr(Some("Array"), 2, vec![el(high.clone()), el(pair)], vec![]);
    // console.log(['\ud83d', 'a\ud83d\ude00'])
    assert_eq!(inspect(&v), "[ '\\ud83d', 'a😀' ]");
    let o = Node::Object {
        constructor: Some("Object".into()),
        props: vec![(Key::Name(units(&[0xdc00])), high.clone()), (Key::Hidden(units(&[0xdfff])), n(1.0))],
    };
    assert_eq!(inspect(&o), "{ '\\udc00': '\\ud83d', [\\udfff]: 1 }");
    // Raw text (a top-level string, %s) is written with U+FFFD, as Node writes it.
    assert_eq!(log(vec![high.clone()]), "\u{fffd}");
    assert_eq!(log(vec![s("%s|%j"), high.clone(), high]), "\u{fffd}|\"\\ud83d\"");
}

#[test]
fn format_directive_arguments() {
    assert_eq!(format_directives("%o %s", 3), vec![(1, b'o'), (2, b's')]);
    assert_eq!(format_directives("%o %o", 2), vec![(1, b'o')]);
    assert_eq!(format_directives("%%o %o", 2), vec![(1, b'o')]);
    assert_eq!(format_directives("100%", 2), vec![]);
    assert_eq!(format_directives("%x %d", 2), vec![(1, b'd')]);
    assert_eq!(format_directives("%o", 1), vec![]);
}

#[test]
fn show_hidden() {
    let hidden = Options::PERCENT_O;
    // console.log('%o', [1, 2])
    let v = arr(Some("Array"), 2, vec![el(n(1.0)), el(n(2.0))], vec![(kh("length"), n(2.0))]);
    assert_eq!(inspect_with(&v, &hidden), "[ 1, 2, [length]: 2 ]");
    // With showHidden, an error's `message` is listed even though its stack
    // shows it: const e = new Error('x'); e.message = 'x'; Object.defineProperty(e, 'message', { enumerable: true })
    let e = Node::Error {
        stack: "Error: x\n    at f (a.js:1:1)".into(),
        name: "Error".into(),
        message: "x".into(),
        constructor: Some("Error".into()),
        props: vec![(k("message"), s("x"))],
    };
    assert_eq!(inspect_with(&e, &hidden), "Error: x\n    at f (a.js:1:1) {\n  message: 'x'\n}");
    assert_eq!(inspect(&e), "Error: x\n    at f (a.js:1:1)");
    // Prototype properties come after the own ones, formatted one level shallower:
    // function P() { this.x = 1 } P.prototype.deep = { a: { b: { c: { d: { e: 1 } } } } }
    let chain = |depth: usize| {
        let mut v = obj(Some("Object"), vec![(k("e"), n(1.0))]);
        for name in ["d", "c", "b", "a"].into_iter().take(depth) {
            v = obj(Some("Object"), vec![(k(name), v)]);
        }
        v
    };
    let p = obj(Some("P"), vec![(k("x"), n(1.0)), (Key::Prototype(Box::new(k("deep"))), chain(4))]);
    assert_eq!(
        inspect_with(&p, &hidden),
        "P {\n  x: 1,\n  deep: {\n    a: {\n      b: { c: { d: { e: 1 } } }\n    }\n  }\n}"
    );
}

// ---------- generated cases ----------

#[test]
fn number_minus_zero_top() {
    // -0
    assert_eq!(log(vec![n(-0.0)]), r#"-0"#);
}

#[test]
fn numbers_special() {
    // [-0, 0, 1e21, 1e-7, NaN, Infinity, -Infinity, 0.1, 123456789012345680000, 1.5e300, 2**53, -5]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            12,
            vec![
                el(n(-0.0)),
                el(n(0.0)),
                el(n(1e+21)),
                el(n(1e-7)),
                el(n(f64::NAN)),
                el(n(f64::INFINITY)),
                el(n(f64::NEG_INFINITY)),
                el(n(0.1)),
                el(n(123456789012345680000.0)),
                el(n(1.5e+300)),
                el(n(9007199254740992.0)),
                el(n(-5.0))
            ],
            vec![]
        )]),
        r#"[
  -0,
  0,
  1e+21,
  1e-7,
  NaN,
  Infinity,
  -Infinity,
  0.1,
  123456789012345680000,
  1.5e+300,
  9007199254740992,
  -5
]"#
    );
}

#[test]
fn number_args() {
    // 1e21, -0, 3.14, -1e-7
    assert_eq!(log(vec![n(1e+21), n(-0.0), n(3.14), n(-1e-7)]), r#"1e+21 -0 3.14 -1e-7"#);
}

#[test]
fn bigints() {
    // 10n, [1n, -2n], { big: 123456789012345678901234567890n }
    assert_eq!(
        log(vec![
            Node::BigInt("10".into()),
            arr(Some("Array"), 2, vec![el(Node::BigInt("1".into())), el(Node::BigInt("-2".into()))], vec![]),
            obj(Some("Object"), vec![(k("big"), Node::BigInt("123456789012345678901234567890".into()))])
        ]),
        r#"10n [ 1n, -2n ] { big: 123456789012345678901234567890n }"#
    );
}

#[test]
fn bools_null_undef() {
    // true, false, null, undefined, [true, null, undefined]
    assert_eq!(
        log(vec![
            Node::Bool(true),
            Node::Bool(false),
            Node::Null,
            u(),
            arr(Some("Array"), 3, vec![el(Node::Bool(true)), el(Node::Null), el(u())], vec![])
        ]),
        r#"true false null undefined [ true, null, undefined ]"#
    );
}

#[test]
fn symbols() {
    // Symbol('foo'), Symbol(), [Symbol('a b'), Symbol.iterator]
    assert_eq!(
        log(vec![
            Node::Symbol("foo".into()),
            Node::Symbol("".into()),
            arr(
                Some("Array"),
                2,
                vec![el(Node::Symbol("a b".into())), el(Node::Symbol("Symbol.iterator".into()))],
                vec![]
            )
        ]),
        r#"Symbol(foo) Symbol() [ Symbol(a b), Symbol(Symbol.iterator) ]"#
    );
}

#[test]
fn strings_quotes() {
    // ["it's", 'say "hi"', `both ' and "`, `all ' " \``, `dollar ' " \${x}`]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            5,
            vec![
                el(s("it's")),
                el(s("say \"hi\"")),
                el(s("both ' and \"")),
                el(s("all ' \" `")),
                el(s("dollar ' \" ${x}"))
            ],
            vec![]
        )]),
        r#"[
  "it's",
  'say "hi"',
  `both ' and "`,
  'all \' " `',
  'dollar \' " ${x}'
]"#
    );
}

#[test]
fn strings_escapes() {
    // ['tab\there', 'nl\nx', '\x00\x01\x1f\x7f\x85\x9f', 'back\\slash', '\b\f\r\v', "q'\n"]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            6,
            vec![
                el(s("tab\there")),
                el(s("nl\nx")),
                el(s("\u{0}\u{1}\u{1f}\u{7f}\u{85}\u{9f}")),
                el(s("back\\slash")),
                el(s("\u{8}\u{c}\r\u{b}")),
                el(s("q'\n"))
            ],
            vec![]
        )]),
        r#"[
  'tab\there',
  'nl\nx',
  '\x00\x01\x1F\x7F\x85\x9F',
  'back\\slash',
  '\b\f\r\x0B',
  "q'\n"
]"#
    );
}

#[test]
fn strings_unicode() {
    // ['ünïcödé', '日本語', '😀 emoji', '\u00a0nbsp', '\u200b']
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            5,
            vec![el(s("ünïcödé")), el(s("日本語")), el(s("😀 emoji")), el(s("\u{a0}nbsp")), el(s("\u{200b}"))],
            vec![]
        )]),
        "[ 'ünïcödé', '日本語', '😀 emoji', '\u{a0}nbsp', '\u{200b}' ]"
    );
}

#[test]
fn string_long_multiline_in_object() {
    // { s: 'line one is long enough\nline two is also long\nline three' }
    assert_eq!(
        log(vec![obj(Some("Object"), vec![(k("s"), s("line one is long enough\nline two is also long\nline three"))])]),
        r#"{ s: 'line one is long enough\nline two is also long\nline three' }"#
    );
}

#[test]
fn string_long_in_array() {
    // ['a'.repeat(100)]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            1,
            vec![el(s(
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            ))],
            vec![]
        )]),
        r#"[
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
]"#
    );
}

#[test]
fn string_multiline_near_limit() {
    // { k: 'x'.repeat(20) + '\n' + 'y'.repeat(70) }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(
                k("k"),
                s("xxxxxxxxxxxxxxxxxxxx\nyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")
            )]
        )]),
        r#"{
  k: 'xxxxxxxxxxxxxxxxxxxx\n' +
    'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'
}"#
    );
}

#[test]
fn string_multiline_short() {
    // ['ab\ncd', { x: 'short\nstr' }]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            2,
            vec![el(s("ab\ncd")), el(obj(Some("Object"), vec![(k("x"), s("short\nstr"))]))],
            vec![]
        )]),
        r#"[ 'ab\ncd', { x: 'short\nstr' } ]"#
    );
}

#[test]
fn string_multiline_trailing_newline() {
    // [ 'first line that is long\nsecond line that is long\n' ]
    assert_eq!(
        log(vec![arr(Some("Array"), 1, vec![el(s("first line that is long\nsecond line that is long\n"))], vec![])]),
        r#"[ 'first line that is long\nsecond line that is long\n' ]"#
    );
}

#[test]
fn string_multiline_quotes_per_line() {
    // { text: "it's the first line here\nsecond has no quote at all, but is long" }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(k("text"), s("it's the first line here\nsecond has no quote at all, but is long"))]
        )]),
        r#"{
  text: "it's the first line here\nsecond has no quote at all, but is long"
}"#
    );
}

#[test]
fn string_top_inspect_multiline() {
    // 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'
    assert_eq!(
        inspect(&s(
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
        )),
        r#"'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n' +
  'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'"#
    );
}

#[test]
fn string_top_inspect() {
    // "it's \"quoted\""
    assert_eq!(inspect(&s("it's \"quoted\"")), r#"`it's "quoted"`"#);
}

#[test]
fn string_very_long() {
    // ['z'.repeat(10005)]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            1,
            vec![el(s(
                "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
            ))],
            vec![]
        )]),
        r#"[
  'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'... 5 more characters
]"#
    );
}

#[test]
fn string_deep_multiline() {
    // { a: { b: { c: 'one two three four\nfive six seven eight nine ten eleven twelve thirteen fourteen' } } }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(
                k("a"),
                obj(
                    Some("Object"),
                    vec![(
                        k("b"),
                        obj(
                            Some("Object"),
                            vec![(
                                k("c"),
                                s("one two three four\nfive six seven eight nine ten eleven twelve thirteen fourteen")
                            )]
                        )
                    )]
                )
            )]
        )]),
        r#"{
  a: {
    b: {
      c: 'one two three four\n' +
        'five six seven eight nine ten eleven twelve thirteen fourteen'
    }
  }
}"#
    );
}

#[test]
fn array_small() {
    // [1, 2, 3]
    assert_eq!(log(vec![arr(Some("Array"), 3, vec![el(n(1.0)), el(n(2.0)), el(n(3.0))], vec![])]), r#"[ 1, 2, 3 ]"#);
}

#[test]
fn array_empty() {
    // [], {}, [[]], [{}]
    assert_eq!(
        log(vec![
            arr(Some("Array"), 0, vec![], vec![]),
            obj(Some("Object"), vec![]),
            arr(Some("Array"), 1, vec![el(arr(Some("Array"), 0, vec![], vec![]))], vec![]),
            arr(Some("Array"), 1, vec![el(obj(Some("Object"), vec![]))], vec![])
        ]),
        r#"[] {} [ [] ] [ {} ]"#
    );
}

#[test]
fn array_7_numbers() {
    // [1, 2, 3, 4, 5, 6, 7]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            7,
            vec![el(n(1.0)), el(n(2.0)), el(n(3.0)), el(n(4.0)), el(n(5.0)), el(n(6.0)), el(n(7.0))],
            vec![]
        )]),
        r#"[
  1, 2, 3, 4,
  5, 6, 7
]"#
    );
}

#[test]
fn array_6_numbers() {
    // [100, 200, 300, 400, 500, 600]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            6,
            vec![el(n(100.0)), el(n(200.0)), el(n(300.0)), el(n(400.0)), el(n(500.0)), el(n(600.0))],
            vec![]
        )]),
        r#"[ 100, 200, 300, 400, 500, 600 ]"#
    );
}

#[test]
fn array_26_numbers() {
    // Array.from({ length: 26 }, (_, i) => i)
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            26,
            vec![
                el(n(0.0)),
                el(n(1.0)),
                el(n(2.0)),
                el(n(3.0)),
                el(n(4.0)),
                el(n(5.0)),
                el(n(6.0)),
                el(n(7.0)),
                el(n(8.0)),
                el(n(9.0)),
                el(n(10.0)),
                el(n(11.0)),
                el(n(12.0)),
                el(n(13.0)),
                el(n(14.0)),
                el(n(15.0)),
                el(n(16.0)),
                el(n(17.0)),
                el(n(18.0)),
                el(n(19.0)),
                el(n(20.0)),
                el(n(21.0)),
                el(n(22.0)),
                el(n(23.0)),
                el(n(24.0)),
                el(n(25.0))
            ],
            vec![]
        )]),
        r#"[
   0,  1,  2,  3,  4,  5,  6,  7,
   8,  9, 10, 11, 12, 13, 14, 15,
  16, 17, 18, 19, 20, 21, 22, 23,
  24, 25
]"#
    );
}

#[test]
fn array_100_numbers() {
    // Array.from({ length: 100 }, (_, i) => i)
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            100,
            vec![
                el(n(0.0)),
                el(n(1.0)),
                el(n(2.0)),
                el(n(3.0)),
                el(n(4.0)),
                el(n(5.0)),
                el(n(6.0)),
                el(n(7.0)),
                el(n(8.0)),
                el(n(9.0)),
                el(n(10.0)),
                el(n(11.0)),
                el(n(12.0)),
                el(n(13.0)),
                el(n(14.0)),
                el(n(15.0)),
                el(n(16.0)),
                el(n(17.0)),
                el(n(18.0)),
                el(n(19.0)),
                el(n(20.0)),
                el(n(21.0)),
                el(n(22.0)),
                el(n(23.0)),
                el(n(24.0)),
                el(n(25.0)),
                el(n(26.0)),
                el(n(27.0)),
                el(n(28.0)),
                el(n(29.0)),
                el(n(30.0)),
                el(n(31.0)),
                el(n(32.0)),
                el(n(33.0)),
                el(n(34.0)),
                el(n(35.0)),
                el(n(36.0)),
                el(n(37.0)),
                el(n(38.0)),
                el(n(39.0)),
                el(n(40.0)),
                el(n(41.0)),
                el(n(42.0)),
                el(n(43.0)),
                el(n(44.0)),
                el(n(45.0)),
                el(n(46.0)),
                el(n(47.0)),
                el(n(48.0)),
                el(n(49.0)),
                el(n(50.0)),
                el(n(51.0)),
                el(n(52.0)),
                el(n(53.0)),
                el(n(54.0)),
                el(n(55.0)),
                el(n(56.0)),
                el(n(57.0)),
                el(n(58.0)),
                el(n(59.0)),
                el(n(60.0)),
                el(n(61.0)),
                el(n(62.0)),
                el(n(63.0)),
                el(n(64.0)),
                el(n(65.0)),
                el(n(66.0)),
                el(n(67.0)),
                el(n(68.0)),
                el(n(69.0)),
                el(n(70.0)),
                el(n(71.0)),
                el(n(72.0)),
                el(n(73.0)),
                el(n(74.0)),
                el(n(75.0)),
                el(n(76.0)),
                el(n(77.0)),
                el(n(78.0)),
                el(n(79.0)),
                el(n(80.0)),
                el(n(81.0)),
                el(n(82.0)),
                el(n(83.0)),
                el(n(84.0)),
                el(n(85.0)),
                el(n(86.0)),
                el(n(87.0)),
                el(n(88.0)),
                el(n(89.0)),
                el(n(90.0)),
                el(n(91.0)),
                el(n(92.0)),
                el(n(93.0)),
                el(n(94.0)),
                el(n(95.0)),
                el(n(96.0)),
                el(n(97.0)),
                el(n(98.0)),
                el(n(99.0))
            ],
            vec![]
        )]),
        r#"[
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
  96, 97, 98, 99
]"#
    );
}

#[test]
fn array_101_numbers() {
    // Array.from({ length: 101 }, (_, i) => i)
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            101,
            vec![
                el(n(0.0)),
                el(n(1.0)),
                el(n(2.0)),
                el(n(3.0)),
                el(n(4.0)),
                el(n(5.0)),
                el(n(6.0)),
                el(n(7.0)),
                el(n(8.0)),
                el(n(9.0)),
                el(n(10.0)),
                el(n(11.0)),
                el(n(12.0)),
                el(n(13.0)),
                el(n(14.0)),
                el(n(15.0)),
                el(n(16.0)),
                el(n(17.0)),
                el(n(18.0)),
                el(n(19.0)),
                el(n(20.0)),
                el(n(21.0)),
                el(n(22.0)),
                el(n(23.0)),
                el(n(24.0)),
                el(n(25.0)),
                el(n(26.0)),
                el(n(27.0)),
                el(n(28.0)),
                el(n(29.0)),
                el(n(30.0)),
                el(n(31.0)),
                el(n(32.0)),
                el(n(33.0)),
                el(n(34.0)),
                el(n(35.0)),
                el(n(36.0)),
                el(n(37.0)),
                el(n(38.0)),
                el(n(39.0)),
                el(n(40.0)),
                el(n(41.0)),
                el(n(42.0)),
                el(n(43.0)),
                el(n(44.0)),
                el(n(45.0)),
                el(n(46.0)),
                el(n(47.0)),
                el(n(48.0)),
                el(n(49.0)),
                el(n(50.0)),
                el(n(51.0)),
                el(n(52.0)),
                el(n(53.0)),
                el(n(54.0)),
                el(n(55.0)),
                el(n(56.0)),
                el(n(57.0)),
                el(n(58.0)),
                el(n(59.0)),
                el(n(60.0)),
                el(n(61.0)),
                el(n(62.0)),
                el(n(63.0)),
                el(n(64.0)),
                el(n(65.0)),
                el(n(66.0)),
                el(n(67.0)),
                el(n(68.0)),
                el(n(69.0)),
                el(n(70.0)),
                el(n(71.0)),
                el(n(72.0)),
                el(n(73.0)),
                el(n(74.0)),
                el(n(75.0)),
                el(n(76.0)),
                el(n(77.0)),
                el(n(78.0)),
                el(n(79.0)),
                el(n(80.0)),
                el(n(81.0)),
                el(n(82.0)),
                el(n(83.0)),
                el(n(84.0)),
                el(n(85.0)),
                el(n(86.0)),
                el(n(87.0)),
                el(n(88.0)),
                el(n(89.0)),
                el(n(90.0)),
                el(n(91.0)),
                el(n(92.0)),
                el(n(93.0)),
                el(n(94.0)),
                el(n(95.0)),
                el(n(96.0)),
                el(n(97.0)),
                el(n(98.0)),
                el(n(99.0)),
                el(n(100.0))
            ],
            vec![]
        )]),
        r#"[
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
  96, 97, 98, 99,
  ... 1 more item
]"#
    );
}

#[test]
fn array_200_numbers() {
    // Array.from({ length: 200 }, (_, i) => i * 3)
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            200,
            vec![
                el(n(0.0)),
                el(n(3.0)),
                el(n(6.0)),
                el(n(9.0)),
                el(n(12.0)),
                el(n(15.0)),
                el(n(18.0)),
                el(n(21.0)),
                el(n(24.0)),
                el(n(27.0)),
                el(n(30.0)),
                el(n(33.0)),
                el(n(36.0)),
                el(n(39.0)),
                el(n(42.0)),
                el(n(45.0)),
                el(n(48.0)),
                el(n(51.0)),
                el(n(54.0)),
                el(n(57.0)),
                el(n(60.0)),
                el(n(63.0)),
                el(n(66.0)),
                el(n(69.0)),
                el(n(72.0)),
                el(n(75.0)),
                el(n(78.0)),
                el(n(81.0)),
                el(n(84.0)),
                el(n(87.0)),
                el(n(90.0)),
                el(n(93.0)),
                el(n(96.0)),
                el(n(99.0)),
                el(n(102.0)),
                el(n(105.0)),
                el(n(108.0)),
                el(n(111.0)),
                el(n(114.0)),
                el(n(117.0)),
                el(n(120.0)),
                el(n(123.0)),
                el(n(126.0)),
                el(n(129.0)),
                el(n(132.0)),
                el(n(135.0)),
                el(n(138.0)),
                el(n(141.0)),
                el(n(144.0)),
                el(n(147.0)),
                el(n(150.0)),
                el(n(153.0)),
                el(n(156.0)),
                el(n(159.0)),
                el(n(162.0)),
                el(n(165.0)),
                el(n(168.0)),
                el(n(171.0)),
                el(n(174.0)),
                el(n(177.0)),
                el(n(180.0)),
                el(n(183.0)),
                el(n(186.0)),
                el(n(189.0)),
                el(n(192.0)),
                el(n(195.0)),
                el(n(198.0)),
                el(n(201.0)),
                el(n(204.0)),
                el(n(207.0)),
                el(n(210.0)),
                el(n(213.0)),
                el(n(216.0)),
                el(n(219.0)),
                el(n(222.0)),
                el(n(225.0)),
                el(n(228.0)),
                el(n(231.0)),
                el(n(234.0)),
                el(n(237.0)),
                el(n(240.0)),
                el(n(243.0)),
                el(n(246.0)),
                el(n(249.0)),
                el(n(252.0)),
                el(n(255.0)),
                el(n(258.0)),
                el(n(261.0)),
                el(n(264.0)),
                el(n(267.0)),
                el(n(270.0)),
                el(n(273.0)),
                el(n(276.0)),
                el(n(279.0)),
                el(n(282.0)),
                el(n(285.0)),
                el(n(288.0)),
                el(n(291.0)),
                el(n(294.0)),
                el(n(297.0)),
                el(n(300.0))
            ],
            vec![]
        )]),
        r#"[
    0,   3,   6,   9,  12,  15,  18,  21,  24,  27,  30,  33,
   36,  39,  42,  45,  48,  51,  54,  57,  60,  63,  66,  69,
   72,  75,  78,  81,  84,  87,  90,  93,  96,  99, 102, 105,
  108, 111, 114, 117, 120, 123, 126, 129, 132, 135, 138, 141,
  144, 147, 150, 153, 156, 159, 162, 165, 168, 171, 174, 177,
  180, 183, 186, 189, 192, 195, 198, 201, 204, 207, 210, 213,
  216, 219, 222, 225, 228, 231, 234, 237, 240, 243, 246, 249,
  252, 255, 258, 261, 264, 267, 270, 273, 276, 279, 282, 285,
  288, 291, 294, 297,
  ... 100 more items
]"#
    );
}

#[test]
fn array_squares() {
    // Array.from({ length: 40 }, (_, i) => i * i)
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            40,
            vec![
                el(n(0.0)),
                el(n(1.0)),
                el(n(4.0)),
                el(n(9.0)),
                el(n(16.0)),
                el(n(25.0)),
                el(n(36.0)),
                el(n(49.0)),
                el(n(64.0)),
                el(n(81.0)),
                el(n(100.0)),
                el(n(121.0)),
                el(n(144.0)),
                el(n(169.0)),
                el(n(196.0)),
                el(n(225.0)),
                el(n(256.0)),
                el(n(289.0)),
                el(n(324.0)),
                el(n(361.0)),
                el(n(400.0)),
                el(n(441.0)),
                el(n(484.0)),
                el(n(529.0)),
                el(n(576.0)),
                el(n(625.0)),
                el(n(676.0)),
                el(n(729.0)),
                el(n(784.0)),
                el(n(841.0)),
                el(n(900.0)),
                el(n(961.0)),
                el(n(1024.0)),
                el(n(1089.0)),
                el(n(1156.0)),
                el(n(1225.0)),
                el(n(1296.0)),
                el(n(1369.0)),
                el(n(1444.0)),
                el(n(1521.0))
            ],
            vec![]
        )]),
        r#"[
     0,    1,    4,    9,   16,   25,   36,
    49,   64,   81,  100,  121,  144,  169,
   196,  225,  256,  289,  324,  361,  400,
   441,  484,  529,  576,  625,  676,  729,
   784,  841,  900,  961, 1024, 1089, 1156,
  1225, 1296, 1369, 1444, 1521
]"#
    );
}

#[test]
fn array_floats() {
    // Array.from({ length: 30 }, (_, i) => Math.round(Math.sin(i) * 1000) / 100)
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            30,
            vec![
                el(n(0.0)),
                el(n(8.41)),
                el(n(9.09)),
                el(n(1.41)),
                el(n(-7.57)),
                el(n(-9.59)),
                el(n(-2.79)),
                el(n(6.57)),
                el(n(9.89)),
                el(n(4.12)),
                el(n(-5.44)),
                el(n(-10.0)),
                el(n(-5.37)),
                el(n(4.2)),
                el(n(9.91)),
                el(n(6.5)),
                el(n(-2.88)),
                el(n(-9.61)),
                el(n(-7.51)),
                el(n(1.5)),
                el(n(9.13)),
                el(n(8.37)),
                el(n(-0.09)),
                el(n(-8.46)),
                el(n(-9.06)),
                el(n(-1.32)),
                el(n(7.63)),
                el(n(9.56)),
                el(n(2.71)),
                el(n(-6.64))
            ],
            vec![]
        )]),
        r#"[
      0,  8.41,  9.09,  1.41, -7.57,
  -9.59, -2.79,  6.57,  9.89,  4.12,
  -5.44,   -10, -5.37,   4.2,  9.91,
    6.5, -2.88, -9.61, -7.51,   1.5,
   9.13,  8.37, -0.09, -8.46, -9.06,
  -1.32,  7.63,  9.56,  2.71, -6.64
]"#
    );
}

#[test]
fn array_negative() {
    // [-1, 22, -333, 4444, -55555, 6, -7, 88, -999]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            9,
            vec![
                el(n(-1.0)),
                el(n(22.0)),
                el(n(-333.0)),
                el(n(4444.0)),
                el(n(-55555.0)),
                el(n(6.0)),
                el(n(-7.0)),
                el(n(88.0)),
                el(n(-999.0))
            ],
            vec![]
        )]),
        r#"[
    -1,     22, -333,
  4444, -55555,    6,
    -7,     88, -999
]"#
    );
}

#[test]
fn array_letters() {
    // 'abcdefghijklmnopqrstuvwxyz'.split('')
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            26,
            vec![
                el(s("a")),
                el(s("b")),
                el(s("c")),
                el(s("d")),
                el(s("e")),
                el(s("f")),
                el(s("g")),
                el(s("h")),
                el(s("i")),
                el(s("j")),
                el(s("k")),
                el(s("l")),
                el(s("m")),
                el(s("n")),
                el(s("o")),
                el(s("p")),
                el(s("q")),
                el(s("r")),
                el(s("s")),
                el(s("t")),
                el(s("u")),
                el(s("v")),
                el(s("w")),
                el(s("x")),
                el(s("y")),
                el(s("z"))
            ],
            vec![]
        )]),
        r#"[
  'a', 'b', 'c', 'd', 'e', 'f',
  'g', 'h', 'i', 'j', 'k', 'l',
  'm', 'n', 'o', 'p', 'q', 'r',
  's', 't', 'u', 'v', 'w', 'x',
  'y', 'z'
]"#
    );
}

#[test]
fn array_words() {
    // ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon', 'mango', 'nectarine']
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            12,
            vec![
                el(s("apple")),
                el(s("banana")),
                el(s("cherry")),
                el(s("date")),
                el(s("elderberry")),
                el(s("fig")),
                el(s("grape")),
                el(s("honeydew")),
                el(s("kiwi")),
                el(s("lemon")),
                el(s("mango")),
                el(s("nectarine"))
            ],
            vec![]
        )]),
        r#"[
  'apple',      'banana',
  'cherry',     'date',
  'elderberry', 'fig',
  'grape',      'honeydew',
  'kiwi',       'lemon',
  'mango',      'nectarine'
]"#
    );
}

#[test]
fn array_mixed_lengths() {
    // ['a', 'bb', 'ccc', 'a much longer string here', 'x', 'y', 'z', 'w']
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            8,
            vec![
                el(s("a")),
                el(s("bb")),
                el(s("ccc")),
                el(s("a much longer string here")),
                el(s("x")),
                el(s("y")),
                el(s("z")),
                el(s("w"))
            ],
            vec![]
        )]),
        r#"[ 'a', 'bb', 'ccc', 'a much longer string here', 'x', 'y', 'z', 'w' ]"#
    );
}

#[test]
fn array_mixed_types() {
    // [1, 'two', 3, 'four', 5, 'six', 7, 'eight', 9]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            9,
            vec![
                el(n(1.0)),
                el(s("two")),
                el(n(3.0)),
                el(s("four")),
                el(n(5.0)),
                el(s("six")),
                el(n(7.0)),
                el(s("eight")),
                el(n(9.0))
            ],
            vec![]
        )]),
        r#"[
  1, 'two',
  3, 'four',
  5, 'six',
  7, 'eight',
  9
]"#
    );
}

#[test]
fn array_one_long_entry() {
    // ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'.repeat(60)]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            8,
            vec![
                el(s("a")),
                el(s("b")),
                el(s("c")),
                el(s("d")),
                el(s("e")),
                el(s("f")),
                el(s("g")),
                el(s("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))
            ],
            vec![]
        )]),
        r#"[
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'g',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
]"#
    );
}

#[test]
fn array_bools() {
    // Array.from({ length: 20 }, (_, i) => i % 3 === 0)
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            20,
            vec![
                el(Node::Bool(true)),
                el(Node::Bool(false)),
                el(Node::Bool(false)),
                el(Node::Bool(true)),
                el(Node::Bool(false)),
                el(Node::Bool(false)),
                el(Node::Bool(true)),
                el(Node::Bool(false)),
                el(Node::Bool(false)),
                el(Node::Bool(true)),
                el(Node::Bool(false)),
                el(Node::Bool(false)),
                el(Node::Bool(true)),
                el(Node::Bool(false)),
                el(Node::Bool(false)),
                el(Node::Bool(true)),
                el(Node::Bool(false)),
                el(Node::Bool(false)),
                el(Node::Bool(true)),
                el(Node::Bool(false))
            ],
            vec![]
        )]),
        r#"[
  true,  false, false, true,
  false, false, true,  false,
  false, true,  false, false,
  true,  false, false, true,
  false, false, true,  false
]"#
    );
}

#[test]
fn array_bigints_grouped() {
    // Array.from({ length: 12 }, (_, i) => BigInt(i) ** 5n)
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            12,
            vec![
                el(Node::BigInt("0".into())),
                el(Node::BigInt("1".into())),
                el(Node::BigInt("32".into())),
                el(Node::BigInt("243".into())),
                el(Node::BigInt("1024".into())),
                el(Node::BigInt("3125".into())),
                el(Node::BigInt("7776".into())),
                el(Node::BigInt("16807".into())),
                el(Node::BigInt("32768".into())),
                el(Node::BigInt("59049".into())),
                el(Node::BigInt("100000".into())),
                el(Node::BigInt("161051".into()))
            ],
            vec![]
        )]),
        r#"[
      0n,      1n,     32n,
    243n,   1024n,   3125n,
   7776n,  16807n,  32768n,
  59049n, 100000n, 161051n
]"#
    );
}

#[test]
fn array_of_objects() {
    // [{ a: 1, b: 2 }, { a: 3, b: 4 }]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            2,
            vec![
                el(obj(Some("Object"), vec![(k("a"), n(1.0)), (k("b"), n(2.0))])),
                el(obj(Some("Object"), vec![(k("a"), n(3.0)), (k("b"), n(4.0))]))
            ],
            vec![]
        )]),
        r#"[ { a: 1, b: 2 }, { a: 3, b: 4 } ]"#
    );
}

#[test]
fn array_of_objects_breaking() {
    // [{ name: 'alice', age: 30, city: 'paris' }, { name: 'bob', age: 25, city: 'london' }, { name: 'carol', age: 35, city: 'berlin' }]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            3,
            vec![
                el(obj(Some("Object"), vec![(k("name"), s("alice")), (k("age"), n(30.0)), (k("city"), s("paris"))])),
                el(obj(Some("Object"), vec![(k("name"), s("bob")), (k("age"), n(25.0)), (k("city"), s("london"))])),
                el(obj(Some("Object"), vec![(k("name"), s("carol")), (k("age"), n(35.0)), (k("city"), s("berlin"))]))
            ],
            vec![]
        )]),
        r#"[
  { name: 'alice', age: 30, city: 'paris' },
  { name: 'bob', age: 25, city: 'london' },
  { name: 'carol', age: 35, city: 'berlin' }
]"#
    );
}

#[test]
fn array_of_7_objects() {
    // Array.from({ length: 7 }, (_, i) => ({ id: i }))
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            7,
            vec![
                el(obj(Some("Object"), vec![(k("id"), n(0.0))])),
                el(obj(Some("Object"), vec![(k("id"), n(1.0))])),
                el(obj(Some("Object"), vec![(k("id"), n(2.0))])),
                el(obj(Some("Object"), vec![(k("id"), n(3.0))])),
                el(obj(Some("Object"), vec![(k("id"), n(4.0))])),
                el(obj(Some("Object"), vec![(k("id"), n(5.0))])),
                el(obj(Some("Object"), vec![(k("id"), n(6.0))]))
            ],
            vec![]
        )]),
        r#"[
  { id: 0 },
  { id: 1 },
  { id: 2 },
  { id: 3 },
  { id: 4 },
  { id: 5 },
  { id: 6 }
]"#
    );
}

#[test]
fn array_of_arrays() {
    // [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            7,
            vec![
                el(arr(Some("Array"), 2, vec![el(n(1.0)), el(n(2.0))], vec![])),
                el(arr(Some("Array"), 2, vec![el(n(3.0)), el(n(4.0))], vec![])),
                el(arr(Some("Array"), 2, vec![el(n(5.0)), el(n(6.0))], vec![])),
                el(arr(Some("Array"), 2, vec![el(n(7.0)), el(n(8.0))], vec![])),
                el(arr(Some("Array"), 2, vec![el(n(9.0)), el(n(10.0))], vec![])),
                el(arr(Some("Array"), 2, vec![el(n(11.0)), el(n(12.0))], vec![])),
                el(arr(Some("Array"), 2, vec![el(n(13.0)), el(n(14.0))], vec![]))
            ],
            vec![]
        )]),
        r#"[
  [ 1, 2 ],
  [ 3, 4 ],
  [ 5, 6 ],
  [ 7, 8 ],
  [ 9, 10 ],
  [ 11, 12 ],
  [ 13, 14 ]
]"#
    );
}

#[test]
fn array_matrix() {
    // Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * j))
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            10,
            vec![
                el(arr(
                    Some("Array"),
                    10,
                    vec![
                        el(n(0.0)),
                        el(n(0.0)),
                        el(n(0.0)),
                        el(n(0.0)),
                        el(n(0.0)),
                        el(n(0.0)),
                        el(n(0.0)),
                        el(n(0.0)),
                        el(n(0.0)),
                        el(n(0.0))
                    ],
                    vec![]
                )),
                el(arr(
                    Some("Array"),
                    10,
                    vec![
                        el(n(0.0)),
                        el(n(1.0)),
                        el(n(2.0)),
                        el(n(3.0)),
                        el(n(4.0)),
                        el(n(5.0)),
                        el(n(6.0)),
                        el(n(7.0)),
                        el(n(8.0)),
                        el(n(9.0))
                    ],
                    vec![]
                )),
                el(arr(
                    Some("Array"),
                    10,
                    vec![
                        el(n(0.0)),
                        el(n(2.0)),
                        el(n(4.0)),
                        el(n(6.0)),
                        el(n(8.0)),
                        el(n(10.0)),
                        el(n(12.0)),
                        el(n(14.0)),
                        el(n(16.0)),
                        el(n(18.0))
                    ],
                    vec![]
                )),
                el(arr(
                    Some("Array"),
                    10,
                    vec![
                        el(n(0.0)),
                        el(n(3.0)),
                        el(n(6.0)),
                        el(n(9.0)),
                        el(n(12.0)),
                        el(n(15.0)),
                        el(n(18.0)),
                        el(n(21.0)),
                        el(n(24.0)),
                        el(n(27.0))
                    ],
                    vec![]
                )),
                el(arr(
                    Some("Array"),
                    10,
                    vec![
                        el(n(0.0)),
                        el(n(4.0)),
                        el(n(8.0)),
                        el(n(12.0)),
                        el(n(16.0)),
                        el(n(20.0)),
                        el(n(24.0)),
                        el(n(28.0)),
                        el(n(32.0)),
                        el(n(36.0))
                    ],
                    vec![]
                )),
                el(arr(
                    Some("Array"),
                    10,
                    vec![
                        el(n(0.0)),
                        el(n(5.0)),
                        el(n(10.0)),
                        el(n(15.0)),
                        el(n(20.0)),
                        el(n(25.0)),
                        el(n(30.0)),
                        el(n(35.0)),
                        el(n(40.0)),
                        el(n(45.0))
                    ],
                    vec![]
                )),
                el(arr(
                    Some("Array"),
                    10,
                    vec![
                        el(n(0.0)),
                        el(n(6.0)),
                        el(n(12.0)),
                        el(n(18.0)),
                        el(n(24.0)),
                        el(n(30.0)),
                        el(n(36.0)),
                        el(n(42.0)),
                        el(n(48.0)),
                        el(n(54.0))
                    ],
                    vec![]
                )),
                el(arr(
                    Some("Array"),
                    10,
                    vec![
                        el(n(0.0)),
                        el(n(7.0)),
                        el(n(14.0)),
                        el(n(21.0)),
                        el(n(28.0)),
                        el(n(35.0)),
                        el(n(42.0)),
                        el(n(49.0)),
                        el(n(56.0)),
                        el(n(63.0))
                    ],
                    vec![]
                )),
                el(arr(
                    Some("Array"),
                    10,
                    vec![
                        el(n(0.0)),
                        el(n(8.0)),
                        el(n(16.0)),
                        el(n(24.0)),
                        el(n(32.0)),
                        el(n(40.0)),
                        el(n(48.0)),
                        el(n(56.0)),
                        el(n(64.0)),
                        el(n(72.0))
                    ],
                    vec![]
                )),
                el(arr(
                    Some("Array"),
                    10,
                    vec![
                        el(n(0.0)),
                        el(n(9.0)),
                        el(n(18.0)),
                        el(n(27.0)),
                        el(n(36.0)),
                        el(n(45.0)),
                        el(n(54.0)),
                        el(n(63.0)),
                        el(n(72.0)),
                        el(n(81.0))
                    ],
                    vec![]
                ))
            ],
            vec![]
        )]),
        r#"[
  [
    0, 0, 0, 0, 0,
    0, 0, 0, 0, 0
  ],
  [
    0, 1, 2, 3, 4,
    5, 6, 7, 8, 9
  ],
  [
     0,  2,  4,  6,  8,
    10, 12, 14, 16, 18
  ],
  [
     0,  3,  6,  9, 12,
    15, 18, 21, 24, 27
  ],
  [
     0,  4,  8, 12, 16,
    20, 24, 28, 32, 36
  ],
  [
     0,  5, 10, 15, 20,
    25, 30, 35, 40, 45
  ],
  [
     0,  6, 12, 18, 24,
    30, 36, 42, 48, 54
  ],
  [
     0,  7, 14, 21, 28,
    35, 42, 49, 56, 63
  ],
  [
     0,  8, 16, 24, 32,
    40, 48, 56, 64, 72
  ],
  [
     0,  9, 18, 27, 36,
    45, 54, 63, 72, 81
  ]
]"#
    );
}

#[test]
fn array_nested_deep() {
    // [[[[1]]]], [[[[]]]], [[[1, [2]]]]
    assert_eq!(
        log(vec![
            arr(
                Some("Array"),
                1,
                vec![el(arr(
                    Some("Array"),
                    1,
                    vec![el(arr(Some("Array"), 1, vec![el(arr(Some("Array"), 1, vec![el(u())], vec![]))], vec![]))],
                    vec![]
                ))],
                vec![]
            ),
            arr(
                Some("Array"),
                1,
                vec![el(arr(
                    Some("Array"),
                    1,
                    vec![el(arr(Some("Array"), 1, vec![el(arr(Some("Array"), 0, vec![], vec![]))], vec![]))],
                    vec![]
                ))],
                vec![]
            ),
            arr(
                Some("Array"),
                1,
                vec![el(arr(
                    Some("Array"),
                    1,
                    vec![el(arr(
                        Some("Array"),
                        2,
                        vec![el(n(1.0)), el(arr(Some("Array"), 1, vec![el(u())], vec![]))],
                        vec![]
                    ))],
                    vec![]
                ))],
                vec![]
            )
        ]),
        r#"[ [ [ [Array] ] ] ] [ [ [ [] ] ] ] [ [ [ 1, [Array] ] ] ]"#
    );
}

#[test]
fn array_with_props() {
    // (() => { const a = [1, 2]; a.foo = 'bar'; a['x-y'] = 1; return a; })()
    assert_eq!(
        log(vec![arr(Some("Array"), 2, vec![el(n(1.0)), el(n(2.0))], vec![(k("foo"), s("bar")), (k("x-y"), n(1.0))])]),
        r#"[ 1, 2, foo: 'bar', 'x-y': 1 ]"#
    );
}

#[test]
fn array_empty_with_props() {
    // (() => { const a = []; a.foo = 1; return a; })()
    assert_eq!(log(vec![arr(Some("Array"), 0, vec![], vec![(k("foo"), n(1.0))])]), r#"[ foo: 1 ]"#);
}

#[test]
fn array_many_with_props() {
    // (() => { const a = Array.from({ length: 10 }, (_, i) => i); a.extra = true; return a; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            10,
            vec![
                el(n(0.0)),
                el(n(1.0)),
                el(n(2.0)),
                el(n(3.0)),
                el(n(4.0)),
                el(n(5.0)),
                el(n(6.0)),
                el(n(7.0)),
                el(n(8.0)),
                el(n(9.0))
            ],
            vec![(k("extra"), Node::Bool(true))]
        )]),
        r#"[ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, extra: true ]"#
    );
}

#[test]
fn array_101_with_props() {
    // (() => { const a = Array.from({ length: 150 }, (_, i) => i); a.extra = true; a.more = 2; return a; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            150,
            vec![
                el(n(0.0)),
                el(n(1.0)),
                el(n(2.0)),
                el(n(3.0)),
                el(n(4.0)),
                el(n(5.0)),
                el(n(6.0)),
                el(n(7.0)),
                el(n(8.0)),
                el(n(9.0)),
                el(n(10.0)),
                el(n(11.0)),
                el(n(12.0)),
                el(n(13.0)),
                el(n(14.0)),
                el(n(15.0)),
                el(n(16.0)),
                el(n(17.0)),
                el(n(18.0)),
                el(n(19.0)),
                el(n(20.0)),
                el(n(21.0)),
                el(n(22.0)),
                el(n(23.0)),
                el(n(24.0)),
                el(n(25.0)),
                el(n(26.0)),
                el(n(27.0)),
                el(n(28.0)),
                el(n(29.0)),
                el(n(30.0)),
                el(n(31.0)),
                el(n(32.0)),
                el(n(33.0)),
                el(n(34.0)),
                el(n(35.0)),
                el(n(36.0)),
                el(n(37.0)),
                el(n(38.0)),
                el(n(39.0)),
                el(n(40.0)),
                el(n(41.0)),
                el(n(42.0)),
                el(n(43.0)),
                el(n(44.0)),
                el(n(45.0)),
                el(n(46.0)),
                el(n(47.0)),
                el(n(48.0)),
                el(n(49.0)),
                el(n(50.0)),
                el(n(51.0)),
                el(n(52.0)),
                el(n(53.0)),
                el(n(54.0)),
                el(n(55.0)),
                el(n(56.0)),
                el(n(57.0)),
                el(n(58.0)),
                el(n(59.0)),
                el(n(60.0)),
                el(n(61.0)),
                el(n(62.0)),
                el(n(63.0)),
                el(n(64.0)),
                el(n(65.0)),
                el(n(66.0)),
                el(n(67.0)),
                el(n(68.0)),
                el(n(69.0)),
                el(n(70.0)),
                el(n(71.0)),
                el(n(72.0)),
                el(n(73.0)),
                el(n(74.0)),
                el(n(75.0)),
                el(n(76.0)),
                el(n(77.0)),
                el(n(78.0)),
                el(n(79.0)),
                el(n(80.0)),
                el(n(81.0)),
                el(n(82.0)),
                el(n(83.0)),
                el(n(84.0)),
                el(n(85.0)),
                el(n(86.0)),
                el(n(87.0)),
                el(n(88.0)),
                el(n(89.0)),
                el(n(90.0)),
                el(n(91.0)),
                el(n(92.0)),
                el(n(93.0)),
                el(n(94.0)),
                el(n(95.0)),
                el(n(96.0)),
                el(n(97.0)),
                el(n(98.0)),
                el(n(99.0)),
                el(n(100.0)),
                el(n(101.0)),
                el(n(102.0))
            ],
            vec![(k("extra"), Node::Bool(true)), (k("more"), n(2.0))]
        )]),
        r#"[
                  0,           1,  2,  3,
                  4,           5,  6,  7,
                  8,           9, 10, 11,
                 12,          13, 14, 15,
                 16,          17, 18, 19,
                 20,          21, 22, 23,
                 24,          25, 26, 27,
                 28,          29, 30, 31,
                 32,          33, 34, 35,
                 36,          37, 38, 39,
                 40,          41, 42, 43,
                 44,          45, 46, 47,
                 48,          49, 50, 51,
                 52,          53, 54, 55,
                 56,          57, 58, 59,
                 60,          61, 62, 63,
                 64,          65, 66, 67,
                 68,          69, 70, 71,
                 72,          73, 74, 75,
                 76,          77, 78, 79,
                 80,          81, 82, 83,
                 84,          85, 86, 87,
                 88,          89, 90, 91,
                 92,          93, 94, 95,
                 96,          97, 98, 99,
  ... 50 more items, extra: true,
  more: 2
]"#
    );
}

#[test]
fn array_subclass() {
    // (() => { class Foo extends Array {} return [Foo.from([1, 2]), Foo.from([]), { f: Foo.from([3]) }]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            3,
            vec![
                el(arr(Some("Foo"), 2, vec![el(n(1.0)), el(n(2.0))], vec![])),
                el(arr(Some("Foo"), 0, vec![], vec![])),
                el(obj(Some("Object"), vec![(k("f"), arr(Some("Foo"), 1, vec![el(n(3.0))], vec![]))]))
            ],
            vec![]
        )]),
        r#"[ Foo(2) [ 1, 2 ], Foo(0) [], { f: Foo(1) [ 3 ] } ]"#
    );
}

#[test]
fn array_null_proto() {
    // (() => { const a = [1, 2]; Object.setPrototypeOf(a, null); return a; })()
    assert_eq!(log(vec![arr(None, 2, vec![el(n(1.0)), el(n(2.0))], vec![])]), r#"[Array(2): null prototype] [ 1, 2 ]"#);
}

#[test]
fn array_near_break_72() {
    // ['aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccc', 'dd']
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            4,
            vec![
                el(s("aaaaaaaaaaaaaaaaaaaa")),
                el(s("bbbbbbbbbbbbbbbbbbbb")),
                el(s("cccccccccccccccccccc")),
                el(s("dd"))
            ],
            vec![]
        )]),
        r#"[
  'aaaaaaaaaaaaaaaaaaaa',
  'bbbbbbbbbbbbbbbbbbbb',
  'cccccccccccccccccccc',
  'dd'
]"#
    );
}

#[test]
fn array_near_break_73() {
    // ['aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccc', 'ddd']
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            4,
            vec![
                el(s("aaaaaaaaaaaaaaaaaaaa")),
                el(s("bbbbbbbbbbbbbbbbbbbb")),
                el(s("cccccccccccccccccccc")),
                el(s("ddd"))
            ],
            vec![]
        )]),
        r#"[
  'aaaaaaaaaaaaaaaaaaaa',
  'bbbbbbbbbbbbbbbbbbbb',
  'cccccccccccccccccccc',
  'ddd'
]"#
    );
}

#[test]
fn array_near_break_74() {
    // ['aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccc', 'dddd']
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            4,
            vec![
                el(s("aaaaaaaaaaaaaaaaaaaa")),
                el(s("bbbbbbbbbbbbbbbbbbbb")),
                el(s("cccccccccccccccccccc")),
                el(s("dddd"))
            ],
            vec![]
        )]),
        r#"[
  'aaaaaaaaaaaaaaaaaaaa',
  'bbbbbbbbbbbbbbbbbbbb',
  'cccccccccccccccccccc',
  'dddd'
]"#
    );
}

#[test]
fn array_unicode_width() {
    // ['日本', 'abc', '中文字', 'd', 'ee', 'ffff', '😀', 'g', 'hh', 'iii']
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            10,
            vec![
                el(s("日本")),
                el(s("abc")),
                el(s("中文字")),
                el(s("d")),
                el(s("ee")),
                el(s("ffff")),
                el(s("😀")),
                el(s("g")),
                el(s("hh")),
                el(s("iii"))
            ],
            vec![]
        )]),
        r#"[
  '日本',   'abc',
  '中文字', 'd',
  'ee',     'ffff',
  '😀',     'g',
  'hh',     'iii'
]"#
    );
}

#[test]
fn array_strings_66() {
    // Array.from({ length: 66 }, (_, i) => 'item' + i)
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            66,
            vec![
                el(s("item0")),
                el(s("item1")),
                el(s("item2")),
                el(s("item3")),
                el(s("item4")),
                el(s("item5")),
                el(s("item6")),
                el(s("item7")),
                el(s("item8")),
                el(s("item9")),
                el(s("item10")),
                el(s("item11")),
                el(s("item12")),
                el(s("item13")),
                el(s("item14")),
                el(s("item15")),
                el(s("item16")),
                el(s("item17")),
                el(s("item18")),
                el(s("item19")),
                el(s("item20")),
                el(s("item21")),
                el(s("item22")),
                el(s("item23")),
                el(s("item24")),
                el(s("item25")),
                el(s("item26")),
                el(s("item27")),
                el(s("item28")),
                el(s("item29")),
                el(s("item30")),
                el(s("item31")),
                el(s("item32")),
                el(s("item33")),
                el(s("item34")),
                el(s("item35")),
                el(s("item36")),
                el(s("item37")),
                el(s("item38")),
                el(s("item39")),
                el(s("item40")),
                el(s("item41")),
                el(s("item42")),
                el(s("item43")),
                el(s("item44")),
                el(s("item45")),
                el(s("item46")),
                el(s("item47")),
                el(s("item48")),
                el(s("item49")),
                el(s("item50")),
                el(s("item51")),
                el(s("item52")),
                el(s("item53")),
                el(s("item54")),
                el(s("item55")),
                el(s("item56")),
                el(s("item57")),
                el(s("item58")),
                el(s("item59")),
                el(s("item60")),
                el(s("item61")),
                el(s("item62")),
                el(s("item63")),
                el(s("item64")),
                el(s("item65"))
            ],
            vec![]
        )]),
        r#"[
  'item0',  'item1',  'item2',  'item3',  'item4',
  'item5',  'item6',  'item7',  'item8',  'item9',
  'item10', 'item11', 'item12', 'item13', 'item14',
  'item15', 'item16', 'item17', 'item18', 'item19',
  'item20', 'item21', 'item22', 'item23', 'item24',
  'item25', 'item26', 'item27', 'item28', 'item29',
  'item30', 'item31', 'item32', 'item33', 'item34',
  'item35', 'item36', 'item37', 'item38', 'item39',
  'item40', 'item41', 'item42', 'item43', 'item44',
  'item45', 'item46', 'item47', 'item48', 'item49',
  'item50', 'item51', 'item52', 'item53', 'item54',
  'item55', 'item56', 'item57', 'item58', 'item59',
  'item60', 'item61', 'item62', 'item63', 'item64',
  'item65'
]"#
    );
}

#[test]
fn array_objects_in_grouped() {
    // [1, 2, 3, 4, 5, 6, { a: 1 }, 8]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            8,
            vec![
                el(n(1.0)),
                el(n(2.0)),
                el(n(3.0)),
                el(n(4.0)),
                el(n(5.0)),
                el(n(6.0)),
                el(obj(Some("Object"), vec![(k("a"), n(1.0))])),
                el(n(8.0))
            ],
            vec![]
        )]),
        r#"[ 1, 2, 3, 4, 5, 6, { a: 1 }, 8 ]"#
    );
}

#[test]
fn array_multiline_entry_in_grouped() {
    // [1, 2, 3, 4, 5, 6, { aaaaaaaaaa: 1, bbbbbbbbbbbb: 2, cccccccccccc: 3, dddddddddddd: 4, eeeeeeeeeeee: 5 }]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            7,
            vec![
                el(n(1.0)),
                el(n(2.0)),
                el(n(3.0)),
                el(n(4.0)),
                el(n(5.0)),
                el(n(6.0)),
                el(obj(
                    Some("Object"),
                    vec![
                        (k("aaaaaaaaaa"), n(1.0)),
                        (k("bbbbbbbbbbbb"), n(2.0)),
                        (k("cccccccccccc"), n(3.0)),
                        (k("dddddddddddd"), n(4.0)),
                        (k("eeeeeeeeeeee"), n(5.0))
                    ]
                ))
            ],
            vec![]
        )]),
        r#"[
  1,
  2,
  3,
  4,
  5,
  6,
  {
    aaaaaaaaaa: 1,
    bbbbbbbbbbbb: 2,
    cccccccccccc: 3,
    dddddddddddd: 4,
    eeeeeeeeeeee: 5
  }
]"#
    );
}

#[test]
fn holes_basic() {
    // [, 1, , , ]
    assert_eq!(
        log(vec![arr(Some("Array"), 4, vec![holes(1), el(n(1.0)), holes(2)], vec![])]),
        r#"[ <1 empty item>, 1, <2 empty items> ]"#
    );
}

#[test]
fn holes_only() {
    // new Array(5), [ , ], new Array(1)
    assert_eq!(
        log(vec![
            arr(Some("Array"), 5, vec![holes(5)], vec![]),
            arr(Some("Array"), 1, vec![holes(1)], vec![]),
            arr(Some("Array"), 1, vec![holes(1)], vec![])
        ]),
        r#"[ <5 empty items> ] [ <1 empty item> ] [ <1 empty item> ]"#
    );
}

#[test]
fn holes_leading_trailing() {
    // (() => { const a = [1, 2]; a.length = 5; return [a, [, , 3]]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            2,
            vec![
                el(arr(Some("Array"), 5, vec![el(n(1.0)), el(n(2.0)), holes(3)], vec![])),
                el(arr(Some("Array"), 3, vec![holes(2), el(n(3.0))], vec![]))
            ],
            vec![]
        )]),
        r#"[ [ 1, 2, <3 empty items> ], [ <2 empty items>, 3 ] ]"#
    );
}

#[test]
fn holes_sparse_large() {
    // (() => { const a = []; a[1000] = 1; a[1005] = 2; return a; })()
    assert_eq!(
        log(vec![arr(Some("Array"), 1006, vec![holes(1000), el(n(1.0)), holes(4), el(n(2.0))], vec![])]),
        r#"[ <1000 empty items>, 1, <4 empty items>, 2 ]"#
    );
}

#[test]
fn holes_alternating() {
    // (() => { const a = []; for (let i = 0; i < 300; i += 2) a[i] = i; return a; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            299,
            vec![
                el(n(0.0)),
                holes(1),
                el(n(2.0)),
                holes(1),
                el(n(4.0)),
                holes(1),
                el(n(6.0)),
                holes(1),
                el(n(8.0)),
                holes(1),
                el(n(10.0)),
                holes(1),
                el(n(12.0)),
                holes(1),
                el(n(14.0)),
                holes(1),
                el(n(16.0)),
                holes(1),
                el(n(18.0)),
                holes(1),
                el(n(20.0)),
                holes(1),
                el(n(22.0)),
                holes(1),
                el(n(24.0)),
                holes(1),
                el(n(26.0)),
                holes(1),
                el(n(28.0)),
                holes(1),
                el(n(30.0)),
                holes(1),
                el(n(32.0)),
                holes(1),
                el(n(34.0)),
                holes(1),
                el(n(36.0)),
                holes(1),
                el(n(38.0)),
                holes(1),
                el(n(40.0)),
                holes(1),
                el(n(42.0)),
                holes(1),
                el(n(44.0)),
                holes(1),
                el(n(46.0)),
                holes(1),
                el(n(48.0)),
                holes(1),
                el(n(50.0)),
                holes(1),
                el(n(52.0)),
                holes(1),
                el(n(54.0)),
                holes(1),
                el(n(56.0)),
                holes(1),
                el(n(58.0)),
                holes(1),
                el(n(60.0)),
                holes(1),
                el(n(62.0)),
                holes(1),
                el(n(64.0)),
                holes(1),
                el(n(66.0)),
                holes(1),
                el(n(68.0)),
                holes(1),
                el(n(70.0)),
                holes(1),
                el(n(72.0)),
                holes(1),
                el(n(74.0)),
                holes(1),
                el(n(76.0)),
                holes(1),
                el(n(78.0)),
                holes(1),
                el(n(80.0)),
                holes(1),
                el(n(82.0)),
                holes(1),
                el(n(84.0)),
                holes(1),
                el(n(86.0)),
                holes(1),
                el(n(88.0)),
                holes(1),
                el(n(90.0)),
                holes(1),
                el(n(92.0)),
                holes(1),
                el(n(94.0)),
                holes(1),
                el(n(96.0)),
                holes(1),
                el(n(98.0)),
                holes(1),
                el(n(100.0))
            ],
            vec![]
        )]),
        r#"[
  0,              <1 empty item>, 2,              <1 empty item>, 4,
  <1 empty item>, 6,              <1 empty item>, 8,              <1 empty item>,
  10,             <1 empty item>, 12,             <1 empty item>, 14,
  <1 empty item>, 16,             <1 empty item>, 18,             <1 empty item>,
  20,             <1 empty item>, 22,             <1 empty item>, 24,
  <1 empty item>, 26,             <1 empty item>, 28,             <1 empty item>,
  30,             <1 empty item>, 32,             <1 empty item>, 34,
  <1 empty item>, 36,             <1 empty item>, 38,             <1 empty item>,
  40,             <1 empty item>, 42,             <1 empty item>, 44,
  <1 empty item>, 46,             <1 empty item>, 48,             <1 empty item>,
  50,             <1 empty item>, 52,             <1 empty item>, 54,
  <1 empty item>, 56,             <1 empty item>, 58,             <1 empty item>,
  60,             <1 empty item>, 62,             <1 empty item>, 64,
  <1 empty item>, 66,             <1 empty item>, 68,             <1 empty item>,
  70,             <1 empty item>, 72,             <1 empty item>, 74,
  <1 empty item>, 76,             <1 empty item>, 78,             <1 empty item>,
  80,             <1 empty item>, 82,             <1 empty item>, 84,
  <1 empty item>, 86,             <1 empty item>, 88,             <1 empty item>,
  90,             <1 empty item>, 92,             <1 empty item>, 94,
  <1 empty item>, 96,             <1 empty item>, 98,             <1 empty item>,
  ... 199 more items
]"#
    );
}

#[test]
fn holes_big_empty() {
    // new Array(200)
    assert_eq!(log(vec![arr(Some("Array"), 200, vec![holes(200)], vec![])]), r#"[ <200 empty items> ]"#);
}

#[test]
fn holes_many_with_grouping() {
    // [1, , 2, , 3, , 4, , 5]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            9,
            vec![el(n(1.0)), holes(1), el(n(2.0)), holes(1), el(n(3.0)), holes(1), el(n(4.0)), holes(1), el(n(5.0))],
            vec![]
        )]),
        r#"[
  1,
  <1 empty item>,
  2,
  <1 empty item>,
  3,
  <1 empty item>,
  4,
  <1 empty item>,
  5
]"#
    );
}

#[test]
fn holes_with_props() {
    // (() => { const a = [, 1]; a.p = 1; return a; })()
    assert_eq!(
        log(vec![arr(Some("Array"), 2, vec![holes(1), el(n(1.0))], vec![(k("p"), n(1.0))])]),
        r#"[ <1 empty item>, 1, p: 1 ]"#
    );
}

#[test]
fn object_simple() {
    // { a: 1, b: 'two', c: [3] }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(k("a"), n(1.0)), (k("b"), s("two")), (k("c"), arr(Some("Array"), 1, vec![el(n(3.0))], vec![]))]
        )]),
        r#"{ a: 1, b: 'two', c: [ 3 ] }"#
    );
}

#[test]
fn object_keys_quoted() {
    // { 1: 'x', $x: 1, _y: 2, 'a-b': 3, '1a': 4, 'é': 5, "it's": 6, '': 7, __proto__x: 8 }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![
                (k("1"), s("x")),
                (k("$x"), n(1.0)),
                (k("_y"), n(2.0)),
                (k("a-b"), n(3.0)),
                (k("1a"), n(4.0)),
                (k("é"), n(5.0)),
                (k("it's"), n(6.0)),
                (k(""), n(7.0)),
                (k("__proto__x"), n(8.0))
            ]
        )]),
        r#"{
  '1': 'x',
  '$x': 1,
  _y: 2,
  'a-b': 3,
  '1a': 4,
  'é': 5,
  "it's": 6,
  '': 7,
  __proto__x: 8
}"#
    );
}

#[test]
fn object_proto_key() {
    // JSON.parse('{"__proto__": 1, "a": 2}')
    assert_eq!(
        log(vec![obj(Some("Object"), vec![(k("__proto__"), n(1.0)), (k("a"), n(2.0))])]),
        r#"{ ['__proto__']: 1, a: 2 }"#
    );
}

#[test]
fn object_long_keys() {
    // { firstVeryLongPropertyName: 1, secondVeryLongPropertyName: 2, thirdVeryLongPropertyName: 3, fourthVeryLongPropertyName: 4, fifthVeryLongPropertyName: 5, sixthVeryLongPropertyName: 6, seventhVeryLongPropertyName: 7, eighthVeryLongPropertyName: 8, ninthVeryLongPropertyName: 9, tenthVeryLongPropertyName: 10, eleventh: 11 }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![
                (k("firstVeryLongPropertyName"), n(1.0)),
                (k("secondVeryLongPropertyName"), n(2.0)),
                (k("thirdVeryLongPropertyName"), n(3.0)),
                (k("fourthVeryLongPropertyName"), n(4.0)),
                (k("fifthVeryLongPropertyName"), n(5.0)),
                (k("sixthVeryLongPropertyName"), n(6.0)),
                (k("seventhVeryLongPropertyName"), n(7.0)),
                (k("eighthVeryLongPropertyName"), n(8.0)),
                (k("ninthVeryLongPropertyName"), n(9.0)),
                (k("tenthVeryLongPropertyName"), n(10.0)),
                (k("eleventh"), n(11.0))
            ]
        )]),
        r#"{
  firstVeryLongPropertyName: 1,
  secondVeryLongPropertyName: 2,
  thirdVeryLongPropertyName: 3,
  fourthVeryLongPropertyName: 4,
  fifthVeryLongPropertyName: 5,
  sixthVeryLongPropertyName: 6,
  seventhVeryLongPropertyName: 7,
  eighthVeryLongPropertyName: 8,
  ninthVeryLongPropertyName: 9,
  tenthVeryLongPropertyName: 10,
  eleventh: 11
}"#
    );
}

#[test]
fn object_30_keys() {
    // Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['k' + i, i]))
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![
                (k("k0"), n(0.0)),
                (k("k1"), n(1.0)),
                (k("k2"), n(2.0)),
                (k("k3"), n(3.0)),
                (k("k4"), n(4.0)),
                (k("k5"), n(5.0)),
                (k("k6"), n(6.0)),
                (k("k7"), n(7.0)),
                (k("k8"), n(8.0)),
                (k("k9"), n(9.0)),
                (k("k10"), n(10.0)),
                (k("k11"), n(11.0)),
                (k("k12"), n(12.0)),
                (k("k13"), n(13.0)),
                (k("k14"), n(14.0)),
                (k("k15"), n(15.0)),
                (k("k16"), n(16.0)),
                (k("k17"), n(17.0)),
                (k("k18"), n(18.0)),
                (k("k19"), n(19.0)),
                (k("k20"), n(20.0)),
                (k("k21"), n(21.0)),
                (k("k22"), n(22.0)),
                (k("k23"), n(23.0)),
                (k("k24"), n(24.0)),
                (k("k25"), n(25.0)),
                (k("k26"), n(26.0)),
                (k("k27"), n(27.0)),
                (k("k28"), n(28.0)),
                (k("k29"), n(29.0))
            ]
        )]),
        r#"{
  k0: 0,
  k1: 1,
  k2: 2,
  k3: 3,
  k4: 4,
  k5: 5,
  k6: 6,
  k7: 7,
  k8: 8,
  k9: 9,
  k10: 10,
  k11: 11,
  k12: 12,
  k13: 13,
  k14: 14,
  k15: 15,
  k16: 16,
  k17: 17,
  k18: 18,
  k19: 19,
  k20: 20,
  k21: 21,
  k22: 22,
  k23: 23,
  k24: 24,
  k25: 25,
  k26: 26,
  k27: 27,
  k28: 28,
  k29: 29
}"#
    );
}

#[test]
fn object_nested_4() {
    // { a: { b: { c: { d: 1 } } } }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(
                k("a"),
                obj(
                    Some("Object"),
                    vec![(k("b"), obj(Some("Object"), vec![(k("c"), obj(Some("Object"), vec![(k("d"), u())]))]))]
                )
            )]
        )]),
        r#"{ a: { b: { c: [Object] } } }"#
    );
}

#[test]
fn object_nested_4_empty() {
    // { a: { b: { c: {} } } }, { a: { b: { c: [] } } }
    assert_eq!(
        log(vec![
            obj(
                Some("Object"),
                vec![(
                    k("a"),
                    obj(
                        Some("Object"),
                        vec![(k("b"), obj(Some("Object"), vec![(k("c"), obj(Some("Object"), vec![]))]))]
                    )
                )]
            ),
            obj(
                Some("Object"),
                vec![(
                    k("a"),
                    obj(
                        Some("Object"),
                        vec![(k("b"), obj(Some("Object"), vec![(k("c"), arr(Some("Array"), 0, vec![], vec![]))]))]
                    )
                )]
            )
        ]),
        r#"{ a: { b: { c: {} } } } { a: { b: { c: [] } } }"#
    );
}

#[test]
fn object_current_depth() {
    // { a: { b: { c: { d: 1 } } }, e: { f: 1 } }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![
                (
                    k("a"),
                    obj(
                        Some("Object"),
                        vec![(k("b"), obj(Some("Object"), vec![(k("c"), obj(Some("Object"), vec![(k("d"), u())]))]))]
                    )
                ),
                (k("e"), obj(Some("Object"), vec![(k("f"), n(1.0))]))
            ]
        )]),
        r#"{ a: { b: { c: [Object] } }, e: { f: 1 } }"#
    );
}

#[test]
fn object_nested_wide() {
    // { user: { name: 'Alice', address: { street: '123 Main St', city: 'Springfield', zip: '12345' } }, tags: ['a', 'b'] }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![
                (
                    k("user"),
                    obj(
                        Some("Object"),
                        vec![
                            (k("name"), s("Alice")),
                            (
                                k("address"),
                                obj(
                                    Some("Object"),
                                    vec![
                                        (k("street"), s("123 Main St")),
                                        (k("city"), s("Springfield")),
                                        (k("zip"), s("12345"))
                                    ]
                                )
                            )
                        ]
                    )
                ),
                (k("tags"), arr(Some("Array"), 2, vec![el(s("a")), el(s("b"))], vec![]))
            ]
        )]),
        r#"{
  user: {
    name: 'Alice',
    address: { street: '123 Main St', city: 'Springfield', zip: '12345' }
  },
  tags: [ 'a', 'b' ]
}"#
    );
}

#[test]
fn object_nested_break_inner() {
    // { outer: { aaaaaaaaaaaaaa: 'xxxxxxxxxxxxxxxxx', bbbbbbbbbbbbbbbbb: 'yyyyyyyyyyyyyyyyyyy', c: 1 }, d: 2 }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![
                (
                    k("outer"),
                    obj(
                        Some("Object"),
                        vec![
                            (k("aaaaaaaaaaaaaa"), s("xxxxxxxxxxxxxxxxx")),
                            (k("bbbbbbbbbbbbbbbbb"), s("yyyyyyyyyyyyyyyyyyy")),
                            (k("c"), n(1.0))
                        ]
                    )
                ),
                (k("d"), n(2.0))
            ]
        )]),
        r#"{
  outer: {
    aaaaaaaaaaaaaa: 'xxxxxxxxxxxxxxxxx',
    bbbbbbbbbbbbbbbbb: 'yyyyyyyyyyyyyyyyyyy',
    c: 1
  },
  d: 2
}"#
    );
}

#[test]
fn object_with_array_values() {
    // { nums: Array.from({ length: 30 }, (_, i) => i), words: ['x', 'y'] }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![
                (
                    k("nums"),
                    arr(
                        Some("Array"),
                        30,
                        vec![
                            el(n(0.0)),
                            el(n(1.0)),
                            el(n(2.0)),
                            el(n(3.0)),
                            el(n(4.0)),
                            el(n(5.0)),
                            el(n(6.0)),
                            el(n(7.0)),
                            el(n(8.0)),
                            el(n(9.0)),
                            el(n(10.0)),
                            el(n(11.0)),
                            el(n(12.0)),
                            el(n(13.0)),
                            el(n(14.0)),
                            el(n(15.0)),
                            el(n(16.0)),
                            el(n(17.0)),
                            el(n(18.0)),
                            el(n(19.0)),
                            el(n(20.0)),
                            el(n(21.0)),
                            el(n(22.0)),
                            el(n(23.0)),
                            el(n(24.0)),
                            el(n(25.0)),
                            el(n(26.0)),
                            el(n(27.0)),
                            el(n(28.0)),
                            el(n(29.0))
                        ],
                        vec![]
                    )
                ),
                (k("words"), arr(Some("Array"), 2, vec![el(s("x")), el(s("y"))], vec![]))
            ]
        )]),
        r#"{
  nums: [
     0,  1,  2,  3,  4,  5,  6,  7,  8,
     9, 10, 11, 12, 13, 14, 15, 16, 17,
    18, 19, 20, 21, 22, 23, 24, 25, 26,
    27, 28, 29
  ],
  words: [ 'x', 'y' ]
}"#
    );
}

#[test]
fn object_with_long_array_deep() {
    // { a: { b: Array.from({ length: 30 }, (_, i) => i * 7) } }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(
                k("a"),
                obj(
                    Some("Object"),
                    vec![(
                        k("b"),
                        arr(
                            Some("Array"),
                            30,
                            vec![
                                el(n(0.0)),
                                el(n(7.0)),
                                el(n(14.0)),
                                el(n(21.0)),
                                el(n(28.0)),
                                el(n(35.0)),
                                el(n(42.0)),
                                el(n(49.0)),
                                el(n(56.0)),
                                el(n(63.0)),
                                el(n(70.0)),
                                el(n(77.0)),
                                el(n(84.0)),
                                el(n(91.0)),
                                el(n(98.0)),
                                el(n(105.0)),
                                el(n(112.0)),
                                el(n(119.0)),
                                el(n(126.0)),
                                el(n(133.0)),
                                el(n(140.0)),
                                el(n(147.0)),
                                el(n(154.0)),
                                el(n(161.0)),
                                el(n(168.0)),
                                el(n(175.0)),
                                el(n(182.0)),
                                el(n(189.0)),
                                el(n(196.0)),
                                el(n(203.0))
                            ],
                            vec![]
                        )
                    )]
                )
            )]
        )]),
        r#"{
  a: {
    b: [
        0,   7,  14,  21,  28,  35,  42,  49,
       56,  63,  70,  77,  84,  91,  98, 105,
      112, 119, 126, 133, 140, 147, 154, 161,
      168, 175, 182, 189, 196, 203
    ]
  }
}"#
    );
}

#[test]
fn object_class_instance() {
    // (() => { class Point { constructor() { this.x = 1; this.y = 2; } } return [new Point(), { p: new Point() }]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            2,
            vec![
                el(obj(Some("Point"), vec![(k("x"), n(1.0)), (k("y"), n(2.0))])),
                el(obj(Some("Object"), vec![(k("p"), obj(Some("Point"), vec![(k("x"), n(1.0)), (k("y"), n(2.0))]))]))
            ],
            vec![]
        )]),
        r#"[ Point { x: 1, y: 2 }, { p: Point { x: 1, y: 2 } } ]"#
    );
}

#[test]
fn object_class_empty() {
    // (() => { class Point {} return [new Point(), { p: { q: { r: new Point() } } }]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            2,
            vec![
                el(obj(Some("Point"), vec![])),
                el(obj(
                    Some("Object"),
                    vec![(k("p"), obj(Some("Object"), vec![(k("q"), obj(Some("Object"), vec![(k("r"), u())]))]))]
                ))
            ],
            vec![]
        )]),
        r#"[ Point {}, { p: { q: [Object] } } ]"#
    );
}

#[test]
fn object_class_deep() {
    // (() => { class Point { constructor() { this.x = 1; } } return { p: { q: { r: new Point() } } }; })()
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(
                k("p"),
                obj(
                    Some("Object"),
                    vec![(k("q"), obj(Some("Object"), vec![(k("r"), obj(Some("Point"), vec![(k("x"), u())]))]))]
                )
            )]
        )]),
        r#"{ p: { q: { r: [Point] } } }"#
    );
}

#[test]
fn object_null_proto() {
    // (() => { const o = Object.create(null); o.a = 1; const e = Object.create(null); return [o, e, { x: { y: { z: o } } }]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            3,
            vec![
                el(obj(None, vec![(k("a"), n(1.0))])),
                el(obj(None, vec![])),
                el(obj(
                    Some("Object"),
                    vec![(k("x"), obj(Some("Object"), vec![(k("y"), obj(Some("Object"), vec![(k("z"), u())]))]))]
                ))
            ],
            vec![]
        )]),
        r#"[
  [Object: null prototype] { a: 1 },
  [Object: null prototype] {},
  { x: { y: [Object] } }
]"#
    );
}

#[test]
fn object_symbol_keys() {
    // { [Symbol('s')]: 1, [Symbol()]: 2, [Symbol("it's")]: 3, a: 4 }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(k("a"), n(4.0)), (ks("s"), n(1.0)), (ks(""), n(2.0)), (ks("it's"), n(3.0))]
        )]),
        r#"{ a: 4, [Symbol(s)]: 1, [Symbol()]: 2, [Symbol(it\'s)]: 3 }"#
    );
}

#[test]
fn object_getters() {
    // { get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {}, d: 4 }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(k("a"), Node::Getter), (k("b"), Node::Setter), (k("c"), Node::GetterSetter), (k("d"), n(4.0))]
        )]),
        r#"{ a: [Getter], b: [Setter], c: [Getter/Setter], d: 4 }"#
    );
}

#[test]
fn object_undefined_values() {
    // { a: undefined, b: null }
    assert_eq!(
        log(vec![obj(Some("Object"), vec![(k("a"), u()), (k("b"), Node::Null)])]),
        r#"{ a: undefined, b: null }"#
    );
}

#[test]
fn object_near_break_a() {
    // { k1: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(k("k1"), s("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))]
        )]),
        r#"{ k1: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }"#
    );
}

#[test]
fn object_near_break_b() {
    // { k1: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(k("k1"), s("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))]
        )]),
        r#"{
  k1: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
}"#
    );
}

#[test]
fn object_near_break_c() {
    // { a: 'xxxxxxxxxxxxxxxxxxxxxxxxxx', b: 'yyyyyyyyyyyyyyyyyyyyyyyyy', c: 1 }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(k("a"), s("xxxxxxxxxxxxxxxxxxxxxxxxxx")), (k("b"), s("yyyyyyyyyyyyyyyyyyyyyyyyy")), (k("c"), n(1.0))]
        )]),
        r#"{
  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxx',
  b: 'yyyyyyyyyyyyyyyyyyyyyyyyy',
  c: 1
}"#
    );
}

#[test]
fn object_near_break_d() {
    // { a: 'xxxxxxxxxxxxxxxxxxxxxxxxxx', b: 'yyyyyyyyyyyyyyyyyyyyyyyyyy', c: 1 }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![
                (k("a"), s("xxxxxxxxxxxxxxxxxxxxxxxxxx")),
                (k("b"), s("yyyyyyyyyyyyyyyyyyyyyyyyyy")),
                (k("c"), n(1.0))
            ]
        )]),
        r#"{
  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxx',
  b: 'yyyyyyyyyyyyyyyyyyyyyyyyyy',
  c: 1
}"#
    );
}

#[test]
fn object_many_small_entries() {
    // { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24, y: 25, z: 26 }
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![
                (k("a"), n(1.0)),
                (k("b"), n(2.0)),
                (k("c"), n(3.0)),
                (k("d"), n(4.0)),
                (k("e"), n(5.0)),
                (k("f"), n(6.0)),
                (k("g"), n(7.0)),
                (k("h"), n(8.0)),
                (k("i"), n(9.0)),
                (k("j"), n(10.0)),
                (k("k"), n(11.0)),
                (k("l"), n(12.0)),
                (k("m"), n(13.0)),
                (k("n"), n(14.0)),
                (k("o"), n(15.0)),
                (k("p"), n(16.0)),
                (k("q"), n(17.0)),
                (k("r"), n(18.0)),
                (k("s"), n(19.0)),
                (k("t"), n(20.0)),
                (k("u"), n(21.0)),
                (k("v"), n(22.0)),
                (k("w"), n(23.0)),
                (k("x"), n(24.0)),
                (k("y"), n(25.0)),
                (k("z"), n(26.0))
            ]
        )]),
        r#"{
  a: 1,
  b: 2,
  c: 3,
  d: 4,
  e: 5,
  f: 6,
  g: 7,
  h: 8,
  i: 9,
  j: 10,
  k: 11,
  l: 12,
  m: 13,
  n: 14,
  o: 15,
  p: 16,
  q: 17,
  r: 18,
  s: 19,
  t: 20,
  u: 21,
  v: 22,
  w: 23,
  x: 24,
  y: 25,
  z: 26
}"#
    );
}

#[test]
fn object_in_deep_array() {
    // [{ a: [{ b: [1, 2] }] }]
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            1,
            vec![el(obj(
                Some("Object"),
                vec![(k("a"), arr(Some("Array"), 1, vec![el(obj(Some("Object"), vec![(k("b"), u())]))], vec![]))]
            ))],
            vec![]
        )]),
        r#"[ { a: [ [Object] ] } ]"#
    );
}

#[test]
fn functions() {
    // function f() {}, () => {}, function () {}, async function g() {}, function* gen() {}, async function* ag() {}, (() => { const h = () => 1; return h; })()
    assert_eq!(
        log(vec![
            Node::Function { kind: FunctionKind::Normal, name: "f".into(), props: vec![] },
            Node::Function { kind: FunctionKind::Normal, name: "".into(), props: vec![] },
            Node::Function { kind: FunctionKind::Normal, name: "".into(), props: vec![] },
            Node::Function { kind: FunctionKind::Async, name: "g".into(), props: vec![] },
            Node::Function { kind: FunctionKind::Generator, name: "gen".into(), props: vec![] },
            Node::Function { kind: FunctionKind::AsyncGenerator, name: "ag".into(), props: vec![] },
            Node::Function { kind: FunctionKind::Normal, name: "h".into(), props: vec![] }
        ]),
        r#"[Function: f] [Function (anonymous)] [Function (anonymous)] [AsyncFunction: g] [GeneratorFunction: gen] [AsyncGeneratorFunction: ag] [Function: h]"#
    );
}

#[test]
fn functions_nested() {
    // [function f() {}, () => {}], { cb: function named() {}, anon: (() => () => {})() }
    assert_eq!(
        log(vec![
            arr(
                Some("Array"),
                2,
                vec![
                    el(Node::Function { kind: FunctionKind::Normal, name: "f".into(), props: vec![] }),
                    el(Node::Function { kind: FunctionKind::Normal, name: "".into(), props: vec![] })
                ],
                vec![]
            ),
            obj(
                Some("Object"),
                vec![
                    (k("cb"), Node::Function { kind: FunctionKind::Normal, name: "named".into(), props: vec![] }),
                    (k("anon"), Node::Function { kind: FunctionKind::Normal, name: "".into(), props: vec![] })
                ]
            )
        ]),
        r#"[ [Function: f], [Function (anonymous)] ] { cb: [Function: named], anon: [Function (anonymous)] }"#
    );
}

#[test]
fn function_props() {
    // (() => { function f() {} f.a = 1; f.b = 'x'; return [f, [f], { x: { y: { z: f } } }]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            3,
            vec![
                el(Node::Function {
                    kind: FunctionKind::Normal,
                    name: "f".into(),
                    props: vec![(k("a"), n(1.0)), (k("b"), s("x"))]
                }),
                el(arr(
                    Some("Array"),
                    1,
                    vec![el(Node::Function {
                        kind: FunctionKind::Normal,
                        name: "f".into(),
                        props: vec![(k("a"), n(1.0)), (k("b"), s("x"))]
                    })],
                    vec![]
                )),
                el(obj(
                    Some("Object"),
                    vec![(k("x"), obj(Some("Object"), vec![(k("y"), obj(Some("Object"), vec![(k("z"), u())]))]))]
                ))
            ],
            vec![]
        )]),
        r#"[
  [Function: f] { a: 1, b: 'x' },
  [ [Function: f] { a: 1, b: 'x' } ],
  { x: { y: [Object] } }
]"#
    );
}

#[test]
fn classes() {
    // (() => { class A {} class B extends A {} return [A, B, class {}, class extends A {}]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            4,
            vec![
                el(Node::Function { kind: FunctionKind::Class { extends: None }, name: "A".into(), props: vec![] }),
                el(Node::Function {
                    kind: FunctionKind::Class { extends: Some("A".into()) },
                    name: "B".into(),
                    props: vec![]
                }),
                el(Node::Function { kind: FunctionKind::Class { extends: None }, name: "".into(), props: vec![] }),
                el(Node::Function {
                    kind: FunctionKind::Class { extends: Some("A".into()) },
                    name: "".into(),
                    props: vec![]
                })
            ],
            vec![]
        )]),
        r#"[
  [class A],
  [class B extends A],
  [class (anonymous)],
  [class (anonymous) extends A]
]"#
    );
}

#[test]
fn class_static_props() {
    // (() => { class A { static count = 3; } return A; })()
    assert_eq!(
        log(vec![Node::Function {
            kind: FunctionKind::Class { extends: None },
            name: "A".into(),
            props: vec![(k("count"), n(3.0))]
        }]),
        r#"[class A] { count: 3 }"#
    );
}

#[test]
fn error_literal_stack() {
    // (() => { const e = new Error('boom'); e.stack = 'Error: boom\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)'; return e; })()
    assert_eq!(
        log(vec![Node::Error {
            stack: "Error: boom\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)".into(),
            name: "Error".into(),
            message: "boom".into(),
            constructor: Some("Error".into()),
            props: vec![]
        }]),
        r#"Error: boom
    at foo (file.js:1:1)
    at bar (file.js:2:2)"#
    );
}

#[test]
fn error_with_props() {
    // (() => { const e = new Error('boom'); e.stack = 'Error: boom\n    at foo (x.js:1:1)'; e.code = 1; e.info = { a: 1 }; return e; })()
    assert_eq!(
        log(vec![Node::Error {
            stack: "Error: boom\n    at foo (x.js:1:1)".into(),
            name: "Error".into(),
            message: "boom".into(),
            constructor: Some("Error".into()),
            props: vec![(k("code"), n(1.0)), (k("info"), obj(Some("Object"), vec![(k("a"), n(1.0))]))]
        }]),
        r#"Error: boom
    at foo (x.js:1:1) {
  code: 1,
  info: { a: 1 }
}"#
    );
}

#[test]
fn error_nested() {
    // (() => { const e = new Error('boom'); e.stack = 'Error: boom\n    at foo (x.js:1:1)'; e.code = 'E'; return [{ e }, [e], { a: { b: e } }]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            3,
            vec![
                el(obj(
                    Some("Object"),
                    vec![(
                        k("e"),
                        Node::Error {
                            stack: "Error: boom\n    at foo (x.js:1:1)".into(),
                            name: "Error".into(),
                            message: "boom".into(),
                            constructor: Some("Error".into()),
                            props: vec![(k("code"), s("E"))]
                        }
                    )]
                )),
                el(arr(
                    Some("Array"),
                    1,
                    vec![el(Node::Error {
                        stack: "Error: boom\n    at foo (x.js:1:1)".into(),
                        name: "Error".into(),
                        message: "boom".into(),
                        constructor: Some("Error".into()),
                        props: vec![(k("code"), s("E"))]
                    })],
                    vec![]
                )),
                el(obj(
                    Some("Object"),
                    vec![(
                        k("a"),
                        obj(
                            Some("Object"),
                            vec![(
                                k("b"),
                                Node::Error {
                                    stack: "Error: boom\n    at foo (x.js:1:1)".into(),
                                    name: "Error".into(),
                                    message: "boom".into(),
                                    constructor: Some("Error".into()),
                                    props: vec![(k("code"), u())]
                                }
                            )]
                        )
                    )]
                ))
            ],
            vec![]
        )]),
        r#"[
  {
    e: Error: boom
        at foo (x.js:1:1) {
      code: 'E'
    }
  },
  [
    Error: boom
        at foo (x.js:1:1) {
      code: 'E'
    }
  ],
  { a: { b: [Error] } }
]"#
    );
}

#[test]
fn error_nested_deep() {
    // (() => { const e = new Error('boom'); e.stack = 'Error: boom\n    at foo (x.js:1:1)'; const f = new Error('f'); f.stack = 'Error: f\n    at g (y.js:1:1)'; f.x = 1; return { a: { b: { c: e, d: f } } }; })()
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(
                k("a"),
                obj(
                    Some("Object"),
                    vec![(
                        k("b"),
                        obj(
                            Some("Object"),
                            vec![
                                (
                                    k("c"),
                                    Node::Error {
                                        stack: "Error: boom\n    at foo (x.js:1:1)".into(),
                                        name: "Error".into(),
                                        message: "boom".into(),
                                        constructor: Some("Error".into()),
                                        props: vec![]
                                    }
                                ),
                                (
                                    k("d"),
                                    Node::Error {
                                        stack: "Error: f\n    at g (y.js:1:1)".into(),
                                        name: "Error".into(),
                                        message: "f".into(),
                                        constructor: Some("Error".into()),
                                        props: vec![(k("x"), u())]
                                    }
                                )
                            ]
                        )
                    )]
                )
            )]
        )]),
        r#"{
  a: {
    b: {
      c: Error: boom
          at foo (x.js:1:1),
      d: [Error]
    }
  }
}"#
    );
}

#[test]
fn error_no_frames() {
    // (() => { const e = new Error('boom'); e.stack = 'Error: boom'; return [e, { e }]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            2,
            vec![
                el(Node::Error {
                    stack: "Error: boom".into(),
                    name: "Error".into(),
                    message: "boom".into(),
                    constructor: Some("Error".into()),
                    props: vec![]
                }),
                el(obj(
                    Some("Object"),
                    vec![(
                        k("e"),
                        Node::Error {
                            stack: "Error: boom".into(),
                            name: "Error".into(),
                            message: "boom".into(),
                            constructor: Some("Error".into()),
                            props: vec![]
                        }
                    )]
                ))
            ],
            vec![]
        )]),
        r#"[ [Error: boom], { e: [Error: boom] } ]"#
    );
}

#[test]
fn error_no_frames_props() {
    // (() => { const e = new Error('boom'); e.stack = 'Error: boom'; e.code = 42; return e; })()
    assert_eq!(
        log(vec![Node::Error {
            stack: "Error: boom".into(),
            name: "Error".into(),
            message: "boom".into(),
            constructor: Some("Error".into()),
            props: vec![(k("code"), n(42.0))]
        }]),
        r#"[Error: boom] { code: 42 }"#
    );
}

#[test]
fn error_subclasses() {
    // (() => { class MyErr extends Error {} class MyError extends Error {} class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } } const a = new MyErr('x'); a.stack = 'Error: x\n    at a (b.js:1:1)'; const b = new MyError('y'); b.stack = 'Error: y\n    at a (b.js:1:1)'; const c = new ValidationError('z'); c.stack = 'ValidationError: z\n    at a (b.js:1:1)'; return [a, b, c]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            3,
            vec![
                el(Node::Error {
                    stack: "Error: x\n    at a (b.js:1:1)".into(),
                    name: "Error".into(),
                    message: "x".into(),
                    constructor: Some("MyErr".into()),
                    props: vec![]
                }),
                el(Node::Error {
                    stack: "Error: y\n    at a (b.js:1:1)".into(),
                    name: "Error".into(),
                    message: "y".into(),
                    constructor: Some("MyError".into()),
                    props: vec![]
                }),
                el(Node::Error {
                    stack: "ValidationError: z\n    at a (b.js:1:1)".into(),
                    name: "ValidationError".into(),
                    message: "z".into(),
                    constructor: Some("ValidationError".into()),
                    props: vec![(k("name"), s("ValidationError"))]
                })
            ],
            vec![]
        )]),
        r#"[
  MyErr [Error]: x
      at a (b.js:1:1),
  MyError: y
      at a (b.js:1:1),
  ValidationError: z
      at a (b.js:1:1)
]"#
    );
}

#[test]
fn error_types() {
    // (() => { const t = new TypeError('bad type'); t.stack = 'TypeError: bad type\n    at x (y.js:1:1)'; const r = new RangeError('r'); r.stack = 'RangeError: r'; return [t, r]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            2,
            vec![
                el(Node::Error {
                    stack: "TypeError: bad type\n    at x (y.js:1:1)".into(),
                    name: "TypeError".into(),
                    message: "bad type".into(),
                    constructor: Some("TypeError".into()),
                    props: vec![]
                }),
                el(Node::Error {
                    stack: "RangeError: r".into(),
                    name: "RangeError".into(),
                    message: "r".into(),
                    constructor: Some("RangeError".into()),
                    props: vec![]
                })
            ],
            vec![]
        )]),
        r#"[
  TypeError: bad type
      at x (y.js:1:1),
  [RangeError: r]
]"#
    );
}

#[test]
fn error_name_changed() {
    // (() => { const e = new Error('m'); e.name = 'Custom'; e.stack = 'Error: m\n    at x (y.js:1:1)'; return e; })()
    assert_eq!(
        log(vec![Node::Error {
            stack: "Error: m\n    at x (y.js:1:1)".into(),
            name: "Custom".into(),
            message: "m".into(),
            constructor: Some("Error".into()),
            props: vec![(k("name"), s("Custom"))]
        }]),
        r#"Error: m
    at x (y.js:1:1) {
  name: 'Custom'
}"#
    );
}

#[test]
fn error_name_in_stack() {
    // (() => { const e = new Error('m'); e.stack = 'Error: m\n    at x (y.js:1:1)'; e.name = 'Error'; e.message = 'm'; return e; })()
    assert_eq!(
        log(vec![Node::Error {
            stack: "Error: m\n    at x (y.js:1:1)".into(),
            name: "Error".into(),
            message: "m".into(),
            constructor: Some("Error".into()),
            props: vec![(k("name"), s("Error"))]
        }]),
        r#"Error: m
    at x (y.js:1:1)"#
    );
}

#[test]
fn error_empty_message() {
    // (() => { const e = new Error(); e.stack = 'Error\n    at x (y.js:1:1)'; return e; })()
    assert_eq!(
        log(vec![Node::Error {
            stack: "Error\n    at x (y.js:1:1)".into(),
            name: "Error".into(),
            message: "".into(),
            constructor: Some("Error".into()),
            props: vec![]
        }]),
        r#"Error
    at x (y.js:1:1)"#
    );
}

#[test]
fn error_cause() {
    // (() => { const c = new Error('inner'); c.stack = 'Error: inner\n    at a (f.js:1:1)\n    at b (f.js:2:1)\n    at c (f.js:3:1)\n    at d (f.js:4:1)\n    at e (f.js:5:1)'; const e = new Error('outer', { cause: c }); e.stack = 'Error: outer\n    at z (f.js:9:1)\n    at b (f.js:2:1)\n    at c (f.js:3:1)\n    at d (f.js:4:1)\n    at e (f.js:5:1)'; return e; })()
    assert_eq!(log(vec![Node::Error { stack: "Error: outer\n    at z (f.js:9:1)\n    at b (f.js:2:1)\n    at c (f.js:3:1)\n    at d (f.js:4:1)\n    at e (f.js:5:1)".into(), name: "Error".into(), message: "outer".into(), constructor: Some("Error".into()), props: vec![(kh("cause"), Node::Error { stack: "Error: inner\n    at a (f.js:1:1)\n    at b (f.js:2:1)\n    at c (f.js:3:1)\n    at d (f.js:4:1)\n    at e (f.js:5:1)".into(), name: "Error".into(), message: "inner".into(), constructor: Some("Error".into()), props: vec![] })] }]), r#"Error: outer
    at z (f.js:9:1)
    at b (f.js:2:1)
    ... 2 lines matching cause stack trace ...
    at e (f.js:5:1) {
  [cause]: Error: inner
      at a (f.js:1:1)
      at b (f.js:2:1)
      at c (f.js:3:1)
      at d (f.js:4:1)
      at e (f.js:5:1)
}"#);
}

#[test]
fn error_cause_primitive() {
    // (() => { const e = new Error('outer', { cause: 'why' }); e.stack = 'Error: outer\n    at z (f.js:9:1)'; return e; })()
    assert_eq!(
        log(vec![Node::Error {
            stack: "Error: outer\n    at z (f.js:9:1)".into(),
            name: "Error".into(),
            message: "outer".into(),
            constructor: Some("Error".into()),
            props: vec![(kh("cause"), s("why"))]
        }]),
        r#"Error: outer
    at z (f.js:9:1) {
  [cause]: 'why'
}"#
    );
}

#[test]
fn error_message_has_at() {
    // (() => { const e = new Error('look\n    at this'); e.stack = 'Error: look\n    at this'; return e; })()
    assert_eq!(
        log(vec![Node::Error {
            stack: "Error: look\n    at this".into(),
            name: "Error".into(),
            message: "look\n    at this".into(),
            constructor: Some("Error".into()),
            props: vec![]
        }]),
        r#"[Error: look
    at this]"#
    );
}

#[test]
fn error_in_array_breaks() {
    // (() => { const e = new Error('x'); e.stack = 'Error: x\n    at y (z.js:1:1)'; return [1, e, 3]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            3,
            vec![
                el(n(1.0)),
                el(Node::Error {
                    stack: "Error: x\n    at y (z.js:1:1)".into(),
                    name: "Error".into(),
                    message: "x".into(),
                    constructor: Some("Error".into()),
                    props: vec![]
                }),
                el(n(3.0))
            ],
            vec![]
        )]),
        r#"[
  1,
  Error: x
      at y (z.js:1:1),
  3
]"#
    );
}

#[test]
fn error_null_proto() {
    // (() => { const e = new Error('np'); e.stack = 'Error: np\n    at y (z.js:1:1)'; Object.setPrototypeOf(e, null); return e; })()
    assert_eq!(
        log(vec![Node::Error {
            stack: "Error: np\n    at y (z.js:1:1)".into(),
            name: "Error".into(),
            message: "np".into(),
            constructor: None,
            props: vec![]
        }]),
        r#"[Error: null prototype]: np
    at y (z.js:1:1)"#
    );
}

#[test]
fn circular_self() {
    // (() => { const a = { x: 1 }; a.self = a; return a; })()
    assert_eq!(
        log(vec![Node::Ref {
            id: 1,
            node: Box::new(obj(Some("Object"), vec![(k("x"), n(1.0)), (k("self"), Node::Circular(1))]))
        }]),
        r#"<ref *1> { x: 1, self: [Circular *1] }"#
    );
}

#[test]
fn circular_nested() {
    // (() => { const a = { name: 'a' }; a.b = { c: a, d: [a] }; return a; })()
    assert_eq!(
        log(vec![Node::Ref {
            id: 1,
            node: Box::new(obj(
                Some("Object"),
                vec![
                    (k("name"), s("a")),
                    (
                        k("b"),
                        obj(
                            Some("Object"),
                            vec![
                                (k("c"), Node::Circular(1)),
                                (k("d"), arr(Some("Array"), 1, vec![el(Node::Circular(1))], vec![]))
                            ]
                        )
                    )
                ]
            ))
        }]),
        r#"<ref *1> { name: 'a', b: { c: [Circular *1], d: [ [Circular *1] ] } }"#
    );
}

#[test]
fn circular_two() {
    // (() => { const a = { n: 1 }; const b = { n: 2, a }; a.b = b; b.self = b; return [a, b]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            2,
            vec![
                el(Node::Ref {
                    id: 1,
                    node: Box::new(obj(
                        Some("Object"),
                        vec![
                            (k("n"), n(1.0)),
                            (
                                k("b"),
                                Node::Ref {
                                    id: 2,
                                    node: Box::new(obj(
                                        Some("Object"),
                                        vec![
                                            (k("n"), n(2.0)),
                                            (k("a"), Node::Circular(1)),
                                            (k("self"), Node::Circular(2))
                                        ]
                                    ))
                                }
                            )
                        ]
                    ))
                }),
                el(Node::Ref {
                    id: 2,
                    node: Box::new(obj(
                        Some("Object"),
                        vec![
                            (k("n"), n(2.0)),
                            (
                                k("a"),
                                Node::Ref {
                                    id: 1,
                                    node: Box::new(obj(
                                        Some("Object"),
                                        vec![(k("n"), n(1.0)), (k("b"), Node::Circular(2))]
                                    ))
                                }
                            ),
                            (k("self"), Node::Circular(2))
                        ]
                    ))
                })
            ],
            vec![]
        )]),
        r#"[
  <ref *1> {
    n: 1,
    b: <ref *2> { n: 2, a: [Circular *1], self: [Circular *2] }
  },
  <ref *2> {
    n: 2,
    a: <ref *1> { n: 1, b: [Circular *2] },
    self: [Circular *2]
  }
]"#
    );
}

#[test]
fn circular_array() {
    // (() => { const a = [1, 2]; a.push(a); return a; })()
    assert_eq!(
        log(vec![Node::Ref {
            id: 1,
            node: Box::new(arr(Some("Array"), 3, vec![el(n(1.0)), el(n(2.0)), el(Node::Circular(1))], vec![]))
        }]),
        r#"<ref *1> [ 1, 2, [Circular *1] ]"#
    );
}

#[test]
fn circular_inner_only() {
    // (() => { const inner = { v: 1 }; inner.me = inner; return { outer: inner }; })()
    assert_eq!(
        log(vec![obj(
            Some("Object"),
            vec![(
                k("outer"),
                Node::Ref {
                    id: 1,
                    node: Box::new(obj(Some("Object"), vec![(k("v"), n(1.0)), (k("me"), Node::Circular(1))]))
                }
            )]
        )]),
        r#"{ outer: <ref *1> { v: 1, me: [Circular *1] } }"#
    );
}

#[test]
fn circular_function() {
    // (() => { function f() {} f.self = f; return f; })()
    assert_eq!(
        log(vec![Node::Ref {
            id: 1,
            node: Box::new(Node::Function {
                kind: FunctionKind::Normal,
                name: "f".into(),
                props: vec![(k("self"), Node::Circular(1))]
            })
        }]),
        r#"<ref *1> [Function: f] { self: [Circular *1] }"#
    );
}

#[test]
fn circular_error() {
    // (() => { const e = new Error('c'); e.stack = 'Error: c\n    at q (r.js:1:1)'; e.self = e; return e; })()
    assert_eq!(
        log(vec![Node::Ref {
            id: 1,
            node: Box::new(Node::Error {
                stack: "Error: c\n    at q (r.js:1:1)".into(),
                name: "Error".into(),
                message: "c".into(),
                constructor: Some("Error".into()),
                props: vec![(k("self"), Node::Circular(1))]
            })
        }]),
        r#"<ref *1> Error: c
    at q (r.js:1:1) {
  self: [Circular *1]
}"#
    );
}

#[test]
fn circular_at_depth_3() {
    // (() => { const a = {}; a.b = { c: { d: a, e: {} } }; return a; })()
    assert_eq!(
        log(vec![Node::Ref {
            id: 1,
            node: Box::new(obj(
                Some("Object"),
                vec![(
                    k("b"),
                    obj(
                        Some("Object"),
                        vec![(
                            k("c"),
                            obj(
                                Some("Object"),
                                vec![(k("d"), Node::Circular(1)), (k("e"), obj(Some("Object"), vec![]))]
                            )
                        )]
                    )
                )]
            ))
        }]),
        r#"<ref *1> { b: { c: { d: [Circular *1], e: {} } } }"#
    );
}

#[test]
fn boxed() {
    // new Number(3), new String('ab'), new Boolean(true), Object(1n), Object(Symbol('s')), [new Number(-0), new String("it's")]
    assert_eq!(
        log(vec![
            Node::Boxed { value: Box::new(n(3.0)), props: vec![] },
            Node::Boxed { value: Box::new(s("ab")), props: vec![] },
            Node::Boxed { value: Box::new(Node::Bool(true)), props: vec![] },
            Node::Boxed { value: Box::new(Node::BigInt("1".into())), props: vec![] },
            Node::Boxed { value: Box::new(Node::Symbol("s".into())), props: vec![] },
            arr(
                Some("Array"),
                2,
                vec![
                    el(Node::Boxed { value: Box::new(n(-0.0)), props: vec![] }),
                    el(Node::Boxed { value: Box::new(s("it's")), props: vec![] })
                ],
                vec![]
            )
        ]),
        r#"[Number: 3] [String: 'ab'] [Boolean: true] [BigInt: 1n] [Symbol: Symbol(s)] [ [Number: -0], [String: "it's"] ]"#
    );
}

#[test]
fn boxed_with_props() {
    // (() => { const n = new Number(5); n.extra = 1; const s = new String('xy'); s.p = true; return [n, s]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            2,
            vec![
                el(Node::Boxed { value: Box::new(n(5.0)), props: vec![(k("extra"), n(1.0))] }),
                el(Node::Boxed { value: Box::new(s("xy")), props: vec![(k("p"), Node::Bool(true))] })
            ],
            vec![]
        )]),
        r#"[ [Number: 5] { extra: 1 }, [String: 'xy'] { p: true } ]"#
    );
}

#[test]
fn regexps() {
    // /a+b/gi, [/x/], { r: /\d+/ }
    assert_eq!(
        log(vec![
            Node::RegExp { source: "/a+b/gi".into(), props: vec![] },
            arr(Some("Array"), 1, vec![el(Node::RegExp { source: "/x/".into(), props: vec![] })], vec![]),
            obj(Some("Object"), vec![(k("r"), Node::RegExp { source: "/\\d+/".into(), props: vec![] })])
        ]),
        r#"/a+b/gi [ /x/ ] { r: /\d+/ }"#
    );
}

#[test]
fn regexp_props() {
    // (() => { const r = /q/; r.p = 1; return [r, { a: { b: { r } } }]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            2,
            vec![
                el(Node::RegExp { source: "/q/".into(), props: vec![(k("p"), n(1.0))] }),
                el(obj(
                    Some("Object"),
                    vec![(k("a"), obj(Some("Object"), vec![(k("b"), obj(Some("Object"), vec![(k("r"), u())]))]))]
                ))
            ],
            vec![]
        )]),
        r#"[ /q/ { p: 1 }, { a: { b: [Object] } } ]"#
    );
}

#[test]
fn dates() {
    // new Date(0), [new Date(86400000)], { d: new Date(NaN) }
    assert_eq!(
        log(vec![
            Node::Date { text: "1970-01-01T00:00:00.000Z".into(), props: vec![] },
            arr(
                Some("Array"),
                1,
                vec![el(Node::Date { text: "1970-01-02T00:00:00.000Z".into(), props: vec![] })],
                vec![]
            ),
            obj(Some("Object"), vec![(k("d"), Node::Date { text: "Invalid Date".into(), props: vec![] })])
        ]),
        r#"1970-01-01T00:00:00.000Z [ 1970-01-02T00:00:00.000Z ] { d: Invalid Date }"#
    );
}

#[test]
fn date_props() {
    // (() => { const d = new Date(0); d.x = 1; return d; })()
    assert_eq!(
        log(vec![Node::Date { text: "1970-01-01T00:00:00.000Z".into(), props: vec![(k("x"), n(1.0))] }]),
        r#"1970-01-01T00:00:00.000Z { x: 1 }"#
    );
}

#[test]
fn maps() {
    // new Map([['a', 1], ['b', { x: 1 }]]), new Map(), [new Map([[1, 2]])], { m: { n: { o: new Map([[1, 2]]) } } }
    assert_eq!(
        log(vec![
            Node::Map {
                constructor: Some("Map".into()),
                size: 2,
                entries: vec![(s("a"), n(1.0)), (s("b"), obj(Some("Object"), vec![(k("x"), n(1.0))]))],
                props: vec![]
            },
            Node::Map { constructor: Some("Map".into()), size: 0, entries: vec![], props: vec![] },
            arr(
                Some("Array"),
                1,
                vec![el(Node::Map {
                    constructor: Some("Map".into()),
                    size: 1,
                    entries: vec![(n(1.0), n(2.0))],
                    props: vec![]
                })],
                vec![]
            ),
            obj(
                Some("Object"),
                vec![(
                    k("m"),
                    obj(
                        Some("Object"),
                        vec![(
                            k("n"),
                            obj(
                                Some("Object"),
                                vec![(
                                    k("o"),
                                    Node::Map {
                                        constructor: Some("Map".into()),
                                        size: 1,
                                        entries: vec![(u(), u())],
                                        props: vec![]
                                    }
                                )]
                            )
                        )]
                    )
                )]
            )
        ]),
        r#"Map(2) { 'a' => 1, 'b' => { x: 1 } } Map(0) {} [ Map(1) { 1 => 2 } ] { m: { n: { o: [Map] } } }"#
    );
}

#[test]
fn sets() {
    // new Set([1, 2, 'a']), new Set(), { s: new Set([[1, 2]]) }
    assert_eq!(
        log(vec![
            Node::Set { constructor: Some("Set".into()), size: 3, values: vec![n(1.0), n(2.0), s("a")], props: vec![] },
            Node::Set { constructor: Some("Set".into()), size: 0, values: vec![], props: vec![] },
            obj(
                Some("Object"),
                vec![(
                    k("s"),
                    Node::Set {
                        constructor: Some("Set".into()),
                        size: 1,
                        values: vec![arr(Some("Array"), 2, vec![el(n(1.0)), el(n(2.0))], vec![])],
                        props: vec![]
                    }
                )]
            )
        ]),
        r#"Set(3) { 1, 2, 'a' } Set(0) {} { s: Set(1) { [ 1, 2 ] } }"#
    );
}

#[test]
fn set_large() {
    // new Set(Array.from({ length: 120 }, (_, i) => i))
    assert_eq!(
        log(vec![Node::Set {
            constructor: Some("Set".into()),
            size: 120,
            values: vec![
                n(0.0),
                n(1.0),
                n(2.0),
                n(3.0),
                n(4.0),
                n(5.0),
                n(6.0),
                n(7.0),
                n(8.0),
                n(9.0),
                n(10.0),
                n(11.0),
                n(12.0),
                n(13.0),
                n(14.0),
                n(15.0),
                n(16.0),
                n(17.0),
                n(18.0),
                n(19.0),
                n(20.0),
                n(21.0),
                n(22.0),
                n(23.0),
                n(24.0),
                n(25.0),
                n(26.0),
                n(27.0),
                n(28.0),
                n(29.0),
                n(30.0),
                n(31.0),
                n(32.0),
                n(33.0),
                n(34.0),
                n(35.0),
                n(36.0),
                n(37.0),
                n(38.0),
                n(39.0),
                n(40.0),
                n(41.0),
                n(42.0),
                n(43.0),
                n(44.0),
                n(45.0),
                n(46.0),
                n(47.0),
                n(48.0),
                n(49.0),
                n(50.0),
                n(51.0),
                n(52.0),
                n(53.0),
                n(54.0),
                n(55.0),
                n(56.0),
                n(57.0),
                n(58.0),
                n(59.0),
                n(60.0),
                n(61.0),
                n(62.0),
                n(63.0),
                n(64.0),
                n(65.0),
                n(66.0),
                n(67.0),
                n(68.0),
                n(69.0),
                n(70.0),
                n(71.0),
                n(72.0),
                n(73.0),
                n(74.0),
                n(75.0),
                n(76.0),
                n(77.0),
                n(78.0),
                n(79.0),
                n(80.0),
                n(81.0),
                n(82.0),
                n(83.0),
                n(84.0),
                n(85.0),
                n(86.0),
                n(87.0),
                n(88.0),
                n(89.0),
                n(90.0),
                n(91.0),
                n(92.0),
                n(93.0),
                n(94.0),
                n(95.0),
                n(96.0),
                n(97.0),
                n(98.0),
                n(99.0)
            ],
            props: vec![]
        }]),
        r#"Set(120) {
  0,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  12,
  13,
  14,
  15,
  16,
  17,
  18,
  19,
  20,
  21,
  22,
  23,
  24,
  25,
  26,
  27,
  28,
  29,
  30,
  31,
  32,
  33,
  34,
  35,
  36,
  37,
  38,
  39,
  40,
  41,
  42,
  43,
  44,
  45,
  46,
  47,
  48,
  49,
  50,
  51,
  52,
  53,
  54,
  55,
  56,
  57,
  58,
  59,
  60,
  61,
  62,
  63,
  64,
  65,
  66,
  67,
  68,
  69,
  70,
  71,
  72,
  73,
  74,
  75,
  76,
  77,
  78,
  79,
  80,
  81,
  82,
  83,
  84,
  85,
  86,
  87,
  88,
  89,
  90,
  91,
  92,
  93,
  94,
  95,
  96,
  97,
  98,
  99,
  ... 20 more items
}"#
    );
}

#[test]
fn map_long() {
    // new Map(Array.from({ length: 8 }, (_, i) => ['key number ' + i, { value: i }]))
    assert_eq!(
        log(vec![Node::Map {
            constructor: Some("Map".into()),
            size: 8,
            entries: vec![
                (s("key number 0"), obj(Some("Object"), vec![(k("value"), n(0.0))])),
                (s("key number 1"), obj(Some("Object"), vec![(k("value"), n(1.0))])),
                (s("key number 2"), obj(Some("Object"), vec![(k("value"), n(2.0))])),
                (s("key number 3"), obj(Some("Object"), vec![(k("value"), n(3.0))])),
                (s("key number 4"), obj(Some("Object"), vec![(k("value"), n(4.0))])),
                (s("key number 5"), obj(Some("Object"), vec![(k("value"), n(5.0))])),
                (s("key number 6"), obj(Some("Object"), vec![(k("value"), n(6.0))])),
                (s("key number 7"), obj(Some("Object"), vec![(k("value"), n(7.0))]))
            ],
            props: vec![]
        }]),
        r#"Map(8) {
  'key number 0' => { value: 0 },
  'key number 1' => { value: 1 },
  'key number 2' => { value: 2 },
  'key number 3' => { value: 3 },
  'key number 4' => { value: 4 },
  'key number 5' => { value: 5 },
  'key number 6' => { value: 6 },
  'key number 7' => { value: 7 }
}"#
    );
}

#[test]
fn log_args_mixed() {
    // 'a', 1, { x: 1 }, 'b', [1, 2]
    assert_eq!(
        log(vec![
            s("a"),
            n(1.0),
            obj(Some("Object"), vec![(k("x"), n(1.0))]),
            s("b"),
            arr(Some("Array"), 2, vec![el(n(1.0)), el(n(2.0))], vec![])
        ]),
        r#"a 1 { x: 1 } b [ 1, 2 ]"#
    );
}

#[test]
fn log_label_and_multiline() {
    // 'obj:', { firstVeryLongPropertyName: 1, secondVeryLongPropertyName: 2, thirdVeryLongPropertyName: 3 }, 'end'
    assert_eq!(
        log(vec![
            s("obj:"),
            obj(
                Some("Object"),
                vec![
                    (k("firstVeryLongPropertyName"), n(1.0)),
                    (k("secondVeryLongPropertyName"), n(2.0)),
                    (k("thirdVeryLongPropertyName"), n(3.0))
                ]
            ),
            s("end")
        ]),
        r#"obj: {
  firstVeryLongPropertyName: 1,
  secondVeryLongPropertyName: 2,
  thirdVeryLongPropertyName: 3
} end"#
    );
}

#[test]
fn log_strings_raw() {
    // 'it\'s', "q\"", 'line1\nline2'
    assert_eq!(
        log(vec![s("it's"), s("q\""), s("line1\nline2")]),
        r#"it's q" line1
line2"#
    );
}

#[test]
fn log_non_string_first() {
    // 1, '%s', 'x'
    assert_eq!(log(vec![n(1.0), s("%s"), s("x")]), r#"1 %s x"#);
}

#[test]
fn printf_s_d() {
    // '%s is %d years', 'Bob', 42
    assert_eq!(log(vec![s("%s is %d years"), s("Bob"), n(42.0)]), r#"Bob is 42 years"#);
}

#[test]
fn printf_s_values() {
    // '%s|%s|%s|%s|%s|%s', -0, 5n, null, undefined, Symbol('q'), true
    assert_eq!(
        log(vec![
            s("%s|%s|%s|%s|%s|%s"),
            n(-0.0),
            Node::BigInt("5".into()),
            Node::Null,
            u(),
            Node::Symbol("q".into()),
            Node::Bool(true)
        ]),
        r#"-0|5n|null|undefined|Symbol(q)|true"#
    );
}

#[test]
fn printf_s_objects() {
    // '%s and %s', { a: { b: 1 } }, [1, [2, [3]]]
    assert_eq!(
        log(vec![
            s("%s and %s"),
            obj(Some("Object"), vec![(k("a"), obj(Some("Object"), vec![(k("b"), n(1.0))]))]),
            arr(
                Some("Array"),
                2,
                vec![
                    el(n(1.0)),
                    el(arr(
                        Some("Array"),
                        2,
                        vec![el(n(2.0)), el(arr(Some("Array"), 1, vec![el(n(3.0))], vec![]))],
                        vec![]
                    ))
                ],
                vec![]
            )
        ]),
        r#"{ a: [Object] } and [ 1, [Array] ]"#
    );
}

#[test]
fn printf_s_error() {
    // (() => { const e = new Error('E'); e.stack = 'Error: E\n    at x (y.js:1:1)'; return ['got %s', e]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            2,
            vec![
                el(s("got %s")),
                el(Node::Error {
                    stack: "Error: E\n    at x (y.js:1:1)".into(),
                    name: "Error".into(),
                    message: "E".into(),
                    constructor: Some("Error".into()),
                    props: vec![]
                })
            ],
            vec![]
        )]),
        r#"[
  'got %s',
  Error: E
      at x (y.js:1:1)
]"#
    );
}

#[test]
fn printf_numbers() {
    // '%d %d %d %d %i %i %f %f', '42', '', null, {}, 42.9, '0x1f', '3.5abc', 'x'
    assert_eq!(
        log(vec![
            s("%d %d %d %d %i %i %f %f"),
            s("42"),
            s(""),
            Node::Null,
            obj(Some("Object"), vec![]),
            n(42.9),
            s("0x1f"),
            s("3.5abc"),
            s("x")
        ]),
        r#"42 0 0 NaN 42 31 3.5 NaN"#
    );
}

#[test]
fn printf_d_misc() {
    // '%d %d %i', true, [7], -0
    assert_eq!(
        log(vec![s("%d %d %i"), Node::Bool(true), arr(Some("Array"), 1, vec![el(n(7.0))], vec![]), n(-0.0)]),
        r#"1 7 0"#
    );
}

#[test]
fn printf_json() {
    // '%j %j %j', { a: [1, 'x', null, undefined], b: undefined }, 'str', undefined
    assert_eq!(
        log(vec![
            s("%j %j %j"),
            obj(
                Some("Object"),
                vec![
                    (k("a"), arr(Some("Array"), 4, vec![el(n(1.0)), el(s("x")), el(Node::Null), el(u())], vec![])),
                    (k("b"), u())
                ]
            ),
            s("str"),
            u()
        ]),
        r#"{"a":[1,"x",null,null]} "str" undefined"#
    );
}

#[test]
fn printf_json_circular() {
    // (() => { const a = {}; a.a = a; return ['%j', a]; })()
    assert_eq!(
        log(vec![arr(
            Some("Array"),
            2,
            vec![
                el(s("%j")),
                el(Node::Ref { id: 1, node: Box::new(obj(Some("Object"), vec![(k("a"), Node::Circular(1))])) })
            ],
            vec![]
        )]),
        r#"[ '%j', <ref *1> { a: [Circular *1] } ]"#
    );
}

#[test]
fn printf_upper_o() {
    // '%O!', { a: { b: { c: { d: 1 } } } }
    assert_eq!(
        log(vec![
            s("%O!"),
            obj(
                Some("Object"),
                vec![(
                    k("a"),
                    obj(
                        Some("Object"),
                        vec![(k("b"), obj(Some("Object"), vec![(k("c"), obj(Some("Object"), vec![(k("d"), u())]))]))]
                    )
                )]
            )
        ]),
        r#"{ a: { b: { c: [Object] } } }!"#
    );
}

#[test]
fn printf_c_percent() {
    // '%c styled %% 100%%', 'color: red'
    assert_eq!(log(vec![s("%c styled %% 100%%"), s("color: red")]), r#" styled % 100%"#);
}

#[test]
fn printf_unknown_and_missing() {
    // '%x %s %s', 'a'
    assert_eq!(log(vec![s("%x %s %s"), s("a")]), r#"%x a %s"#);
}

#[test]
fn printf_extra_args() {
    // '%s', 'a', 'b', { c: 1 }
    assert_eq!(log(vec![s("%s"), s("a"), s("b"), obj(Some("Object"), vec![(k("c"), n(1.0))])]), r#"a b { c: 1 }"#);
}

#[test]
fn printf_no_directive() {
    // '100% sure', 5
    assert_eq!(log(vec![s("100% sure"), n(5.0)]), r#"100% sure 5"#);
}

#[test]
fn printf_trailing_percent() {
    // '50%', 1
    assert_eq!(log(vec![s("50%"), n(1.0)]), r#"50% 1"#);
}

#[test]
fn printf_adjacent() {
    // '%s%s', 'a', 'b'
    assert_eq!(log(vec![s("%s%s"), s("a"), s("b")]), r#"ab"#);
}

#[test]
fn printf_unicode() {
    // 'é%sö%d', 'x', 1
    assert_eq!(log(vec![s("é%sö%d"), s("x"), n(1.0)]), r#"éxö1"#);
}
