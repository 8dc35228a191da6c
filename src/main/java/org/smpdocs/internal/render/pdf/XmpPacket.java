package org.smpdocs.internal.render.pdf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smpdocs.internal.xhtml.XhtmlDocument;
import org.smpdocs.internal.xhtml.XmlText;

/**
 * The document's XMP metadata, written whole so that it depends only on the document and its
 * issue time: PDF/A-2a and PDF/UA-1 identification, Dublin Core (title, author, subject,
 * language), the PDF and XMP basic properties, and the provenance in the {@code smpdocs}
 * schema, declared through PDF/A's extension-schema mechanism as PDF/A requires.
 */
final class XmpPacket {
    /** The namespace of the provenance properties. */
    static final String NAMESPACE = "https://smp-docs.org/ns/provenance/1.0/";
    private static final String PREFIX = "smpdocs.";

    private XmpPacket() {
    }

    static byte[] of(XhtmlDocument xhtml, Instant issued, String producer) {
        String date = issued.toString();
        Map<String, String> provenance = xhtml.provenance();
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:smpdocs=\"").append(NAMESPACE).append("\">\n")
                .append("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(XmlText.escape(xhtml.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        xhtml.meta("author").ifPresent(a -> x.append("<dc:creator><rdf:Seq><rdf:li>").append(XmlText.escape(a))
                .append("</rdf:li></rdf:Seq></dc:creator>\n"));
        xhtml.meta("subject").ifPresent(s -> x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(XmlText.escape(s)).append("</rdf:li></rdf:Alt></dc:description>\n"));
        x.append("<dc:language><rdf:Bag><rdf:li>").append(XmlText.escape(xhtml.language())).append("</rdf:li></rdf:Bag></dc:language>\n");
        xhtml.meta("keywords").ifPresent(k -> x.append("<pdf:Keywords>").append(XmlText.escape(k)).append("</pdf:Keywords>\n"));
        x.append("<pdf:Producer>").append(XmlText.escape(producer)).append("</pdf:Producer>\n")
                .append("<xmp:CreatorTool>smp-docs</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n");
        provenance.forEach((key, value) -> x.append("<smpdocs:").append(local(key)).append('>').append(XmlText.escape(value))
                .append("</smpdocs:").append(local(key)).append(">\n"));
        x.append("</rdf:Description>\n");
        extensionSchemas(x, provenance);
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** PDF/A admits properties outside its predefined schemas only when the file declares them. */
    private static void extensionSchemas(StringBuilder x, Map<String, String> provenance) {
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n<pdfaExtension:schemas><rdf:Bag>\n");
        schema(x, "PDF/UA identification", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid",
                Map.of("part", "Integer"), "internal");
        Map<String, String> types = new LinkedHashMap<>();
        provenance.keySet().forEach(key -> types.put(local(key), "Text"));
        schema(x, "smp-docs provenance", NAMESPACE, "smpdocs", types, "external");
        x.append("</rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n");
    }

    private static void schema(StringBuilder x, String name, String namespace, String prefix, Map<String, String> properties,
            String category) {
        x.append("<rdf:li rdf:parseType=\"Resource\"><pdfaSchema:schema>").append(name).append("</pdfaSchema:schema>")
                .append("<pdfaSchema:namespaceURI>").append(namespace).append("</pdfaSchema:namespaceURI>")
                .append("<pdfaSchema:prefix>").append(prefix).append("</pdfaSchema:prefix>")
                .append("<pdfaSchema:property><rdf:Seq>\n");
        properties.forEach((property, type) -> x.append("<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>")
                .append(property).append("</pdfaProperty:name><pdfaProperty:valueType>").append(type)
                .append("</pdfaProperty:valueType><pdfaProperty:category>").append(category)
                .append("</pdfaProperty:category><pdfaProperty:description>").append(property)
                .append("</pdfaProperty:description></rdf:li>\n"));
        x.append("</rdf:Seq></pdfaSchema:property></rdf:li>\n");
    }

    /** "smpdocs.template-set-sha256" is the property "template-set-sha256" of the smpdocs schema. */
    private static String local(String key) {
        return key.substring(PREFIX.length());
    }
}
