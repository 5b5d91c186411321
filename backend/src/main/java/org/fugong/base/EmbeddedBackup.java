package org.fugong.base;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backup and restore of the embedded database file ({@code fugong.mv} in the data folder), as a zip.
 * <ul>
 *   <li>{@code java -jar fugong.jar --fugong.backup=/backups/fugong.zip}: with Fugong stopped, copies
 *       the file consistently and exits (a running Fugong holds the file; it makes its own backups on
 *       {@code fugong.mongo.embedded.backup-cron}, with the same copy).</li>
 *   <li>{@code java -jar fugong.jar --fugong.restore=/backups/fugong.zip}: with Fugong stopped, checks
 *       that the backup opens, keeps the current file as {@code fugong.mv.before-restore-<time>} and
 *       puts the backup in its place.</li>
 * </ul>
 * The data folder is {@code ./data}, or {@code --fugong.mongo.embedded.path=...}. The copy is H2's
 * online backup: the last commit is written first, and space in the file is not reused while it is
 * copied, so the copy is the store as of that commit even while writes go on.
 */
public final class EmbeddedBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private EmbeddedBackup() {
    }

    /** Writes a consistent copy of an open store to a new owner-only zip file. */
    public static Path backup(MVStore store, Path zip) {
        store.commit();
        try (OutputStream file = newOwnerOnly(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            store.getFileStore().backup(out);
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + zip.toAbsolutePath(), e);
        }
    }

    /**
     * Runs {@code --fugong.backup=} or {@code --fugong.restore=} if the arguments ask for one.
     *
     * @return the process's exit code, or -1 when the arguments ask for neither (start the app)
     */
    public static int command(String[] args, PrintStream out) {
        String backup = argument(args, "--fugong.backup=");
        String restore = argument(args, "--fugong.restore=");
        if (backup == null && restore == null) {
            return -1;
        }
        String folder = argument(args, "--fugong.mongo.embedded.path=");
        Path data = Path.of(folder != null ? folder : System.getenv().getOrDefault("FUGONG_MONGO_EMBEDDED_PATH", "./data"));
        Path file = data.resolve(EmbeddedMongoConfiguration.FILE_NAME);
        try {
            if (backup != null) {
                if (!Files.exists(file)) {
                    out.println("No database at " + file.toAbsolutePath());
                    return 2;
                }
                MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
                try {
                    backup(store, Path.of(backup));
                } finally {
                    store.close();
                }
                out.println("Backed up " + file.toAbsolutePath() + " to " + Path.of(backup).toAbsolutePath());
            } else {
                restore(Path.of(restore), data);
                out.println("Restored " + Path.of(restore).toAbsolutePath() + " into " + file.toAbsolutePath());
            }
            return 0;
        } catch (MVStoreException | IllegalStateException | UncheckedIOException e) {
            out.println((backup != null ? "Backup" : "Restore") + " failed: " + message(e));
            return 1;
        }
    }

    /** Puts a backup in place of the data folder's database file (Fugong stopped), keeping the old one. */
    public static void restore(Path zip, Path data) {
        Path file = data.resolve(EmbeddedMongoConfiguration.FILE_NAME);
        Path incoming = data.resolve(EmbeddedMongoConfiguration.FILE_NAME + ".restoring");
        OwnerOnlyFiles.folder(data);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null && !entry.getName().endsWith(".mv")) {
                // skip anything else
            }
            if (entry == null) {
                throw new IllegalStateException(zip + " holds no database file (*.mv)");
            }
            Files.copy(entries, incoming, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnlyFiles.file(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup " + zip.toAbsolutePath(), e);
        }
        new MVStore.Builder().fileName(incoming.toString()).readOnly().open().close(); // it opens: it is a store
        try {
            if (Files.exists(file)) {
                new MVStore.Builder().fileName(file.toString()).readOnly().open().close(); // not in use by a running Fugong
                Files.move(file, data.resolve(EmbeddedMongoConfiguration.FILE_NAME + ".before-restore-"
                        + STAMP.format(LocalDateTime.now())));
            }
            Files.move(incoming, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the backup in place of " + file.toAbsolutePath(), e);
        } catch (MVStoreException inUse) {
            deleteQuietly(incoming);
            throw new IllegalStateException("the database " + file.toAbsolutePath()
                    + " is in use: stop Fugong before restoring (" + inUse.getMessage() + ")");
        }
    }

    /** A file name for a backup made now. */
    static String fileName() {
        return "fugong-" + STAMP.format(LocalDateTime.now()) + ".zip";
    }

    private static OutputStream newOwnerOnly(Path zip) throws IOException {
        if (zip.toAbsolutePath().getParent() != null) {
            Files.createDirectories(zip.toAbsolutePath().getParent());
        }
        OwnerOnlyFiles.create(zip, new byte[0]);
        return Files.newOutputStream(zip);
    }

    private static String argument(String[] args, String prefix) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return null;
    }

    private static String message(Exception e) {
        return e.getMessage() != null && e.getMessage().contains("locked")
                ? "the database file is in use: stop Fugong first (a running Fugong backs up on fugong.mongo.embedded.backup-cron)"
                : e.getMessage();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // left behind: harmless, replaced on the next restore
        }
    }
}
