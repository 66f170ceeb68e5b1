//! A fuzzing run: programs from the seed, each checked by the oracle;
//! findings bucketed, compared with the known list, minimized and written out.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::oracle::{Finding, Mode, Tools, Verdict, describe, first_difference};
use crate::rng::Rng;
use crate::{generate, minimize, mutate};

pub struct Config {
    pub seed: u64,
    /// The index of the first program (programs `first..first + iterations`).
    pub first: u64,
    pub iterations: Option<u64>,
    pub time: Option<Duration>,
    pub out: PathBuf,
    /// `(file name, source)` of the corpus programs to mutate.
    pub corpus: Vec<(String, String)>,
    /// Percent of programs that are corpus mutants rather than generated.
    pub mutant_percent: u32,
    pub known: Known,
    pub modes: Vec<Mode>,
    pub minimize: bool,
    pub minimize_known: bool,
    pub minimize_budget: Duration,
}

/// Bucket ids of open findings (`fuzz/known.txt`): a line `<id> <description>`, `#` comments.
#[derive(Default)]
pub struct Known {
    entries: BTreeMap<String, String>,
}

impl Known {
    pub fn parse(text: &str) -> Known {
        let entries = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| match l.split_once(char::is_whitespace) {
                Some((id, what)) => (id.to_string(), what.trim().to_string()),
                None => (l.to_string(), String::new()),
            })
            .collect();
        Known { entries }
    }

    pub fn get(&self, id: &str) -> Option<&str> {
        self.entries.get(id).map(String::as_str)
    }

    pub fn ids(&self) -> impl Iterator<Item = &String> {
        self.entries.keys()
    }
}

#[derive(Clone, Debug)]
pub enum Origin {
    Generated,
    Mutant(String),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Generated => write!(f, "generated"),
            Origin::Mutant(name) => write!(f, "mutant of tests/run/{name}"),
        }
    }
}

/// The program of the `index`-th iteration: generated, or a mutant of a corpus program.
pub fn program_for(seed: u64, index: u64, corpus: &[(String, String)], mutant_percent: u32) -> (String, Origin) {
    let mut rng = Rng::for_program(seed, index);
    if !corpus.is_empty() && rng.chance(mutant_percent) {
        let (name, source) = rng.pick(corpus).clone();
        (mutate::mutate(&source, &mut rng), Origin::Mutant(name))
    } else {
        (generate::program(rng), Origin::Generated)
    }
}

/// The corpus programs under `dir`, sorted by name (missing directory: none).
pub fn load_corpus(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "js"))
                .filter_map(|p| {
                    let name = p.file_name()?.to_string_lossy().into_owned();
                    Some((name, std::fs::read_to_string(&p).ok()?))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

struct Bucket {
    id: String,
    finding: Finding,
    count: usize,
    first_index: u64,
    known: Option<String>,
    file: PathBuf,
}

#[derive(Default)]
pub struct Summary {
    pub programs: u64,
    pub generated: u64,
    pub mutants: u64,
    pub agreed: u64,
    /// Agreed, but the GC-stress run timed out.
    pub slow_gc: u64,
    pub unsupported: BTreeMap<String, u64>,
    /// Why Node's output could not be used: how often, and the first program.
    pub unusable: BTreeMap<String, (u64, u64)>,
    pub findings: u64,
    pub known_findings: u64,
    pub new_findings: u64,
    pub new_buckets: Vec<String>,
}

fn symptom(f: &Finding) -> String {
    let first = f.results.iter().find(|r| r.kind == Some(f.kind)).expect("a mode shows the kind");
    match first_difference(&f.node.stdout, &first.output.stdout) {
        Some((n, expected, actual)) if f.kind == crate::oracle::Kind::Mismatch => {
            format!("line {n}: node `{}` dxl `{}`", clip(&expected), clip(&actual))
        }
        _ if f.node.status != first.output.status => {
            let err = first.output.stderr.lines().next().unwrap_or("");
            format!("{} (node {}) {}", first.output.status, f.node.status, clip(err))
        }
        _ => clip(first.output.stderr.lines().next().unwrap_or("")),
    }
}

fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(70).collect();
    if s.chars().count() > 70 {
        out.push('…');
    }
    out
}

pub fn run(tools: &Tools, config: &Config) -> std::io::Result<Summary> {
    std::fs::create_dir_all(&config.out)?;
    let started = Instant::now();
    let mut summary = Summary::default();
    let mut buckets: Vec<Bucket> = Vec::new();
    let mut index = config.first;
    loop {
        if config.iterations.is_some_and(|n| index >= config.first + n)
            || config.time.is_some_and(|t| started.elapsed() >= t)
        {
            break;
        }
        let (source, origin) = program_for(config.seed, index, &config.corpus, config.mutant_percent);
        summary.programs += 1;
        match origin {
            Origin::Generated => summary.generated += 1,
            Origin::Mutant(_) => summary.mutants += 1,
        }
        match tools.check_source(&source, "prog.js", &config.modes)? {
            Verdict::Agree { slow_gc } => {
                summary.agreed += 1;
                summary.slow_gc += slow_gc as u64;
            }
            Verdict::Unsupported(line) => *summary.unsupported.entry(line).or_default() += 1,
            Verdict::Unusable(why) => {
                // A generated program Node cannot run is a generator bug: say which.
                let why = match origin {
                    Origin::Generated => format!("generated: {why}"),
                    Origin::Mutant(_) => format!("mutant: {why}"),
                };
                summary.unusable.entry(why).or_insert((0, index)).0 += 1;
            }
            Verdict::Finding(finding) => {
                summary.findings += 1;
                let id = finding.id();
                let known = config.known.get(&id).map(str::to_string);
                if known.is_some() {
                    summary.known_findings += 1;
                } else {
                    summary.new_findings += 1;
                }
                if let Some(b) = buckets.iter_mut().find(|b| b.id == id) {
                    b.count += 1;
                } else {
                    eprintln!(
                        "fuzz: program {index} ({origin}): {} {id} [{}] {}",
                        if known.is_some() { "known" } else { "NEW" },
                        finding.modes.iter().map(|m| m.name()).collect::<Vec<_>>().join(","),
                        symptom(&finding)
                    );
                    let file = record(tools, config, &id, &source, &origin, index, &finding, known.is_some())?;
                    buckets.push(Bucket { id, finding: *finding, count: 1, first_index: index, known, file });
                }
            }
        }
        index += 1;
        if index.is_multiple_of(25) {
            eprintln!("fuzz: {index} programs, {} findings, {:.0}s", summary.findings, started.elapsed().as_secs_f64());
        }
    }

    let modes: Vec<&str> = config.modes.iter().map(|m| m.name()).collect();
    println!(
        "fuzz: seed {}, {} programs ({} generated, {} mutants) in modes {}, {:.1}s",
        config.seed,
        summary.programs,
        summary.generated,
        summary.mutants,
        modes.join(","),
        started.elapsed().as_secs_f64()
    );
    println!("  agreed with node: {}", summary.agreed);
    if summary.slow_gc > 0 {
        println!("    of which the gc-stress run timed out (not a finding): {}", summary.slow_gc);
    }
    for (line, n) in &summary.unsupported {
        println!("  unsupported x{n}: {}", clip(line));
    }
    for (why, (n, first)) in &summary.unusable {
        println!("  not used x{n}: {why} (first: program {first})");
    }
    println!(
        "  findings: {} in {} buckets ({} new)",
        summary.findings,
        buckets.len(),
        buckets.iter().filter(|b| b.known.is_none()).count()
    );
    for b in &buckets {
        let modes: Vec<&str> = b.finding.modes.iter().map(|m| m.name()).collect();
        let tag = if b.known.is_some() { "known" } else { "NEW  " };
        println!(
            "  {tag} {} [{}] x{} (program {}) {}\n        {}",
            b.id,
            modes.join(","),
            b.count,
            b.first_index,
            symptom(&b.finding),
            b.file.display()
        );
        match &b.known {
            Some(what) => println!("        known: {what}"),
            None => {
                println!("        again: {} > p.js && dxl-fuzz check p.js --minimize", reproduce(config, b.first_index))
            }
        }
        if b.known.is_none() {
            summary.new_buckets.push(b.id.clone());
        }
    }
    let seen: Vec<&String> = buckets.iter().map(|b| &b.id).collect();
    let gone: Vec<&String> = config.known.ids().filter(|id| !seen.contains(id)).collect();
    if !gone.is_empty() && config.iterations.is_some() {
        println!(
            "  known findings not seen this run (fixed, or not reached): {}",
            gone.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ")
        );
    }
    // Counted by scripts/test.sh: programs compared (agreeing, or showing a known finding) and programs with new ones.
    println!("fuzz: {} passed, {} failed", summary.agreed + summary.known_findings, summary.new_findings);
    Ok(summary)
}

/// The command that prints program `index` of this run.
fn reproduce(config: &Config, index: u64) -> String {
    format!("dxl-fuzz print --seed {} --index {index} --mutants {}", config.seed, config.mutant_percent)
}

/// Writes `<out>/<id>.js` (minimized if asked), `<id>.orig.js` and `<id>.txt`; returns the `.js` path.
#[allow(clippy::too_many_arguments)]
fn record(
    tools: &Tools,
    config: &Config,
    id: &str,
    source: &str,
    origin: &Origin,
    index: u64,
    finding: &Finding,
    known: bool,
) -> std::io::Result<PathBuf> {
    let js = config.out.join(format!("{id}.js"));
    if js.exists() {
        return Ok(js); // recorded by an earlier run into this directory
    }
    let mut program = source.to_string();
    let mut shown = finding.clone();
    let mut note = String::new();
    if config.minimize && (!known || config.minimize_known) {
        let reduced = minimize::minimize(tools, source, finding, config.minimize_budget);
        note = format!(
            "minimized in {} tries from {} to {} lines\n",
            reduced.tries,
            source.lines().count(),
            reduced.source.lines().count()
        );
        if let Some(f) = reduced.finding {
            program = reduced.source;
            shown = f;
            std::fs::write(config.out.join(format!("{id}.orig.js")), source)?;
        }
    }
    std::fs::write(&js, &program)?;
    let text = format!(
        "{id}\norigin: {origin}, program {index} of seed {} ({})\n{note}\n{}",
        config.seed,
        reproduce(config, index),
        describe(&shown)
    );
    std::fs::write(config.out.join(format!("{id}.txt")), text)?;
    Ok(js)
}
