//! Live examples for the gallery, one module per page. Each public function is a demo; its
//! doc comment is the demo's title and its body is the snippet the page shows (build/gallery.rs).

pub mod avatar;
pub mod badge;
pub mod breadcrumbs;
pub mod button;
pub mod choice;
pub mod code_snippet;
pub mod dialog;
pub mod gauge;
pub mod icon;
pub mod icon_button;
pub mod link;
pub mod link_card;
pub mod markdown_content;
pub mod menu;
pub mod page_header;
pub mod page_layout;
pub mod pagination;
pub mod panels;
pub mod progress;
pub mod select;
pub mod sidebar_item;
pub mod skeleton;
pub mod star_toggle;
pub mod status_indicator;
pub mod table;
pub mod tabs;
pub mod text_field;
pub mod toast;
pub mod tooltip;
