package org.smpdocs.internal.web;

import java.util.Objects;

/**
 * Ends a request with "303 See Other" to {@code location}, a path on this server: after a form
 * is saved (so a reload does not post it again), and from a page one may not see yet.
 */
final class SeeOther extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String location;

    SeeOther(String location) {
        super(null, null, false, false);
        this.location = Objects.requireNonNull(location, "location");
        if (!location.startsWith("/") || location.startsWith("//")) {
            throw new IllegalArgumentException("not a path on this server");
        }
    }

    String location() {
        return location;
    }
}
