package csp.enrollment.localstack.faults;

import java.util.List;

/**
 * One malformed or hostile HTTP request and what it must get: a 4xx with an
 * {@code application/problem+json} document, never a 5xx.
 *
 * @param service which service it is sent to
 * @param name what is wrong with it
 * @param expectedStatus the status the contract names, or 0 for any 4xx
 * @param knownIssue why the answer is known not to be a problem document yet, or null
 */
record HostileRequest(Service service, String name, String method, String path, List<String> headers, byte[] body,
        boolean chunked, int expectedStatus, String knownIssue) {

    enum Service {

        INTAKE, VERIFICATION, CREDIT_CHECK, NOTIFICATION

    }

    HostileRequest known(String issue) {
        return new HostileRequest(service, name, method, path, headers, body, chunked, expectedStatus, issue);
    }

    HostileRequest chunkedBody() {
        return new HostileRequest(service, name, method, path, headers, body, true, expectedStatus, knownIssue);
    }
}
