//! Lists the identities of an Ory project, page by page.
//!
//! ```sh
//! ORY_SDK_URL=https://<project-slug>.projects.oryapis.com \
//! ORY_API_KEY=ory_pat_... \
//! cargo run -p ory-identity-client --example list_identities
//! ```
//!
//! (This file lives in `spec/examples/`; `cargo xtask regenerate` copies it
//! into the generated crate.)

use ory_identity_client::Client;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::var("ORY_SDK_URL").map_err(|_| "set ORY_SDK_URL to your project's URL")?;
    let key = std::env::var("ORY_API_KEY").map_err(|_| "set ORY_API_KEY to a project API key")?;
    for line in list_identities(&url, &key).await? {
        println!("{line}");
    }
    Ok(())
}

/// One line per identity: its ID, state and traits.
pub async fn list_identities(
    url: &str,
    key: &str,
) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let client = Client::builder().base_url(url).bearer_token(key).build()?;
    let identities = client.list_identities().per_page(250).await?;
    Ok(identities
        .iter()
        .map(|identity| {
            let state = identity.state.as_ref().map_or("-", |s| s.as_str());
            format!("{}  {state}  {}", identity.id, identity.traits)
        })
        .collect())
}
