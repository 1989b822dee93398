package org.eshkol.runtime.data;

import java.util.Arrays;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.Unspecified;

/**
 * The procedures {@code define-record-type} defines: constructor, predicate, accessor and modifier.
 * Each has a name for messages: the defined name when the expander passes it, otherwise a made-up
 * one ({@code x accessor}). A wrong argument gives {@code point-x: expected a <point>, got 5}.
 */
final class RecordProcedures {
    private RecordProcedures() {}

    /** Fills the given fields from its arguments, in order; other fields start as #f. */
    static final class Constructor extends Procedure {
        private final RecordType type;
        private final int[] slots;
        private final String name;

        Constructor(RecordType type, int[] slots, String name) {
            this.type = type;
            this.slots = slots;
            this.name = name;
        }

        @Override
        public String name() { return name; }

        @Override
        public Object applyN(Object[] args) {
            if (args.length != slots.length) throw Errors.arity(name, String.valueOf(slots.length), args.length);
            Object[] values = new Object[type.fieldCount()];
            Arrays.fill(values, Boolean.FALSE);
            for (int i = 0; i < slots.length; i++) values[slots[i]] = args[i];
            return new Record(type, values);
        }
    }

    static final class Predicate extends Procedure {
        private final RecordType type;
        private final String name;

        Predicate(RecordType type, String name) {
            this.type = type;
            this.name = name;
        }

        @Override
        public String name() { return name; }

        @Override
        public Object apply1(Object x) { return x instanceof Record r && r.type == type; }

        @Override
        public Object applyN(Object[] args) {
            if (args.length != 1) throw Errors.arity(name, "1", args.length);
            return apply1(args[0]);
        }
    }

    static final class Accessor extends Procedure {
        private final RecordType type;
        private final int slot;
        private final String name;

        Accessor(RecordType type, int slot, String name) {
            this.type = type;
            this.slot = slot;
            this.name = name;
        }

        @Override
        public String name() { return name; }

        @Override
        public Object apply1(Object x) {
            if (x instanceof Record r && r.type == type) return r.fields[slot];
            throw notInstance(name, type, x);
        }

        @Override
        public Object applyN(Object[] args) {
            if (args.length != 1) throw Errors.arity(name, "1", args.length);
            return apply1(args[0]);
        }
    }

    static final class Modifier extends Procedure {
        private final RecordType type;
        private final int slot;
        private final String name;

        Modifier(RecordType type, int slot, String name) {
            this.type = type;
            this.slot = slot;
            this.name = name;
        }

        @Override
        public String name() { return name; }

        @Override
        public Object apply2(Object x, Object v) {
            if (!(x instanceof Record r) || r.type != type) throw notInstance(name, type, x);
            org.eshkol.runtime.StoreHooks.storing(r, r.fields[slot], v);
            r.fields[slot] = v;
            return Unspecified.VALUE;
        }

        /** The store without the region promotion walk (shared values are still counted): see {@link ProvenStores}. */
        Object setProven(Object x, Object v) {
            if (!(x instanceof Record r) || r.type != type) throw notInstance(name, type, x);
            org.eshkol.runtime.StoreHooks.storingProven(r, r.fields[slot], v);
            r.fields[slot] = v;
            return Unspecified.VALUE;
        }

        @Override
        public Object applyN(Object[] args) {
            if (args.length != 2) throw Errors.arity(name, "2", args.length);
            return apply2(args[0], args[1]);
        }
    }

    static SchemeError notInstance(String who, RecordType type, Object x) {
        return Errors.wrongType(who, "a " + type.name().name(), x);
    }
}
