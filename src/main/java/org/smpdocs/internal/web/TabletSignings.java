package org.smpdocs.internal.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.smpdocs.internal.signing.RecordSigning;

/**
 * The signing sessions open at the desk, in the server's memory: each for one issued record (a new
 * one for the same record ends the old), each ending when finished, cancelled or after
 * {@link #IDLE} without a request. A device joins with the session's one-time code (once; wrong
 * codes are throttled) or is handed over at the desk, and then holds a tablet token bound to that
 * session only.
 */
final class TabletSignings {
    /** How long a signing session lasts without a request. */
    static final Duration IDLE = Duration.ofMinutes(10);
    /** Wrong codes allowed in {@link #CODE_WINDOW} before code entry pauses for everyone. */
    static final int CODE_ATTEMPTS = 10;
    static final Duration CODE_WINDOW = Duration.ofMinutes(5);
    static final int CODE_DIGITS = 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Map<String, TabletSigning> byId = new ConcurrentHashMap<>();
    private final Map<String, String> tablets = new ConcurrentHashMap<>();
    private final Deque<Instant> wrongCodes = new ArrayDeque<>();

    TabletSignings(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens a signing session for the regenerated record, witnessed by the staff member; one for the same record ends. */
    TabletSigning open(RecordSigning.Regenerated issued, long witnessAccount, String witness) {
        expire();
        byId.values().stream().filter(s -> s.record() == issued.entry().sequence()).map(TabletSigning::id).toList()
                .forEach(this::end);
        String code;
        do {
            code = code();
        } while (codeTaken(code));
        TabletSigning s = new TabletSigning(StaffSessions.randomToken(), code, StaffSessions.randomToken(), issued,
                witnessAccount, witness, clock.instant());
        byId.put(s.id(), s);
        return s;
    }

    /** The live session {@code id}, now marked as used. */
    Optional<TabletSigning> byId(String id) {
        return live(id == null ? null : byId.get(id));
    }

    /** The live session the tablet token belongs to, now marked as used. */
    Optional<TabletSigning> byTablet(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String id = tablets.get(token);
        return byId(id);
    }

    /** A tablet token for the session (its cookie). */
    String handOver(TabletSigning s) {
        String token = StaffSessions.randomToken();
        tablets.put(token, s.id());
        return token;
    }

    /** Whether a code may be tried now (wrong codes are throttled). */
    synchronized boolean mayTryCode() {
        Instant now = clock.instant();
        while (!wrongCodes.isEmpty() && !wrongCodes.peekFirst().isAfter(now.minus(CODE_WINDOW))) {
            wrongCodes.removeFirst();
        }
        return wrongCodes.size() < CODE_ATTEMPTS;
    }

    /** The session whose unused code this is, its code now used; empty (and counted) otherwise. */
    Optional<TabletSigning> redeem(String code) {
        expire();
        String given = code == null ? "" : code.strip();
        Optional<TabletSigning> found = byId.values().stream()
                .filter(s -> MessageDigest.isEqual(s.code().getBytes(StandardCharsets.UTF_8),
                        given.getBytes(StandardCharsets.UTF_8)))
                .findFirst().flatMap(s -> byId(s.id()));
        if (found.isEmpty() || !found.get().useCode()) {
            synchronized (this) {
                wrongCodes.addLast(clock.instant());
            }
            return Optional.empty();
        }
        return found;
    }

    /** Ends the session (finished or cancelled) and every tablet token of it. */
    void end(String id) {
        if (id != null) {
            byId.remove(id);
            tablets.values().removeIf(id::equals);
        }
    }

    private Optional<TabletSigning> live(TabletSigning s) {
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            end(s.id());
            return Optional.empty();
        }
        s.used(now);
        return Optional.of(s);
    }

    private void expire() {
        Instant now = clock.instant();
        byId.values().stream().filter(s -> expired(s, now)).map(TabletSigning::id).toList().forEach(this::end);
    }

    private static boolean expired(TabletSigning s, Instant now) {
        return !now.isBefore(s.lastUsed().plus(IDLE));
    }

    private boolean codeTaken(String code) {
        return byId.values().stream().anyMatch(s -> s.code().equals(code));
    }

    private static String code() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < CODE_DIGITS; i++) {
            b.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return b.toString();
    }
}
