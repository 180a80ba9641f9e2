package csp.enrollment.localstack;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Lets the services that start together set up the JVM's one logging system one after
 * another. Each Spring application resets and configures Logback while its environment is
 * prepared; two at once would each add their appenders after the other's reset, and every
 * line would be written twice. Held from the application's start until its context is
 * initialised (logging is set up by then), so only that short part is serial and the rest
 * of each start runs in parallel.
 */
final class OneLoggingSetupAtATime implements ApplicationListener<ApplicationEvent>, Ordered {

    private static final ReentrantLock LOGGING_SETUP = new ReentrantLock();

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent) {
            LOGGING_SETUP.lock();
        }
        else if ((event instanceof ApplicationContextInitializedEvent || event instanceof ApplicationFailedEvent)
                && LOGGING_SETUP.isHeldByCurrentThread()) {
            LOGGING_SETUP.unlock();
        }
    }

    /** Before Boot's logging listener, which acts on the same events. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

}
