//! What the component tests share: the bundled corpus, a place to mount, waiting for renders,
//! reading the text of elements.
#![allow(dead_code)] // each test file uses a part

use claimscope_core::corpus::Corpus;
use std::sync::Arc;
use wasm_bindgen::JsCast;

pub fn corpus() -> Arc<Corpus> {
    let json = include_str!("../../data/corpus.json");
    Arc::new(claimscope_core::validate::parse(json).expect("the bundled corpus is valid"))
}

/// A fresh element on the page to mount into.
pub fn container() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Lets effects and scheduled renders run.
pub async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets the microtasks run (leptos's effects), not the tasks queued behind them.
pub async fn tick() {
    let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Settles until `done` holds (work done in parts takes several turns), for at most 10 s.
pub async fn settle_until(mut done: impl FnMut() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        settle().await;
    }
    panic!("still not done after 10 s");
}

/// The text of every element under `root` matching `selector`.
pub fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}
