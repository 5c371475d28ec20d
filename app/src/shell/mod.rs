//! The frame around every page: sidebar navigation, top bar, theme, error boundary.

mod hydration;
mod layout;
mod sidebar;
pub mod theme;
mod topbar;

pub use layout::{Layout, PortalInfoResource};
