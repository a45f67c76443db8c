package net.techmonitor.site.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Does the same work on every item of a list, on up to {@code threads} daemon threads (in the calling thread
 * when that is one), and returns the results in the list's order. The stages that convert files, render pages
 * and check links all run this way.
 */
public final class InOrder {
    private InOrder() {
    }

    /** The work for one item. */
    @FunctionalInterface
    public interface Task<T, R> {
        R run(T item) throws Exception;
    }

    /** A task failed; the cause is what it threw. */
    public static final class TaskFailedException extends RuntimeException {
        TaskFailedException(Throwable cause) {
            super(cause);
        }
    }

    /** Room for about a thousand levels of Asciidoctor's recursion; reserved, not committed, until used. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    public static <T, R> List<R> map(List<T> items, int threads, String threadName, Task<T, R> task) {
        List<R> results = new ArrayList<>(items.size());
        if (items.isEmpty()) {
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, items.size())), runnable -> {
            // Every task runs on a thread of this pool, with one run at a time as well: Asciidoctor recurses once per
            // nested block, and a deep document must convert (or fail) the same whatever the number of threads.
            Thread thread = new Thread(null, runnable, threadName, STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> task.run(item)));
            }
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskFailedException(e);
        } catch (ExecutionException e) {
            throw new TaskFailedException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
