//! The migrations are compiled into the binary: a new or changed one rebuilds this crate.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
