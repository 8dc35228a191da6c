/**
 * The aftercare e-mail: composing the message from the documents the facade renders, writing it as
 * an {@code .eml} file or sending it over SMTP (trusted certificates, retries, failures) with a
 * sent-log so no sheet goes out twice. Internal: not part of the library's API.
 */
package org.smpdocs.internal.mail;
