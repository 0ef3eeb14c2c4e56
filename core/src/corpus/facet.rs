//! A claim's six dimensions (facets): side, speaker, question, kind, attribution and article.
//! Every layer above the corpus names them with this one type: the index, the filters, the view
//! state and its link.

/// One facet of the claims list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Side,
    Speaker,
    Question,
    Kind,
    Attribution,
    Article,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::Side,
        Facet::Speaker,
        Facet::Question,
        Facet::Kind,
        Facet::Attribution,
        Facet::Article,
    ];

    /// The URL parameter that carries this facet.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Side => "side",
            Facet::Speaker => "speaker",
            Facet::Question => "question",
            Facet::Kind => "kind",
            Facet::Attribution => "attribution",
            Facet::Article => "article",
        }
    }

    /// The values' name in the plural ("speakers"), for "Show all 120 speakers".
    pub fn plural(self) -> &'static str {
        match self {
            Facet::Side => "sides",
            Facet::Speaker => "speakers",
            Facet::Question => "questions",
            Facet::Kind => "kinds",
            Facet::Attribution => "attributions",
            Facet::Article => "articles",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Facet::Side => "Side",
            Facet::Speaker => "Speaker",
            Facet::Question => "Question",
            Facet::Kind => "Kind",
            Facet::Attribution => "Attribution",
            Facet::Article => "Article",
        }
    }
}
