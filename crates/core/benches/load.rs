//! Loading and validating synthetic summaries of 1k and 10k suggestions, next to a plain
//! `serde_json::Value` parse of the same bytes (the target: load + validate within 1.5× of it).
//!
//! `cargo bench -p yousaid --bench load`; `scripts/bench` prints the same comparison for larger
//! documents, with peak memory.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use yousaid::Summary;

#[path = "../examples/synth/generate.rs"]
mod generate;

fn document(suggestions: usize) -> Vec<u8> {
    let shape = generate::Shape {
        suggestions,
        actions: suggestions / 10,
        seed: 1,
        ..generate::Shape::default()
    };
    let mut out = Vec::new();
    generate::write(&shape, &mut out).expect("writing to memory");
    out
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    for (label, n) in [("1k", 1_000), ("10k", 10_000)] {
        let bytes = document(n);
        let loaded = Summary::from_json_slice(&bytes).expect("the generator writes valid JSON");
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.sample_size(if n > 1_000 { 20 } else { 50 });
        group.bench_with_input(BenchmarkId::new("value", label), &bytes, |b, bytes| {
            b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(bytes)))
        });
        group.bench_with_input(BenchmarkId::new("load", label), &bytes, |b, bytes| {
            b.iter(|| Summary::from_json_slice(black_box(bytes)))
        });
        group.bench_with_input(BenchmarkId::new("validate", label), &loaded, |b, s| {
            b.iter(|| black_box(s).validate())
        });
        group.bench_with_input(
            BenchmarkId::new("load+validate", label),
            &bytes,
            |b, bytes| b.iter(|| Summary::from_json_slice(black_box(bytes)).map(|s| s.validate())),
        );
    }
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
