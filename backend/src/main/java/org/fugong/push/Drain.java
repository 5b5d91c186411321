package org.fugong.push;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A node's loop over work queued in MongoDB (dispatch jobs and ranges, the outbox): it takes one
 * piece after another until none is left, one loop per node at a time; a kick during a loop makes it
 * look once more before it ends, so nothing queued meanwhile waits for the next poll. Stopping waits
 * for the piece in hand.
 */
final class Drain {

    private static final Logger log = LoggerFactory.getLogger(Drain.class);

    private final String name;
    private final TaskExecutor executor;
    private final BooleanSupplier step;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean running;

    /**
     * @param step takes one piece of work and answers whether there was one
     */
    Drain(String name, TaskExecutor executor, BooleanSupplier step) {
        this.name = name;
        this.executor = executor;
        this.step = step;
    }

    boolean running() {
        return running;
    }

    void start() {
        running = true;
    }

    /** Looks for work now, on the executor's thread. */
    void kick() {
        if (running) {
            executor.execute(this::run);
        }
    }

    /** Looks for work now, on the caller's thread (the scheduler's poll). */
    void poll() {
        if (running) {
            run();
        }
    }

    /** Takes work until none is left; when a loop is already on, asks it to look once more. */
    void run() {
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (running && step.getAsBoolean()) {
                    // keep going while there is work
                }
            } while (running && again.get());
        } catch (RuntimeException e) {
            log.error("{} failed; it resumes at the next poll", name, e);
        } finally {
            draining.set(false);
        }
    }

    /** Takes no more work and waits (at most {@code wait}) for the piece in hand. */
    void stop(Duration wait) {
        running = false;
        long deadline = System.nanoTime() + wait.toNanos();
        while (draining.get() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
