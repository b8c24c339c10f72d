//! Spreading independent work over the machine's cores with scoped threads: what
//! [`Framework::score_many`](crate::Framework::score_many) and the matrix scorer use, public so
//! that the bindings and the command line use the same pool instead of their own.

/// The number of threads worth using: the machine's available parallelism, as it was at the
/// first call.
///
/// ```
/// assert!(lhs_maturity::parallel::threads() >= 1);
/// ```
pub fn threads() -> usize {
    // Asked once: `available_parallelism` reads the cgroup's files on Linux (tens of
    // microseconds), too slow for a call per small matrix of a robustness analysis.
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *THREADS
        .get_or_init(|| std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get))
}

/// Runs `f` on every task, on every core (the calling thread works too). Tasks are taken one at
/// a time from a shared queue, so that a core slowed down by other work simply takes fewer.
/// A panic in `f` is raised again on the calling thread once the other threads have stopped:
/// no task's work is silently lost.
///
/// ```
/// use std::sync::atomic::{AtomicU32, Ordering};
/// let total = AtomicU32::new(0);
/// lhs_maturity::parallel::run_tasks((1..=100).collect(), |x: u32| {
///     total.fetch_add(x, Ordering::Relaxed);
/// });
/// assert_eq!(total.into_inner(), 5050);
/// ```
pub fn run_tasks<T: Send>(tasks: Vec<T>, f: impl Fn(T) + Sync) {
    let threads = threads().min(tasks.len());
    if threads < 2 {
        tasks.into_iter().for_each(f);
        return;
    }
    let queue = std::sync::Mutex::new(tasks.into_iter());
    // The lock is released before `f` runs; a poisoned queue (a panic elsewhere) stops the work.
    let next = || queue.lock().ok().and_then(|mut q| q.next());
    let work = || {
        while let Some(task) = next() {
            f(task);
        }
    };
    std::thread::scope(|s| {
        let handles: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        work();
        for h in handles {
            if let Err(payload) = h.join() {
                // A panic in `f` is a bug; re-raise it on the calling thread.
                std::panic::resume_unwind(payload);
            }
        }
    });
}

/// Applies `f` to every item, in parallel when there are several items and more than one core,
/// and returns the results in input order. Meant for items that each take a while (scoring an
/// assessment: tens of microseconds, or reading a file); the items are split into about eight
/// tasks per core.
///
/// ```
/// let lengths = lhs_maturity::parallel::map(&["a", "bb", "ccc"], |s| s.len());
/// assert_eq!(lengths, [1, 2, 3]);
/// ```
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = threads();
    if threads < 2 || items.len() < 8 {
        return items.iter().map(f).collect();
    }
    let per_task = items.len().div_ceil(threads * 8);
    let mut parts: Vec<Vec<R>> = items.chunks(per_task).map(|_| Vec::new()).collect();
    let tasks: Vec<(&[T], &mut Vec<R>)> = items.chunks(per_task).zip(parts.iter_mut()).collect();
    run_tasks(tasks, |(chunk, out)| *out = chunk.iter().map(&f).collect());
    let mut out = Vec::with_capacity(items.len());
    for part in parts {
        out.extend(part);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order_for_large_inputs() {
        let items: Vec<u32> = (0..10_000).collect();
        let out = super::map(&items, |x| x * 2);
        assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
    }

    #[test]
    fn runs_every_task_once() {
        let mut out = vec![0u32; 1000];
        let tasks: Vec<(usize, &mut [u32])> = out.chunks_mut(7).enumerate().collect();
        super::run_tasks(tasks, |(i, part)| {
            part.iter_mut().for_each(|x| *x += i as u32 + 1)
        });
        for (i, part) in out.chunks(7).enumerate() {
            assert!(part.iter().all(|&x| x == i as u32 + 1));
        }
    }
}
