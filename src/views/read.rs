//! The Read view: one article as the outlet published it, each claim's words highlighted in its
//! side's colour and named by a side label, and the selected claim's card beside the text.
//!
//! Which article: the first in the `article` filter, else the focused claim's, else the first.
//! Page chrome and the credit line are set aside in a collapsed `<details>`. Corpus text is
//! always inserted as text, never as HTML.

mod dom;
mod spans;

use crate::ctx::{Ctx, Nav, Step};
use crate::widgets::claim_card::{claim_card, read_href, Detail};
use claimscope_core::corpus::long_date;
use claimscope_core::corpus::{Article, Claim, Corpus, Event, Paragraph, ParagraphKind};
use claimscope_core::index::{highlight, parse_query, Query};
use claimscope_core::state;
use claimscope_core::state::ViewState;
use claimscope_core::validate::is_web_address;
use claimscope_core::views::article_picker;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use spans::Layout;
use std::collections::HashMap;
use std::ops::Range;
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
        Memo::new(move |_| nav.with(|s| pick_article(&corpus, s)))
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
                    {article_header(a)}
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

impl Cx {
    fn side_name(&self, id: &str) -> String {
        self.corpus
            .side(id)
            .map_or_else(|| id.to_owned(), |s| s.name.clone())
    }
}

/// The article to show (see the module docs); `None` when the corpus has none.
fn pick_article(corpus: &Corpus, s: &ViewState) -> Option<usize> {
    let pos = |id: &str| corpus.articles.iter().position(|a| a.id == id);
    s.articles
        .iter()
        .find_map(|id| pos(id))
        .or_else(|| {
            s.claim
                .as_deref()
                .and_then(|c| corpus.claim(c))
                .and_then(|c| pos(&c.article))
        })
        .or((!corpus.articles.is_empty()).then_some(0))
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
/// filter box narrows the list, which never holds more than a page.
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
                    {move || {
                        let p = picked.get();
                        match p.matching {
                            0 => "No article matches.".to_owned(),
                            n if n > article_picker::LIMIT => {
                                format!("The first {} of {n} matching articles.", article_picker::LIMIT)
                            }
                            1 => "1 matching article.".to_owned(),
                            n => format!("{n} matching articles."),
                        }
                    }}
                </p>
            })}
            <ul>{items}</ul>
        </nav>
    }
    .into_any()
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

/// The words for a metadata field named in `Article::external`.
fn field_words(field: &str) -> &str {
    match field {
        "outlet" => "the outlet",
        "published" => "the date",
        "url" => "the address",
        "title" => "the headline",
        other => other,
    }
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
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

/// Headline, outlet, date and address, saying which of them the text itself does not give.
fn article_header(a: &Article) -> impl IntoView {
    let ext = |f: &str| a.external.iter().any(|e| e == f);
    // Only an http(s) address becomes a link; anything else is shown as text.
    let address = if is_web_address(&a.url) {
        view! {
            <a class="read-url" href=a.url.clone() rel="noopener noreferrer">{a.url.clone()}</a>
        }
        .into_any()
    } else if a.url.trim().is_empty() {
        view! { <span>"not given"</span> }.into_any()
    } else {
        view! { <span class="read-url">{a.url.clone()}</span> }.into_any()
    };
    let fields: Vec<&str> = a.external.iter().map(|f| field_words(f)).collect();
    let note = (!fields.is_empty() || !a.external_source.is_empty()).then(|| {
        let what = if fields.is_empty() {
            "Some of this information comes from outside the article’s text. ".to_owned()
        } else {
            let s = and_list(&fields);
            let mut s = format!("{s} come from outside the article’s text. ");
            if fields.len() == 1 {
                s = s.replacen(" come ", " comes ", 1);
            }
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        };
        view! {
            <p class="read-external">
                <span class="ext-mark" aria-hidden="true">"*"</span>" "{what}{a.external_source.clone()}
            </p>
        }
    });
    view! {
        <header class="read-head">
            <h2 id="read-headline">{a.title.clone()}{outside_mark(ext("title"))}</h2>
            <dl class="read-meta">
                <div>
                    <dt>"Outlet"</dt>
                    <dd>{a.outlet.clone()}{outside_mark(ext("outlet"))}</dd>
                </div>
                <div>
                    <dt>"Published"</dt>
                    <dd><time datetime=a.published.clone()>{long_date(&a.published)}</time>{outside_mark(ext("published"))}</dd>
                </div>
                <div class="read-address">
                    <dt>"Address"</dt>
                    <dd>{address}{outside_mark(ext("url"))}</dd>
                </div>
            </dl>
            {note}
        </header>
    }
}

/// Side colours and labels used in the text, and the search matches, with a way to clear them.
#[component]
fn Key(cx: Cx, article: usize, q: Memo<String>) -> impl IntoView {
    let a = &cx.corpus.articles[article];
    let sides: Vec<(String, String, usize)> = cx
        .corpus
        .sides
        .iter()
        .map(|s| {
            let n = cx
                .corpus
                .claims
                .iter()
                .filter(|c| c.article == a.id && c.side == s.id)
                .count();
            (s.id.clone(), s.name.clone(), n)
        })
        .filter(|(_, _, n)| *n > 0)
        .collect();
    let total = cx
        .corpus
        .claims
        .iter()
        .filter(|c| c.article == a.id)
        .count();
    let nav = cx.nav;
    let hits = {
        let corpus = cx.corpus.clone();
        move || {
            let q = q.get();
            let query = parse_query(&q);
            if query.is_empty() {
                return None;
            }
            let n: usize = corpus.articles[article]
                .paragraphs
                .iter()
                .filter(|p| shown_in_text(p.kind))
                .map(|p| highlight(&p.text, &query).len())
                .sum();
            Some((q.trim().to_owned(), n))
        }
    };
    view! {
        <div class="read-key">
            {(total > 0).then(|| view! {
                <p>
                    {format!("{total} claim{} highlighted, each labelled with its side: ", if total == 1 { "" } else { "s" })}
                    {sides.into_iter().map(|(id, name, n)| view! {
                        <span class="key-item" data-side=id>
                            <span class="side-tag">{name}</span>" "{n}
                        </span>
                    }).collect_view()}
                </p>
            })}
            {(total == 0).then(|| view! { <p>"No claim is recorded in this article."</p> })}
            {move || hits().map(|(q, n)| view! {
                <p>
                    <mark class="hit">"Search matches"</mark>
                    {format!(" for “{q}”: {n} in the text. ")}
                    <button type="button" class="clear-search" on:click=move |_| nav.update(Step::Push, |s| s.q.clear())>
                        "Clear the search"
                    </button>
                </p>
            })}
        </div>
    }
}

/// Whether a paragraph of this kind is part of the text as read (not set aside).
fn shown_in_text(kind: ParagraphKind) -> bool {
    matches!(
        kind,
        ParagraphKind::Body | ParagraphKind::Subheading | ParagraphKind::Caption
    )
}

/// The article's paragraphs in order, claims highlighted; chrome and credit set aside.
fn article_text(cx: &Cx, a: &Article, query: &Query) -> AnyView {
    let mut placed: Vec<&str> = Vec::new();
    let mut text = Vec::new();
    let mut aside = Vec::new();
    // One pass over the corpus groups this article's claims and events by paragraph.
    let mut claims_of: HashMap<&str, Vec<&Claim>> = HashMap::new();
    for c in cx.corpus.claims.iter().filter(|c| c.article == a.id) {
        claims_of.entry(c.paragraph.as_str()).or_default().push(c);
    }
    let mut events_of: HashMap<&str, Vec<&Event>> = HashMap::new();
    for e in cx.corpus.events.iter().filter(|e| e.article == a.id) {
        events_of.entry(e.paragraph.as_str()).or_default().push(e);
    }
    for p in &a.paragraphs {
        let claims = claims_of.remove(p.id.as_str()).unwrap_or_default();
        let events = events_of.remove(p.id.as_str()).unwrap_or_default();
        let claim_ranges: Vec<Option<Range<usize>>> = claims
            .iter()
            .map(|c| spans::byte_range(&p.text, c.start, c.end))
            .collect();
        let event_ranges: Vec<Option<Range<usize>>> = events
            .iter()
            .map(|e| spans::byte_range(&p.text, e.start, e.end))
            .collect();
        let hits: Vec<Range<usize>> = if query.is_empty() {
            Vec::new()
        } else {
            highlight(&p.text, query)
                .into_iter()
                .map(|(s, e)| s..e)
                .collect()
        };
        let layout = spans::layout(p.text.len(), &claim_ranges, &event_ranges, &hits, |i| {
            p.text.is_char_boundary(i)
        });
        placed.extend(
            claims
                .iter()
                .zip(&layout.starts)
                .filter(|(_, s)| s.is_some())
                .map(|(c, _)| c.id.as_str()),
        );
        let content = paragraph_content(cx, &p.text, &claims, &events, &event_ranges, &layout);
        match p.kind {
            ParagraphKind::Body => text.push(
                view! { <p class="para" data-paragraph-id=p.id.clone()>{content}</p> }.into_any(),
            ),
            ParagraphKind::Subheading => text.push(
                view! { <h3 class="para subheading" data-paragraph-id=p.id.clone()>{content}</h3> }
                    .into_any(),
            ),
            ParagraphKind::Caption => text.push(
                view! {
                    <p class="para caption" data-paragraph-id=p.id.clone()>
                        <span class="para-kind">"Photo caption"</span>" "{content}
                    </p>
                }
                .into_any(),
            ),
            ParagraphKind::Credit | ParagraphKind::Chrome => aside.push(set_aside(p, content)),
        }
    }
    let unplaced: Vec<&Claim> = cx
        .corpus
        .claims
        .iter()
        .filter(|c| c.article == a.id && !placed.contains(&c.id.as_str()))
        .collect();
    let n_aside = aside.len();
    view! {
        <div class="read-text">{text}</div>
        {(!unplaced.is_empty()).then(|| unplaced_note(cx, &unplaced))}
        {(n_aside > 0).then(|| view! {
            <details class="set-aside">
                <summary>{format!("Page chrome and credit set aside ({n_aside} line{})", if n_aside == 1 { "" } else { "s" })}</summary>
                <p class="hint">"What the saved page held besides the article: navigation, image placeholders, the outlet’s footer and the credit line."</p>
                <ul>{aside}</ul>
            </details>
        })}
    }
    .into_any()
}

fn set_aside(p: &Paragraph, content: Vec<AnyView>) -> AnyView {
    let kind = match p.kind {
        ParagraphKind::Credit => "Credit",
        _ => "Page chrome",
    };
    view! {
        <li class="para" data-kind=p.kind.as_str() data-paragraph-id=p.id.clone()>
            <span class="para-kind">{kind}</span>" "{content}
        </li>
    }
    .into_any()
}

/// Claims of the article whose words could not be found where the corpus says.
fn unplaced_note(cx: &Cx, claims: &[&Claim]) -> AnyView {
    let corpus = cx.corpus.clone();
    view! {
        <div class="read-unplaced" role="note">
            <p>{format!("{} claim{} of this article could not be placed in the text (the paragraph or the offsets do not match):", claims.len(), if claims.len() == 1 { "" } else { "s" })}</p>
            <ul>
                {claims.iter().map(|c| view! { <li>{claim_card(&corpus, c, Detail::Full, None)}</li> }).collect_view()}
            </ul>
        </div>
    }
    .into_any()
}

/// One paragraph's text as highlighted elements and plain text.
fn paragraph_content(
    cx: &Cx,
    text: &str,
    claims: &[&Claim],
    events: &[&Event],
    event_ranges: &[Option<Range<usize>>],
    layout: &Layout,
) -> Vec<AnyView> {
    let mut out = Vec::with_capacity(layout.groups.len());
    for (gi, g) in layout.groups.iter().enumerate() {
        // Claims covering exactly the text of another get a label of their own.
        for (ci, c) in claims.iter().enumerate() {
            if layout.starts[ci] == Some(gi) && layout.heads[ci].is_none() {
                out.push(orphan_tag(cx, c));
            }
        }
        let in_claim = g.inner.is_some();
        let pieces: Vec<AnyView> = g
            .pieces
            .iter()
            .map(|p| piece_view(cx, text, p, events, event_ranges, in_claim))
            .collect();
        match g.inner {
            None => out.extend(pieces),
            Some(ci) => {
                let head = layout.heads[ci] == Some(gi);
                let overlap = (g.claims.len() > 1).then(|| g.claims.len().to_string());
                out.push(claim_span(cx, claims[ci], head, overlap, pieces));
            }
        }
    }
    out
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
                <span class="side-tag">{cx.side_name(&c.side)}<span class="vh">": "</span></span>
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
fn orphan_tag(cx: &Cx, c: &Claim) -> AnyView {
    let selected = cx.selected;
    let id = c.id.clone();
    let current = move || {
        selected
            .with(|s| s.as_deref() == Some(id.as_str()))
            .then_some("true")
    };
    let (click, key) = select_handlers(cx.nav, &c.id);
    let side = cx.side_name(&c.side);
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
            {side.clone()}
        </span>
    }
    .into_any()
}

/// A piece of text, inside its events (the first piece of each carries the id `event-<id>`) and
/// marked when it lies in a search match.
fn piece_view(
    cx: &Cx,
    text: &str,
    p: &spans::Piece,
    events: &[&Event],
    event_ranges: &[Option<Range<usize>>],
    in_claim: bool,
) -> AnyView {
    let s = text.get(p.range.clone()).unwrap_or_default().to_owned();
    let mut v = if p.hit {
        view! { <mark class="hit">{s}</mark> }.into_any()
    } else {
        s.into_any()
    };
    for &ei in p.events.iter().rev() {
        let e = events[ei];
        let first = event_ranges[ei]
            .as_ref()
            .is_some_and(|r| r.start == p.range.start);
        let id = first.then(|| format!("event-{}", e.id));
        let when = first.then(|| long_date(&e.date));
        // Inside a claim's button nothing else may take the focus.
        let tabindex = (first && !in_claim).then_some("-1");
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
