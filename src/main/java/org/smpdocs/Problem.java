package org.smpdocs;

import java.util.Objects;

/**
 * One thing wrong with an input: where ({@code path}, e.g. "sessions[1].end"), which rule it
 * breaks (a stable kebab-case code such as "guardian-for-minor" or "unknown-field") and what is
 * expected instead. It never carries the offending value: inputs hold patient data.
 */
public record Problem(String path, String rule, String expected) {
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(expected, "expected");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "(document)" : path) + ": " + rule + " (expected " + expected + ")";
    }
}
