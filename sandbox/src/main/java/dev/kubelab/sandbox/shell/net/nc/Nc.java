package dev.kubelab.sandbox.shell.net.nc;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.dns.Resolution;
import dev.kubelab.sandbox.net.proxy.Ipv4;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.net.PortNames;
import dev.kubelab.sandbox.shell.job.JobControl;

import java.util.List;

/**
 * nc as a port probe (nc -zv HOST PORT, -w N): netcat-openbsd 1.218 on the Ubuntu nodes and in netshoot,
 * busybox's netcat-1.10-style applet in busybox and alpine images. The connect goes through the dataplane like
 * curl's; a connect nobody answers waits on the lab clock (-w, else the kernel's ~130 s) before nc reports.
 * Without -z nc would talk to the server; here it connects, sends nothing and ends.
 */
public final class Nc implements Builtin {
    private final boolean busybox;
    private final Network network;
    private final Viewpoint from;
    private final JobControl jobs;

    private Nc(boolean busybox, Network network, Viewpoint from, JobControl jobs) {
        this.busybox = busybox;
        this.network = network;
        this.from = from;
        this.jobs = jobs;
    }

    public static Nc openbsd(Network network, Viewpoint from, JobControl jobs) {
        return new Nc(false, network, from, jobs);
    }

    public static Nc busybox(Network network, Viewpoint from, JobControl jobs) {
        return new Nc(true, network, from, jobs);
    }

    @Override
    public String name() {
        return "nc";
    }

    @Override
    public int run(List<String> args, Streams io) {
        NcOptions o = busybox ? NcOptions.parse(args, "lkvnuzb", "epswio")
                : NcOptions.parse(args, "46bCDdFhklNnrStUuvZz", "IiMmOPpqsTVWwXx");
        if (o.error != null || o.port() == null) {
            if (o.error != null) {
                io.err().println("nc: " + o.error);
            }
            io.err().println(busybox ? NcUsage.BUSYBOX : NcUsage.OPENBSD);
            return 1;
        }
        String portError = o.badWait == null ? portError(o.port(), o.udp)
                : busybox ? "nc: invalid number '" + o.badWait + "'" : "nc: timeout invalid: " + o.badWait;
        if (portError != null) {
            io.err().println(portError);
            return 1;
        }
        int port = PortNames.number(o.port(), o.udp).orElseGet(() -> Integer.parseInt(o.port()));
        String host = o.host();
        String ip = host;
        if (!Ipv4.isAddress(host)) {
            Resolution r = network.resolver().resolve(from, host);
            if (!(r instanceof Resolution.Found found) || found.addresses().isEmpty()) {
                String why = r instanceof Resolution.TimedOut ? "Temporary failure in name resolution"
                        : "Name or service not known";
                io.err().println(busybox ? "nc: bad address '" + host + "'"
                        : "nc: getaddrinfo for host \"" + host + "\" port " + o.port() + ": " + why);
                return 1;
            }
            ip = found.addresses().get(0);
        }
        NcAttempt attempt = NcAttempt.connect(network, from, ip, port, o.udp, o.wait);
        TimedReport report = new TimedReport();
        String at = String.valueOf(port); // a service name (http) is looked up first and reported by number
        report.after(attempt.millis(), busybox ? busyboxLine(o, host, ip, at, attempt)
                : openbsdLine(o, host, ip, at, attempt));
        if (busybox && o.verbose > 1) {
            report.after(0, "sent 0, rcvd 0"); // SENT_N_RECV_M: what -vv adds at the end
        }
        report.status(attempt.outcome() == NcAttempt.Outcome.OPEN ? 0 : 1);
        if (report.immediate() || !jobs.mayStart()) {
            return report.printAll(io);
        }
        jobs.start(report);
        return 0;
    }

    /** strtonum's complaint about a port that is neither a number in 1..65535 nor a service name. */
    private String portError(String port, boolean udp) {
        if (PortNames.number(port, udp).isPresent()) {
            return null;
        }
        if (!port.matches("\\d{1,9}")) {
            return busybox ? "nc: bad port '" + port + "'" : "nc: port number invalid: " + port;
        }
        int n = Integer.parseInt(port);
        if (n >= 1 && n <= 65535) {
            return null;
        }
        return busybox ? "nc: bad port '" + port + "'"
                : "nc: port number too " + (n < 1 ? "small" : "large") + ": " + port;
    }

    /** netcat-openbsd (with Debian's connect-timeout patch): only -v speaks. */
    private static String openbsdLine(NcOptions o, String host, String ip, String port, NcAttempt attempt) {
        if (o.verbose == 0) {
            return null;
        }
        String proto = o.udp ? "udp" : "tcp";
        String failed = "nc: connect to " + host + " port " + port + " (" + proto + ") failed: ";
        switch (attempt.outcome()) {
            case OPEN:
                return "Connection to " + host + (host.equals(ip) ? "" : " (" + ip + ")") + " " + port
                        + " port [" + proto + "/" + PortNames.of(port, o.udp) + "] succeeded!";
            case REFUSED:
                return failed + "Connection refused";
            case UNREACHABLE:
                return failed + "No route to host";
            case WAIT_EXPIRED:
                return "nc: connect to " + host + " port " + port + " (" + proto
                        + ") timed out: Operation now in progress";
            default:
                return failed + "Connection timed out";
        }
    }

    /** busybox nc_bloaty: "HOST (IP:PORT) open"; a refusal is told only at -vv. */
    private static String busyboxLine(NcOptions o, String host, String ip, String port, NcAttempt attempt) {
        String who = host + " (" + ip + ":" + port + ")";
        boolean refused = attempt.outcome() == NcAttempt.Outcome.REFUSED;
        if (o.verbose == 0 || (refused && o.verbose < 2)) {
            return null;
        }
        switch (attempt.outcome()) {
            case OPEN:
                return who + " open";
            case REFUSED:
                return "nc: " + who + ": Connection refused";
            case UNREACHABLE:
                return "nc: " + who + ": No route to host";
            default:
                return "nc: " + who + ": Connection timed out";
        }
    }
}
