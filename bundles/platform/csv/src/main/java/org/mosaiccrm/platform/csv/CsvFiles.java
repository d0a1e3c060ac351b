package org.mosaiccrm.platform.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * How a CSV file is read. Files from Chinese Excel come as UTF-8 with a BOM ("CSV UTF-8") or as
 * GBK ("CSV"), which GB18030 reads as a superset; a file that is valid UTF-8 throughout is UTF-8.
 * Excel in many European locales separates with semicolons.
 */
public final class CsvFiles {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private CsvFiles() {
    }

    /** The character set of a file: by its BOM, else UTF-8 if every byte sequence is valid UTF-8, else GB18030. */
    public static Charset detectEncoding(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(4);
            byte[] head = in.readNBytes(3);
            in.reset();
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return StandardCharsets.UTF_8;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return StandardCharsets.UTF_16BE;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return StandardCharsets.UTF_16LE;
            }
            return isUtf8(in) ? StandardCharsets.UTF_8 : GB18030;
        }
    }

    private static boolean isUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer, 0, bytes.remaining())) >= 0) {
            bytes.put(buffer, 0, read);
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, false);
            if (result.isError()) {
                return false;
            }
            bytes.compact();
            chars.clear();
        }
        bytes.flip();
        return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError() && !bytes.hasRemaining();
    }

    /** The separator of the first line: semicolon or tab when they outnumber commas outside quotes. */
    public static char detectDelimiter(Path file, Charset encoding) throws IOException {
        try (Reader reader = reader(file, encoding)) {
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            boolean quoted = false;
            int c;
            while ((c = reader.read()) >= 0) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted) {
                    commas += c == ',' ? 1 : 0;
                    semicolons += c == ';' ? 1 : 0;
                    tabs += c == '\t' ? 1 : 0;
                }
            }
            return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
        }
    }

    /** The named character set, refused in words when unknown. */
    public static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) { // unknown, unsupported or malformed name
            throw new CsvFileException("import.error.encoding.unknown", 0);
        }
    }

    /** Text of the file without its BOM; bytes that are not valid in {@code encoding} fail the read. */
    public static Reader reader(Path file, Charset encoding) throws IOException {
        return reader(new BufferedInputStream(Files.newInputStream(file), 64 * 1024), encoding);
    }

    /** Text of a stream without its BOM; bytes that are not valid in {@code encoding} fail the read. */
    public static Reader reader(InputStream in, Charset encoding) throws IOException {
        InputStream withoutBom = BOMInputStream.builder().setInputStream(in)
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16BE, ByteOrderMark.UTF_16LE).get();
        CharsetDecoder decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(withoutBom, decoder);
    }

    /**
     * A parser that takes what real files contain: quoted fields with line breaks and doubled quotes,
     * a quote closed before the separator's neighbour text, a quote left open at the end of the file
     * (the row is then checked like any other and rejected by its column count).
     */
    public static CSVParser parser(Reader reader, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrailingData(true).setLenientEof(true).get();
        return CSVParser.builder().setReader(reader).setFormat(format).get();
    }

    /** Whether a read failed on bytes invalid in the chosen character set (rather than on quoting). */
    public static boolean isEncodingError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** A writer of UTF-8 text that starts with a BOM: Excel reads UTF-8 only with it; without, Chinese text turns to noise. */
    public static Writer utf8WithBom(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return writer;
    }
}
