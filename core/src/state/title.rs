//! The document title of a view state: the view and its filters, named from the corpus.

use super::{View, ViewState};
use crate::corpus::Corpus;
use crate::text::{quoted, shorten};

/// The document title for a state: names the view and its filters, e.g.
/// "Claims — side: NATO, Russia; search “arms race” — Claimscope". Uses names from the corpus
/// (side and speaker names, question short text, article outlet) where available, ids otherwise.
pub fn title(state: &ViewState, corpus: Option<&Corpus>) -> String {
    const NAME_MAX: usize = 60;
    let mut parts: Vec<String> = Vec::new();
    let mut part = |label: &str, names: Vec<String>| {
        if !names.is_empty() {
            parts.push(format!("{label}: {}", names.join(", ")));
        }
    };
    // A name from the corpus when it has a non-empty one, else the id.
    let named = |id: &String, name: Option<&str>| -> String {
        match name.map(str::trim).filter(|n| !n.is_empty()) {
            Some(n) => shorten(n, NAME_MAX),
            None => id.clone(),
        }
    };

    part(
        "side",
        state
            .sides
            .iter()
            .map(|id| named(id, corpus.and_then(|c| c.side(id)).map(|s| s.name.as_str())))
            .collect(),
    );
    part(
        "speaker",
        state
            .speakers
            .iter()
            .map(|id| {
                named(
                    id,
                    corpus.and_then(|c| c.speaker(id)).map(|s| s.name.as_str()),
                )
            })
            .collect(),
    );
    part(
        "question",
        state
            .questions
            .iter()
            .map(|id| {
                let q = corpus.and_then(|c| c.question(id));
                let short = q.map(|q| q.short.as_str()).filter(|s| !s.trim().is_empty());
                named(id, short.or(q.map(|q| q.text.as_str())))
            })
            .collect(),
    );
    part(
        "kind",
        state.kinds.iter().map(|k| k.as_str().to_owned()).collect(),
    );
    part(
        "attribution",
        state
            .attributions
            .iter()
            .map(|a| a.as_str().to_owned())
            .collect(),
    );
    // Articles by outlet; when two selected articles share an outlet, their dates tell them apart.
    let articles: Vec<(String, &str)> = state
        .articles
        .iter()
        .map(|id| {
            let a = corpus.and_then(|c| c.article(id));
            (
                named(id, a.map(|a| a.outlet.as_str())),
                a.map(|a| a.published.as_str()).unwrap_or(""),
            )
        })
        .collect();
    part(
        "article",
        articles
            .iter()
            .map(|(label, published)| {
                let shared = articles.iter().filter(|(l, _)| l == label).count() > 1;
                if shared && !published.is_empty() {
                    format!("{label} {published}")
                } else {
                    label.clone()
                }
            })
            .collect(),
    );
    let q = state.q.trim();
    if !q.is_empty() {
        parts.push(format!("search {}", quoted(&shorten(q, NAME_MAX))));
    }
    if let Some(claim) = &state.claim {
        parts.push(format!("claim {claim}"));
    }
    if let (View::Timeline, Some(period)) = (state.view, state.period) {
        parts.push(period.long());
    }

    let mut t = state.view.label().to_owned();
    if !parts.is_empty() {
        t.push_str(" — ");
        t.push_str(&parts.join("; "));
    }
    t.push_str(" — Claimscope");
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::url::tests::parse;
    use crate::testing::sample_corpus;

    #[test]
    fn a_zoomed_timeline_names_its_period() {
        assert_eq!(
            title(&parse("view=timeline&period=2018-10"), None),
            "Timeline — October 2018 — Claimscope"
        );
        // Elsewhere the period is not what the page shows.
        assert_eq!(
            title(&parse("view=claims&period=2018-10"), None),
            "Claims — Claimscope"
        );
    }

    #[test]
    fn title_names_view_and_filters() {
        let c = sample_corpus();
        let s = parse("view=claims&side=russia,nato&q=arms+race");
        assert_eq!(
            title(&s, Some(&c)),
            "Claims — side: NATO, Russia; search “arms race” — Claimscope"
        );
        assert_eq!(
            title(&ViewState::default(), Some(&c)),
            "Compare — Claimscope"
        );
        assert_eq!(title(&ViewState::default(), None), "Compare — Claimscope");

        let s = parse(
            "view=read&speaker=putin&question=q-violation,q-race&kind=denial\
             &attribution=direct&article=a1,a2,a3&claim=c1",
        );
        assert_eq!(
            title(&s, Some(&c)),
            "Read — speaker: Vladimir Putin; question: Will there be an arms race?, Violation; \
             kind: denial; attribution: direct; article: TASS 2019-02-01, TASS 2019-02-02, \
             Reuters; claim c1 — Claimscope"
        );
        // Without a corpus, or for ids it lacks, the ids stand in.
        let s = parse("view=timeline&side=nato,mars&article=a3");
        assert_eq!(
            title(&s, None),
            "Timeline — side: mars, nato; article: a3 — Claimscope"
        );
        assert_eq!(
            title(&s, Some(&c)),
            "Timeline — side: mars, NATO; article: Reuters — Claimscope"
        );
        // A blank search is no filter; a long one is shortened.
        let s = ViewState {
            q: "   ".into(),
            ..Default::default()
        };
        assert_eq!(title(&s, None), "Compare — Claimscope");
        let s = ViewState {
            q: "a".repeat(200),
            ..Default::default()
        };
        assert!(title(&s, None).contains(&format!("“{}…”", "a".repeat(60))));
    }
}
