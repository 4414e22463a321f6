//! The allocator of the `tempora` binary and its examples: mimalloc (feature `mimalloc`, on by
//! default).
//!
//! The pipeline allocates many small strings and vectors per sentence; with the system
//! allocator (glibc) `malloc` and `free` were about 12 % of the instructions of a pass over the
//! 400 silver documents (docs/performance.md, third pass). mimalloc is built without
//! transparent huge pages (its `no_thp` feature): with them, its first arena is backed by 2 MiB
//! pages and the peak memory of a batch run more than doubled (19 MB → 49 MB).
//!
//! A library user picks the allocator of their own program; this alias only serves the
//! binaries of this package:
//!
//! ```ignore
//! #[global_allocator]
//! static GLOBAL: tempora::alloc::Allocator = tempora::alloc::Allocator {};
//! ```

/// The global allocator type to declare with `#[global_allocator]`.
pub type Allocator = mimalloc::MiMalloc;
