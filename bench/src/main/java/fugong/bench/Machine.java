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
    private final java.util.Map<String, Long> groupsAtStart = cpuTicksByGroup();

    /** The FCM stand-in's process, whose CPU each row prints beside this process's own; 0 while there is none. */
    static volatile long standInPid;

    /** The groups of threads whose CPU a row prints, in the order printed. */
    private static final java.util.List<String> GROUPS = java.util.List.of("SDK", "send pool", "walk and plan", "database",
            "GC", "JIT");
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
     * Where the CPU went since this started measuring, in milliseconds per message or push: this process's
     * threads by what they do (firebase-admin's send threads; the send pool, or the raw rate's callers;
     * the walk and the plan; the embedded server; the collector with the VM thread; the JIT compiler),
     * the rest of the process (threads that ended, such as a raw measurement's callers, and everything
     * else) and the FCM stand-in's process. From Linux's per-thread accounting, in ticks of 10 ms.
     */
    String cpuByGroup(long count) {
        java.util.Map<String, Long> now = cpuTicksByGroup();
        StringBuilder out = new StringBuilder();
        long grouped = 0;
        for (String group : GROUPS) {
            long ms = millisSinceStart(now, group);
            grouped += ms;
            out.append(group).append(' ').append(String.format(java.util.Locale.ROOT, "%.3f", ms / (double) Math.max(1, count)))
                    .append(", ");
        }
        double rest = Math.max(0, cpuSeconds() * 1000 - grouped);
        out.append(String.format(java.util.Locale.ROOT, "the rest %.3f", rest / Math.max(1, count)));
        if (now.containsKey("FCM stand-in")) {
            out.append(String.format(java.util.Locale.ROOT, "; the FCM stand-in %.3f",
                    millisSinceStart(now, "FCM stand-in") / (double) Math.max(1, count)));
        }
        return out.toString();
    }

    private long millisSinceStart(java.util.Map<String, Long> now, String group) {
        return (now.getOrDefault(group, 0L) - groupsAtStart.getOrDefault(group, 0L)) * 10; // ticks of 10 ms (USER_HZ)
    }

    private static java.util.Map<String, Long> cpuTicksByGroup() {
        java.util.Map<String, Long> ticks = new java.util.HashMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var task : (Iterable<java.nio.file.Path>) tasks::iterator) {
                try {
                    String group = group(java.nio.file.Files.readString(task.resolve("comm")).strip());
                    if (group != null) {
                        ticks.merge(group, ticks(java.nio.file.Files.readString(task.resolve("stat"))), Long::sum);
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended while being read
                }
            }
            long pid = standInPid;
            if (pid > 0) {
                ticks.put("FCM stand-in", ticks(java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid + "", "stat"))));
            }
        } catch (java.io.IOException | RuntimeException noProc) {
            // not Linux, or the stand-in is gone: the groups stay empty
        }
        return ticks;
    }

    /** A thread's or process's user and system ticks from its {@code stat} line. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String group(String name) {
        if (name.startsWith("fcm-send")) {
            return "SDK";
        }
        if (name.startsWith("push-send") || name.startsWith("raw-send")) {
            return "send pool";
        }
        if (name.startsWith("push-")) {
            return "walk and plan";
        }
        if (name.startsWith("mongo-server")) {
            return "database";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
            return "GC";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "JIT";
        }
        return null;
    }

    /**
     * CPU milliseconds the JIT compiler threads have used so far, from Linux's per-thread accounting
     * ({@code /proc/self/task}); 0 where there is none. (The JVM's own compilation time is wall time,
     * which grows twentyfold when fifty clients keep both cores busy.)
     */
    static long compilerCpuMillis() {
        return cpuTicksByGroup().getOrDefault("JIT", 0L) * 10; // clock ticks of 10 ms (USER_HZ)
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
