//! `cargo xtask bench [--quick]`: the speed and size benchmark (not part of `cargo xtask test`).
//! Builds the release into `target/bench/dist`, generates the synthetic corpora of 1,000, 10,000
//! and 100,000 claims into `target/bench/`, times the paste natively (`core/examples/
//! propose_probe.rs`, into `target/bench/propose.txt`), and runs `bench/run.mjs`, which writes
//! `docs/benchmarks.md`.

use crate::shell::{self, cmd, root};
use crate::{synth, tools};

pub fn run(args: &[String]) -> Result<(), String> {
    let quick = match args {
        [] => false,
        [q] if q == "--quick" => true,
        _ => return Err("usage: cargo xtask bench [--quick]".into()),
    };
    tools::ensure_bench_tools()?;
    let root = root();
    let out = root.join("target/bench");
    let dist = out.join("dist");
    println!("Building the release into {}...", dist.display());
    shell::run(
        cmd(
            "trunk",
            &[
                "build",
                "--release",
                "--offline",
                "--dist",
                &dist.to_string_lossy(),
            ],
        )
        .current_dir(&root),
    )?;
    // The paste's cost natively: segment and propose an article of 3,000 words and more. Its
    // line goes into the report.
    let probe = shell::output(
        cmd(
            "cargo",
            &[
                "run",
                "--release",
                "-q",
                "-p",
                "claimscope-core",
                "--example",
                "propose_probe",
            ],
        )
        .current_dir(&root),
    )
    .ok_or(
        "the paste probe (`cargo run --release -p claimscope-core --example propose_probe`) failed",
    )?;
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    std::fs::write(out.join("propose.txt"), probe.trim())
        .map_err(|e| format!("{}: {e}", out.display()))?;
    for claims in [1_000, 10_000, 100_000] {
        let file = out.join(format!("corpus-{claims}.json"));
        let json = synth::synthesize_json(claims, synth::SEED)?;
        std::fs::write(&file, json).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    let mut node_args = vec![
        "bench/run.mjs".to_owned(),
        dist.to_string_lossy().into_owned(),
        out.to_string_lossy().into_owned(),
    ];
    if quick {
        node_args.push("--quick".into());
    }
    let node_args: Vec<&str> = node_args.iter().map(String::as_str).collect();
    shell::run(cmd("node", &node_args).current_dir(&root))
}
