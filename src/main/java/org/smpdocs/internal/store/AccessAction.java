package org.smpdocs.internal.store;

/** What a staff member did, as the access log records it. Stored by name. */
public enum AccessAction {
    /** Opened a case's page. */
    VIEWED,
    /** Looked cases up (the query itself is not recorded). */
    SEARCHED,
    /** Saved a new version of a case. */
    CHANGED,
    /** Previewed a document. */
    PREVIEWED,
    /** Printed (issued) a document. */
    PRINTED,
    /** Downloaded a document as DOCX. */
    DOWNLOADED,
    /** Exported a case's JSON or an auditor's period. */
    EXPORTED,
    /** Verified an archive or an export. */
    VERIFIED,
    /** Recorded signatures on a document. */
    SIGNED,
    /** Sent an aftercare e-mail. */
    SENT,
    LOGGED_IN,
    LOGGED_OUT,
    /** A login refused: a wrong password, a locked or disabled account, an unknown user name. */
    LOGIN_REFUSED,
    /** Created or changed a staff account (the account acted on is not a case). */
    ACCOUNT_CHANGED,
    /** Changed the clinic's settings. */
    SETTINGS_CHANGED
}
