package org.smpdocs.internal.mail;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLSocketFactory;

/**
 * How to reach the clinic's mail server. STARTTLS is required unless switched off explicitly, and
 * a password is only ever sent over TLS. {@code trust} is the socket factory for the TLS upgrade
 * (null: the JVM's trust store); the server's name is always checked against its certificate.
 * {@link #toString()} never shows the password.
 *
 * @param username null for a server that takes mail without authentication
 * @param password null exactly when {@code username} is
 */
public record SmtpSettings(
        String host,
        int port,
        boolean startTls,
        String username,
        String password,
        SSLSocketFactory trust,
        Duration timeout,
        Retry retry) {

    /** Connection and reply timeout when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retry, "retry");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the SMTP host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the SMTP port must be 1 to 65535");
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("a user name and a password go together");
        }
        if (password != null && !startTls) {
            throw new IllegalArgumentException("a password is only sent over TLS: STARTTLS cannot be off with a login");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
    }

    /** STARTTLS required, no login, the JVM's trust store, the default timeout and retries. */
    public static SmtpSettings of(String host, int port) {
        return new SmtpSettings(host, port, true, null, null, null, DEFAULT_TIMEOUT, Retry.DEFAULT);
    }

    public SmtpSettings withLogin(String username, String password) {
        return new SmtpSettings(host, port, startTls, username, password, trust, timeout, retry);
    }

    /** Plain SMTP, for a relay on the clinic's own machine or network: nothing is encrypted. */
    public SmtpSettings withoutStartTls() {
        return new SmtpSettings(host, port, false, username, password, trust, timeout, retry);
    }

    public SmtpSettings withTrust(SSLSocketFactory trust) {
        return new SmtpSettings(host, port, startTls, username, password, trust, timeout, retry);
    }

    public SmtpSettings withTimeout(Duration timeout) {
        return new SmtpSettings(host, port, startTls, username, password, trust, timeout, retry);
    }

    public SmtpSettings withRetry(Retry retry) {
        return new SmtpSettings(host, port, startTls, username, password, trust, timeout, retry);
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + (startTls ? ", STARTTLS" : ", plain") + (username == null ? ""
                : ", user " + username + ", password ***") + ", timeout " + timeout + ", " + retry + "]";
    }

    /**
     * How often a transient failure (no connection, a 4xx reply) is tried again: {@code attempts}
     * tries in all, waiting {@code firstDelay}, then twice as long each time, at most
     * {@code maxDelay}.
     */
    public record Retry(int attempts, Duration firstDelay, Duration maxDelay) {
        /** Four tries over about half a minute. */
        public static final Retry DEFAULT = new Retry(4, Duration.ofSeconds(4), Duration.ofSeconds(30));

        public Retry {
            if (attempts < 1) {
                throw new IllegalArgumentException("at least one attempt");
            }
            if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("delays must be non-negative, the maximum at least the first");
            }
        }

        /** The wait after failed attempt {@code attempt} (1-based). */
        public Duration delayAfter(int attempt) {
            Duration delay = firstDelay;
            for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }
}
