package org.openoms.system;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One segment of a processor and who holds it, as the token store in {@code schema} says; Axon names an
 * owner {@code pid@host}, and an unclaimed segment has none.
 */
record SegmentClaim(String processor, int segment, String owner) {

    static List<SegmentClaim> in(JdbcTemplate jdbc, String schema, Collection<String> processors) {
        return jdbc.query("SELECT processor_name, segment, owner FROM " + schema + ".token_entry"
                        + " WHERE processor_name = ANY (?) ORDER BY processor_name, segment",
                (rs, row) -> new SegmentClaim(rs.getString(1), rs.getInt(2), rs.getString(3)),
                (Object) processors.toArray(String[]::new));
    }

    boolean heldBy(long pid) {
        return owner != null && owner.startsWith(pid + "@");
    }
}
