package dev.kubelab.sandbox.net.dns;

/**
 * A resource record. name is absolute without the trailing dot. data is the rdata in presentation form with
 * names undotted: an address (A), a target name (CNAME, PTR), "priority weight port target" (SRV) or
 * "mname rname serial refresh retry expire minimum" (SOA).
 */
public record Record(String name, RecordType type, int ttl, String data) {
    public static Record a(String name, int ttl, String ip) {
        return new Record(name, RecordType.A, ttl, ip);
    }

    public static Record cname(String name, int ttl, String target) {
        return new Record(name, RecordType.CNAME, ttl, target);
    }

    public static Record ptr(String name, int ttl, String target) {
        return new Record(name, RecordType.PTR, ttl, target);
    }

    public static Record srv(String name, int ttl, int weight, int port, String target) {
        return new Record(name, RecordType.SRV, ttl, "0 " + weight + " " + port + " " + target);
    }

    public Record withTtl(int newTtl) {
        return new Record(name, type, newTtl, data);
    }

    /** The rdata as bind prints it: every domain name in it fully qualified, with its trailing dot. */
    public String dottedData() {
        switch (type) {
            case CNAME:
            case PTR:
            case NS:
                return data + ".";
            case SRV:
                return data + ".";
            case SOA: {
                String[] f = data.split(" ", 3);
                return f[0] + ". " + f[1] + ". " + f[2];
            }
            default:
                return data;
        }
    }

    /** The name in rdata that the wire format carries (CNAME, PTR, NS, SRV target), else null. */
    public String targetName() {
        switch (type) {
            case CNAME:
            case PTR:
            case NS:
                return data;
            case SRV:
                return data.substring(data.lastIndexOf(' ') + 1);
            default:
                return null;
        }
    }
}
