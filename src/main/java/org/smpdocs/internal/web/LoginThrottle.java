package org.smpdocs.internal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per network address and user name, and per address: after
 * {@value #MAX_PER_NAME} failures for one name, or {@value #MAX_PER_ADDRESS} for any names, in
 * {@link #WINDOW}, the address must wait until the oldest of them leaves the window. Staff at the
 * desk share one address, so one person's mistakes do not shut the others out, while someone
 * trying many names from one address is stopped. (Each account also has its own lockout.)
 */
final class LoginThrottle {
    static final int MAX_PER_NAME = 10;
    static final int MAX_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Keys remembered at most; the quietest are forgotten first. */
    static final int MAX_KEYS = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether {@code address} may try to log in as {@code username} now. */
    boolean allows(String address, String username) {
        return below(address, MAX_PER_ADDRESS) && below(key(address, username), MAX_PER_NAME);
    }

    /** Counts a failed login from {@code address} as {@code username}. */
    void failed(String address, String username) {
        if (failures.size() >= MAX_KEYS) {
            Instant now = clock.instant();
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times, now);
                    return times.isEmpty();
                }
            });
        }
        add(address, MAX_PER_ADDRESS);
        add(key(address, username), MAX_PER_NAME);
    }

    /** Forgets the failures of {@code username} from {@code address} after a successful login. */
    void succeeded(String address, String username) {
        failures.remove(key(address, username));
    }

    private boolean below(String key, int max) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            prune(times, clock.instant());
            return times.size() < max;
        }
    }

    private void add(String key, int max) {
        Deque<Instant> times = failures.computeIfAbsent(key, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > max) {
                times.removeFirst();
            }
        }
    }

    private static String key(String address, String username) {
        return address + "\n" + username.toLowerCase(Locale.ROOT);
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }
}
