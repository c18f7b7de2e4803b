//! Prefix filtering: the kept points of one question that could reach the threshold with a
//! new point, found without comparing the point with every one of them.
//!
//! Put every set of stems in one order. If the Jaccard index of sets `x` and `y` is at least
//! `t`, they share at least `need(|x|)` stems, the fewest with which `x` alone could reach `t`
//! (and `need(|y|)` likewise); then the first stem of `x ∩ y` in that order is among the first
//! `|x| − need(|x|) + 1` stems of `x` (its *prefix*) and among those of `y`. So each kept
//! point is indexed under the stems of its prefix only, and a new point is compared with the
//! kept points listed under the stems of its own prefix: no pair that can reach the threshold
//! is missed, and most that cannot are never met.
//!
//! The order is the question's: the stems the fewest of the question's points use come first
//! (then the rarer in the whole document). The stems nearly every point of a question shares,
//! its topic ("opening hours" under "What would make opening hours better for you?"), come
//! last and fall out of every prefix, where a document-wide order put them first (they are
//! rare in the document) and made every kept point of the question a candidate of every
//! point: on the 100,000 points of `scripts/bench import`, 10.0 million index entries read and
//! 3.0 million similarities computed, against 2.6 million and 0.7 million with this order
//! (with the other changes listed under "Cost" in the merge module, importing them with
//! merging went from 9.7× the time of loading the result to 4.2–4.5×).

/// The kept points of the question being merged, indexed by the stems of their prefixes, and
/// the point being searched for.
///
/// Stems are numbers below the count given to [`PrefixIndex::new`]; kept points are numbered
/// from 0 in each question, in the order they were kept.
pub(super) struct PrefixIndex {
    /// For each stem, how many of the question's points use it.
    used_by: Vec<u32>,
    /// For each stem, the kept points whose prefix holds it, in the order they were kept.
    kept_under: Vec<Vec<u32>>,
    /// The stems of the question, to clear the two above at the next one.
    stems: Vec<u32>,
    /// For each kept point, the last search that met it, so that a search meets it once.
    met: Vec<u32>,
    /// For each stem, the last search whose point has it.
    searched: Vec<u32>,
    /// The number of the current search, counted over every question.
    search: u32,
    /// The prefix of the point searched for, ordered.
    prefix: Vec<u32>,
    /// The kept points the search found.
    found: Vec<u32>,
}

impl PrefixIndex {
    /// An empty index for stems numbered below `stems`.
    pub(super) fn new(stems: usize) -> Self {
        PrefixIndex {
            used_by: vec![0; stems],
            kept_under: vec![Vec::new(); stems],
            stems: Vec::new(),
            met: Vec::new(),
            searched: vec![0; stems],
            search: 0,
            prefix: Vec::new(),
            found: Vec::new(),
        }
    }

    /// Starts a question whose points have the sets of stems `sets`: forgets the last
    /// question's kept points and counts how many points use each stem.
    pub(super) fn start<'a>(&mut self, sets: impl Iterator<Item = &'a [u32]>) {
        for &s in &self.stems {
            self.used_by[s as usize] = 0;
            self.kept_under[s as usize].clear();
        }
        self.stems.clear();
        self.met.clear();
        for set in sets {
            for &s in set {
                if self.used_by[s as usize] == 0 {
                    self.stems.push(s);
                }
                self.used_by[s as usize] += 1;
            }
        }
    }

    /// Finds the kept points whose prefix shares a stem with the prefix of `set` (a point's
    /// sorted set of the question's stems) at `threshold`: [`found`](Self::found) lists them.
    pub(super) fn search(&mut self, set: &[u32], threshold: f64) {
        self.search += 1;
        for &s in set {
            self.searched[s as usize] = self.search;
        }
        let n = set.len();
        // The fewest stems `set` must share to reach the threshold: the Jaccard index with `s`
        // stems in common is at most s / n.
        let need = (1..=n)
            .find(|&s| s as f64 / n as f64 >= threshold)
            .unwrap_or(n);
        self.prefix.clear();
        self.prefix.extend_from_slice(set);
        self.prefix
            .sort_unstable_by_key(|&s| (self.used_by[s as usize], s));
        self.prefix.truncate(n + 1 - need);
        self.found.clear();
        for &s in &self.prefix {
            for &k in &self.kept_under[s as usize] {
                let met = &mut self.met[k as usize];
                if *met != self.search {
                    *met = self.search;
                    self.found.push(k);
                }
            }
        }
    }

    /// The kept points the last search found, each once, in no particular order.
    pub(super) fn found(&self) -> &[u32] {
        &self.found
    }

    /// How many stems of `other` the point last searched for has.
    pub(super) fn shared(&self, other: &[u32]) -> usize {
        other
            .iter()
            .filter(|&&s| self.searched[s as usize] == self.search)
            .count()
    }

    /// The first stem of `other` (the rarest in the document, `other` being sorted) that the
    /// point last searched for has.
    pub(super) fn first_shared(&self, other: &[u32]) -> Option<u32> {
        other
            .iter()
            .copied()
            .find(|&s| self.searched[s as usize] == self.search)
    }

    /// Indexes the point last searched for as the next kept point.
    pub(super) fn keep(&mut self) {
        let k = self.met.len() as u32;
        for &s in &self.prefix {
            self.kept_under[s as usize].push(k);
        }
        self.met.push(self.search);
    }
}
