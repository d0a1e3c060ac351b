package org.mosaiccrm.platform.attachment;

import java.io.IOException;
import java.io.InputStream;

/** An attachment's file, open for reading; close it when done. */
public record AttachmentContent(Attachment attachment, InputStream stream) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
