//! A file dropped beside a drop zone would make the browser open it in place of the app and
//! lose the person's view: while the calling component is on the page, such drops are caught
//! and ignored.

use leptos::prelude::*;

pub fn use_stray_drops() {
    let over = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, |ev| ev.prevent_default());
    on_cleanup(move || {
        over.remove();
        drop.remove();
    });
}
