package org.rasd.io;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The one progress bar of the command line (progressbar's ASCII bar on stderr, redrawn every 250 ms), or nothing
 * when it is not shown: callers step it without checking. When more steps come than the estimate, the bar
 * goes on without a maximum.
 */
public final class Progress implements AutoCloseable {
    private static final Progress OFF = new Progress(null);

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * A bar named {@code task} when {@code show}, else one that does nothing.
     *
     * @param estimate the expected number of steps; negative when unknown
     */
    public static Progress of(String task, long estimate, boolean show) {
        if (!show) {
            return OFF;
        }
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(estimate)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250).continuousUpdate().build());
    }

    /** Whether a bar is shown on a terminal: stderr's console is there. */
    public static boolean terminal() {
        return System.console() != null;
    }

    public void step() {
        step(null);
    }

    /** One step, with a message after the bar (null keeps the last one). */
    public void step(String message) {
        if (bar == null) {
            return;
        }
        if (bar.getMax() >= 0 && bar.getCurrent() >= bar.getMax()) {
            bar.maxHint(-1);
        }
        bar.step();
        if (message != null) {
            bar.setExtraMessage(message);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
