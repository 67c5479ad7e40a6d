package vn.chinhdon.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.chinhdon.shared.TextDecoding;
import vn.chinhdon.shared.VietnameseText;

/** The text of an uploaded document (DOCX, PDF or plain text), in NFC; null if the format has no text. */
public final class TextExtraction {

    /** Above this size a file is refused (bytes). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private TextExtraction() {
    }

    public static String extract(String filename, byte[] bytes) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".docx")) {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                    return VietnameseText.nfc(extractor.getText());
                }
            }
            if (name.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    return VietnameseText.nfc(new PDFTextStripper().getText(pdf));
                }
            }
            if (name.endsWith(".txt") || name.endsWith(".md")) {
                return VietnameseText.nfc(TextDecoding.decode(bytes));
            }
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of("file", "error.attachment.unreadable", filename);
        }
        return null;
    }
}
