//! The prerendered landing, taken over by the program without a jump.
//!
//! The build writes the Compare view of the bundled corpus into `index.html` (`#landing`, see
//! `crate::prerender`), so a person reads it before the program has arrived. The program then
//! renders the same page into a root that is not in the document yet and, once the link's view
//! is there whole, swaps it for the landing in one DOM call ([`take_over`]): no frame shows
//! half of each, nothing above the reader moves, and the scroll position stays. The focus, if
//! the person had moved it into the landing, moves to the same control in the program's page.
//!
//! A link that opens anything but the landing (`?view=…`, `?corpus=…`) is marked `data-deep` on
//! `<html>` by the inlined boot script before the first paint; the stylesheet hides the landing
//! then, and the program mounts in the open at once, so the landing never flashes on the way.

use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The id of the prerendered landing in `index.html`.
pub const LANDING_ID: &str = "landing";
/// The class of the element the program's page is rendered into (the landing has it too).
pub const ROOT_CLASS: &str = "app-root";
/// Set on `<html>` by `assets/boot.js` when the link opens something other than the landing.
const DEEP_ATTRIBUTE: &str = "data-deep";
/// What a person can move the focus to, in document order (the same in both copies).
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

thread_local! {
    /// The program's page, rendered but not yet in the document.
    static WAITING: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Mounts `app` where the page wants it: off the document while the prerendered landing shows
/// (until [`take_over`]), or in the open when there is no landing to keep.
pub fn mount<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: leptos::prelude::IntoView,
{
    let Some(doc) = crate::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(root), Some(body)) = (doc.create_element("div"), doc.body()) else {
        return;
    };
    root.set_class_name(ROOT_CLASS);
    let deep = doc
        .document_element()
        .is_some_and(|html| html.has_attribute(DEEP_ATTRIBUTE));
    match doc.get_element_by_id(LANDING_ID) {
        Some(landing) if !deep => {
            WAITING.with(|w| *w.borrow_mut() = Some(root.clone()));
            // The landing stays readable and in place until the program's page replaces it.
            let _ = landing.set_attribute("aria-busy", "true");
        }
        landing => {
            if let Some(landing) = landing {
                landing.remove();
            }
            let _ = body.append_child(&root);
        }
    }
    leptos::mount::mount_to(root.unchecked_into(), app).forget();
}

/// Puts the program's page in the landing's place once the current rendering is done and the
/// landing has been painted at least once (two animation frames): a program that arrives before
/// the first paint (a fast connection) does not make the page's first content wait for it.
/// Safe to call more than once.
pub fn take_over_soon() {
    if WAITING.with(|w| w.borrow().is_some()) {
        leptos::prelude::request_animation_frame(|| {
            leptos::prelude::request_animation_frame(take_over);
        });
    }
}

/// Swaps the waiting page for the landing in one step, moving the focus along.
pub fn take_over() {
    let Some(root) = WAITING.with(|w| w.borrow_mut().take()) else {
        return;
    };
    let Some(doc) = crate::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(landing) = doc.get_element_by_id(LANDING_ID) else {
        if let Some(body) = doc.body() {
            let _ = body.append_child(&root);
        }
        return;
    };
    let focused = focused_index(&doc, &landing);
    if landing.replace_with_with_node_1(&root).is_err() {
        return;
    }
    if let Some(i) = focused {
        focus_nth(&root, i);
    }
    crate::timing::mark(crate::timing::TAKEN_OVER);
}

/// Which of `within`'s focusable elements has the focus, by its place among them.
fn focused_index(doc: &web_sys::Document, within: &web_sys::Element) -> Option<u32> {
    let active = doc.active_element()?;
    if !within.contains(Some(&active)) {
        return None;
    }
    let all = within.query_selector_all(FOCUSABLE).ok()?;
    (0..all.length()).find(|&i| all.item(i).is_some_and(|n| n.is_same_node(Some(&active))))
}

fn focus_nth(within: &web_sys::Element, i: u32) {
    let Some(el) = within
        .query_selector_all(FOCUSABLE)
        .ok()
        .and_then(|all| all.item(i))
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}
