/**
 * Where finished documents go: a directory, written atomically; append-only log files; the
 * aftercare e-mail, as an {@code .eml} file or sent over SMTP with a sent-log so no sheet goes out
 * twice.
 */
package org.smpdocs.output;
