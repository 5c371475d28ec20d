//! One module per area of the portal.

pub mod catalog;
pub mod coming_soon;
pub mod design;
pub mod home;
pub mod not_found;
pub mod server_error;
