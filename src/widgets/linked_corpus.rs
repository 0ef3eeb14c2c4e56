//! A link that names a corpus published elsewhere (`src=https://…`), which this browser does not
//! hold: the person is asked first, and nothing leaves the page's origin until they say yes. On
//! yes the corpus is downloaded (within the same size limit and checks as an import), kept, and
//! opened in the link's view; on no, or when it fails, the articles that come with Claimscope
//! are a click away and the failure is said in plain words.

use crate::keep::Keeper;
use crate::load;
use claimscope_core::library;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[component]
pub fn LinkedCorpus(src: String, bundled_href: String) -> impl IntoView {
    let keeper = Keeper::new();
    let busy = RwSignal::new(false);
    let failed: RwSignal<Option<String>> = RwSignal::new(None);
    let question = library::src_question(&src);
    let shown_src = src.clone();
    let open = move |_| {
        busy.set(true);
        failed.set(None);
        let src = src.clone();
        let keeper = keeper.clone();
        spawn_local(async move {
            let outcome = match load::fetch_linked(&src, &|_, _| {}).await {
                Ok((corpus, text)) => keeper
                    .keep_linked(Arc::new(corpus), &text, &src)
                    .await
                    .map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            };
            if let Err(why) = outcome {
                failed.set(Some(why));
            }
            busy.set(false);
        });
    };
    view! {
        <section class="linked-corpus" aria-labelledby="linked-heading">
            <h2 id="linked-heading">"A corpus published elsewhere"</h2>
            <p>{question}</p>
            <p class="src"><code>{shown_src}</code></p>
            <p class="actions">
                <button type="button" class="open-linked" on:click=open disabled=move || busy.get()>
                    {move || if busy.get() { "Downloading…" } else { "Open it" }}
                </button>
                <a class="button" href=bundled_href>"No, open the articles that come with Claimscope"</a>
            </p>
            {move || failed.get().map(|why| view! { <p class="load-error" role="alert">{why}</p> })}
        </section>
    }
}
