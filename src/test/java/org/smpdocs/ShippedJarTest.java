package org.smpdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar as shipped ({@code target/smp-docs.jar}, shaded and slimmed), read as a ZIP: every library
 * it bundles comes with its licence, the parts the slimming leaves out stay out while the ones the
 * renderers load stay in, and its own entries carry the build's fixed time (two builds give the
 * same bytes: {@code .ci/run} compares them). It runs when the engine's classes come from that jar ({@code mvn verify} runs the
 * whole suite so), and is skipped on {@code target/classes}.
 */
class ShippedJarTest {
    private static final Pattern POM_PROPERTIES = Pattern.compile("META-INF/maven/([^/]+)/([^/]+)/pom\\.properties");
    private static final Pattern LICENCE_FOLDER = Pattern.compile("META-INF/licenses/([^/]+)/([^/]+)");
    /** Libraries whose jars carry no Maven metadata, known by a class of theirs. */
    private static final Map<String, String> WITHOUT_METADATA = Map.ofEntries(
            Map.entry("freemarker/template/Template.class", "freemarker"),
            Map.entry("picocli/CommandLine.class", "picocli"),
            Map.entry("org/apache/poi/util/IOUtils.class", "poi"),
            Map.entry("org/apache/poi/xwpf/usermodel/XWPFDocument.class", "poi-ooxml"),
            Map.entry("org/openxmlformats/schemas/wordprocessingml/x2006/main/CTDocument1.class", "poi-ooxml-lite"),
            Map.entry("org/apache/xmlbeans/XmlObject.class", "xmlbeans"),
            Map.entry("org/bouncycastle/cms/CMSSignedData.class", "bcpkix-jdk18on"),
            Map.entry("org/bouncycastle/asn1/cms/SignedData.class", "bcutil-jdk18on"),
            Map.entry("org/bouncycastle/asn1/ASN1Object.class", "bcprov-jdk18on"),
            Map.entry("org/postgresql/Driver.class", "postgresql"),
            Map.entry("kotlin/Unit.class", "kotlin-stdlib"));
    /** Projects made of many modules, released together under one licence: one folder for the project. */
    private static final Map<String, String> PROJECTS_BY_GROUP = Map.of("org.eclipse.jetty", "jetty");

    /** Libraries whose jars carry the Maven metadata of the modules they are made of. */
    private static final Map<String, String> MODULES = Map.of("angus-core", "angus-mail", "smtp", "angus-mail", "imap",
            "angus-mail", "pop3", "angus-mail", "logging-mailhandler", "angus-mail");
    private static final Pattern OUTPUT_TIMESTAMP = Pattern.compile(
            "<project\\.build\\.outputTimestamp>([^<]+)</project\\.build\\.outputTimestamp>");

    private static List<ZipEntry> entries;
    private static JarFile jar;

    @BeforeAll
    static void open() throws IOException, URISyntaxException {
        Path location = Path.of(SmpDocs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assumeTrue(location.getFileName().toString().endsWith(".jar"),
                "the engine runs from " + location + ", not from the shipped jar (mvn verify runs this test on it)");
        jar = new JarFile(location.toFile());
        entries = new ArrayList<>(jar.stream().toList());
    }

    @AfterAll
    static void close() throws IOException {
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    void everyBundledLibraryComesWithItsLicence() throws IOException {
        Set<String> bundled = new TreeSet<>();
        for (ZipEntry e : entries) {
            Matcher m = POM_PROPERTIES.matcher(e.getName());
            if (m.matches() && !m.group(2).equals("smp-docs")) {
                bundled.add(projectOf(m.group(1)).orElse(MODULES.getOrDefault(m.group(2), m.group(2))));
            }
        }
        WITHOUT_METADATA.forEach((cls, artifact) -> {
            if (jar.getEntry(cls) != null) {
                bundled.add(artifact);
            }
        });
        assertTrue(bundled.size() > 25, "libraries found: " + bundled);
        Map<String, Long> largestLicence = new TreeMap<>();
        for (ZipEntry e : entries) {
            Matcher m = LICENCE_FOLDER.matcher(e.getName());
            if (m.matches() && m.group(2).contains("LICENSE")) {
                largestLicence.merge(m.group(1), e.getSize(), Math::max);
            }
        }
        for (String library : bundled) {
            assertTrue(largestLicence.getOrDefault(library, 0L) > 100,
                    library + " is in the jar without its licence in META-INF/licenses/" + library + "/");
        }
        assertEquals(bundled, largestLicence.keySet(), "a licence for each library in the jar, and only for those");
        for (String font : List.of("OFL.txt", "Apache-2.0.txt")) {
            ZipEntry licence = jar.getEntry("org/smpdocs/internal/render/pdf/fonts/" + font);
            assertNotNull(licence, "the bundled fonts' licence " + font);
            assertTrue(licence.getSize() > 1000, font);
        }
    }

    private static Optional<String> projectOf(String group) {
        return PROJECTS_BY_GROUP.entrySet().stream()
                .filter(p -> group.equals(p.getKey()) || group.startsWith(p.getKey() + "."))
                .map(Map.Entry::getValue).findFirst();
    }

    @Test
    void noLibraryLicenceIsMistakenForTheJarsOwn() {
        for (String name : List.of("META-INF/LICENSE", "META-INF/LICENSE.txt", "META-INF/LICENSE.md", "META-INF/NOTICE",
                "META-INF/NOTICE.txt", "META-INF/NOTICE.md", "META-INF/DEPENDENCIES")) {
            assertNull(jar.getEntry(name), name + " would be one library's, standing for all");
        }
    }

    @Test
    void whatNoDocumentLoadsIsLeftOutAndWhatTheRenderersLoadStays() {
        for (String left : List.of("org/apache/commons/math3/", "org/apache/poi/hssf/", "org/apache/poi/xslf/",
                "org/openxmlformats/schemas/spreadsheetml/", "org/openxmlformats/schemas/presentationml/",
                "org/apache/fontbox/cmap/UniJIS-UCS2-H", "org/apache/fontbox/cmap/Adobe-GB1-UCS2",
                "com/ibm/icu/impl/data/icudata/en.res", "com/ibm/icu/impl/coll/", "org/apache/commons/compress/harmony/",
                "freemarker/ext/jsp/")) {
            assertFalse(entries.stream().anyMatch(e -> e.getName().startsWith(left)), left + " is in the jar");
        }
        // Identity-H encodes every embedded font; PDFBox's font mapper will not start without
        // Liberation Sans (it maps a font while the Indic scripts' text layer is checked); ICU's
        // bidi and character properties; Word's chart parts link the spreadsheet user model
        for (String kept : List.of("org/apache/fontbox/cmap/Identity-H", "org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf",
                "com/ibm/icu/impl/data/icudata/ubidi.icu", "com/ibm/icu/impl/data/icudata/uprops.icu",
                "org/apache/poi/xssf/usermodel/XSSFRelation.class", "org/apache/pdfbox/resources/afm/Helvetica.afm")) {
            assertNotNull(jar.getEntry(kept), kept);
        }
    }

    @Test
    void theWebServerComesWithoutJettysWebApplicationDeployment() {
        // Javalin's servlet extends Jetty's WebSocket servlet; annotation scanning (ASM), JNDI, CDI,
        // web.xml and the JetBrains annotations are not needed to serve the front desk
        for (String left : List.of("org/eclipse/jetty/annotations/", "org/eclipse/jetty/ee10/annotations/",
                "org/eclipse/jetty/plus/", "org/eclipse/jetty/ee10/plus/", "org/eclipse/jetty/jndi/",
                "org/eclipse/jetty/ee10/webapp/", "org/eclipse/jetty/ee/webapp/", "org/eclipse/jetty/xml/",
                "org/objectweb/asm/", "jakarta/enterprise/", "jakarta/transaction/", "org/intellij/lang/annotations/",
                "org/jetbrains/annotations/", "jakarta/servlet/resources/",
                "org/eclipse/jetty/ee10/websocket/server/config/JettyWebSocketConfiguration")) {
            assertFalse(entries.stream().anyMatch(e -> e.getName().startsWith(left)), left + " is in the jar");
        }
        for (String kept : List.of("io/javalin/Javalin.class", "io/javalin/jetty/JavalinJettyServlet.class",
                "org/eclipse/jetty/server/Server.class", "org/eclipse/jetty/ee10/servlet/ServletContextHandler.class",
                "org/eclipse/jetty/ee10/websocket/server/JettyWebSocketServlet.class", "jakarta/servlet/Servlet.class",
                "kotlin/Unit.class")) {
            assertNotNull(jar.getEntry(kept), kept);
        }
    }

    @Test
    void sqliteComesWithItsNativeLibraryForTheMachinesAFrontDeskRunsOnOnly() {
        for (String kept : List.of("Linux/x86_64/libsqlitejdbc.so", "Linux/aarch64/libsqlitejdbc.so",
                "Windows/x86_64/sqlitejdbc.dll", "Windows/aarch64/sqlitejdbc.dll", "Mac/x86_64/libsqlitejdbc.dylib",
                "Mac/aarch64/libsqlitejdbc.dylib")) {
            assertNotNull(jar.getEntry("org/sqlite/native/" + kept), kept);
        }
        List<String> natives = entries.stream().map(ZipEntry::getName)
                .filter(n -> n.startsWith("org/sqlite/native/") && !n.endsWith("/")).toList();
        assertEquals(6, natives.size(), natives.toString());
    }

    @Test
    void itsOwnEntriesCarryTheFixedTimeOfTheBuildNotTheTimeItRan() throws IOException {
        Matcher m = OUTPUT_TIMESTAMP.matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "pom.xml sets project.build.outputTimestamp");
        FileTime fixed = FileTime.from(Instant.parse(m.group(1)));
        List<String> own = new ArrayList<>();
        for (ZipEntry e : entries) {
            if (e.getName().startsWith("org/smpdocs/") || e.getName().startsWith("META-INF/licenses/")
                    || e.getName().equals("META-INF/MANIFEST.MF")) {
                own.add(e.getName());
                assertEquals(fixed.toInstant(), e.getLastModifiedTime().toInstant(), e.getName());
            }
        }
        assertTrue(own.size() > 300, "entries of its own: " + own.size());
    }
}
