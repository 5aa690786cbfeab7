//! The node's parts that are tested on their own, without the node around them
//! (`cargo test -p civitas-node --lib`): the binary (`main.rs`) is tested end to end
//! (`clients/`), and its unit-test harness would compile the whole node a second time.

pub mod author_pool;
pub mod ports;
