//! Yielding to the page: the work after an await of [`next_task`] runs in a task of its own, so
//! the page may paint and answer input in between.

/// Resolves in a task of its own (a zero `setTimeout`): the work after it does not lengthen the
/// task before it, and the page may paint and answer input in between. At once without a window.
pub async fn next_task() {
    let Some(window) = crate::window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
