package org.smpdocs.internal.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DirectoryOutputTest {
    @TempDir
    Path dir;

    private List<Path> files(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesIntoANewDirectoryAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("a/b");
        Path written = new DirectoryOutput(out).write("C-1-consent.pdf", new byte[] {1, 2, 3});
        assertEquals(out.resolve("C-1-consent.pdf"), written);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(written));
        assertEquals(List.of(written), files(out));
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        DirectoryOutput output = new DirectoryOutput(dir);
        output.write("x.pdf", new byte[] {1});
        output.write("x.pdf", new byte[] {9, 9});
        assertArrayEquals(new byte[] {9, 9}, Files.readAllBytes(dir.resolve("x.pdf")));
        assertEquals(1, files(dir).size());
    }

    @Test
    void aFailedWriteLeavesTheGoodFileAndNoTemporaryFile() throws IOException {
        DirectoryOutput output = new DirectoryOutput(dir);
        output.write("x.pdf", new byte[] {1});
        Files.createDirectory(dir.resolve("y.pdf"));
        Files.writeString(dir.resolve("y.pdf").resolve("inside"), "keeps the directory non-empty");
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> output.write("y.pdf", new byte[] {2}));
        assertEquals(ErrorCode.OUTPUT, e.code());
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(dir.resolve("x.pdf")));
        assertEquals(List.of(dir.resolve("x.pdf"), dir.resolve("y.pdf")), files(dir));
    }

    @Test
    void anOutputDirectoryThatIsAFileIsAnOutputError() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> new DirectoryOutput(file).write("a.pdf", new byte[] {1}));
        assertEquals(ErrorCode.OUTPUT, e.code());
    }

    @Test
    void refusesNamesThatLeaveTheDirectory() {
        DirectoryOutput output = new DirectoryOutput(dir);
        for (String name : new String[] {"../x.pdf", "a/b.pdf", ".hidden"}) {
            assertThrows(IllegalArgumentException.class, () -> output.write(name, new byte[] {1}), name);
        }
    }
}
