//! What each call does once its origin is checked, by feature: registration, transfers,
//! encumbrances, and the title history every step goes into.

mod encumbrances;
mod history;
mod registration;
mod transfers;
