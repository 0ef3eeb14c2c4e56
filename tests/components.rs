//! Component tests: the explorer mounted in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use claimscope::explorer::Explorer;
use claimscope::widgets::claim_card::{claim_card, Detail};
use claimscope::widgets::marked::marked;
use claimscope_core::index::parse_query;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen_test::*;

mod common;

use common::{container, corpus, settle, texts};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn explorer_lists_the_articles_and_the_five_views() {
    let root = container();
    let c = corpus();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <Router><Explorer corpus=c.clone() /></Router> }
    });
    settle().await;
    let articles = texts(&root, ".sources [data-article-id]");
    assert_eq!(articles.len(), 2, "{articles:?}");
    assert!(articles
        .iter()
        .any(|a| a.contains("Putin Mulls Russia Retaliation") && a.contains("RFE/RL")));
    assert!(articles
        .iter()
        .any(|a| a.contains("24 October 2018") && a.contains("VOA")));
    assert_eq!(
        texts(&root, ".tabs a"),
        vec!["Compare", "Claims", "Read", "Timeline", "Library"]
    );
    let current = texts(&root, ".tabs a[aria-current=page]");
    assert_eq!(current, vec!["Compare"], "Compare is the landing view");
    drop(handle);
}

#[wasm_bindgen_test]
async fn marked_text_is_text_never_html() {
    let root = container();
    let text = "<img src=x onerror=alert(1)> arms race";
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <p>{marked(text, &[(29, 33)])}</p> }
    });
    settle().await;
    assert!(
        root.query_selector("img").unwrap().is_none(),
        "no element was made from the text"
    );
    assert_eq!(root.text_content().unwrap(), text);
    assert_eq!(texts(&root, "mark"), vec!["arms"]);
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_card_found_outside_its_quote_says_where() {
    let root = container();
    let c = corpus();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let query = parse_query("hysterics");
        // Putin's claim whose paragraph (not its quote) says "hysterics", and the one whose
        // quote does.
        let cards: Vec<AnyView> = ["voa-putin-grave-danger", "voa-putin-ready-to-work"]
            .into_iter()
            .map(|id| {
                let claim = c.claim(id).expect("in the bundled corpus");
                claim_card(&c, claim, Detail::Full, Some(&query))
            })
            .collect();
        view! { <div>{cards}</div> }
    });
    settle().await;
    let excerpts = texts(&root, ".match-elsewhere");
    assert_eq!(excerpts.len(), 1, "{excerpts:?}");
    assert!(
        excerpts[0].starts_with("In the same paragraph: ")
            && excerpts[0].contains("without any hysterics"),
        "{excerpts:?}"
    );
    assert_eq!(
        texts(
            &root,
            "[data-claim-id=voa-putin-grave-danger] .match-elsewhere mark"
        ),
        vec!["hysterics"]
    );
    assert_eq!(
        texts(&root, "[data-claim-id=voa-putin-ready-to-work] .quote mark"),
        vec!["hysterics"]
    );
    drop(handle);
}

#[wasm_bindgen_test]
fn a_panic_leaves_a_reload_banner_not_a_blank_page() {
    claimscope::panic::show_banner();
    claimscope::panic::show_banner();
    let doc = web_sys::window().unwrap().document().unwrap();
    let banners = doc.query_selector_all("#fatal-error").unwrap();
    assert_eq!(banners.length(), 1, "shown once");
    let banner = doc.get_element_by_id("fatal-error").unwrap();
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner
        .text_content()
        .unwrap()
        .contains("stopped because of an internal error"));
    let link = banner.query_selector("a").unwrap().expect("a reload link");
    assert_eq!(link.text_content().as_deref(), Some("Reload"));
    assert_eq!(
        link.get_attribute("href"),
        web_sys::window().unwrap().location().href().ok()
    );
}

#[wasm_bindgen_test]
async fn long_work_in_parts_lets_the_page_run_between_parts() {
    use std::cell::Cell;
    use std::rc::Rc;
    // Twenty steps of 3 ms: more than one part of 8 ms.
    let steps = Rc::new(Cell::new(0u32));
    let seen_by_timer = Rc::new(Cell::new(None));
    {
        let steps = steps.clone();
        claimscope::hooks::use_in_parts(move || {
            let start = claimscope::timing::now();
            while claimscope::timing::now() - start < 3.0 {}
            steps.set(steps.get() + 1);
            steps.get() == 20
        });
    }
    assert_eq!(steps.get(), 0, "nothing runs before the page's turn");
    {
        let (steps, seen) = (steps.clone(), seen_by_timer.clone());
        leptos::prelude::set_timeout(
            move || seen.set(Some(steps.get())),
            std::time::Duration::ZERO,
        );
    }
    for _ in 0..20 {
        if steps.get() == 20 {
            break;
        }
        settle().await;
    }
    assert_eq!(steps.get(), 20, "every step ran, and no more");
    let at_timer = seen_by_timer.get().expect("the page's own task ran");
    assert!(
        at_timer < 20,
        "the page's task ran between parts ({at_timer} steps done then)"
    );
}

/// A response whose body is `bytes`.
fn response_of(bytes: &mut [u8]) -> web_sys::Response {
    web_sys::Response::new_with_opt_u8_array(Some(bytes)).expect("a response")
}

#[wasm_bindgen_test]
async fn a_download_is_read_whole() {
    let mut bytes: Vec<u8> = (0..(1 << 20)).map(|i| (i % 251) as u8).collect();
    let response = response_of(&mut bytes);
    let read = claimscope::load::read_body(&response, bytes.len(), 2 << 20)
        .await
        .expect("read");
    assert!(
        read == bytes,
        "{} bytes read of {}",
        read.len(),
        bytes.len()
    );
}

#[wasm_bindgen_test]
async fn a_download_past_the_limit_is_stopped_and_said_so() {
    let mut bytes = vec![b' '; (2 << 20) + 1];
    let response = response_of(&mut bytes);
    // No length announced: the limit is found while reading.
    let err = claimscope::load::read_body(&response, 0, 1 << 20)
        .await
        .expect_err("over the limit");
    assert_eq!(
        err.to_string(),
        "The articles file is too large. It is over 1 MB, the limit; the download was stopped there."
    );
}
