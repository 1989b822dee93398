package org.eshkol.runtime;

/**
 * The dynamic environment of one thread: the installed exception handlers, the {@code dynamic-wind}
 * list and the parameter bindings. Each is an immutable linked list, so saving and restoring is one
 * field write.
 */
public final class DynamicState {
    private static final ThreadLocal<DynamicState> CURRENT = ThreadLocal.withInitial(DynamicState::new);

    /** The innermost installed exception handler first. */
    public HandlerFrame handlers;

    /** The innermost parameter binding first (set by {@code parameterize}). */
    public ParamBinding params;

    /**
     * The active {@code dynamic-wind} frames, innermost first: pushed after a {@code before} thunk
     * returns, popped before its {@code after} thunk runs.
     */
    public WindFrame winds;

    /** The innermost open region on this thread, or null when allocations go to the heap. */
    public org.eshkol.runtime.region.Region region;

    /** How regions opened on this thread get memory and what they may use; the engine installs one. */
    public org.eshkol.runtime.region.RegionPolicy regionPolicy = org.eshkol.runtime.region.RegionPolicy.DEFAULT;

    /** What builtins that reach outside the script may do (files, sockets, environment, exit); the engine installs one. */
    public org.eshkol.runtime.policy.Policy policy = org.eshkol.runtime.policy.Policy.TRUSTED;

    /** Where reports of resources created on this thread and dropped unclosed go; null for the global listener. */
    public java.util.function.Consumer<String> leakReports;

    /** The store check's walker and what it knows is clean while this thread's regions are open (region package). */
    public org.eshkol.runtime.region.StoreWalker storeWalker;

    /** This thread's region counts (region package), made when it opens its first region. */
    public org.eshkol.runtime.region.ThreadRegions regions;

    /** Engine evaluations running on this thread, outermost included (see EvaluationScope). */
    public int evaluations;

    /** Where the compiler placed the next arena allocation on this thread (see region.AllocationSite); 0: the current region. */
    public int nextAllocation;

    public static DynamicState current() { return CURRENT.get(); }

    /** One {@code parameterize} binding; {@code value} is mutable so the parameter can be set inside. */
    public static final class ParamBinding {
        public final Parameter parameter;
        public Object value;
        public final ParamBinding next;

        public ParamBinding(Parameter parameter, Object value, ParamBinding next) {
            this.parameter = parameter;
            this.value = value;
            this.next = next;
        }
    }

    /** One installed exception handler. */
    public record HandlerFrame(Procedure handler, HandlerFrame next) {}

    /** One active {@code dynamic-wind}: its {@code before} and {@code after} thunks. */
    public record WindFrame(Procedure before, Procedure after, WindFrame next) {}
}
