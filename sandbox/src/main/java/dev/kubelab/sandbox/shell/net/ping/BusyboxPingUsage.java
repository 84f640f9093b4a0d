package dev.kubelab.sandbox.shell.net.ping;

/** busybox ping's usage (bb_show_usage: banner and full usage, to stderr; exit 1). */
final class BusyboxPingUsage {
    static final String TEXT = "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\n"
            + "Usage: ping [OPTIONS] HOST\n\n"
            + "Send ICMP ECHO_REQUEST packets to network hosts\n\n"
            + "\t-4,-6\t\tForce IP or IPv6 name resolution\n"
            + "\t-c CNT\t\tSend only CNT pings\n"
            + "\t-s SIZE\t\tSend SIZE data bytes in packets (default 56)\n"
            + "\t-i SECS\t\tInterval\n"
            + "\t-A\t\tPing as soon as reply is recevied\n"
            + "\t-t TTL\t\tSet TTL\n"
            + "\t-I IFACE/IP\tSource interface or IP address\n"
            + "\t-W SEC\t\tSeconds to wait for the first response (default 10)\n"
            + "\t\t\t(after all -c CNT packets are sent)\n"
            + "\t-w SEC\t\tSeconds until ping exits (default:infinite)\n"
            + "\t\t\t(can exit earlier with -c CNT)\n"
            + "\t-q\t\tQuiet, only display output at start\n"
            + "\t\t\tand when finished\n"
            + "\t-p HEXBYTE\tPattern to use for payload";

    private BusyboxPingUsage() {
    }
}
