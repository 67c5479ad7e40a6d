package vn.chinhdon.organization.web;

import vn.chinhdon.platform.ProblemLine;

import java.util.List;

/**
 * The outcome of an uploaded file: {@code created} records saved, or the problems of every bad row
 * (nothing saved). {@code encodingKey} names the legacy encoding that was converted, if any.
 */
public record ImportResult(String fileName, boolean ok, int created, String encodingKey, List<ProblemLine> problems) {

    static ImportResult saved(String fileName, int created, String encodingKey) {
        return new ImportResult(fileName, true, created, encodingKey, List.of());
    }

    static ImportResult refused(String fileName, List<ProblemLine> problems) {
        return new ImportResult(fileName, false, 0, null, problems);
    }
}
