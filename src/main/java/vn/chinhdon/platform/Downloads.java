package vn.chinhdon.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file sent back as a download: its name (UTF-8, RFC 6266) and its type (octet-stream if unreadable). */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(String filename, String contentType, byte[] content) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(type).body(content);
    }
}
