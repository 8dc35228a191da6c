/**
 * The XHTML document a template produces, as an immutable tree, and the vocabulary check that
 * makes it the contract between templates and renderers.
 */
package org.smpdocs.xhtml;
