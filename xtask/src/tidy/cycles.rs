//! Import cycles among the files of a crate: each file is a module, an edge is a path it names
//! (`crate::…` or `super::…`, in `use` lines or in code) to another module's file. A path through
//! a folder's façade (`crate::index::Query`) counts as an edge to the file the façade re-exports
//! the item from, so two files of one folder that use each other through their façade are still
//! a cycle. A façade's own re-exports and `mod` lines are not edges.

use std::collections::BTreeMap;
use std::path::Path;

/// The import cycles among the `.rs` files under `src` (each cycle: its modules, sorted).
pub fn cycles(src: &Path, files: &[std::path::PathBuf]) -> Result<Vec<Vec<String>>, String> {
    let mut sources = BTreeMap::new();
    for f in files {
        let Some(module) = module_path(src, f) else {
            continue;
        };
        let text =
            std::fs::read_to_string(f).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
        sources.insert(module, (is_facade(f), text));
    }
    Ok(cycles_of(&sources))
}

/// Cycles among modules given as `module path → (is a façade, source)`.
pub fn cycles_of(sources: &BTreeMap<String, (bool, String)>) -> Vec<Vec<String>> {
    let mut exported: BTreeMap<(String, String), String> = BTreeMap::new();
    for (module, (facade, text)) in sources {
        if *facade {
            // `pub use`, `pub(super) use`: a façade's `use` of a child is a re-export.
            for path in paths_after(&code(text), "use ") {
                if let [child, .., item] = path.as_slice() {
                    let child = join(module, child);
                    if sources.contains_key(&child) {
                        exported.insert((module.clone(), item.clone()), child);
                    }
                }
            }
        }
    }
    let mut edges: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (module, (facade, text)) in sources {
        let code = code(text);
        let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
        let mut out = Vec::new();
        let named = paths_after(&code, "crate::")
            .into_iter()
            .map(|p| (String::new(), p))
            .chain(
                paths_after(&code, "super::")
                    .into_iter()
                    .map(|p| (parent.to_owned(), p)),
            );
        for (base, path) in named {
            if *facade && base == *module {
                continue;
            }
            if let Some(target) = resolve(sources, &exported, &base, &path) {
                if target != *module && !(*facade && target.starts_with(&format!("{module}::"))) {
                    out.push(target);
                }
            }
        }
        out.sort();
        out.dedup();
        edges.insert(module.as_str(), out);
    }
    strongly_connected(&edges)
        .into_iter()
        .filter(|c| c.len() > 1)
        .collect()
}

/// The module a path names: its longest prefix that is a module; through a façade, the file the
/// façade re-exports the next name from.
fn resolve(
    sources: &BTreeMap<String, (bool, String)>,
    exported: &BTreeMap<(String, String), String>,
    base: &str,
    path: &[String],
) -> Option<String> {
    let mut found = None;
    let mut module = base.to_owned();
    for (i, seg) in path.iter().enumerate() {
        module = join(&module, seg);
        if sources.contains_key(&module) {
            found = Some((module.clone(), i));
        }
    }
    let (target, i) = found?;
    match path.get(i + 1) {
        Some(item) => Some(
            exported
                .get(&(target.clone(), item.clone()))
                .cloned()
                .unwrap_or(target),
        ),
        None => Some(target),
    }
}

/// Every path that follows `prefix` in `code` (not inside a longer name), each as its segments;
/// a group `a::{b, c::{d}}` gives one path per leaf.
fn paths_after(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = code[from..].find(prefix) {
        let at = from + i;
        from = at + prefix.len();
        let before = code[..at].chars().next_back();
        if prefix.ends_with("::")
            && before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == ':')
        {
            continue;
        }
        let mut rest = &code[from..];
        tree(&mut rest, Vec::new(), &mut out);
    }
    out
}

/// Reads one use tree at the start of `rest`: `a::b`, `a::{…}`, `a as b`.
fn tree(rest: &mut &str, mut prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    loop {
        *rest = rest.trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            *rest = group;
            loop {
                *rest = rest.trim_start();
                if let Some(r) = rest.strip_prefix('}') {
                    *rest = r;
                    return;
                }
                if rest.is_empty() {
                    return;
                }
                tree(rest, prefix.clone(), out);
                *rest = rest.trim_start();
                if let Some(r) = rest.strip_prefix(',') {
                    *rest = r;
                }
            }
        }
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if end == 0 {
            // A bare `{` that never closed, or punctuation: whatever was read is the path.
            if !prefix.is_empty() {
                out.push(prefix);
            }
            return;
        }
        let seg = &rest[..end];
        *rest = &rest[end..];
        if seg != "self" {
            prefix.push(seg.to_owned());
        }
        match rest.strip_prefix("::") {
            Some(r) => *rest = r,
            None => {
                // `as name` and the like end the path.
                if let Some(r) = rest.trim_start().strip_prefix("as ") {
                    let r = r.trim_start();
                    let e = r
                        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .unwrap_or(r.len());
                    *rest = &r[e..];
                }
                out.push(prefix);
                return;
            }
        }
    }
}

/// Tarjan's strongly connected components, each sorted.
fn strongly_connected(edges: &BTreeMap<&str, Vec<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<&'a str, Vec<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: std::collections::BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.edges.get(v).into_iter().flatten() {
            let Some((&w, _)) = s.edges.get_key_value(w.as_str()) else {
                continue;
            };
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                comp.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            comp.sort();
            s.out.push(comp);
        }
    }
    let mut s = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: Default::default(),
        out: Vec::new(),
    };
    for &v in edges.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    s.out
}

/// A file's code up to its first `#[cfg(test)]`, without `//` comments.
fn code(text: &str) -> String {
    super::code_lines(text).collect::<Vec<_>>().join("\n")
}

fn join(base: &str, seg: &str) -> String {
    if base.is_empty() {
        seg.to_owned()
    } else {
        format!("{base}::{seg}")
    }
}

fn is_facade(f: &Path) -> bool {
    f.file_name()
        .is_some_and(|n| n == "mod.rs" || n == "lib.rs")
}

/// `views/read/mod.rs` → `views::read`; the crate root → the empty path.
fn module_path(src: &Path, f: &Path) -> Option<String> {
    let rel = f.strip_prefix(src).ok()?.with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    Some(parts.join("::"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree_of(files: &[(&str, bool, &str)]) -> BTreeMap<String, (bool, String)> {
        files
            .iter()
            .map(|(m, f, s)| ((*m).to_owned(), (*f, (*s).to_owned())))
            .collect()
    }

    #[test]
    fn paths_are_read_with_their_groups() {
        let p = paths_after(
            "use crate::{a::{b, c::D}, e as f};\nx = crate::g::h(1);",
            "crate::",
        );
        let flat: Vec<String> = p.iter().map(|p| p.join("::")).collect();
        assert_eq!(flat, ["a::b", "a::c::D", "e", "g::h"]);
        assert!(paths_after("claimscope_core::x", "crate::").is_empty());
    }

    #[test]
    fn two_files_that_use_each_other_through_their_facade_are_a_cycle() {
        let t = tree_of(&[
            ("", true, "mod idx;\n"),
            (
                "idx",
                true,
                "mod a;\nmod b;\npub use a::A;\npub use b::B;\n",
            ),
            ("idx::a", false, "use super::b::B;\n"),
            ("idx::b", false, "use crate::idx::A;\n"),
        ]);
        assert_eq!(
            cycles_of(&t),
            [vec!["idx::a".to_owned(), "idx::b".to_owned()]]
        );
    }

    #[test]
    fn one_way_uses_and_test_code_are_no_cycle() {
        let t = tree_of(&[
            ("", true, "mod idx;\nmod top;\n"),
            (
                "idx",
                true,
                "mod a;\nmod b;\npub use a::A;\npub use b::B;\n",
            ),
            ("idx::a", false, "use super::b::B;\n"),
            (
                "idx::b",
                false,
                "//! b\n#[cfg(test)]\nmod tests { use crate::idx::A; }\n",
            ),
            ("top", false, "use crate::idx::{A, B};\n"),
        ]);
        assert!(cycles_of(&t).is_empty());
    }
}
