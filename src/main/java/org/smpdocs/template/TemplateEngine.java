package org.smpdocs.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
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

/**
 * Runs the document templates. Lookup order for {@code consent.ftlx} in locale {@code el}: the
 * clinic's directory ({@code consent_el.ftlx}, then {@code consent.ftlx}), then the built-in set.
 * Templates are auto-escaping XHTML, a missing value is an error, and templates cannot reach Java
 * ({@code ?new} and {@code ?api} are off). Templates are parsed once and kept. Thread-safe.
 */
public final class TemplateEngine {
    /** Where the built-in templates sit on the class path. */
    public static final String BUILT_IN = "/org/smpdocs/templates";
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
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
    }

    private static TemplateLoader loader(Path overrides) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrides != null) {
            try {
                loaders.add(new FileTemplateLoader(overrides.toFile()));
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
            StringWriter out = new StringWriter();
            raw.process(null, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template set file " + name + " cannot be read", e);
        }
    }

    /** Runs the named template (e.g. "consent.ftlx") on the root; returns the XHTML it wrote. */
    public String process(String name, TemplateRoot root) {
        Template template = template(name);
        StringWriter out = new StringWriter(32 * 1024);
        try {
            template.process(root, out);
        } catch (TemplateException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, describe(name, e), e);
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template " + name + " could not be written", e);
        }
        return out.toString();
    }

    private Template template(String name) {
        try {
            return config.getTemplate(name, locale);
        } catch (freemarker.core.ParseException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template " + e.getTemplateName() + " line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": syntax error: "
                    + e.getEditorMessage(), e);
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template " + name + " not found in "
                    + "the clinic's template directory or the built-in set", e);
        }
    }

    /**
     * Where and what, never the data: FreeMarker's own message can quote values, which may be
     * patient data, so only position, expression and kind of failure are passed on.
     */
    private static String describe(String name, TemplateException e) {
        String where = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
        String what = e instanceof freemarker.core.InvalidReferenceException ? "missing value"
                : e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                        .toLowerCase(Locale.ROOT);
        String expression = e.getBlamedExpressionString() == null ? "" : " at ${" + e.getBlamedExpressionString() + "}";
        return "template " + where + " line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                + what + expression;
    }
}
