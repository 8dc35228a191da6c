package org.smpdocs.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Runs a task on N threads for a fixed time after a warm-up and reports documents per second. */
final class Throughput {
    private Throughput() {
    }

    /** A unit of work: renders one document and returns its size (kept so the JIT cannot drop it). */
    interface Task {
        int run(int iteration) throws Exception;
    }

    record Result(int threads, long documents, double seconds) {
        double perSecond() {
            return documents / seconds;
        }

        double msPerDocument() {
            return 1000.0 * seconds * threads / documents;
        }
    }

    static Result measure(Task task, int threads, double warmupSeconds, double seconds) throws Exception {
        run(task, threads, warmupSeconds);
        return run(task, threads, seconds);
    }

    private static Result run(Task task, int threads, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        AtomicLong sink = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int i = 0;
                    while (System.nanoTime() < end) {
                        sink.addAndGet(task.run(i++));
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        if (sink.get() == 0) {
            throw new IllegalStateException("no output produced");
        }
        return new Result(threads, done.get(), (System.nanoTime() - start) / 1e9);
    }
}
