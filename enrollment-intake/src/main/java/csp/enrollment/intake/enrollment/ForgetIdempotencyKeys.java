package csp.enrollment.intake.enrollment;

import csp.enrollment.work.PendingWork;
import csp.enrollment.work.WorkHandler;
import csp.enrollment.work.WorkKind;
import csp.enrollment.work.WorkResults;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency keys once {@code intake.idempotency.key-retention} has passed: what
 * a {@value #KIND_NAME} timer, set when the application was accepted or rejected, stands
 * for. Its ref names what to forget: {@code enrollment:<id>} loses its key (the
 * enrollment itself stays), {@code rejection:<id>} the remembered rejection. Both are
 * single idempotent writes.
 */
@Component
class ForgetIdempotencyKeys implements WorkHandler {

    static final String KIND_NAME = "forget-idempotency-key";
    static final WorkKind KIND = new WorkKind(KIND_NAME);

    private static final String ENROLLMENT = "enrollment:";

    private static final String REJECTION = "rejection:";

    private static final Logger log = LoggerFactory.getLogger(ForgetIdempotencyKeys.class);

    private final Enrollments enrollments;

    private final RejectedApplications rejections;

    ForgetIdempotencyKeys(Enrollments enrollments, RejectedApplications rejections) {
        this.enrollments = enrollments;
        this.rejections = rejections;
    }

    static String refOfEnrollment(String enrollmentId) {
        return ENROLLMENT + enrollmentId;
    }

    static String refOfRejection(String rejectionId) {
        return REJECTION + rejectionId;
    }

    @Override
    public WorkKind kind() {
        return KIND;
    }

    @Override
    public WorkResults work(List<PendingWork> items) {
        List<String> enrollmentIds = new ArrayList<>();
        List<String> rejectionIds = new ArrayList<>();
        WorkResults results = new WorkResults();
        for (PendingWork item : items) {
            if (item.ref().startsWith(ENROLLMENT)) {
                enrollmentIds.add(item.ref().substring(ENROLLMENT.length()));
            }
            else if (item.ref().startsWith(REJECTION)) {
                rejectionIds.add(item.ref().substring(REJECTION.length()));
            }
            else {
                log.warn("Ignoring {} timer {}: neither an enrollment nor a rejection", KIND_NAME, item.ref());
            }
            results.done(item.ref());
        }
        long keys = enrollments.forgetIdempotencyKeys(enrollmentIds);
        long forgotten = rejections.forget(rejectionIds);
        log.info("Idempotency keys past their retention forgotten: {} of enrollments, {} rejection(s)", keys,
                forgotten);
        return results;
    }

}
