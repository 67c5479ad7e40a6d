package vn.chinhdon.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final String CSV = "Họ và tên;Quê quán\nNguyễn Thị Hồng Nhung;Thừa Thiên Huế\n";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void stripsUtf8Bom() {
        byte[] withBom = concat(bytes(0xEF, 0xBB, 0xBF), CSV.getBytes(StandardCharsets.UTF_8));
        String decoded = TextDecoding.decode(withBom);
        assertThat(decoded).isEqualTo(CSV);
        assertThat(decoded.charAt(0)).isEqualTo('H');
    }

    @Test
    void honoursUtf16LittleAndBigEndianBoms() {
        byte[] le = concat(bytes(0xFF, 0xFE), CSV.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(bytes(0xFE, 0xFF), CSV.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoding.decode(le)).isEqualTo(CSV);
        assertThat(TextDecoding.decode(be)).isEqualTo(CSV);
    }

    @Test
    void decodesValidUtf8WithoutBom() {
        assertThat(TextDecoding.decode(CSV.getBytes(StandardCharsets.UTF_8))).isEqualTo(CSV);
        assertThat(TextDecoding.decode("plain ascii,1,2".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("plain ascii,1,2");
    }

    @Test
    void fallsBackToWindows1252() {
        byte[] cp1252 = "José Müller;Café – 5 €".getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoding.isValidUtf8(cp1252)).isFalse();
        assertThat(TextDecoding.decode(cp1252)).isEqualTo("José Müller;Café – 5 €");
    }

    @Test
    void undefinedWindows1252BytesBecomeC1ControlsNotReplacementCharacters() {
        // 0xC0 makes the input invalid UTF-8; 0x81 and 0x90 are undefined in Windows-1252
        String decoded = TextDecoding.decode(bytes(0xC0, 0x81, 'a', 0x90));
        assertThat(decoded).isEqualTo("\u00C0\u0081a\u0090").doesNotContain("\uFFFD");
        assertThat(LegacyVietnamese.looksGarbled(decoded)).isTrue();
    }

    @Test
    void legacyVietnameseBytesDecodeToTheirWindows1252Glyphs() {
        // "Đảng Việt" typed in a TCVN3 font, then in a VNI font
        byte[] tcvn3 = bytes(0xA7, 0xB6, 'n', 'g', ' ', 'V', 'i', 0xD6, 't');
        byte[] vni = bytes(0xD1, 'a', 0xFB, 'n', 'g', ' ', 'V', 'i', 'e', 0xE4, 't');
        assertThat(TextDecoding.decode(tcvn3)).isEqualTo("§¶ng ViÖt");
        assertThat(TextDecoding.decode(vni)).isEqualTo("Ñaûng Vieät");
        assertThat(LegacyVietnamese.detectAndConvert(TextDecoding.decode(tcvn3)).text()).isEqualTo("Đảng Việt");
        assertThat(LegacyVietnamese.detectAndConvert(TextDecoding.decode(vni)).text()).isEqualTo("Đảng Việt");
    }

    @Test
    void utf8BomWithBrokenContentKeepsReplacementCharacters() {
        String decoded = TextDecoding.decode(bytes(0xEF, 0xBB, 0xBF, 'a', 0xFF, 'b'));
        assertThat(decoded).isEqualTo("a\uFFFDb");
        assertThat(LegacyVietnamese.looksGarbled(decoded)).isTrue();
    }

    @Test
    void emptyAndNullInput() {
        assertThat(TextDecoding.decode(new byte[0])).isEmpty();
        assertThat(TextDecoding.decode(bytes(0xEF, 0xBB, 0xBF))).isEmpty();
        assertThat(TextDecoding.decode(null)).isNull();
        assertThat(TextDecoding.isValidUtf8(new byte[0])).isTrue();
        assertThat(TextDecoding.isValidUtf8(null)).isFalse();
    }

    @Test
    void isValidUtf8AcceptsWellFormedSequences() {
        assertThat(TextDecoding.isValidUtf8(CSV.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(TextDecoding.isValidUtf8("😀 ₫ đ".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(TextDecoding.isValidUtf8(bytes(0xF4, 0x8F, 0xBF, 0xBF))).isTrue(); // U+10FFFF
        assertThat(TextDecoding.isValidUtf8(bytes(0xEE, 0x80, 0x80))).isTrue(); // U+E000
    }

    @Test
    void isValidUtf8RejectsMalformedSequences() {
        assertThat(TextDecoding.isValidUtf8(bytes(0xC0, 0xAF))).as("overlong /").isFalse();
        assertThat(TextDecoding.isValidUtf8(bytes(0xE0, 0x80, 0xAF))).as("overlong 3 bytes").isFalse();
        assertThat(TextDecoding.isValidUtf8(bytes(0xF0, 0x80, 0x80, 0xAF))).as("overlong 4 bytes").isFalse();
        assertThat(TextDecoding.isValidUtf8(bytes(0xED, 0xA0, 0x80))).as("surrogate").isFalse();
        assertThat(TextDecoding.isValidUtf8(bytes(0xF4, 0x90, 0x80, 0x80))).as("above U+10FFFF").isFalse();
        assertThat(TextDecoding.isValidUtf8(bytes(0xE1, 0xBA))).as("truncated").isFalse();
        assertThat(TextDecoding.isValidUtf8(bytes('a', 0x80))).as("lone continuation").isFalse();
        assertThat(TextDecoding.isValidUtf8(bytes(0xC3, 'a'))).as("missing continuation").isFalse();
        assertThat(TextDecoding.isValidUtf8(bytes(0xF5, 0x80, 0x80, 0x80))).as("invalid lead").isFalse();
        assertThat(TextDecoding.isValidUtf8(bytes(0xFF))).isFalse();
    }

    @Test
    void windows1252ByteIsTheInverseOfDecoding() {
        for (int b = 0; b < 256; b++) {
            String s = TextDecoding.decodeWindows1252(bytes(b));
            assertThat(s).hasSize(1);
            assertThat(TextDecoding.windows1252Byte(s.charAt(0))).isEqualTo(b);
        }
        assertThat(TextDecoding.windows1252Byte('€')).isEqualTo(0x80);
        assertThat(TextDecoding.windows1252Byte('ư')).isEqualTo(-1);
    }
}
