//! `cargo xtask corpus` as a person runs it: the checked-in corpus is up to date, from any
//! directory, and a wrong option fails.

use std::process::Command;

fn xtask(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .output()
        .expect("xtask runs")
}

#[test]
fn corpus_check_passes_from_any_directory_and_prints_the_counts() {
    let out = xtask(&["corpus", "--check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("is up to date"), "{stdout}");
    assert!(stdout.contains("claims per side:"), "{stdout}");
    assert!(stdout.contains("claims per question"), "{stdout}");
}

#[test]
fn corpus_refuses_an_unknown_option() {
    let out = xtask(&["corpus", "--frobnicate"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown option --frobnicate"));
}
