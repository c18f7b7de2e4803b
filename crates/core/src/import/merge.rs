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
//!
//! # Cost
//! Candidates are found by prefix filtering rather than by comparing every pair: each point's
//! stems are ordered rarest first, and two points can only reach the threshold if they share
//! one of the first few stems of that order (the exact bound of the Jaccard index), so only
//! points under the same question sharing a rare stem are compared; a point with exactly the
//! stems of a kept one joins it without a search. The cost grows with how much the points
//! repeat each other: on the synthetic notes of `scripts/bench import` (100,000 points, 50
//! questions, every idea raised at every one of 20 tables) importing with merging took 13.1×
//! the time of loading the resulting summary, against 2.7× without merging. Groups are checked
//! as numbers rather than by hashing their IDs, which took a third of the merge's time: 10.8×
//! to 12.1× after it (the machine was busy; the same merges, checked on the 100,000 points).
//! The time left is spent comparing candidates (the Jaccard loop): the stems every point of a
//! question shares (its topic) are rare in the whole document, so they lead every prefix and
//! make each kept point of the question a candidate. Ordering stems by their count under the
//! question was tried and left out: it compared fewer pairs but gained no measurable time, and
//! keeping the same choice on a tie needed a rank of its own.

use crate::id_map::{IdMap as HashMap, IdSet as HashSet};

use super::{Imported, Merge, MergedPoint, SourceRef};
use crate::id::Id;
use crate::suggestion::{Suggestion, SuggestionKind};

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

/// The set of stems of a text, sorted.
fn stems(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_stem(text, |s| out.push(s));
    out.sort_unstable();
    out.dedup();
    out
}

/// Calls `f` with the stem of every word of `text` that is not a function word.
fn each_stem(text: &str, mut f: impl FnMut(String)) {
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        lower.clear();
        if word.is_ascii() {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        if STOP_WORDS.binary_search(&lower.as_str()).is_err() {
            f(stem(&lower));
        }
    }
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
    jaccard(&stems(a), &stems(b))
}

/// The Jaccard index of two sorted sets.
fn jaccard<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
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
    common as f64 / (a.len() + b.len() - common) as f64
}

/// A point kept so far, with the groups of everything merged into it.
struct Kept {
    index: usize,
    stems: Vec<u32>,
    kind: SuggestionKind,
    /// The groups, as numbers, sorted.
    groups: Vec<u32>,
    merged: Vec<(usize, f64)>,
}

impl Kept {
    /// Adds the groups of a point merged into this one.
    fn join(&mut self, groups: &[u32]) {
        for &g in groups {
            if let Err(at) = self.groups.binary_search(&g) {
                self.groups.insert(at, g);
            }
        }
    }
}

/// Merges near-duplicate top-level points of `imported` whose [`similarity`] is at least
/// `threshold`, and lists each merge in the report. See the [module documentation](self).
pub(crate) fn merge(imported: &mut Imported, threshold: f64) {
    let suggestions = &imported.summary.suggestions;
    // Each stem as a number, and each point's stems as a sorted set of numbers.
    let mut numbers: HashMap<String, u32> = HashMap::default();
    let mut frequency: Vec<usize> = Vec::new();
    let stems_of: Vec<Vec<u32>> = suggestions
        .iter()
        .map(|s| {
            let mut set = Vec::new();
            if !s.groups.is_empty() {
                each_stem(&s.text, |stem| {
                    let next = numbers.len() as u32;
                    set.push(*numbers.entry(stem).or_insert(next));
                });
            }
            set.sort_unstable();
            set.dedup();
            for &n in &set {
                if n as usize >= frequency.len() {
                    frequency.resize(n as usize + 1, 0);
                }
                // How many points use each stem: the rarest come first in each prefix.
                frequency[n as usize] += 1;
            }
            set
        })
        .collect();
    drop(numbers);
    let prefix = |stems: &[u32]| -> Vec<u32> {
        let mut ordered = stems.to_vec();
        ordered.sort_unstable_by_key(|&n| (frequency[n as usize], n));
        let keep = stems.len() - (threshold * stems.len() as f64).ceil() as usize + 1;
        ordered.truncate(keep.min(stems.len()));
        ordered
    };
    // Each group as a number, so that checking a kept point's groups hashes and compares no
    // text (measured: a third of the merge's time went to hashing and comparing group IDs).
    let mut group_numbers: HashMap<&Id, u32> = HashMap::default();
    let mut group_start: Vec<usize> = Vec::with_capacity(suggestions.len() + 1);
    let mut group_list: Vec<u32> = Vec::new();
    for s in suggestions {
        group_start.push(group_list.len());
        for g in &s.groups {
            let next = group_numbers.len() as u32;
            group_list.push(*group_numbers.entry(g).or_insert(next));
        }
    }
    group_start.push(group_list.len());
    let all_groups = group_numbers.len();
    drop(group_numbers);
    // Points merge only under the same question: index the kept points by question and stem.
    let mut questions: HashMap<Option<&Id>, u32> = HashMap::default();
    let mut kept: Vec<Kept> = Vec::new();
    let mut index: HashMap<(u32, u32), Vec<usize>> = HashMap::default();
    // Kept points by their whole set of stems: a point with the same words as a kept one
    // (similarity 1, the most there is) joins it without a search.
    let mut same: HashMap<(u32, &[u32]), Vec<usize>> = HashMap::default();
    let mut into: Vec<Option<usize>> = vec![None; suggestions.len()];
    // The last point each kept point was compared with, so that each is compared once.
    let mut compared: Vec<usize> = Vec::new();
    for (i, point) in suggestions.iter().enumerate() {
        let stems = &stems_of[i];
        if stems.is_empty() {
            continue;
        }
        let next = questions.len() as u32;
        let question = *questions.entry(point.question.as_ref()).or_insert(next);
        let groups = &group_list[group_start[i]..group_start[i + 1]];
        let compatible = |candidate: &Kept| {
            candidate.groups.len() < all_groups
                && candidate.kind == point.kind
                && !groups
                    .iter()
                    .any(|g| candidate.groups.binary_search(g).is_ok())
        };
        let twin = same
            .get(&(question, stems.as_slice()))
            .and_then(|ks| ks.iter().copied().find(|&k| compatible(&kept[k])));
        if let Some(k) = twin {
            kept[k].join(groups);
            kept[k].merged.push((i, 1.0));
            into[i] = Some(kept[k].index);
            continue;
        }
        let prefix = prefix(stems);
        let size = stems.len() as f64;
        let mut best: Option<(usize, f64)> = None;
        for token in &prefix {
            for &k in index.get(&(question, *token)).into_iter().flatten() {
                if compared[k] == i {
                    continue;
                }
                compared[k] = i;
                let candidate = &kept[k];
                // Cheapest first: sets whose sizes differ too much cannot reach the threshold;
                // a point every group raised, or one this point's group raised, takes no more.
                let len = candidate.stems.len() as f64;
                if len < threshold * size || len * threshold > size || !compatible(candidate) {
                    continue;
                }
                let sim = jaccard(stems, &candidate.stems);
                if sim >= threshold && best.is_none_or(|(_, b)| sim > b) {
                    best = Some((k, sim));
                }
            }
        }
        match best {
            Some((k, sim)) => {
                kept[k].join(groups);
                kept[k].merged.push((i, sim));
                into[i] = Some(kept[k].index);
            }
            None => {
                for token in prefix {
                    index.entry((question, token)).or_default().push(kept.len());
                }
                compared.push(i);
                same.entry((question, stems.as_slice()))
                    .or_default()
                    .push(kept.len());
                kept.push(Kept {
                    index: i,
                    stems: stems.clone(),
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
    if kept.iter().all(|k| k.merged.is_empty()) {
        return;
    }
    apply(imported, &kept, &into);
}

/// Moves the merged points into the kept ones and writes the report.
fn apply(imported: &mut Imported, kept: &[Kept], into: &[Option<usize>]) {
    let summary = &mut imported.summary;
    let mut merged_ids: HashMap<Id, Id> = HashMap::default();
    let wanted: HashSet<Id> = into
        .iter()
        .enumerate()
        .filter(|(_, k)| k.is_some())
        .map(|(i, _)| summary.suggestions[i].id.clone())
        .collect();
    let mut at: HashMap<Id, SourceRef> = HashMap::default();
    for r in &imported.report.recognised {
        if let Some(id) = &r.id
            && wanted.contains(id)
        {
            at.entry(id.clone()).or_insert_with(|| r.at.clone());
        }
    }
    let mut taken: Vec<Option<Suggestion>> = vec![None; summary.suggestions.len()];
    let old = std::mem::take(&mut summary.suggestions);
    for (i, s) in old.into_iter().enumerate() {
        taken[i] = Some(s);
    }
    for k in kept.iter().filter(|k| !k.merged.is_empty()) {
        let mut originals = Vec::new();
        let mut extra_groups = Vec::new();
        let mut extra_points = Vec::new();
        for &(i, similarity) in &k.merged {
            let Some(point) = taken[i].take() else {
                continue;
            };
            merged_ids.insert(point.id.clone(), taken_id(&taken, k.index));
            extra_groups.extend(point.groups.iter().cloned());
            extra_points.extend(point.points);
            originals.push(MergedPoint {
                at: at.get(&point.id).cloned(),
                id: point.id,
                text: point.text,
                groups: point.groups,
                similarity,
            });
        }
        if let Some(target) = taken[k.index].as_mut() {
            for g in extra_groups {
                if !target.groups.contains(&g) {
                    target.groups.push(g);
                }
            }
            target.points.extend(extra_points);
            imported.report.merges.push(Merge {
                kept: target.id.clone(),
                text: target.text.clone(),
                merged: originals,
            });
        }
    }
    summary.suggestions = taken.into_iter().flatten().collect();
    let mut stack: Vec<&mut crate::Action> = summary.actions.iter_mut().collect();
    while let Some(a) = stack.pop() {
        for answer in &mut a.responds_to {
            if let Some(kept) = answer.suggestion.as_ref().and_then(|s| merged_ids.get(s)) {
                answer.suggestion = Some(kept.clone());
            }
        }
        stack.extend(a.actions.iter_mut());
    }
}

fn taken_id(taken: &[Option<Suggestion>], i: usize) -> Id {
    taken[i].as_ref().map(|s| s.id.clone()).unwrap_or_default()
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
