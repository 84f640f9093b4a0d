package dev.kubelab.sandbox.shell.net.dns;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The DNS tools as a learner sees them, byte for byte, in one session (dig's ids and cookies, the headless
 * order and the ClusterIPs come from the seed): busybox nslookup (only dotless names are searched, so
 * nginx.default fails; every NXDOMAIN makes exit 1), busybox 1.28's libc applet, bind nslookup/dig/host in
 * netshoot (ndots search; dig does not search), glibc getent in a Debian image, a node whose
 * systemd-resolved does not know cluster names, and timeouts once CoreDNS has no ready endpoint.
 */
class DnsToolsSessionTest {
    @Test
    void everyToolPrintsWhatTheRealOnePrints() {
        DnsSession s = DnsTestCluster.start();
        step(s, "kubectl exec box -- nslookup nginx",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10:53\n"
                + "\n"
                + "Name:\tnginx.default.svc.cluster.local\n"
                + "Address: 10.100.174.251\n"
                + "\n"
                + "** server can't find nginx.svc.cluster.local: NXDOMAIN\n"
                + "\n"
                + "** server can't find nginx.cluster.local: NXDOMAIN\n"
                + "\n"
                + "\n"
                + "** server can't find nginx.svc.cluster.local: NXDOMAIN\n"
                + "\n"
                + "** server can't find nginx.cluster.local: NXDOMAIN\n"
                + "\n"
                + "command terminated with exit code 1\n");
        step(s, "kubectl exec box -- nslookup nginx.default",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10:53\n"
                + "\n"
                + "** server can't find nginx.default: NXDOMAIN\n"
                + "\n"
                + "** server can't find nginx.default: NXDOMAIN\n"
                + "\n"
                + "command terminated with exit code 1\n");
        step(s, "kubectl exec box -- nslookup nginx.default.svc.cluster.local",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10:53\n"
                + "\n"
                + "Name:\tnginx.default.svc.cluster.local\n"
                + "Address: 10.100.174.251\n"
                + "\n"
                + "\n");
        step(s, "kubectl exec box -- nslookup 10.96.0.10",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10:53\n"
                + "\n"
                + "10.0.96.10.in-addr.arpa\tname = kube-dns.kube-system.svc.cluster.local\n"
                + "\n");
        step(s, "kubectl exec box -- nslookup web-headless.default.svc.cluster.local",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10:53\n"
                + "\n"
                + "Name:\tweb-headless.default.svc.cluster.local\n"
                + "Address: 192.168.1.3\n"
                + "Name:\tweb-headless.default.svc.cluster.local\n"
                + "Address: 192.168.2.2\n"
                + "Name:\tweb-headless.default.svc.cluster.local\n"
                + "Address: 192.168.2.3\n"
                + "\n"
                + "\n");
        step(s, "kubectl exec box -- nslookup db.default.svc.cluster.local",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10:53\n"
                + "\n"
                + "db.default.svc.cluster.local\tcanonical name = db.example.com\n"
                + "Name:\tdb.example.com\n"
                + "Address: 203.0.113.20\n"
                + "\n"
                + "db.default.svc.cluster.local\tcanonical name = db.example.com\n"
                + "\n");
        step(s, "kubectl exec box -- nslookup api.example.com",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10:53\n"
                + "\n"
                + "Non-authoritative answer:\n"
                + "Name:\tapi.example.com\n"
                + "Address: 203.0.113.10\n"
                + "\n"
                + "Non-authoritative answer:\n"
                + "\n");
        step(s, "kubectl exec box -- nslookup -type=srv _80-80._tcp.nginx.default.svc.cluster.local",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10:53\n"
                + "\n"
                + "_80-80._tcp.nginx.default.svc.cluster.local\tservice = 0 100 80 nginx.default.svc.cluster.local\n"
                + "\n");
        step(s, "kubectl exec old -- nslookup nginx.default",
                "Server:    10.96.0.10\n"
                + "Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n"
                + "\n"
                + "Name:      nginx.default\n"
                + "Address 1: 10.100.174.251 nginx.default.svc.cluster.local\n");
        step(s, "kubectl exec old -- nslookup nope",
                "Server:    10.96.0.10\n"
                + "Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n"
                + "\n"
                + "nslookup: can't resolve 'nope'\n"
                + "command terminated with exit code 1\n");
        step(s, "kubectl exec shoot -- nslookup nginx.default",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10#53\n"
                + "\n"
                + "Name:\tnginx.default.svc.cluster.local\n"
                + "Address: 10.100.174.251\n"
                + "\n");
        step(s, "kubectl exec shoot -- nslookup nope",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10#53\n"
                + "\n"
                + "** server can't find nope: NXDOMAIN\n"
                + "\n"
                + "command terminated with exit code 1\n");
        step(s, "kubectl exec shoot -- nslookup 10.96.0.10",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10#53\n"
                + "\n"
                + "10.0.96.10.in-addr.arpa\tname = kube-dns.kube-system.svc.cluster.local.\n"
                + "\n");
        step(s, "kubectl exec shoot -- nslookup -type=srv _80-80._tcp.nginx",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10#53\n"
                + "\n"
                + "_80-80._tcp.nginx.default.svc.cluster.local\tservice = 0 100 80 nginx.default.svc.cluster.local.\n"
                + "\n");
        step(s, "kubectl exec shoot -- nslookup db",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10#53\n"
                + "\n"
                + "db.default.svc.cluster.local\tcanonical name = db.example.com.\n"
                + "Name:\tdb.example.com\n"
                + "Address: 203.0.113.20\n"
                + "\n");
        step(s, "kubectl exec shoot -- dig nginx",
                "\n"
                + "; <<>> DiG 9.18.27 <<>> nginx\n"
                + ";; global options: +cmd\n"
                + ";; Got answer:\n"
                + ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 54500\n"
                + ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1\n"
                + "\n"
                + ";; OPT PSEUDOSECTION:\n"
                + "; EDNS: version: 0, flags:; udp: 1232\n"
                + "; COOKIE: a6e1f5d8d4c7c030 (echoed)\n"
                + ";; QUESTION SECTION:\n"
                + ";nginx.\t\t\t\tIN\tA\n"
                + "\n"
                + ";; AUTHORITY SECTION:\n"
                + ".\t\t\t30\tIN\tSOA\ta.root-servers.net. nstld.verisign-grs.com. 2026112700 1800 900 604800 86400\n"
                + "\n"
                + ";; Query time: 0 msec\n"
                + ";; SERVER: 10.96.0.10#53(10.96.0.10) (UDP)\n"
                + ";; WHEN: Fri Nov 27 10:01:00 UTC 2026\n"
                + ";; MSG SIZE  rcvd: 121\n"
                + "\n");
        step(s, "kubectl exec shoot -- dig nginx.default.svc.cluster.local",
                "\n"
                + "; <<>> DiG 9.18.27 <<>> nginx.default.svc.cluster.local\n"
                + ";; global options: +cmd\n"
                + ";; Got answer:\n"
                + ";; WARNING: .local is reserved for Multicast DNS\n"
                + ";; You are currently testing what happens when an mDNS query is leaked to DNS\n"
                + ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 23028\n"
                + ";; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n"
                + ";; WARNING: recursion requested but not available\n"
                + "\n"
                + ";; OPT PSEUDOSECTION:\n"
                + "; EDNS: version: 0, flags:; udp: 1232\n"
                + "; COOKIE: 7d3a88cc0cdf1311 (echoed)\n"
                + ";; QUESTION SECTION:\n"
                + ";nginx.default.svc.cluster.local. IN\tA\n"
                + "\n"
                + ";; ANSWER SECTION:\n"
                + "nginx.default.svc.cluster.local. 30 IN\tA\t10.100.174.251\n"
                + "\n"
                + ";; Query time: 0 msec\n"
                + ";; SERVER: 10.96.0.10#53(10.96.0.10) (UDP)\n"
                + ";; WHEN: Fri Nov 27 10:01:00 UTC 2026\n"
                + ";; MSG SIZE  rcvd: 88\n"
                + "\n");
        step(s, "kubectl exec shoot -- dig +search nginx +short",
                "10.100.174.251\n");
        step(s, "kubectl exec shoot -- dig -x 10.96.0.10 +short",
                "kube-dns.kube-system.svc.cluster.local.\n");
        step(s, "kubectl exec shoot -- dig +noall +answer web-headless.default.svc.cluster.local SRV",
                "web-headless.default.svc.cluster.local.\t30 IN SRV 0 33 80 192-168-2-2.web-headless.default.svc.cluster.local.\n"
                + "web-headless.default.svc.cluster.local.\t30 IN SRV 0 33 80 192-168-1-3.web-headless.default.svc.cluster.local.\n"
                + "web-headless.default.svc.cluster.local.\t30 IN SRV 0 33 80 192-168-2-3.web-headless.default.svc.cluster.local.\n");
        step(s, "kubectl exec shoot -- dig +bogus nginx",
                "Invalid option: +bogus\n"
                + "Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}\n"
                + "            {global-d-opt} host [@local-server] {local-d-opt}\n"
                + "            [ host [@local-server] {local-d-opt} [...]]\n"
                + "\n"
                + "Use \"dig -h\" (or \"dig -h | more\") for complete list of options\n"
                + "command terminated with exit code 1\n");
        step(s, "kubectl exec shoot -- host nginx",
                "nginx.default.svc.cluster.local has address 10.100.174.251\n");
        step(s, "kubectl exec shoot -- host db",
                "db.default.svc.cluster.local is an alias for db.example.com.\n"
                + "db.example.com has address 203.0.113.20\n");
        step(s, "kubectl exec shoot -- host nope",
                "Host nope not found: 3(NXDOMAIN)\n"
                + "command terminated with exit code 1\n");
        step(s, "kubectl exec client -- getent hosts nginx",
                "10.100.174.251  nginx.default.svc.cluster.local\n");
        step(s, "kubectl exec client -- getent ahosts db",
                "203.0.113.20    STREAM db.example.com\n"
                + "203.0.113.20    DGRAM  \n"
                + "203.0.113.20    RAW    \n");
        step(s, "kubectl exec client -- getent hosts nope",
                "command terminated with exit code 2\n");
        step(s, "nslookup kubernetes.default.svc.cluster.local",
                "Server:\t\t127.0.0.53\n"
                + "Address:\t127.0.0.53#53\n"
                + "\n"
                + "** server can't find kubernetes.default.svc.cluster.local: NXDOMAIN\n"
                + "\n");
        step(s, "nslookup kubernetes.default.svc.cluster.local 10.96.0.10",
                "Server:\t\t10.96.0.10\n"
                + "Address:\t10.96.0.10#53\n"
                + "\n"
                + "Name:\tkubernetes.default.svc.cluster.local\n"
                + "Address: 10.96.0.1\n"
                + "\n");
        step(s, "dig +short www.example.com",
                "203.0.113.30\n");
        step(s, "kubectl scale deployment coredns -n kube-system --replicas=0",
                "deployment.apps/coredns scaled\n");
        s.wait(30); // the CoreDNS pods terminate: kube-dns has no ready endpoint left
        step(s, "kubectl exec box -- nslookup nginx",
                ";; connection timed out; no servers could be reached\n"
                + "\n"
                + "command terminated with exit code 1\n");
        step(s, "kubectl exec shoot -- nslookup nginx",
                ";; communications error to 10.96.0.10#53: timed out\n"
                + ";; communications error to 10.96.0.10#53: timed out\n"
                + ";; communications error to 10.96.0.10#53: timed out\n"
                + ";; no servers could be reached\n"
                + "\n"
                + "command terminated with exit code 1\n");
        step(s, "kubectl exec shoot -- dig nginx.default.svc.cluster.local",
                ";; communications error to 10.96.0.10#53: timed out\n"
                + ";; communications error to 10.96.0.10#53: timed out\n"
                + ";; communications error to 10.96.0.10#53: timed out\n"
                + "\n"
                + "; <<>> DiG 9.18.27 <<>> nginx.default.svc.cluster.local\n"
                + ";; global options: +cmd\n"
                + ";; no servers could be reached\n"
                + "command terminated with exit code 9\n");
        step(s, "kubectl exec client -- getent hosts nginx",
                "command terminated with exit code 2\n");
    }

    private static void step(DnsSession s, String line, String expected) {
        assertEquals(expected, s.type(line), line);
    }
}
