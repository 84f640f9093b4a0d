package dev.kubelab.sandbox.shell.net.nc;

import dev.kubelab.sandbox.shell.text.BusyboxApplet;
/** nc's usage texts, to stderr: busybox's bb_show_usage (1.37) and netcat-openbsd 1.218's usage(1). */
final class NcUsage {
    static final String BUSYBOX = BusyboxApplet.BANNER + "\n\n"
            + "Usage: nc [OPTIONS] HOST PORT  - connect\n"
            + "nc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n\n"
            + "\t-e PROG\tRun PROG after connect (must be last)\n"
            + "\t-l\tListen mode, for inbound connects\n"
            + "\t-lk\tWith -e, provides persistent server\n"
            + "\t-p PORT\tLocal port\n"
            + "\t-s ADDR\tLocal address\n"
            + "\t-w SEC\tTimeout for connects and final net reads\n"
            + "\t-i SEC\tDelay interval for lines sent\n"
            + "\t-n\tDon't do DNS resolution\n"
            + "\t-u\tUDP mode\n"
            + "\t-b\tAllow broadcasts\n"
            + "\t-v\tVerbose\n"
            + "\t-o FILE\tHex dump traffic\n"
            + "\t-z\tZero-I/O mode (scanning)";
    static final String OPENBSD = "usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n"
            + "\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n"
            + "\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n"
            + "\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n"
            + "\t  [destination] [port]";

    private NcUsage() {
    }
}
