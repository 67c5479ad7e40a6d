package vn.chinhdon.organization;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * One atomic reorganization with an effective date and the founding decision's number. Operations
 * apply in the order given; any invalid operation rejects the whole restructuring with every problem
 * listed.
 */
public record RestructuringCommand(LocalDate effectiveDate, String decision, String description,
        List<Operation> operations) {

    /** One step of a restructuring. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Merge.class, name = "MERGE"),
            @JsonSubTypes.Type(value = Split.class, name = "SPLIT"),
            @JsonSubTypes.Type(value = Move.class, name = "MOVE"),
            @JsonSubTypes.Type(value = Rename.class, name = "RENAME"),
            @JsonSubTypes.Type(value = Dissolve.class, name = "DISSOLVE")})
    public sealed interface Operation permits Merge, Split, Move, Rename, Dissolve {
    }

    /**
     * Many into one. The target may be one of the sources, which then continues under the target's name,
     * kind and parent. {@code partialSources} are units of which only a part joins the target (they take
     * part in several merges); see docs/decisions/0004-partial-sources.md for where their members go.
     */
    public record Merge(List<String> sources, List<String> partialSources, Target target) implements Operation {
    }

    /**
     * One into many. The source ends (unless a target has its code, in which case it continues); its
     * members and active children go to {@code memberTarget} (default: the first target), marked for
     * confirmation so that a user can re-assign them.
     */
    public record Split(String source, List<Target> targets, String memberTarget) implements Operation {
    }

    public record Move(String unit, String newParentCode) implements Operation {
    }

    public record Rename(String unit, String name) implements Operation {
    }

    /** The unit ends; its active children and members go to the successor (required if it has any). */
    public record Dissolve(String unit, String successor) implements Operation {
    }

    /** A unit that an operation creates or continues. */
    public record Target(String code, String name, String kind, String parentCode) {
    }
}
