//! What each call does once its origin is checked, by feature: the agency registry the
//! council keeps, and the operators each agency's admin keeps.

mod operators;
mod registry;
