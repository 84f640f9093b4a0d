package dev.kubelab.sandbox.shell.net.ping;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.dns.Resolution;
import dev.kubelab.sandbox.net.proxy.Ipv4;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.job.JobControl;

import java.util.List;

/**
 * ping: resolves the host as the C library does here (cluster DNS in pods, systemd-resolved on nodes), sends
 * its requests through the dataplane and runs on the lab clock in the foreground ({@link PingRun}). iputils on
 * the nodes and in netshoot, busybox in busybox and alpine images: their options, errors and output differ.
 */
public final class Ping implements Builtin {
    private final boolean busybox;
    private final Network network;
    private final Viewpoint from;
    private final JobControl jobs;

    private Ping(boolean busybox, Network network, Viewpoint from, JobControl jobs) {
        this.busybox = busybox;
        this.network = network;
        this.from = from;
        this.jobs = jobs;
    }

    public static Ping iputils(Network network, Viewpoint from, JobControl jobs) {
        return new Ping(false, network, from, jobs);
    }

    public static Ping busybox(Network network, Viewpoint from, JobControl jobs) {
        return new Ping(true, network, from, jobs);
    }

    @Override
    public String name() {
        return "ping";
    }

    @Override
    public int run(List<String> args, Streams io) {
        PingOptions o = busybox ? PingOptions.parse(args, "46qAv", "csWwtIip")
                : PingOptions.parse(args, "h?46aAbBdDfLnOqrRUvV", "cWwiIlmMpQsStTFN");
        if (o.error != null || o.help) {
            if (o.error != null) {
                io.err().println("ping: " + o.error);
            }
            io.err().print(busybox ? PingUsage.BUSYBOX + "\n" : PingUsage.IPUTILS);
            return busybox ? 1 : 2;
        }
        if (o.badLinger != null && !busybox) {
            io.err().println("ping: bad linger time: " + o.badLinger);
            return 2;
        }
        if (o.invalidNumber != null) {
            // busybox's xatou; iputils' strtol_or_err (iputils_common.c)
            io.err().println(busybox ? "ping: invalid number '" + o.invalidNumber + "'"
                    : "ping: invalid argument: '" + o.invalidNumber + "'");
            return 1;
        }
        if (o.zeroCount && !busybox) {
            io.err().println("ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807");
            return 1;
        }
        if (o.host == null) {
            if (busybox) {
                io.err().println(PingUsage.BUSYBOX);
                return 1;
            }
            io.err().println("ping: usage error: Destination address required");
            return 1;
        }
        boolean numeric = Ipv4.isAddress(o.host);
        String ip = o.host;
        String canonical = o.host;
        if (!numeric) {
            Resolution r = network.resolver().resolve(from, o.host);
            if (!(r instanceof Resolution.Found found) || found.addresses().isEmpty()) {
                return unresolved(o.host, r, io);
            }
            ip = found.addresses().get(0);
            canonical = found.canonicalName();
        }
        PingFormat format = busybox ? new BusyboxFormat(o.host, ip)
                : new IputilsFormat(canonical, ip, numeric ? a -> a : this::nameAndAddress);
        io.out().println(format.header());
        PingRun run = new PingRun(format, EchoProbe.send(network, from, ip), o);
        if (!jobs.mayStart()) {
            return run.runAtOnce(io);
        }
        jobs.start(run);
        return 0;
    }

    private int unresolved(String host, Resolution r, Streams io) {
        if (busybox) {
            io.err().println("ping: bad address '" + host + "'");
            return 1;
        }
        io.err().println("ping: " + host + ": " + (r instanceof Resolution.TimedOut
                ? "Temporary failure in name resolution" : "Name or service not known"));
        return 2;
    }

    /** iputils' pr_addr: a reverse lookup of the replying address, "name (address)" when it has one. */
    private String nameAndAddress(String address) {
        Resolution r = network.resolver().reverse(from, address);
        if (r instanceof Resolution.Found found && !found.canonicalName().isEmpty()
                && !found.canonicalName().equals(address)) {
            String name = found.canonicalName();
            return (name.endsWith(".") ? name.substring(0, name.length() - 1) : name) + " (" + address + ")";
        }
        return address;
    }
}
