package org.smpdocs.internal.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of logged-in staff, in the server's memory: a restart logs everyone out. A session
 * ends at logout, when its account logs in elsewhere and is changed by an administrator, or after
 * {@code idle} without a request; a token that has ended is refused like one never issued.
 */
final class StaffSessions {
    /** More sessions than a clinic has staff and devices: beyond it the least recently used ends. */
    static final int MAX_SESSIONS = 1_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, StaffSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;

    StaffSessions(Clock clock, Duration idle) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idle = Objects.requireNonNull(idle, "idle");
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive");
        }
    }

    /** How long a session lasts without a request. */
    Duration idle() {
        return idle;
    }

    /** Starts a session for the account and returns its token (for the cookie). */
    String start(long accountId) {
        expire();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.entrySet().stream()
                    .min((a, b) -> a.getValue().lastUsed().compareTo(b.getValue().lastUsed()))
                    .ifPresent(oldest -> sessions.remove(oldest.getKey()));
        }
        String token = randomToken();
        sessions.put(token, new StaffSession(accountId, randomToken(), clock.instant()));
        return token;
    }

    /** The live session of {@code token}, now marked as used; empty when unknown, ended or idle too long. */
    Optional<StaffSession> use(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        StaffSession s = sessions.computeIfPresent(token,
                (t, old) -> expired(old, now) ? null : old.usedAt(now));
        return Optional.ofNullable(s);
    }

    /** Ends the session of {@code token}, if it is live. */
    void end(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** Ends every session of the account (its password, role or state changed). */
    void endAll(long accountId) {
        sessions.values().removeIf(s -> s.accountId() == accountId);
    }

    /** The number of live sessions. */
    int size() {
        expire();
        return sessions.size();
    }

    private void expire() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
    }

    private boolean expired(StaffSession s, Instant now) {
        return !now.isBefore(s.lastUsed().plus(idle));
    }

    /** 32 random bytes, URL-safe Base64 without padding. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
