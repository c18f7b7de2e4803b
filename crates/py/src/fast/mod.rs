//! The speed-ups the binding keeps, fenced here so the rest of it reads as thin: Python objects
//! straight from the model ([`to_python`], every result goes through it) and the model
//! straight from Python objects ([`summary`], for `Summary.from_dict`, which falls back to the
//! simple path, [`crate::data::from_py`], for anything it does not read and for every error).
//!
//! Each stays because the simple paths miss their target (`to_dict()` within 2× a load,
//! `from_dict()` within 3×, at 100k). Measured as `crates/py/bench/measure.py` measures (which
//! prints the kept and the JSON-text rows; `pythonize` from a scratch build), as a ratio to
//! `yousaid.load(path)` of the same document, on a shared 2-core machine, 10k / 100k:
//!
//! | path | `to_dict()` | `from_dict()` |
//! |---|---|---|
//! | these modules | 1.63× / 1.64× | 2.04× / 1.60× |
//! | `pythonize` (via a JSON value, with error paths) | 3.60× / 3.04× | 6.39× / 8.60× |
//! | `pythonize` straight into the model (no error paths) | | 3.23× / 3.20× |
//! | JSON text (`json.loads(to_json())`; `loads(json.dumps(d))`) | 2.76× / 3.10× | 2.72× / 3.91× |
//!
//! (`to_dict()` with the garbage collector paused in every case, as `Summary.to_dict` pauses
//! it: with the collector running this module takes 5.23× / 3.98×.)
//!
//! The parity tests, in `crates/py/tests/test_fast.py`: for every example and fixture,
//! `to_dict()` equals `json.loads` of the core's JSON type for type, and `from_dict()` reads
//! the same summary as the simple path (which a dict subclass takes). `test_load.py` adds
//! damaged documents read both as dicts and as JSON text, and the shapes only the simple path
//! reads.

mod from_python;
mod to_python;

pub(crate) use from_python::summary;
pub(crate) use to_python::to_python;
