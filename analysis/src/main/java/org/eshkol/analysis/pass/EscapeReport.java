package org.eshkol.analysis.pass;

import java.util.EnumMap;
import java.util.Map;
import org.eshkol.analysis.pass.EscapeFacts.Escape;
import org.eshkol.analysis.pass.EscapeFacts.Line;
import org.eshkol.analysis.pass.EscapeFacts.Promotion;

/**
 * Renders {@link EscapeFacts} as the output of {@code eshkol analyze FILE}: one line per binding and
 * per allocation site in source order,
 * <pre>LINE:COL NAME escape=&lt;none|return|closure|global&gt; alloc=&lt;stack|region|caller-region|shared&gt;</pre>
 * then a summary line with the count of each category, the number of promotions the analysis could
 * not rule out, and one indented line for each with its position and reason.
 *
 * <p>NAME is the variable, or for an anonymous allocation (a builtin call, a record constructor
 * call, a lambda that is not directly bound) the name of the innermost enclosing named procedure,
 * {@value EscapeGraphBuilder#TOP_LEVEL} outside any. A procedure bound by a definition or a
 * {@code let} is listed as its binding only. The alloc column is the tier of the category: none is
 * {@code stack} for a binding that holds no allocation and {@code region} otherwise, return is
 * {@code caller-region}, closure and global are {@code shared}. (For a value returned from a
 * procedure the caller's region is the current region at run time, so
 * {@link EscapeFacts#allocationOf} answers {@code region} there; it answers {@code caller-region}
 * only for values returned from a with-region body.)
 */
public final class EscapeReport {
    private EscapeReport() {}

    public static String render(EscapeFacts facts) {
        StringBuilder out = new StringBuilder();
        Map<Escape, Integer> counts = new EnumMap<>(Escape.class);
        for (Escape e : Escape.values()) counts.put(e, 0);
        for (Line l : facts.lines()) {
            out.append(l.span().line()).append(':').append(l.span().column()).append(' ').append(l.name())
                    .append(" escape=").append(l.escape().label()).append(" alloc=").append(l.alloc().label()).append('\n');
            counts.merge(l.escape(), 1, Integer::sum);
        }
        out.append("summary:");
        for (Escape e : Escape.values()) out.append(' ').append(e.label()).append('=').append(counts.get(e));
        out.append('\n');
        out.append("promotions not ruled out: ").append(facts.promotions().size()).append('\n');
        for (Promotion p : facts.promotions()) {
            out.append("  ").append(p.span().line()).append(':').append(p.span().column()).append(' ').append(p.reason()).append('\n');
        }
        return out.toString();
    }
}
