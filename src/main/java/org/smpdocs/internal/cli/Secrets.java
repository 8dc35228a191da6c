package org.smpdocs.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Passwords the commands need (the mail server's, the seal keystore's): from an environment
 * variable or the first line of a file, never from the command line, where other users and the
 * shell history would see them. A file others can read is warned about.
 */
final class Secrets {
    private Secrets() {
    }

    /**
     * The password from environment variable {@code env} or, when that is null, from {@code file}.
     *
     * @throws ParameterException when the variable is not set, the file cannot be read, or the password is empty
     */
    static String read(CommandLine cli, String env, Path file, Map<String, String> environment) {
        String password;
        if (env != null) {
            password = environment.get(env);
            if (password == null) {
                throw new ParameterException(cli, "environment variable " + env + " is not set");
            }
        } else {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                password = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
            } catch (IOException e) {
                throw new ParameterException(cli, "cannot read the password file " + file + ": "
                        + e.getClass().getSimpleName());
            }
            warnIfOthersCanRead(cli.getErr(), file);
        }
        if (password.isEmpty()) {
            throw new ParameterException(cli, "the password is empty");
        }
        return password;
    }

    private static void warnIfOthersCanRead(PrintWriter err, Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
                err.println("warning: other users can read the password file " + file + " (chmod 600 it)");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing to check
        }
    }
}
