//! "Copy link": copies the address of the current view and says whether it did.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[component]
pub fn CopyLink() -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        leptos::task::spawn_local(async move {
            let message = match copy_current_address().await {
                Ok(()) => "Link copied.".to_owned(),
                Err(()) => {
                    "Could not copy: the address bar holds the link to this view.".to_owned()
                }
            };
            status.set(message);
        });
    };
    view! {
        <div class="copy-link">
            <button type="button" on:click=copy>"Copy link"</button>
            <span class="copy-status" role="status" aria-live="polite">{move || status.get()}</span>
        </div>
    }
}

async fn copy_current_address() -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let href = window.location().href().map_err(|_| ())?;
    let promise = window.navigator().clipboard().write_text(&href);
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}
