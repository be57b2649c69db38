//! `cargo xtask <task>`: see `cargo xtask help`.

use std::process::ExitCode;

// The generator allocates many small, short-lived values (tokens, strings);
// with glibc's allocator a third of its run was spent in the allocator and in
// page faults (see the README's benchmark section).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match xtask::commands::run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
