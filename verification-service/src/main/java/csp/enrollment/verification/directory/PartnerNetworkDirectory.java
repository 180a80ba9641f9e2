package csp.enrollment.verification.directory;

import java.util.Optional;

/**
 * The Microsoft Partner Network directory: the port the verification asks. This service
 * ships a directory kept by operators in its own database; a client of a real directory
 * service can replace it.
 */
public interface PartnerNetworkDirectory {

    /**
     * The membership of {@code mpnId}, or empty when the directory does not know the ID.
     */
    Optional<Membership> find(String mpnId);

}
