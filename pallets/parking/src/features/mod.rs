//! What each call does once its origin is checked, by feature: lots, occupancy reports and
//! reservations.

mod lots;
mod occupancy;
mod reservations;
