//! Splitting a paragraph's text where claims, events and search matches begin and end (byte
//! ranges: the Read model converts the corpus's char offsets with `crate::corpus::CharIndex`).
//!
//! Claims may overlap. The text is cut at every start and end, giving elementary *pieces*; runs
//! of pieces inside the same set of claims form *groups*, one highlighted element each, which
//! carries its *innermost* claim (the one starting last; then the shortest; then the later one).
//! A claim's *head* is the first group whose innermost claim it is: that element takes the
//! claim's side label and keyboard focus. A claim that is never innermost (another claim covers
//! exactly the same text) has no head and gets a label of its own before the group where it
//! starts.

use std::cmp::Reverse;
use std::ops::Range;

/// A stretch of text inside the same claims, events and search matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Byte range in the paragraph text.
    pub range: Range<usize>,
    /// Indices of the events covering it, outermost (earliest start) first.
    pub events: Vec<usize>,
    /// It lies in a search match.
    pub hit: bool,
}

/// A run of pieces inside the same set of claims.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// Byte range in the paragraph text.
    pub range: Range<usize>,
    /// Indices of the claims covering it (sorted).
    pub claims: Vec<usize>,
    /// The innermost of those claims.
    pub inner: Option<usize>,
    pub pieces: Vec<Piece>,
}

/// A paragraph cut up for drawing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub groups: Vec<Group>,
    /// For each claim given, the index of its head group (`None`: no head, or not drawn).
    pub heads: Vec<Option<usize>>,
    /// For each claim given, the group at whose start it begins (`None` when not drawn).
    pub starts: Vec<Option<usize>>,
}

fn fits(r: &Range<usize>, len: usize) -> bool {
    r.start < r.end && r.end <= len
}

/// Cuts a text of `len` bytes at the given byte ranges of claims, events and search matches.
/// Ranges that are empty or reach past `len` are left out; so are ranges that do not start and
/// end on the cut points of `boundary` (pass `|_| true` when every offset is valid).
pub fn layout(
    len: usize,
    claims: &[Option<Range<usize>>],
    events: &[Option<Range<usize>>],
    hits: &[Range<usize>],
    boundary: impl Fn(usize) -> bool,
) -> Layout {
    let ok = |r: &Range<usize>| fits(r, len) && boundary(r.start) && boundary(r.end);
    let claims: Vec<Option<Range<usize>>> =
        claims.iter().map(|r| r.clone().filter(|r| ok(r))).collect();
    let events: Vec<Option<Range<usize>>> =
        events.iter().map(|r| r.clone().filter(|r| ok(r))).collect();
    let hits: Vec<Range<usize>> = hits.iter().filter(|r| ok(r)).cloned().collect();

    let mut cuts: Vec<usize> = vec![0, len];
    for r in claims
        .iter()
        .chain(events.iter())
        .flatten()
        .chain(hits.iter())
    {
        cuts.push(r.start);
        cuts.push(r.end);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let covering = |set: &[Option<Range<usize>>], a: usize, b: usize| -> Vec<usize> {
        set.iter()
            .enumerate()
            .filter(|(_, r)| r.as_ref().is_some_and(|r| r.start <= a && b <= r.end))
            .map(|(i, _)| i)
            .collect()
    };

    let mut groups: Vec<Group> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        let in_claims = covering(&claims, a, b);
        let mut in_events = covering(&events, a, b);
        in_events.sort_by_key(|&i| {
            let r = events[i].clone().unwrap_or_default();
            (r.start, Reverse(r.end), i)
        });
        let piece = Piece {
            range: a..b,
            events: in_events,
            hit: hits.iter().any(|h| h.start <= a && b <= h.end),
        };
        match groups.last_mut() {
            Some(g) if g.claims == in_claims => {
                g.range.end = b;
                g.pieces.push(piece);
            }
            _ => {
                let inner = in_claims.iter().copied().max_by_key(|&i| {
                    let r = claims[i].clone().unwrap_or_default();
                    (r.start, Reverse(r.end), i)
                });
                groups.push(Group {
                    range: a..b,
                    claims: in_claims,
                    inner,
                    pieces: vec![piece],
                });
            }
        }
    }

    let heads = (0..claims.len())
        .map(|c| groups.iter().position(|g| g.inner == Some(c)))
        .collect();
    let starts = claims
        .iter()
        .map(|r| {
            r.as_ref()
                .and_then(|r| groups.iter().position(|g| g.range.start == r.start))
        })
        .collect();
    Layout {
        groups,
        heads,
        starts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(t: &'a str, l: &Layout) -> Vec<(&'a str, Option<usize>)> {
        l.groups
            .iter()
            .map(|g| (&t[g.range.clone()], g.inner))
            .collect()
    }

    #[test]
    fn plain_text_is_one_group() {
        let l = layout(5, &[], &[], &[], |_| true);
        assert_eq!(l.groups.len(), 1);
        assert_eq!(l.groups[0].inner, None);
        assert_eq!(layout(0, &[], &[], &[], |_| true).groups, vec![]);
    }

    #[test]
    fn overlapping_claims_split_with_innermost() {
        let t = "aaaa bbbb cccc dddd";
        let claims = [Some(0..14), Some(5..19), Some(5..9)];
        let l = layout(t.len(), &claims, &[], &[], |_| true);
        assert_eq!(
            texts(t, &l),
            vec![
                ("aaaa ", Some(0)),
                ("bbbb", Some(2)),
                (" cccc", Some(1)),
                (" dddd", Some(1)),
            ]
        );
        assert_eq!(l.heads, vec![Some(0), Some(2), Some(1)]);
        assert_eq!(l.starts, vec![Some(0), Some(1), Some(1)]);
    }

    #[test]
    fn identical_claims_leave_one_without_head() {
        let claims = [Some(2..6), Some(2..6)];
        let l = layout(8, &claims, &[], &[], |_| true);
        assert_eq!(l.heads, vec![None, Some(1)]);
        assert_eq!(l.starts, vec![Some(1), Some(1)]);
    }

    #[test]
    fn bad_ranges_are_skipped() {
        let t = "’ab";
        let claims = [Some(0..99), Some(1..4), Some(3..3), None];
        let l = layout(
            t.len(),
            &claims,
            &[Some(2..5)],
            std::slice::from_ref(&(1..2)),
            |i| t.is_char_boundary(i),
        );
        assert_eq!(l.heads, vec![None, None, None, None]);
        assert_eq!(l.groups.len(), 1);
        assert!(l.groups[0]
            .pieces
            .iter()
            .all(|p| p.events.is_empty() && !p.hit));
    }

    #[test]
    fn events_and_hits_cut_pieces_not_groups() {
        let t = "one two three four";
        let l = layout(
            t.len(),
            &[Some(4..13)],
            &[Some(0..7)],
            std::slice::from_ref(&(8..13)),
            |_| true,
        );
        let g = &l.groups[1];
        assert_eq!(&t[g.range.clone()], "two three");
        let pieces: Vec<_> = g
            .pieces
            .iter()
            .map(|p| (&t[p.range.clone()], p.events.clone(), p.hit))
            .collect();
        assert_eq!(
            pieces,
            vec![
                ("two", vec![0], false),
                (" ", vec![], false),
                ("three", vec![], true)
            ]
        );
    }
}
