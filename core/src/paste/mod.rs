//! A pasted article: the words that attribute speech, candidate claims proposed from patterns
//! of attribution, which speaker a phrase names, the candidates under review and what a person
//! chose for each, and composing the confirmed claims into a corpus.

mod attribution;
mod compose;
mod direct;
mod paragraph;
mod pasted;
mod pattern;
mod propose;
mod quotes;
mod reported;
mod review;
mod sides;
mod speakers;
mod subject;
mod tokens;
mod words;

pub use attribution::{attribution_word, phrasal_role, role, suggested_kind, words};
pub use attribution::{Role, ACT, CUE, NOUN, PHRASAL, SAY};
pub use compose::{
    add_article, article, id_letter, new_article, new_article_of, paragraphs, AddProblem,
    ArticleMeta, Confirmed, SideChoice, SpeakerChoice,
};
pub use pasted::{kept_heading, set_aside_heading, Pasted, SetAside};
pub use pattern::Pattern;
pub use propose::{propose, Candidate, Proposer};
pub use review::{
    candidate_field_id, review, save_review, Answer, Choices, ReviewItem, ReviewOptions,
    ReviewStatus, Reviewer, NEW_CHOICE,
};
pub use sides::side_named;
pub use speakers::{best_match, name_and_role, slug, suggest, suggest_side, unique_id, Suggestion};
