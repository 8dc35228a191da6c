package org.smpdocs.internal.store;

/**
 * What a staff account may do at the front desk; the web layer checks it on every route. Stored
 * by name.
 */
public enum Role {
    /** Prints today's consents, keeps cases and their drafts. */
    FRONT_DESK,
    /** Records sessions, signs, sends aftercare. */
    PRACTITIONER,
    /** Reads, exports and verifies; changes nothing. */
    AUDITOR,
    /** Staff accounts, the clinic's settings. */
    ADMINISTRATOR
}
