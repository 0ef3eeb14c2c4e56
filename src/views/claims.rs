//! The Claims view: facets with counts, a search with highlights, and the filtered list. On a
//! narrow screen the facets wait behind a "Filters" button, in a panel (a modal `<dialog>`),
//! so that the list starts on the first screen; the search and the count stay above the list.

use crate::ctx::{Ctx, Nav, Step};
use crate::hooks::{focus_search, use_media_query, NARROW};
use crate::widgets::claim_card::{claim_card, Detail};
use crate::widgets::export::ExportButtons;
use claimscope_core::index::parse_query;
use claimscope_core::state::Sort;
use claimscope_core::text::count;
use claimscope_core::views::claims::{result_count, suggestions};
use claimscope_core::views::facet_list::{self, Extent};
use claimscope_core::{corpus::Facet, state::ViewState};
use leptos::prelude::*;

/// Claims rendered at once; more on request, so a large corpus never means a huge page.
const PAGE: usize = 20;

#[component]
pub fn ClaimsView(ctx: Ctx) -> impl IntoView {
    let nav = ctx.nav;
    let result = ctx.result;
    let shown = RwSignal::new(PAGE);
    // A new result starts again at the first page (without drawing the list a second time when
    // it is already there).
    Effect::new(move |_| {
        result.track();
        if shown.get_untracked() != PAGE {
            shown.set(PAGE);
        }
    });
    let total = ctx.corpus.claims.len();
    let matching = move || result.with(|r| r.claims.len());

    let list = {
        let corpus = ctx.corpus.clone();
        move || {
            let query = nav.with(|s| parse_query(&s.q));
            let query = (!query.is_empty()).then_some(query);
            result.with(|r| {
                r.claims
                    .iter()
                    .take(shown.get())
                    .map(|&i| {
                        let c = &corpus.claims[i as usize];
                        view! { <li>{claim_card(&corpus, c, Detail::Full, query.as_ref())}</li> }
                    })
                    .collect_view()
            })
        }
    };

    let narrow = use_media_query(NARROW);
    let controls = {
        let ctx = ctx.clone();
        move || {
            let ctx = ctx.clone();
            if narrow.get() {
                view! {
                    <div class="claims-controls">
                        <SearchBox ctx=ctx.clone() />
                        <FiltersPanel ctx=ctx />
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <aside class="facets" aria-label="Filters">
                        <SearchBox ctx=ctx.clone() />
                        <FacetGroups ctx=ctx />
                    </aside>
                }
                .into_any()
            }
        }
    };

    view! {
        <div class="claims-view">
            {controls}
            <section class="results" aria-labelledby="results-heading">
                <div class="results-head">
                    <h2 id="results-heading">"Claims"</h2>
                    <p class="result-count" role="status" aria-live="polite">
                        {move || result_count(matching(), total)}
                    </p>
                    <SortControl nav=nav />
                    <ExportButtons ctx=ctx.clone() />
                    <Show when=move || nav.with(ViewState::has_filters)>
                        <button type="button" class="clear-all" on:click=move |_| nav.update(Step::Push, ViewState::clear_filters)>
                            "Clear all filters"
                        </button>
                    </Show>
                </div>
                <Show when=move || matching() == 0>
                    <EmptyState ctx=ctx.clone() />
                </Show>
                <ol class="claim-list">{list}</ol>
                <Show when=move || { matching() > shown.get() }>
                    <button type="button" class="more" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || format!("Show {} more", (matching() - shown.get()).min(PAGE))}
                    </button>
                </Show>
            </section>
        </div>
    }
}

/// The order of the list: best match (the default while searching), date or article (the
/// default otherwise); in the link as `sort=`.
#[component]
fn SortControl(nav: Nav) -> impl IntoView {
    let current = move || {
        nav.with(|s| {
            s.sort.unwrap_or(if s.q.trim().is_empty() {
                Sort::Article
            } else {
                Sort::Relevance
            })
        })
    };
    let choose = move |ev: leptos::ev::Event| {
        if let Some(sort) = Sort::parse(&event_target_value(&ev)) {
            nav.update(Step::Push, |s| s.sort = Some(sort));
        }
    };
    view! {
        <label class="sort">
            "Order "
            <select on:change=choose>
                {Sort::ALL
                    .into_iter()
                    .map(|o| {
                        let label = match o {
                            Sort::Relevance => "Best match",
                            other => other.label(),
                        };
                        view! { <option value=o.as_str() selected=move || current() == o>{label}</option> }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

#[component]
fn FacetGroups(ctx: Ctx) -> impl IntoView {
    Facet::ALL
        .into_iter()
        .map(|f| view! { <FacetGroup ctx=ctx.clone() facet=f /> })
        .collect_view()
}

/// "Filters (2)": opens the facets in a modal panel; "Show 12 claims" closes it. Every choice in
/// it goes to the link at once, as beside the list.
#[component]
fn FiltersPanel(ctx: Ctx) -> impl IntoView {
    let nav = ctx.nav;
    let result = ctx.result;
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let label = move || match nav.with(ViewState::selections) {
        0 => "Filters".to_owned(),
        n => format!("Filters ({n})"),
    };
    let open = move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let matching = move || result.with(|r| r.claims.len());
    view! {
        <button type="button" class="filters-open" aria-haspopup="dialog" on:click=open>{label}</button>
        <dialog node_ref=dialog class="filters-panel" aria-labelledby="filters-heading">
            <h2 id="filters-heading">"Filters"</h2>
            <div class="filters-body">
                <FacetGroups ctx=ctx.clone() />
            </div>
            <div class="filters-foot">
                <Show when=move || nav.with(|s| s.selections() > 0)>
                    <button type="button" on:click=move |_| nav.update(Step::Push, |s| {
                        for f in Facet::ALL {
                            s.clear_facet(f);
                        }
                    })>"Clear filters"</button>
                </Show>
                <button type="button" class="filters-done" on:click=close>
                    {move || format!("Show {}", count(matching(), "claim"))}
                </button>
            </div>
        </dialog>
    }
}

#[component]
fn SearchBox(ctx: Ctx) -> impl IntoView {
    let nav = ctx.nav;
    view! {
        <div class="search" role="search">
            <label for="search">"Search quotes and articles"</label>
            <input
                id="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-help"
                prop:value=move || nav.with(|s| s.q.clone())
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    nav.update(Step::Replace, |s| s.q = q);
                }
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        nav.update(Step::Replace, |s| s.q.clear());
                        focus_search();
                    }
                }
            />
            <p id="search-help" class="hint">"All words must match; \"a phrase\" stays together. Press / to search, Esc to clear."</p>
        </div>
    }
}

#[component]
fn FacetGroup(ctx: Ctx, facet: Facet) -> impl IntoView {
    let nav = ctx.nav;
    let result = ctx.result;
    let extent = RwSignal::new(Extent::Collapsed);
    // The rows to show, how many are hidden, and whether the facet is long enough to collapse.
    let shown = Memo::new(move |_| {
        result.with(|r| {
            nav.with(|s| {
                let shown = facet_list::shown(&r.counts, facet, s, extent.get());
                let rows = shown
                    .rows
                    .iter()
                    .map(|e| {
                        (
                            e.id.to_owned(),
                            e.label.to_owned(),
                            e.detail.to_owned(),
                            e.count,
                        )
                    })
                    .collect::<Vec<_>>();
                (rows, shown.hidden, shown.long)
            })
        })
    });
    let more = move || {
        let (rows, hidden, long) = shown.get();
        if !long {
            return None;
        }
        let plural = facet.plural();
        let (label, next) = match extent.get() {
            Extent::Collapsed => (
                format!("Show all {} {plural}", rows.len() + hidden),
                Extent::Expanded(facet_list::PAGE),
            ),
            Extent::Expanded(n) if hidden > 0 => (
                format!("Show {} more", hidden.min(facet_list::PAGE)),
                Extent::Expanded(n + facet_list::PAGE),
            ),
            Extent::Expanded(_) => (format!("Show fewer {plural}"), Extent::Collapsed),
        };
        Some(view! {
            <button type="button" class="facet-more" on:click=move |_| extent.set(next)>{label}</button>
        })
    };
    view! {
        <fieldset class="facet" data-facet=facet.param()>
            <legend>{facet.label()}</legend>
            <For
                each=move || shown.get().0
                key=|(id, _, _, _)| id.clone()
                children=move |(id, label, detail, _)| {
                    // The row stays; only its count changes with the filters.
                    let count = {
                        let id = id.clone();
                        Memo::new(move |_| {
                            shown.with(|(rows, _, _)| {
                                rows.iter().find(|r| r.0 == id).map_or(0, |r| r.3)
                            })
                        })
                    };
                    let checked = {
                        let id = id.clone();
                        move || nav.with(|s| s.is_selected(facet, &id))
                    };
                    let toggle = {
                        let id = id.clone();
                        move |_| nav.update(Step::Push, |s| {
                            s.toggle(facet, &id);
                        })
                    };
                    view! {
                        <label class="facet-value" class:zero=move || count.get() == 0 title=detail data-value=id.clone()>
                            <input type="checkbox" prop:checked=checked on:change=toggle />
                            <span class="facet-label">{label}</span>
                            <span class="count" aria-label=move || format!("{} claims", count.get())>{count}</span>
                        </label>
                    }
                }
            />
            {more}
        </fieldset>
    }
}

/// No claim matches: say which filter to drop, and how many claims that would bring back
/// (`claimscope_core::views::claims::suggestions`).
#[component]
fn EmptyState(ctx: Ctx) -> impl IntoView {
    let nav = ctx.nav;
    view! {
        <div class="empty" role="note">
            <p><strong>"No claim matches all of these filters."</strong></p>
            <ul>
                {move || suggestions(&ctx.index, &nav.state()).into_iter().map(|s| {
                    let without = s.without;
                    view! {
                        <li>
                            <button type="button" on:click=move |_| nav.set(&without, Step::Push)>
                                {format!("Drop {}", s.what)}
                            </button>
                            {format!(" — {} would match", count(s.count, "claim"))}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
