/** The PDF renderer: XHTML laid out by openhtmltopdf on PDFBox, with the bundled fonts. */
package org.smpdocs.internal.render.pdf;
