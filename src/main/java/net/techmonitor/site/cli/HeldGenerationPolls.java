package net.techmonitor.site.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Holds the live-reload requests for a newer build generation without a thread each: a held request is a pending
 * answer in a queue, and one scheduler thread (running only while requests are held) answers them when the
 * generation moves or when they have waited {@code holdMillis}. It reads the generation every 10 ms: a volatile
 * read, cheaper than wiring every rebuild to wake the waiting requests, and 5 ms late on average. At most
 * {@code capacity} requests are held; one more is answered at once with the current generation, and its page
 * asks again a moment later, so a flood of polls costs memory only up to the cap.
 */
final class HeldGenerationPolls {
    private static final long TICK_MILLIS = 10;

    private final LongSupplier generation;
    private final Executor answering;
    private final int capacity;
    private final long holdNanos;
    private final ScheduledThreadPoolExecutor scheduler;
    /** In arrival order, which is also the order of their deadlines. Guarded by {@code this}. */
    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private long generationAtLastTick;
    private boolean waitingForAnother;
    private ScheduledFuture<?> ticking;

    private record Held(long after, long deadline, LongConsumer answer) {
    }

    /** @param answering where answers are written, so that a client slow to read them delays no other one */
    HeldGenerationPolls(LongSupplier generation, Executor answering, int capacity, long holdMillis) {
        this.generation = generation;
        this.answering = answering;
        this.capacity = capacity;
        this.holdNanos = TimeUnit.MILLISECONDS.toNanos(holdMillis);
        this.scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "preview-live-reload");
            thread.setDaemon(true);
            return thread;
        });
        this.scheduler.setKeepAliveTime(1, TimeUnit.SECONDS);
        this.scheduler.allowCoreThreadTimeOut(true);
        this.scheduler.setRemoveOnCancelPolicy(true);
        this.generationAtLastTick = generation.getAsLong();
    }

    /**
     * Answers with the current generation once it differs from {@code after}: at once when it already does, when
     * there is no {@code after}, or when {@link #capacity} requests are already held.
     */
    void answerOrHold(OptionalLong after, LongConsumer answer) {
        long now;
        synchronized (this) {
            now = generation.getAsLong();
            if (after.isPresent() && after.getAsLong() == now && held.size() < capacity) {
                held.addLast(new Held(now, System.nanoTime() + holdNanos, answer));
                // The next tick compares every held request only if one waits for another value than the last tick saw.
                waitingForAnother |= now != generationAtLastTick;
                if (ticking == null) {
                    ticking = scheduler.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
                }
                return;
            }
        }
        answer.accept(now);
    }

    synchronized int heldCount() {
        return held.size();
    }

    private void tick() {
        List<Held> due = new ArrayList<>();
        long current;
        synchronized (this) {
            current = generation.getAsLong();
            if (current != generationAtLastTick || waitingForAnother) {
                for (Iterator<Held> each = held.iterator(); each.hasNext(); ) {
                    Held poll = each.next();
                    if (poll.after() != current) {
                        due.add(poll);
                        each.remove();
                    }
                }
                generationAtLastTick = current;
                waitingForAnother = false;
            }
            long now = System.nanoTime();
            while (!held.isEmpty() && now - held.peekFirst().deadline() >= 0) {
                due.add(held.pollFirst());
            }
            if (held.isEmpty() && ticking != null) {
                ticking.cancel(false);
                ticking = null;
            }
        }
        for (Held poll : due) {
            long answer = current;
            try {
                answering.execute(() -> poll.answer().accept(answer));
            } catch (RuntimeException refused) {
                // A task that throws would end the ticking for good, and every held request would wait forever.
                poll.answer().accept(answer);
            }
        }
    }
}
