package org.smpdocs.internal.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** Where blocks are written: the document body, a table cell, a header or footer. */
interface Container {
    /** A new paragraph at the end. */
    XWPFParagraph paragraph();

    /** A new table with no rows at the end. */
    XWPFTable table();

    /**
     * How wide the text of a paragraph may be, in mm, where that is narrower than the page's text
     * (a table cell); otherwise infinite.
     */
    default double widthMm() {
        return Double.POSITIVE_INFINITY;
    }

    static Container body(XWPFDocument doc) {
        return new Container() {
            @Override
            public XWPFParagraph paragraph() {
                return doc.createParagraph();
            }

            @Override
            public XWPFTable table() {
                XWPFTable table = doc.createTable();
                table.removeRow(0);
                return table;
            }
        };
    }

    /**
     * A cell whose text is {@code widthMm} wide (its column less its margins); its first paragraph
     * is the empty one every cell starts with.
     */
    static Container cell(XWPFTableCell cell, double widthMm) {
        return new Container() {
            @Override
            public double widthMm() {
                return widthMm;
            }

            @Override
            public XWPFParagraph paragraph() {
                var paragraphs = cell.getParagraphs();
                if (paragraphs.size() == 1 && paragraphs.get(0).getRuns().isEmpty()
                        && paragraphs.get(0).getCTP().sizeOfSdtArray() == 0 && paragraphs.get(0).getCTP().sizeOfFldSimpleArray() == 0
                        && !paragraphs.get(0).getCTP().isSetPPr()) {
                    XWPFParagraph first = paragraphs.get(0);
                    first.getCTP().addNewPPr();
                    return first;
                }
                return cell.addParagraph();
            }

            @Override
            public XWPFTable table() {
                XWPFTable table = new XWPFTable(cell.getCTTc().addNewTbl(), cell);
                cell.insertTable(cell.getTables().size(), table);
                return table;
            }
        };
    }
}
