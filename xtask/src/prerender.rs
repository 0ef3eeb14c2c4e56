//! `cargo xtask prerender`: the landing rendered at build time (a Trunk pre-build hook).
//!
//! Builds and runs the app's `prerender` binary natively with the `ssr` feature: it checks
//! `data/corpus.json` like the app does and renders the Compare view with the app's own
//! components to `target/prerender/landing.html`, which `index.html` inlines (`rel="inline"`) into
//! its landing. A build that cannot render the landing fails, rather than ship an empty page.

use crate::shell::{self, cmd, root};

/// Where the rendered landing is written, relative to the repository (as `index.html` names it).
pub const LANDING: &str = "target/prerender/landing.html";

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(a) = args.first() {
        return Err(format!("prerender: takes no arguments, got {a}"));
    }
    let root = root();
    let out = root.join(LANDING);
    let dir = out.parent().expect("the landing's path has a folder");
    std::fs::create_dir_all(dir).map_err(|e| format!("prerender: {}: {e}", dir.display()))?;
    let corpus = root.join("data/corpus.json");
    let mut c = cmd(
        "cargo",
        &[
            "run",
            "--quiet",
            "--no-default-features",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
        ],
    );
    c.arg(&corpus).arg(&out).current_dir(&root);
    // Trunk's hook environment is for the wasm build; this one is native.
    c.env_remove("CARGO_BUILD_TARGET");
    shell::run(&mut c)?;
    let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    println!("prerender: the landing, {size} bytes, written to {LANDING}");
    Ok(())
}
