package org.eshkol.runtime.lib;

import org.eshkol.runtime.io.FileLib;
import org.eshkol.runtime.io.FormatLib;
import org.eshkol.runtime.io.InputLib;
import org.eshkol.runtime.io.OutputLib;
import org.eshkol.runtime.io.PortLib;
import org.eshkol.runtime.io.RedirectLib;
import org.eshkol.runtime.io.SystemLib;

/** The classes holding the {@code @Builtin} methods of this area; the engine registers each one. */
public final class IoLibs {
    private IoLibs() {}

    public static final Class<?>[] CLASSES = {
        PortLib.class, OutputLib.class, InputLib.class, FileLib.class, RedirectLib.class, FormatLib.class,
        SystemLib.class, org.eshkol.runtime.io.StandardPorts.class,
    };
}
