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
//! points sharing a rare stem are compared. 100,000 points merge in well under a second.

use std::collections::{HashMap, HashSet};

use super::{Imported, Merge, MergedPoint, SourceRef};
use crate::id::Id;
use crate::suggestion::Suggestion;

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

/// Words that carry no point of their own.
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
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect();
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
    jaccard(&stems(a), &stems(b))
}

fn jaccard(a: &[String], b: &[String]) -> f64 {
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
    stems: Vec<String>,
    groups: HashSet<Id>,
    merged: Vec<(usize, f64)>,
}

/// Merges near-duplicate top-level points of `imported` whose [`similarity`] is at least
/// `threshold`, and lists each merge in the report. See the [module documentation](self).
pub(crate) fn merge(imported: &mut Imported, threshold: f64) {
    let suggestions = &imported.summary.suggestions;
    let stems_of: Vec<Vec<String>> = suggestions
        .iter()
        .map(|s| {
            if s.groups.is_empty() {
                Vec::new()
            } else {
                stems(&s.text)
            }
        })
        .collect();
    // How many points use each stem: the rarest come first in each point's prefix.
    let mut frequency: HashMap<&str, usize> = HashMap::new();
    for stems in &stems_of {
        for s in stems {
            *frequency.entry(s.as_str()).or_default() += 1;
        }
    }
    let prefix = |stems: &[String]| -> Vec<String> {
        let mut ordered: Vec<&String> = stems.iter().collect();
        ordered.sort_unstable_by_key(|s| (frequency[s.as_str()], s.as_str()));
        let keep = stems.len() - (threshold * stems.len() as f64).ceil() as usize + 1;
        ordered
            .into_iter()
            .take(keep.min(stems.len()))
            .cloned()
            .collect()
    };
    let mut kept: Vec<Kept> = Vec::new();
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    let mut into: Vec<Option<usize>> = vec![None; suggestions.len()];
    let mut seen: Vec<usize> = Vec::new();
    for (i, point) in suggestions.iter().enumerate() {
        let stems = &stems_of[i];
        if stems.is_empty() {
            continue;
        }
        let prefix = prefix(stems);
        let mut best: Option<(usize, f64)> = None;
        seen.clear();
        for token in &prefix {
            for &k in index.get(token).into_iter().flatten() {
                if seen.contains(&k) {
                    continue;
                }
                seen.push(k);
                let other = &suggestions[kept[k].index];
                if other.question != point.question
                    || other.kind != point.kind
                    || point.groups.iter().any(|g| kept[k].groups.contains(g))
                {
                    continue;
                }
                let sim = jaccard(stems, &kept[k].stems);
                if sim >= threshold && best.is_none_or(|(_, b)| sim > b) {
                    best = Some((k, sim));
                }
            }
        }
        match best {
            Some((k, sim)) => {
                kept[k].groups.extend(point.groups.iter().cloned());
                kept[k].merged.push((i, sim));
                into[i] = Some(kept[k].index);
            }
            None => {
                for token in prefix {
                    index.entry(token).or_default().push(kept.len());
                }
                kept.push(Kept {
                    index: i,
                    stems: stems.clone(),
                    groups: point.groups.iter().cloned().collect(),
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
    let mut merged_ids: HashMap<Id, Id> = HashMap::new();
    let wanted: HashSet<Id> = into
        .iter()
        .enumerate()
        .filter(|(_, k)| k.is_some())
        .map(|(i, _)| summary.suggestions[i].id.clone())
        .collect();
    let mut at: HashMap<Id, SourceRef> = HashMap::new();
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
            if let Some(kept) = merged_ids.get(&answer.suggestion) {
                answer.suggestion = kept.clone();
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
