//! `cargo xtask corpus`: builds `data/corpus.json` from the raw texts and the annotations.
//!
//! - `cargo xtask corpus` reads `data/sources/*.txt` and `data/annotations.toml`, segments each
//!   article, finds every quote's paragraph and offsets, runs the corpus checks
//!   ([`claimscope_core::validate::validate`]) and the coverage check, writes `data/corpus.json`
//!   (pretty JSON, two-space indent, trailing newline, in the annotation file's order) and
//!   prints the claims per side and per question.
//! - `cargo xtask corpus --check` rebuilds in memory and fails when `data/corpus.json` is not
//!   byte-identical to the rebuild.
//!
//! Paths are resolved from the repository root, so the command works from any directory.

mod build;
mod coverage;
mod format;
#[cfg(test)]
mod tests;

use claimscope_core::corpus::{Corpus, Stance};
use claimscope_core::validate::validate;
use format::Annotations;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const USAGE: &str = "usage: cargo xtask corpus [--check]";

/// Where the build reads and writes, below the repository root.
pub struct Paths {
    pub sources: PathBuf,
    pub annotations: PathBuf,
    pub corpus: PathBuf,
}

impl Paths {
    pub fn under(root: &Path) -> Self {
        let data = root.join("data");
        Paths {
            sources: data.join("sources"),
            annotations: data.join("annotations.toml"),
            corpus: data.join("corpus.json"),
        }
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    let check = match args {
        [] => false,
        [a] if a == "--check" => true,
        [other, ..] => return Err(format!("corpus: unknown option {other}\n{USAGE}")),
    };
    let paths = Paths::under(&crate::shell::root());
    let corpus = build_from(&paths)?;
    let json = to_json(&corpus)?;
    let shown = paths.corpus.display();
    if check {
        let on_disk = std::fs::read_to_string(&paths.corpus)
            .map_err(|e| format!("cannot read {shown}: {e}"))?;
        if let Some(diff) = first_difference(&on_disk, &json) {
            return Err(format!(
                "{shown} is not what the sources and annotations build ({diff}); \
                 run `cargo xtask corpus` to rewrite it"
            ));
        }
        println!("{shown} is up to date.");
    } else {
        std::fs::write(&paths.corpus, &json).map_err(|e| format!("cannot write {shown}: {e}"))?;
        println!("wrote {shown}");
    }
    print!("{}", summary(&corpus));
    Ok(())
}

/// Reads the sources and the annotations and builds the checked corpus.
pub fn build_from(paths: &Paths) -> Result<Corpus, String> {
    let text = std::fs::read_to_string(&paths.annotations)
        .map_err(|e| format!("cannot read {}: {e}", paths.annotations.display()))?;
    let annotations =
        Annotations::parse(&text).map_err(|e| format!("{}: {e}", paths.annotations.display()))?;
    let sources = read_sources(&paths.sources)?;
    build_checked(&annotations, &sources)
}

/// The `*.txt` files of `dir`, by file name.
pub fn read_sources(dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut out = BTreeMap::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|x| x == "txt") {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .ok_or_else(|| format!("{}: the file name is not UTF-8", path.display()))?
                .to_owned();
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            out.insert(name, text);
        }
    }
    Ok(out)
}

/// Builds the corpus, then runs the corpus checks and the coverage check; every problem found is
/// in the error, one a line.
pub fn build_checked(
    annotations: &Annotations,
    sources: &BTreeMap<String, String>,
) -> Result<Corpus, String> {
    let corpus = build::build(annotations, sources).map_err(|p| report("annotation", &p))?;
    let problems: Vec<String> = validate(&corpus).iter().map(|p| p.to_string()).collect();
    if !problems.is_empty() {
        return Err(report("validation", &problems));
    }
    let problems = coverage::check(&corpus, &annotations.background);
    if !problems.is_empty() {
        return Err(report("coverage", &problems));
    }
    Ok(corpus)
}

fn report(stage: &str, problems: &[String]) -> String {
    let mut s = format!(
        "the corpus does not build: {} {stage} problem(s)",
        problems.len()
    );
    for p in problems {
        s.push_str("\n  - ");
        s.push_str(p);
    }
    s
}

/// The corpus as written to disk: pretty JSON with a two-space indent and a trailing newline.
pub fn to_json(corpus: &Corpus) -> Result<String, String> {
    let mut s = serde_json::to_string_pretty(corpus).map_err(|e| e.to_string())?;
    s.push('\n');
    Ok(s)
}

/// Where two texts first differ, by line, or `None` when they are identical.
fn first_difference(on_disk: &str, built: &str) -> Option<String> {
    if on_disk == built {
        return None;
    }
    let mut a = on_disk.split_inclusive('\n');
    let mut b = built.split_inclusive('\n');
    let mut line = 1;
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => line += 1,
            (x, y) => {
                let show = |l: Option<&str>| {
                    l.map_or("(end of file)".to_owned(), |l| {
                        format!("{:?}", l.trim_end())
                    })
                };
                return Some(format!(
                    "first difference at line {line}: the file has {}, the rebuild has {}",
                    show(x),
                    show(y)
                ));
            }
        }
    }
}

/// Claims per side, per question (with stances), per article and per kind.
pub fn summary(corpus: &Corpus) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "corpus `{}`: {} articles, {} claims, {} events, {} facts",
        corpus.id,
        corpus.articles.len(),
        corpus.claims.len(),
        corpus.events.len(),
        corpus.facts.len()
    );
    let _ = writeln!(s, "claims per side:");
    for side in &corpus.sides {
        let n = corpus.claims.iter().filter(|c| c.side == side.id).count();
        let _ = writeln!(s, "  {:<10} {:>3}  {}", side.id, n, side.name);
    }
    let _ = writeln!(s, "claims per question (yes / no / mixed / no stance):");
    for q in &corpus.questions {
        let on: Vec<_> = corpus
            .claims
            .iter()
            .filter(|c| c.questions.contains(&q.id))
            .collect();
        let count = |st: Stance| {
            on.iter()
                .filter(|c| c.stance.get(&q.id) == Some(&st))
                .count()
        };
        let none = on.iter().filter(|c| !c.stance.contains_key(&q.id)).count();
        let _ = writeln!(
            s,
            "  {:<24} {:>3}  ({} / {} / {} / {})  {}",
            q.id,
            on.len(),
            count(Stance::Yes),
            count(Stance::No),
            count(Stance::Mixed),
            none,
            q.text
        );
    }
    let _ = writeln!(s, "claims per article:");
    for a in &corpus.articles {
        let n = corpus.claims.iter().filter(|c| c.article == a.id).count();
        let _ = writeln!(s, "  {:<24} {:>3}  {}", a.id, n, a.outlet);
    }
    let _ = writeln!(s, "claims per speaker:");
    for sp in &corpus.speakers {
        let n = corpus.claims.iter().filter(|c| c.speaker == sp.id).count();
        let _ = writeln!(s, "  {:<24} {:>3}", sp.id, n);
    }
    let _ = writeln!(s, "claims per kind:");
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &corpus.claims {
        *kinds.entry(c.kind.as_str()).or_default() += 1;
    }
    for (k, n) in kinds {
        let _ = writeln!(s, "  {k:<24} {n:>3}");
    }
    s
}
