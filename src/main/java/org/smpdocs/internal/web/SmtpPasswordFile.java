package org.smpdocs.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import org.smpdocs.internal.store.Setting;

/**
 * The SMTP password, kept outside the database in {@code secrets/smtp-password} of the data
 * directory: one line, readable and writable by the owner only (the folder too), written to a
 * temporary file with those permissions and moved into place. {@link Setting#SMTP_PASSWORD_FILE}
 * names the file; the password itself is never read back by the pages.
 */
final class SmtpPasswordFile {
    static final String DIRECTORY = "secrets";
    static final String NAME = "smtp-password";

    private final FrontDesk desk;

    SmtpPasswordFile(FrontDesk desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    Path path() {
        return desk.dataDir().resolve(DIRECTORY).resolve(NAME).toAbsolutePath();
    }

    /** Whether a password is set: the setting names a file that is there. */
    boolean isSet() {
        return desk.settings().get(Setting.SMTP_PASSWORD_FILE).map(Path::of).filter(Files::isRegularFile).isPresent();
    }

    /** Writes the password; returns the file. */
    Path write(String password) {
        Path file = path();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            Path dir = file.getParent();
            if (!Files.isDirectory(dir)) {
                if (posix) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
            Path temp = dir.resolve("." + NAME + "." + StaffSessions.randomToken() + ".tmp");
            try {
                if (posix) {
                    Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(temp);
                }
                Files.write(temp, password.getBytes(StandardCharsets.UTF_8));
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                if (posix) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SMTP password file", e);
        }
    }

    /** Deletes the password file, if there is one. */
    void delete() {
        try {
            Files.deleteIfExists(path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the SMTP password file", e);
        }
    }
}
