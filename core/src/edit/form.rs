//! The claim editor's model: a claim's editable fields as a form holds them (each question's
//! answer in one choice: not about it, about it without a stance, yes, no, mixed), and the
//! claim they make.

use crate::corpus::{Attribution, Claim, ClaimKind, Corpus};
use crate::paste::Answer;
use std::collections::BTreeMap;

/// The fields of a claim under edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimForm {
    pub speaker: String,
    pub side: String,
    /// By question id.
    pub answers: BTreeMap<String, Answer>,
    pub kind: ClaimKind,
    pub attribution: Attribution,
    pub summary: String,
    /// The quote: its paragraph, char offsets and words (from a selection in the article).
    pub paragraph: String,
    pub start: usize,
    pub end: usize,
    pub quote: String,
}

impl ClaimForm {
    pub fn of(claim: &Claim) -> ClaimForm {
        let answers = claim
            .questions
            .iter()
            .map(|q| {
                let a = claim
                    .stance
                    .get(q)
                    .map_or(Answer::About, |s| Answer::Stance(*s));
                (q.clone(), a)
            })
            .collect();
        ClaimForm {
            speaker: claim.speaker.clone(),
            side: claim.side.clone(),
            answers,
            kind: claim.kind,
            attribution: claim.attribution,
            summary: claim.summary.clone(),
            paragraph: claim.paragraph.clone(),
            start: claim.start,
            end: claim.end,
            quote: claim.quote.clone(),
        }
    }

    /// The answer on question `q`.
    pub fn answer(&self, q: &str) -> Answer {
        self.answers.get(q).copied().unwrap_or(Answer::None)
    }

    /// The side of speaker `id`, for the form to follow a new speaker.
    pub fn side_of(corpus: &Corpus, id: &str) -> Option<String> {
        corpus.speaker(id).map(|s| s.side.clone())
    }

    /// The claim `base` with these fields; its questions in the corpus's order.
    pub fn to_claim(&self, corpus: &Corpus, base: &Claim) -> Claim {
        let mut questions: Vec<String> = corpus
            .questions
            .iter()
            .filter(|q| self.answer(&q.id) != Answer::None)
            .map(|q| q.id.clone())
            .collect();
        // A question the corpus no longer has stays as it was (validate names it).
        questions.extend(
            base.questions
                .iter()
                .filter(|q| corpus.question(q).is_none())
                .cloned(),
        );
        let stance = questions
            .iter()
            .filter_map(|q| match self.answer(q) {
                Answer::Stance(s) => Some((q.clone(), s)),
                _ => base
                    .stance
                    .get(q)
                    .filter(|_| corpus.question(q).is_none())
                    .map(|s| (q.clone(), *s)),
            })
            .collect();
        Claim {
            speaker: self.speaker.clone(),
            side: self.side.clone(),
            questions,
            stance,
            kind: self.kind,
            attribution: self.attribution,
            summary: self.summary.clone(),
            paragraph: self.paragraph.clone(),
            start: self.start,
            end: self.end,
            quote: self.quote.clone(),
            ..base.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Stance;
    use crate::testing::valid_corpus as corpus;

    #[test]
    fn a_claim_survives_its_form_and_answers_make_questions_and_stances() {
        let c = corpus();
        let claim = c.claim("c1").unwrap();
        let mut form = ClaimForm::of(claim);
        assert_eq!(&form.to_claim(&c, claim), claim);
        assert_eq!(form.answer("q-violation"), Answer::About);
        form.answers
            .insert("q-race".into(), Answer::Stance(Stance::No));
        form.answers.insert("q-violation".into(), Answer::None);
        let after = form.to_claim(&c, claim);
        assert_eq!(after.questions, ["q-race"]);
        assert_eq!(after.stance.get("q-race"), Some(&Stance::No));
    }
}
