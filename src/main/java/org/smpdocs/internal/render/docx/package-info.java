/**
 * The DOCX renderer: the same XHTML as the PDF, written as a Word document with Word's own
 * structures (built-in styles, list numbering, tables with repeated header rows, header and footer
 * with page fields, content controls for fields, initials and checkboxes) through Apache POI.
 * Internal: not part of the library's API.
 */
package org.smpdocs.internal.render.docx;
