package dev.kubelab.sandbox.shell.net.proxy;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.dataplane.Addresses;
import dev.kubelab.sandbox.net.dataplane.Neighbours;
import dev.kubelab.sandbox.net.proxy.Ipv4;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * iputils arping (`-c N`, `-b`, `-f`, `-q`, `-I IFACE`): who-has requests for an address on the lab network and
 * every reply, MAC in capitals. After the first reply it asks that MAC directly (unicast) unless -b keeps
 * broadcasting; so only -b shows, probe after probe, that several nodes answer for one address. Exit status 1
 * when there was no reply or the replies do not match the probes one for one.
 */
final class Arping implements Builtin {
    private static final String USAGE = "\nUsage:\n  arping [options] <destination>\n";
    private final Viewpoint from;
    private final Network network;

    Arping(Viewpoint from, Network network) {
        this.from = from;
        this.network = network;
    }

    @Override
    public String name() {
        return "arping";
    }

    @Override
    public int run(List<String> args, Streams io) {
        int count = -1;
        boolean broadcastOnly = false;
        boolean quitOnReply = false;
        boolean quiet = false;
        String device = "eth0";
        String target = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("-c") || a.equals("-I")) && i + 1 < args.size()) {
                String v = args.get(++i);
                if (a.equals("-I")) {
                    device = v;
                } else if (!v.matches("[0-9]+") || Long.parseLong(v) < 1 || v.length() > 9) {
                    io.err().println("arping: invalid argument: '" + v + "'");
                    return 1;
                } else {
                    count = Integer.parseInt(v);
                }
            } else if (a.equals("-b") || a.equals("-f") || a.equals("-q")) {
                broadcastOnly |= a.equals("-b");
                quitOnReply |= a.equals("-f");
                quiet |= a.equals("-q");
            } else if (a.startsWith("-") || target != null) {
                io.err().print(USAGE);
                return 2;
            } else {
                target = a;
            }
        }
        if (target == null) {
            io.err().print(USAGE);
            return 2;
        }
        if (!Ipv4.isAddress(target)) {
            io.err().println("arping: " + target + ": Name or service not known");
            return 2;
        }
        if (!device.equals("eth0")) {
            io.err().println("arping: Device " + device + " not available.");
            return 2;
        }
        if (count < 0 && !quitOnReply) {
            io.err().println("arping: runs until Ctrl-C; in this terminal give a count, e.g. arping -c 3 " + target);
            return 2;
        }
        return probe(io, target, count < 0 ? Integer.MAX_VALUE : count, broadcastOnly, quitOnReply, quiet);
    }

    private int probe(Streams io, String target, int count, boolean broadcastOnly, boolean quitOnReply,
                      boolean quiet) {
        StringBuilder out = new StringBuilder();
        if (!quiet) {
            out.append("ARPING ").append(target).append(" from ").append(from.ip()).append(" eth0\n");
        }
        Neighbours neighbours = network.dataplane().neighbours();
        Seed seed = network.seed();
        int sent = 0;
        int broadcasts = 0;
        int received = 0;
        String unicastTo = null;
        for (int probe = 0; probe < count; probe++) {
            sent++;
            List<String> replies;
            if (unicastTo == null) {
                broadcasts++;
                replies = neighbours.probe(from.hostname(), target);
            } else {
                replies = neighbours.answerers(target).contains(unicastTo) ? List.of(unicastTo) : List.of();
            }
            int micros = 450 + seed.nextInt(400);
            for (String node : new ArrayList<>(replies)) {
                received++;
                micros += 20 + seed.nextInt(60);
                if (!quiet) {
                    out.append("Unicast reply from ").append(target).append(" [").append(mac(node)).append("]  ")
                            .append(micros / 1000).append('.').append(String.format("%03d", micros % 1000))
                            .append("ms\n");
                }
                if (quitOnReply) {
                    break;
                }
            }
            if (!replies.isEmpty() && !broadcastOnly && unicastTo == null) {
                unicastTo = replies.get(0);
            }
            if (quitOnReply && received > 0) {
                break;
            }
        }
        if (!quiet) {
            out.append("Sent ").append(sent).append(" probes (").append(broadcasts).append(" broadcast(s))\n")
                    .append("Received ").append(received).append(" response(s)\n");
        }
        io.out().print(out.toString());
        return received == 0 || sent != received ? 1 : 0;
    }

    private String mac(String node) {
        return Addresses.mac("52:54:00", network.dataplane().addresses().nodeIp(node)).toUpperCase(Locale.ROOT);
    }
}
