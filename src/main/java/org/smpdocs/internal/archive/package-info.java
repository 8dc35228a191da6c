/**
 * The records archive: every issued document stored under its SHA-256, the input it was made
 * from, and an append-only audit log whose lines are chained by hash, so that an auditor can
 * prove a record is the document that was issued.
 * Internal: not part of the library's API.
 */
package org.smpdocs.internal.archive;
