//! Error formatting: Node's `formatError`, `improveStack`,
//! `removeDuplicateErrorKeys` and the cause-frame elision of `getStackFrames`.

use super::{Ctx, Key, Node, get_prefix};

/// Node's `removeDuplicateErrorKeys`: drop `name`, `message` and `stack`
/// properties whose value is already part of the stack.
pub(super) fn remove_duplicate_error_keys(props: &[(Key, Node)], stack: &str) -> Vec<(Key, Node)> {
    let mut props = props.to_vec();
    for name in ["name", "message", "stack"] {
        let pos = props.iter().position(|(k, _)| matches!(k, Key::Name(n) if n.is(name)));
        if let Some(pos) = pos {
            let text = match &props[pos].1 {
                Node::String(s) => Some(s.to_lossy()),
                Node::Number(x) => Some(crate::number_format::number_to_string(*x)),
                Node::Bool(b) => Some(b.to_string()),
                Node::Undefined => Some("undefined".into()),
                Node::Null => Some("null".into()),
                _ => None,
            };
            if text.is_some_and(|t| stack.contains(t.as_str())) {
                props.remove(pos);
            }
        }
    }
    props
}

/// Node's `formatError` (no colours): fixes up the first line of the stack
/// for subclasses, brackets stack-less errors, elides frames shared with the
/// `cause`, and indents continuation lines.
pub(super) fn format_error(
    ctx: &Ctx,
    stack: &str,
    name: &str,
    message: &str,
    constructor: Option<&str>,
    props: &[(Key, Node)],
) -> String {
    let mut stack = improve_stack(stack, constructor, name);
    // Ignore the message if it is contained in the stack.
    // (`(err.message && stack.indexOf(err.message)) || -1`: a match at 0 counts as none.)
    let from = match stack.find(message) {
        Some(p) if !message.is_empty() && p != 0 => p + message.len(),
        _ => 0,
    };
    let stack_start = stack.get(from..).and_then(|s| s.find("\n    at")).map(|p| p + from);
    match stack_start {
        None => stack = format!("[{stack}]"),
        Some(start) => {
            let mut lines: Vec<String> = stack[start + 1..].split('\n').map(str::to_string).collect();
            elide_cause_frames(&mut lines, props);
            stack = format!("{}\n{}", &stack[..start], lines.join("\n"));
        }
    }
    if ctx.indentation_lvl != 0 {
        let indentation = " ".repeat(ctx.indentation_lvl);
        stack = stack.replace('\n', &format!("\n{indentation}"));
    }
    stack
}

/// Node's `getStackFrames`: replace frames identical to the cause's with
/// `... n lines matching cause stack trace ...`.
fn elide_cause_frames(frames: &mut Vec<String>, props: &[(Key, Node)]) {
    let cause = props.iter().find_map(|(k, v)| k.is_named("cause").then_some(v));
    let cause_stack = match cause {
        Some(Node::Error { stack, .. }) => stack,
        Some(Node::Ref { node, .. }) => match &**node {
            Node::Error { stack, .. } => stack,
            _ => return,
        },
        _ => return,
    };
    let Some(cause_start) = cause_stack.find("\n    at") else {
        return;
    };
    let cause_frames: Vec<&str> = cause_stack[cause_start + 1..].split('\n').collect();
    let (len, offset) = identical_sequence_range(frames, &cause_frames);
    if len > 0 {
        let skipped = len - 2;
        let msg = format!("    ... {skipped} lines matching cause stack trace ...");
        frames.splice(offset + 1..offset + 1 + skipped, [msg]);
    }
}

/// Node's `identicalSequenceRange`.
fn identical_sequence_range(a: &[String], b: &[&str]) -> (usize, usize) {
    for i in 0..a.len().saturating_sub(3) {
        if let Some(pos) = b.iter().position(|f| *f == a[i]) {
            let rest = b.len() - pos;
            if rest > 3 {
                let mut len = 1;
                let max_len = (a.len() - i).min(rest);
                while max_len > len && a[i + len] == b[pos + len] {
                    len += 1;
                }
                if len > 3 {
                    return (len, i);
                }
            }
        }
    }
    (0, 0)
}

/// Node's `improveStack`: make the first line name the actual class.
fn improve_stack(stack: &str, constructor: Option<&str>, name: &str) -> String {
    let mut len = name.len();
    let looks_normal = name.ends_with("Error")
        && stack.starts_with(name)
        && matches!(stack.as_bytes().get(len), None | Some(b':') | Some(b'\n'));
    if constructor.is_some() && !looks_normal {
        return stack.to_string();
    }
    let mut fallback = "Error".to_string();
    if constructor.is_none() {
        let found = null_proto_error_name(stack);
        len = found.len();
        fallback = if found.is_empty() { "Error".to_string() } else { found };
    }
    let prefix = get_prefix(constructor, &fallback, "");
    let prefix = &prefix[..prefix.len() - 1];
    if name == prefix {
        return stack.to_string();
    }
    let rest = stack.get(len..).unwrap_or("");
    if prefix.contains(name) {
        if len == 0 { format!("{prefix}: {stack}") } else { format!("{prefix}{rest}") }
    } else {
        format!("{prefix} [{name}]{rest}")
    }
}

/// The error name at the start of a null-prototype error's stack:
/// `/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/` or `/^([a-z_A-Z0-9-]*Error)$/`.
fn null_proto_error_name(stack: &str) -> String {
    let bytes = stack.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_uppercase) {
        let is_class = |b: u8| b.is_ascii_alphanumeric() || b"_ []()-".contains(&b);
        let end = 1 + bytes[1..].iter().take_while(|&&b| is_class(b)).count();
        if end >= 2 && (stack[end..].starts_with(':') || stack[end..].starts_with("\n    at")) {
            return stack[..end].to_string();
        }
    }
    if stack.ends_with("Error") && stack.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        return stack.to_string();
    }
    String::new()
}
