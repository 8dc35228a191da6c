/**
 * The XHTML document a template produces, as an immutable tree, and the vocabulary check that
 * makes it the contract between templates and renderers.
 * Internal: not part of the library's API.
 */
package org.smpdocs.internal.xhtml;
