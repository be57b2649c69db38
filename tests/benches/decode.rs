//! Decoding 1,000 identities (and 1,000 sessions with their identities) into
//! the generated models, against hand-written serde structs of the same
//! shape in the same run. `cargo bench -p workspace-tests --bench decode`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ory_identity_client::models;
use std::hint::black_box;
use workspace_tests::{bench_data as data, handwritten};

fn decode(c: &mut Criterion) {
    let identities = data::identities(1000);
    let sessions = data::sessions(1000);
    let mut group = c.benchmark_group("decode-1000-identities");
    group.throughput(Throughput::Bytes(identities.len() as u64));
    group.bench_function("generated", |b| {
        b.iter(|| serde_json::from_slice::<Vec<models::Identity>>(black_box(&identities)).unwrap())
    });
    group.bench_function("handwritten", |b| {
        b.iter(|| {
            serde_json::from_slice::<Vec<handwritten::Identity>>(black_box(&identities)).unwrap()
        })
    });
    group.finish();
    let mut group = c.benchmark_group("decode-1000-sessions");
    group.throughput(Throughput::Bytes(sessions.len() as u64));
    group.bench_function("generated", |b| {
        b.iter(|| serde_json::from_slice::<Vec<models::Session>>(black_box(&sessions)).unwrap())
    });
    group.bench_function("handwritten", |b| {
        b.iter(|| {
            serde_json::from_slice::<Vec<handwritten::Session>>(black_box(&sessions)).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
