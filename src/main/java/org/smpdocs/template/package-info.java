/**
 * FreeMarker: the locked-down configuration, template lookup (a clinic's directory before the
 * built-in set, with locale variants) and the typed root each template receives.
 */
package org.smpdocs.template;
