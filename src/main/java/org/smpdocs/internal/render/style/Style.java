package org.smpdocs.internal.render.style;

import org.smpdocs.PaperSize;

/**
 * The documents' style, as the custom properties of {@code print.css}'s {@code :root} rule state
 * it: what the PDF lays out with and what the Word document and the e-mail take from the
 * stylesheet (page margins, colours, type sizes). Read once when the engine is built
 * ({@link StyleSheet}); the renderers derive their own units from it. Immutable and thread-safe.
 *
 * @param margins the page margins
 * @param colours the colours
 * @param sizes the type sizes
 */
public record Style(Margins margins, Palette colours, TypeSizes sizes) {

    /** The properties, named as {@code print.css} declares them, in the order it declares them. */
    static Style read(PropertyValues v) {
        return new Style(
                new Margins(v.mm("--page-margin-top"), v.mm("--page-margin-right"), v.mm("--page-margin-bottom"),
                        v.mm("--page-margin-left")),
                new Palette(v.colour("--accent"), v.colour("--on-accent"), v.colour("--text"), v.colour("--label"),
                        v.colour("--panel"), v.colour("--shade"), v.colour("--border"), v.colour("--rule"),
                        v.colour("--paper")),
                new TypeSizes(v.pt("--font-size"), v.pt("--h1-size"), v.pt("--h2-size"), v.pt("--h3-size"),
                        v.pt("--small-size"), v.pt("--aftercare-font-size"), v.pt("--aftercare-h2-size"),
                        v.number("--aftercare-line-height")));
    }

    /**
     * The page margins, in millimetres ({@code --page-margin-top}, {@code -right},
     * {@code -bottom}, {@code -left}).
     */
    public record Margins(double topMm, double rightMm, double bottomMm, double leftMm) {
        /** The width between the side margins on this paper, in millimetres. */
        public double textWidthMm(PaperSize paper) {
            return paper.widthMm() - (leftMm + rightMm);
        }
    }

    /**
     * The colours, each named for what it colours.
     *
     * @param accent {@code --accent}: headings, the rule under the running header, header rows of
     *        tables, links, signers' roles
     * @param onAccent {@code --on-accent}: text on the accent (header rows)
     * @param text {@code --text}: the text, and the boxes and lines written on
     * @param label {@code --label}: labels (facts tables, signature lines, the clinic's contact)
     * @param panel {@code --panel}: the background of label cells
     * @param shade {@code --shade}: the background of the lead paragraph
     * @param border {@code --border}: the borders of table cells
     * @param rule {@code --rule}: rules (under a section heading, {@code hr})
     * @param paper {@code --paper}: the page, and boxes that are white on it
     */
    public record Palette(Colour accent, Colour onAccent, Colour text, Colour label, Colour panel, Colour shade,
            Colour border, Colour rule, Colour paper) {
    }

    /**
     * The type sizes, in points.
     *
     * @param bodyPt {@code --font-size}: the text
     * @param h1Pt {@code --h1-size}: the document's title
     * @param h2Pt {@code --h2-size}: a section heading
     * @param h3Pt {@code --h3-size}: a sub-heading
     * @param smallPt {@code --small-size}: the small print of the running header and small notes
     * @param aftercarePt {@code --aftercare-font-size}: the text of the aftercare sheet, read at home
     * @param aftercareH2Pt {@code --aftercare-h2-size}: a section heading of the aftercare sheet
     * @param aftercareLineHeight {@code --aftercare-line-height}: the aftercare sheet's line height,
     *        in multiples of its type size
     */
    public record TypeSizes(double bodyPt, double h1Pt, double h2Pt, double h3Pt, double smallPt, double aftercarePt,
            double aftercareH2Pt, double aftercareLineHeight) {
    }
}
