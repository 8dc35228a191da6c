package org.smpdocs.internal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per network address: after {@value #MAX_FAILURES} in
 * {@link #WINDOW} an address must wait until the oldest of them leaves the window, whichever
 * account it tries. (Each account has its own lockout in the store.)
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Addresses remembered at most; the quietest are forgotten first. */
    static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether {@code address} may try to log in now. */
    boolean allows(String address) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            prune(times, clock.instant());
            return times.size() < MAX_FAILURES;
        }
    }

    /** Counts a failed login from {@code address}. */
    void failed(String address) {
        if (failures.size() >= MAX_ADDRESSES) {
            Instant now = clock.instant();
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
    }

    /** Forgets the failures of {@code address} after a successful login. */
    void succeeded(String address) {
        failures.remove(address);
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }
}
