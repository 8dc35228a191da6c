package org.smpdocs.internal.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.TemplateSet;
import org.smpdocs.internal.digest.Digests;

/**
 * Runs the document templates. Lookup order for {@code consent.ftlx} in locale {@code el}: the
 * clinic's directory ({@code consent_el.ftlx}, then {@code consent.ftlx}), then the built-in set.
 * Templates are auto-escaping XHTML, a missing value is an error, and templates cannot reach Java:
 * {@code ?new} and {@code ?api} are off, and the root is data only — record components and the
 * helpers listed in {@link TemplateMembers}, nothing else of the Java objects. Templates come from
 * the clinic's directory and the built-in set only (a symbolic link out of the directory is
 * refused), and a run may write at most {@value #MAX_OUTPUT_MB} MB. Templates are parsed once and
 * kept. Thread-safe.
 */
public final class TemplateEngine {
    /** Where the built-in templates sit on the class path. */
    public static final String BUILT_IN = "/org/smpdocs/templates";
    /** The most a template may write: {@value} MB (counted in characters), so memory stays bounded. */
    public static final int MAX_OUTPUT_MB = 4;
    private static final int MAX_OUTPUT_CHARS = MAX_OUTPUT_MB * 1024 * 1024;
    private static final Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration config;
    private final Locale locale;

    /**
     * @param overrides a clinic's template directory, or null for the built-ins alone
     * @param locale the documents' language
     */
    public TemplateEngine(Path overrides, Locale locale) {
        this.locale = locale;
        config = new Configuration(VERSION);
        config.setTemplateLoader(loader(overrides));
        config.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setDefaultEncoding("UTF-8");
        config.setLocale(locale);
        config.setLocalizedLookup(true);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setCacheStorage(new StrongCacheStorage());
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setObjectWrapper(DataOnlyWrapper.create(VERSION));
    }

    private static TemplateLoader loader(Path overrides) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrides != null) {
            try {
                loaders.add(new ConfinedTemplateLoader(overrides));
            } catch (IOException e) {
                throw new SmpDocsException(ErrorCode.TEMPLATE,
                        "template directory " + overrides + " cannot be read: " + e.getMessage(), e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, BUILT_IN));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** Loads and parses a template now, so a broken one fails when the engine is built. */
    public void preload(String name) {
        template(name);
    }

    /**
     * Reads {@code template-set.properties} and hashes every file it lists, names and bytes, in
     * the listed order.
     */
    public TemplateSet templateSet() {
        Properties declared = new Properties();
        try {
            declared.load(new StringReader(text("template-set.properties")));
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template-set.properties cannot be read", e);
        }
        String version = declared.getProperty("version", "").strip();
        String files = declared.getProperty("files", "").strip();
        if (version.isEmpty() || files.isEmpty()) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template-set.properties must give a version and files");
        }
        MessageDigest sha = Digests.sha256();
        for (String name : files.split("\\s*,\\s*")) {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text(name).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return new TemplateSet(version, HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * The text of a non-template file of the set (the print stylesheet), looked up like a
     * template: the clinic's directory first.
     */
    public String text(String name) {
        try {
            Template raw = config.getTemplate(name, locale, null, false);
            LimitedWriter out = new LimitedWriter(MAX_OUTPUT_CHARS);
            raw.process(null, out);
            return out.toString();
        } catch (IOException e) {
            String lookup = TemplateErrors.lookupFailure(e);
            throw new SmpDocsException(ErrorCode.TEMPLATE, lookup != null ? lookup
                    : e instanceof LimitedWriter.OutputTooLargeException ? "template set file " + name + " exceeds "
                            + MAX_OUTPUT_MB + " MB" : "template set file " + name + " cannot be read", e);
        } catch (TemplateException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template set file " + name + " cannot be read", e);
        }
    }

    /**
     * Runs the named template (e.g. "consent.ftlx") on the root; returns the XHTML it wrote.
     *
     * @throws SmpDocsException with {@link ErrorCode#TEMPLATE} if the template fails, writes
     *         more than {@value #MAX_OUTPUT_MB} MB, recurses deeper than the thread's stack or runs
     *         out of memory
     */
    public String process(String name, TemplateRoot root) {
        Template template = template(name);
        LimitedWriter out = new LimitedWriter(MAX_OUTPUT_CHARS);
        try {
            template.process(root, out);
        } catch (TemplateException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, TemplateErrors.describe(name, e), e);
        } catch (LimitedWriter.OutputTooLargeException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template " + name + ": output exceeds " + MAX_OUTPUT_MB
                    + " MB; look for a loop that does not end", e);
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template " + name + " could not be written", e);
        } catch (StackOverflowError e) {
            // FreeMarker has no depth limit of its own; the stack is the limit, and unwinding it frees it
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template " + name + ": macros or functions call each other"
                    + " too deeply; look for a recursion that does not end");
        } catch (OutOfMemoryError e) {
            // the last resort for what the output limit cannot see: text a template builds up in a
            // variable (<#assign x>...</#assign>) or in an <#attempt> block; it is all garbage once unwound
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template " + name + ": ran out of memory; look for a loop"
                    + " that does not end");
        }
        return out.toString();
    }

    private Template template(String name) {
        try {
            return config.getTemplate(name, locale);
        } catch (freemarker.core.ParseException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template " + e.getTemplateName() + " line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": syntax error: "
                    + e.getEditorMessage().replaceAll("\\s+", " "), e);
        } catch (IOException e) {
            String lookup = TemplateErrors.lookupFailure(e);
            throw new SmpDocsException(ErrorCode.TEMPLATE, lookup != null ? lookup : TemplateErrors.notFound(name), e);
        } catch (StackOverflowError e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template " + name + " is nested too deeply to read");
        }
    }
}
