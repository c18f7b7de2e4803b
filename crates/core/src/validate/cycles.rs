//! Dependency loops among actions, found in time and memory proportional to the actions and
//! their dependencies, however dense the graph or deep the nesting.
//!
//! The graph: an action depends on each action its `depends_on` names, and a parent depends on
//! its sub-actions (it is done only when they are). A loop is a strongly connected component
//! of that graph with more than one action, or one action depending on itself. Components are
//! found with Tarjan's algorithm, run with an explicit stack so that no graph can overflow the
//! call stack.

use crate::id_map::IdMap;

use super::{MAX_IDS_LISTED, Node, blank, truncate};
use crate::action::Action;

/// No action: an unresolved dependency, an unvisited action, a node outside any loop.
pub(super) const NONE: u32 = u32::MAX;

fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(NONE)
}

/// The actions in document order (parents before their sub-actions) and the edges between
/// them.
pub(super) struct Graph {
    /// `targets[starts[i]..starts[i + 1]]`: the action each of node `i`'s `depends_on` names
    /// (its first use, when an ID is repeated), or [`NONE`] when it names none (a blank ID
    /// names none, as for every other reference).
    starts: Vec<usize>,
    targets: Vec<u32>,
    /// How many nodes each node's subtree holds, itself included: its sub-actions are the
    /// nodes from `i + 1` on, each one's subtree after the previous one's.
    sizes: Vec<u32>,
}

impl Graph {
    pub(super) fn new(nodes: &[Node<'_, Action>]) -> Self {
        let mut first: IdMap<&str, u32> =
            IdMap::with_capacity_and_hasher(nodes.len(), Default::default());
        for (i, n) in nodes.iter().enumerate() {
            if !blank(&n.item.id) {
                first.entry(n.item.id.as_str()).or_insert(small(i));
            }
        }
        let mut starts = Vec::with_capacity(nodes.len() + 1);
        let mut targets = Vec::new();
        for n in nodes {
            starts.push(targets.len());
            targets.extend(
                n.item
                    .depends_on
                    .iter()
                    .map(|d| first.get(d.as_str()).copied().unwrap_or(NONE)),
            );
        }
        starts.push(targets.len());
        let mut sizes = vec![1u32; nodes.len()];
        for i in (0..nodes.len()).rev() {
            if let Some(p) = nodes[i].parent {
                sizes[p as usize] = sizes[p as usize].saturating_add(sizes[i]);
            }
        }
        Graph {
            starts,
            targets,
            sizes,
        }
    }

    /// What each of node `node`'s dependencies names, in order.
    pub(super) fn dependencies(&self, node: usize) -> &[u32] {
        &self.targets[self.starts[node]..self.starts[node + 1]]
    }

    /// The `k`-th edge out of `node`: its dependencies first, then its sub-actions; `None`
    /// past the last. `cursor` carries the walk through the sub-actions (start it at 0).
    fn edge(&self, node: usize, k: usize, cursor: &mut u32) -> Option<u32> {
        let deps = self.dependencies(node);
        if let Some(&d) = deps.get(k) {
            return Some(d);
        }
        let end = node + self.sizes[node] as usize;
        let child = if *cursor == 0 {
            node + 1
        } else {
            *cursor as usize + self.sizes[*cursor as usize] as usize
        };
        if child >= end {
            return None;
        }
        *cursor = small(child);
        Some(small(child))
    }

    /// True when `ancestor` is `node`'s parent, or its parent's, and so on.
    fn contains(&self, ancestor: usize, node: usize) -> bool {
        ancestor < node && node < ancestor + self.sizes[ancestor] as usize
    }
}

/// One visit in progress: the node, the next edge to follow, the sub-action cursor.
struct Visit {
    node: u32,
    next: usize,
    cursor: u32,
}

/// Tarjan's bookkeeping: the order in which each node was reached, the lowest order it
/// reaches back to, which nodes are on the component stack, and the visits in progress.
struct Search {
    order: Vec<u32>,
    low: Vec<u32>,
    on_stack: Vec<bool>,
    stack: Vec<u32>,
    visits: Vec<Visit>,
    counter: u32,
}

impl Search {
    fn enter(&mut self, v: u32) {
        let i = v as usize;
        self.order[i] = self.counter;
        self.low[i] = self.counter;
        self.counter = self.counter.saturating_add(1);
        self.on_stack[i] = true;
        self.stack.push(v);
        self.visits.push(Visit {
            node: v,
            next: 0,
            cursor: 0,
        });
    }
}

/// Finds every dependency loop and writes one message for each, on the loop's last dependency
/// in document order: the result maps (action index, dependency index) to the message.
pub(super) fn cycles(graph: &Graph, nodes: &[Node<'_, Action>]) -> IdMap<(usize, usize), String> {
    let n = nodes.len();
    let mut s = Search {
        order: vec![NONE; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        visits: Vec::new(),
        counter: 0,
    };
    // The loop each node belongs to, as an index into `loops`.
    let mut component = vec![NONE; n];
    let mut loops: Vec<Vec<u32>> = Vec::new();
    for root in 0..n {
        if s.order[root] != NONE {
            continue;
        }
        s.enter(small(root));
        while let Some(top) = s.visits.last_mut() {
            let v = top.node as usize;
            let k = top.next;
            top.next += 1;
            match graph.edge(v, k, &mut top.cursor) {
                Some(NONE) => {}
                Some(w) if s.order[w as usize] == NONE => s.enter(w),
                Some(w) => {
                    if s.on_stack[w as usize] {
                        s.low[v] = s.low[v].min(s.order[w as usize]);
                    }
                }
                None => {
                    s.visits.pop();
                    if let Some(parent) = s.visits.last() {
                        let p = parent.node as usize;
                        s.low[p] = s.low[p].min(s.low[v]);
                    }
                    if s.low[v] == s.order[v] {
                        let mut members = Vec::new();
                        while let Some(w) = s.stack.pop() {
                            s.on_stack[w as usize] = false;
                            members.push(w);
                            if w as usize == v {
                                break;
                            }
                        }
                        let self_loop = members.len() == 1
                            && graph.dependencies(v).iter().any(|&d| d as usize == v);
                        if members.len() > 1 || self_loop {
                            let id = small(loops.len());
                            for &w in &members {
                                component[w as usize] = id;
                            }
                            members.sort_unstable();
                            loops.push(members);
                        }
                    }
                }
            }
        }
    }
    let mut found = IdMap::with_capacity_and_hasher(loops.len(), Default::default());
    let mut previous = vec![NONE; n];
    for (id, members) in loops.iter().enumerate() {
        let id = small(id);
        // The last dependency in document order inside the loop: when the document is read
        // in order, the one that closes it. Every loop has one, as sub-actions alone cannot
        // make a loop. An action's dependency on itself stands for the loop only when it is
        // the whole loop.
        let alone = members.len() == 1;
        let closing = members.iter().rev().find_map(|&m| {
            let deps = graph.dependencies(m as usize);
            (0..deps.len())
                .rev()
                .find(|&j| {
                    deps[j] != NONE && component[deps[j] as usize] == id && (alone || deps[j] != m)
                })
                .map(|j| (m as usize, j, deps[j] as usize))
        });
        let Some((from, j, to)) = closing else {
            continue;
        };
        let id_of = |i: usize| truncate(nodes[i].item.id.as_str());
        let in_all = |shown: usize| {
            if members.len() > shown {
                format!(
                    " ({} actions in all depend on each other through loops like this one)",
                    members.len()
                )
            } else {
                String::new()
            }
        };
        let message = if from == to {
            format!(
                "action `{}` depends on itself; remove this dependency",
                id_of(from)
            )
        } else if graph.contains(to, from) {
            let chain = (nodes[from].depth - nodes[to].depth) as usize + 1;
            format!(
                "sub-action `{}` depends on `{}`, which it is part of: an action is done only when its sub-actions are; remove this dependency{}",
                id_of(from),
                id_of(to),
                in_all(chain)
            )
        } else {
            let path = shortest_path(graph, &component, id, &mut previous, to, from);
            // The first IDs of the loop, then how many are left out, then the action whose
            // dependency closes it.
            let mut shown: Vec<String> = Vec::new();
            if path.len() > MAX_IDS_LISTED {
                shown.extend(path[..MAX_IDS_LISTED - 1].iter().map(|&i| id_of(i)));
                shown.push(format!("… ({} more)", path.len() - MAX_IDS_LISTED));
                shown.push(id_of(from));
            } else {
                shown.extend(path.iter().map(|&i| id_of(i)));
            }
            shown.push(id_of(to));
            format!(
                "actions depend on each other in a loop: {}; remove one of these dependencies{}",
                shown.join(" → "),
                in_all(path.len())
            )
        };
        found.insert((from, j), message);
    }
    found
}

/// The shortest walk from `from` to `to` inside component `id`, both ends included, by a
/// breadth-first search that touches only the component's nodes and their edges. `previous`
/// is scratch space of one entry per node, all [`NONE`] on entry and on return.
fn shortest_path(
    graph: &Graph,
    component: &[u32],
    id: u32,
    previous: &mut [u32],
    from: usize,
    to: usize,
) -> Vec<usize> {
    let mut queue = std::collections::VecDeque::from([small(from)]);
    let mut touched = vec![small(from)];
    previous[from] = small(from);
    'search: while let Some(v) = queue.pop_front() {
        let mut cursor = 0;
        let mut k = 0;
        while let Some(w) = graph.edge(v as usize, k, &mut cursor) {
            k += 1;
            if w == NONE || component[w as usize] != id || previous[w as usize] != NONE {
                continue;
            }
            previous[w as usize] = v;
            touched.push(w);
            if w as usize == to {
                break 'search;
            }
            queue.push_back(w);
        }
    }
    let mut path = Vec::new();
    if previous[to] != NONE {
        let mut at = to;
        path.push(at);
        while at != from {
            at = previous[at] as usize;
            path.push(at);
        }
        path.reverse();
    }
    for t in touched {
        previous[t as usize] = NONE;
    }
    path
}
