//! The width of an element as the browser lays it out, observed from mount (a `ResizeObserver`):
//! reading it never forces a layout, and any change of the element's width (a window resize, a
//! panel opening) is seen.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{ResizeObserver, ResizeObserverEntry};

/// A signal with the content width of `el` in CSS pixels: `initial` until the browser has laid
/// it out, then each width it is laid out at (changes under a pixel are ignored).
pub fn use_element_width(el: NodeRef<Div>, initial: f64) -> ReadSignal<f64> {
    let (width, set_width) = signal(initial);
    type Observing = (ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);
    let observing: StoredValue<Option<Observing>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        let Some(node) = el.get() else { return };
        let seen = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            for entry in entries.iter() {
                let w = entry
                    .unchecked_into::<ResizeObserverEntry>()
                    .content_rect()
                    .width();
                if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
                    set_width.set(w);
                }
            }
        });
        if let Ok(observer) = ResizeObserver::new(seen.as_ref().unchecked_ref()) {
            observer.observe(&node);
            if let Some((old, _)) = observing
                .try_update_value(|o| o.replace((observer, seen)))
                .flatten()
            {
                old.disconnect();
            }
        }
    });
    on_cleanup(move || {
        if let Some((observer, _)) = observing.try_update_value(Option::take).flatten() {
            observer.disconnect();
        }
    });
    width
}
