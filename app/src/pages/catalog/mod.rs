//! The catalog in the browser: the explorer (/catalog), entity pages
//! (/catalog/{namespace}/{kind}/{name}) and registering locations (/catalog-import).

pub mod about_card;
pub mod entity_lists;
pub mod entity_page;
pub mod explorer;
pub mod explorer_filters;
pub mod explorer_table;
pub mod import_page;
pub mod relations_graph;
pub mod star;
pub mod unregister_dialog;
