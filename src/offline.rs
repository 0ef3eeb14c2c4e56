//! Working offline: the service worker's registration, the "new version" notice, and the
//! offline indicator.
//!
//! The service worker (`sw.js`, written by `cargo xtask pwa` for release builds) serves every file
//! of the build it came with. A new deployment installs beside it and waits; the open page keeps
//! running on its version and offers a reload, which lets the new worker take over and then
//! loads the new version whole.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The offline indicator and the update notice.
#[component]
pub fn AppStatus() -> impl IntoView {
    let online = RwSignal::new(navigator_online());
    // Rendered at build time there is no connection to watch.
    if !cfg!(feature = "ssr") {
        let on_online = window_event_listener_untyped("online", move |_| online.set(true));
        let on_offline = window_event_listener_untyped("offline", move |_| online.set(false));
        on_cleanup(move || {
            on_online.remove();
            on_offline.remove();
        });
    }

    let waiting = RwSignal::new_local(None::<web_sys::ServiceWorker>);
    // Development builds (`trunk serve`) never register a worker, so they are never stale.
    if !cfg!(debug_assertions) && !cfg!(feature = "ssr") {
        request_animation_frame(move || {
            leptos::task::spawn_local(register(waiting));
        });
    }
    let reload = move |_| {
        if let Some(worker) = waiting.get_untracked() {
            // The page reloads once the new worker controls it (see `register`).
            let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
        } else {
            reload_page();
        }
    };

    view! {
        <Show when=move || !online.get()>
            <p class="offline" role="status">"Offline: everything works from this device except copying links to the clipboard."</p>
        </Show>
        <Show when=move || waiting.with(Option::is_some)>
            <div class="update" role="alert">
                "A new version is available — "
                <button type="button" on:click=reload>"Reload"</button>
            </div>
        </Show>
    }
}

fn navigator_online() -> bool {
    crate::window().is_none_or(|w| w.navigator().on_line())
}

fn reload_page() {
    if let Some(w) = crate::window() {
        let _ = w.location().reload();
    }
}

/// Registers `sw.js` next to the page and watches for a waiting new version.
async fn register(waiting: RwSignal<Option<web_sys::ServiceWorker>, LocalStorage>) {
    let Some(window) = crate::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let Ok(reg) = JsFuture::from(container.register("sw.js")).await else {
        return;
    };
    let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
    // Only a page already controlled by a worker has an older version to replace.
    let controlled = container.controller().is_some();
    if !controlled {
        return;
    }
    let on_change = Closure::<dyn FnMut()>::new(reload_page);
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();

    let watched = reg.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = watched.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == web_sys::ServiceWorkerState::Installed {
                waiting.set(Some(worker.clone()));
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
    // A version that finished installing before the handler was set is already waiting.
    if let Some(w) = reg.waiting() {
        waiting.set(Some(w));
    }
    // Look for a new deployment now, not only at the browser's next check. Unreachable server
    // (offline, or the host down): the check fails, and the page goes on with what it has.
    if let Ok(check) = reg.update() {
        crate::settle::settle(check);
    }
}
