//! Line-based reduction of a finding: delete chunks of lines, then whole
//! brace-delimited blocks, keeping each deletion after which the program still
//! shows the same kind of finding in the same mode (Node still running it).

use std::time::{Duration, Instant};

use crate::oracle::{Finding, Mode, Tools, Verdict};

pub struct Reduced {
    pub source: String,
    /// The finding as the reduced program shows it.
    pub finding: Option<Finding>,
    pub tries: usize,
}

fn still_fails(tools: &Tools, source: &str, kind: crate::oracle::Kind, mode: Mode) -> Option<Finding> {
    let modes: &[Mode] = if mode == Mode::GcStress { &[Mode::O2, Mode::GcStress] } else { &[mode] };
    match tools.check_source(source, "reduce.js", modes) {
        Ok(Verdict::Finding(f)) if f.kind == kind && f.modes.contains(&mode) => Some(*f),
        _ => None,
    }
}

/// The line after the block that `lines[start]` opens (it ends with `{`), if its braces balance.
fn block_end(lines: &[String], start: usize) -> Option<usize> {
    let mut depth = 0i64;
    for (i, line) in lines.iter().enumerate().skip(start) {
        depth += line.matches('{').count() as i64 - line.matches('}').count() as i64;
        if depth <= 0 {
            return Some(i + 1);
        }
    }
    None
}

pub fn minimize(tools: &Tools, source: &str, finding: &Finding, budget: Duration) -> Reduced {
    let started = Instant::now();
    let kind = finding.kind;
    let mode = finding.modes[0];
    let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
    let mut best: Option<Finding> = None;
    let mut tries = 0;
    let out_of_time = |started: &Instant| started.elapsed() > budget;
    let attempt = |candidate: &[String], tries: &mut usize| -> Option<Finding> {
        *tries += 1;
        still_fails(tools, &(candidate.join("\n") + "\n"), kind, mode)
    };

    // Whole blocks first: they are the big wins and rarely leave the program invalid.
    let mut progress = true;
    while progress && !out_of_time(&started) {
        progress = false;
        let mut i = 0;
        while i < lines.len() && !out_of_time(&started) {
            if lines[i].trim_end().ends_with('{')
                && let Some(end) = block_end(&lines, i)
            {
                let mut candidate = lines[..i].to_vec();
                candidate.extend_from_slice(&lines[end..]);
                if let Some(f) = attempt(&candidate, &mut tries) {
                    lines = candidate;
                    best = Some(f);
                    progress = true;
                    continue;
                }
            }
            i += 1;
        }
    }

    // Then chunks of lines, halving the chunk until single lines.
    let mut chunk = (lines.len() / 4).max(1);
    loop {
        let mut i = 0;
        let mut removed_any = false;
        while i < lines.len() && !out_of_time(&started) {
            let end = (i + chunk).min(lines.len());
            let mut candidate = lines[..i].to_vec();
            candidate.extend_from_slice(&lines[end..]);
            if !candidate.is_empty()
                && let Some(f) = attempt(&candidate, &mut tries)
            {
                lines = candidate;
                best = Some(f);
                removed_any = true;
            } else {
                i += chunk;
            }
        }
        if out_of_time(&started) || (chunk == 1 && !removed_any) {
            break;
        }
        if !removed_any {
            chunk = (chunk / 2).max(1);
        }
    }
    Reduced { source: lines.join("\n") + "\n", finding: best, tries }
}
