//! Long work done a part at a time, each part in a task of its own, so the page answers clicks
//! and keys and paints between the parts.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The message handler, held by itself until the work is done.
type Handler = Rc<RefCell<Option<Closure<dyn FnMut()>>>>;

/// How long one part may run before the page gets its turn, ms.
const PART_MS: f64 = 8.0;

/// Calls `step` until it returns true (done), in parts of about [`PART_MS`] each. Between
/// parts it yields through a `MessageChannel` (a task of its own, without the 4 ms that
/// nested `setTimeout`s wait). Does nothing if the page has no message channels.
pub fn use_in_parts(step: impl FnMut() -> bool + 'static) {
    in_parts(step, PART_MS);
}

/// [`use_in_parts`] with one step a task: for steps whose cost is the rendering they cause,
/// which runs after the step returns (leptos renders in the microtasks at the end of the task),
/// so that the clock inside a part cannot see it.
pub fn use_step_a_task(step: impl FnMut() -> bool + 'static) {
    in_parts(step, 0.0);
}

fn in_parts(step: impl FnMut() -> bool + 'static, part_ms: f64) {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return;
    };
    let step = RefCell::new(step);
    let sender = channel.port2();
    // The handler holds itself (to keep running) until the work is done, then lets go.
    let slot: Handler = Rc::new(RefCell::new(None));
    let keep = slot.clone();
    let receiver = channel.port1();
    let on_message = Closure::<dyn FnMut()>::new(move || {
        let start = crate::timing::now();
        loop {
            if (step.borrow_mut())() {
                receiver.set_onmessage(None);
                keep.borrow_mut().take();
                return;
            }
            if crate::timing::now() - start >= part_ms {
                let _ = sender.post_message(&wasm_bindgen::JsValue::NULL);
                return;
            }
        }
    });
    channel
        .port1()
        .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    *slot.borrow_mut() = Some(on_message);
    let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
}
