package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;

import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The background jobs of every shell the learner has (the nodes' and the containers' logged in to): they go on
 * whichever host the learner is on, and write to the one terminal.
 */
final class AllJobs {
    private final Map<String, Host> hosts;
    private final Deque<Host> logins;
    private final SimClock clock;

    AllJobs(Map<String, Host> hosts, Deque<Host> logins, SimClock clock) {
        this.hosts = hosts;
        this.logins = logins;
        this.clock = clock;
    }

    /** Every job catches up with the clock; each shell notices which have ended (reported before its next prompt). */
    void pump(Streams io) {
        for (Host host : shells()) {
            host.jobs.pump(clock.now(), io);
            host.jobs.seeEnded();
        }
    }

    boolean anyRunning() {
        return shells().stream().anyMatch(h -> h.jobs.anyRunning());
    }

    /** The nodes' shells by name, then the containers' shells. */
    private List<Host> shells() {
        Set<Host> all = new LinkedHashSet<>(new TreeMap<>(hosts).values());
        all.addAll(logins);
        return new ArrayList<>(all);
    }
}
