//! Marking the differences between two descriptions of the same fact, word by word.
//!
//! [`word_diff`] splits each text into *words* and the *separators* between them (whitespace and
//! punctuation), so that every text reads `sep word sep word … word sep` (separators may be
//! empty). A word is a run of letters, digits and combining marks; an apostrophe between two
//! letters (`Ukraine’s`), a `.` or `,` between two digits (`5,000`) and invisible format
//! characters such as a soft hyphen stay inside the word. A hyphen separates (`ground-launched`
//! is two words), so a change of one half of a compound marks only that half.
//!
//! Words are compared case-insensitively (and `’` equals `'`), by a longest common subsequence
//! over words. Between two matched words, the separator text the two sides share at its start
//! and at its end stays [`Part::Same`]; the rest (unmatched words and the punctuation around
//! them) is [`Part::Changed`], with its outer whitespace given back to the unchanged text. Parts
//! are merged, never empty, and the parts of each side concatenate to its original text exactly.
//!
//! Cost: the common leading and trailing words are matched in linear time; the dynamic
//! programme runs on the rest only when it has at most [`MAX_LCS_CELLS`] cells (a thousand
//! words a side); beyond that the middle is marked changed as a whole.

use crate::text::{is_combining_mark, to_lowercase};
use std::collections::HashMap;
use std::ops::Range;

/// The largest table the word LCS may fill (words of `a` times words of `b`, after the common
/// leading and trailing words are set aside).
pub const MAX_LCS_CELLS: usize = 1_000_000;

/// A piece of one side's text.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// Text the other side has too.
    Same(String),
    /// Text only this side has (or has differently).
    Changed(String),
}

impl Part {
    /// The text of the part.
    pub fn text(&self) -> &str {
        match self {
            Part::Same(s) | Part::Changed(s) => s,
        }
    }

    pub fn is_changed(&self) -> bool {
        matches!(self, Part::Changed(_))
    }
}

/// The parts of `a` and of `b`, marking what differs (see the module docs).
pub fn word_diff(a: &str, b: &str) -> (Vec<Part>, Vec<Part>) {
    let mut vocabulary = HashMap::new();
    let ta = Tokens::new(a, &mut vocabulary);
    let tb = Tokens::new(b, &mut vocabulary);
    let matches = match_words(&ta.keys, &tb.keys);

    let mut pa = Parts::default();
    let mut pb = Parts::default();
    // Regions lie between consecutive anchors: the text start, each matched pair, the text end.
    let mut prev: (Option<usize>, Option<usize>) = (None, None);
    for next in matches
        .iter()
        .map(|&(i, j)| (Some(i), Some(j)))
        .chain(std::iter::once((None, None)))
    {
        let ra = ta.region(prev.0, next.0);
        let rb = tb.region(prev.1, next.1);
        let (lead_a, lead_b) = (&a[ra.lead.clone()], &b[rb.lead.clone()]);
        let (pre_a, pre_b) = common_prefix(lead_a, lead_b);
        // The shared end may not reach into the shared start when a region is one separator.
        let floor_a = if ra.single {
            ra.lead.start + pre_a
        } else {
            ra.trail.start
        };
        let floor_b = if rb.single {
            rb.lead.start + pre_b
        } else {
            rb.trail.start
        };
        let (suf_a, suf_b) =
            common_suffix(a, ra.trail.clone(), floor_a, b, rb.trail.clone(), floor_b);
        pa.region(a, ra.span.clone(), pre_a, suf_a);
        pb.region(b, rb.span.clone(), pre_b, suf_b);
        if let (Some(i), Some(j)) = next {
            pa.push(false, &a[ta.words[i].clone()]);
            pb.push(false, &b[tb.words[j].clone()]);
        }
        prev = next;
    }
    (pa.parts, pb.parts)
}

/// A text's words (byte ranges) and their comparison keys.
struct Tokens {
    len: usize,
    words: Vec<Range<usize>>,
    keys: Vec<u32>,
}

/// The text between two anchors, as byte ranges of the text.
struct Region {
    /// All of it.
    span: Range<usize>,
    /// The separator it starts with.
    lead: Range<usize>,
    /// The separator it ends with.
    trail: Range<usize>,
    /// No word inside: `lead`, `trail` and `span` are the same separator.
    single: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Invisible characters that may sit inside a word and do not count when comparing.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

impl Tokens {
    fn new(text: &str, vocabulary: &mut HashMap<String, u32>) -> Tokens {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
        let mut words = Vec::new();
        let mut keys = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if !is_word_char(chars[k].1) {
                k += 1;
                continue;
            }
            let start = k;
            let mut key = String::new();
            loop {
                let c = chars[k].1;
                if is_apostrophe(c) {
                    key.push('\'');
                } else if !is_invisible(c) {
                    to_lowercase(c, |l| key.push(l));
                }
                k += 1;
                let Some(&(_, c)) = chars.get(k) else { break };
                if is_word_char(c) {
                    continue;
                }
                // A joining character stays in the word when a word character follows.
                let prev = chars[k - 1].1;
                let joins = if is_apostrophe(c) {
                    prev.is_alphanumeric()
                } else if matches!(c, '.' | ',') {
                    prev.is_numeric()
                } else {
                    is_invisible(c)
                };
                if !joins {
                    break;
                }
                let mut look = k + 1;
                while is_invisible(c) && chars.get(look).is_some_and(|&(_, d)| is_invisible(d)) {
                    look += 1;
                }
                let follows = chars.get(look).is_some_and(|&(_, d)| {
                    if is_apostrophe(c) {
                        d.is_alphanumeric()
                    } else if matches!(c, '.' | ',') {
                        d.is_numeric()
                    } else {
                        is_word_char(d)
                    }
                });
                if !follows {
                    break;
                }
            }
            words.push(byte(start)..byte(k));
            let next_id = vocabulary.len() as u32;
            keys.push(*vocabulary.entry(key).or_insert(next_id));
        }
        Tokens {
            len: text.len(),
            words,
            keys,
        }
    }

    /// The text after word `from` (or from the start) and before word `to` (or to the end).
    fn region(&self, from: Option<usize>, to: Option<usize>) -> Region {
        let start = from.map_or(0, |i| self.words[i].end);
        let end = to.map_or(self.len, |i| self.words[i].start);
        let first = from.map_or(0, |i| i + 1);
        let stop = to.unwrap_or(self.words.len());
        if first >= stop {
            return Region {
                span: start..end,
                lead: start..end,
                trail: start..end,
                single: true,
            };
        }
        Region {
            span: start..end,
            lead: start..self.words[first].start,
            trail: self.words[stop - 1].end..end,
            single: false,
        }
    }
}

/// The matched word pairs `(i, j)`, increasing in both.
fn match_words(a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut out: Vec<(usize, usize)> = (0..prefix).map(|k| (k, k)).collect();
    let cells = ma.len().saturating_mul(mb.len());
    if cells > 0 && cells <= MAX_LCS_CELLS {
        out.extend(
            lcs(ma, mb)
                .into_iter()
                .map(|(i, j)| (i + prefix, j + prefix)),
        );
    }
    out.extend((0..suffix).map(|k| (a.len() - suffix + k, b.len() - suffix + k)));
    out
}

/// A longest common subsequence of `a` and `b`, by dynamic programming over suffixes; ties
/// prefer skipping a word of `a`, so the result is deterministic.
fn lcs(a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let w = m + 1;
    // table[i * w + j]: the LCS length of a[i..] and b[j..].
    let mut table = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i * w + j] = if a[i] == b[j] {
                table[(i + 1) * w + j + 1] + 1
            } else {
                table[(i + 1) * w + j].max(table[i * w + j + 1])
            };
        }
    }
    let mut out = Vec::with_capacity(table[0] as usize);
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i] == b[j] {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if table[(i + 1) * w + j] >= table[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

fn same_sep_char(x: char, y: char) -> bool {
    x == y || (x.is_whitespace() && y.is_whitespace())
}

/// The byte lengths of the common start of `a` and `b`.
fn common_prefix(a: &str, b: &str) -> (usize, usize) {
    let (mut la, mut lb) = (0, 0);
    for (x, y) in a.chars().zip(b.chars()) {
        if !same_sep_char(x, y) {
            break;
        }
        la += x.len_utf8();
        lb += y.len_utf8();
    }
    (la, lb)
}

/// The byte lengths of the common end of `a[ra]` and `b[rb]`, not reaching below byte
/// `floor_a` of `a` and `floor_b` of `b`.
fn common_suffix(
    a: &str,
    ra: Range<usize>,
    floor_a: usize,
    b: &str,
    rb: Range<usize>,
    floor_b: usize,
) -> (usize, usize) {
    let (mut sa, mut sb) = (ra.end, rb.end);
    for (x, y) in a[ra.clone()].chars().rev().zip(b[rb.clone()].chars().rev()) {
        if !same_sep_char(x, y) {
            break;
        }
        let (na, nb) = (sa - x.len_utf8(), sb - y.len_utf8());
        if na < floor_a || nb < floor_b {
            break;
        }
        sa = na;
        sb = nb;
    }
    (ra.end - sa, rb.end - sb)
}

/// One side's parts under construction: merged, never empty.
#[derive(Default)]
struct Parts {
    parts: Vec<Part>,
}

impl Parts {
    fn push(&mut self, changed: bool, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.parts.last_mut() {
            Some(Part::Changed(s)) if changed => s.push_str(text),
            Some(Part::Same(s)) if !changed => s.push_str(text),
            _ => self.parts.push(if changed {
                Part::Changed(text.to_owned())
            } else {
                Part::Same(text.to_owned())
            }),
        }
    }

    /// The region `span` of `text`: its first `pre` and last `suf` bytes are shared, the
    /// middle is changed except for its outer whitespace.
    fn region(&mut self, text: &str, span: Range<usize>, pre: usize, suf: usize) {
        let s = &text[span];
        let (head, rest) = s.split_at(pre);
        let (middle, tail) = rest.split_at(rest.len() - suf);
        let core = middle.trim();
        let before = middle.len() - middle.trim_start().len();
        let after = middle.len() - before - core.len();
        self.push(false, head);
        self.push(false, &middle[..before]);
        self.push(true, core);
        self.push(false, &middle[middle.len() - after..]);
        self.push(false, tail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn joined(parts: &[Part]) -> String {
        parts.iter().map(Part::text).collect()
    }

    fn changed(parts: &[Part]) -> Vec<&str> {
        parts
            .iter()
            .filter(|p| p.is_changed())
            .map(Part::text)
            .collect()
    }

    fn well_formed(parts: &[Part]) -> bool {
        parts.iter().all(|p| !p.text().is_empty())
            && parts
                .windows(2)
                .all(|w| w[0].is_changed() != w[1].is_changed())
    }

    const INF_A: &str = "possessing, producing, or deploying ground-launched cruise and ballistic \
                         missiles with a range of between 500 and 5,000 kilometers";
    const INF_B: &str =
        "building, testing and stockpiling ground-launched nuclear missiles with a \
                         range of 500 to 5,000 kilometers (310 to 3,100 miles)";

    #[test]
    fn marks_the_inf_descriptions() {
        let (a, b) = word_diff(INF_A, INF_B);
        assert_eq!(joined(&a), INF_A);
        assert_eq!(joined(&b), INF_B);
        assert!(well_formed(&a) && well_formed(&b));
        assert_eq!(
            changed(&a),
            [
                "possessing, producing, or deploying",
                "cruise and ballistic",
                "between",
                "and"
            ]
        );
        assert_eq!(
            changed(&b),
            [
                "building, testing and stockpiling",
                "nuclear",
                "to",
                "(310 to 3,100 miles)"
            ]
        );
        assert_eq!(a[1], Part::Same(" ground-launched ".into()));
        assert_eq!(
            b.last(),
            Some(&Part::Changed("(310 to 3,100 miles)".into()))
        );
    }

    #[test]
    fn identical_and_case_only_differences_are_same() {
        let (a, b) = word_diff(INF_A, INF_A);
        assert_eq!(a, [Part::Same(INF_A.into())]);
        assert_eq!(b, a);
        let upper = INF_A.to_uppercase();
        let (a, b) = word_diff(INF_A, &upper);
        assert_eq!(a, [Part::Same(INF_A.into())]);
        assert_eq!(b, [Part::Same(upper)]);
        let (a, b) = word_diff("Ukraine’s army", "UKRAINE'S ARMY");
        assert!(changed(&a).is_empty() && changed(&b).is_empty());
    }

    #[test]
    fn empty_sides() {
        assert_eq!(word_diff("", ""), (vec![], vec![]));
        let (a, b) = word_diff("", "  new words. ");
        assert!(a.is_empty());
        assert_eq!(
            b,
            [
                Part::Same("  ".into()),
                Part::Changed("new words.".into()),
                Part::Same(" ".into())
            ]
        );
    }

    #[test]
    fn punctuation_between_matched_words() {
        let (a, b) = word_diff("the treaty which", "the treaty, which");
        assert_eq!(a, [Part::Same("the treaty which".into())]);
        assert_eq!(
            b,
            [
                Part::Same("the treaty".into()),
                Part::Changed(",".into()),
                Part::Same(" which".into())
            ]
        );
        let (a, b) = word_diff("a  b", "a b");
        assert_eq!((a.len(), b.len()), (1, 1));
        let (a, b) = word_diff("ground-launched", "sea-launched");
        assert_eq!(changed(&a), ["ground"]);
        assert_eq!(changed(&b), ["sea"]);
    }

    #[test]
    fn numbers_and_apostrophes_are_one_word() {
        let (a, b) = word_diff("5,000 km", "5.000 km");
        assert_eq!(changed(&a), ["5,000"]);
        assert_eq!(changed(&b), ["5.000"]);
        let (a, _) = word_diff("Russia’s missile", "Russia missile");
        assert_eq!(changed(&a), ["Russia’s"]);
        let (a, b) = word_diff("esca\u{AD}lation now", "escalation now");
        assert_eq!(changed(&a), Vec::<&str>::new());
        assert_eq!(changed(&b), Vec::<&str>::new());
    }

    #[test]
    fn huge_inputs_are_capped() {
        let a: String = (0..5000).map(|k| format!("w{k} ")).collect();
        let b: String = (0..5000).map(|k| format!("w{} ", k * 7 % 5003)).collect();
        let t = std::time::Instant::now();
        let (pa, pb) = word_diff(&format!("start {a} end"), &format!("start {b} end"));
        assert!(t.elapsed().as_secs_f64() < 2.0);
        assert_eq!(pa[0], Part::Same("start w0 ".into()));
        assert_eq!(pb[0], Part::Same("start w0 ".into()));
        assert_eq!(pa.len(), 3);
        assert_eq!(joined(&pb), format!("start {b} end"));
        // A huge identical text is matched by its common prefix, in linear time.
        let (pa, _) = word_diff(&a, &a);
        assert_eq!(pa, [Part::Same(a.clone())]);
    }

    fn texty() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                prop::sample::select(
                    &[
                        "missiles", "Missiles", "5,000", "’s", "-", " ", ", ", "(", ")", "\u{AD}",
                        "\u{301}", "naïve", "Київ", "\u{A0}", "'",
                    ][..]
                )
                .prop_map(str::to_owned),
                any::<String>(),
            ],
            0..12,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn parts_give_back_the_originals(a in texty(), b in texty()) {
            let (pa, pb) = word_diff(&a, &b);
            prop_assert_eq!(joined(&pa), a.clone());
            prop_assert_eq!(joined(&pb), b.clone());
            prop_assert!(well_formed(&pa) && well_formed(&pb));
            let (sa, sb) = word_diff(&a, &a);
            prop_assert!(changed(&sa).is_empty() && changed(&sb).is_empty());
        }

        #[test]
        fn arbitrary_unicode_round_trips(a in any::<String>(), b in any::<String>()) {
            let (pa, pb) = word_diff(&a, &b);
            prop_assert_eq!(joined(&pa), a);
            prop_assert_eq!(joined(&pb), b);
        }
    }
}
