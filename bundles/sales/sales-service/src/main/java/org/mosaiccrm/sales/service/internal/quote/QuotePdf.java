package org.mosaiccrm.sales.service.internal.quote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteLine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Lays a quote out on A4 pages with Apache PDFBox: heading, customer, terms, the lines (as many
 * pages as they need) and the totals. Labels come from {@code pdf/quote*.properties} in the
 * reader's language; Chinese text needs a CJK TrueType font on the server (see {@link PdfFont}).
 */
@Component(service = QuotePdf.class, configurationPid = "org.mosaiccrm.sales.quotes")
@Designate(ocd = QuotePdf.Config.class)
public class QuotePdf {

    @ObjectClassDefinition(name = "Mosaic CRM quote documents", description = "How quote PDFs are made")
    public @interface Config {
        @AttributeDefinition(name = "Font file", description = "A TrueType font (.ttf or .ttc) with Chinese characters;"
                + " empty to look for a known one (WenQuanYi, Droid Sans Fallback, Microsoft YaHei)", required = false)
        String fontFile() default "";
    }

    private static final float MARGIN = 50;
    private static final float ROW = 16;
    private static final float BOTTOM = 70;
    private static final float RIGHT = PDRectangle.A4.getWidth() - MARGIN;
    private static final float CELL_SIZE = 9.5f;
    /** Line height inside a wrapped cell. */
    private static final float LINE = 12;
    /** Columns: #, code, description (takes the rest and wraps), quantity, unit price, discount, net. */
    private static final int DESCRIPTION = 2;
    private static final int FIRST_FIGURE = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private volatile PdfFont font;

    @Activate
    @Modified
    void configure(Config config) {
        this.font = new PdfFont(config.fontFile());
    }

    public byte[] render(Quote quote, String customerName, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("pdf.quote", locale, QuotePdf.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        NumberFormat money = NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        NumberFormat quantity = NumberFormat.getNumberInstance(locale);
        quantity.setMaximumFractionDigits(3);
        try (PDDocument document = new PDDocument(); PdfFont.Loaded loaded = font.load(document)) {
            String[] headings = {"#", texts.getString("code"), texts.getString("description"), texts.getString("quantity"),
                    texts.getString("unitPrice"), texts.getString("discount"), texts.getString("net")};
            List<String[]> rows = new ArrayList<>();
            int number = 1;
            for (QuoteLine line : quote.lines()) {
                rows.add(new String[] {String.valueOf(number++), line.productCode(), line.description(),
                        quantity.format(line.quantity()) + " " + line.unit(), money.format(line.unitPrice()),
                        percent(line.discountPercent(), locale), money.format(line.net())});
            }
            PDFont pdfFont = loaded.font();
            headings = printable(pdfFont, headings);
            rows.replaceAll(row -> printable(pdfFont, row));
            List<String[]> all = new ArrayList<>(rows);
            all.add(headings);
            PdfTable table = PdfTable.fit(pdfFont, CELL_SIZE, MARGIN, RIGHT, all, DESCRIPTION, FIRST_FIGURE);
            Page page = new Page(document, pdfFont, table);
            page.text(MARGIN, 16, texts.getString("title") + "  " + quote.number()
                    + (quote.revision() > 1 ? " · " + String.format(texts.getString("revision"), quote.revision()) : ""));
            page.down(28);
            page.text(MARGIN, 11, texts.getString("customer") + ": " + customerName);
            page.down(ROW);
            page.text(MARGIN, 10, texts.getString("date") + ": " + DATE.format(quote.createdAt().atZone(java.time.ZoneId.systemDefault()))
                    + "    " + texts.getString("validUntil") + ": " + DATE.format(quote.validUntil())
                    + "    " + texts.getString("currency") + ": " + quote.currency());
            page.down(ROW * 2);
            page.row(headings, true);
            for (String[] row : rows) {
                if (!page.fits(row)) {
                    page = page.next();
                    page.row(headings, true);
                }
                page.row(row, false);
            }
            page.down(ROW / 2);
            page.total(texts.getString("subtotal"), money.format(quote.subtotal()));
            if (quote.discount().signum() > 0) {
                page.total(texts.getString("quoteDiscount") + " " + percent(quote.discountPercent(), locale),
                        "-" + money.format(quote.discount()));
            }
            page.total(texts.getString("netTotal"), money.format(quote.net()));
            page.total(texts.getString("tax"), money.format(quote.tax()));
            page.total(texts.getString("total") + " (" + quote.currency() + ")", money.format(quote.total()));
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Quote " + quote.id() + " could not be laid out", e);
        }
    }

    private static String[] printable(PDFont font, String[] cells) {
        String[] printable = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            printable[i] = PdfFont.printable(font, cells[i] == null ? "" : cells[i]);
        }
        return printable;
    }

    private static String percent(BigDecimal value, Locale locale) {
        return value.signum() == 0 ? "" : NumberFormat.getNumberInstance(locale).format(value) + "%";
    }

    /** One A4 page being written, top to bottom. */
    private static final class Page {

        private final PDDocument document;
        private final PDFont font;
        private final PdfTable table;
        private final PDPageContentStream content;
        private float y;

        Page(PDDocument document, PDFont font, PdfTable table) throws IOException {
            this.document = document;
            this.font = font;
            this.table = table;
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            this.content = new PDPageContentStream(document, page);
            this.y = PDRectangle.A4.getHeight() - MARGIN - 10;
        }

        /** Whether the row, with all its wrapped lines, fits above the bottom margin. */
        boolean fits(String[] cells) throws IOException {
            return y - (height(table.layOut(cells)) - ROW) >= BOTTOM;
        }

        Page next() throws IOException {
            close();
            return new Page(document, font, table);
        }

        void down(float by) {
            y -= by;
        }

        void text(float x, float size, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(PdfFont.printable(font, text));
            content.endText();
        }

        /** A table row: text columns left-aligned, figures right-aligned, each cell wrapped within its column. */
        void row(String[] cells, boolean heading) throws IOException {
            float size = heading ? 9 : CELL_SIZE;
            List<List<String>> laid = table.layOut(cells);
            for (int i = 0; i < cells.length; i++) {
                float lineY = y;
                for (String line : laid.get(i)) {
                    float x = i >= FIRST_FIGURE ? table.left(i + 1) - PdfTable.GAP / 2 - width(line, size) : table.left(i);
                    content.beginText();
                    content.setFont(font, size);
                    content.newLineAtOffset(x, lineY);
                    content.showText(line);
                    content.endText();
                    lineY -= LINE;
                }
            }
            float height = height(laid);
            if (heading) {
                content.moveTo(MARGIN, y - 4);
                content.lineTo(table.right(), y - 4);
                content.stroke();
            }
            y -= height;
        }

        private static float height(List<List<String>> laid) {
            int lines = laid.stream().mapToInt(List::size).max().orElse(1);
            return ROW + (lines - 1) * LINE;
        }

        void total(String label, String amount) throws IOException {
            float size = 10;
            String printable = PdfFont.printable(font, label);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(Math.min(table.left(FIRST_FIGURE + 1), RIGHT - 220), y);
            content.showText(printable);
            content.endText();
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(table.right() - PdfTable.GAP / 2 - width(amount, size), y);
            content.showText(amount);
            content.endText();
            y -= ROW;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
