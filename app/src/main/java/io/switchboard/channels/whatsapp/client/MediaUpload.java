package io.switchboard.channels.whatsapp.client;

import java.nio.file.Path;
import java.util.Objects;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * A file to upload. The MIME type must match the content (a mismatch is the usual cause of 131053);
 * Meta's size limits are in reference §14 (image 5 MB, audio and video 16 MB, documents 100 MB).
 */
public record MediaUpload(String filename, String mimeType, Resource content) {
    public MediaUpload {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(content, "content");
    }

    /** Streams the file from disk when sent, so large documents are never held in memory. */
    public static MediaUpload of(Path file, String mimeType) {
        return new MediaUpload(file.getFileName().toString(), mimeType, new FileSystemResource(file));
    }

    public static MediaUpload of(String filename, String mimeType, byte[] content) {
        return new MediaUpload(filename, mimeType, new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                // Without a filename Spring writes the part as a plain form field, not as a file.
                return filename;
            }
        });
    }
}
