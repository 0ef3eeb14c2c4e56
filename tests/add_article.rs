//! Component test of the add-article form in headless Chromium (wasm-bindgen-test): paste a seed
//! article, find its claims, drop one, save; a long paste is read in parts and shown a page at a
//! time.
#![cfg(target_arch = "wasm32")]

use claimscope::views::add_article::AddArticle;
use claimscope_core::corpus::Corpus;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

mod common;

use common::{container, corpus, settle, settle_until, texts, tick};

wasm_bindgen_test_configure!(run_in_browser);

fn find(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

/// Types `value` into the field as a person would: the value, then an `input` event.
fn type_into(root: &web_sys::HtmlElement, selector: &str, value: &str) {
    let el = find(root, selector);
    js_sys::Reflect::set(&el, &JsValue::from_str("value"), &JsValue::from_str(value)).unwrap();
    // `new Event("input", { bubbles: true })`: leptos listens for input events on the document.
    let window = web_sys::window().unwrap();
    let ctor: js_sys::Function = js_sys::Reflect::get(&window, &JsValue::from_str("Event"))
        .unwrap()
        .unchecked_into();
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &JsValue::from_str("bubbles"), &JsValue::TRUE).unwrap();
    let args = js_sys::Array::of2(&JsValue::from_str("input"), &init);
    let ev: web_sys::Event = js_sys::Reflect::construct(&ctor, &args)
        .unwrap()
        .unchecked_into();
    el.dispatch_event(&ev).unwrap();
}

/// The form mounted on the bundled corpus: its root, what `on_save` was handed, and the handle
/// that unmounts it.
async fn mount_form() -> (web_sys::HtmlElement, Arc<Mutex<Option<Corpus>>>, impl Sized) {
    let root = container();
    let c = corpus();
    let saved: Arc<Mutex<Option<Corpus>>> = Arc::new(Mutex::new(None));
    let sink = saved.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let sink = sink.clone();
        view! {
            <AddArticle
                corpus=c.clone()
                on_save=move |new: Corpus| *sink.lock().unwrap() = Some(new)
            />
        }
    });
    settle().await;
    (root, saved, handle)
}

/// Outlet, date and address of the VOA seed article.
fn voa_details(root: &web_sys::HtmlElement) {
    type_into(root, "#add-outlet", "VOA");
    type_into(root, "#add-published", "2018-10-24");
    type_into(root, "#add-url", "https://www.voanews.com/a/x.html");
}

#[wasm_bindgen_test]
async fn pasting_a_seed_article_finds_its_claims_and_saves_the_kept_ones() {
    let (root, saved, handle) = mount_form().await;
    type_into(
        &root,
        "#add-text",
        include_str!("../data/sources/002_a74754775b1aab61.txt"),
    );
    voa_details(&root);
    find(&root, "button.find").click();
    settle_until(|| texts(&root, ".status").iter().any(|s| s.contains("found"))).await;

    let status = texts(&root, ".status");
    assert_eq!(status.len(), 1);
    let n: usize = status[0]
        .split_whitespace()
        .next()
        .and_then(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("a count: {status:?}"));
    assert!(n >= 15, "{status:?}");
    // Twenty at a time (drawn a few a turn): show the rest.
    settle_until(|| texts(&root, ".candidate").len() == n.min(20)).await;
    if n > 20 {
        find(&root, ".more button").click();
        settle_until(|| texts(&root, ".candidate").len() == n).await;
    }
    let marks = texts(&root, ".candidate .context mark");
    assert_eq!(marks.len(), n);
    assert!(
        marks
            .iter()
            .any(|m| m == "We are ready to work with our American partners without any hysterics"),
        "{marks:?}"
    );
    // The first candidate's speaker is suggested from the corpus: Putin.
    let speaker: web_sys::HtmlElement = find(&root, ".candidate select");
    let value = js_sys::Reflect::get(&speaker, &JsValue::from_str("value")).unwrap();
    assert_eq!(value.as_string().as_deref(), Some("putin"));

    // Drop the first candidate, then save.
    find(&root, ".candidate .keep input").click();
    settle().await;
    find(&root, "button.save").click();
    settle().await;
    let status = texts(&root, ".status");
    assert!(
        status[0].contains(&format!("{} claims were added", n - 1)),
        "{status:?}"
    );
    let new = saved.lock().unwrap().take().expect("on_save was called");
    assert_eq!(new.articles.len(), 3);
    assert_eq!(new.claims.len(), corpus().claims.len() + n - 1);
    let added = new.articles.last().unwrap();
    assert_eq!(added.outlet, "VOA");
    assert_eq!(
        added.title,
        "Putin: US Exit From Treaty Would Spur New Arms Race"
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_long_paste_is_read_in_parts_and_shown_a_page_at_a_time() {
    let (root, saved, handle) = mount_form().await;
    let one = include_str!("../data/sources/002_a74754775b1aab61.txt");
    let body = one.split_once("\n\n").map_or(one, |(_, rest)| rest);
    let text = format!("A long paste\n\n{}", vec![body; 40].join("\n\n"));
    type_into(&root, "#add-text", &text);
    voa_details(&root);
    find(&root, "button.find").click();
    // The click reads nothing yet: it says that it is reading, and reads in parts after.
    tick().await;
    let status = texts(&root, ".status");
    assert_eq!(status, ["Finding claims… reading the text."]);
    settle_until(|| texts(&root, ".status").iter().any(|s| s.contains("found"))).await;
    let status = texts(&root, ".status");
    let n: usize = status[0]
        .split_whitespace()
        .next()
        .and_then(|w| w.replace(',', "").parse().ok())
        .unwrap_or_else(|| panic!("a count: {status:?}"));
    assert!(n > 400, "{status:?}");
    settle_until(|| texts(&root, ".candidate").len() == 20).await;
    let more = find(&root, ".more button");
    assert_eq!(
        more.text_content().unwrap(),
        format!("Show 20 more of {} candidates", n - 20)
    );
    // A choice made in the first page stays when more are shown (they are added, not redrawn).
    find(&root, ".candidate .keep input").click();
    settle().await;
    more.click();
    settle_until(|| texts(&root, ".candidate").len() == 40).await;
    let first: web_sys::HtmlInputElement = find(&root, ".candidate .keep input").unchecked_into();
    assert!(!first.checked());
    // Saving keeps every candidate kept, shown or not.
    find(&root, "button.save").click();
    settle().await;
    let new = saved.lock().unwrap().take().expect("on_save was called");
    assert_eq!(new.claims.len(), corpus().claims.len() + n - 1);
    drop(handle);
}

#[wasm_bindgen_test]
async fn page_furniture_is_set_aside_in_sight_can_be_kept_and_candidates_show_their_line() {
    let (root, _saved, handle) = mount_form().await;
    let raw = "Latest news\nUpdated 14:02 GMT\nGENEVA, March 3 (Meridian News) - Talks ended on Monday.\nShare\nThe ministry said the talks had failed.\n";
    // A typed title: the first line that is not furniture is the text's, not a headline.
    type_into(&root, "#add-title", "Talks in Geneva end");
    type_into(&root, "#add-text", raw);
    voa_details(&root);
    find(&root, "button.find").click();
    settle_until(|| texts(&root, ".status").iter().any(|s| s.contains("found"))).await;

    let aside = texts(&root, ".set-aside li");
    assert_eq!(aside.len(), 4, "{aside:?}");
    assert!(aside[0].starts_with("Line 1, page furniture:") && aside[0].contains("Latest news"));
    assert!(
        aside[2].contains("GENEVA, March 3 (Meridian News) -"),
        "{aside:?}"
    );
    assert!(aside[3].starts_with("Line 4,") && aside[3].contains("Share"));
    assert_eq!(
        texts(&root, ".candidate .context mark"),
        ["the talks had failed."]
    );

    // The candidate's line, selected in the pasted text.
    let link = find(&root, ".candidate .line-link");
    assert_eq!(
        link.text_content().unwrap_or_default(),
        "line 5 of the text"
    );
    link.click();
    let area: web_sys::HtmlTextAreaElement = find(&root, "#add-text").unchecked_into();
    let (a, b) = (
        area.selection_start().unwrap().unwrap() as usize,
        area.selection_end().unwrap().unwrap() as usize,
    );
    assert_eq!(&raw[a..b], "The ministry said the talks had failed.");

    // "Keep as text" on the "Share" line: found again, the line is text now, not set aside.
    find(&root, ".set-aside li:nth-child(4) button").click();
    settle_until(|| {
        texts(&root, ".set-aside li").len() == 3
            && texts(&root, ".status").iter().any(|s| s.contains("found"))
    })
    .await;
    assert!(texts(&root, ".set-aside .kept")[0].contains("Kept as text: 1 line (line 4)"));
    drop(handle);
}
