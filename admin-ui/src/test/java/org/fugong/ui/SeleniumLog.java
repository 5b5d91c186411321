package org.fugong.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Selenium logged about finding the driver: it must have skipped Selenium Manager (which could
 * download a driver or a browser) because the service names the driver, and Selenium Manager itself
 * must have said nothing, that is, never run. Also quiets Selenium's warning that it has no DevTools
 * bindings for this Chromium's version, which this test does not use.
 */
final class SeleniumLog extends Handler {

    private static final Logger FINDER = Logger.getLogger("org.openqa.selenium.remote.service.DriverFinder");
    private static final Logger MANAGER = Logger.getLogger("org.openqa.selenium.manager");
    /** Warns that no DevTools (CDP) bindings match the browser: the test uses none, so it is noise. */
    private static final Logger CDP_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    private final List<LogRecord> finder = new CopyOnWriteArrayList<>();
    private final List<LogRecord> manager = new CopyOnWriteArrayList<>();
    private Level finderLevel;
    private Level managerLevel;
    private Level cdpFinderLevel;

    void start() {
        finder.clear();
        manager.clear();
        finderLevel = FINDER.getLevel();
        managerLevel = MANAGER.getLevel();
        cdpFinderLevel = CDP_FINDER.getLevel();
        CDP_FINDER.setLevel(Level.SEVERE);
        setLevel(Level.ALL);
        FINDER.setLevel(Level.ALL);
        MANAGER.setLevel(Level.ALL);
        FINDER.addHandler(this);
        MANAGER.addHandler(this);
    }

    void stop() {
        FINDER.removeHandler(this);
        MANAGER.removeHandler(this);
        FINDER.setLevel(finderLevel);
        MANAGER.setLevel(managerLevel);
        CDP_FINDER.setLevel(cdpFinderLevel);
    }

    void assertSeleniumManagerSkipped() {
        assertThat(manager).as("Selenium Manager must never run").isEmpty();
        assertThat(finder).extracting(LogRecord::getMessage)
                .anyMatch(message -> message.startsWith("Skipping Selenium Manager"));
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLoggerName() != null && record.getLoggerName().startsWith("org.openqa.selenium.manager")) {
            manager.add(record);
        } else {
            finder.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
