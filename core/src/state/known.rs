//! A link checked against a corpus: the ids it names that the corpus does not have are dropped
//! and reported.

use super::ignored::Ignored;
use super::view_state::ViewState;
use crate::corpus::Corpus;
use crate::text::quoted;
use std::collections::BTreeSet;

/// Drops ids that do not exist in the corpus (sides, speakers, questions, articles, claim) and
/// reports each as Ignored ("no side “mars” in this corpus"). The corpus id, kinds and
/// attributions are left alone.
pub fn retain_known(state: &mut ViewState, corpus: &Corpus) -> Vec<Ignored> {
    fn retain(
        set: &mut BTreeSet<String>,
        param: &str,
        known: impl Fn(&str) -> bool,
        out: &mut Vec<Ignored>,
    ) {
        set.retain(|id| {
            let keep = known(id);
            if !keep {
                out.push(unknown_in_corpus(param, id));
            }
            keep
        });
    }
    let mut ignored = Vec::new();
    retain(
        &mut state.sides,
        "side",
        |id| corpus.side(id).is_some(),
        &mut ignored,
    );
    retain(
        &mut state.speakers,
        "speaker",
        |id| corpus.speaker(id).is_some(),
        &mut ignored,
    );
    retain(
        &mut state.questions,
        "question",
        |id| corpus.question(id).is_some(),
        &mut ignored,
    );
    retain(
        &mut state.articles,
        "article",
        |id| corpus.article(id).is_some(),
        &mut ignored,
    );
    if let Some(id) = state.claim.take() {
        if corpus.claim(&id).is_some() {
            state.claim = Some(id);
        } else {
            ignored.push(unknown_in_corpus("claim", &id));
        }
    }
    ignored
}

fn unknown_in_corpus(param: &str, id: &str) -> Ignored {
    Ignored::new(
        param,
        id,
        format!("no {param} {} in this corpus", quoted(id)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::url::tests::{parse, set};
    use crate::testing::sample_corpus;

    #[test]
    fn retain_known_drops_and_reports_unknown_ids() {
        let c = sample_corpus();
        let mut s = parse(
            "view=claims&side=mars,nato&speaker=putin,trump&question=q-race,q-x\
             &article=a1,a9&claim=c99&kind=denial&corpus=other",
        );
        let ignored = retain_known(&mut s, &c);
        assert_eq!(s.sides, set(&["nato"]));
        assert_eq!(s.speakers, set(&["putin"]));
        assert_eq!(s.questions, set(&["q-race"]));
        assert_eq!(s.articles, set(&["a1"]));
        assert_eq!(s.claim, None);
        assert_eq!(s.kinds.len(), 1);
        assert_eq!(s.corpus.as_deref(), Some("other"));
        let described: Vec<String> = ignored.iter().map(Ignored::describe).collect();
        assert_eq!(
            described,
            vec![
                "side: no side “mars” in this corpus",
                "speaker: no speaker “trump” in this corpus",
                "question: no question “q-x” in this corpus",
                "article: no article “a9” in this corpus",
                "claim: no claim “c99” in this corpus",
            ]
        );
        assert_eq!(ignored[0].value, "mars");
        assert_eq!(ignored[0].reason, "no side “mars” in this corpus");

        let mut s = parse("side=nato&claim=c1");
        let before = s.clone();
        assert!(retain_known(&mut s, &c).is_empty());
        assert_eq!(s, before);
    }
}
