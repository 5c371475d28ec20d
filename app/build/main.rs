//! Build-time generation for the design gallery: the token table from the stylesheet and the
//! component docs (props, summaries, demo snippets) from the components' own source, so the
//! gallery cannot drift from what it documents.

mod gallery;
mod tokens;

fn main() {
    tokens::generate();
    gallery::generate();
}
