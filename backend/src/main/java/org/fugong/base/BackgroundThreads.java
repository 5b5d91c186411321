package org.fugong.base;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for work that nobody waits on in front of a screen (a notice's fan-out): each one raises
 * its own nice value when it starts, so that when the cores are contended the scheduler gives the
 * request threads their share first, and when they are not it runs at full speed (the scheduler
 * only weighs threads that want the same core). Linux only: there the nice value belongs to one
 * thread, while elsewhere {@code setpriority} would lower the whole process, so other systems keep
 * the threads as they are. Raising a nice value needs no privilege; if the call fails, the thread
 * runs at normal priority and the failure is logged once.
 */
public final class BackgroundThreads {

    private static final Logger log = LoggerFactory.getLogger(BackgroundThreads.class);
    private static final int PRIO_PROCESS = 0;
    private static final AtomicBoolean warned = new AtomicBoolean();

    private BackgroundThreads() {
    }

    /**
     * Daemon threads named {@code prefix1, prefix2, …} that run at {@code niceness} (0: as any other
     * thread; at most 19).
     */
    public static ThreadFactory factory(String prefix, int niceness) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(() -> {
                lowerCurrent(niceness);
                runnable.run();
            }, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Raises the calling thread's nice value to {@code niceness} (never lowers it).
     *
     * @return whether the thread now runs at that nice value or a higher one
     */
    static boolean lowerCurrent(int niceness) {
        int wanted = Math.max(0, Math.min(19, niceness));
        if (wanted == 0) {
            return true;
        }
        if (!Platform.isLinux()) {
            return false;
        }
        OptionalInt now = currentNiceness();
        if (now.isPresent() && now.getAsInt() >= wanted) {
            return true;
        }
        try {
            // on Linux, who = 0 is the calling thread alone (a nice value belongs to a thread there)
            if (C.LIBRARY.setpriority(PRIO_PROCESS, 0, wanted) == 0) {
                return true;
            }
            warnOnce("setpriority returned errno " + Native.getLastError(), null);
        } catch (LinkageError e) {
            warnOnce(e.toString(), e);
        }
        return false;
    }

    /** The calling thread's nice value as the kernel reports it, if it can be read. */
    static OptionalInt currentNiceness() {
        return niceness(Path.of("/proc/thread-self/stat"));
    }

    /** The nice value in a thread's or process's {@code stat} file of {@code /proc}, if it can be read. */
    public static OptionalInt niceness(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // the command name (field 2) may hold spaces and parentheses: count fields after the last ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return OptionalInt.of(Integer.parseInt(fields[16]));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private static void warnOnce(String why, Throwable e) {
        if (warned.compareAndSet(false, true)) {
            log.warn("Background threads run at normal priority: could not raise their nice value ({})", why, e);
        }
    }

    private interface C extends Library {
        C LIBRARY = Native.load("c", C.class);

        int setpriority(int which, int who, int prio);
    }
}
