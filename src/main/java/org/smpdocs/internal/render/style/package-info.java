/**
 * The one source of the documents' style: the custom properties in the {@code :root} rule of the
 * template set's {@code print.css} (page margins, colours, type sizes), read once when the engine
 * is built into a typed {@link org.smpdocs.internal.render.style.Style} that the DOCX and e-mail
 * renderers take, and resolved into the stylesheet the PDF renderer lays out with
 * ({@link org.smpdocs.internal.render.style.StyleSheet}). Internal: not part of the library's API.
 */
package org.smpdocs.internal.render.style;
