//! What the generated client costs on top of the HTTP client it uses: the
//! same requests (a page of 25 identities, with two query parameters and a
//! bearer token) through the generated client and through plain reqwest +
//! serde_json, against a minimal HTTP/1.1 server on 127.0.0.1, in the same
//! run. `cargo bench -p workspace-tests --bench client`.

use bytes::Bytes;
use criterion::{Criterion, criterion_group, criterion_main};
use ory_identity_client::{Client, models};
use std::hint::black_box;
use workspace_tests::bench_data as data;

#[path = "../support/json_http.rs"]
mod json_http;

/// Requests per iteration.
const REQUESTS: usize = 50;

/// Serves `body` to every request, on a random port of 127.0.0.1.
async fn serve(body: Bytes) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let body = body.clone();
            tokio::spawn(json_http::serve_json(stream, move |_request| body.clone()));
        }
    });
    format!("http://{address}")
}

fn overhead(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let body =
        Bytes::from(serde_json::to_vec(&(0..25).map(data::identity).collect::<Vec<_>>()).unwrap());
    let base = runtime.block_on(serve(body));
    // One reqwest client under both, so what differs is the generated code:
    // URL and query building, credentials, status handling, decoding.
    let plain = reqwest::Client::builder().build().unwrap();
    let generated = Client::builder()
        .http_client(plain.clone())
        .base_url(&base)
        .bearer_token("ory_pat_bench")
        .build()
        .unwrap();

    let mut group = c.benchmark_group("client-50-requests");
    group.sample_size(30);
    let runtime = &runtime;
    let list_with = |client: Client| {
        move |b: &mut criterion::Bencher| {
            b.to_async(runtime).iter(|| async {
                for _ in 0..REQUESTS {
                    let page = client.list_identities().per_page(25).page(2).await.unwrap();
                    black_box(page);
                }
            })
        }
    };
    // The client is built with its `tracing` and `middleware` features (the
    // workspace's tests turn them on) and retries on: compiled in, not
    // triggered, since every answer is a 200 and no subscriber listens.
    group.bench_function("generated-client", list_with(generated.clone()));
    // With a subscriber that keeps every span: what tracing costs when on.
    {
        let _listening = tracing::subscriber::set_default(tracing_subscriber::registry());
        group.bench_function("generated-client-traced", list_with(generated));
    }
    // What the builder's default (a 30 s timeout, so no call hangs) costs:
    // a timer per request.
    let defaults = Client::builder()
        .base_url(&base)
        .bearer_token("ory_pat_bench")
        .build()
        .unwrap();
    group.bench_function("generated-client-default-builder", list_with(defaults));
    group.bench_function("reqwest-serde_json", |b| {
        b.to_async(runtime).iter(|| async {
            for _ in 0..REQUESTS {
                let response = plain
                    .get(format!("{base}/admin/identities?per_page=25&page=2"))
                    .bearer_auth("ory_pat_bench")
                    .header("accept", "application/json")
                    .send()
                    .await
                    .unwrap();
                let bytes = response.bytes().await.unwrap();
                let page: Vec<models::Identity> = serde_json::from_slice(&bytes).unwrap();
                black_box(page);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, overhead);
criterion_main!(benches);
