//! Small corpora for tests, built in a few lines: the one builder that the core's unit and
//! integration tests and the app's component tests share, instead of `Corpus` literals.
//!
//! ```
//! use claimscope_core::testing::{claim, CorpusBuilder};
//! let corpus = CorpusBuilder::new("t")
//!     .side("russia", "Russia")
//!     .speaker("putin", "Vladimir Putin", "russia")
//!     .article("a1", "TASS", "2019-02-01")
//!     .paragraph("a1", "p1", "Putin said Russia would respond.")
//!     .quote(claim("c1", "a1", "p1", "putin", "russia"), "Russia would respond")
//!     .build();
//! assert!(claimscope_core::validate::validate(&corpus).is_empty());
//! ```

use crate::corpus::{
    find_chars, Article, Attribution, Claim, ClaimKind, Corpus, Event, Fact, Paragraph,
    ParagraphKind, Question, Side, Span, Speaker, SCHEMA_VERSION,
};

/// Builds a [`Corpus`] step by step; every part is added in order.
pub struct CorpusBuilder {
    corpus: Corpus,
}

impl CorpusBuilder {
    /// An empty corpus with this id, titled with it.
    pub fn new(id: &str) -> Self {
        CorpusBuilder {
            corpus: Corpus {
                schema: SCHEMA_VERSION,
                id: id.into(),
                title: id.into(),
                articles: vec![],
                sides: vec![],
                speakers: vec![],
                questions: vec![],
                claims: vec![],
                events: vec![],
                facts: vec![],
            },
        }
    }

    pub fn title(mut self, title: &str) -> Self {
        self.corpus.title = title.into();
        self
    }

    pub fn side(mut self, id: &str, name: &str) -> Self {
        self.corpus.sides.push(Side {
            id: id.into(),
            name: name.into(),
        });
        self
    }

    /// A speaker with no role.
    pub fn speaker(self, id: &str, name: &str, side: &str) -> Self {
        self.speaker_with_role(id, name, "", side)
    }

    pub fn speaker_with_role(mut self, id: &str, name: &str, role: &str, side: &str) -> Self {
        self.corpus.speakers.push(Speaker {
            id: id.into(),
            name: name.into(),
            role: role.into(),
            side: side.into(),
        });
        self
    }

    /// A question; `short` may be empty.
    pub fn question(mut self, id: &str, text: &str, short: &str) -> Self {
        self.corpus.questions.push(Question {
            id: id.into(),
            text: text.into(),
            short: short.into(),
        });
        self
    }

    /// An article with no paragraphs yet, titled with its id, at `https://example.org/<id>`.
    pub fn article(mut self, id: &str, outlet: &str, published: &str) -> Self {
        self.corpus.articles.push(Article {
            id: id.into(),
            outlet: outlet.into(),
            title: id.into(),
            published: published.into(),
            url: format!("https://example.org/{id}"),
            paragraphs: vec![],
            external: vec![],
            external_source: String::new(),
        });
        self
    }

    /// Changes the last article added (its title, a headline paragraph, ...).
    pub fn with_article(mut self, f: impl FnOnce(&mut Article)) -> Self {
        f(self.corpus.articles.last_mut().expect("an article first"));
        self
    }

    /// A body paragraph at the end of article `article`.
    pub fn paragraph(self, article: &str, id: &str, text: &str) -> Self {
        self.paragraph_of_kind(article, id, text, ParagraphKind::Body)
    }

    pub fn paragraph_of_kind(
        mut self,
        article: &str,
        id: &str,
        text: &str,
        kind: ParagraphKind,
    ) -> Self {
        let a = self
            .corpus
            .articles
            .iter_mut()
            .find(|a| a.id == article)
            .unwrap_or_else(|| panic!("no article {article} in the builder"));
        a.paragraphs.push(Paragraph {
            id: id.into(),
            kind,
            text: text.into(),
        });
        self
    }

    /// A claim as it is.
    pub fn claim(mut self, claim: Claim) -> Self {
        self.corpus.claims.push(claim);
        self
    }

    /// A claim quoting the first occurrence of `quote` in its paragraph, offsets included.
    pub fn quote(mut self, mut claim: Claim, quote: &str) -> Self {
        let text = self
            .corpus
            .article(&claim.article)
            .and_then(|a| a.paragraph(&claim.paragraph))
            .map(|p| p.text.as_str())
            .unwrap_or_else(|| panic!("no paragraph {} in the builder", claim.paragraph));
        let (start, end) = find_chars(text, quote, 0)
            .unwrap_or_else(|| panic!("{quote:?} is not in paragraph {}", claim.paragraph));
        claim.quote = quote.into();
        claim.start = start;
        claim.end = end;
        self.corpus.claims.push(claim);
        self
    }

    /// Claims as they are, in order (many at once, for tests of scale).
    pub fn claims(mut self, claims: impl IntoIterator<Item = Claim>) -> Self {
        self.corpus.claims.extend(claims);
        self
    }

    /// An event as it is (see [`event`]).
    pub fn event(mut self, event: Event) -> Self {
        self.corpus.events.push(event);
        self
    }

    /// A fact: a topic and the articles' accounts of it.
    pub fn fact(mut self, id: &str, topic: &str, accounts: Vec<Span>) -> Self {
        self.corpus.facts.push(Fact {
            id: id.into(),
            topic: topic.into(),
            accounts,
        });
        self
    }

    /// Changes the corpus being built directly, for what the builder has no step for.
    pub fn with(mut self, f: impl FnOnce(&mut Corpus)) -> Self {
        f(&mut self.corpus);
        self
    }

    pub fn build(self) -> Corpus {
        self.corpus
    }
}

/// An article `a` of body paragraphs with these texts, ids `a-p1`, `a-p2`, ... and nothing else:
/// what a paste gives the proposer.
pub fn body_article(paragraphs: &[&str]) -> Article {
    Article {
        id: "a".into(),
        outlet: String::new(),
        title: String::new(),
        published: String::new(),
        url: String::new(),
        paragraphs: paragraphs
            .iter()
            .enumerate()
            .map(|(i, t)| Paragraph {
                id: format!("a-p{}", i + 1),
                kind: ParagraphKind::Body,
                text: (*t).into(),
            })
            .collect(),
        external: vec![],
        external_source: String::new(),
    }
}

/// A claim by `speaker` of `side` in paragraph `paragraph` of `article`: a direct position on no
/// question, with an empty quote at 0..0 (see [`CorpusBuilder::quote`] for a verbatim one).
/// Change the rest with struct update syntax.
pub fn claim(id: &str, article: &str, paragraph: &str, speaker: &str, side: &str) -> Claim {
    Claim {
        id: id.into(),
        article: article.into(),
        paragraph: paragraph.into(),
        speaker: speaker.into(),
        side: side.into(),
        questions: vec![],
        stance: Default::default(),
        kind: ClaimKind::Position,
        attribution: Attribution::Direct,
        summary: String::new(),
        quote: String::new(),
        start: 0,
        end: 0,
    }
}

/// An event on `date` (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), labelled `label`, told in the words
/// of `at`.
pub fn event(id: &str, date: &str, label: &str, at: Span) -> Event {
    Event {
        id: id.into(),
        date: date.into(),
        label: label.into(),
        article: at.article,
        paragraph: at.paragraph,
        quote: at.quote,
        start: at.start,
        end: at.end,
    }
}

/// A small corpus with names for every facet, for tests of links and titles: sides `nato` and
/// `russia`, speaker `putin`, questions `q-violation` (short "Violation") and `q-race` (no
/// short text), articles `a1` and `a2` from TASS (2019-02-01 and 2019-02-02) and `a3` from
/// Reuters (2019-02), and claim `c1`. Its quotes are not checked.
pub fn sample_corpus() -> Corpus {
    CorpusBuilder::new("inf")
        .title("INF Treaty")
        .article("a1", "TASS", "2019-02-01")
        .article("a2", "TASS", "2019-02-02")
        .article("a3", "Reuters", "2019-02")
        .side("nato", "NATO")
        .side("russia", "Russia")
        .speaker_with_role("putin", "Vladimir Putin", "President", "russia")
        .question(
            "q-violation",
            "Did Russia violate the INF Treaty?",
            "Violation",
        )
        .question("q-race", "Will there be an arms race?", "")
        .claim(Claim {
            questions: vec!["q-violation".into()],
            kind: ClaimKind::Denial,
            quote: "x".into(),
            end: 1,
            ..claim("c1", "a1", "p1", "putin", "russia")
        })
        .build()
}

/// A small corpus that passes every check, for tests that change it (the edits): sides `nato`
/// and `russia`, speakers `putin` (Russia) and `bolton` (NATO), questions `q-violation` and
/// `q-race`, articles `a1` (TASS, paragraphs `a1-p1`, `a1-p2`) and `a2` (VOA, `a2-p1`), and
/// claims `c1` (Putin, on `q-violation`), `c2` (Putin) and `c3` (Bolton), each quoted verbatim.
pub fn valid_corpus() -> Corpus {
    let c = CorpusBuilder::new("mine")
        .side("nato", "NATO")
        .side("russia", "Russia")
        .speaker("putin", "Vladimir Putin", "russia")
        .speaker("bolton", "John Bolton", "nato")
        .question("q-violation", "Did Russia violate the treaty?", "Violation")
        .question("q-race", "Will there be an arms race?", "")
        .article("a1", "TASS", "2019-02-01")
        .paragraph("a1", "a1-p1", "Putin said Russia would respond in kind.")
        .paragraph("a1", "a1-p2", "He added that Moscow had kept the treaty.")
        .article("a2", "VOA", "2019-02-02")
        .paragraph("a2", "a2-p1", "Bolton said Russia had cheated for years.")
        .quote(
            Claim {
                questions: vec!["q-violation".into()],
                ..claim("c1", "a1", "a1-p1", "putin", "russia")
            },
            "Russia would respond",
        )
        .quote(
            claim("c2", "a1", "a1-p2", "putin", "russia"),
            "Moscow had kept the treaty",
        )
        .quote(
            claim("c3", "a2", "a2-p1", "bolton", "nato"),
            "Russia had cheated for years",
        )
        .build();
    assert!(crate::validate::validate(&c).is_empty());
    c
}
