package csp.enrollment.verification.directory;

import csp.enrollment.verification.web.InvalidRequestException;
import csp.enrollment.verification.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Operators keep the partner-network directory: which MPN IDs are active, for which
 * country.
 */
@RestController
@Tag(name = "Partner-network directory", description = "MPN memberships the verification checks; kept by operators")
@RequestMapping(path = "/api/partner-network/memberships", produces = MediaType.APPLICATION_JSON_VALUE)
class MembershipController {

    private final MongoPartnerNetworkDirectory directory;

    private final Clock clock;

    MembershipController(MongoPartnerNetworkDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** Creates (201) or replaces (200) the membership of {@code mpnId}. */
    @Operation(summary = "Create or replace an MPN membership")
    @ApiResponses({ @ApiResponse(responseCode = "201", description = "Created"),
            @ApiResponse(responseCode = "200", description = "Replaced"),
            @ApiResponse(responseCode = "400",
                    description = "Invalid MPN ID, status or country code (problem+json listing every field)") })
    @PutMapping(path = "/{mpnId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MembershipView> put(@PathVariable String mpnId, @RequestBody MembershipRequest request) {
        InvalidRequestException.throwIfAny(request.validate(mpnId));
        Membership membership = new Membership(mpnId, MembershipStatus.valueOf(request.status()), request.countryCode(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        boolean created = directory.put(membership);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(MembershipView.of(membership));
    }

    @Operation(summary = "Read an MPN membership")
    @ApiResponse(responseCode = "404", description = "The MPN ID is not in the directory")
    @GetMapping("/{mpnId}")
    MembershipView get(@PathVariable String mpnId) {
        return directory.find(mpnId)
            .map(MembershipView::of)
            .orElseThrow(() -> new NotFoundException("MPN ID " + mpnId + " is not in the partner-network directory."));
    }

}
