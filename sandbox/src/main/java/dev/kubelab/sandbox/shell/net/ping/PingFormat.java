package dev.kubelab.sandbox.shell.net.ping;

import java.util.List;

/** How one ping implementation words a run: its first line, each answer, and the statistics at the end. */
interface PingFormat {
    /** The sequence number of the first request (iputils counts from 1, busybox from 0). */
    int firstSeq();

    String header();

    /** The line for an answer to request seq (an echo reply or an ICMP error); null when it prints none. */
    String answer(Echo echo, int seq);

    /** Whether an ICMP error counts as an answer that ends a -c run (iputils: +N errors), else it is ignored. */
    boolean countsErrors();

    /**
     * The statistics block and, after it, the exit status: transmitted requests, the round trips of the replies,
     * errors, the milliseconds between the first and the last request; interrupted: after Ctrl-C (the terminal's
     * ^C already ended the line).
     */
    String statistics(int transmitted, List<Integer> rtts, int errors, long millis, boolean interrupted);

    /** Microseconds as both print a time: 0.052 (ms with three decimals). */
    static String micros(long us) {
        return us / 1000 + "." + String.format("%03d", us % 1000);
    }
}
