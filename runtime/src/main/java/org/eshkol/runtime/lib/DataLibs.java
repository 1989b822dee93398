package org.eshkol.runtime.lib;

import org.eshkol.runtime.data.BytevectorLib;
import org.eshkol.runtime.data.CharCompareLib;
import org.eshkol.runtime.data.CharLib;
import org.eshkol.runtime.data.CxrLib;
import org.eshkol.runtime.data.EquivalenceLib;
import org.eshkol.runtime.data.F64vectorLib;
import org.eshkol.runtime.data.FoldLib;
import org.eshkol.runtime.data.HashTableLib;
import org.eshkol.runtime.data.ListLib;
import org.eshkol.runtime.data.ListSliceLib;
import org.eshkol.runtime.data.MapLib;
import org.eshkol.runtime.data.MemberLib;
import org.eshkol.runtime.data.PairLib;
import org.eshkol.runtime.data.ProvenStores;
import org.eshkol.runtime.data.RecordLib;
import org.eshkol.runtime.data.SortLib;
import org.eshkol.runtime.data.StringCompareLib;
import org.eshkol.runtime.data.StringLib;
import org.eshkol.runtime.data.StringSearchLib;
import org.eshkol.runtime.data.StringSplitLib;
import org.eshkol.runtime.data.SymbolLib;
import org.eshkol.runtime.data.VectorLib;

/** The classes holding the {@code @Builtin} methods of this area; the engine registers each one. */
public final class DataLibs {
    private DataLibs() {}

    public static final Class<?>[] CLASSES = {
        EquivalenceLib.class, F64vectorLib.class, ProvenStores.class, PairLib.class, CxrLib.class, ListLib.class, ListSliceLib.class, MemberLib.class,
        MapLib.class, FoldLib.class, SortLib.class, SymbolLib.class, CharLib.class, CharCompareLib.class,
        StringLib.class, StringCompareLib.class, StringSearchLib.class, StringSplitLib.class, VectorLib.class,
        BytevectorLib.class, HashTableLib.class, RecordLib.class,
    };
}
