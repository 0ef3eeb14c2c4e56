//! Handing a file the app made (an export) to the browser as a download.

use wasm_bindgen::JsCast;

/// Offers `text` as a file named `name` of type `mime`. Errors are the browser's refusal, in
/// words for the person.
pub fn offer(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let refused = |_| "The browser did not allow the download.".to_owned();
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(refused)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(refused)?;
    let document = crate::window()
        .and_then(|w| w.document())
        .ok_or("The page is gone.")?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(refused)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download reads the blob after this returns; let it go a while later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}
