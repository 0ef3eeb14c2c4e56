//! Compressed rows of `u32`s in one buffer ([`Csr`]), the layout of every per-claim and
//! per-value list of the index, and the fast hasher the index's maps use.

/// The Fx hash for the maps of the build: the keys are the corpus's own words and ids, and
/// SipHash would dominate the build time.
pub(super) type FxBuild = rustc_hash::FxBuildHasher;

/// Compressed rows: row `r` is `data[offsets[r]..offsets[r + 1]]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Csr {
    pub(super) offsets: Vec<u32>,
    pub(super) data: Vec<u32>,
}

impl Csr {
    /// The rows of the transpose: for each value `0..values`, the rows holding it, ascending.
    pub(super) fn transpose(&self, values: usize) -> Csr {
        let mut out = self.by_value(values);
        let mut fill = out.offsets[..values].to_vec();
        for r in 0..self.offsets.len().saturating_sub(1) {
            for &v in self.row(r) {
                out.data[fill[v as usize] as usize] = r as u32;
                fill[v as usize] += 1;
            }
        }
        out
    }

    /// For each value `0..values`, where it is in `data` (indices, ascending).
    pub(super) fn positions(&self, values: usize) -> Csr {
        let mut out = self.by_value(values);
        let mut fill = out.offsets[..values].to_vec();
        for (i, &v) in self.data.iter().enumerate() {
            out.data[fill[v as usize] as usize] = i as u32;
            fill[v as usize] += 1;
        }
        out
    }

    /// Rows for the values `0..values`, each as long as the value's count in `data`, zeroed.
    pub(super) fn by_value(&self, values: usize) -> Csr {
        let mut offsets = vec![0u32; values + 1];
        for &v in &self.data {
            offsets[v as usize + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        Csr {
            offsets,
            data: vec![0u32; self.data.len()],
        }
    }

    /// The row holding `data[i]`.
    pub(super) fn row_at(&self, i: u32) -> usize {
        self.offsets.partition_point(|&o| o <= i) - 1
    }

    #[inline]
    pub(super) fn row(&self, r: usize) -> &[u32] {
        match (self.offsets.get(r), self.offsets.get(r + 1)) {
            (Some(&a), Some(&b)) => &self.data[a as usize..b as usize],
            _ => &[],
        }
    }
}
