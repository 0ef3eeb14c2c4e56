//! A panic in wasm leaves every later call trapping: show a banner with a reload button.

pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_banner();
    }));
}

/// Adds the banner (once) with plain DOM calls: the reactive system may be unusable after a panic.
pub fn show_banner() {
    let Some(doc) = crate::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id("fatal-error").is_some() {
        return;
    }
    let Ok(banner) = doc.create_element("div") else {
        return;
    };
    banner.set_id("fatal-error");
    let _ = banner.set_attribute("role", "alert");
    banner.set_text_content(Some(
        "Claimscope stopped because of an internal error. Your link still holds your view. ",
    ));
    // A link to the page itself, not a click handler: after a panic no wasm call can run, and
    // the Content-Security-Policy forbids inline script.
    if let Ok(link) = doc.create_element("a") {
        link.set_text_content(Some("Reload"));
        let href = crate::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let _ = link.set_attribute("href", &href);
        let _ = link.set_attribute("class", "button");
        let _ = banner.append_child(&link);
    }
    if let Some(body) = doc.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
}
