//! The explorer: one page around the views of a loaded corpus (sources, tabs, copy link, link
//! notices), switched without reloading.

use crate::ctx::{Ctx, Nav};
use crate::hooks::{use_in_parts, use_media_query, use_search_shortcut, NARROW};
use crate::views;
use crate::widgets::copy::CopyLink;
use crate::widgets::edit_notice::EditNotice;
use crate::widgets::notices::LinkNotice;
use claimscope_core::corpus::long_date;
use claimscope_core::corpus::Corpus;
use claimscope_core::index::CorpusIndex;
use claimscope_core::library;
use claimscope_core::state;
use claimscope_core::state::View;
use leptos::prelude::*;
use std::sync::Arc;

/// Claims added to the search index between two looks at the clock.
const PART_CLAIMS: usize = 256;

/// Builds the search index a part at a time, so a person's clicks and keys are answered between
/// the parts (a search before the end builds the rest at once). Stops for a corpus already
/// left: then only this closure still holds its index.
fn build_search_index_in_parts(index: Arc<CorpusIndex>) {
    use_in_parts(move || {
        if Arc::strong_count(&index) == 1 {
            return true;
        }
        let ready = index.prepare_text_part(PART_CLAIMS);
        if ready {
            crate::timing::mark(crate::timing::SEARCH_READY);
        }
        ready
    });
}

#[component]
pub fn Explorer(corpus: Arc<Corpus>) -> impl IntoView {
    // The facets now; the text once the first view is painted (or at the first search, if
    // that comes sooner): a large corpus's first view does not wait for its search index.
    let index = Arc::new(CorpusIndex::deferred(corpus.clone()));
    crate::timing::mark(crate::timing::INDEXED);
    if !cfg!(feature = "ssr") {
        let index = index.clone();
        request_animation_frame(move || {
            crate::timing::mark(crate::timing::TEXT_INDEX_START);
            build_search_index_in_parts(index);
        });
    }
    let nav = Nav::new(corpus.clone());
    let ctx = Ctx::new(corpus.clone(), index, nav);
    // For the widgets deep in a view that act on the corpus (the claim editor).
    provide_context(ctx.clone());

    // The document title names the view and its filters.
    {
        let corpus = corpus.clone();
        Effect::new(move |_| {
            let title = nav.with(|s| state::title(s, Some(&corpus)));
            if let Some(doc) = crate::window().and_then(|w| w.document()) {
                doc.set_title(&title);
            }
        });
    }
    use_search_shortcut(nav);

    let view_now = Memo::new(move |_| nav.with(|s| s.view));
    view! {
        <LinkNotice nav=nav />
        <EditNotice corpus=corpus.clone() />
        <Sources corpus=corpus.clone() />
        <div class="explorer-bar">
            <nav class="tabs" aria-label="Views">
                {View::ALL.into_iter().map(|v| view! { <ViewTab nav=nav view=v /> }).collect_view()}
            </nav>
            <CopyLink />
        </div>
        {move || {
            let ctx = ctx.clone();
            match view_now.get() {
                View::Compare => view! { <views::compare::CompareView ctx=ctx /> }.into_any(),
                View::Claims => view! { <views::claims::ClaimsView ctx=ctx /> }.into_any(),
                View::Read => view! { <views::read::ReadView ctx=ctx /> }.into_any(),
                View::Timeline => view! { <views::timeline::TimelineView ctx=ctx /> }.into_any(),
                View::Library => view! { <views::library::LibraryView ctx=ctx /> }.into_any(),
            }
        }}
    }
}

/// The articles the corpus holds: headline, outlet and date, each opening the reader. On a narrow
/// screen they fold into one line ("2 articles"), so the view's content comes first.
#[component]
fn Sources(corpus: Arc<Corpus>) -> impl IntoView {
    // Rendered at build time, the window's width is unknown: both, and the stylesheet shows the
    // one that fits (`.sources-wide`, `.sources-narrow`), as the program would have chosen.
    if cfg!(feature = "ssr") {
        return view! {
            <SourcesWide corpus=corpus.clone() />
            <SourcesNarrow corpus=corpus heading_id=None />
        }
        .into_any();
    }
    let narrow = use_media_query(NARROW);
    (move || {
        let corpus = corpus.clone();
        if narrow.get() {
            view! { <SourcesNarrow corpus=corpus heading_id=Some(SOURCES_HEADING) /> }.into_any()
        } else {
            view! { <SourcesWide corpus=corpus /> }.into_any()
        }
    })
    .into_any()
}

const SOURCES_HEADING: &str = "sources-heading";

#[component]
fn SourcesNarrow(corpus: Arc<Corpus>, heading_id: Option<&'static str>) -> impl IntoView {
    let total = corpus.articles.len();
    view! {
        <details class="sources sources-narrow">
            <summary><h2 id=heading_id>{claimscope_core::text::count(total, "article")}</h2></summary>
            <p class="corpus-name">{library::display_title(&corpus)}</p>
            <SourcesList corpus=corpus />
        </details>
    }
}

#[component]
fn SourcesWide(corpus: Arc<Corpus>) -> impl IntoView {
    view! {
        <section class="sources sources-wide" aria-labelledby=SOURCES_HEADING>
            <SourcesHead corpus=corpus.clone() />
            <SourcesList corpus=corpus />
        </section>
    }
}

#[component]
fn SourcesHead(corpus: Arc<Corpus>) -> impl IntoView {
    view! {
        <p class="corpus-name">
            {library::display_title(&corpus)}
            {(corpus.id != claimscope_core::corpus::BUNDLED_ID).then_some(" · kept in this browser")}
        </p>
        <h2 id=SOURCES_HEADING>{claimscope_core::text::count(corpus.articles.len(), "article")}</h2>
    }
}

#[component]
fn SourcesList(corpus: Arc<Corpus>) -> impl IntoView {
    const SHOWN: usize = 6;
    let total = corpus.articles.len();
    let items = corpus
        .articles
        .iter()
        .take(SHOWN)
        .map(|a| {
            view! {
                <li class="article" data-article-id=a.id.clone()>
                    <a class="article-title" href=crate::ctx::read_href(&corpus.id, &a.id, None)>{a.title.clone()}</a>
                    <span class="article-meta">
                        <span class="outlet">{a.outlet.clone()}</span>
                        " · "
                        <time datetime=a.published.clone()>{long_date(&a.published)}</time>
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="articles">{items}</ul>
        {(total > SHOWN).then(|| view! { <p class="more-sources">{format!("and {} more, in the Read view", total - SHOWN)}</p> })}
    }
}

/// A link to one view, keeping every filter; the router turns the click into a navigation.
#[component]
fn ViewTab(nav: Nav, view: View) -> impl IntoView {
    let href = move || nav.with(|s| state::href(&s.with_view(view)));
    let current = move || nav.with(|s| s.view == view).then_some("page");
    view! {
        <a class="tab" href=href aria-current=current>{view.label()}</a>
    }
}
