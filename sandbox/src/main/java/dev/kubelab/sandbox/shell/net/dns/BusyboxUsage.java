package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.shell.text.BusyboxApplet;
/** The busybox banner and the nslookup applets' usage texts (bb_show_usage, to stderr, exit 1). */
final class BusyboxUsage {
    static final String NEW_APPLET = BusyboxApplet.BANNER + "\n\n"
            + "Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\n"
            + "Query DNS about HOST\n\n"
            + "QUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any";
    static final String OLD_APPLET = "BusyBox v1.28.4 (2018-05-22 17:00:17 UTC) multi-call binary.\n\n"
            + "Usage: nslookup [HOST] [SERVER]\n\n"
            + "Query the nameserver for the IP address of the given HOST\n"
            + "optionally using a specified DNS server";

    private BusyboxUsage() {
    }
}
