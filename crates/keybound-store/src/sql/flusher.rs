//! Flushing an SQLite database file to disk ahead of the moment SQLite must: see the
//! checkpointer in `db`, which does it before it holds the writer to start the log over.
//!
//! Closing any descriptor of a file drops every POSIX lock this process holds on that file,
//! SQLite's included (SQLite's own connections close theirs only once none of its locks
//! remain). So the descriptor kept here is one per database file and process, shared by the
//! stores open on it: a store takes its share before it opens its connections and gives it back
//! after it has closed them, and the descriptor is closed, under the registry's lock, only when
//! the last share is given back.

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, Mutex};

/// Each database file's descriptor, and how many stores share it.
static FILES: LazyLock<Mutex<HashMap<PathBuf, (File, usize)>>> = LazyLock::new(Mutex::default);

/// A store's share of its database file's descriptor.
#[derive(Debug)]
pub(crate) struct Flusher {
    key: PathBuf,
}

impl Flusher {
    /// Takes a share of `path`'s descriptor, creating the file (empty, as SQLite takes a new
    /// database) if there is none yet.
    pub fn take(path: &Path) -> std::io::Result<Self> {
        let mut files = FILES.lock().unwrap_or_else(|p| p.into_inner());
        if !path.exists() {
            // No connection has a file that is not there yet: this descriptor may close.
            std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(false)
                .open(path)?;
        }
        let key = std::fs::canonicalize(path)?;
        match files.get_mut(&key) {
            Some((_, shares)) => *shares += 1,
            None => {
                // Opened for writing only because Windows flushes no other; nothing is written.
                let file = std::fs::OpenOptions::new().read(true).write(true).open(&key)?;
                files.insert(key.clone(), (file, 1));
            }
        }
        Ok(Self { key })
    }

    /// Writes what the system still holds of the file to disk.
    pub fn flush(&self) -> std::io::Result<()> {
        let files = FILES.lock().unwrap_or_else(|p| p.into_inner());
        match files.get(&self.key) {
            Some((file, _)) => file.sync_data(),
            None => Ok(()),
        }
    }

    #[cfg(test)]
    fn shares(path: &Path) -> usize {
        let key = std::fs::canonicalize(path).unwrap();
        let files = FILES.lock().unwrap();
        files.get(&key).map_or(0, |(_, n)| *n)
    }
}

impl Drop for Flusher {
    fn drop(&mut self) {
        let mut files = FILES.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, shares)) = files.get_mut(&self.key) {
            *shares -= 1;
            if *shares == 0 {
                // Closed here, under the lock: no store can take a share meanwhile.
                files.remove(&self.key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_descriptor_is_shared_and_closed_by_the_last_store_on_the_file() {
        let dir =
            std::env::temp_dir().join(format!("keybound-flush-{}", keybound_core::secret::random_hex(8)));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("x.db");
        let first = Flusher::take(&path).unwrap();
        assert!(path.exists(), "the file is created, empty");
        // The same file by another name.
        let second = Flusher::take(&dir.join(".").join("x.db")).unwrap();
        assert_eq!(Flusher::shares(&path), 2);
        first.flush().unwrap();
        drop(first);
        assert_eq!(Flusher::shares(&path), 1, "still open for the other store");
        second.flush().unwrap();
        drop(second);
        assert_eq!(Flusher::shares(&path), 0);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
