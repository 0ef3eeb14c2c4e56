//! `/` focuses the search from anywhere on the page (opening the Claims view if needed).

use super::focus_after_render;
use crate::ctx::{Nav, Step};
use claimscope_core::state::View;
use leptos::prelude::*;

/// `/` focuses the search (opening the claims view if needed); `Esc` in the search clears it.
pub fn use_search_shortcut(nav: Nav) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing {
            return;
        }
        ev.prevent_default();
        if nav.with_untracked(|s| s.view) != View::Claims {
            nav.update(Step::Push, |s| s.view = View::Claims);
        }
        focus_search();
    });
    on_cleanup(move || handle.remove());
}

/// Focuses the search box once it is on the page.
pub fn focus_search() {
    focus_after_render("search");
}
