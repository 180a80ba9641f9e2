package csp.enrollment.work;

import java.util.List;

/**
 * Work reserved by {@link WorkQueue#reserve}, to be {@linkplain WorkQueue#start started}
 * once its documents are stored.
 */
public final class Reservation {

    private final WorkKind kind;

    private final List<Lease> leases;

    Reservation(WorkKind kind, List<Lease> leases) {
        this.kind = kind;
        this.leases = List.copyOf(leases);
    }

    public WorkKind kind() {
        return kind;
    }

    /** The refs this instance reserved (those that had no ticket yet). */
    public List<String> refs() {
        return leases.stream().map(Lease::ref).toList();
    }

    public boolean isEmpty() {
        return leases.isEmpty();
    }

    List<Lease> leases() {
        return leases;
    }

}
