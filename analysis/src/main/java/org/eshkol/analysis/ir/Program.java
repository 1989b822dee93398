package org.eshkol.analysis.ir;

import java.util.List;
import org.eshkol.analysis.source.SourceFile;

/** An expanded script: its top-level forms, in order, each evaluated once. */
public record Program(SourceFile file, List<Core> forms) {
    public Program { forms = List.copyOf(forms); }
}
