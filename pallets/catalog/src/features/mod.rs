//! What each call does once its origin is checked, by feature: resources, requests and the
//! grants they lead to, deliveries, and the trail every step goes into.

mod deliveries;
mod requests;
mod resources;
mod trail;
