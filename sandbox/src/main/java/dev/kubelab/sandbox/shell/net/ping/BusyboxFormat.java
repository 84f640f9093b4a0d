package dev.kubelab.sandbox.shell.net.ping;

import java.util.List;

/**
 * busybox ping's words (networking/ping.c, FEATURE_FANCY_PING): "PING host (ip): 56 data bytes", "64 bytes from
 * ip: seq=0 ttl=64 time=0.081 ms", and the statistics with whole-percent loss and round-trip min/avg/max. ICMP
 * errors carry no echo id, so busybox ignores them: a REJECTed request looks lost.
 */
final class BusyboxFormat implements PingFormat {
    private final String hostname;
    private final String ip;

    BusyboxFormat(String hostname, String ip) {
        this.hostname = hostname;
        this.ip = ip;
    }

    @Override
    public int firstSeq() {
        return 0;
    }

    @Override
    public String header() {
        return "PING " + hostname + " (" + ip + "): 56 data bytes";
    }

    @Override
    public String answer(Echo echo, int seq) {
        return echo.kind() != Echo.Kind.REPLY ? null : "64 bytes from " + echo.from() + ": seq=" + seq + " ttl="
                + echo.ttl() + " time=" + PingFormat.micros(echo.rttMicros(seq)) + " ms";
    }

    @Override
    public boolean countsErrors() {
        return false;
    }

    @Override
    public String statistics(int transmitted, List<Integer> rtts, int errors, long millis, boolean interrupted) {
        int received = rtts.size();
        StringBuilder s = new StringBuilder(interrupted ? "" : "\n");
        s.append("--- ").append(hostname).append(" ping statistics ---\n").append(transmitted)
                .append(" packets transmitted, ").append(received).append(" packets received, ")
                .append(transmitted == 0 ? 0 : (transmitted - received) * 100 / transmitted).append("% packet loss\n");
        if (received > 0) {
            long sum = rtts.stream().mapToLong(Integer::longValue).sum();
            long min = rtts.stream().mapToInt(r -> r).min().orElse(0);
            long max = rtts.stream().mapToInt(r -> r).max().orElse(0);
            s.append("round-trip min/avg/max = ").append(PingFormat.micros(min)).append('/')
                    .append(PingFormat.micros(sum / received)).append('/').append(PingFormat.micros(max)).append(" ms\n");
        }
        return s.toString();
    }
}
