//! The width of an element, measured when it is mounted and on every resize of the window.

use leptos::html::Div;
use leptos::prelude::*;

/// A signal with the width of `el` in CSS pixels: `initial` until it is on the page, then
/// measured on mount and on every window resize (changes under a pixel are ignored).
pub fn use_element_width(el: NodeRef<Div>, initial: f64) -> ReadSignal<f64> {
    let (width, set_width) = signal(initial);
    let measure = move || {
        if let Some(el) = el.get_untracked() {
            let w = f64::from(el.client_width());
            if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
                set_width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if el.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    width
}
