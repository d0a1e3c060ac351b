package org.mosaiccrm.sales.service.internal.quote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The columns of a table in a document sent to a customer, sized to what they hold: every column
 * is as wide as its widest cell (codes and figures stay on one line), the wrapping column takes
 * the rest, and a cell wider than its column wraps onto further lines. Nothing typed is cut.
 */
final class PdfTable {

    /** Space between columns, in points. */
    static final float GAP = 6;
    /** Narrowest the wrapping column becomes before other columns wrap too. */
    private static final float MIN_WRAPPING = 90;
    /** Widest a text column (other than the wrapping one) grows before it wraps. */
    private static final float MAX_TEXT = 150;

    private final PDFont font;
    private final float size;
    private final float[] edges;

    private PdfTable(PDFont font, float size, float[] edges) {
        this.font = font;
        this.size = size;
        this.edges = edges;
    }

    /**
     * Columns from {@code left} to {@code right} for these rows (headings included).
     *
     * @param wrapping the column that takes the room left over and wraps
     * @param firstFigure columns from this one on hold figures (never capped)
     */
    static PdfTable fit(PDFont font, float size, float left, float right, List<String[]> rows, int wrapping, int firstFigure)
            throws IOException {
        int count = rows.get(0).length;
        float[] widths = new float[count];
        for (String[] row : rows) {
            for (int i = 0; i < count; i++) {
                for (String line : row[i].split("\n")) {
                    widths[i] = Math.max(widths[i], width(font, size, line) + GAP + 1); // 1: rounding
                }
            }
        }
        float others = 0;
        for (int i = 0; i < count; i++) {
            if (i != wrapping && i < firstFigure) {
                widths[i] = Math.min(widths[i], MAX_TEXT);
            }
            others += i == wrapping ? 0 : widths[i];
        }
        float room = right - left;
        widths[wrapping] = Math.max(MIN_WRAPPING, room - others);
        float over = others + widths[wrapping] - room;
        // still too wide: the text columns give up room and wrap, widest first
        for (int i = 0; over > 0 && i < count; i++) {
            if (i != wrapping && i < firstFigure && widths[i] > MIN_WRAPPING / 2) {
                float give = Math.min(over, widths[i] - MIN_WRAPPING / 2);
                widths[i] -= give;
                over -= give;
            }
        }
        float[] edges = new float[count + 1];
        edges[0] = left;
        for (int i = 0; i < count; i++) {
            edges[i + 1] = edges[i] + widths[i];
        }
        return new PdfTable(font, size, edges);
    }

    float left(int column) {
        return edges[column];
    }

    float right() {
        return edges[edges.length - 1];
    }

    /** The lines each cell takes in its column. */
    List<List<String>> layOut(String[] cells) throws IOException {
        List<List<String>> laid = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            laid.add(wrap(cells[i], edges[i + 1] - edges[i] - GAP));
        }
        return laid;
    }

    /** The text in lines no wider than {@code width}: broken at spaces where it can be, else between characters. */
    List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String rest = paragraph;
            while (width(font, size, rest) > width && rest.length() > 1) {
                int end = rest.offsetByCodePoints(0, 1);
                while (end < rest.length() && width(font, size, rest.substring(0, rest.offsetByCodePoints(end, 1))) <= width) {
                    end = rest.offsetByCodePoints(end, 1);
                }
                int space = rest.lastIndexOf(' ', end);
                int cut = space > 0 && end < rest.length() ? space : end;
                lines.add(rest.substring(0, cut).stripTrailing());
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
        }
        return lines;
    }

    float width(String text) throws IOException {
        return width(font, size, text);
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
