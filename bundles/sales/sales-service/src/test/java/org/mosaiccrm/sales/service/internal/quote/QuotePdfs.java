package org.mosaiccrm.sales.service.internal.quote;

import java.lang.annotation.Annotation;

/** The quote document maker as the component is configured, for tests outside its package. */
public final class QuotePdfs {

    private QuotePdfs() {
    }

    /** With that font file; empty: a known Chinese font found on the machine, as by default. */
    public static QuotePdf withFont(String fontFile) {
        QuotePdf pdf = new QuotePdf();
        pdf.configure(new QuotePdf.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return QuotePdf.Config.class;
            }

            @Override
            public String fontFile() {
                return fontFile;
            }
        });
        return pdf;
    }
}
