package org.mosaiccrm.platform.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells that spreadsheets would run as formulas. Excel and WPS treat a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula, so a customer
 * named {@code =HYPERLINK(...)} becomes a live link and a phone number {@code +49 30 1234567} an
 * error. Following OWASP's rule, such a cell is written with a leading {@code '}, which the
 * spreadsheet shows as text; the import reads it back to what was typed. A value that already
 * begins with {@code '} and a formula character is prefixed as well, so that it too comes back
 * unchanged. Plain negative numbers ({@code -12.50}) are no formula and stay numbers.
 */
public final class CsvCells {

    private static final Pattern PLAIN_NEGATIVE_NUMBER = Pattern.compile("-\\d+([.,]\\d+)?");

    private CsvCells() {
    }

    /** The value as a spreadsheet must receive it: prefixed with {@code '} when it would start a formula. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        boolean formula = isFormulaStart(value.charAt(0)) && !PLAIN_NEGATIVE_NUMBER.matcher(value).matches();
        boolean readAsNeutralised = !restore(value).equals(value);
        return formula || readAsNeutralised ? "'" + value : value;
    }

    /** The value a neutralised cell stands for: its leading {@code '} removed when a formula (or another such cell) follows. */
    public static String restore(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        String rest = cell.substring(1);
        return isFormulaStart(rest.charAt(0)) || !restore(rest).equals(rest) ? rest : cell;
    }

    /** {@link #restore} of every cell of a row. */
    public static List<String> restore(List<String> row) {
        List<String> values = new ArrayList<>(row.size());
        for (String cell : row) {
            values.add(restore(cell));
        }
        return values;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
