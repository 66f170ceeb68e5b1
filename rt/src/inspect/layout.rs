//! Node's line-breaking: `reduceToSingleString`, `isBelowBreakLength` and
//! `groupArrayElements` (column layout of long arrays).

use super::{BREAK_LENGTH, COMPACT, Ctx, EntryKind, MAX_ARRAY_LENGTH, text};

/// Node's `reduceToSingleString` for `compact: 3`.
#[allow(clippy::too_many_arguments)]
pub(super) fn reduce_to_single_string(
    ctx: &Ctx,
    mut output: Vec<String>,
    base: &str,
    open: &str,
    close: &str,
    extras: EntryKind,
    recurse_times: usize,
    numeric: &[bool],
) -> String {
    let entries = output.len();
    if extras == EntryKind::ArrayExtra && entries > 6 {
        output = group_array_elements(ctx, output, numeric);
    }
    let base_sp = if base.is_empty() { String::new() } else { format!("{base} ") };
    if ctx.current_depth.saturating_sub(recurse_times) < COMPACT && entries == output.len() {
        let start = output.len() + ctx.indentation_lvl + text::js_len(open) + text::js_len(base) + 10;
        if is_below_break_length(&output, start, base) {
            let joined = output.join(", ");
            if !joined.contains('\n') {
                return format!("{base_sp}{open} {joined} {close}");
            }
        }
    }
    let indentation = format!("\n{}", " ".repeat(ctx.indentation_lvl));
    let joined = output.join(&format!(",{indentation}  "));
    format!("{base_sp}{open}{indentation}  {joined}{indentation}{close}")
}

/// Node's `isBelowBreakLength`.
fn is_below_break_length(output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > BREAK_LENGTH {
        return false;
    }
    for entry in output {
        total += text::js_len(entry);
        if total > BREAK_LENGTH {
            return false;
        }
    }
    !base.contains('\n')
}

/// Node's `groupArrayElements`: lays out many short array entries in aligned
/// columns. `numeric[i]` says whether `value[i]` is a number or bigint.
fn group_array_elements(ctx: &Ctx, output: Vec<String>, numeric: &[bool]) -> Vec<String> {
    const SEPARATOR_SPACE: usize = 2;
    let mut total_length = 0;
    let mut max_length = 0;
    let mut output_length = output.len();
    if MAX_ARRAY_LENGTH < output.len() {
        // The "... n more items" entry is not grouped.
        output_length -= 1;
    }
    let data_len: Vec<usize> = output[..output_length].iter().map(|s| text::string_width(s)).collect();
    for &len in &data_len {
        total_length += len + SEPARATOR_SPACE;
        max_length = max_length.max(len);
    }
    let actual_max = max_length + SEPARATOR_SPACE;
    if actual_max * 3 + ctx.indentation_lvl < BREAK_LENGTH
        && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
    {
        let approx_char_heights = 2.5;
        let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
        let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
        let columns = js_round((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max)
            .min(((BREAK_LENGTH - ctx.indentation_lvl) / actual_max) as f64)
            .min((COMPACT * 4) as f64)
            .min(15.0);
        if columns <= 1.0 {
            return output;
        }
        let columns = columns as usize;
        let max_line_length: Vec<usize> = (0..columns)
            .map(|i| (i..output_length).step_by(columns).map(|j| data_len[j]).max().unwrap_or(0) + SEPARATOR_SPACE)
            .collect();
        let pad_start = numeric.len() >= output.len() && numeric[..output.len()].iter().all(|&n| n);
        let mut tmp = Vec::new();
        let mut i = 0;
        while i < output_length {
            let max = (i + columns).min(output_length);
            let mut line = String::new();
            for j in i..max - 1 {
                let cell = format!("{}, ", output[j]);
                let padding = max_line_length[j - i] + text::js_len(&output[j]) - data_len[j];
                line += &pad(&cell, padding, pad_start);
            }
            let j = max - 1;
            if pad_start {
                let padding = max_line_length[j - i] + text::js_len(&output[j]) - data_len[j] - SEPARATOR_SPACE;
                line += &pad(&output[j], padding, true);
            } else {
                line += &output[j];
            }
            tmp.push(line);
            i += columns;
        }
        if MAX_ARRAY_LENGTH < output.len() {
            tmp.push(output[output_length].clone());
        }
        return tmp;
    }
    output
}

/// `String.prototype.padStart` / `padEnd` with spaces, to `width` UTF-16 units.
fn pad(s: &str, width: usize, start: bool) -> String {
    let len = text::js_len(s);
    if len >= width {
        return s.to_string();
    }
    let fill = " ".repeat(width - len);
    if start { fill + s } else { s.to_string() + &fill }
}

/// JavaScript's `Math.round` (halves round towards +infinity).
fn js_round(x: f64) -> f64 {
    let r = x.round();
    if x - r == 0.5 { r + 1.0 } else { r }
}
