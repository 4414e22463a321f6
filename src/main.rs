//! The `tempora` command line: a thin shell over the library.

use std::process::ExitCode;

mod cli;

/// mimalloc instead of the system allocator (`tempora::alloc`, docs/performance.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: tempora::alloc::Allocator = tempora::alloc::Allocator {};

fn main() -> ExitCode {
    cli::run()
}
