//! Hash maps and sets keyed by IDs (and the few other keys of validation, diff and error
//! positions), for the look-ups of validation, analysis and rendering: one hasher throughout,
//! so that the WebAssembly module holds one hashing code and shares the map code of equal key
//! and value types.
//!
//! They hash with [foldhash](https://docs.rs/foldhash), which is several times faster than the
//! standard library's SipHash on short keys such as IDs, and is seeded afresh in each process,
//! so a document cannot be crafted to make its look-ups collide.

/// A hash map keyed by IDs.
pub(crate) type IdMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A hash set of IDs.
pub(crate) type IdSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;
