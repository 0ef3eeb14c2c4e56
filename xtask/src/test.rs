//! `cargo xtask test`: every check, in order, stopping at the first failure.

use crate::shell::{self, cmd, root};
use crate::tools;
use std::time::Instant;

const WASM: &str = "wasm32-unknown-unknown";

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(a) = args.first() {
        return Err(format!("test takes no options (got {a})"));
    }
    let started = Instant::now();
    tools::ensure_test_tools()?;
    let root = root();

    let steps: Vec<(&str, std::process::Command)> = vec![
        ("formatting", cmd("cargo", &["fmt", "--all", "--check"])),
        (
            "layers and docs (ARCHITECTURE.md)",
            cmd("cargo", &["xtask", "tidy"]),
        ),
        (
            "clippy, native",
            cmd(
                "cargo",
                &[
                    "clippy",
                    "--workspace",
                    "--all-targets",
                    "--",
                    "-D",
                    "warnings",
                ],
            ),
        ),
        (
            "clippy, wasm",
            cmd(
                "cargo",
                &[
                    // The app and its tests; the core is linted as its dependency (its
                    // proptest dev-dependency does not build for wasm).
                    "clippy",
                    "-p",
                    "claimscope",
                    "--all-targets",
                    "--target",
                    WASM,
                    "--",
                    "-D",
                    "warnings",
                ],
            ),
        ),
        (
            // The landing's build-time render: the app's components with leptos's `ssr`.
            "clippy, native, build-time render (ssr)",
            cmd(
                "cargo",
                &[
                    "clippy",
                    "-p",
                    "claimscope",
                    "--no-default-features",
                    "--features",
                    "ssr",
                    "--lib",
                    "--bins",
                    "--",
                    "-D",
                    "warnings",
                ],
            ),
        ),
        (
            "unit and property tests, native",
            cmd("cargo", &["test", "--workspace"]),
        ),
        (
            "corpus is rebuilt byte-identical",
            cmd("cargo", &["xtask", "corpus", "--check"]),
        ),
        ("component tests, headless Chromium", {
            let mut c = cmd("cargo", &["test", "-p", "claimscope", "--target", WASM]);
            c.env("CHROMEDRIVER", "/usr/bin/chromedriver")
                .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
            c
        }),
        (
            "release build",
            cmd("trunk", &["build", "--release", "--offline"]),
        ),
        ("end-to-end tests, release build on 127.0.0.1", {
            let mut c = cmd("npx", &["--no-install", "playwright", "test"]);
            c.current_dir(root.join("tests/e2e"));
            c
        }),
        ("cross-engine smoke, Firefox ESR and WebKitGTK", {
            let mut c = cmd("node", &["cross/run.mjs"]);
            c.current_dir(root.join("tests/e2e"));
            c
        }),
    ];

    for (name, mut c) in steps {
        let t = Instant::now();
        println!("\n==> {name}");
        if c.get_current_dir().is_none() {
            c.current_dir(&root);
        }
        shell::run(&mut c).map_err(|e| format!("{name}: {e}"))?;
        println!("==> {name}: ok ({:.1} s)", t.elapsed().as_secs_f64());
    }
    println!(
        "\nAll checks passed in {:.1} s.",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
