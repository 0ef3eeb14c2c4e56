//! Installs the tools the build and the tests need, when they are missing; reuses what is there.

use crate::shell::{self, cmd, output, root};
use std::path::Path;

const TRUNK_VERSION: &str = "0.21.14";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Debian packages: headless browser and its driver for the browser tests.
const APT_PACKAGES: [(&str, &str); 2] = [
    ("chromium", "/usr/bin/chromium"),
    ("chromium-driver", "/usr/bin/chromedriver"),
];
/// wasm-opt for Trunk, from npm's `binaryen` (Debian's, binaryen 108, cannot read the module
/// today's rustc writes). Installed under /usr/local, ahead of /usr/bin on the PATH; its version
/// is the one `Trunk.toml` pins (`[tools] wasm_opt`).
const BINARYEN: &str = "132.0.0";
const WASM_OPT: &str = "/usr/local/bin/wasm-opt";
/// Debian packages for the cross-engine smoke suite only: Firefox ESR (driven over WebDriver
/// BiDi), WebKitGTK's WebDriver (with its MiniBrowser) and the X server it draws on.
const CROSS_ENGINE_PACKAGES: [(&str, &str); 3] = [
    ("firefox-esr", "/usr/bin/firefox-esr"),
    ("webkit2gtk-driver", "/usr/bin/WebKitWebDriver"),
    ("xvfb", "/usr/bin/Xvfb"),
];

/// What `cargo xtask serve` needs: the wasm target, Trunk, wasm-bindgen and wasm-opt.
pub fn ensure_build_tools() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_wasm_opt()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()
}

/// What `cargo xtask test` needs: the build tools, Chromium and its driver, Firefox ESR and
/// WebKitGTK with Xvfb, the e2e npm packages.
pub fn ensure_test_tools() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_apt_packages(&[APT_PACKAGES.as_slice(), &CROSS_ENGINE_PACKAGES].concat())?;
    ensure_wasm_opt()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()?;
    ensure_npm_packages("tests/e2e")
}

/// What `cargo xtask bench` needs: the build tools, Chromium, the benchmark's npm packages.
pub fn ensure_bench_tools() -> Result<(), String> {
    ensure_build_tools()?;
    ensure_apt_packages(&APT_PACKAGES[..1])?;
    ensure_npm_packages("bench")
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed =
        output(&mut cmd("rustup", &["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        return Ok(());
    }
    println!("Installing the Rust target {WASM_TARGET}...");
    shell::run(&mut cmd("rustup", &["target", "add", WASM_TARGET]))
}

fn ensure_apt_packages(packages: &[(&str, &str)]) -> Result<(), String> {
    let missing: Vec<&str> = packages
        .iter()
        .filter(|(_, binary)| !Path::new(binary).exists())
        .map(|(name, _)| *name)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    println!("Installing Debian packages: {}...", missing.join(" "));
    let root_user = output(&mut cmd("id", &["-u"])).is_some_and(|s| s.trim() == "0");
    let (program, prefix): (&str, Vec<&str>) = if root_user {
        ("apt-get", vec![])
    } else {
        ("sudo", vec!["apt-get"])
    };
    let with = |args: &[&str]| {
        let mut all = prefix.clone();
        all.extend_from_slice(args);
        let mut c = cmd(program, &all);
        c.env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    shell::run(&mut with(&["update", "-qq"]))?;
    let mut install = vec!["install", "-y", "-qq", "--no-install-recommends"];
    install.extend(missing);
    shell::run(&mut with(&install))
}

fn ensure_wasm_opt() -> Result<(), String> {
    let have = output(&mut cmd(WASM_OPT, &["--version"])).unwrap_or_default();
    let major = BINARYEN.split('.').next().unwrap_or(BINARYEN);
    if have.split_whitespace().nth(2) == Some(major) {
        return Ok(());
    }
    println!("Installing wasm-opt (npm's binaryen {BINARYEN}) into /usr/local...");
    shell::run(&mut cmd(
        "npm",
        &[
            "install",
            "--global",
            "--prefix",
            "/usr/local",
            "--no-audit",
            "--no-fund",
            &format!("binaryen@{BINARYEN}"),
        ],
    ))
}

fn ensure_trunk() -> Result<(), String> {
    let have = output(&mut cmd("trunk", &["--version"])).unwrap_or_default();
    if have.trim() == format!("trunk {TRUNK_VERSION}") {
        return Ok(());
    }
    println!(
        "Installing trunk {TRUNK_VERSION} with cargo: this takes about 11 minutes on 2 cores, once."
    );
    shell::run(&mut cmd(
        "cargo",
        &["install", "trunk", "--version", TRUNK_VERSION, "--locked"],
    ))
}

/// The `wasm-bindgen` version that Cargo.lock pins; the CLI must be the same version.
pub fn locked_wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(v.trim_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".into())
}

fn ensure_wasm_bindgen() -> Result<(), String> {
    let want = locked_wasm_bindgen_version()?;
    let have = output(&mut cmd("wasm-bindgen", &["--version"])).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(want.as_str()) {
        return Ok(());
    }
    println!(
        "Installing wasm-bindgen-cli {want} (the version in Cargo.lock); about 4 minutes, once."
    );
    // `--locked` fails on this registry (a locked dependency is missing), so resolve afresh.
    shell::run(&mut cmd(
        "cargo",
        &["install", "wasm-bindgen-cli", "--version", &want, "--force"],
    ))
}

/// `npm ci` in `folder` (relative to the repository) unless its packages match its lock file.
fn ensure_npm_packages(folder: &str) -> Result<(), String> {
    let dir = root().join(folder);
    let lock = dir.join("package-lock.json");
    let installed = dir.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&installed)) {
        (Ok(l), Ok(i)) => match (l.modified(), i.modified()) {
            (Ok(l), Ok(i)) => i >= l,
            _ => false,
        },
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    println!("Installing npm packages (npm ci in {folder})...");
    shell::run(
        cmd("npm", &["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    )
}
