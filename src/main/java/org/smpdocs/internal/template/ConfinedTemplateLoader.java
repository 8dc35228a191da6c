package org.smpdocs.internal.template;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Loads templates from a clinic's template directory and from nowhere else, refusing with a
 * {@link RefusedTemplateException} that says why: a name that resolves, after following
 * symbolic links, to a file outside the directory (FreeMarker itself already refuses names that
 * back out of the directory with {@code ..}); a file larger than {@value #MAX_FILE_KB} KB, as
 * templates are read whole; a name that is there but is not a regular file — a folder, a FIFO, a
 * device — found without opening it, so a FIFO cannot hang the engine, rather than silently
 * passed over for the built-in template. Thread-safe.
 */
final class ConfinedTemplateLoader implements TemplateLoader {
    /** The largest template or stylesheet file read; the built-in ones are under 10 KB. */
    static final int MAX_FILE_KB = 1024;
    private final Path root;
    private final FileTemplateLoader files;

    /** @throws IOException if the directory cannot be read */
    ConfinedTemplateLoader(Path directory) throws IOException {
        root = directory.toRealPath();
        files = new FileTemplateLoader(root.toFile());
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Path file;
        try {
            file = root.resolve(name);
        } catch (InvalidPathException e) {
            return null;
        }
        if (!Files.exists(file)) {
            return null;
        }
        Path real = file.toRealPath();
        if (!real.startsWith(root)) {
            throw new RefusedTemplateException(TemplateErrors.outsideDirectory(name));
        }
        if (!Files.isRegularFile(real)) {
            throw new RefusedTemplateException("template " + name + " in the template directory is not a regular file");
        }
        if (Files.size(real) > MAX_FILE_KB * 1024L) {
            throw new RefusedTemplateException("template " + name + " is larger than " + MAX_FILE_KB + " KB");
        }
        try {
            return files.findTemplateSource(name);
        } catch (SecurityException e) {
            throw new RefusedTemplateException(TemplateErrors.outsideDirectory(name));
        }
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return files.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
    }

    /** A template file refused, with the reason in plain words as its message. */
    static final class RefusedTemplateException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedTemplateException(String reason) {
            super(reason);
        }
    }
}
