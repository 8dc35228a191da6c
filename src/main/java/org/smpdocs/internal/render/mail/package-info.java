/** The e-mail body renderer: the document as self-contained HTML with inline styles. */
package org.smpdocs.internal.render.mail;
