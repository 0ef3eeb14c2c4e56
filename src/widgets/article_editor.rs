//! Editing an article's details (outlet, title, date, address) in the reader's header, for a
//! kept corpus. The text stays as kept, so every quote stays verbatim; the details are checked
//! like an import's (a real date, a web address).

use crate::ctx::Ctx;
use crate::curate::{editable, Curator};
use claimscope_core::edit::{edit_article, meta_of, ArticleMeta};
use leptos::prelude::*;

#[component]
pub fn ArticleEditor(article_id: String) -> impl IntoView {
    let Some(ctx) = use_context::<Ctx>() else {
        return ().into_any();
    };
    let corpus = ctx.corpus.clone();
    let Some(article) = corpus.article(&article_id).filter(|_| editable()) else {
        return ().into_any();
    };
    let meta = RwSignal::new(meta_of(article));
    let open = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let curator = Curator::new();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let outcome = edit_article(&corpus, &article_id, meta.get_untracked());
        leptos::task::spawn_local(async move {
            if let Err(why) = curator.keep(outcome).await {
                error.set(Some(why));
            }
        });
    };
    let field = |id: &'static str,
                 label: &'static str,
                 get: fn(&ArticleMeta) -> String,
                 set: fn(&mut ArticleMeta, String)| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    prop:value=move || meta.with(get)
                    on:input=move |ev| meta.update(|m| set(m, event_target_value(&ev)))
                />
            </div>
        }
    };
    view! {
        <div class="article-edit">
            <button type="button" class="edit-article" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                "Edit details"
            </button>
            <form class="article-form" on:submit=save hidden=move || !open.get() aria-label="Edit the article's details">
                {field("article-outlet", "Outlet", |m| m.outlet.clone(), |m, v| m.outlet = v)}
                {field("article-title", "Title", |m| m.title.clone(), |m, v| m.title = v)}
                {field("article-published", "Published (YYYY-MM-DD or YYYY-MM)", |m| m.published.clone(), |m, v| m.published = v)}
                {field("article-url", "Address", |m| m.url.clone(), |m, v| m.url = v)}
                {move || error.get().map(|e| view! { <p class="edit-error" role="alert">{e}</p> })}
                <div class="form-actions">
                    <button type="submit" class="primary">"Save"</button>
                    <button type="button" on:click=move |_| open.set(false)>"Cancel"</button>
                </div>
            </form>
        </div>
    }
    .into_any()
}
