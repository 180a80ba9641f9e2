package csp.enrollment.infrastructure.mail;

import java.lang.reflect.Proxy;

import com.icegreen.greenmail.user.GreenMailUser;

/**
 * A recipient whose mailbox drops what is delivered to it. GreenMail delivers every
 * accepted mail to the user its delivery handler names; a counting-only server names this
 * one.
 */
final class DiscardingUser {

    private DiscardingUser() {
    }

    static GreenMailUser create() {
        return (GreenMailUser) Proxy.newProxyInstance(GreenMailUser.class.getClassLoader(),
                new Class<?>[] { GreenMailUser.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "deliver" -> null;
                    case "getEmail", "getLogin", "getQualifiedMailboxName" -> "discarded@localhost";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "DiscardingUser";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

}
