package vn.chinhdon.organization;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chinhdon.organization.RestructuringCommand.Dissolve;
import vn.chinhdon.organization.RestructuringCommand.Merge;
import vn.chinhdon.organization.RestructuringCommand.Operation;
import vn.chinhdon.organization.RestructuringCommand.Target;

/**
 * Reads the Vietnamese administrative tree of 1 March 2025 and the merge mapping of 1 July 2025 (the
 * format of {@code shared/data/vn-admin-units}) as party committees and one restructuring:
 *
 * <ul>
 * <li>codes: {@code T<province id>}, {@code H<district id>}, {@code X<commune id>}; a new commune whose id
 * is also the id of an old commune that is not among its sources gets {@code X<id>-2025} (codes are never
 * reused);</li>
 * <li>a new province continues the old province with its code; a new commune continues the old commune
 * with its code when that commune is among its sources, else it is a new unit;</li>
 * <li>"partial" old communes are partial sources (decision 0004); districts not used as a source are
 * dissolved into their new province.</li>
 * </ul>
 */
public final class AdministrativeReform {

    public static final String ROOT = "TW";
    public static final LocalDate TREE_DATE = LocalDate.of(2025, 3, 1);
    public static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);
    public static final String DECISION = "60-NQ/TW";

    private final List<UnitImportRow> units = new ArrayList<>();
    private final Map<String, String> provinceOfDistrict = new HashMap<>();
    private final Set<String> communes = new HashSet<>();
    private final Set<String> districts = new LinkedHashSet<>();
    private RestructuringCommand restructuring;

    private AdministrativeReform() {
    }

    public static AdministrativeReform read(InputStream unitsJson, InputStream mergesJson, boolean withRoot)
            throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        AdministrativeReform reform = new AdministrativeReform();
        reform.readUnits(json.readTree(unitsJson), withRoot);
        reform.readMerges(json.readTree(mergesJson));
        return reform;
    }

    public List<UnitImportRow> units() {
        return units;
    }

    public RestructuringCommand restructuring() {
        return restructuring;
    }

    static String partyName(String adminName) {
        String n = adminName.trim();
        return "Đảng bộ " + n.substring(0, 1).toLowerCase(new Locale("vi")) + n.substring(1);
    }

    private void readUnits(JsonNode root, boolean withRoot) {
        if (withRoot) {
            units.add(new UnitImportRow(ROOT, "Ban Chấp hành Trung ương Đảng", UnitKind.CENTRAL.name(), null, TREE_DATE));
        }
        for (JsonNode p : root.get("data")) {
            String province = "T" + p.get("level1_id").asString();
            units.add(new UnitImportRow(province, partyName(p.get("name").asString()), UnitKind.PROVINCIAL.name(), ROOT,
                    TREE_DATE));
            for (JsonNode d : p.get("level2s")) {
                String district = "H" + d.get("level2_id").asString();
                districts.add(district);
                provinceOfDistrict.put(district, province);
                units.add(new UnitImportRow(district, partyName(d.get("name").asString()),
                        UnitKind.DIRECTLY_UNDER.name(), province, TREE_DATE));
                for (JsonNode c : d.get("level3s")) {
                    String commune = "X" + c.get("level3_id").asString();
                    communes.add(commune);
                    units.add(new UnitImportRow(commune, partyName(c.get("name").asString()),
                            UnitKind.GRASSROOTS_COMMITTEE.name(), district, TREE_DATE));
                }
            }
        }
    }

    private void readMerges(JsonNode root) {
        List<Operation> provinces = new ArrayList<>();
        List<Operation> communeOps = new ArrayList<>();
        Map<String, String> newProvinceOf = new HashMap<>();
        Set<String> usedDistricts = new HashSet<>();
        for (JsonNode p : root.get("data")) {
            String province = "T" + p.get("level1_id").asString();
            List<String> sources = new ArrayList<>();
            for (JsonNode m : p.get("merges")) {
                String old = "T" + m.get("old_id").asString();
                sources.add(old);
                newProvinceOf.put(old, province);
            }
            provinces.add(new Merge(sources, List.of(),
                    new Target(province, partyName(p.get("name").asString()), UnitKind.PROVINCIAL.name(), ROOT)));
            for (JsonNode c : p.get("level2s")) {
                String id = c.get("level2_id").asString();
                List<String> full = new ArrayList<>();
                List<String> partial = new ArrayList<>();
                for (JsonNode m : c.get("merges")) {
                    String oldId = m.get("old_id").asString();
                    String old = communes.contains("X" + oldId) ? "X" + oldId : "H" + oldId;
                    if (old.startsWith("H")) {
                        usedDistricts.add(old);
                    }
                    ("partial".equals(m.get("type").asString()) ? partial : full).add(old);
                }
                String code = "X" + id;
                if (communes.contains(code) && !full.contains(code) && !partial.contains(code)) {
                    code = code + "-2025";
                }
                communeOps.add(new Merge(full, partial, new Target(code, partyName(c.get("name").asString()),
                        UnitKind.DIRECTLY_UNDER.name(), province)));
            }
        }
        List<Operation> ops = new ArrayList<>(provinces);
        ops.addAll(communeOps);
        for (String district : districts) {
            if (!usedDistricts.contains(district)) {
                ops.add(new Dissolve(district, newProvinceOf.get(provinceOfDistrict.get(district))));
            }
        }
        restructuring = new RestructuringCommand(EFFECTIVE, DECISION,
                "Sắp xếp tổ chức đảng theo đơn vị hành chính hai cấp (63 → 34 tỉnh, thành phố; 10.047 → 3.321 xã, phường, đặc khu; kết thúc cấp huyện)",
                ops);
    }
}
