//! The patterns of attribution the proposer knows, and what each says of a candidate: its name
//! for people, the attribution it suggests, and how far it alone can be trusted.

use crate::corpus::Attribution;

/// Which pattern proposed a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pattern {
    /// Words in quotation marks with the speaker beside them.
    DirectQuote,
    /// A quotation without a speaker beside it, continuing the last speaker.
    ContinuedQuote,
    /// A speaker and a verb of attribution: `X said (that) ...`, `X denies ...`.
    Reported,
    /// The attribution after unquoted words: `..., X said.`
    TrailingAttribution,
    /// `according to X`.
    AccordingTo,
    /// A noun of saying with its owner: `U.S. threats to ...`.
    Nominal,
}

impl Pattern {
    pub const ALL: [Pattern; 6] = [
        Pattern::DirectQuote,
        Pattern::ContinuedQuote,
        Pattern::Reported,
        Pattern::TrailingAttribution,
        Pattern::AccordingTo,
        Pattern::Nominal,
    ];

    /// A short name for people: "direct quote", "reported speech", ...
    pub fn label(self) -> &'static str {
        match self {
            Pattern::DirectQuote => "direct quote",
            Pattern::ContinuedQuote => "continued quote",
            Pattern::Reported => "reported speech",
            Pattern::TrailingAttribution => "attribution after the words",
            Pattern::AccordingTo => "according to",
            Pattern::Nominal => "noun of saying",
        }
    }

    /// The attribution a claim from this pattern most likely has.
    pub fn attribution(self) -> Attribution {
        match self {
            Pattern::DirectQuote | Pattern::ContinuedQuote => Attribution::Direct,
            Pattern::Reported | Pattern::TrailingAttribution | Pattern::AccordingTo => {
                Attribution::Paraphrase
            }
            Pattern::Nominal => Attribution::Reported,
        }
    }

    /// How much the pattern alone can be trusted, 0 to 100.
    pub(super) fn confidence(self) -> u8 {
        match self {
            Pattern::DirectQuote => 90,
            Pattern::Reported | Pattern::TrailingAttribution | Pattern::AccordingTo => 70,
            Pattern::ContinuedQuote => 60,
            Pattern::Nominal => 40,
        }
    }
}
