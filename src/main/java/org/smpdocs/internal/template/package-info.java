/**
 * FreeMarker: the locked-down configuration, template lookup (a clinic's directory before the
 * built-in set, with locale variants) and the typed root each template receives. Templates see
 * data only (record components and a few listed helpers), are read from their directory only
 * (symbolic links out of it are refused) and run within limits: a template or stylesheet file is
 * at most 1 MB, a run writes at most {@value org.smpdocs.internal.template.TemplateEngine#MAX_OUTPUT_MB}
 * MB, and a recursion deeper than the thread's stack or a run out of memory is a template error.
 * Internal: not part of the library's API.
 */
package org.smpdocs.internal.template;
