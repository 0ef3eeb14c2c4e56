//! Bringing a sentence into view and giving it the keyboard focus, once it is on the page.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

fn document() -> Option<Document> {
    crate::window().and_then(|w| w.document())
}

/// The first element matching `selector` whose attribute `attr` is exactly `value` (compared as
/// text, so ids need no CSS escaping).
pub fn find_by_attr(selector: &str, attr: &str, value: &str) -> Option<Element> {
    let list = document()?.query_selector_all(selector).ok()?;
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .find(|el| el.get_attribute(attr).as_deref() == Some(value))
}

/// The element with this id.
pub fn by_id(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// Whether `el` has the keyboard focus.
pub fn is_focused(el: &Element) -> bool {
    document()
        .and_then(|d| d.active_element())
        .is_some_and(|a| &a == el)
}

/// Opens every `<details>` around `el`, so it can be seen.
fn open_details(el: &Element) {
    let mut at = el.parent_element();
    while let Some(p) = at {
        if p.tag_name().eq_ignore_ascii_case("details") && !p.has_attribute("open") {
            let _ = p.set_attribute("open", "");
        }
        at = p.parent_element();
    }
}

/// Calls `el.method(arg)` (for DOM options objects that this build's `web-sys` does not bind).
fn call_with(el: &Element, method: &str, arg: &JsValue) {
    if let Ok(f) = js_sys::Reflect::get(el, &JsValue::from_str(method)) {
        if let Ok(f) = f.dyn_into::<js_sys::Function>() {
            let _ = f.call1(el, arg);
        }
    }
}

fn options(key: &str, value: &JsValue) -> JsValue {
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &JsValue::from_str(key), value);
    o.into()
}

/// Scrolls `el` into view (to the middle of the window when `center`, else only as far as
/// needed) and, when `focus`, focuses it without scrolling again.
pub fn reveal(el: &Element, center: bool, focus: bool) {
    open_details(el);
    let block = if center { "center" } else { "nearest" };
    call_with(
        el,
        "scrollIntoView",
        &options("block", &JsValue::from_str(block)),
    );
    if focus {
        if let Some(h) = el.dyn_ref::<HtmlElement>() {
            call_with(h, "focus", &options("preventScroll", &JsValue::TRUE));
        }
    }
}
