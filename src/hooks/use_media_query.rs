//! Whether a CSS media query matches, kept up to date as the window changes (a phone turned, a
//! window narrowed), for a layout that CSS alone cannot switch (a list folded into a disclosure,
//! facets moved into a panel).

use leptos::prelude::*;

/// The layout for phones and narrow windows: below 40rem, as `style/phone.css` has it.
pub const NARROW: &str = "(max-width: 40rem)";

/// A signal that holds whether `query` matches, read again on every resize of the window; false
/// where the browser cannot tell.
pub fn use_media_query(query: &'static str) -> Signal<bool> {
    let matches = RwSignal::new(matches_now(query));
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        let now = matches_now(query);
        if now != matches.get_untracked() {
            matches.set(now);
        }
    });
    on_cleanup(move || resize.remove());
    matches.into()
}

fn matches_now(query: &str) -> bool {
    crate::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|list| list.matches())
}
