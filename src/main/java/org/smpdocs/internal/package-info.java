/**
 * Everything behind the facade: reading and validating input, templates, the XHTML vocabulary, the
 * renderers, the archive, output, mail and the command line. Internal: these packages may change
 * in any release; use {@link org.smpdocs.SmpDocs} and the types of {@code org.smpdocs} and
 * {@code org.smpdocs.model}.
 */
package org.smpdocs.internal;
