package org.eshkol.analysis.ir;

import java.util.List;
import java.util.Objects;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.source.Span;

/**
 * The core IR: what the expander lowers every program to, and what every pass and the code
 * generator consume. Names are resolved: a lexical variable is a {@link LocalVar} (by identity), a
 * global is a name. Nodes are immutable; passes record facts in side tables keyed by node identity.
 *
 * <p>Switches over {@code Core} have no {@code default}, so adding a node makes the compiler list
 * every pass that must handle it.
 */
public sealed interface Core {
    Span span();

    /** A quoted constant (self-evaluating data or {@code quote}). */
    record Const(Span span, Datum value) implements Core {
        public Const { Objects.requireNonNull(value); }
    }

    /** The unspecified value (for example of a one-armed {@code if} whose test fails). */
    record Unspecified(Span span) implements Core {}

    record LocalRef(Span span, LocalVar var) implements Core {}

    /** A reference to a global variable by name; an error at run time when unbound. */
    record GlobalRef(Span span, String name) implements Core {}

    /**
     * A reference to a runtime builtin by its name, immune to user definitions of the same name.
     * Expansions of derived forms use it (for example {@code guard} refers to the builtin
     * {@code with-exception-handler} even when the script defines its own).
     */
    record PrimRef(Span span, String name) implements Core {}

    record LocalSet(Span span, LocalVar var, Core value) implements Core {}

    /** {@code set!} of a global: an error at run time when the global is unbound. */
    record GlobalSet(Span span, String name, Core value) implements Core {}

    /** A top-level {@code define}: binds or rebinds the global. */
    record GlobalDefine(Span span, String name, Core value) implements Core {}

    record If(Span span, Core test, Core then, Core otherwise) implements Core {}

    /**
     * A procedure. {@code rest} is null when it takes exactly {@code params.size()} arguments;
     * otherwise the extra arguments are passed as a list bound to {@code rest}. {@code name} is the
     * name it was defined under (for backtraces), or null.
     */
    record Lambda(Span span, String name, List<LocalVar> params, LocalVar rest, Core body) implements Core {
        public Lambda { params = List.copyOf(params); Objects.requireNonNull(body); }

        public int requiredCount() { return params.size(); }

        public boolean hasRest() { return rest != null; }
    }

    /** {@code case-lambda}: the first clause whose arity accepts the arguments runs. */
    record CaseLambda(Span span, String name, List<Lambda> clauses) implements Core {
        public CaseLambda { clauses = List.copyOf(clauses); }
    }

    /** A procedure call. Whether it is in tail position is a fact computed by a pass. */
    record Call(Span span, Core fn, List<Core> args) implements Core {
        public Call { args = List.copyOf(args); }
    }

    /** Evaluates each expression in order; the value is the last one's. Never empty. */
    record Seq(Span span, List<Core> body) implements Core {
        public Seq {
            body = List.copyOf(body);
            if (body.isEmpty()) throw new IllegalArgumentException("empty sequence");
        }
    }

    /** Parallel {@code let}: inits are evaluated outside the scope of {@code vars}. */
    record Let(Span span, List<LocalVar> vars, List<Core> inits, Core body) implements Core {
        public Let {
            vars = List.copyOf(vars);
            inits = List.copyOf(inits);
            if (vars.size() != inits.size()) throw new IllegalArgumentException("vars/inits mismatch");
        }
    }

    /**
     * {@code letrec*}: the vars are in scope in every init, and inits are evaluated and assigned left
     * to right. Internal defines and named {@code let} lower to this.
     */
    record Letrec(Span span, List<LocalVar> vars, List<Core> inits, Core body) implements Core {
        public Letrec {
            vars = List.copyOf(vars);
            inits = List.copyOf(inits);
            if (vars.size() != inits.size()) throw new IllegalArgumentException("vars/inits mismatch");
        }
    }

    // ---- ownership forms (Tier 3); codegen gives owned, move and borrow no run-time cost ----

    /** {@code (owned expr)}: the value of {@code expr}, which the binding receiving it must consume. */
    record Owned(Span span, Core value) implements Core {
        public Owned { Objects.requireNonNull(value); }
    }

    /** {@code (move v)}: the value of variable {@code v}, whose ownership passes to the receiver. */
    record Move(Span span, Core target) implements Core {
        public Move { requireVariable(target); }
    }

    /** {@code (consume v)}: ends the ownership of {@code v} and closes it if it is a resource; unspecified. */
    record Consume(Span span, Core target) implements Core {
        public Consume { requireVariable(target); }
    }

    /** {@code (borrow v body ...)}: {@code body} with read-only access to {@code v}, which may not move meanwhile. */
    record Borrow(Span span, Core target, Core body) implements Core {
        public Borrow { requireVariable(target); Objects.requireNonNull(body); }
    }

    /** The operand of {@code move}, {@code consume} and {@code borrow} is a variable reference. */
    private static void requireVariable(Core target) {
        if (!(target instanceof LocalRef || target instanceof GlobalRef)) {
            throw new IllegalArgumentException("ownership operand must be a variable: " + target);
        }
    }
}
