//! Component tests: the explorer mounted in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use claimscope::explorer::Explorer;
use claimscope::widgets::marked::marked;
use claimscope_core::model::Corpus;
use leptos::prelude::*;
use leptos_router::components::Router;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn corpus() -> Arc<Corpus> {
    let json = include_str!("../data/corpus.json");
    Arc::new(claimscope_core::validate::parse(json).expect("the bundled corpus is valid"))
}

/// A fresh element on the page to mount into.
fn container() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Lets effects and scheduled renders run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

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
