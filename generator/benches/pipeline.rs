//! The generator's cost: the whole pipeline and each stage (load, IR, emit,
//! format) on our identity spec and on Ory's full document, and the whole
//! pipeline on synthetic specs of 10 to 5,000 operations, to show how the
//! cost grows. `cargo bench -p openapi-rust-generator`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use generator::emit::crate_files::{SpecSource, crate_sources};
use generator::format::format_sources;
use generator::{CrateOptions, ir, load};
use std::hint::black_box;
use std::path::Path;

mod synthetic;

fn options() -> CrateOptions {
    CrateOptions {
        name: "bench-client".to_owned(),
        ..Default::default()
    }
}

fn stages(c: &mut Criterion, label: &str, file: &str, text: &str) {
    let mut group = c.benchmark_group(label);
    group.sample_size(20);
    let spec = load::load(file, text).expect("the spec loads");
    let (api, _) = ir::build(&spec).expect("the IR builds");
    let source = SpecSource { file, text };
    let sources = crate_sources(&api, &options(), source);
    group.bench_function("load", |b| {
        b.iter(|| load::load(file, black_box(text)).unwrap())
    });
    group.bench_function("ir", |b| b.iter(|| ir::build(black_box(&spec)).unwrap()));
    group.bench_function("emit", |b| {
        b.iter(|| crate_sources(black_box(&api), &options(), source))
    });
    group.bench_function("format", |b| {
        b.iter(|| format_sources(black_box(sources.clone())).unwrap())
    });
    group.bench_function("full", |b| {
        b.iter(|| generator::generate(file, black_box(text), &options()).unwrap())
    });
    group.finish();
}

fn identity(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/identity.yaml");
    let text = std::fs::read_to_string(path).expect("spec/identity.yaml");
    stages(c, "identity", "identity.yaml", &text);
}

fn ory_full(c: &mut Criterion) {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/specs/ory-client-v1.22.65.json");
    match std::fs::read_to_string(&path) {
        Ok(text) => stages(c, "ory-v1.22.65", "ory-client-v1.22.65.json", &text),
        Err(_) => eprintln!("skipped: {} is not here", path.display()),
    }
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthetic");
    group.sample_size(10);
    for n in [10, 100, 1000, 5000] {
        let text = synthetic::spec(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("full", n), &text, |b, text| {
            b.iter(|| generator::generate("synthetic.yaml", black_box(text), &options()).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, identity, ory_full, scaling);
criterion_main!(benches);
