//! The Claims view's order: relevance while searching (the quote above its paragraph, a whole
//! phrase above words apart, ties in corpus order), by date or article when a link says so,
//! corpus order without a search and in the other views.

use claimscope_core::corpus::{Claim, Corpus};
use claimscope_core::index::{filter, CorpusIndex};
use claimscope_core::state::{parse_query, Sort, View, ViewState};
use claimscope_core::testing::{claim, CorpusBuilder};

/// Claim ids in the order the Claims view lists them for this link.
fn listed(corpus: &Corpus, link: &str) -> Vec<String> {
    let (state, ignored) = parse_query(link);
    assert!(ignored.is_empty(), "{ignored:?}");
    let ix = CorpusIndex::new(corpus);
    filter(&ix, &state)
        .claims
        .iter()
        .map(|&i| corpus.claims[i as usize].id.clone())
        .collect()
}

/// Four claims, each in a paragraph of its own in its own article (dated newest first). Only
/// `quoted`'s quote holds both words of "missile defense"; the others have them in their
/// paragraph, outside their quote.
fn corpus() -> Corpus {
    let paragraphs = [
        (
            "early",
            "2019-03-01",
            "We will act, he said, on missile defense in Europe.",
            "We will act",
        ),
        (
            "quoted",
            "2019-02-01",
            "The treaty is dead. Missile defense is the real aim.",
            "Missile defense is the real aim",
        ),
        (
            "late",
            "2019-01-01",
            "Talks went on; missile defense came up, then defense budgets.",
            "Talks went on",
        ),
        (
            "other",
            "",
            "Nothing about it here, only the treaty.",
            "only the treaty",
        ),
    ];
    let mut b = CorpusBuilder::new("t").side("russia", "Russia").speaker(
        "putin",
        "Vladimir Putin",
        "russia",
    );
    for (id, date, text, quote) in paragraphs {
        let a = format!("a-{id}");
        b = b
            .article(&a, "TASS", date)
            .paragraph(&a, "p1", text)
            .quote(claim(id, &a, "p1", "putin", "russia"), quote);
    }
    b.build()
}

#[test]
fn the_claim_quoting_both_words_ranks_first() {
    let c = corpus();
    let got = listed(&c, "view=claims&q=missile%20defense");
    assert_eq!(got[0], "quoted", "{got:?}");
    assert_eq!(got.len(), 3);
    // The same with a typed prefix and in any case.
    assert_eq!(listed(&c, "view=claims&q=MISSILE%20def")[0], "quoted");
    // `sort=relevance` says the default out loud.
    assert_eq!(
        listed(&c, "view=claims&q=missile%20defense&sort=relevance"),
        got
    );
}

#[test]
fn a_whole_phrase_ranks_above_words_apart() {
    // `apart` quotes both words, apart; `together` has them in a row, in its paragraph only.
    let c = CorpusBuilder::new("t")
        .side("russia", "Russia")
        .speaker("putin", "Vladimir Putin", "russia")
        .article("a1", "TASS", "2019-02-01")
        .paragraph("a1", "p1", "Defense of Europe needs no missile, he said.")
        .paragraph(
            "a1",
            "p2",
            "He said so. Missile defense was not discussed at length today.",
        )
        .quote(
            claim("apart", "a1", "p1", "putin", "russia"),
            "Defense of Europe needs no missile",
        )
        .quote(
            claim("together", "a1", "p2", "putin", "russia"),
            "He said so.",
        )
        .build();
    assert_eq!(
        listed(&c, "view=claims&q=missile%20defense"),
        ["together", "apart"]
    );
    // One word: the quote wins.
    assert_eq!(listed(&c, "view=claims&q=missile"), ["apart", "together"]);
}

#[test]
fn equal_claims_keep_corpus_order() {
    let text = "Missile defense, again.";
    let mut b = CorpusBuilder::new("t")
        .side("russia", "Russia")
        .speaker("putin", "Vladimir Putin", "russia")
        .article("a1", "TASS", "2019-02-01");
    for k in 0..5 {
        let p = format!("p{k}");
        b = b.paragraph("a1", &p, text).quote(
            claim(&format!("c{k}"), "a1", &p, "putin", "russia"),
            "again",
        );
    }
    let c = b.build();
    assert_eq!(
        listed(&c, "view=claims&q=missile"),
        ["c0", "c1", "c2", "c3", "c4"]
    );
}

#[test]
fn the_quote_is_found_among_its_paragraph_s_tokens_in_any_script() {
    // The same words before the quote and in it: only the quote's count ×3. Chars before the
    // quote are multi-byte (curly quotes, é, an emoji), so bytes and chars differ.
    let c = CorpusBuilder::new("t")
        .side("russia", "Russia")
        .speaker("putin", "Vladimir Putin", "russia")
        .article("a1", "TASS", "2019-02-01")
        .paragraph(
            "a1",
            "p1",
            "“Été” 😀 déjà vu: radar radar radar. Then “quiet”.",
        )
        .paragraph(
            "a1",
            "p2",
            "“Été” 😀 déjà vu: then “quiet”, radar radar radar.",
        )
        .quote(
            claim("before", "a1", "p1", "putin", "russia"),
            "Then “quiet”.",
        )
        .quote(
            claim("inside", "a1", "p2", "putin", "russia"),
            "“quiet”, radar radar radar.",
        )
        .build();
    assert_eq!(listed(&c, "view=claims&q=radar"), ["inside", "before"]);
    assert_eq!(
        listed(&c, "view=claims&q=quiet%20radar"),
        ["inside", "before"]
    );
}

#[test]
fn links_choose_date_or_article_and_no_search_keeps_corpus_order() {
    let c = corpus();
    let all = ["early", "quoted", "late", "other"];
    assert_eq!(listed(&c, "view=claims"), all);
    assert_eq!(listed(&c, "view=claims&sort=relevance"), all);
    assert_eq!(listed(&c, "view=claims&sort=article"), all);
    // Oldest first; the undated article last.
    assert_eq!(
        listed(&c, "view=claims&sort=date"),
        ["late", "quoted", "early", "other"]
    );
    assert_eq!(
        listed(&c, "view=claims&q=missile&sort=date"),
        ["late", "quoted", "early"]
    );
    assert_eq!(
        listed(&c, "view=claims&q=missile&sort=article"),
        ["early", "quoted", "late"]
    );
    // Other views keep corpus order.
    assert_eq!(
        listed(&c, "view=compare&q=missile%20defense"),
        ["early", "quoted", "late"]
    );
    let state = ViewState {
        view: View::Claims,
        q: "missile defense".into(),
        sort: Some(Sort::Date),
        ..ViewState::default()
    };
    assert_eq!(
        claimscope_core::state::to_query(&state),
        "view=claims&q=missile%20defense&sort=date"
    );
}

#[test]
fn a_claim_whose_paragraph_is_missing_ranks_by_its_quote() {
    let c = CorpusBuilder::new("t")
        .side("russia", "Russia")
        .speaker("putin", "Vladimir Putin", "russia")
        .article("a1", "TASS", "2019-02-01")
        .paragraph("a1", "p1", "Missile talk, and more missile talk here.")
        .quote(claim("placed", "a1", "p1", "putin", "russia"), "and more")
        .claim(Claim {
            quote: "missile missile".into(),
            ..claim("lost", "a1", "nowhere", "putin", "russia")
        })
        .build();
    assert_eq!(listed(&c, "view=claims&q=missile"), ["lost", "placed"]);
}

#[test]
fn past_the_limit_the_quotes_holding_every_term_come_first_in_corpus_order() {
    use claimscope_core::index::{QUOTES_FIRST_LIMIT, RANK_LIMIT};
    // One paragraph; the first claim quotes the words before "missile", every other one
    // "missile" itself: ranked, the first would come last.
    let text = "Talks went on about the missile.";
    let lists = |n: usize| {
        let c = CorpusBuilder::new("t")
            .side("russia", "Russia")
            .speaker("putin", "Vladimir Putin", "russia")
            .article("a1", "TASS", "2019-02-01")
            .paragraph("a1", "p1", text)
            .quote(
                claim("first", "a1", "p1", "putin", "russia"),
                "Talks went on",
            )
            .claims((1..n).map(|k| Claim {
                quote: "missile".into(),
                start: 24,
                end: 31,
                ..claim(&format!("c{k}"), "a1", "p1", "putin", "russia")
            }))
            .build();
        assert_eq!(&text[24..31], "missile");
        listed(&c, "view=claims&q=missile")
    };
    let under = lists(RANK_LIMIT);
    assert_eq!(under.len(), RANK_LIMIT);
    assert_eq!(under.last().map(String::as_str), Some("first"));
    let over = lists(RANK_LIMIT + 1);
    assert_eq!(over.len(), RANK_LIMIT + 1);
    // Not scored: those quoting "missile" first, in corpus order; the one that does not, last.
    assert_eq!(over[..3], ["c1", "c2", "c3"]);
    assert_eq!(over.last().map(String::as_str), Some("first"));
    // Past the second limit: corpus order.
    let many = lists(QUOTES_FIRST_LIMIT + 1);
    assert_eq!(many[0], "first");
}

#[test]
fn in_the_bundled_corpus_the_claim_quoting_the_word_comes_first() {
    let c = claimscope_core::validate::parse(include_str!("../../data/corpus.json"))
        .expect("the bundled corpus is valid");
    // In corpus order the claim whose paragraph (not quote) says "hysterics" comes first.
    assert_eq!(
        listed(&c, "view=claims&q=hysterics&sort=article"),
        ["voa-putin-grave-danger", "voa-putin-ready-to-work"]
    );
    assert_eq!(
        listed(&c, "view=claims&q=hysterics"),
        ["voa-putin-ready-to-work", "voa-putin-grave-danger"]
    );
}
