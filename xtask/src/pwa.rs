//! `cargo xtask pwa <dir>`: turns Trunk's output into an installable, offline app. Trunk runs it
//! as a post-build hook on its staging directory (`TRUNK_STAGING_DIR`), so every build has it:
//!
//! 1. the icons (192, 512 and a maskable 512 px PNG) rendered from `assets/icon.svg`;
//! 2. `manifest.webmanifest`, with relative `start_url` and `scope` so any sub-path works;
//! 3. a strict Content-Security-Policy `<meta>` in `index.html`, with the hash of each inline
//!    script Trunk wrote (never `'unsafe-inline'`);
//! 4. `sw.js` from `assets/sw.js`: the list of every file written, under a cache named after the
//!    hash of their contents.

use crate::shell::root;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};

const THEME: &str = "#1d4ed8";
const BACKGROUND: &str = "#fbfaf7";

pub fn run(args: &[String]) -> Result<(), String> {
    let dir = match args.first() {
        Some(d) => PathBuf::from(d),
        None => std::env::var_os("TRUNK_STAGING_DIR")
            .map(PathBuf::from)
            .ok_or("pwa: give the build directory, or run as a Trunk hook (TRUNK_STAGING_DIR)")?,
    };
    let assets = root().join("assets");
    write_icons(&assets.join("icon.svg"), &dir.join("icons"))?;
    write(&dir.join("manifest.webmanifest"), &manifest())?;
    if std::env::var("TRUNK_PROFILE").as_deref() == Ok("debug") {
        // `trunk serve` injects its own reload script and CSP; no service worker in development.
        println!("pwa: development build: icons and manifest only");
        return Ok(());
    }
    let index = dir.join("index.html");
    let html = fs::read_to_string(&index).map_err(|e| format!("pwa: {}: {e}", index.display()))?;
    write(&index, &with_csp(&html)?)?;
    let files = site_files(&dir)?;
    let template = fs::read_to_string(assets.join("sw.js"))
        .map_err(|e| format!("pwa: sw.js template: {e}"))?;
    write(
        &dir.join("sw.js"),
        &service_worker(&template, &dir, &files)?,
    )?;
    println!(
        "pwa: {} files precached, icons, manifest and CSP written to {}",
        files.len(),
        dir.display()
    );
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("pwa: cannot write {}: {e}", path.display()))
}

fn write_icons(svg: &Path, out: &Path) -> Result<(), String> {
    let data = fs::read(svg).map_err(|e| format!("pwa: {}: {e}", svg.display()))?;
    let tree = resvg::usvg::Tree::from_data(&data, &resvg::usvg::Options::default())
        .map_err(|e| format!("pwa: {} is not a usable SVG: {e}", svg.display()))?;
    fs::create_dir_all(out).map_err(|e| format!("pwa: {e}"))?;
    for (name, size, safe_zone) in [
        ("icon-192.png", 192, 1.0),
        ("icon-512.png", 512, 1.0),
        // Maskable: the artwork within the central 80 % safe zone, on a full-bleed background.
        ("maskable-512.png", 512, 0.8),
    ] {
        let png = render(&tree, size, safe_zone)?;
        fs::write(out.join(name), png).map_err(|e| format!("pwa: {name}: {e}"))?;
    }
    Ok(())
}

fn render(tree: &resvg::usvg::Tree, size: u32, safe_zone: f32) -> Result<Vec<u8>, String> {
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size).ok_or("pwa: bad icon size")?;
    if safe_zone < 1.0 {
        let bg = resvg::tiny_skia::Color::from_rgba8(0xfb, 0xfa, 0xf7, 0xff);
        pixmap.fill(bg);
    }
    let art = size as f32 * safe_zone;
    let scale = art / tree.size().width().max(tree.size().height());
    let offset = (size as f32 - art) / 2.0;
    let transform = resvg::tiny_skia::Transform::from_row(scale, 0.0, 0.0, scale, offset, offset);
    resvg::render(tree, transform, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("pwa: png: {e}"))
}

fn manifest() -> String {
    let m = serde_json::json!({
        "name": "Claimscope",
        "short_name": "Claimscope",
        "description": "Who claims what in a dispute, on which point, and where exactly they said it.",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": THEME,
        "background_color": BACKGROUND,
        "icons": [
            { "src": "icons/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any" },
            { "src": "icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any" },
            { "src": "icons/maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable" }
        ]
    });
    serde_json::to_string_pretty(&m).expect("a JSON value serializes") + "\n"
}

/// The page with a Content-Security-Policy `<meta>` right after `<meta charset>`.
pub fn with_csp(html: &str) -> Result<String, String> {
    if html.contains("http-equiv=\"Content-Security-Policy\"") {
        return Ok(html.to_owned());
    }
    let hashes: Vec<String> = inline_scripts(html)
        .iter()
        .map(|s| {
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()))
            )
        })
        .collect();
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}{}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self' https:; font-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
        if hashes.is_empty() { "" } else { " " },
        hashes.join(" ")
    );
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    // The CSP must come before any script; right after `<meta charset>` (minified or not).
    let at = html
        .to_ascii_lowercase()
        .find("<meta charset")
        .ok_or("pwa: index.html has no <meta charset>")?;
    let end = at + html[at..].find('>').expect("found above") + 1;
    Ok(format!("{}{}{}", &html[..end], meta, &html[end..]))
}

/// The contents of every `<script>` without `src`.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<script") {
        let after = &rest[i..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body_start = open_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            out.push(&after[body_start..body_start + close]);
        }
        rest = &after[body_start + close..];
    }
    out
}

/// Every file of the site, relative, sorted (the service worker itself excluded).
fn site_files(dir: &Path) -> Result<Vec<String>, String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
        for entry in fs::read_dir(dir).map_err(|e| format!("pwa: {e}"))? {
            let path = entry.map_err(|e| format!("pwa: {e}"))?.path();
            if path.is_dir() {
                walk(base, &path, out)?;
            } else {
                let rel = path
                    .strip_prefix(base)
                    .expect("below base")
                    .to_string_lossy()
                    .replace('\\', "/");
                if rel != "sw.js" {
                    out.push(rel);
                }
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

fn service_worker(template: &str, dir: &Path, files: &[String]) -> Result<String, String> {
    let mut hasher = Sha256::new();
    for f in files {
        hasher.update(f.as_bytes());
        hasher.update([0]);
        hasher.update(fs::read(dir.join(f)).map_err(|e| format!("pwa: {f}: {e}"))?);
    }
    let digest = hasher.finalize();
    let version: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let mut list: Vec<String> = vec!["./".to_owned()];
    list.extend(files.iter().cloned());
    let list = serde_json::to_string(&list).expect("strings serialize");
    Ok(template
        .replace("__CACHE__", &format!("claimscope-{version}"))
        .replace("__FILES__", &list))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csp_hashes_inline_scripts_and_never_allows_unsafe_inline() {
        let html = "<html><head><meta charset=\"utf-8\"><script type=\"module\">import x from './a.js';</script><script src=\"b.js\"></script></head></html>";
        let out = with_csp(html).unwrap();
        let digest = base64::engine::general_purpose::STANDARD
            .encode(Sha256::digest(b"import x from './a.js';"));
        assert!(out.contains(&format!("'sha256-{digest}'")), "{out}");
        assert!(!out.contains("unsafe-inline"));
        assert!(out.contains("object-src 'none'") && out.contains("base-uri 'none'"));
        assert!(out.find("Content-Security-Policy").unwrap() < out.find("<script").unwrap());
    }

    #[test]
    fn csp_is_written_once() {
        let html = "<meta charset=\"utf-8\"><script>1</script>";
        let once = with_csp(html).unwrap();
        assert_eq!(with_csp(&once).unwrap(), once);
    }

    #[test]
    fn service_worker_lists_files_under_a_content_named_cache() {
        let dir = std::env::temp_dir().join(format!("claimscope-pwa-test-{}", std::process::id()));
        fs::create_dir_all(dir.join("data")).unwrap();
        fs::write(dir.join("index.html"), "a").unwrap();
        fs::write(dir.join("data/corpus.json"), "{}").unwrap();
        let files = site_files(&dir).unwrap();
        assert_eq!(
            files,
            vec!["data/corpus.json".to_owned(), "index.html".to_owned()]
        );
        let v1 = service_worker(
            "const CACHE = '__CACHE__'; const FILES = __FILES__;",
            &dir,
            &files,
        )
        .unwrap();
        assert!(
            v1.contains(r#"["./","data/corpus.json","index.html"]"#),
            "{v1}"
        );
        fs::write(dir.join("index.html"), "b").unwrap();
        let v2 = service_worker("const CACHE = '__CACHE__';", &dir, &files).unwrap();
        let name = |s: &str| s.split('\'').nth(1).unwrap().to_owned();
        assert_ne!(
            name(&v1),
            name(&v2),
            "a changed file must change the cache name"
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
