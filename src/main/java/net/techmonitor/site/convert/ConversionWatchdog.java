package net.techmonitor.site.convert;

import org.jruby.Ruby;
import org.jruby.RubyThread;
import org.jruby.runtime.ThreadContext;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stops a conversion that runs past its time limit. Asciidoctor is Ruby code on JRuby, which checks for another
 * thread's {@code Thread#raise} at its safe points (calls, loop edges, and inside regular expression matching), the
 * way Ruby's own {@code Timeout} works; a Java interrupt alone would not reach it. What is raised is an
 * {@code Interrupt}, which Asciidoctor's {@code rescue => e} (StandardError only) does not swallow.
 */
final class ConversionWatchdog {
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "conversion-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int FIRED = 2;

    private final Ruby ruby;
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private final ScheduledFuture<?> alarm;
    private boolean consumed;

    /** Arms the alarm for the conversion about to run on this thread. */
    ConversionWatchdog(Ruby ruby, long millis) {
        this.ruby = ruby;
        RubyThread converting = ruby.getCurrentContext().getThread();
        this.alarm = ALARMS.schedule(() -> {
            if (state.compareAndSet(RUNNING, FIRED)) {
                converting.raise(ruby.getInterrupt(), ruby.newString("conversion time limit"));
            }
        }, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Disarms the alarm once the conversion ended, either way; says whether it had fired. A raise that came just as the
     * conversion finished is consumed here, so it cannot hit the next document converted on this thread.
     */
    boolean disarm() {
        if (state.compareAndSet(RUNNING, DONE)) {
            alarm.cancel(false);
            return false;
        }
        if (state.get() == DONE) {
            return false;
        }
        if (consumed) {
            return true;
        }
        consumed = true;
        ThreadContext context = ruby.getCurrentContext();
        try {
            context.pollThreadEvents();
        } catch (RuntimeException pending) {
            // the interrupt meant for the conversion that just ended
        }
        Thread.interrupted();
        return true;
    }
}
