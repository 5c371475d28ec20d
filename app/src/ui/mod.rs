//! The design system: every reusable component of the portal. Pages compose these; styles live
//! in `style/` under each component's class name.

pub mod badge;
pub mod breadcrumbs;
pub mod button;
pub mod code_snippet;
pub mod dialog;
pub mod empty_state;
pub mod error_panel;
pub mod icon;
pub mod info_card;
pub mod link_card;
pub mod menu;
pub mod page_header;
pub mod pagination;
pub mod progress;
pub mod roving_focus;
pub mod select;
pub mod star_toggle;
pub mod table;
pub mod tabs;
pub mod text_field;
pub mod toast;
pub mod warning_panel;
