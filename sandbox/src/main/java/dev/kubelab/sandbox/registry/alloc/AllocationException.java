package dev.kubelab.sandbox.registry.alloc;

/** An allocator's refusal, with the Go error text (ErrNotInRange, ErrAllocated, ErrFull). */
public final class AllocationException extends Exception {
    public enum Reason { NOT_IN_RANGE, ALREADY_ALLOCATED, FULL }

    private final Reason reason;

    public AllocationException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public static AllocationException full() {
        return new AllocationException(Reason.FULL, "range is full");
    }

    public Reason reason() {
        return reason;
    }
}
