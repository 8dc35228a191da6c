package org.smpdocs.internal.xhtml;

/**
 * Text written into markup the renderers produce by hand (the e-mail's HTML, a Word content
 * control's XML, a PDF's XMP packet): the one escape for text and attribute values alike.
 */
public final class XmlText {
    private XmlText() {
    }

    /** {@code s} with {@code & < > "} written as entities, so it is text in any element or quoted attribute. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
