package org.smpdocs.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Frozen copies for the records' compact constructors. Unlike {@link List#copyOf}, a null list
 * or null element survives the copy, so that validation can report it with its field path
 * instead of the reader failing on the first one.
 */
final class Lists {
    private Lists() {
    }

    static <T> List<T> frozen(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
