package org.smpdocs.model;

/** How the patient tolerated a session. */
public enum Tolerance {
    EXCELLENT, GOOD, FAIR, POOR
}
