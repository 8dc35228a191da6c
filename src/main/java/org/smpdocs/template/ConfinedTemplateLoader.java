package org.smpdocs.template;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Loads templates from a clinic's template directory and from nowhere else: a name that
 * resolves, after following symbolic links, to a file outside the directory is refused with an
 * {@link OutsideTemplateDirectoryException}. (FreeMarker itself already refuses names that back
 * out of the directory with {@code ..}.) A file larger than {@value #MAX_FILE_KB} KB is refused
 * with a {@link TemplateFileTooLargeException}, as templates are read whole. A name that is
 * there but is not a regular file — a folder, a FIFO, a device — is refused with a
 * {@link NotARegularFileException} (found without opening it, so a FIFO cannot hang the engine),
 * rather than silently passed over for the built-in template. Thread-safe.
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
            throw new OutsideTemplateDirectoryException(name);
        }
        if (!Files.isRegularFile(real)) {
            throw new NotARegularFileException(name);
        }
        if (Files.size(real) > MAX_FILE_KB * 1024L) {
            throw new TemplateFileTooLargeException(name);
        }
        try {
            return files.findTemplateSource(name);
        } catch (SecurityException e) {
            throw new OutsideTemplateDirectoryException(name);
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

    /** A template name led outside the template directory. */
    static final class OutsideTemplateDirectoryException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String name;

        OutsideTemplateDirectoryException(String name) {
            super(name + " leads outside the template directory");
            this.name = name;
        }

        String name() {
            return name;
        }
    }

    /** A template file is larger than {@value #MAX_FILE_KB} KB. */
    static final class TemplateFileTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String name;

        TemplateFileTooLargeException(String name) {
            super(name + " is larger than " + MAX_FILE_KB + " KB");
            this.name = name;
        }

        String name() {
            return name;
        }
    }

    /** A template name is a folder, a FIFO or a device in the template directory, not a file. */
    static final class NotARegularFileException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String name;

        NotARegularFileException(String name) {
            super("template " + name + " in the template directory is not a regular file");
            this.name = name;
        }

        String name() {
            return name;
        }
    }
}
