package org.smpdocs.internal.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.smpdocs.internal.mail.SmtpSettings;
import org.smpdocs.internal.mail.TrustedCertificates;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/**
 * How {@code email --smtp} reaches the mail server. The password comes from an environment variable
 * or a file, never from the command line, where other users and the shell history would see it.
 */
final class SmtpOptions {
    @Option(names = "--smtp-user", paramLabel = "NAME", description = "Log in to the mail server as NAME.")
    String user;

    @Option(names = "--smtp-password-env", paramLabel = "VAR",
            description = "Read the password from environment variable VAR.")
    String passwordEnv;

    @Option(names = "--smtp-password-file", paramLabel = "FILE",
            description = "Read the password from FILE (its first line; keep the file readable by you only).")
    Path passwordFile;

    @Option(names = "--smtp-trust", paramLabel = "FILE",
            description = "Trust the mail server's certificate if it is signed by a certificate in FILE (PEM), "
                    + "instead of the Java trust store.")
    Path trust;

    @Option(names = "--smtp-no-starttls",
            description = "Send without STARTTLS, unencrypted: only for a relay on this machine or the clinic's "
                    + "own network. Not allowed with a login.")
    boolean noStartTls;

    @Option(names = "--smtp-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Connect and reply timeout (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--smtp-attempts", paramLabel = "N", defaultValue = "4",
            description = "Tries per message when the server is unreachable or answers 4xx (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--smtp-retry-wait", paramLabel = "SECONDS", defaultValue = "4",
            description = "Wait before the second try; it doubles for each further try, up to 30 s "
                    + "(default: ${DEFAULT-VALUE}).")
    int retryWaitSeconds;

    @Option(names = "--sent-log", paramLabel = "FILE",
            description = "Required with --smtp: the record of messages sent, so a re-run never sends one twice.")
    Path sentLog;

    /** The settings for {@code server} ("HOST:PORT", "HOST" for port 587, "[IPv6]:PORT"). */
    SmtpSettings settings(CommandLine cli, String server, Map<String, String> environment) {
        if (sentLog == null) {
            throw new ParameterException(cli, "--sent-log FILE is required with --smtp, so a re-run never sends a message "
                    + "twice");
        }
        if (passwordEnv != null && passwordFile != null) {
            throw new ParameterException(cli, "give the password either by --smtp-password-env or --smtp-password-file");
        }
        boolean hasPassword = passwordEnv != null || passwordFile != null;
        if (hasPassword != (user != null)) {
            throw new ParameterException(cli, user == null ? "a password was given without --smtp-user"
                    : "--smtp-user needs --smtp-password-env VAR or --smtp-password-file FILE");
        }
        if (user != null && noStartTls) {
            throw new ParameterException(cli, "a password is only sent over TLS: --smtp-no-starttls cannot go with "
                    + "--smtp-user");
        }
        if (timeoutSeconds < 1 || attempts < 1 || retryWaitSeconds < 0 || retryWaitSeconds > 30) {
            throw new ParameterException(cli, "--smtp-timeout and --smtp-attempts must be at least 1, "
                    + "--smtp-retry-wait 0 to 30");
        }
        SmtpSettings s = SmtpSettings.of(host(cli, server), port(cli, server))
                .withTimeout(Duration.ofSeconds(timeoutSeconds))
                .withRetry(new SmtpSettings.Retry(attempts, Duration.ofSeconds(retryWaitSeconds),
                        SmtpSettings.Retry.DEFAULT.maxDelay()));
        if (noStartTls) {
            s = s.withoutStartTls();
        }
        if (trust != null) {
            s = s.withTrust(TrustedCertificates.socketFactory(trust));
        }
        return user == null ? s : s.withLogin(user, password(cli, environment));
    }

    private String password(CommandLine cli, Map<String, String> environment) {
        return Secrets.read(cli, passwordEnv, passwordFile, environment);
    }

    private static String host(CommandLine cli, String server) {
        String host = server.startsWith("[") ? server.substring(1, Math.max(1, server.indexOf(']')))
                : server.contains(":") ? server.substring(0, server.lastIndexOf(':')) : server;
        if (host.isBlank()) {
            throw new ParameterException(cli, "--smtp wants HOST:PORT");
        }
        return host;
    }

    private static int port(CommandLine cli, String server) {
        int colon = server.lastIndexOf(':');
        if (colon < 0 || colon < server.lastIndexOf(']')) {
            return 587;
        }
        try {
            int port = Integer.parseInt(server.substring(colon + 1));
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(cli, "--smtp wants HOST:PORT with a port from 1 to 65535");
    }
}
