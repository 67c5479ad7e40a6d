package vn.chinhdon.shared;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decoding of uploaded text files (CSV) whose encoding is not declared.
 *
 * <p>Rules, in order: a UTF-8 BOM is stripped and the rest decoded as UTF-8 (malformed sequences
 * become U+FFFD, which {@link LegacyVietnamese#looksGarbled(String)} reports); a UTF-16 LE or BE
 * BOM selects UTF-16; bytes that are valid UTF-8 are decoded as UTF-8; anything else is decoded as
 * Windows-1252. The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are
 * decoded to the C1 control with the same value instead of U+FFFD, so no byte is lost and
 * {@link LegacyVietnamese#repairUtf8Mojibake(String)} can still work on the result.
 *
 * <p>The result is the raw text: legacy TCVN3/VNI conversion is applied per cell by callers
 * through {@link LegacyVietnamese#detectAndConvert(String)}.
 */
public final class TextDecoding {

    private static final char[] WINDOWS_1252 = buildWindows1252Table();

    private TextDecoding() {
    }

    /**
     * Decodes uploaded bytes as described in the class documentation.
     *
     * @return the decoded text, {@code ""} for no bytes, {@code null} for {@code null}
     */
    public static String decode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, n - 3, StandardCharsets.UTF_8);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
        }
        if (isValidUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return decodeWindows1252(bytes);
    }

    /**
     * Whether {@code bytes} is well-formed UTF-8 (no overlong forms, no surrogates, nothing above
     * U+10FFFF, no truncated sequence). {@code null} is not valid; an empty array is.
     */
    public static boolean isValidUtf8(byte[] bytes) {
        if (bytes == null) {
            return false;
        }
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                if (b == 0xE0) {
                    lo = 0xA0;
                } else if (b == 0xED) {
                    hi = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                if (b == 0xF0) {
                    lo = 0x90;
                } else if (b == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return false;
            }
            if (i + need >= n) {
                return false;
            }
            int b1 = bytes[i + 1] & 0xFF;
            if (b1 < lo || b1 > hi) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                int c = bytes[i + k] & 0xFF;
                if (c < 0x80 || c > 0xBF) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }

    /** Windows-1252 decoding with undefined bytes mapped to the C1 control of the same value. */
    static String decodeWindows1252(byte[] bytes) {
        char[] out = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = WINDOWS_1252[bytes[i] & 0xFF];
        }
        return new String(out);
    }

    /**
     * The Windows-1252 byte of {@code c}, or -1 when {@code c} has none. C1 controls
     * (U+0080..U+009F, what ISO-8859-1 decoding produces) map to the byte of the same value.
     */
    static int windows1252Byte(char c) {
        if (c <= 0xFF) {
            return c;
        }
        for (int b = 0x80; b < 0xA0; b++) {
            if (WINDOWS_1252[b] == c) {
                return b;
            }
        }
        return -1;
    }

    private static char[] buildWindows1252Table() {
        Charset cs = Charset.forName("windows-1252");
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            String s = new String(new byte[] {(byte) b}, cs);
            char c = s.length() == 1 ? s.charAt(0) : '\uFFFD';
            table[b] = c == '\uFFFD' ? (char) b : c;
        }
        return table;
    }
}
