//! Moving the keyboard focus, or the scroll, to an element once the render that makes it has
//! reached the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element with this id after the next frame (when the router's navigation and the
/// render it starts are on the page).
pub fn focus_after_render(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || {
        if let Some(el) = crate::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// After the next frame, scrolls to the element the address's `#…` names, when the name starts
/// with `prefix` (a link that opens on one part of a view).
pub fn scroll_to_hash_after_render(prefix: &'static str) {
    request_animation_frame(move || {
        let Some(window) = crate::window() else {
            return;
        };
        let hash = window.location().hash().unwrap_or_default();
        if let Some(id) = hash.strip_prefix('#').filter(|h| h.starts_with(prefix)) {
            if let Some(el) = window.document().and_then(|d| d.get_element_by_id(id)) {
                el.scroll_into_view();
            }
        }
    });
}
