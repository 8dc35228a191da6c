package org.smpdocs.internal.xhtml;

/** A run of character data. */
public record Text(String text) implements Node {
}
