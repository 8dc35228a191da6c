/**
 * Signing an issued document: the fields it asks to be filled ({@link org.smpdocs.internal.signing.DocumentFields}),
 * the completeness gate, the document with its fields filled in and the evidence page appended.
 * Internal: not part of the library's API, which is {@link org.smpdocs.SmpDocs#sign}.
 */
package org.smpdocs.internal.signing;
