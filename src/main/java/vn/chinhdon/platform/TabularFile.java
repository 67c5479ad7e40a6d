package vn.chinhdon.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chinhdon.shared.LegacyVietnamese;
import vn.chinhdon.shared.TextDecoding;
import vn.chinhdon.shared.VietnameseText;

/**
 * An uploaded table (CSV or XLSX): a header row, then data rows. Header names are matched folded
 * (no diacritics, no case, no spaces), so "Họ và tên", "ho va ten" and "HoVaTen" are the same column.
 * Row numbers are as the user sees them in a spreadsheet: the header is row 1.
 */
public final class TabularFile {

    private final List<String> headers;
    private final List<Map<String, String>> rows;
    private final LegacyVietnamese.Encoding encoding;

    private TabularFile(List<String> headers, List<Map<String, String>> rows, LegacyVietnamese.Encoding encoding) {
        this.headers = headers;
        this.rows = rows;
        this.encoding = encoding;
    }

    /**
     * How the file's Vietnamese was typed: UNICODE, or TCVN3 / VNI (legacy fonts of old office files),
     * detected over the whole file and converted cell by cell.
     */
    public LegacyVietnamese.Encoding encoding() {
        return encoding;
    }

    public List<String> headers() {
        return headers;
    }

    /** Data rows, each keyed by folded header; values are raw cell text (trimmed, not yet NFC). */
    public List<Map<String, String>> rows() {
        return rows;
    }

    public static String key(String header) {
        String f = VietnameseText.fold(header == null ? "" : header);
        return f == null ? "" : f.replaceAll("[^a-z0-9]", "");
    }

    public static TabularFile read(String filename, byte[] bytes) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        if (name.endsWith(".xlsx") || zip) {
            return readXlsx(bytes);
        }
        if (name.endsWith(".xls")) {
            throw ValidationException.of("file", "error.import.xlsOld");
        }
        return readCsv(TextDecoding.decode(bytes));
    }

    static TabularFile readXlsx(byte[] bytes) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(cellText(row.getCell(c), formatter));
                    }
                }
                table.add(cells);
            }
            return fromTable(table);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw ValidationException.of("file", "error.import.unreadable");
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate d = cell.getDateCellValue().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
            return d.toString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }

    static TabularFile readCsv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n');
        String first = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char delimiter = count(first, ';') > count(first, ',') ? ';' : count(first, '\t') > count(first, ',') ? '\t' : ',';
        List<List<String>> table = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                table.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            table.add(row);
        }
        return fromTable(table);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static TabularFile fromTable(List<List<String>> table) {
        if (table.isEmpty() || table.get(0).stream().allMatch(String::isBlank)) {
            throw ValidationException.of("file", "error.import.noHeader");
        }
        StringBuilder all = new StringBuilder();
        table.forEach(r -> r.forEach(c -> all.append(c).append(' ')));
        LegacyVietnamese.Encoding encoding = LegacyVietnamese.detectAndConvert(all.toString()).encoding();
        if (encoding != LegacyVietnamese.Encoding.UNICODE) {
            table = table.stream().map(r -> r.stream().map(c -> LegacyVietnamese.convert(c, encoding)).toList()).toList();
        }
        List<String> headers = table.get(0).stream().map(String::trim).toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String h : headers) {
            if (!key(h).isEmpty() && !seen.add(key(h))) {
                throw ValidationException.of("file", "error.import.duplicateColumn", h);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                // blank lines keep their number but carry no data
                rows.add(null);
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                if (!key(headers.get(c)).isEmpty()) { // a column without a name carries nothing we read
                    row.put(key(headers.get(c)), c < cells.size() ? cells.get(c).trim() : "");
                }
            }
            rows.add(row);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1) == null) {
            rows.remove(rows.size() - 1);
        }
        return new TabularFile(headers, rows, encoding);
    }

    /** The value of the first matching column (aliases are header names in any form). */
    public static String value(Map<String, String> row, String... aliases) {
        if (row == null) {
            return null;
        }
        for (String alias : aliases) {
            String v = row.get(key(alias));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Dates as typed in Vietnamese offices: dd/MM/yyyy (also d/M/yyyy, dd-MM-yyyy) or ISO yyyy-MM-dd. */
    public static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        try {
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = t.split("-");
                return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            }
            if (t.matches("\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}")) {
                String[] p = t.split("[/.\\-]");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(t);
        }
        throw new IllegalArgumentException(t);
    }
}
