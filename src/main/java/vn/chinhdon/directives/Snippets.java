package vn.chinhdon.directives;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chinhdon.shared.VietnameseText;

/**
 * Snippets of the original text around the words of a query, the words wrapped in {@code <mark>}. Matching
 * is done on a character-by-character folding (same length as the text), so the marks land on the
 * original, accented characters.
 */
final class Snippets {

    private Snippets() {
    }

    static String foldSameLength(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                out.append('d');
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            out.append(base.length() == 1 ? base.charAt(0) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    static String snippet(String text, String query, int width) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String original = VietnameseText.nfc(text);
        String folded = foldSameLength(original);
        List<String> words = new ArrayList<>();
        for (String w : VietnameseText.fold(query == null ? "" : query).split("\\s+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        int first = -1;
        for (String w : words) {
            int at = indexOfWord(folded, w, 0);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int start = Math.max(0, first < 0 ? 0 : first - width / 3);
        int end = Math.min(original.length(), start + width);
        if (start > 0) {
            int space = original.indexOf(' ', start);
            start = space > 0 && space < start + 20 ? space + 1 : start;
        }
        boolean[] marked = new boolean[end - start];
        for (String w : words) {
            int at = indexOfWord(folded, w, start);
            while (at >= 0 && at < end) {
                for (int i = at; i < Math.min(end, at + w.length()); i++) {
                    marked[i - start] = true;
                }
                at = indexOfWord(folded, w, at + w.length());
            }
        }
        StringBuilder html = new StringBuilder(start > 0 ? "… " : "");
        boolean open = false;
        for (int i = start; i < end; i++) {
            boolean m = marked[i - start];
            if (m && !open) {
                html.append("<mark>");
                open = true;
            } else if (!m && open) {
                html.append("</mark>");
                open = false;
            }
            escape(html, original.charAt(i));
        }
        if (open) {
            html.append("</mark>");
        }
        if (end < original.length()) {
            html.append(" …");
        }
        return html.toString();
    }

    /** Start of the word in the folded text (at a word start), or -1. */
    private static int indexOfWord(String folded, String word, int from) {
        int at = folded.indexOf(word, from);
        while (at > 0 && Character.isLetterOrDigit(folded.charAt(at - 1))) {
            at = folded.indexOf(word, at + 1);
        }
        return at;
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\n', '\r' -> out.append(' ');
            default -> out.append(c);
        }
    }
}
