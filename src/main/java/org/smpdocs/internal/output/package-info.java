/**
 * Where finished documents go: a directory, written atomically, and append-only log files (the
 * archive's audit log and the mail sent-log). Internal: not part of the library's API.
 */
package org.smpdocs.internal.output;
