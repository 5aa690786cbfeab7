//! What each call does once its origin is checked, by feature: records and their versions,
//! reads under consent, break-glass reads and their review, and epidemic reporting.

mod access;
mod emergency;
mod epidemic;
mod records;
