package org.fugong.base;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BackgroundThreadsTest {

    private int mine;

    @BeforeEach
    void linux() {
        assumeTrue(Files.isRegularFile(Path.of("/proc/thread-self/stat")), "threads have their own nice value on Linux only");
        mine = BackgroundThreads.niceness(Path.of("/proc/thread-self/stat")).orElseThrow();
        assumeTrue(mine < 19, "the tests run at the lowest priority already");
    }

    @Test
    void a_background_thread_raises_its_own_nice_value_and_no_one_elses() throws Exception {
        int wanted = Math.max(mine + 1, 10);
        ThreadFactory factory = BackgroundThreads.factory("test-background-", wanted);

        Thread first = factory.newThread(() -> { });
        Thread second = factory.newThread(() -> { });
        assertThat(first.getName()).isEqualTo("test-background-1");
        assertThat(second.getName()).isEqualTo("test-background-2");
        assertThat(first.isDaemon()).isTrue();

        assertThat(niceOfANewThread(factory)).isEqualTo(wanted);
        assertThat(BackgroundThreads.niceness(Path.of("/proc/thread-self/stat"))).as("the thread that made it")
                .isEqualTo(OptionalInt.of(mine));
    }

    @Test
    void niceness_zero_leaves_a_thread_as_it_is_and_values_beyond_19_are_19() throws Exception {
        assertThat(niceOfANewThread(BackgroundThreads.factory("test-normal-", 0))).isEqualTo(mine);
        assertThat(niceOfANewThread(BackgroundThreads.factory("test-lowest-", 40))).isEqualTo(19);
    }

    @Test
    void a_thread_already_nicer_than_asked_stays_so() throws Exception {
        ThreadFactory nicest = BackgroundThreads.factory("test-nicest-", 19);
        CompletableFuture<OptionalInt> seen = new CompletableFuture<>();
        nicest.newThread(() -> {
            BackgroundThreads.lowerCurrent(5);
            seen.complete(BackgroundThreads.niceness(Path.of("/proc/thread-self/stat")));
        }).start();
        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(OptionalInt.of(19));
    }

    @Test
    void the_nice_value_is_read_after_a_command_name_with_spaces_and_parentheses(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Path stat = folder.resolve("stat");
        Files.writeString(stat, "4242 (odd) name (x)) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 3 0 0 30 10 20 0 12345 "
                + "1000000 200 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0\n");
        assertThat(BackgroundThreads.niceness(stat)).isEqualTo(OptionalInt.of(10));
        assertThat(BackgroundThreads.niceness(folder.resolve("missing"))).isEmpty();
    }

    private static int niceOfANewThread(ThreadFactory factory) throws Exception {
        CompletableFuture<OptionalInt> seen = new CompletableFuture<>();
        factory.newThread(() -> seen.complete(BackgroundThreads.niceness(Path.of("/proc/thread-self/stat")))).start();
        return seen.get(10, TimeUnit.SECONDS).orElseThrow();
    }
}
