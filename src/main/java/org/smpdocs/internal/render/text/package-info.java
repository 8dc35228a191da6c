/** The plain-text renderer: the document as readable text, for the text part of an e-mail. */
package org.smpdocs.internal.render.text;
