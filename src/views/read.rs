//! The Read view: one article as the outlet published it, each claim's words highlighted in its
//! side's colour and named by a side label, and the selected claim's card beside the text.
//!
//! What to draw comes from the pure model `claimscope_core::views::read` (which article opens,
//! each paragraph cut into highlighted parts, the counts and sentences); this file only renders
//! it and sends intents. Page chrome and the credit line are set aside in a collapsed
//! `<details>`. Corpus text is always inserted as text, never as HTML.

mod dom;

use crate::ctx::{Ctx, Nav, Step};
use crate::hooks::{use_media_query, NARROW};
use crate::widgets::article_editor::ArticleEditor;
use crate::widgets::claim_card::{claim_card, read_href, Detail};
use claimscope_core::corpus::long_date;
use claimscope_core::corpus::{Article, Claim, Corpus, ParagraphKind};
use claimscope_core::index::{parse_query, Query};
use claimscope_core::state;
use claimscope_core::views::article_picker;
use claimscope_core::views::read::{
    self as model, Address, Header, Key as KeyModel, Para, Part, Piece, Search, Text,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

/// The id of the element holding the selected claim's card.
const PANEL_ID: &str = "read-panel";

#[component]
pub fn ReadView(ctx: Ctx) -> impl IntoView {
    let nav = ctx.nav;
    let corpus = ctx.corpus.clone();
    let hash = use_location().hash;
    let article = {
        let corpus = corpus.clone();
        Memo::new(move |_| nav.with(|s| model::open_article(&corpus, s)))
    };
    let selected = Memo::new(move |_| nav.with(|s| s.claim.clone()));
    let q = Memo::new(move |_| nav.with(|s| s.q.clone()));
    let target = Memo::new(move |_| hash.with(|h| event_in_hash(h)));

    // Once the text is on the page: bring the selected claim (or the event the link names) into
    // view and focus it. A claim opened from a link is centred; later ones only scrolled to.
    Effect::new(move |prev: Option<()>| {
        let claim = selected.get();
        let event = target.get();
        article.track();
        let first = prev.is_none();
        request_animation_frame(move || bring_into_view(claim.as_deref(), event.as_deref(), first));
    });

    let cx = Cx {
        corpus: corpus.clone(),
        nav,
        selected,
        target,
    };
    let narrow = use_media_query(NARROW);
    let body = move || {
        let Some(ix) = article.get() else {
            return view! { <p class="read-empty">"This corpus has no articles to read."</p> }
                .into_any();
        };
        let a = &cx.corpus.articles[ix];
        let cx2 = cx.clone();
        let id = a.id.clone();
        let text = move || {
            let query = parse_query(&q.get());
            let a = &cx2.corpus.articles[ix];
            article_text(&cx2, a, &query)
        };
        view! {
            <div class="read-layout">
                <article class="read-article" data-article-id=a.id.clone() aria-labelledby="read-headline">
                    {
                        let corpus = cx.corpus.clone();
                        move || article_header(&corpus.articles[ix], narrow.get())
                    }
                    <Key cx=cx.clone() article=ix q=q />
                    {text}
                </article>
                <Panel cx=cx.clone() article_id=id q=q />
            </div>
        }
        .into_any()
    };

    view! {
        <div class="read-view">
            <Picker corpus=corpus.clone() nav=nav article=article />
            {body}
        </div>
    }
}

/// What the pieces of the text need to draw themselves.
#[derive(Clone)]
struct Cx {
    corpus: Arc<Corpus>,
    nav: Nav,
    selected: Memo<Option<String>>,
    /// The event the address's `#event-<id>` names.
    target: Memo<Option<String>>,
}

/// The event id in a fragment `#event-<id>` (percent-decoded).
fn event_in_hash(hash: &str) -> Option<String> {
    let id = hash
        .strip_prefix('#')
        .unwrap_or(hash)
        .strip_prefix("event-")?;
    let id = js_sys::decode_uri_component(id)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| id.to_owned());
    (!id.is_empty()).then_some(id)
}

fn bring_into_view(claim: Option<&str>, event: Option<&str>, first: bool) {
    if let Some(id) = claim {
        if let Some(el) = dom::find_by_attr("[data-claim-head]", "data-claim-head", id) {
            if !dom::is_focused(&el) {
                dom::reveal(&el, first, true);
            }
            return;
        }
    }
    if let Some(id) = event {
        if let Some(el) = dom::by_id(&format!("event-{id}")) {
            let focusable = el.has_attribute("tabindex");
            dom::reveal(&el, true, focusable);
        }
    }
}

/// Focuses a claim's highlight (after the panel closes, say).
fn focus_claim(id: String) {
    request_animation_frame(move || {
        if let Some(el) = dom::find_by_attr("[data-claim-head]", "data-claim-head", &id) {
            dom::reveal(&el, false, true);
        }
    });
}

/// The articles of the corpus; choosing one opens it (a new history entry). Of many articles, a
/// filter box narrows the list, which never holds more than a page. On a narrow screen the list
/// folds into one line, so the article's text comes first.
#[component]
fn Picker(corpus: Arc<Corpus>, nav: Nav, article: Memo<Option<usize>>) -> impl IntoView {
    if corpus.articles.len() < 2 {
        return ().into_any();
    }
    let filter = RwSignal::new(String::new());
    let with_box = article_picker::needs_filter(&corpus);
    let picked = {
        let corpus = corpus.clone();
        Memo::new(move |_| filter.with(|q| article_picker::pick(&corpus, q, article.get())))
    };
    let items = {
        let corpus = corpus.clone();
        move || {
            picked
                .get()
                .articles
                .into_iter()
                .map(|i| picker_item(&corpus, nav, article, i))
                .collect_view()
        }
    };
    let total = corpus.articles.len();
    let narrow = use_media_query(NARROW);
    let list = move || {
        view! {
        <nav class="read-picker" aria-label="Choose an article">
            {with_box.then(|| view! {
                <label class="picker-filter">
                    {format!("Find one of the {total} articles")}
                    <input
                        type="search"
                        autocomplete="off"
                        placeholder="headline, outlet or date"
                        prop:value=move || filter.get()
                        on:input=move |ev| filter.set(event_target_value(&ev))
                    />
                </label>
                <p class="hint" role="status">
                    {move || model::picker_hint(&picked.get())}
                </p>
            })}
            <ul>{items.clone()}</ul>
        </nav>
        }
    };
    let folded = move || {
        if narrow.get() {
            view! {
                <details class="read-picker-fold">
                    <summary>{format!("Choose one of the {total} articles")}</summary>
                    {list()}
                </details>
            }
            .into_any()
        } else {
            list().into_any()
        }
    };
    folded.into_any()
}

fn picker_item(corpus: &Corpus, nav: Nav, article: Memo<Option<usize>>, i: usize) -> AnyView {
    let a = &corpus.articles[i];
    let id = a.id.clone();
    let href = move || nav.with(|s| state::href(&s.open_article(&id)));
    let current = move || (article.get() == Some(i)).then_some("true");
    view! {
        <li>
            <a href=href aria-current=current data-article-id=a.id.clone()>
                <span class="picker-title">{a.title.clone()}</span>
                <span class="picker-meta">{format!("{} · {}", a.outlet, long_date(&a.published))}</span>
            </a>
        </li>
    }
    .into_any()
}

/// Marks a metadata value that comes from outside the article's text.
fn outside_mark(on: bool) -> impl IntoView {
    on.then(|| {
        view! {
            <span class="ext-mark" aria-hidden="true">"*"</span>
            <span class="vh">" (from outside the article’s text)"</span>
        }
    })
}

/// Headline, outlet, date and address, saying which of them the text itself does not give; on a
/// narrow screen the note on where they come from folds into one line.
fn article_header(a: &Article, narrow: bool) -> impl IntoView {
    let h = Header::new(a);
    // Only an http(s) address becomes a link; anything else is shown as text.
    let address = match h.address {
        Address::Link => view! {
            <a class="read-url" href=a.url.clone() rel="noopener noreferrer">{a.url.clone()}</a>
        }
        .into_any(),
        Address::Missing => view! { <span>"not given"</span> }.into_any(),
        Address::Text => view! { <span class="read-url">{a.url.clone()}</span> }.into_any(),
    };
    let note = h.outside_note.map(|what| {
        let note = view! {
            <p class="read-external">
                <span class="ext-mark" aria-hidden="true">"*"</span>" "{what}{a.external_source.clone()}
            </p>
        };
        if narrow {
            view! {
                <details class="read-external-fold">
                    <summary>"* Where these details come from"</summary>
                    {note}
                </details>
            }
            .into_any()
        } else {
            note.into_any()
        }
    });
    view! {
        <header class="read-head">
            <h2 id="read-headline">{a.title.clone()}{outside_mark(h.title_outside)}</h2>
            <dl class="read-meta">
                <div>
                    <dt>"Outlet"</dt>
                    <dd>{a.outlet.clone()}{outside_mark(h.outlet_outside)}</dd>
                </div>
                <div>
                    <dt>"Published"</dt>
                    <dd><time datetime=a.published.clone()>{long_date(&a.published)}</time>{outside_mark(h.published_outside)}</dd>
                </div>
                <div class="read-address">
                    <dt>"Address"</dt>
                    <dd>{address}{outside_mark(h.url_outside)}</dd>
                </div>
            </dl>
            {note}
            <ArticleEditor article_id=a.id.clone() />
        </header>
    }
}

/// Side colours and labels used in the text, and the search matches, with a way to clear them.
#[component]
fn Key(cx: Cx, article: usize, q: Memo<String>) -> impl IntoView {
    let key = KeyModel::new(&cx.corpus, &cx.corpus.articles[article]);
    let summary = key.summary();
    let none = summary.is_none();
    let nav = cx.nav;
    let search = {
        let corpus = cx.corpus.clone();
        move || Search::new(&corpus.articles[article], &q.get())
    };
    view! {
        <div class="read-key">
            {summary.map(|summary| view! {
                <p>
                    {summary}
                    {key.sides.iter().map(|s| view! {
                        <span class="key-item" data-side=s.id.to_owned()>
                            <span class="side-tag">{s.name.to_owned()}</span>" "{s.claims}
                        </span>
                    }).collect_view()}
                </p>
            })}
            {none.then(|| view! { <p>"No claim is recorded in this article."</p> })}
            {move || search().map(|s| view! {
                <p>
                    <mark class="hit">"Search matches"</mark>
                    {s.summary()}
                    <button type="button" class="clear-search" on:click=move |_| nav.update(Step::Push, |s| s.q.clear())>
                        "Clear the search"
                    </button>
                </p>
            })}
        </div>
    }
}

/// The article's paragraphs in order, claims highlighted; chrome and credit set aside.
fn article_text(cx: &Cx, a: &Article, query: &Query) -> AnyView {
    let t = Text::new(&cx.corpus, a, query);
    let text: Vec<AnyView> = t
        .paragraphs
        .iter()
        .map(|p| {
            let content = paragraph_content(cx, p);
            let id = p.paragraph.id.clone();
            match p.paragraph.kind {
                ParagraphKind::Subheading => {
                    view! { <h3 class="para subheading" data-paragraph-id=id>{content}</h3> }
                        .into_any()
                }
                ParagraphKind::Caption => view! {
                    <p class="para caption" data-paragraph-id=id>
                        <span class="para-kind">"Photo caption"</span>" "{content}
                    </p>
                }
                .into_any(),
                // Body: the text holds no other kind.
                _ => view! { <p class="para" data-paragraph-id=id>{content}</p> }.into_any(),
            }
        })
        .collect();
    let aside: Vec<AnyView> = t.set_aside.iter().map(|p| set_aside(cx, p)).collect();
    view! {
        <div class="read-text">{text}</div>
        {(!t.unplaced.is_empty()).then(|| unplaced_note(cx, &t))}
        {(!aside.is_empty()).then(|| view! {
            <details class="set-aside">
                <summary>{t.set_aside_summary()}</summary>
                <p class="hint">"What the saved page held besides the article: navigation, image placeholders, the outlet’s footer and the credit line."</p>
                <ul>{aside}</ul>
            </details>
        })}
    }
    .into_any()
}

fn set_aside(cx: &Cx, p: &Para) -> AnyView {
    let content = paragraph_content(cx, p);
    view! {
        <li class="para" data-kind=p.paragraph.kind.as_str() data-paragraph-id=p.paragraph.id.clone()>
            <span class="para-kind">{p.aside_label()}</span>" "{content}
        </li>
    }
    .into_any()
}

/// Claims of the article whose words could not be found where the corpus says.
fn unplaced_note(cx: &Cx, t: &Text) -> AnyView {
    let corpus = cx.corpus.clone();
    view! {
        <div class="read-unplaced" role="note">
            <p>{t.unplaced_summary()}</p>
            <ul>
                {t.unplaced.iter().map(|c| view! { <li>{claim_card(&corpus, c, Detail::Full, None)}</li> }).collect_view()}
            </ul>
        </div>
    }
    .into_any()
}

/// One paragraph's text as highlighted elements and plain text.
fn paragraph_content(cx: &Cx, p: &Para) -> Vec<AnyView> {
    p.parts
        .iter()
        .map(|part| match part {
            Part::Plain(piece) => piece_view(cx, piece),
            Part::Claim {
                claim,
                side,
                head,
                overlap,
                pieces,
            } => {
                let pieces = pieces.iter().map(|p| piece_view(cx, p)).collect();
                let overlap = overlap.map(|n| n.to_string());
                claim_span(cx, claim, side, *head, overlap, pieces)
            }
            Part::Label { claim, side } => orphan_tag(cx, claim, side),
        })
        .collect()
}

/// Selects a claim when clicked, or on Enter or Space.
fn select_handlers(
    nav: Nav,
    id: &str,
) -> (
    impl Fn(leptos::ev::MouseEvent) + Clone + 'static,
    impl Fn(leptos::ev::KeyboardEvent) + Clone + 'static,
) {
    let a = id.to_owned();
    let b = id.to_owned();
    let click = move |_: leptos::ev::MouseEvent| {
        let id = a.clone();
        nav.update(Step::Push, |s| s.claim = Some(id));
    };
    let key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            let id = b.clone();
            nav.update(Step::Push, |s| s.claim = Some(id));
        }
    };
    (click, key)
}

/// A highlighted stretch of a claim; its head carries the side label and the focus.
fn claim_span(
    cx: &Cx,
    c: &Claim,
    side: &str,
    head: bool,
    overlap: Option<String>,
    pieces: Vec<AnyView>,
) -> AnyView {
    let selected = cx.selected;
    let is_sel = {
        let id = c.id.clone();
        move || selected.with(|s| s.as_deref() == Some(id.as_str()))
    };
    let (click, key) = select_handlers(cx.nav, &c.id);
    if head {
        let current = {
            let is_sel = is_sel.clone();
            move || is_sel().then_some("true")
        };
        view! {
            <mark
                class="claim-span"
                class:selected=is_sel
                data-claim-id=c.id.clone()
                data-side=c.side.clone()
                data-claim-head=c.id.clone()
                data-overlap=overlap
                role="button"
                tabindex="0"
                aria-current=current
                aria-controls=PANEL_ID
                on:click=click
                on:keydown=key
            >
                <span class="side-tag">{side.to_owned()}<span class="vh">": "</span></span>
                {pieces}
            </mark>
        }
        .into_any()
    } else {
        view! {
            <mark
                class="claim-span"
                class:selected=is_sel
                data-claim-id=c.id.clone()
                data-side=c.side.clone()
                data-overlap=overlap
                on:click=click
            >
                {pieces}
            </mark>
        }
        .into_any()
    }
}

/// The side label of a claim whose words another claim covers exactly: it takes the focus.
fn orphan_tag(cx: &Cx, c: &Claim, side: &str) -> AnyView {
    let selected = cx.selected;
    let id = c.id.clone();
    let current = move || {
        selected
            .with(|s| s.as_deref() == Some(id.as_str()))
            .then_some("true")
    };
    let (click, key) = select_handlers(cx.nav, &c.id);
    view! {
        <span
            class="side-tag orphan"
            data-claim-id=c.id.clone()
            data-side=c.side.clone()
            data-claim-head=c.id.clone()
            role="button"
            tabindex="0"
            aria-label=format!("{side}: {}", c.quote)
            aria-current=current
            aria-controls=PANEL_ID
            on:click=click
            on:keydown=key
        >
            {side.to_owned()}
        </span>
    }
    .into_any()
}

/// A piece of text, inside its events (the first piece of each carries the id `event-<id>`) and
/// marked when it lies in a search match.
fn piece_view(cx: &Cx, p: &Piece) -> AnyView {
    let s = p.text.to_owned();
    let mut v = if p.hit {
        view! { <mark class="hit">{s}</mark> }.into_any()
    } else {
        s.into_any()
    };
    for m in p.events.iter().rev() {
        let e = m.event;
        let id = m.first.then(|| format!("event-{}", e.id));
        let when = m.first.then(|| long_date(&e.date));
        let tabindex = m.focusable.then_some("-1");
        let target = cx.target;
        let eid = e.id.clone();
        let targeted = move || target.with(|t| t.as_deref() == Some(eid.as_str()));
        v = view! {
            <span class="event-span" class:targeted=targeted data-event-id=e.id.clone() data-when=when id=id tabindex=tabindex>
                {v}
            </span>
        }
        .into_any();
    }
    v
}

/// The selected claim's card, or how to select one.
#[component]
fn Panel(cx: Cx, article_id: String, q: Memo<String>) -> impl IntoView {
    let selected = cx.selected;
    let nav = cx.nav;
    let has_claim = {
        let corpus = cx.corpus.clone();
        move || selected.with(|s| s.as_deref().and_then(|id| corpus.claim(id)).is_some())
    };
    let content = move || {
        let corpus = cx.corpus.clone();
        let claim = selected.with(|s| s.as_deref().and_then(|id| corpus.claim(id)).cloned());
        match claim {
            Some(c) => {
                let query = parse_query(&q.get());
                let query = (!query.is_empty()).then_some(query);
                let id = c.id.clone();
                let close = move |_| {
                    nav.update(Step::Push, |s| s.claim = None);
                    focus_claim(id.clone());
                };
                let elsewhere = (c.article != article_id).then(|| {
                    view! {
                        <p class="read-elsewhere">
                            "This claim is in another article. "
                            <a href=read_href(&corpus, &c)>"Read it there"</a>
                        </p>
                    }
                });
                view! {
                    <div class="panel-head">
                        <h3 id="read-panel-heading">"Selected claim"</h3>
                        <button type="button" class="panel-close" on:click=close>"Close"</button>
                    </div>
                    {elsewhere}
                    {claim_card(&corpus, &c, Detail::Full, query.as_ref())}
                }
                .into_any()
            }
            None => view! {
                <h3 id="read-panel-heading">"Claims in this article"</h3>
                <p class="hint">
                    "Select a highlighted passage (click it, or Tab to it and press Enter) to see who said it, for which side, on which points, and with what stance."
                </p>
            }
            .into_any(),
        }
    };
    view! {
        <aside id=PANEL_ID class="read-panel" class:has-claim=has_claim aria-labelledby="read-panel-heading">
            {content}
        </aside>
    }
}
