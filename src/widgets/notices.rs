//! What a link held that could not be applied, in a dismissible notice.

use crate::ctx::Nav;
use leptos::prelude::*;

#[component]
pub fn LinkNotice(nav: Nav) -> impl IntoView {
    let dismissed = RwSignal::new(false);
    // A new link brings a new notice.
    Effect::new(move |_| {
        nav.ignored();
        dismissed.set(false);
    });
    move || {
        let ignored = nav.ignored();
        (!ignored.is_empty() && !dismissed.get()).then(|| {
            view! {
                <aside class="notice" role="status" aria-label="Parts of the link that were ignored">
                    <p>"Parts of this link were not understood and were ignored:"</p>
                    <ul>
                        {ignored.iter().map(|i| view! { <li>{i.describe()}</li> }).collect_view()}
                    </ul>
                    <button type="button" on:click=move |_| dismissed.set(true)>"Dismiss"</button>
                </aside>
            }
        })
    }
}
