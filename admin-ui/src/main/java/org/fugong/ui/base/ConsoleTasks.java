package org.fugong.ui.base;

import com.vaadin.flow.component.UI;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a long console action (a decision on many responses) off the request thread, so the page can
 * show its progress: the page polls while it runs, and each step's update reaches it through
 * {@link UI#access}. Two threads: such actions are few, and each is many small service calls.
 */
@Component
public class ConsoleTasks implements DisposableBean {

    private static final int POLL_MS = 500;

    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "console-task-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private static final AtomicInteger COUNT = new AtomicInteger();

    /**
     * Runs {@code work} in the background; {@code work} reports to the page through the updater it is
     * given, and {@code done} runs on the page when it is over.
     */
    public void run(UI ui, Consumer<Consumer<Runnable>> work, Runnable done) {
        int before = ui.getPollInterval();
        ui.setPollInterval(POLL_MS);
        Consumer<Runnable> onPage = update -> ui.access(update::run);
        executor.execute(() -> {
            try {
                work.accept(onPage);
            } finally {
                ui.access(() -> {
                    ui.setPollInterval(before);
                    done.run();
                });
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
