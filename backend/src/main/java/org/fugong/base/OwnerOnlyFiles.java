package org.fugong.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data folder and what is in it (the database file, generated keys, backups) readable by the
 * account Fugong runs as and nobody else: folders {@code 700}, files {@code 600}. Where the file
 * system has no POSIX permissions (Windows), the folder's own access rules apply.
 */
public final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates the folder (and its parents) if need be, and makes it owner-only. */
    public static Path folder(Path folder) {
        try {
            Files.createDirectories(folder);
            if (POSIX) {
                Files.setPosixFilePermissions(folder, FOLDER);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + folder.toAbsolutePath(), e);
        }
    }

    /** Makes an existing file owner-only; a missing one is left missing. */
    public static Path file(Path file) {
        try {
            if (POSIX && Files.exists(file)) {
                Files.setPosixFilePermissions(file, FILE);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict " + file.toAbsolutePath(), e);
        }
    }

    /**
     * Writes a new file that is owner-only from its first byte (created with {@code 600}), whole or
     * not at all.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file is there already (another
     *                                                   process was first)
     */
    public static void create(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            if (POSIX) {
                Files.setPosixFilePermissions(temporary, FILE);
            }
            Files.write(temporary, content);
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Whether a path is accessible to its owner only (always true where there are no POSIX permissions). */
    public static boolean isOwnerOnly(Path path) {
        try {
            if (!POSIX) {
                return true;
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.stream().allMatch(p -> p.name().startsWith("OWNER_"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
