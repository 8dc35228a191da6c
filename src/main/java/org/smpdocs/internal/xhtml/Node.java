package org.smpdocs.internal.xhtml;

/** A node of an {@link XhtmlDocument}: an element or a run of text. */
public sealed interface Node permits Element, Text {
    /** The text this node contains, tags dropped, white space as written. */
    String text();
}
