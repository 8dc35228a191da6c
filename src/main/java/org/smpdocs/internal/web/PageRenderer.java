package org.smpdocs.internal.web;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the front desk's pages: FreeMarker templates {@code pages/*.ftlh} on the class path,
 * HTML auto-escaped, no {@code ?api} and no class instantiation from a template. A template
 * error is a bug of ours and is thrown, never shown in part.
 */
final class PageRenderer {
    private final Configuration config;

    PageRenderer() {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ClassTemplateLoader(PageRenderer.class, "pages"));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.UK);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setRecognizeStandardFileExtensions(true);
    }

    /** The page {@code name} ({@code pages/name.ftlh}) with {@code model}. */
    String render(String name, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter(8192);
            config.getTemplate(name + ".ftlh").process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("page " + name + " cannot be read", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("page " + name + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }
}
