//! `prerender CORPUS OUT`: renders the landing (the Compare view of the corpus at `CORPUS`, a
//! corpus file checked like the app checks it) and writes it to `OUT` as the HTML that
//! `index.html` inlines. Run by `cargo xtask prerender`, a Trunk pre-build hook.

use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [corpus, out] = args.as_slice() else {
        eprintln!("usage: prerender CORPUS OUT");
        return ExitCode::FAILURE;
    };
    match run(corpus, out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(corpus: &str, out: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(corpus).map_err(|e| format!("cannot read {corpus}: {e}"))?;
    let corpus = claimscope_core::validate::parse(&text).map_err(|e| format!("{corpus}: {e:?}"))?;
    let html = claimscope::prerender::landing(Arc::new(corpus));
    std::fs::write(out, html).map_err(|e| format!("cannot write {out}: {e}"))
}
