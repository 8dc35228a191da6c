/**
 * The library's API: {@link org.smpdocs.SmpDocs}, the engine and entry point (its Javadoc has an
 * example), built by {@link org.smpdocs.SmpDocsBuilder}; what it renders ({@link org.smpdocs.DocumentKind},
 * {@link org.smpdocs.OutputFormat}, {@link org.smpdocs.PaperSize}); what it returns
 * ({@link org.smpdocs.RenderedDocument} with its {@link org.smpdocs.Provenance} and
 * {@link org.smpdocs.InlineImage}s); and the exception family ({@link org.smpdocs.SmpDocsException},
 * {@link org.smpdocs.InvalidInputException} with its {@link org.smpdocs.Problem}s). The records it
 * reads are in {@code org.smpdocs.model}. Nothing here names a type of {@code org.smpdocs.internal}.
 */
package org.smpdocs;
