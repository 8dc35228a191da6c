package org.smpdocs.model;

/** An entry of clinic content with a stable id that cases, templates and form fields refer to. */
public interface Identified {
    /** The stable id. */
    String id();
}
