//! A set of ids, one bit each: the claims a filter or a search keeps.

/// A set of ids `0..size()`, one bit each.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Bitset {
    pub(super) words: Vec<u64>,
    pub(super) size: usize,
}

impl Bitset {
    /// The empty set over `0..size`.
    pub fn new(size: usize) -> Bitset {
        Bitset {
            words: vec![0; size.div_ceil(64)],
            size,
        }
    }

    /// The set of all of `0..size`.
    pub fn full(size: usize) -> Bitset {
        let mut words = vec![u64::MAX; size.div_ceil(64)];
        let tail = size % 64;
        if tail != 0 {
            if let Some(last) = words.last_mut() {
                *last = (1u64 << tail) - 1;
            }
        }
        Bitset { words, size }
    }

    /// The set of the given ids (each below `size`).
    pub fn from_ids(size: usize, ids: impl IntoIterator<Item = u32>) -> Bitset {
        let mut b = Bitset::new(size);
        for i in ids {
            b.insert(i);
        }
        b
    }

    /// The size of the universe, not the number of members (see [`Bitset::count`]).
    pub fn size(&self) -> usize {
        self.size
    }

    #[inline]
    pub fn insert(&mut self, i: u32) {
        self.words[(i / 64) as usize] |= 1 << (i % 64);
    }

    #[inline]
    pub fn remove(&mut self, i: u32) {
        self.words[(i / 64) as usize] &= !(1 << (i % 64));
    }

    /// Whether `i` is a member; ids outside the universe never are.
    #[inline]
    pub fn contains(&self, i: u32) -> bool {
        self.words
            .get((i / 64) as usize)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// The number of members.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// True when there are no members.
    pub fn is_clear(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }

    /// Keeps only the members also in `other` (of the same size).
    pub fn and_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    /// Adds the members of `other` (of the same size).
    pub fn or_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// The members, ascending.
    pub fn ones(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(wi, &w)| {
            let base = (wi * 64) as u32;
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let bit = w.trailing_zeros();
                w &= w - 1;
                Some(base + bit)
            })
        })
    }

    /// Calls `f` with each member, ascending (faster than [`Bitset::ones`]).
    #[inline]
    pub fn for_each_one(&self, mut f: impl FnMut(u32)) {
        for (wi, &w) in self.words.iter().enumerate() {
            let mut w = w;
            while w != 0 {
                f((wi * 64) as u32 + w.trailing_zeros());
                w &= w - 1;
            }
        }
    }

    /// Calls `f` with each id of `0..size()` that is not a member, ascending.
    #[inline]
    pub fn for_each_zero(&self, mut f: impl FnMut(u32)) {
        let tail = self.size % 64;
        let last = self.words.len().wrapping_sub(1);
        for (wi, &w) in self.words.iter().enumerate() {
            let mut w = !w;
            if wi == last && tail != 0 {
                w &= (1u64 << tail) - 1;
            }
            while w != 0 {
                f((wi * 64) as u32 + w.trailing_zeros());
                w &= w - 1;
            }
        }
    }

    /// The members, ascending.
    pub fn to_vec(&self) -> Vec<u32> {
        let mut v = Vec::with_capacity(self.count());
        self.for_each_one(|i| v.push(i));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::Bitset;

    #[test]
    fn bitset_basics() {
        let mut b = Bitset::new(130);
        assert!(b.is_clear());
        for i in [0, 63, 64, 129] {
            b.insert(i);
        }
        assert_eq!(b.to_vec(), [0, 63, 64, 129]);
        assert_eq!(b.count(), 4);
        b.remove(63);
        assert!(!b.contains(63) && b.contains(64) && !b.contains(500));
        let f = Bitset::full(130);
        assert_eq!(f.count(), 130);
        let mut g = f.clone();
        g.and_with(&b);
        assert_eq!(g, b);
        assert_eq!(Bitset::full(128).count(), 128);
        assert_eq!(Bitset::full(0).count(), 0);
    }
}
