package csp.enrollment.infrastructure.registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Path templates such as {@code /subjects/{subject}/versions} mapped to handlers, per
 * HTTP method.
 */
final class Routes {

    interface Handler {

        Object handle(RegistryRequest request) throws IOException;

    }

    /** A template matched to a request path: its handler and the named parts. */
    record Match(Handler handler, Map<String, String> pathParts) {
    }

    private record Route(String method, List<String> template, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    Routes get(String template, Handler handler) {
        return add("GET", template, handler);
    }

    Routes post(String template, Handler handler) {
        return add("POST", template, handler);
    }

    Routes put(String template, Handler handler) {
        return add("PUT", template, handler);
    }

    Routes delete(String template, Handler handler) {
        return add("DELETE", template, handler);
    }

    /**
     * The route for the request; {@code 404} if no template fits the path, {@code 405} if
     * none takes the method.
     */
    Match match(String method, List<String> path) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> parts = parts(route.template(), path);
            if (parts != null) {
                pathKnown = true;
                if (route.method().equals(method)) {
                    return new Match(route.handler(), parts);
                }
            }
        }
        throw pathKnown ? RegistryErrors.methodNotAllowed() : RegistryErrors.notFound();
    }

    private Routes add(String method, String template, Handler handler) {
        List<String> segments = template.equals("/") ? List.of() : List.of(template.substring(1).split("/"));
        routes.add(new Route(method, segments, handler));
        return this;
    }

    private static Map<String, String> parts(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        Map<String, String> parts = new HashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            if (expected.startsWith("{")) {
                parts.put(expected.substring(1, expected.length() - 1), path.get(i));
            }
            else if (!expected.equals(path.get(i))) {
                return null;
            }
        }
        return parts;
    }

}
