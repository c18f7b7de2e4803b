//! Near-duplicate points raised by several groups, merged into one point that records every
//! group.
//!
//! Roundtables repeat each other: "More training for A&E staff" at table 1 is "A & E staff
//! need training" at table 4. When [`ImportOptions::merge_threshold`](super::ImportOptions)
//! is set, the importers merge such points so that "raised by 2 of 6 tables" holds, and list
//! every merge in [`ImportReport::merges`](super::ImportReport::merges) with the originals
//! (their IDs, texts, groups and where they were), so a person can undo it. Nothing is merged
//! silently.
//!
//! # The measure
//! [`similarity`] is the Jaccard index of the two texts' sets of word stems: the words, in
//! lower case, without common function words ("the", "to", "should"…), each cut to a stem by
//! removing a plural or verb ending ("training", "trained", "trains" → "train"). It is the
//! share of stems the two texts have in common, from 0 (none) to 1 (the same). Points are
//! merged when it is at least the threshold; [`DEFAULT_MERGE_THRESHOLD`] is 0.5, chosen on the
//! test cases in `crates/core/tests/import_merge.rs` (same point worded differently across
//! groups; different points sharing words), where it merges every pair that should merge and
//! none that should not.
//!
//! # What merges
//! Only top-level points, and only when they were raised by groups (a point with no group has
//! no one to add), answer the same question (or none), are of the same kind, and were raised
//! by *different* groups: a group that writes two similar points meant two points. The first
//! point (in input order) is kept, with its text; it gains the groups of the points merged
//! into it and their sub-points, and actions that answered a merged point answer the kept one.
//! A point that could join several kept points joins the most similar; on a tie, the one whose
//! rarest stem in common with it is the rarer (used by fewer points of the document; between
//! stems used as often, the one seen first in the input), then the one kept first.
//!
//! # Cost
//! Each word as written is cut to its stem once per document, and each stem is a number (its
//! rank by rarity), so a point's stems are a sorted list of numbers. A point is compared only
//! with the kept points of its question that a prefix filter (module `prefix_filter`) finds:
//! those sharing one of the stems that are rarest *in the question* among the first of each
//! set; a point with exactly the stems of a kept one joins it without a search. On the
//! synthetic notes of `scripts/bench import` (100,000 points, 50 questions, every idea raised
//! at every one of 20 tables; 6,560 merges, the same before and after, as on every test)
//! importing with merging took 9.7× to 12.1× the time of loading the resulting summary when
//! the stems were ordered by rarity in the whole document (each question's topic is rare in
//! the document, so it led every prefix and every kept point of a question was compared with
//! every point), and 4.2× to 4.5× with this filter (outline alone 2.0×; busy 2-core machine,
//! two runs of 7 repetitions): the target of 3× is still missed. The time left is spread over
//! cutting words to stems, comparing candidates and moving the merged points. The memory the
//! import adds over the input went from 16.1× its size with merging to 13.1× (10.1× without
//! merging), the merge's part from 6.0× to 3.0×: its own structures are flat arrays of numbers
//! of a few MB, freed before the merged points move, and the report records each of the 63,385
//! merged points.

mod prefix_filter;

use crate::id_map::IdMap as HashMap;

use super::{Imported, Merge, MergedPoint, SourceRef};
use crate::id::Id;
use crate::suggestion::{Suggestion, SuggestionKind};
use prefix_filter::PrefixIndex;

/// The similarity at which `--merge` without a value merges two points.
///
/// ```
/// use yousaid::import::merge::{similarity, DEFAULT_MERGE_THRESHOLD};
/// assert!(similarity("Train staff to spot the signs", "Staff training on spotting signs")
///     >= DEFAULT_MERGE_THRESHOLD);
/// assert!(similarity("Train staff to spot the signs", "Train volunteers to support victims")
///     < DEFAULT_MERGE_THRESHOLD);
/// ```
pub const DEFAULT_MERGE_THRESHOLD: f64 = 0.5;

/// Words that carry no point of their own, sorted (they are looked up by binary search).
const STOP_WORDS: [&str; 62] = [
    "a", "about", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being",
    "but", "by", "can", "could", "do", "does", "for", "from", "get", "had", "has", "have", "how",
    "i", "if", "in", "into", "is", "it", "its", "just", "may", "might", "must", "need", "needs",
    "of", "on", "or", "our", "should", "so", "some", "that", "the", "their", "them", "there",
    "these", "they", "this", "those", "to", "us", "was", "we", "were", "with", "would",
];

/// The stem of a lower-case word: without a plural or verb ending.
fn stem(word: &str) -> String {
    const SUFFIXES: [(&str, &str); 11] = [
        ("ations", "ate"),
        ("ation", "ate"),
        ("ings", ""),
        ("ing", ""),
        ("ies", "y"),
        ("ers", ""),
        ("er", ""),
        ("es", ""),
        ("ed", ""),
        ("s", ""),
        ("e", ""),
    ];
    let mut w = word.to_owned();
    for (suffix, with) in SUFFIXES {
        if let Some(base) = w.strip_suffix(suffix)
            && base.chars().count() >= 3
            && !(suffix == "s" && base.ends_with('s'))
        {
            let mut base = base.to_owned();
            // "spotting" → "spott" → "spot"; not "fall", "miss", "buzz".
            let b = base.as_bytes();
            if with.is_empty()
                && suffix != "s"
                && b.len() >= 2
                && b[b.len() - 1] == b[b.len() - 2]
                && !b"lsz".contains(&b[b.len() - 1])
                && !b"aeiou".contains(&b[b.len() - 1])
            {
                base.pop();
            }
            base.push_str(with);
            w = base;
            break;
        }
    }
    w
}

/// The words of a text: its runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The stem of a word as written, or `None` for a function word.
fn word_stem(word: &str) -> Option<String> {
    let lower = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.chars().flat_map(char::to_lowercase).collect()
    };
    STOP_WORDS
        .binary_search(&lower.as_str())
        .is_err()
        .then(|| stem(&lower))
}

/// The set of stems of a text, sorted.
fn stems(text: &str) -> Vec<String> {
    let mut out: Vec<String> = words(text).filter_map(word_stem).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// How alike two points are, from 0 to 1: the Jaccard index of their sets of word stems (see
/// the [module documentation](self)). Two texts with no stems (only function words) are 0.
///
/// ```
/// use yousaid::import::merge::similarity;
/// assert_eq!(similarity("More buses on Sundays", "more bus on sunday"), 1.0);
/// assert_eq!(similarity("More buses", "Cheaper fares"), 0.0);
/// ```
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (stems(a), stems(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    jaccard(a.len(), b.len(), overlap(&a, &b))
}

/// How many elements two sorted sets share.
fn overlap<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common
}

/// The Jaccard index of two non-empty sets of `a` and `b` elements sharing `common`.
fn jaccard(a: usize, b: usize, common: usize) -> f64 {
    common as f64 / (a + b - common) as f64
}

/// Every point's set of stems, in one array. A stem is numbered by its rarity in the document:
/// 0 for the stem the fewest points use (between stems used as often, the first seen), so each
/// set, sorted, starts with its rarest stem.
struct StemSets {
    stems: Vec<u32>,
    /// Where each point's set starts in `stems`, and where the last ends.
    start: Vec<usize>,
    /// How many different stems there are.
    count: usize,
}

impl StemSets {
    /// The sets of stems of `points`; those of points raised by no group are empty (they never
    /// merge).
    fn new(points: &[Suggestion]) -> Self {
        // Each word as written, and each stem, is looked at once in the document.
        let mut stem_of_word: HashMap<&str, Option<u32>> = HashMap::default();
        let mut numbers: HashMap<String, u32> = HashMap::default();
        let mut stems: Vec<u32> = Vec::new();
        let mut start: Vec<usize> = Vec::with_capacity(points.len() + 1);
        let mut set: Vec<u32> = Vec::new();
        let mut used_by: Vec<u32> = Vec::new();
        for point in points {
            start.push(stems.len());
            if point.groups.is_empty() {
                continue;
            }
            set.clear();
            for word in words(&point.text) {
                let n = *stem_of_word.entry(word).or_insert_with(|| {
                    let next = numbers.len() as u32;
                    word_stem(word).map(|stem| *numbers.entry(stem).or_insert(next))
                });
                set.extend(n);
            }
            set.sort_unstable();
            set.dedup();
            for &n in &set {
                if n as usize >= used_by.len() {
                    used_by.resize(n as usize + 1, 0);
                }
                used_by[n as usize] += 1;
            }
            stems.extend_from_slice(&set);
        }
        start.push(stems.len());
        let mut by_rarity: Vec<u32> = (0..used_by.len() as u32).collect();
        by_rarity.sort_unstable_by_key(|&n| (used_by[n as usize], n));
        let mut rank = vec![0; by_rarity.len()];
        for (r, &n) in by_rarity.iter().enumerate() {
            rank[n as usize] = r as u32;
        }
        for at in start.windows(2) {
            let set = &mut stems[at[0]..at[1]];
            for n in set.iter_mut() {
                *n = rank[*n as usize];
            }
            set.sort_unstable();
        }
        StemSets {
            stems,
            start,
            count: rank.len(),
        }
    }

    /// The set of stems of point `i`, sorted.
    fn of(&self, i: usize) -> &[u32] {
        &self.stems[self.start[i]..self.start[i + 1]]
    }
}

/// A point kept so far, with the groups of everything merged into it.
struct Kept {
    index: usize,
    kind: SuggestionKind,
    /// The groups, as numbers, sorted.
    groups: Vec<u32>,
    merged: Vec<(usize, f64)>,
}

impl Kept {
    /// Adds a point merged into this one, with its groups.
    fn join(&mut self, i: usize, similarity: f64, groups: &[u32]) {
        for &g in groups {
            if let Err(at) = self.groups.binary_search(&g) {
                self.groups.insert(at, g);
            }
        }
        self.merged.push((i, similarity));
    }
}

/// Merges near-duplicate top-level points of `imported` whose [`similarity`] is at least
/// `threshold`, and lists each merge in the report. See the [module documentation](self).
pub(crate) fn merge(imported: &mut Imported, threshold: f64) {
    let kept = find_merges(&imported.summary.suggestions, threshold);
    if !kept.is_empty() {
        apply(imported, &kept);
    }
}

/// The kept points that others merge into, in input order, each with the points merged into
/// it.
fn find_merges(points: &[Suggestion], threshold: f64) -> Vec<Kept> {
    let stems = StemSets::new(points);
    // Each group as a number, so that checking a kept point's groups hashes and compares no
    // text (measured: a third of the merge's time went to hashing and comparing group IDs).
    let mut group_numbers: HashMap<&Id, u32> = HashMap::default();
    let mut group_start: Vec<usize> = Vec::with_capacity(points.len() + 1);
    let mut group_list: Vec<u32> = Vec::new();
    for s in points {
        group_start.push(group_list.len());
        for g in &s.groups {
            let next = group_numbers.len() as u32;
            group_list.push(*group_numbers.entry(g).or_insert(next));
        }
    }
    group_start.push(group_list.len());
    let all_groups = group_numbers.len();
    drop(group_numbers);
    // Points merge only under the same question: the points with stems, question by question
    // (in the order the questions come), each question's in input order.
    let mut questions: HashMap<Option<&Id>, u32> = HashMap::default();
    let mut by_question: Vec<(u32, usize)> = points
        .iter()
        .enumerate()
        .filter(|&(i, _)| !stems.of(i).is_empty())
        .map(|(i, point)| {
            let next = questions.len() as u32;
            (*questions.entry(point.question.as_ref()).or_insert(next), i)
        })
        .collect();
    drop(questions);
    by_question.sort_unstable();
    let mut kept: Vec<Kept> = Vec::new();
    let mut index = PrefixIndex::new(stems.count);
    // The question's kept points by their whole set of stems: a point with the same stems as
    // a kept one (similarity 1, the most there is) joins it without a search.
    let mut same: HashMap<&[u32], Vec<usize>> = HashMap::default();
    for question in by_question.chunk_by(|a, b| a.0 == b.0) {
        let first = kept.len();
        index.start(question.iter().map(|&(_, i)| stems.of(i)));
        same.clear();
        for &(_, i) in question {
            let point = &points[i];
            let set = stems.of(i);
            let groups = &group_list[group_start[i]..group_start[i + 1]];
            let compatible = |candidate: &Kept| {
                candidate.groups.len() < all_groups
                    && candidate.kind == point.kind
                    && !groups
                        .iter()
                        .any(|g| candidate.groups.binary_search(g).is_ok())
            };
            let twin = same
                .get(set)
                .and_then(|ks| ks.iter().copied().find(|&k| compatible(&kept[k])));
            if let Some(k) = twin {
                kept[k].join(i, 1.0, groups);
                continue;
            }
            // The most similar compatible kept point; on a tie, the one sharing the rarest
            // stem, then the first kept.
            let mut best: Option<(usize, f64)> = None;
            let size = set.len() as f64;
            index.search(set, threshold);
            for &k in index.found() {
                let k = first + k as usize;
                let candidate = &kept[k];
                let other = stems.of(candidate.index);
                // Cheapest first: sets whose sizes differ too much cannot reach the threshold;
                // a point every group raised, or one this point's group raised, takes no more.
                let len = other.len() as f64;
                if len < threshold * size || len * threshold > size || !compatible(candidate) {
                    continue;
                }
                let sim = jaccard(set.len(), other.len(), index.shared(other));
                if sim < threshold {
                    continue;
                }
                let better = best.is_none_or(|(b, b_sim)| {
                    sim > b_sim
                        || sim == b_sim && {
                            let rarest = |k: usize| index.first_shared(stems.of(kept[k].index));
                            (rarest(k), k) < (rarest(b), b)
                        }
                });
                if better {
                    best = Some((k, sim));
                }
            }
            match best {
                Some((k, sim)) => kept[k].join(i, sim, groups),
                None => {
                    index.keep();
                    same.entry(set).or_default().push(kept.len());
                    kept.push(Kept {
                        index: i,
                        kind: point.kind,
                        groups: {
                            let mut g = groups.to_vec();
                            g.sort_unstable();
                            g.dedup();
                            g
                        },
                        merged: Vec::new(),
                    });
                }
            }
        }
    }
    kept.retain(|k| !k.merged.is_empty());
    kept.sort_unstable_by_key(|k| k.index);
    kept
}

/// Moves the merged points into the kept ones (`kept`, from [`find_merges`]) and writes the
/// report.
fn apply(imported: &mut Imported, kept: &[Kept]) {
    let Imported { summary, report } = imported;
    let crate::Summary {
        suggestions,
        actions,
        ..
    } = summary;
    // Where each merged point goes.
    let mut into: Vec<Option<usize>> = vec![None; suggestions.len()];
    for k in kept {
        for &(i, _) in &k.merged {
            into[i] = Some(k.index);
        }
    }
    let merged: HashMap<&Id, usize> = into
        .iter()
        .enumerate()
        .filter(|(_, k)| k.is_some())
        .map(|(i, _)| (&suggestions[i].id, i))
        .collect();
    // Where each merged point is in the input, and the actions that answered it answer the
    // kept one.
    let mut at: Vec<Option<SourceRef>> = vec![None; suggestions.len()];
    for r in &report.recognised {
        if let Some(&i) = r.id.as_ref().and_then(|id| merged.get(id)) {
            at[i].get_or_insert_with(|| r.at.clone());
        }
    }
    let mut stack: Vec<&mut crate::Action> = actions.iter_mut().collect();
    while let Some(a) = stack.pop() {
        for answer in &mut a.responds_to {
            if let Some(k) = answer
                .suggestion
                .as_ref()
                .and_then(|s| merged.get(s))
                .and_then(|&i| into[i])
            {
                answer.suggestion = Some(suggestions[k].id.clone());
            }
        }
        stack.extend(a.actions.iter_mut());
    }
    drop(merged);
    for k in kept {
        let mut originals = Vec::with_capacity(k.merged.len());
        let mut extra_points = Vec::new();
        for &(i, similarity) in &k.merged {
            let point = &mut suggestions[i];
            extra_points.append(&mut point.points);
            originals.push(MergedPoint {
                at: at[i].take(),
                id: std::mem::take(&mut point.id),
                text: std::mem::take(&mut point.text),
                groups: std::mem::take(&mut point.groups),
                similarity,
            });
        }
        let target = &mut suggestions[k.index];
        for g in originals.iter().flat_map(|o| &o.groups) {
            if !target.groups.contains(g) {
                target.groups.push(g.clone());
            }
        }
        target.points.append(&mut extra_points);
        report.merges.push(Merge {
            kept: target.id.clone(),
            text: target.text.clone(),
            merged: originals,
        });
    }
    let mut i = 0;
    suggestions.retain(|_| {
        i += 1;
        into[i - 1].is_none()
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn stems_join_the_forms_of_a_word() {
        for (a, b) in [
            ("training", "train"),
            ("trained", "train"),
            ("buses", "bus"),
            ("spotting", "spot"),
            ("communities", "community"),
            ("services", "service"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
        assert_ne!(stem("bus"), stem("business"));
    }
}
