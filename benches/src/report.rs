//! The results as JSON, as docs/benchmarks.md, and as an SVG chart of the
//! speed ratios.

use std::fmt::Write as _;

use crate::{BenchResult, Machine, Outcome, Startup, Timing};

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_timing(t: &Option<Timing>) -> String {
    match t {
        Some(t) => format!("{{\"wall_ms\": {:.2}, \"rss_kib\": {:.0}}}", t.wall_ms, t.rss_kib),
        None => "null".into(),
    }
}

pub fn json(results: &[BenchResult], startup: &[Startup], m: &Machine) -> String {
    let mut out = String::from("{\n");
    let _ = writeln!(
        out,
        "  \"machine\": {{\"cpu\": {}, \"cores\": {}, \"node\": {}, \"bun\": {}, \"cc\": {}, \"dxl_commit\": {}}},",
        json_string(&m.cpu),
        m.cores,
        json_string(&m.node),
        json_string(&m.bun),
        json_string(&m.cc),
        json_string(&m.dxl_commit)
    );
    out.push_str("  \"benchmarks\": [\n");
    for (i, r) in results.iter().enumerate() {
        let (status, message) = match &r.outcome {
            Outcome::Ok => ("ok", String::new()),
            Outcome::Unsupported(m) => ("unsupported", m.clone()),
            Outcome::Mismatch(m) => ("mismatch", m.clone()),
        };
        let _ = write!(
            out,
            "    {{\"name\": {}, \"status\": \"{status}\", \"message\": {}, \"compile_ms\": {:.1}, \"binary_bytes\": {}, \"dxl\": {}, \"node\": {}, \"bun\": {}, \"c\": {}}}",
            json_string(&r.name),
            json_string(&message),
            r.compile_ms,
            r.binary_bytes,
            json_timing(&r.dxl),
            json_timing(&r.node),
            json_timing(&r.bun),
            json_timing(&r.c)
        );
        out.push_str(if i + 1 < results.len() { ",\n" } else { "\n" });
    }
    out.push_str("  ],\n  \"hello_world\": [\n");
    for (i, s) in startup.iter().enumerate() {
        let _ = write!(
            out,
            "    {{\"engine\": \"{}\", \"wall_ms\": {:.2}, \"rss_kib\": {:.0}, \"binary_bytes\": {}}}",
            s.engine,
            s.wall_ms,
            s.rss_kib,
            s.binary_bytes.map_or("null".to_string(), |b| b.to_string())
        );
        out.push_str(if i + 1 < startup.len() { ",\n" } else { "\n" });
    }
    out.push_str("  ]\n}\n");
    out
}

/// How many times faster dxl is than `other` (>1 means dxl wins).
fn speedup(dxl: &Option<Timing>, other: &Option<Timing>) -> Option<f64> {
    Some(other.as_ref()?.wall_ms / dxl.as_ref()?.wall_ms)
}

fn geomean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| (xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

fn cell(v: Option<f64>, digits: usize) -> String {
    v.map_or("–".into(), |v| format!("{v:.digits$}"))
}

/// The kernels (programs with a C twin) that missed the goal in this run:
/// faster than Node and Bun, and within 1.5x of C. Each comes with its
/// note from `benches/kernel-notes.md` (`notes`), a list of `- **name**: ..`
/// items.
fn kernel_misses(results: &[BenchResult], notes: &str) -> String {
    let mut out = String::new();
    for r in results {
        let (Outcome::Ok, Some(c), Some(d)) = (&r.outcome, r.c.as_ref(), r.dxl.as_ref()) else { continue };
        let mut missed = Vec::new();
        if speedup(&r.dxl, &r.node).is_some_and(|x| x <= 1.0) {
            missed.push("slower than Node".to_string());
        }
        if speedup(&r.dxl, &r.bun).is_some_and(|x| x <= 1.0) {
            missed.push("slower than Bun".to_string());
        }
        if d.wall_ms / c.wall_ms > 1.5 {
            missed.push(format!("{:.2}x C", d.wall_ms / c.wall_ms));
        }
        if missed.is_empty() {
            continue;
        }
        let note = kernel_note(notes, &r.name).unwrap_or_else(|| "(no note in benches/kernel-notes.md)".into());
        let _ = writeln!(out, "- **{}** ({}): {note}", r.name, missed.join(", "));
    }
    if out.is_empty() {
        return "Every kernel met the goal in this run: faster than Node and Bun, and within 1.5x of C.\n\n".into();
    }
    format!(
        "## Kernels that missed the goal in this run\n\nFaster than Node and Bun, and within 1.5x of C; the notes are from `benches/kernel-notes.md`.\n\n{out}\n"
    )
}

/// The text of the item `- **name**: ..` of `notes` (continued on the
/// indented lines after it), on one line.
fn kernel_note(notes: &str, name: &str) -> Option<String> {
    let marker = format!("- **{name}**:");
    let mut lines = notes.lines().skip_while(|l| !l.starts_with(&marker));
    let first = lines.next()?.strip_prefix(&marker)?;
    let rest = lines.take_while(|l| l.starts_with("  "));
    let words: Vec<&str> = std::iter::once(first).chain(rest).flat_map(str::split_whitespace).collect();
    Some(words.join(" "))
}

pub fn markdown(results: &[BenchResult], startup: &[Startup], m: &Machine, runs: usize, notes: &str) -> String {
    let mut out = String::new();
    out.push_str("# Benchmarks\n\n");
    out.push_str(
        "Generated by `scripts/bench.sh` (do not edit by hand). Every program in `benches/programs/` checks its\n\
         own result; dxl's output is compared with Node's before anything is timed. Times are the median of\n",
    );
    let _ = writeln!(
        out,
        "{runs} runs of the whole process (start-up included), interleaved across engines; memory is peak RSS.\n"
    );
    let _ = writeln!(
        out,
        "Machine: {} ({} cores). Node {}, Bun {}, {}; dxl at commit {}.\n",
        m.cpu, m.cores, m.node, m.bun, m.cc, m.dxl_commit
    );
    out.push_str("![speed ratios](benchmarks.svg)\n\n");
    out.push_str("| benchmark | dxl ms | node ms | bun ms | C ms | node/dxl | bun/dxl | dxl/C | dxl RSS MiB | node RSS MiB | bun RSS MiB | binary KiB | compile ms |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    let (mut vs_node, mut vs_bun) = (Vec::new(), Vec::new());
    for r in results {
        match &r.outcome {
            Outcome::Ok => {
                let n = speedup(&r.dxl, &r.node);
                let b = speedup(&r.dxl, &r.bun);
                vs_node.extend(n);
                vs_bun.extend(b);
                let vs_c = r.c.as_ref().zip(r.dxl.as_ref()).map(|(c, d)| d.wall_ms / c.wall_ms);
                let mib = |t: &Option<Timing>| t.as_ref().map(|t| t.rss_kib / 1024.0);
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.0} |",
                    r.name,
                    cell(r.dxl.as_ref().map(|t| t.wall_ms), 0),
                    cell(r.node.as_ref().map(|t| t.wall_ms), 0),
                    cell(r.bun.as_ref().map(|t| t.wall_ms), 0),
                    cell(r.c.as_ref().map(|t| t.wall_ms), 0),
                    cell(n, 2),
                    cell(b, 2),
                    cell(vs_c, 2),
                    cell(mib(&r.dxl), 1),
                    cell(mib(&r.node), 1),
                    cell(mib(&r.bun), 1),
                    r.binary_bytes / 1024,
                    r.compile_ms
                );
            }
            Outcome::Unsupported(message) => {
                let _ = writeln!(
                    out,
                    "| {} | not compiled: `` {} `` | | | | | | | | | | | |",
                    r.name,
                    message.replace('|', "\\|")
                );
            }
            Outcome::Mismatch(message) => {
                let short: String = message.chars().take(120).collect();
                let _ =
                    writeln!(out, "| {} | WRONG OUTPUT: {} | | | | | | | | | | | |", r.name, short.replace('|', "\\|"));
            }
        }
    }
    let _ = writeln!(
        out,
        "| **geometric mean** | | | | | **{}** | **{}** | | | | | | |\n",
        cell(geomean(&vs_node), 2),
        cell(geomean(&vs_bun), 2)
    );
    out.push_str("Ratios above 1 mean dxl is faster; `dxl/C` above 1 means dxl is slower than C by that factor.\n\n");
    out.push_str(&kernel_misses(results, notes));
    out.push_str("## Hello world\n\n| engine | start-up ms | peak RSS MiB | binary KiB |\n|---|---:|---:|---:|\n");
    for s in startup {
        let _ = writeln!(
            out,
            "| {} | {:.1} | {:.1} | {} |",
            s.engine,
            s.wall_ms,
            s.rss_kib / 1024.0,
            s.binary_bytes.map_or("–".into(), |b| (b / 1024).to_string())
        );
    }
    out.push_str(
        "\nThe `bun` binary size is `bun build --compile`'s output; Node has no equivalent single binary here.\n",
    );
    out
}

/// A horizontal bar chart of node/dxl and bun/dxl per benchmark, log scale
/// centred on 1 (parity).
pub fn svg(results: &[BenchResult]) -> String {
    let rows: Vec<(&str, Option<f64>, Option<f64>)> = results
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Ok))
        .map(|r| (r.name.as_str(), speedup(&r.dxl, &r.node), speedup(&r.dxl, &r.bun)))
        .collect();
    let row_h = 26.0;
    let (left, width) = (130.0, 520.0);
    let height = 60.0 + row_h * rows.len() as f64;
    let max_log = rows.iter().flat_map(|r| [r.1, r.2]).flatten().map(|v| v.log2().abs()).fold(1.0_f64, f64::max).ceil();
    let x_of = |v: f64| left + width / 2.0 + (v.log2() / max_log) * (width / 2.0);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">",
        left + width + 40.0
    );
    let _ = writeln!(out, "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
    let _ = writeln!(
        out,
        "<text x=\"{left}\" y=\"18\" font-size=\"14\">dxl speed-up (log scale; right of the line = dxl faster)</text>"
    );
    let _ = writeln!(
        out,
        "<rect x=\"{left}\" y=\"26\" width=\"10\" height=\"10\" fill=\"#3c78d8\"/><text x=\"{}\" y=\"35\">vs Node</text><rect x=\"{}\" y=\"26\" width=\"10\" height=\"10\" fill=\"#e69138\"/><text x=\"{}\" y=\"35\">vs Bun</text>",
        left + 14.0,
        left + 80.0,
        left + 94.0
    );
    let mid = x_of(1.0);
    for (i, (name, n, b)) in rows.iter().enumerate() {
        let y = 48.0 + row_h * i as f64;
        let _ = writeln!(out, "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{name}</text>", left - 6.0, y + 15.0);
        for (j, (v, color)) in [(n, "#3c78d8"), (b, "#e69138")].into_iter().enumerate() {
            if let Some(v) = v {
                let x = x_of(*v);
                let (x0, w) = if x >= mid { (mid, x - mid) } else { (x, mid - x) };
                let yy = y + 3.0 + j as f64 * 10.0;
                let _ = writeln!(
                    out,
                    "<rect x=\"{x0:.1}\" y=\"{yy}\" width=\"{:.1}\" height=\"9\" fill=\"{color}\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"9\">{v:.2}x</text>",
                    w.max(1.0),
                    if x >= mid { x + 3.0 } else { x - 30.0 },
                    yy + 8.0
                );
            }
        }
    }
    let _ = writeln!(out, "<line x1=\"{mid}\" y1=\"42\" x2=\"{mid}\" y2=\"{}\" stroke=\"black\"/>", height - 8.0);
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_and_escaping() {
        let t = |ms| Some(Timing { wall_ms: ms, rss_kib: 1024.0 });
        assert_eq!(speedup(&t(100.0), &t(200.0)), Some(2.0));
        assert!((geomean(&[2.0, 8.0]).unwrap() - 4.0).abs() < 1e-12);
        assert_eq!(json_string("a\"b\n"), "\"a\\\"b\\n\"");
    }

    #[test]
    fn kernels_that_miss_the_goal_are_listed_with_their_notes() {
        let t = |ms| Some(Timing { wall_ms: ms, rss_kib: 1024.0 });
        let kernel = |name: &str, dxl, node, bun, c| BenchResult {
            name: name.into(),
            outcome: Outcome::Ok,
            compile_ms: 1.0,
            binary_bytes: 1,
            dxl: t(dxl),
            node: t(node),
            bun: t(bun),
            c: t(c),
        };
        let notes = "Intro.\n\n- **slow**: the chain\n  is long.\n- **fast**: never shown.\n";
        let results = [kernel("fast", 100.0, 300.0, 200.0, 90.0), kernel("slow", 100.0, 300.0, 95.0, 60.0)];
        let text = kernel_misses(&results, notes);
        assert!(text.contains("- **slow** (slower than Bun, 1.67x C): the chain is long."), "{text}");
        assert!(!text.contains("fast"), "{text}");
        let met = kernel_misses(&results[..1], notes);
        assert!(met.starts_with("Every kernel met the goal"), "{met}");
        let unnoted = kernel_misses(&[kernel("other", 100.0, 50.0, 300.0, 90.0)], notes);
        assert!(unnoted.contains("- **other** (slower than Node): (no note"), "{unnoted}");
    }
}
