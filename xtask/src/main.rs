//! Build and test tooling for Claimscope, run as `cargo xtask <command>`.
//!
//! - `cargo xtask serve [--release] [--port N]`: installs what is missing, then serves the app.
//! - `cargo xtask test`: installs what is missing, then runs every check, stopping at the first failure.
//! - `cargo xtask tidy`: the layer order, `//!` docs and other invariants of `ARCHITECTURE.md`.
//! - `cargo xtask corpus [--check]`: builds `data/corpus.json` from the sources and annotations.
//! - `cargo xtask prerender`: the landing rendered to HTML for `index.html` (a Trunk hook).
//! - `cargo xtask pwa [DIR]`: icons, manifest, CSP and service worker for a build (a Trunk hook).
//! - `cargo xtask synth --claims N`: a synthetic corpus of N claims, for benchmarks.
//! - `cargo xtask bench [--quick]`: speed and size at up to 100,000 claims -> docs/benchmarks.md.

mod bench;
mod corpus;
mod prerender;
mod pwa;
mod shell;
mod synth;
mod test;
mod tidy;
mod tools;

use std::process::ExitCode;

const USAGE: &str =
    "usage: cargo xtask <serve [--release] [--port N] | test | tidy | corpus [--check] | pwa [DIR] | prerender | synth --claims N | bench [--quick]>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("tidy") => tidy::run(&args[1..]),
        Some("corpus") => corpus::run(&args[1..]),
        Some("pwa") => pwa::run(&args[1..]),
        Some("prerender") => prerender::run(&args[1..]),
        Some("synth") => synth::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Serves the app with Trunk on 127.0.0.1; Trunk prints the address.
fn serve(args: &[String]) -> Result<(), String> {
    let mut release = false;
    let mut port = "8080".to_owned();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--release" => release = true,
            "--port" => port = it.next().ok_or("--port needs a number")?.clone(),
            other => return Err(format!("serve: unknown option {other}\n{USAGE}")),
        }
    }
    tools::ensure_build_tools()?;
    let root = shell::root();
    println!("Serving Claimscope at http://127.0.0.1:{port}/ (Ctrl-C stops it)");
    let mut cmd = vec![
        "serve",
        "--offline",
        "--address",
        "127.0.0.1",
        "--port",
        &port,
    ];
    if release {
        cmd.push("--release");
    }
    shell::run(shell::cmd("trunk", &cmd).current_dir(&root))
}
