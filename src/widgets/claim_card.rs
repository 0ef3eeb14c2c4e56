//! One claim: who said it, for which side, on which points, with what stance, in whose words,
//! and where; its quote can carry search highlights, and when a search matched elsewhere (its
//! paragraph, summary or speaker's name), an excerpt says where.

use crate::widgets::claim_editor::ClaimEditor;
use crate::widgets::copy::CopyButton;
use crate::widgets::marked::marked;
use claimscope_core::corpus::long_date;
use claimscope_core::corpus::{Claim, Corpus, Stance};
use claimscope_core::export;
use claimscope_core::index::{highlight, Query};
use claimscope_core::views::excerpt::match_elsewhere;
use leptos::prelude::*;

/// How much of the claim to show.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Everything, with the questions and stances (the claims list, the reader's panel).
    Full,
    /// Quote, speaker, outlet, date and the stance on one question (a compare cell).
    OnQuestion(usize),
}

/// The words a person reads for a stance.
pub fn stance_label(s: Stance) -> &'static str {
    match s {
        Stance::Yes => "Yes",
        Stance::No => "No",
        Stance::Mixed => "Qualified",
    }
}

/// The address of the reader at this claim's sentence.
pub fn read_href(corpus: &Corpus, claim: &Claim) -> String {
    crate::ctx::read_href(&corpus.id, &claim.article, Some(&claim.id))
}

pub fn claim_card(
    corpus: &Corpus,
    claim: &Claim,
    detail: Detail,
    query: Option<&Query>,
) -> AnyView {
    let side = corpus
        .side(&claim.side)
        .map_or(claim.side.as_str(), |s| s.name.as_str());
    let speaker = corpus.speaker(&claim.speaker);
    let speaker_name = speaker
        .map_or(claim.speaker.as_str(), |s| s.name.as_str())
        .to_owned();
    let speaker_role = speaker.map(|s| s.role.clone()).unwrap_or_default();
    let article = corpus.article(&claim.article);
    let outlet = article.map(|a| a.outlet.clone()).unwrap_or_default();
    let published = article.map(|a| a.published.clone()).unwrap_or_default();
    let ranges = query
        .map(|q| highlight(&claim.quote, q))
        .unwrap_or_default();
    let quote = marked(&claim.quote, &ranges);
    let full = detail == Detail::Full;
    // The search matched this claim outside its quote: where, with the words marked.
    let elsewhere = query
        .filter(|_| full && ranges.is_empty())
        .and_then(|q| match_elsewhere(corpus, claim, q))
        .map(|e| {
            let text = marked(&e.text, &e.ranges);
            view! { <p class="match-elsewhere">{e.field.label()}": "{text}</p> }
        });
    let stances: Vec<(String, Option<Stance>)> = match detail {
        Detail::Full => claim
            .questions
            .iter()
            .map(|q| {
                let text = corpus
                    .question(q)
                    .map(|x| {
                        if x.short.is_empty() {
                            x.text.clone()
                        } else {
                            x.short.clone()
                        }
                    })
                    .unwrap_or_else(|| q.clone());
                (text, claim.stance.get(q).copied())
            })
            .collect(),
        Detail::OnQuestion(qi) => {
            let q = &corpus.questions[qi];
            vec![(String::new(), claim.stance.get(&q.id).copied())]
        }
    };
    view! {
        <article class="claim" data-claim-id=claim.id.clone() data-side=claim.side.clone()>
            <header class="claim-head">
                <span class="side-badge" data-side=claim.side.clone()>{side.to_owned()}</span>
                <span class="speaker">{speaker_name}</span>
                {(!speaker_role.is_empty() && full).then(|| view! { <span class="role">{speaker_role}</span> })}
                <span class="kind">{claim.kind.as_str()}</span>
                <span class="attribution">{attribution_label(claim)}</span>
            </header>
            <blockquote class="quote">{quote}</blockquote>
            {elsewhere}
            {(full && !claim.summary.is_empty()).then(|| view! { <p class="summary">{claim.summary.clone()}</p> })}
            <ul class="stances">
                {stances.into_iter().map(|(q, s)| view! {
                    <li class="stance" data-stance=s.map(|s| s.as_str())>
                        {(!q.is_empty()).then(|| view! { <span class="stance-q">{q}": "</span> })}
                        <span class="stance-v">{s.map_or("No stance", stance_label)}</span>
                    </li>
                }).collect_view()}
            </ul>
            <footer class="claim-source">
                <span class="outlet">{outlet}</span>" · "
                <time datetime=published.clone()>{long_date(&published)}</time>" · "
                <a href=read_href(corpus, claim)>"Read in the article"</a>
                {full.then(|| {
                    let text = export::citation(corpus, claim);
                    view! {
                        <CopyButton
                            label="Copy citation"
                            done="Citation copied."
                            fallback="Could not copy: the browser refused."
                            text=Callback::new(move |()| Some(text.clone()))
                            class="copy-citation"
                        />
                    }
                })}
            </footer>
            {full.then(|| view! { <ClaimEditor claim_id=claim.id.clone() /> })}
        </article>
    }
    .into_any()
}

fn attribution_label(claim: &Claim) -> &'static str {
    use claimscope_core::corpus::Attribution::*;
    match claim.attribution {
        Direct => "direct quote",
        Paraphrase => "paraphrase",
        Reported => "reported",
    }
}
