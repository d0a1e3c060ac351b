package org.mosaiccrm.sales.service.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteLine;
import org.mosaiccrm.sales.QuoteStatus;

/** The quote document, read back with PDFBox's text extraction: what a customer would read. */
class QuotePdfTest {

    private static QuotePdf pdf(String fontFile) {
        return QuotePdfs.withFont(fontFile);
    }

    private static Quote quote(int lineCount) {
        List<QuoteLine> lines = new ArrayList<>();
        for (int i = 1; i <= lineCount; i++) {
            lines.add(new QuoteLine(i, "CNC-" + i, "数控机床 第" + i + "型", "台", new BigDecimal("2.000"), new BigDecimal("120000.00"),
                    new BigDecimal("5.00"), new BigDecimal("13.00"), new BigDecimal("228000.00")));
        }
        return new Quote(50, "Q-2026-00050", 2, true, 7, 8, 9, "CNY", QuoteStatus.SENT, LocalDate.of(2026, 12, 24),
                BigDecimal.ZERO, lines, new BigDecimal("228000.00"), new BigDecimal("0.00"), new BigDecimal("228000.00"),
                new BigDecimal("29640.00"), new BigDecimal("257640.00"), "", Instant.parse("2026-11-24T02:00:00Z"), null, 3);
    }

    private static String text(byte[] document, int[] pages) throws Exception {
        try (PDDocument read = Loader.loadPDF(document)) {
            pages[0] = read.getNumberOfPages();
            return new PDFTextStripper().getText(read);
        }
    }

    @Test
    void aChineseQuoteReadsInChineseWithItsFigures() throws Exception {
        assumeTrue(PdfFont.KNOWN.stream().anyMatch(path -> new File(path).canRead()), "no CJK font on this machine");
        int[] pages = new int[1];
        String text = text(pdf("").render(quote(1), "华东精密机械有限公司", Locale.SIMPLIFIED_CHINESE), pages);
        assertTrue(text.contains("报价单"), text);
        assertTrue(text.contains("Q-2026-00050"), text);
        assertTrue(text.contains("第 2 版"), text);
        assertTrue(text.contains("华东精密机械有限公司"), text);
        assertTrue(text.contains("数控机床 第1型"), text);
        assertTrue(text.contains("257,640.00"), text);
        assertTrue(text.contains("价税合计"), text);
        assertEquals(1, pages[0]);
    }

    @Test
    void manyLinesGoOnAsManyPagesAsTheyNeedInEnglish() throws Exception {
        int[] pages = new int[1];
        String text = text(pdf("").render(quote(120), "Acme", Locale.ENGLISH), pages);
        assertTrue(pages[0] >= 3, "pages: " + pages[0]);
        assertTrue(text.contains("CNC-120"), text);
        assertTrue(text.contains("Total (CNY)"), text);
    }

    @Test
    void withoutAChineseFontTheDocumentIsStillMadeWithQuestionMarks() throws Exception {
        int[] pages = new int[1];
        String text = text(pdf("/nonexistent.ttf").render(quote(1), "华东", Locale.ENGLISH), pages);
        // the configured file is missing: a known font is used where the machine has one, else Helvetica
        assertTrue(text.contains("Quote"), text);
        assertTrue(text.contains("CNC-1"), text);
    }

    @Test
    void longCodesAndDescriptionsArePrintedWholeNeverCut() throws Exception {
        String description = "Refrigerated container, 40 ft high cube, with remote monitoring and a five-year service contract"
                + " covering parts, labour and on-site visits within 48 hours";
        List<QuoteLine> lines = List.of(
                new QuoteLine(1, "E2E-REEFER-9LGZU", description, "unit", new BigDecimal("3.000"), new BigDecimal("1234567.89"),
                        new BigDecimal("12.50"), new BigDecimal("13.00"), new BigDecimal("3240740.71")),
                new QuoteLine(2, "CNC-2", "Short", "unit", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.TEN));
        Quote quote = quote(1);
        Quote longOne = new Quote(quote.id(), quote.number(), quote.revision(), quote.latest(), quote.opportunityId(),
                quote.customerId(), quote.ownerId(), quote.currency(), quote.status(), quote.validUntil(), quote.discountPercent(),
                lines, quote.subtotal(), quote.discount(), quote.net(), quote.tax(), quote.total(), "", quote.createdAt(), null, 3);
        int[] pages = new int[1];
        String text = text(pdf("").render(longOne, "Acme", Locale.ENGLISH), pages);
        assertTrue(text.contains("E2E-REEFER-9LGZU"), "the code on one line, whole: " + text);
        assertTrue(!text.contains("..."), "nothing cut: " + text);
        assertTrue(text.replaceAll("\\s+", " ").contains(description), "the description wraps, every word kept: " + text);
        assertTrue(text.contains("1,234,567.89") && text.contains("3,240,740.71"), text);
    }
}
