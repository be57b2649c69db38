//! Times each stage of the pipeline on a synthetic spec of N operations:
//! `cargo run --release -p openapi-rust-generator --example stage_times -- 1000`.
//! (The criterion benches are the measurement of record; this is for
//! finding where time goes.)

use generator::emit::crate_files::{SpecSource, crate_sources};
use generator::format::format_sources;
use generator::{CrateOptions, ir, load};
use std::time::Instant;

#[path = "../benches/synthetic.rs"]
mod synthetic;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let text = synthetic::spec(n);
    let options = CrateOptions {
        name: "x".into(),
        ..Default::default()
    };
    let t = Instant::now();
    let spec = load::load("s.yaml", &text).unwrap();
    let load_time = t.elapsed();
    let t = Instant::now();
    let (api, _) = ir::build(&spec).unwrap();
    let ir_time = t.elapsed();
    let t = Instant::now();
    let sources = crate_sources(
        &api,
        &options,
        SpecSource {
            file: "s.yaml",
            text: &text,
        },
    );
    let emit_time = t.elapsed();
    let t = Instant::now();
    let files = format_sources(sources).unwrap();
    let format_time = t.elapsed();
    let bytes: usize = files.iter().map(|f| f.contents.len()).sum();
    println!(
        "{n} operations, {} KB of spec, {} KB out: load {load_time:?}, ir {ir_time:?}, emit {emit_time:?}, format {format_time:?}",
        text.len() / 1024,
        bytes / 1024
    );
}
