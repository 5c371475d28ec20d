//! Live examples for the gallery, one module per page. Each public function is a demo; its
//! doc comment is the demo's title and its body is the snippet the page shows (build/gallery.rs).

pub mod badge;
pub mod breadcrumbs;
pub mod button;
pub mod code_snippet;
pub mod dialog;
pub mod icon;
pub mod link_card;
pub mod menu;
pub mod page_header;
pub mod pagination;
pub mod panels;
pub mod progress;
pub mod select;
pub mod star_toggle;
pub mod table;
pub mod tabs;
pub mod text_field;
pub mod toast;
