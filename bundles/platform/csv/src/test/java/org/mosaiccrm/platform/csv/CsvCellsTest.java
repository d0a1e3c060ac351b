package org.mosaiccrm.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text and read back as typed. */
class CsvCellsTest {

    private static final List<String> TYPED = List.of("=HYPERLINK(\"http://evil.example\",\"点我\")", "+49 30 1234567",
            "-2+3", "@SUM(A1:A2)", "\tindented", "\rreturn", "'=already quoted", "''+twice", "'plain quote", "-12.50",
            "-7", "华信电子", "a=b", "", "'", "O'Brien");

    @Test
    void formulaLikeCellsArePrefixedWithAQuote() {
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"点我\")", CsvCells.neutralise(TYPED.get(0)));
        assertEquals("'+49 30 1234567", CsvCells.neutralise("+49 30 1234567"));
        assertEquals("'-2+3", CsvCells.neutralise("-2+3"));
        assertEquals("'@SUM(A1:A2)", CsvCells.neutralise("@SUM(A1:A2)"));
        assertEquals("'\tindented", CsvCells.neutralise("\tindented"));
        assertEquals("'\rreturn", CsvCells.neutralise("\rreturn"));
        assertEquals("-12.50", CsvCells.neutralise("-12.50"), "a plain negative number stays a number");
        assertEquals("华信电子", CsvCells.neutralise("华信电子"));
        assertEquals("'plain quote", CsvCells.neutralise("'plain quote"));
        assertEquals("''=already quoted", CsvCells.neutralise("'=already quoted"), "else it would come back without its quote");
    }

    @Test
    void everyValueComesBackAsTyped() {
        for (String value : TYPED) {
            assertEquals(value, CsvCells.restore(CsvCells.neutralise(value)), value);
        }
    }

    @Test
    void anExportIsUtf8WithBomAndParsesBackToTheTypedValues() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvExport export = CsvExport.to(out)) {
            export.row("name", "phone", "note");
            export.row(TYPED.get(0), TYPED.get(1), null);
            export.row(TYPED);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        assertEquals("'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\",'+49 30 1234567,",
                text.lines().skip(1).findFirst().orElseThrow().substring(1), "no cell starts with a formula character");
        try (CSVParser parser = CsvFiles.parser(new StringReader(text.substring(1)), ',')) {
            var records = parser.getRecords();
            assertEquals(List.of(TYPED.get(0), TYPED.get(1), ""), CsvCells.restore(records.get(1).toList()));
            assertEquals(TYPED, CsvCells.restore(records.get(2).toList()));
        }
    }
}
