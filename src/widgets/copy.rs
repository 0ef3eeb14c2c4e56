//! Copying to the clipboard with a word on what happened: "Copy link" (the address of the
//! current view) and "Copy citation" (one claim, cited).

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// A button that copies `text()` and says, next to it, whether it did; `fallback` tells the
/// person where to find the text when the browser refuses.
#[component]
pub fn CopyButton(
    label: &'static str,
    done: &'static str,
    fallback: &'static str,
    text: Callback<(), Option<String>>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let status = RwSignal::new("");
    let copy = move |_| {
        let text = text.run(());
        leptos::task::spawn_local(async move {
            let copied = match text {
                Some(t) => write(&t).await,
                None => Err(()),
            };
            status.set(if copied.is_ok() { done } else { fallback });
        });
    };
    view! {
        <span class=format!("copy {class}")>
            <button type="button" on:click=copy>{label}</button>
            <span class="copy-status" role="status" aria-live="polite">{move || status.get()}</span>
        </span>
    }
}

/// "Copy link": the address of the current view.
#[component]
pub fn CopyLink() -> impl IntoView {
    let address = Callback::new(|()| crate::window().and_then(|w| w.location().href().ok()));
    view! {
        <CopyButton
            label="Copy link"
            done="Link copied."
            fallback="Could not copy: the address bar holds the link to this view."
            text=address
            class="copy-link"
        />
    }
}

async fn write(text: &str) -> Result<(), ()> {
    let window = crate::window().ok_or(())?;
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}
