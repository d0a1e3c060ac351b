package org.mosaiccrm.sales.service.internal.quote;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font quote documents are written in. PDF's built-in fonts have no Chinese characters, so a
 * CJK TrueType font of the server is embedded (as a subset: only the characters used). No such
 * font is shipped with the product: fonts with Chinese characters come with their own licences and
 * every Linux distribution and Windows has one. Without any, documents fall back to Helvetica and
 * characters it lacks print as '?'; a warning says so once.
 */
final class PdfFont {

    private static final Logger LOG = LoggerFactory.getLogger(PdfFont.class);
    static final List<String> KNOWN = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc", "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/simsun.ttc");
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private final File file;

    PdfFont(String configured) {
        this.file = choose(configured);
    }

    private static File choose(String configured) {
        if (configured != null && !configured.isBlank()) {
            File file = new File(configured.strip());
            if (file.canRead()) {
                return file;
            }
            LOG.warn("Quote PDF font {} cannot be read; looking for a known one", file);
        }
        return KNOWN.stream().map(File::new).filter(File::canRead).findFirst().orElse(null);
    }

    /** A font loaded into one document; closing it releases the font file. */
    record Loaded(PDFont font, AutoCloseable resource) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    Loaded load(PDDocument document) throws IOException {
        if (file == null) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.warn("No font with Chinese characters found (looked at {}); quote PDFs print them as '?'."
                        + " Set fontFile in configuration org.mosaiccrm.sales.quotes", KNOWN);
            }
            return new Loaded(new PDType1Font(Standard14Fonts.FontName.HELVETICA), null);
        }
        if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            return new Loaded(PDType0Font.load(document, first[0], true), collection);
        }
        return new Loaded(PDType0Font.load(document, file), null);
    }

    /** The text with every character the font cannot show replaced by '?', so one odd character does not fail the document. */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String character = new String(Character.toChars(cp));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException missing) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
