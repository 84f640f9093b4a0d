package dev.kubelab.sandbox.shell.net.ping;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * iputils ping's words (ping.c, ping_common.c of 20211215, Ubuntu 22.04; netshoot's Alpine build prints the
 * same): "64 bytes from …: icmp_seq=1 ttl=64 time=0.052 ms", ICMP errors as "From … Destination Port
 * Unreachable", and the statistics with %g loss, the time in ms and rtt min/avg/max/mdev.
 */
final class IputilsFormat implements PingFormat {
    private final String hostname;
    private final String ip;
    /** pr_addr: "name (address)" when the reply's address has a name, else the address. */
    private final UnaryOperator<String> prAddr;

    IputilsFormat(String hostname, String ip, UnaryOperator<String> prAddr) {
        this.hostname = hostname;
        this.ip = ip;
        this.prAddr = prAddr;
    }

    @Override
    public int firstSeq() {
        return 1;
    }

    @Override
    public String header() {
        return "PING " + hostname + " (" + ip + ") 56(84) bytes of data.";
    }

    @Override
    public String answer(Echo echo, int seq) {
        if (echo.kind() == Echo.Kind.PORT_UNREACHABLE) {
            return "From " + prAddr.apply(echo.from()) + " icmp_seq=" + seq + " Destination Port Unreachable";
        }
        return echo.kind() == Echo.Kind.LOST ? null : "64 bytes from " + prAddr.apply(echo.from()) + ": icmp_seq="
                + seq + " ttl=" + echo.ttl() + " time=" + tripTime(echo.rttMicros(seq)) + " ms";
    }

    @Override
    public boolean countsErrors() {
        return true;
    }

    @Override
    public String statistics(int transmitted, List<Integer> rtts, int errors, long millis, boolean interrupted) {
        StringBuilder s = new StringBuilder(interrupted ? "" : "\n");
        s.append("--- ").append(hostname).append(" ping statistics ---\n");
        s.append(transmitted).append(" packets transmitted, ").append(rtts.size()).append(" received");
        if (errors > 0) {
            s.append(", +").append(errors).append(" errors");
        }
        float loss = (float) ((transmitted - rtts.size()) * 100.0 / transmitted);
        s.append(", ").append(percent(loss)).append("% packet loss, time ").append(millis).append("ms\n");
        if (!rtts.isEmpty()) {
            long total = rtts.size();
            long sum = rtts.stream().mapToLong(Integer::longValue).sum();
            long sum2 = rtts.stream().mapToLong(r -> (long) r * r).sum();
            long min = rtts.stream().mapToLong(Integer::longValue).min().orElse(0);
            long max = rtts.stream().mapToLong(Integer::longValue).max().orElse(0);
            long mdev = (long) Math.floor(Math.sqrt((double) ((sum2 - (sum * sum) / total) / total)));
            s.append("rtt min/avg/max/mdev = ").append(PingFormat.micros(min)).append('/')
                    .append(PingFormat.micros(sum / total)).append('/').append(PingFormat.micros(max)).append('/')
                    .append(PingFormat.micros(mdev)).append(" ms");
        }
        return s.append('\n').toString();
    }

    /** The reply's time as pr_echo_reply rounds it: 0.052, 1.23, 12.3, 123. */
    static String tripTime(long us) {
        if (us >= 100000 - 50) {
            return String.valueOf((us + 500) / 1000);
        }
        if (us >= 10000 - 5) {
            return (us + 50) / 1000 + "." + ((us + 50) % 1000) / 100;
        }
        if (us >= 1000) {
            return (us + 5) / 1000 + "." + String.format("%02d", ((us + 5) % 1000) / 10);
        }
        return PingFormat.micros(us);
    }

    /** printf's %g: six significant digits, no trailing zeros (33.3333, 100, 0). */
    private static String percent(float value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
