//! How V8 names a callee in "x is not a function" and "x is not a
//! constructor" (its `CallPrinter`): names and member chains as written,
//! calls as `f(...)`, literals by value (number literals folded as V8's
//! parser folds them: `-5`, `1 / 3`, `!0`), operators in parentheses (a
//! chain of one operator flat: `(a + b + c)`), an object literal as `{`, one
//! `(intermediate value)` per property, `}`, a conditional as three of them,
//! and anything else as `(intermediate value)`.

use oxc_ast::ast::{
    ArrayExpressionElement, AssignmentTarget, BinaryOperator, ComputedMemberExpression, Expression, LogicalOperator,
    StaticMemberExpression, UnaryOperator,
};

const INTERMEDIATE: &str = "(intermediate value)";

pub fn callee_text(e: &Expression) -> String {
    let mut out = String::new();
    write(e, &mut out);
    out
}

fn write(e: &Expression, out: &mut String) {
    if let Some(folded) = fold(e) {
        match folded {
            Folded::Number(v) => out.push_str(&number_text(v)),
            Folded::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        }
        return;
    }
    match e {
        Expression::Identifier(id) => out.push_str(&id.name),
        Expression::ThisExpression(_) => out.push_str("this"),
        Expression::StringLiteral(s) => {
            out.push('"');
            out.push_str(&s.value);
            out.push('"');
        }
        Expression::TemplateLiteral(t) if t.expressions.is_empty() => {
            out.push('"');
            for q in &t.quasis {
                out.push_str(q.value.cooked.as_deref().unwrap_or(""));
            }
            out.push('"');
        }
        // The substitutions, one after another.
        Expression::TemplateLiteral(t) => t.expressions.iter().for_each(|x| write(x, out)),
        Expression::BooleanLiteral(b) => out.push_str(if b.value { "true" } else { "false" }),
        Expression::NullLiteral(_) => out.push_str("null"),
        Expression::ParenthesizedExpression(p) => write(&p.expression, out),
        Expression::StaticMemberExpression(m) => write_static(m, out),
        Expression::ComputedMemberExpression(m) => write_computed(m, out),
        Expression::CallExpression(c) => {
            write(&c.callee, out);
            out.push_str("(...)");
        }
        Expression::ArrayExpression(a)
            if !a.elements.iter().any(|el| matches!(el, ArrayExpressionElement::SpreadElement(_))) =>
        {
            out.push('[');
            for (i, el) in a.elements.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                match el.as_expression() {
                    Some(x) => write(x, out),
                    None => out.push_str(INTERMEDIATE), // a hole
                }
            }
            out.push(']');
        }
        Expression::ObjectExpression(o) => {
            out.push('{');
            for _ in &o.properties {
                out.push_str(INTERMEDIATE);
            }
            out.push('}');
        }
        Expression::ConditionalExpression(_) => (0..3).for_each(|_| out.push_str(INTERMEDIATE)),
        Expression::UnaryExpression(u) => {
            out.push('(');
            out.push_str(u.operator.as_str());
            if matches!(u.operator, UnaryOperator::Typeof | UnaryOperator::Void | UnaryOperator::Delete) {
                out.push(' ');
            }
            write(&u.argument, out);
            out.push(')');
        }
        Expression::UpdateExpression(u) => {
            out.push('(');
            if u.prefix {
                out.push_str(u.operator.as_str());
            }
            write_target(u.argument.as_assignment_target(), out);
            if !u.prefix {
                out.push_str(u.operator.as_str());
            }
            out.push(')');
        }
        Expression::AssignmentExpression(a) => write_target(&a.left, out),
        Expression::BinaryExpression(b) if chains(b.operator) => {
            let mut operands = Vec::new();
            binary_chain(e, b.operator, &mut operands);
            write_operands(&operands, b.operator.as_str(), out);
        }
        Expression::BinaryExpression(b) => write_operands(&[&b.left, &b.right], b.operator.as_str(), out),
        Expression::LogicalExpression(l) => {
            let mut operands = Vec::new();
            logical_chain(e, l.operator, &mut operands);
            write_operands(&operands, l.operator.as_str(), out);
        }
        Expression::SequenceExpression(s) => {
            out.push('(');
            for (i, item) in s.expressions.iter().enumerate() {
                if i > 0 {
                    out.push_str(" , ");
                }
                write(item, out);
            }
            out.push(')');
        }
        _ => out.push_str(INTERMEDIATE),
    }
}

fn write_static(m: &StaticMemberExpression, out: &mut String) {
    write(&m.object, out);
    out.push_str(if m.optional { "?." } else { "." });
    out.push_str(&m.property.name);
}

fn write_computed(m: &ComputedMemberExpression, out: &mut String) {
    write(&m.object, out);
    match &m.expression {
        // V8 prints a string key as a dotted name.
        Expression::StringLiteral(s) => {
            out.push('.');
            out.push_str(&s.value);
        }
        key => {
            out.push('[');
            write(key, out);
            out.push(']');
        }
    }
}

/// An assignment is named by its target.
fn write_target(t: &AssignmentTarget, out: &mut String) {
    match t {
        AssignmentTarget::AssignmentTargetIdentifier(id) => out.push_str(&id.name),
        AssignmentTarget::StaticMemberExpression(m) => write_static(m, out),
        AssignmentTarget::ComputedMemberExpression(m) => write_computed(m, out),
        _ => out.push_str(INTERMEDIATE),
    }
}

fn write_operands(operands: &[&Expression], op: &str, out: &mut String) {
    out.push('(');
    for (i, x) in operands.iter().enumerate() {
        if i > 0 {
            out.push(' ');
            out.push_str(op);
            out.push(' ');
        }
        write(x, out);
    }
    out.push(')');
}

/// V8 makes `a op b op c` one n-ary operation for the binary operators other
/// than comparisons and `**`, parenthesized left operands included.
fn chains(op: BinaryOperator) -> bool {
    !(op.is_equality() || op.is_compare() || op.is_in() || op.is_instance_of() || op == BinaryOperator::Exponential)
}

fn unparenthesized<'b, 'a>(e: &'b Expression<'a>) -> &'b Expression<'a> {
    match e {
        Expression::ParenthesizedExpression(p) => unparenthesized(&p.expression),
        e => e,
    }
}

fn binary_chain<'b, 'a>(e: &'b Expression<'a>, op: BinaryOperator, operands: &mut Vec<&'b Expression<'a>>) {
    match unparenthesized(e) {
        Expression::BinaryExpression(b) if b.operator == op && fold(e).is_none() => {
            binary_chain(&b.left, op, operands);
            operands.push(&b.right);
        }
        _ => operands.push(e),
    }
}

fn logical_chain<'b, 'a>(e: &'b Expression<'a>, op: LogicalOperator, operands: &mut Vec<&'b Expression<'a>>) {
    match unparenthesized(e) {
        Expression::LogicalExpression(l) if l.operator == op => {
            logical_chain(&l.left, op, operands);
            operands.push(&l.right);
        }
        _ => operands.push(e),
    }
}

/// A literal V8's parser has made of an operator on literals.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Folded {
    Number(f64),
    Bool(bool),
}

/// What V8's parser folds: a number literal, `-`, `+` and `~` of one, `!`
/// of any literal, and arithmetic and bitwise operators (not comparisons)
/// between two number literals.
fn fold(e: &Expression) -> Option<Folded> {
    match e {
        Expression::NumericLiteral(n) => Some(Folded::Number(n.value)),
        Expression::ParenthesizedExpression(p) => fold(&p.expression),
        Expression::UnaryExpression(u) => {
            let operand = fold(&u.argument);
            match (u.operator, operand) {
                (UnaryOperator::UnaryNegation, Some(Folded::Number(v))) => Some(Folded::Number(-v)),
                (UnaryOperator::UnaryPlus, Some(Folded::Number(v))) => Some(Folded::Number(v)),
                (UnaryOperator::BitwiseNot, Some(Folded::Number(v))) => Some(Folded::Number(!to_int32(v) as f64)),
                (UnaryOperator::LogicalNot, Some(Folded::Number(v))) => Some(Folded::Bool(v == 0.0 || v.is_nan())),
                (UnaryOperator::LogicalNot, Some(Folded::Bool(b))) => Some(Folded::Bool(!b)),
                (UnaryOperator::LogicalNot, None) => match unparenthesized(&u.argument) {
                    Expression::StringLiteral(s) => Some(Folded::Bool(s.value.is_empty())),
                    Expression::NullLiteral(_) => Some(Folded::Bool(true)),
                    Expression::BooleanLiteral(b) => Some(Folded::Bool(!b.value)),
                    _ => None,
                },
                _ => None,
            }
        }
        Expression::BinaryExpression(b) if chains(b.operator) || b.operator == BinaryOperator::Exponential => {
            let (Some(Folded::Number(x)), Some(Folded::Number(y))) = (fold(&b.left), fold(&b.right)) else {
                return None;
            };
            let v = match b.operator {
                BinaryOperator::Addition => x + y,
                BinaryOperator::Subtraction => x - y,
                BinaryOperator::Multiplication => x * y,
                BinaryOperator::Division => x / y,
                BinaryOperator::Remainder => x % y,
                BinaryOperator::Exponential => js_pow(x, y),
                BinaryOperator::ShiftLeft => to_int32(x).wrapping_shl(to_int32(y) as u32 & 31) as f64,
                BinaryOperator::ShiftRight => (to_int32(x) >> (to_int32(y) as u32 & 31)) as f64,
                BinaryOperator::ShiftRightZeroFill => ((to_int32(x) as u32) >> (to_int32(y) as u32 & 31)) as f64,
                BinaryOperator::BitwiseOR => (to_int32(x) | to_int32(y)) as f64,
                BinaryOperator::BitwiseXOR => (to_int32(x) ^ to_int32(y)) as f64,
                BinaryOperator::BitwiseAnd => (to_int32(x) & to_int32(y)) as f64,
                _ => return None,
            };
            Some(Folded::Number(v))
        }
        _ => None,
    }
}

fn to_int32(v: f64) -> i32 {
    if !v.is_finite() {
        return 0;
    }
    v.trunc().rem_euclid(4_294_967_296.0) as u32 as i32
}

/// `**`: unlike C's pow, 1 to an infinite or NaN power is NaN.
fn js_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) { f64::NAN } else { x.powf(y) }
}

/// Number::toString.
fn number_text(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v == 0.0 {
        "0".into()
    } else if v.is_infinite() {
        if v > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else {
        ryu_js::Buffer::new().format_finite(v).to_string()
    }
}

#[cfg(test)]
mod tests {
    use oxc_allocator::Allocator;
    use oxc_ast::ast::Statement;
    use oxc_parser::Parser;
    use oxc_span::SourceType;

    use super::callee_text;

    /// The callee of the first statement, `callee()`, as V8 names it.
    fn text(src: &str) -> String {
        let allocator = Allocator::default();
        let parsed = Parser::new(&allocator, src, SourceType::cjs()).parse();
        let Some(Statement::ExpressionStatement(s)) = parsed.program.body.first() else { panic!("not an expression") };
        let oxc_ast::ast::Expression::CallExpression(c) = &s.expression else { panic!("not a call") };
        callee_text(&c.callee)
    }

    #[test]
    fn names_callees_as_v8_does() {
        assert_eq!(text("o.a.b()"), "o.a.b");
        assert_eq!(text("o.f().g()"), "o.f(...).g");
        assert_eq!(text("new Object().x()"), "(intermediate value).x");
        assert_eq!(text("o['a']()"), "o.a");
        assert_eq!(text("o.arr[0]()"), "o.arr[0]");
        assert_eq!(text("(1, o.a)()"), "(1 , o.a)");
        assert_eq!(text("this.zz()"), "this.zz");
        assert_eq!(text("'str'.foo()"), "\"str\".foo");
        assert_eq!(text("(5).foo()"), "5.foo");
        assert_eq!(text("(o.a || o).q()"), "(o.a || o).q");
        assert_eq!(text("[1][0]()"), "[1][0]");
        assert_eq!(text("`t`.foo()"), "\"t\".foo");
        assert_eq!(text("o.arr[o.a.b]()"), "o.arr[o.a.b]");
        assert_eq!(text("(function(){}).x()"), "(intermediate value).x");
    }

    #[test]
    fn operators_and_literals_as_v8_prints_them() {
        assert_eq!(text("({}).f()"), "{}.f");
        assert_eq!(text("({ a: 1, b: x }).f()"), "{(intermediate value)(intermediate value)}.f");
        assert_eq!(text("(x ? o : p).f()"), "(intermediate value)(intermediate value)(intermediate value).f");
        assert_eq!(
            text("[x ? 1 : 2, , 3].f()"),
            "[(intermediate value)(intermediate value)(intermediate value),(intermediate value),3].f"
        );
        assert_eq!(text("(-x).f()"), "(-x).f");
        assert_eq!(text("(typeof x).f()"), "(typeof x).f");
        assert_eq!(text("(!(!x)).f()"), "(!(!x)).f");
        assert_eq!(text("(x++).f()"), "(x++).f");
        assert_eq!(text("(--o.a).f()"), "(--o.a).f");
        assert_eq!(text("(o.a += 2).f()"), "o.a.f");
        assert_eq!(text("`a${x}b${y}`.f()"), "xy.f");
        assert_eq!(text("((x + 1) + 2).f()"), "(x + 1 + 2).f");
        assert_eq!(text("(1 + 2 + x).f()"), "(3 + x).f");
        assert_eq!(text("(x + y * 2).f()"), "(x + (y * 2)).f");
        assert_eq!(text("(x < y < x).f()"), "((x < y) < x).f");
        assert_eq!(text("(x ** y ** x).f()"), "(x ** (y ** x)).f");
        assert_eq!(text("(x && y && o).f()"), "(x && y && o).f");
        assert_eq!(text("(x || y && o).f()"), "(x || (y && o)).f");
        assert_eq!(text("(\"a\" + \"b\").f()"), "(\"a\" + \"b\").f");
        assert_eq!(text("(1 === 1).f()"), "(1 === 1).f");
    }

    #[test]
    fn folds_number_literals_as_v8_does() {
        assert_eq!(text("(-5).f()"), "-5.f");
        assert_eq!(text("(-0).f()"), "0.f");
        assert_eq!(text("(-(-5)).f()"), "5.f");
        assert_eq!(text("(~5).f()"), "-6.f");
        assert_eq!(text("(!0).f()"), "true.f");
        assert_eq!(text("(!\"a\").f()"), "false.f");
        assert_eq!(text("(1 / 3).f()"), "0.3333333333333333.f");
        assert_eq!(text("(-1 / 0).f()"), "-Infinity.f");
        assert_eq!(text("(-5 >>> 0).f()"), "4294967291.f");
        assert_eq!(text("(2 ** 10).f()"), "1024.f");
        assert_eq!(text("(1e21).f()"), "1e+21.f");
        assert_eq!(text("(100000000000000000000).f()"), "100000000000000000000.f");
        assert_eq!(text("(-NaN).f()"), "(-NaN).f");
        assert_eq!(text("o[1.5]()"), "o[1.5]");
    }
}
