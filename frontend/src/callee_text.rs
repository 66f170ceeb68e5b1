//! How V8 names a callee in "x is not a function" and "x is not a
//! constructor": names and member chains as written, calls as `f(...)`,
//! literals by value, and anything else as `(intermediate value)`.

use oxc_ast::ast::Expression;

const INTERMEDIATE: &str = "(intermediate value)";

pub fn callee_text(e: &Expression) -> String {
    let mut out = String::new();
    write(e, &mut out);
    out
}

fn write(e: &Expression, out: &mut String) {
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
        Expression::NumericLiteral(n) => out.push_str(&number_text(n.value)),
        Expression::BooleanLiteral(b) => out.push_str(if b.value { "true" } else { "false" }),
        Expression::NullLiteral(_) => out.push_str("null"),
        Expression::ParenthesizedExpression(p) => write(&p.expression, out),
        Expression::StaticMemberExpression(m) => {
            write(&m.object, out);
            out.push_str(if m.optional { "?." } else { "." });
            out.push_str(&m.property.name);
        }
        Expression::ComputedMemberExpression(m) => {
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
        Expression::CallExpression(c) => {
            write(&c.callee, out);
            out.push_str("(...)");
        }
        Expression::ArrayExpression(a) if a.elements.iter().all(|el| el.as_expression().is_some()) => {
            out.push('[');
            for (i, el) in a.elements.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(el.as_expression().expect("checked above"), out);
            }
            out.push(']');
        }
        Expression::LogicalExpression(l) => {
            out.push('(');
            write(&l.left, out);
            out.push(' ');
            out.push_str(l.operator.as_str());
            out.push(' ');
            write(&l.right, out);
            out.push(')');
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

/// A number literal's value as JavaScript prints it, for the usual cases.
fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e21 { format!("{}", v as i64) } else { format!("{v}") }
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
}
