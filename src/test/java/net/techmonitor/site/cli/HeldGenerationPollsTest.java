package net.techmonitor.site.cli;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The held live-reload polls on their own: answered when the generation moves, at their deadline, or at once over the cap. */
class HeldGenerationPollsTest {
    private final AtomicLong generation = new AtomicLong(3);

    @Test
    void aHeldPollIsAnsweredWithTheCurrentGenerationAtItsDeadline() throws Exception {
        HeldGenerationPolls polls = new HeldGenerationPolls(generation::get, Runnable::run, 10, 200);
        CompletableFuture<Long> answer = new CompletableFuture<>();
        long asked = System.nanoTime();
        polls.answerOrHold(OptionalLong.of(3), answer::complete);
        Thread.sleep(100);
        assertFalse(answer.isDone(), "held until the deadline");
        assertEquals(3, answer.get(5, TimeUnit.SECONDS));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
        assertTrue(millis >= 200 && millis < 2_000, millis + " ms");
        assertEquals(0, polls.heldCount());
    }

    @Test
    void aPollOverTheCapOrForAnOlderGenerationIsAnsweredAtOnce() throws Exception {
        HeldGenerationPolls polls = new HeldGenerationPolls(generation::get, Runnable::run, 1, 60_000);
        CompletableFuture<Long> first = new CompletableFuture<>();
        CompletableFuture<Long> overCap = new CompletableFuture<>();
        CompletableFuture<Long> older = new CompletableFuture<>();
        polls.answerOrHold(OptionalLong.of(3), first::complete);
        polls.answerOrHold(OptionalLong.of(3), overCap::complete);
        polls.answerOrHold(OptionalLong.of(2), older::complete);
        assertEquals(3, overCap.getNow(-1L));
        assertEquals(3, older.getNow(-1L));
        assertFalse(first.isDone());
        generation.set(4);
        assertEquals(4, first.get(5, TimeUnit.SECONDS));
    }
}
