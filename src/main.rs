//! The browser entry point: Trunk builds this binary to wasm.

fn main() {
    claimscope::start();
}
