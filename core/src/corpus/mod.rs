//! The corpus: what a dispute's articles, sides, speakers, questions and claims are (schema 1),
//! what an id is, a claim's six facets, partial dates, and char offsets. The bottom layer: it
//! knows nothing of checks, links, views or the index.

mod dates;
mod facet;
mod ids;
mod model;
mod offsets;

pub use dates::{civil_from_days, days_from_civil, days_in_month, long_date, PartialDate};
pub use facet::Facet;
pub use ids::{invalid_id_reason, is_valid_id, BUNDLED_ID, MAX_ID_LEN};
pub use model::{
    Article, Attribution, Claim, ClaimKind, Corpus, Event, Fact, Paragraph, ParagraphKind,
    Question, Side, Span, Speaker, Stance, SCHEMA_VERSION,
};
pub use offsets::{byte_at, char_at, char_len, char_slice, find_chars, CharIndex};
