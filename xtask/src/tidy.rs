//! `cargo xtask tidy`: the invariants of `ARCHITECTURE.md` that a machine can check, so the map
//! stays true. Also run as tests (`cargo test -p xtask`, part of `cargo xtask test`).
//!
//! - **Layers point one way.** `ARCHITECTURE.md` declares, bottom-up, the layers of the core
//!   (`core layers:`) and of the app (`app layers:`). A file in layer L may name `crate::X`
//!   only for an X at or below L. Code after a file's first `#[cfg(test)]` is not checked (tests
//!   may build what they need from any layer). Every top-level module must be declared.
//! - **No import cycles among the core's files**, façades seen through (`tidy/cycles.rs`).
//! - **Every Rust file starts with a `//!` doc** saying what its one idea is.
//! - **The core touches no DOM**: `web_sys`, `js_sys` and `wasm_bindgen` appear in the core only
//!   in the browser path of normalisation (`core/src/text/normalize.rs`).
//! - **Corpus text is text, never HTML**: no `inner_html` in the app.

mod cycles;

use crate::shell::root;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The one core file allowed to reach the browser (its normalisation).
const CORE_BROWSER_PATH: &str = "core/src/text/normalize.rs";

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(a) = args.first() {
        return Err(format!("tidy takes no options (got {a})"));
    }
    let problems = check(&root())?;
    if problems.is_empty() {
        println!(
            "tidy: layers point one way, no import cycle in the core, every file has its //! doc, \
             no DOM in the core."
        );
        Ok(())
    } else {
        for p in &problems {
            eprintln!("tidy: {p}");
        }
        Err(format!("{} tidy problem(s)", problems.len()))
    }
}

/// Every problem in the tree at `root`.
pub fn check(root: &Path) -> Result<Vec<String>, String> {
    let map = std::fs::read_to_string(root.join("ARCHITECTURE.md"))
        .map_err(|e| format!("cannot read ARCHITECTURE.md: {e}"))?;
    let mut problems = Vec::new();
    for (label, dir) in [("core", "core/src"), ("app", "src")] {
        let layers = declared_layers(&map, label)?;
        let files = rust_files(&root.join(dir));
        let modules: Vec<String> = files
            .iter()
            .filter_map(|f| top_module(&root.join(dir), f))
            .collect();
        for m in &modules {
            if !layers.contains_key(m.as_str()) {
                problems.push(format!(
                    "{dir}: module `{m}` is not in ARCHITECTURE.md's `{label} layers:` line; \
                     place it in the order"
                ));
            }
        }
        for f in &files {
            let Some(module) = top_module(&root.join(dir), f) else {
                continue;
            };
            let source = read(f)?;
            let name = relative(root, f);
            problems.extend(layer_problems(&name, &module, &source, &layers));
        }
    }
    let core_src = root.join("core/src");
    for cycle in cycles::cycles(&core_src, &rust_files(&core_src))? {
        problems.push(format!(
            "core/src: these modules use each other, an import cycle: {}",
            cycle.join(", ")
        ));
    }
    for dir in ["core/src", "core/tests", "src", "tests", "xtask/src"] {
        for f in rust_files(&root.join(dir)) {
            let source = read(&f)?;
            if !starts_with_module_doc(&source) {
                problems.push(format!(
                    "{}: does not start with a `//!` doc saying what the file is for",
                    relative(root, &f)
                ));
            }
        }
    }
    for f in rust_files(&root.join("core/src")) {
        let name = relative(root, &f);
        if name != CORE_BROWSER_PATH {
            problems.extend(browser_problems(&name, &read(&f)?));
        }
    }
    for f in rust_files(&root.join("src")) {
        let source = read(&f)?;
        if code_lines(&source).any(|l| l.contains("inner_html")) {
            problems.push(format!(
                "{}: uses inner_html; corpus text must be inserted as text",
                relative(root, &f)
            ));
        }
    }
    Ok(problems)
}

/// The layers declared on the line `<label> layers: a b c` of the map, bottom-up: name → rank.
pub fn declared_layers(map: &str, label: &str) -> Result<BTreeMap<String, usize>, String> {
    let prefix = format!("{label} layers:");
    let line = map
        .lines()
        .map(str::trim)
        .find_map(|l| l.strip_prefix(&prefix))
        .ok_or_else(|| format!("ARCHITECTURE.md has no `{prefix}` line"))?;
    let mut layers = BTreeMap::new();
    for (rank, group) in line.split('<').enumerate() {
        for name in group.split_whitespace() {
            layers.insert(name.to_owned(), rank);
        }
    }
    if layers.is_empty() {
        return Err(format!("ARCHITECTURE.md's `{prefix}` line names no layer"));
    }
    Ok(layers)
}

/// The problems of one file of layer `module`: each `crate::X` it names with X above it.
pub fn layer_problems(
    name: &str,
    module: &str,
    source: &str,
    layers: &BTreeMap<String, usize>,
) -> Vec<String> {
    let Some(&own) = layers.get(module) else {
        return Vec::new();
    };
    let code: Vec<&str> = code_lines(source).collect();
    let code = code.join("\n");
    let mut problems = Vec::new();
    for (at, target) in crate_paths(&code) {
        match layers.get(target) {
            Some(&rank) if rank > own => problems.push(format!(
                "{name}:{}: `{module}` uses `crate::{target}`, a layer above it \
                 (ARCHITECTURE.md: dependencies point one way)",
                code[..at].matches('\n').count() + 1
            )),
            _ => {}
        }
    }
    problems
}

fn browser_problems(name: &str, source: &str) -> Vec<String> {
    code_lines(source)
        .enumerate()
        .filter(|(_, l)| {
            ["web_sys", "js_sys", "wasm_bindgen"]
                .iter()
                .any(|w| l.contains(w))
        })
        .map(|(n, _)| {
            format!(
                "{name}:{}: the core touches the browser only in {CORE_BROWSER_PATH}",
                n + 1
            )
        })
        .collect()
}

/// The lines of a file up to its first `#[cfg(test)]`, without `//` comments.
pub(crate) fn code_lines(source: &str) -> impl Iterator<Item = &str> {
    source
        .lines()
        .take_while(|l| l.trim() != "#[cfg(test)]")
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
}

/// The first segment of every `crate::…` path in `code`, with its byte position, including
/// those inside `use crate::{a, b::{c, d}}` (over several lines too).
fn crate_paths(code: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = code[from..].find("crate::") {
        let at = from + i;
        let before = code[..at].chars().next_back();
        from = at + "crate::".len();
        // `claimscope_core::…` or `$crate::…` are not this crate's paths.
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = &code[from..];
        if let Some(group) = rest.strip_prefix('{') {
            // Split the group at its top-level commas, up to its closing brace.
            let (mut depth, mut item_start) = (0usize, 0usize);
            for (j, c) in group.char_indices() {
                let end = match c {
                    '{' => {
                        depth += 1;
                        None
                    }
                    '}' if depth == 0 => Some(true),
                    '}' => {
                        depth -= 1;
                        None
                    }
                    ',' if depth == 0 => Some(false),
                    _ => None,
                };
                if let Some(closed) = end {
                    let head = group[item_start..j].trim().split("::").next().unwrap_or("");
                    let head = head.trim();
                    if !head.is_empty() && head != "self" {
                        out.push((at, head));
                    }
                    item_start = j + 1;
                    if closed {
                        break;
                    }
                }
            }
        } else {
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            out.push((at, &rest[..end]));
        }
    }
    out
}

fn starts_with_module_doc(source: &str) -> bool {
    source
        .lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim_start().starts_with("//!"))
}

/// The top-level module a file belongs to (`views/read.rs` → `views`), none for the crate root.
fn top_module(dir: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(dir).ok()?;
    let mut parts = rel.components();
    let first = parts.next()?.as_os_str().to_str()?;
    if parts.next().is_some() {
        return Some(first.to_owned());
    }
    let stem = first.strip_suffix(".rs")?;
    (!matches!(stem, "lib" | "main")).then(|| stem.to_owned())
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            // e2e's node_modules holds no Rust, but never walk it.
            if path.file_name().is_some_and(|n| n == "node_modules") {
                continue;
            }
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layers() -> BTreeMap<String, usize> {
        declared_layers("core layers: corpus < text < state index < views\n", "core").unwrap()
    }

    #[test]
    fn the_tree_is_tidy() {
        let problems = check(&root()).unwrap();
        assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    }

    #[test]
    fn a_use_of_a_higher_layer_is_refused() {
        let src = "//! Doc.\nuse crate::corpus::Corpus;\nuse crate::views::compare;\n";
        let p = layer_problems("core/src/text/x.rs", "text", src, &layers());
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("core/src/text/x.rs:3") && p[0].contains("crate::views"));
    }

    #[test]
    fn grouped_and_inline_paths_are_read() {
        let src = "use crate::{corpus::Corpus, views::x};\nfn f() { crate::views::y(); }\n\
                   use crate::{\n    text::{a, b},\n    views::z,\n};\n";
        let p = layer_problems("a.rs", "state", src, &layers());
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[2].starts_with("a.rs:3:"), "{p:?}");
        // Same layer, lower layers, other crates and comments are fine.
        let ok = "use crate::index::I;\nuse claimscope_core::views::v;\n// crate::views\n";
        assert!(layer_problems("a.rs", "state", ok, &layers()).is_empty());
    }

    #[test]
    fn tests_may_use_any_layer() {
        let src = "//! Doc.\n#[cfg(test)]\nmod tests {\n    use crate::views::v;\n}\n";
        assert!(layer_problems("a.rs", "corpus", src, &layers()).is_empty());
    }

    #[test]
    fn layers_of_one_rank_share_it() {
        let l = layers();
        assert_eq!(l["state"], l["index"]);
        assert!(l["corpus"] < l["text"] && l["index"] < l["views"]);
        assert!(declared_layers("nothing here", "core").is_err());
    }

    #[test]
    fn a_file_without_its_doc_is_found() {
        assert!(starts_with_module_doc("\n//! What it is.\nfn f() {}\n"));
        assert!(!starts_with_module_doc("/// An item doc.\nfn f() {}\n"));
        assert!(!starts_with_module_doc("use x;\n//! late\n"));
    }

    #[test]
    fn the_browser_is_found_in_the_core() {
        assert_eq!(
            browser_problems("core/src/x.rs", "use web_sys::Window;\n").len(),
            1
        );
        assert!(browser_problems("core/src/x.rs", "// web_sys in a comment\n").is_empty());
    }

    #[test]
    fn modules_are_named_by_their_folder() {
        let dir = Path::new("/r/core/src");
        let m = |f: &str| top_module(dir, &dir.join(f));
        assert_eq!(m("views/read.rs").as_deref(), Some("views"));
        assert_eq!(m("library.rs").as_deref(), Some("library"));
        assert_eq!(m("lib.rs"), None);
    }
}
