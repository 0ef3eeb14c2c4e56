//! Properties of search, highlight and filtering, checked against brute force.

use claimscope_core::corpus::*;
use claimscope_core::index::{filter, highlight, parse_query, CorpusIndex, Query, Term};
use claimscope_core::state::ViewState;
use claimscope_core::testing::{claim, CorpusBuilder};
use claimscope_core::text::{fold, fold_with_map, is_token_char, tokens};
use proptest::prelude::*;

/// Words the random corpora and queries are made of: accents, apostrophes, Cyrillic.
const POOL: &[&str] = &[
    "arms",
    "race",
    "Putin",
    "NATO",
    "Київ",
    "naïve",
    "Niè",
    "treaty",
    "escalation",
    "Ukraine’s",
    "war",
    "warned",
    "армія",
    "STRAßE",
    "nato-led",
];

/// Text that often matches: pool words, fragments and punctuation.
fn texty() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(POOL).prop_map(str::to_owned),
            "[a-zA-Zéèïß’“”\"'«» Київ.,\u{300}\u{308}\u{AD}ﬁ-]{0,6}",
            any::<String>(),
        ],
        0..8,
    )
    .prop_map(|v| v.join(" "))
}

fn check_ranges(text: &str, ranges: &[(usize, usize)]) {
    let mut prev_end = None;
    for &(s, e) in ranges {
        assert!(s < e && e <= text.len(), "{ranges:?} in {text:?}");
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        if let Some(p) = prev_end {
            assert!(s > p, "ranges overlap or touch: {ranges:?}");
        }
        prev_end = Some(e);
    }
}

proptest! {
    #[test]
    fn parse_query_never_panics_and_gives_folded_words(input in any::<String>()) {
        let q = parse_query(&input);
        for t in &q.terms {
            let words = match t {
                Term::Word(w) => vec![w.clone()],
                Term::Phrase(ws) => {
                    prop_assert!(ws.len() >= 2);
                    ws.clone()
                }
            };
            for w in words {
                prop_assert!(!w.is_empty());
                prop_assert!(w.chars().all(char::is_alphanumeric));
            }
        }
    }

    #[test]
    fn fold_map_is_consistent(s in any::<String>()) {
        let (f, map) = fold_with_map(&s);
        prop_assert_eq!(&f, &fold(&s));
        prop_assert_eq!(map.len(), f.len() + 1);
        prop_assert_eq!(*map.last().unwrap(), s.len());
        for w in map.windows(2) {
            prop_assert!(w[0] <= w[1]);
        }
        for &o in &map {
            prop_assert!(s.is_char_boundary(o));
        }
    }

    #[test]
    fn highlight_ranges_are_on_char_boundaries(text in any::<String>(), q in any::<String>()) {
        check_ranges(&text, &highlight(&text, &parse_query(&q)));
    }

    #[test]
    fn highlight_of_likely_matches(text in texty(), q in texty(), quote in any::<bool>()) {
        let q = if quote { format!("\"{q}") } else { q };
        let ranges = highlight(&text, &parse_query(&q));
        check_ranges(&text, &ranges);
        // A query made of a text's own words marks something in it.
        let own = parse_query(&text);
        prop_assert_eq!(highlight(&text, &own).is_empty(), own.terms.is_empty());
    }
}

/// A random small corpus, described by indices.
#[derive(Clone, Debug)]
struct Raw {
    sides: usize,
    speakers: Vec<usize>,
    questions: usize,
    articles: usize,
    paragraphs: Vec<(usize, Vec<usize>)>,
    claims: Vec<RawClaim>,
}

type RawClaim = (usize, usize, usize, usize, usize, Vec<usize>, Vec<usize>);

/// Word indices past `POOL` are rare words `x<i>`.
const WORDS: usize = 200;

fn raw(max_claims: usize) -> impl Strategy<Value = Raw> {
    (
        1..=3usize,
        prop::collection::vec(0..3usize, 1..=4),
        0..=3usize,
        1..=2usize,
        prop::collection::vec((0..2usize, prop::collection::vec(0..WORDS, 1..8)), 1..=4),
        prop::collection::vec(
            (
                0..4usize,
                0..4usize,
                0..3usize,
                0..8usize,
                0..3usize,
                prop::collection::vec(0..4usize, 0..3),
                prop::collection::vec(0..WORDS, 0..4),
            ),
            0..=max_claims,
        ),
    )
        .prop_map(
            |(sides, speakers, questions, articles, paragraphs, claims)| Raw {
                sides,
                speakers,
                questions,
                articles,
                paragraphs,
                claims,
            },
        )
}

fn words(ix: &[usize]) -> String {
    ix.iter()
        .map(|&i| {
            POOL.get(i)
                .map_or_else(|| format!("x{i}"), |w| (*w).to_owned())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn build(r: &Raw) -> Corpus {
    let mut b = CorpusBuilder::new("random").title("");
    for a in 0..r.articles {
        b = b
            .article(&format!("a{a}"), &format!("Outlet {a}"), "2019-08-02")
            .with_article(|article| {
                article.title = format!("Title {a}");
                article.url = String::new();
            });
    }
    let mut places = Vec::new();
    for (i, (a, ws)) in r.paragraphs.iter().enumerate() {
        let place = (format!("a{}", a % r.articles), format!("p{i}"));
        b = b.paragraph(&place.0, &place.1, &words(ws));
        places.push(place);
    }
    for s in 0..r.sides {
        b = b.side(&format!("side{s}"), &format!("Side {s}"));
    }
    for (i, &side) in r.speakers.iter().enumerate() {
        let name = format!("{} Speaker{i}", POOL[(i * 5) % POOL.len()]);
        b = b.speaker(&format!("s{i}"), &name, &format!("side{}", side % r.sides));
    }
    for q in 0..r.questions {
        b = b.question(&format!("q{q}"), &format!("Question {q}?"), "");
    }
    for (i, (p, sp, side, kind, attr, qs, summary)) in r.claims.iter().enumerate() {
        let (article, paragraph) = &places[p % places.len()];
        let speaker = format!("s{}", sp % r.speakers.len());
        let side = format!("side{}", side % r.sides);
        b = b.claim(Claim {
            questions: if r.questions == 0 {
                vec![]
            } else {
                qs.iter().map(|q| format!("q{}", q % r.questions)).collect()
            },
            kind: ClaimKind::ALL[*kind],
            attribution: Attribution::ALL[*attr],
            summary: words(summary),
            ..claim(&format!("c{i}"), article, paragraph, &speaker, &side)
        });
    }
    b.build()
}

/// A random view state over ids that may or may not exist.
fn state() -> impl Strategy<Value = ViewState> {
    let ids = |prefix: &'static str| {
        prop::collection::btree_set((0..5usize).prop_map(move |i| format!("{prefix}{i}")), 0..3)
    };
    (
        ids("side"),
        ids("s"),
        ids("q"),
        prop::collection::btree_set(prop::sample::select(ClaimKind::ALL.to_vec()), 0..3),
        prop::collection::btree_set(prop::sample::select(Attribution::ALL.to_vec()), 0..2),
        ids("a"),
        prop::collection::vec(
            prop_oneof![
                prop::sample::select(POOL).prop_map(str::to_owned),
                prop::sample::select(POOL).prop_map(|w| w.chars().take(2).collect::<String>()),
                (0..WORDS).prop_map(|i| format!("x{i}")),
                (0..WORDS, 0..WORDS).prop_map(|(a, b)| format!("\"x{a} x{b}\"")),
                (prop::sample::select(POOL), prop::sample::select(POOL))
                    .prop_map(|(a, b)| format!("\"{a} {b}\"")),
                (prop::sample::select(POOL), prop::sample::select(POOL))
                    .prop_map(|(a, b)| format!("“{a} {}", b.chars().take(3).collect::<String>())),
            ],
            0..3,
        ),
        prop::bool::weighted(0.3),
    )
        .prop_map(
            |(sides, speakers, questions, kinds, attributions, articles, q, no_q)| ViewState {
                sides,
                speakers,
                questions,
                kinds,
                attributions,
                articles,
                q: if no_q { String::new() } else { q.join(" ") },
                ..Default::default()
            },
        )
}

/// Brute force: the folded tokens of a text.
fn toks(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Brute force: whether a claim matches a query, over its paragraph, summary and speaker name.
fn brute_search(corpus: &Corpus, claim: &Claim, q: &Query) -> bool {
    let paragraph = corpus
        .article(&claim.article)
        .and_then(|a| a.paragraph(&claim.paragraph))
        .map_or(claim.quote.as_str(), |p| p.text.as_str());
    let speaker = corpus
        .speaker(&claim.speaker)
        .map_or(claim.speaker.as_str(), |s| s.name.as_str());
    let fields = [toks(paragraph), toks(&claim.summary), toks(speaker)];
    q.terms.iter().all(|t| {
        fields.iter().any(|f| match t {
            Term::Word(w) => f.iter().any(|tok| tok.starts_with(w.as_str())),
            Term::Phrase(ws) => f.windows(ws.len()).any(|win| {
                win.iter().zip(ws).enumerate().all(|(i, (tok, w))| {
                    if i + 1 == ws.len() {
                        tok.starts_with(w.as_str())
                    } else {
                        tok == w
                    }
                })
            }),
        })
    })
}

/// Brute force: the values a claim has in a facet.
fn claim_values(c: &Claim, f: Facet) -> Vec<String> {
    match f {
        Facet::Side => vec![c.side.clone()],
        Facet::Speaker => vec![c.speaker.clone()],
        Facet::Question => c.questions.clone(),
        Facet::Kind => vec![c.kind.as_str().to_owned()],
        Facet::Attribution => vec![c.attribution.as_str().to_owned()],
        Facet::Article => vec![c.article.clone()],
    }
}

/// Brute force: the ids a corpus knows in a facet.
fn known(corpus: &Corpus, f: Facet) -> Vec<String> {
    match f {
        Facet::Side => corpus.sides.iter().map(|s| s.id.clone()).collect(),
        Facet::Speaker => corpus.speakers.iter().map(|s| s.id.clone()).collect(),
        Facet::Question => corpus.questions.iter().map(|s| s.id.clone()).collect(),
        Facet::Kind => ClaimKind::ALL
            .iter()
            .map(|k| k.as_str().to_owned())
            .collect(),
        Facet::Attribution => Attribution::ALL
            .iter()
            .map(|k| k.as_str().to_owned())
            .collect(),
        Facet::Article => corpus.articles.iter().map(|s| s.id.clone()).collect(),
    }
}

/// Brute force: whether a claim passes facet `f` of `state` (unknown values ignored).
fn passes(corpus: &Corpus, state: &ViewState, c: &Claim, f: Facet) -> bool {
    let known = known(corpus, f);
    let sel: Vec<String> = state
        .selected(f)
        .into_iter()
        .filter(|v| known.contains(v))
        .collect();
    sel.is_empty() || claim_values(c, f).iter().any(|v| sel.contains(v))
}

/// Checks filtering, search and counts of a corpus against brute force.
fn check_filter(r: &Raw, state: &ViewState) -> Result<(), TestCaseError> {
    let state = state.clone();
    let corpus = build(r);
    let index = CorpusIndex::new(&corpus);
    let q = parse_query(&state.q);
    let text_ok: Vec<bool> = corpus
        .claims
        .iter()
        .map(|c| brute_search(&corpus, c, &q))
        .collect();

    // Search alone.
    let expected_search: Vec<u32> = (0..corpus.claims.len() as u32)
        .filter(|&i| text_ok[i as usize])
        .collect();
    match index.search(&q) {
        None => prop_assert!(q.terms.is_empty()),
        Some(found) => prop_assert_eq!(found, expected_search),
    }

    let result = filter(&index, &state);
    let expected: Vec<u32> = corpus
        .claims
        .iter()
        .enumerate()
        .filter(|&(i, c)| text_ok[i] && Facet::ALL.iter().all(|&f| passes(&corpus, &state, c, f)))
        .map(|(i, _)| i as u32)
        .collect();
    prop_assert_eq!(&result.claims, &expected);

    for f in Facet::ALL {
        for v in known(&corpus, f) {
            let want = corpus
                .claims
                .iter()
                .enumerate()
                .filter(|&(i, c)| {
                    text_ok[i]
                        && Facet::ALL
                            .iter()
                            .filter(|&&g| g != f)
                            .all(|&g| passes(&corpus, &state, c, g))
                        && claim_values(c, f).contains(&v)
                })
                .count();
            prop_assert_eq!(result.counts.get(f, &v), want, "{:?} {}", f, v);
        }
        // The listed values are the declared ones, in corpus order.
        let listed: Vec<&str> = result.counts.values(f).map(|e| e.id).collect();
        let declared = known(&corpus, f);
        prop_assert_eq!(
            listed,
            declared.iter().map(String::as_str).collect::<Vec<_>>()
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    #[test]
    fn filter_agrees_with_brute_force_on_larger_corpora(r in raw(150), state in state()) {
        check_filter(&r, &state)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn filter_agrees_with_brute_force(r in raw(14), state in state()) {
        check_filter(&r, &state)?;
    }

    /// An index whose text is built at the first search gives the same results as one built
    /// whole, and builds its text then, not before.
    #[test]
    fn deferred_text_index_agrees(r in raw(14), state in state()) {
        let corpus = std::sync::Arc::new(build(&r));
        let whole = filter(&CorpusIndex::new(&corpus), &state);
        let deferred = CorpusIndex::deferred(corpus.clone());
        prop_assert!(!deferred.text_ready());
        let lazy = filter(&deferred, &state);
        prop_assert_eq!(deferred.text_ready(), !parse_query(&state.q).terms.is_empty());
        prop_assert_eq!(&lazy.claims, &whole.claims);
        prop_assert_eq!(lazy.counts, whole.counts);
        deferred.prepare_text();
        prop_assert!(deferred.text_ready());
    }

    /// An index whose text is built a few claims at a time gives the same results as one built
    /// whole, whether a search comes before the last part (which then builds the rest) or after.
    #[test]
    fn part_built_text_index_agrees(
        r in raw(14),
        state in state(),
        part in 1usize..6,
        parts_before_search in 0usize..8,
    ) {
        let corpus = std::sync::Arc::new(build(&r));
        let whole = filter(&CorpusIndex::new(&corpus), &state);
        let stepped = CorpusIndex::deferred(corpus.clone());
        let mut ready = false;
        for _ in 0..parts_before_search {
            ready = stepped.prepare_text_part(part);
        }
        prop_assert_eq!(ready, stepped.text_ready());
        let early = filter(&stepped, &state);
        prop_assert_eq!(&early.claims, &whole.claims);
        prop_assert_eq!(&early.counts, &whole.counts);
        let mut parts = 0;
        while !stepped.prepare_text_part(part) {
            parts += 1;
            // A part per `part` claims, then the passes that finish it: sorting, counting and
            // filling (16 × `part` claims a part each), positions, prefixes.
            let n = corpus.claims.len();
            let passes = 2 * n.div_ceil(16 * part).max(1) + 3;
            prop_assert!(parts <= n.div_ceil(part) + passes, "the build never ends");
        }
        prop_assert!(stepped.text_ready());
        let late = filter(&stepped, &state);
        prop_assert_eq!(&late.claims, &whole.claims);
        prop_assert_eq!(late.counts, whole.counts);
    }

    #[test]
    fn empty_state_returns_all_claims(r in raw(14)) {
        let corpus = build(&r);
        let index = CorpusIndex::new(&corpus);
        let result = filter(&index, &ViewState::default());
        prop_assert_eq!(result.claims, (0..corpus.claims.len() as u32).collect::<Vec<_>>());
        for f in Facet::ALL {
            for e in result.counts.values(f) {
                prop_assert_eq!(e.count, e.total);
            }
        }
    }

    #[test]
    fn every_claim_finds_itself_by_its_summary(r in raw(100)) {
        let corpus = build(&r);
        let index = CorpusIndex::new(&corpus);
        for (i, c) in corpus.claims.iter().enumerate() {
            let q = parse_query(&format!("\"{}\"", c.summary));
            if let Some(found) = index.search(&q) {
                prop_assert!(found.contains(&(i as u32)));
            }
        }
    }
}

/// The tokens as the module docs define them: maximal runs of token chars, char by char.
fn tokens_by_chars(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
        match (start, i < s.len() && is_token_char(c)) {
            (None, true) => start = Some(i),
            (Some(b), false) => {
                out.push((b, &s[b..i]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

proptest! {
    /// The byte-wise tokenizer (fast on ASCII) splits any text exactly as char by char.
    #[test]
    fn tokens_match_the_char_by_char_definition(text in texty()) {
        let folded = fold(&text);
        prop_assert_eq!(tokens(&folded).collect::<Vec<_>>(), tokens_by_chars(&folded));
        prop_assert_eq!(tokens(&text).collect::<Vec<_>>(), tokens_by_chars(&text));
    }
}
