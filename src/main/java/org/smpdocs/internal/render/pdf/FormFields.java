package org.smpdocs.internal.render.pdf;

import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.css.style.derived.RectPropertySet;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.render.Box;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Turns the boxes a form is signed, initialled and ticked in into AcroForm fields placed exactly
 * over them, so a clinic can sign on a tablet in any PDF reader: a signature field for each
 * signature line, a text field for each initials box and date, and an unticked check box for each
 * checkbox. Fields are named as the template named them ("signature-patient",
 * "initials-pigment-fading", "choice-photos-marketing"; a repeated name gets "-2"), have the
 * Print flag (PDF/A), an alternate name, and a Form element in the structure tree (PDF/UA). The
 * page draws the box; a field's appearance is empty, except a check box's "ticked" state, which
 * draws a cross in the box (vector lines: no font), so that a ticked box prints. Not thread-safe:
 * one per document.
 */
final class FormFields {
    private final PDDocument document;
    private final PDAcroForm form;
    private final Set<String> names = new HashSet<>();

    FormFields(PDDocument document, PDFont font) {
        this.document = document;
        this.form = new PDAcroForm(document);
        PDResources resources = new PDResources();
        COSName fontName = resources.add(font);
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/" + fontName.getName() + " 9 Tf 0 g");
        form.setNeedAppearances(false);
        document.getDocumentCatalog().setAcroForm(form);
    }

    /**
     * Adds a field over the box; {@code kind} is "signature", "initials", "date", "text" or
     * "checkbox".
     */
    void add(PagePosition<Box> position, CssContext css, String name, String kind) throws IOException {
        PDPage page = document.getPage(position.getPageNo());
        PDRectangle rect = borderBox(position, css);
        PDField field = switch (kind) {
            case "signature" -> new PDSignatureField(form);
            case "checkbox" -> new PDCheckBox(form);
            default -> new PDTextField(form);
        };
        field.setPartialName(unique(name));
        field.setAlternateFieldName(describe(name));
        if (field instanceof PDTextField text) {
            text.setDefaultAppearance(form.getDefaultAppearance());
        }
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        if (field instanceof PDCheckBox) {
            widget.setAppearance(CheckBoxLook.of(document, rect));
            widget.setAppearanceState(CheckBoxLook.OFF.getName());
            field.getCOSObject().setItem(COSName.V, CheckBoxLook.OFF);
        } else {
            widget.setAppearance(emptyAppearance(rect));
        }
        page.getAnnotations().add(widget);
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        form.getFields().add(field);
        tag(widget, page, describe(name));
    }

    /**
     * The box as drawn, border included: the layout places the box with its margins (a checkbox
     * keeps a gap to its label), which the field must not cover.
     */
    private static PDRectangle borderBox(PagePosition<Box> position, CssContext css) {
        Box box = position.getElement();
        RectPropertySet margin = box.getMargin(css);
        // layout units ("dots") per millimetre, over the points per millimetre
        float dotsPerPoint = 1 / css.getMmPerDot() / (72 / 25.4f);
        float left = margin.left() / dotsPerPoint;
        float right = margin.right() / dotsPerPoint;
        float top = margin.top() / dotsPerPoint;
        float bottom = margin.bottom() / dotsPerPoint;
        return new PDRectangle(position.getX() + left, position.getY() + bottom,
                position.getWidth() - left - right, position.getHeight() - top - bottom);
    }

    private String unique(String name) {
        String candidate = name;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }

    /** "signature-patient" reads "Signature patient" to a screen reader. */
    private static String describe(String name) {
        String words = name.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private PDAppearanceDictionary emptyAppearance(PDRectangle rect) {
        PDFormXObject xobject = new PDFormXObject(document);
        xobject.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        xobject.setResources(new PDResources());
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(new PDAppearanceStream(xobject.getCOSObject()));
        return appearance;
    }

    /** A Form structure element holding the widget, under the document's top structure element. */
    private void tag(PDAnnotationWidget widget, PDPage page, String alt) throws IOException {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        PDStructureElement parent = top(root);
        PDStructureElement formElement = new PDStructureElement("Form", parent);
        formElement.setPage(page);
        formElement.setAlternateDescription(alt);
        PDObjectReference ref = new PDObjectReference();
        ref.setReferencedObject(widget);
        ref.setPage(page);
        formElement.appendKid(ref);
        parent.appendKid(formElement);
        int key = root.getParentTreeNextKey();
        widget.setStructParent(key);
        PDNumberTreeNode tree = root.getParentTree();
        COSDictionary treeDict = tree.getCOSObject();
        COSArray nums = treeDict.getCOSArray(COSName.NUMS);
        if (nums == null) {
            nums = new COSArray();
            treeDict.setItem(COSName.NUMS, nums);
        }
        nums.add(COSInteger.get(key));
        nums.add(formElement.getCOSObject());
        root.setParentTreeNextKey(key + 1);
    }

    private static PDStructureElement top(PDStructureTreeRoot root) {
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement e) {
                return e;
            }
        }
        throw new IllegalStateException("a tagged document has a top structure element");
    }
}
