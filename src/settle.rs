//! Promises whose outcome does not matter to the page (a service worker's update check, a
//! request to persist storage, cancelling a download) still must not reject unhandled: the
//! browser would report an error for every one. [`settle`] awaits such a promise and drops its
//! outcome, so that no promise in the app is ever left without a handler.

use wasm_bindgen_futures::{spawn_local, JsFuture};

/// Awaits `promise` in the background and ignores whether it resolves or rejects.
pub fn settle(promise: js_sys::Promise) {
    spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}
