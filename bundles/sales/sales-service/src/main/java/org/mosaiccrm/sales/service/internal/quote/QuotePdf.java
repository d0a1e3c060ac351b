package org.mosaiccrm.sales.service.internal.quote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
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
    /** Left edges of the columns: #, code, description, quantity, unit price, discount, net; then the right margin. */
    private static final float[] COLUMNS = {50, 68, 130, 290, 350, 430, 470, 545};
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
            Page page = new Page(document, loaded.font());
            page.text(MARGIN, 16, texts.getString("title") + "  " + quote.number()
                    + (quote.revision() > 1 ? " · " + String.format(texts.getString("revision"), quote.revision()) : ""));
            page.down(28);
            page.text(MARGIN, 11, texts.getString("customer") + ": " + customerName);
            page.down(ROW);
            page.text(MARGIN, 10, texts.getString("date") + ": " + DATE.format(quote.createdAt().atZone(java.time.ZoneId.systemDefault()))
                    + "    " + texts.getString("validUntil") + ": " + DATE.format(quote.validUntil())
                    + "    " + texts.getString("currency") + ": " + quote.currency());
            page.down(ROW * 2);
            String[] headings = {"#", texts.getString("code"), texts.getString("description"), texts.getString("quantity"),
                    texts.getString("unitPrice"), texts.getString("discount"), texts.getString("net")};
            page.row(headings, true);
            int number = 1;
            for (QuoteLine line : quote.lines()) {
                if (page.full()) {
                    page = page.next();
                    page.row(headings, true);
                }
                page.row(new String[] {String.valueOf(number++), line.productCode(), line.description(),
                        quantity.format(line.quantity()) + " " + line.unit(), money.format(line.unitPrice()),
                        percent(line.discountPercent(), locale), money.format(line.net())}, false);
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

    private static String percent(BigDecimal value, Locale locale) {
        return value.signum() == 0 ? "" : NumberFormat.getNumberInstance(locale).format(value) + "%";
    }

    /** One A4 page being written, top to bottom. */
    private static final class Page {

        private final PDDocument document;
        private final PDFont font;
        private final PDPageContentStream content;
        private float y;

        Page(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            this.content = new PDPageContentStream(document, page);
            this.y = PDRectangle.A4.getHeight() - MARGIN - 10;
        }

        boolean full() {
            return y < BOTTOM;
        }

        Page next() throws IOException {
            close();
            return new Page(document, font);
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

        /** A table row: text columns left-aligned, figures (from the quantity on) right-aligned, cut to fit. */
        void row(String[] cells, boolean heading) throws IOException {
            float size = heading ? 9 : 9.5f;
            for (int i = 0; i < cells.length; i++) {
                float width = COLUMNS[i + 1] - COLUMNS[i] - 4;
                String cell = fit(PdfFont.printable(font, cells[i]), size, width);
                float x = i >= 3 ? COLUMNS[i + 1] - width(cell, size) : COLUMNS[i];
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(x, y);
                content.showText(cell);
                content.endText();
            }
            if (heading) {
                content.moveTo(MARGIN, y - 4);
                content.lineTo(COLUMNS[COLUMNS.length - 1], y - 4);
                content.stroke();
            }
            y -= ROW;
        }

        void total(String label, String amount) throws IOException {
            float size = 10;
            String printable = PdfFont.printable(font, label);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(COLUMNS[4], y);
            content.showText(printable);
            content.endText();
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(COLUMNS[COLUMNS.length - 1] - width(amount, size), y);
            content.showText(amount);
            content.endText();
            y -= ROW;
        }

        private String fit(String text, float size, float width) throws IOException {
            if (width(text, size) <= width) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && width(cut + "...", size) > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "...";
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
