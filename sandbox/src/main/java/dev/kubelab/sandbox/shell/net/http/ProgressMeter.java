package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.io.Streams;

/** curl's progress meter on stderr when the body goes to a file (-o): its final state after a ~1 ms transfer. */
final class ProgressMeter {
    private ProgressMeter() {
    }

    static void print(Streams io, long bytes) {
        String size = amount(bytes);
        String speed = amount(bytes * 1000);
        io.err().println("  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current");
        io.err().println("                                 Dload  Upload   Total   Spent    Left  Speed");
        io.err().println(String.format("%3d %5s  %3d %5s  %3d %5s  %5s  %5s %s %s %s %5s", 100, size, 100, size, 0,
                "0", speed, "0", "--:--:--", "--:--:--", "--:--:--", speed));
    }

    /** curl's five-character amounts: bytes, then k and M with no decimals. */
    static String amount(long n) {
        if (n < 100000) {
            return String.valueOf(n);
        }
        if (n < 10000L * 1024) {
            return (n / 1024) + "k";
        }
        return (n / 1024 / 1024) + "M";
    }
}
