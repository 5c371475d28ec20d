//! The design system: every reusable component of the portal. Pages compose these; styles live
//! in `style/` under each component's class name.

pub mod avatar;
pub mod badge;
pub mod breadcrumbs;
pub mod button;
pub mod card;
pub mod choice;
pub mod code_snippet;
pub mod dialog;
pub mod empty_state;
pub mod error_panel;
pub mod gauge;
pub mod icon;
pub mod icon_button;
pub mod info_card;
pub mod link;
pub mod link_card;
pub mod markdown_content;
pub mod menu;
pub mod page_header;
pub mod page_layout;
pub mod pagination;
pub mod progress;
pub mod roving_focus;
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
pub mod warning_panel;
