package vn.chinhdon.organization.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.chinhdon.organization.RestructuringCommand;
import vn.chinhdon.organization.RestructuringCommand.Dissolve;
import vn.chinhdon.organization.RestructuringCommand.Merge;
import vn.chinhdon.organization.RestructuringCommand.Move;
import vn.chinhdon.organization.RestructuringCommand.Operation;
import vn.chinhdon.organization.RestructuringCommand.Rename;
import vn.chinhdon.organization.RestructuringCommand.Split;
import vn.chinhdon.organization.RestructuringCommand.Target;

/**
 * One row of the restructuring form, as typed: unit codes in comma-separated lists, the targets of a
 * split one per line ({@code code; name; kind; parentCode}). {@code unit} is the unit of a split, move,
 * rename or dissolution.
 */
public record OperationForm(String type, String sources, String partialSources, String targetCode, String targetName,
        String targetKind, String targetParentCode, String unit, String splitTargets, String memberTarget,
        String newParentCode, String name, String successor) {

    static OperationForm empty() {
        return new OperationForm(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    boolean blank() {
        return Stream.of(type, sources, partialSources, targetCode, targetName, targetKind, targetParentCode, unit,
                splitTargets, memberTarget, newParentCode, name, successor).allMatch(OperationForm::isBlank);
    }

    /** The operation, or null when no type was chosen (the facade reports it as an empty operation). */
    Operation toOperation() {
        String t = clean(type);
        if (t == null) {
            return null;
        }
        return switch (t) {
            case "MERGE" -> new Merge(codes(sources), codes(partialSources),
                    new Target(clean(targetCode), clean(targetName), clean(targetKind), clean(targetParentCode)));
            case "SPLIT" -> new Split(clean(unit), targets(splitTargets), clean(memberTarget));
            case "MOVE" -> new Move(clean(unit), clean(newParentCode));
            case "RENAME" -> new Rename(clean(unit), clean(name));
            case "DISSOLVE" -> new Dissolve(clean(unit), clean(successor));
            default -> null;
        };
    }

    /** The row showing an operation (of an uploaded JSON file). */
    static OperationForm of(Operation operation) {
        if (operation instanceof Merge m) {
            Target t = m.target() == null ? new Target(null, null, null, null) : m.target();
            return new OperationForm("MERGE", join(m.sources()), join(m.partialSources()), t.code(), t.name(), t.kind(),
                    t.parentCode(), null, null, null, null, null, null);
        }
        if (operation instanceof Split s) {
            String targets = s.targets() == null ? null : s.targets().stream()
                    .map(t -> t == null ? "" : Stream.of(t.code(), t.name(), t.kind(), t.parentCode())
                            .map(v -> v == null ? "" : v).collect(Collectors.joining("; ")))
                    .collect(Collectors.joining("\n"));
            return new OperationForm("SPLIT", null, null, null, null, null, null, s.source(), targets, s.memberTarget(),
                    null, null, null);
        }
        if (operation instanceof Move m) {
            return new OperationForm("MOVE", null, null, null, null, null, null, m.unit(), null, null, m.newParentCode(),
                    null, null);
        }
        if (operation instanceof Rename r) {
            return new OperationForm("RENAME", null, null, null, null, null, null, r.unit(), null, null, null, r.name(),
                    null);
        }
        if (operation instanceof Dissolve d) {
            return new OperationForm("DISSOLVE", null, null, null, null, null, null, d.unit(), null, null, null, null,
                    d.successor());
        }
        return empty();
    }

    static List<String> codes(String list) {
        if (isBlank(list)) {
            return List.of();
        }
        return Arrays.stream(list.trim().split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    static List<Target> targets(String lines) {
        List<Target> out = new ArrayList<>();
        if (isBlank(lines)) {
            return out;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("[;|]", -1);
            out.add(new Target(part(p, 0), part(p, 1), part(p, 2), part(p, 3)));
        }
        return out;
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? clean(parts[i]) : null;
    }

    private static String join(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(", ", codes);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String clean(String s) {
        return isBlank(s) ? null : s.trim();
    }

    /** Rows of the form as a command; trailing empty rows are left out. */
    static List<Operation> operations(List<OperationForm> rows) {
        List<OperationForm> list = new ArrayList<>(rows == null ? List.of() : rows);
        list.replaceAll(r -> r == null ? empty() : r);
        while (!list.isEmpty() && list.get(list.size() - 1).blank()) {
            list.remove(list.size() - 1);
        }
        return list.stream().map(OperationForm::toOperation).toList();
    }

    static List<OperationForm> rows(RestructuringCommand command) {
        return command.operations() == null ? new ArrayList<>()
                : new ArrayList<>(command.operations().stream().map(OperationForm::of).toList());
    }
}
