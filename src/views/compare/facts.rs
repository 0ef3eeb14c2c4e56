//! How the outlets describe it: each fact's accounts side by side, the words that differ marked.

use claimscope_core::corpus::long_date;
use claimscope_core::corpus::{Corpus, Fact};
use claimscope_core::text::Part;
use claimscope_core::views::compare::account_parts;
use leptos::prelude::*;

/// Text and `<mark>` elements, never HTML.
fn parts_view(parts: Vec<Part>) -> AnyView {
    parts
        .into_iter()
        .map(|p| match p {
            Part::Same(s) => s.into_any(),
            Part::Changed(s) => view! { <mark class="diff">{s}</mark> }.into_any(),
        })
        .collect_view()
        .into_any()
}

fn fact_view(corpus: &Corpus, fact: &Fact) -> AnyView {
    let heading = format!("fact-{}", fact.id);
    let accounts = fact
        .accounts
        .iter()
        .zip(account_parts(fact))
        .map(|(span, parts)| {
            let article = corpus.article(&span.article);
            let outlet = article.map(|a| a.outlet.clone()).unwrap_or_default();
            let title = article.map(|a| a.title.clone()).unwrap_or_default();
            let published = article.map(|a| a.published.clone()).unwrap_or_default();
            view! {
                <li class="account" data-article-id=span.article.clone()>
                    <p class="account-source">
                        <span class="outlet">{outlet}</span>" · "
                        <cite class="headline">{title}</cite>" · "
                        <time datetime=published.clone()>{long_date(&published)}</time>
                    </p>
                    <blockquote class="quote">{parts_view(parts)}</blockquote>
                    <a class="account-read" href=crate::ctx::read_href(&corpus.id, &span.article, None)>"Read in the article"</a>
                </li>
            }
        })
        .collect_view();
    let labelled_by = heading.clone();
    view! {
        <section class="fact" data-fact-id=fact.id.clone() aria-labelledby=labelled_by>
            <h4 id=heading>{fact.topic.clone()}</h4>
            <ul class="accounts">{accounts}</ul>
        </section>
    }
    .into_any()
}

pub(super) fn facts(corpus: &Corpus) -> Option<AnyView> {
    if corpus.facts.is_empty() {
        return None;
    }
    let list = corpus
        .facts
        .iter()
        .map(|f| fact_view(corpus, f))
        .collect_view();
    Some(
        view! {
            <section class="facts" aria-labelledby="facts-heading">
                <h3 id="facts-heading">"How the outlets describe it"</h3>
                <p class="diff-legend">
                    "The same fact in each outlet’s words. "
                    <mark class="diff">"Highlighted words"</mark>
                    " differ between the outlets; the rest is worded the same."
                </p>
                {list}
            </section>
        }
        .into_any(),
    )
}
