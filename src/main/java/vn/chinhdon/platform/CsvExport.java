package vn.chinhdon.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list exported as CSV for spreadsheets: UTF-8 with a byte-order mark (so that Excel reads Vietnamese), CRLF
 * lines, cells quoted when needed and formulas neutralized.
 */
public final class CsvExport {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    /** A new file whose first line is the header (already comma-separated). */
    public CsvExport(String header) {
        text.append(header).append("\r\n");
    }

    /** Appends a line of cells. */
    public CsvExport row(List<String> cells) {
        text.append(String.join(",", cells.stream().map(CsvExport::cell).toList())).append("\r\n");
        return this;
    }

    /** The file as a download named {@code filename}. */
    public ResponseEntity<byte[]> download(String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One CSV cell: quoted when it holds a comma, a quote or a line break; formulas are neutralized. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches("(?s).*[,\"\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
