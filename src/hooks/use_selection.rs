//! Where the words a person selected on the page lie in the article's text: each end of the
//! selection as a paragraph id and a char offset in that paragraph's own text. The page adds
//! labels inside paragraphs (a claim's side tag, "Photo caption"); they are not the article's
//! words, so their text is not counted.

use claimscope_core::edit::Selection;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// Elements inside a paragraph whose text the page added.
const ADDED: &str = ".side-tag, .para-kind";

/// The page's current selection, or `None` when nothing is selected.
pub fn selection_in_paragraphs() -> Option<Selection> {
    let window = crate::window()?;
    let sel = window.get_selection().ok()??;
    if sel.is_collapsed() || sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let end_of = |node: Node, offset: u32| -> Option<(String, usize)> {
        let el = paragraph_of(&node)?;
        let id = el.get_attribute("data-paragraph-id")?;
        Some((id, chars_before(&el, &node, offset)))
    };
    Some(Selection {
        start: range
            .start_container()
            .ok()
            .and_then(|n| end_of(n, range.start_offset().ok()?)),
        end: range
            .end_container()
            .ok()
            .and_then(|n| end_of(n, range.end_offset().ok()?)),
    })
}

/// The article paragraph (`[data-paragraph-id]` in the reader's text) holding `node`.
fn paragraph_of(node: &Node) -> Option<Element> {
    let el = match node.dyn_ref::<Element>() {
        Some(el) => el.clone(),
        None => node.parent_element()?,
    };
    el.closest(".read-article [data-paragraph-id]").ok()?
}

/// The chars of the article's text in `root` before the point (`node`, `offset`).
fn chars_before(root: &Element, node: &Node, offset: u32) -> usize {
    let mut count = 0;
    walk(root, node, offset, &mut count);
    count
}

/// Counts the article's chars in `at` (a node under the paragraph) up to the point; true once
/// the point is reached.
fn walk(at: &Node, node: &Node, offset: u32, count: &mut usize) -> bool {
    if at.node_type() == Node::TEXT_NODE {
        let text = at.text_content().unwrap_or_default();
        let added = at
            .parent_element()
            .and_then(|p| p.closest(ADDED).ok().flatten())
            .is_some();
        if at == node {
            if !added {
                *count += utf16_prefix_chars(&text, offset as usize);
            }
            return true;
        }
        if !added {
            *count += text.chars().count();
        }
        return false;
    }
    let children = at.child_nodes();
    for i in 0..children.length() {
        // A point between children: before child `offset` of `node`.
        if at == node && i == offset {
            return true;
        }
        if let Some(child) = children.item(i) {
            if walk(&child, node, offset, count) {
                return true;
            }
        }
    }
    at == node
}

/// How many chars the first `units` UTF-16 code units of `text` hold.
fn utf16_prefix_chars(text: &str, units: usize) -> usize {
    let mut seen = 0;
    text.chars()
        .take_while(|c| {
            seen += c.len_utf16();
            seen <= units
        })
        .count()
}
