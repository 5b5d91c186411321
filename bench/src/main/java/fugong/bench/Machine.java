package fugong.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** This process's CPU time, allocation and peak heap while something runs. */
final class Machine implements AutoCloseable {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long cpuStart = os.getProcessCpuTime();
    private final long gcStart = gcMillis();
    private final java.util.Map<Long, Long> allocatedAtStart = allocatedByThread();
    private final AtomicLong peakHeap = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    Machine() {
        sampler = new Thread(() -> {
            while (running) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** CPU seconds this process used since it started measuring (all threads). */
    double cpuSeconds() {
        return (os.getProcessCpuTime() - cpuStart) / 1e9;
    }

    /**
     * Megabytes the process's threads allocated since it started measuring (HotSpot's per-thread
     * counters; a thread that ended meanwhile takes its share with it, so this can only undercount).
     */
    double allocatedMb() {
        long bytes = 0;
        for (var thread : allocatedByThread().entrySet()) {
            bytes += Math.max(0, thread.getValue() - allocatedAtStart.getOrDefault(thread.getKey(), 0L));
        }
        return bytes / 1e6;
    }

    private static java.util.Map<Long, Long> allocatedByThread() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        java.util.Map<Long, Long> byThread = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return byThread;
    }

    /** Milliseconds the collectors have reported since it started measuring (G1: its pauses). */
    long gcPauseMillis() {
        return gcMillis() - gcStart;
    }

    /** Milliseconds all collectors have reported since the JVM started. */
    static long gcMillis() {
        long millis = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis;
    }

    /**
     * CPU milliseconds the JIT compiler threads have used so far, from Linux's per-thread accounting
     * ({@code /proc/self/task}); 0 where there is none. (The JVM's own compilation time is wall time,
     * which grows twentyfold when fifty clients keep both cores busy.)
     */
    static long compilerCpuMillis() {
        long ticks = 0;
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var task : (Iterable<java.nio.file.Path>) tasks::iterator) {
                try {
                    String name = java.nio.file.Files.readString(task.resolve("comm")).strip();
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        String stat = java.nio.file.Files.readString(task.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended while being read
                }
            }
        } catch (java.io.IOException | RuntimeException noProc) {
            return 0;
        }
        return ticks * 10; // clock ticks of 10 ms (USER_HZ)
    }

    /**
     * Sets the nice value of this process's threads whose whole name matches {@code names}
     * (Linux: one thread's own value; raising it needs no privilege, lowering it does).
     *
     * @return how many threads now run at {@code nice}
     */
    static int renice(int nice, java.util.regex.Pattern names) {
        int done = 0;
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var task : (Iterable<java.nio.file.Path>) tasks::iterator) {
                try {
                    String name = java.nio.file.Files.readString(task.resolve("comm")).strip();
                    if (names.matcher(name).matches()
                            && C.LIBRARY.setpriority(0, Integer.parseInt(task.getFileName().toString()), nice) == 0) {
                        done++;
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended while being read
                }
            }
        } catch (java.io.IOException noProc) {
            return 0;
        }
        return done;
    }

    private interface C extends com.sun.jna.Library {
        C LIBRARY = com.sun.jna.Native.load("c", C.class);

        int setpriority(int which, int who, int prio);
    }

    long peakHeapMb() {
        return peakHeap.get() / (1024 * 1024);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
