package org.eshkol.runtime.lib;

import org.eshkol.runtime.control.ContinuationLib;
import org.eshkol.runtime.control.ErrorObjectLib;
import org.eshkol.runtime.control.ExceptionLib;
import org.eshkol.runtime.control.ExitLib;
import org.eshkol.runtime.control.ParameterLib;
import org.eshkol.runtime.control.ProcedureLib;
import org.eshkol.runtime.control.PromiseLib;

/** The classes holding the {@code @Builtin} methods of this area; the engine registers each one. */
public final class ControlLibs {
    private ControlLibs() {}

    public static final Class<?>[] CLASSES = {
        ProcedureLib.class, ContinuationLib.class, ExceptionLib.class, ErrorObjectLib.class,
        ExitLib.class, ParameterLib.class, PromiseLib.class,
    };
}
