//! The design system: every reusable component of the portal. Pages compose these; styles live
//! in `style/` under each component's class name.

pub mod empty_state;
pub mod error_panel;
pub mod icon;
pub mod link_card;
pub mod page_header;
