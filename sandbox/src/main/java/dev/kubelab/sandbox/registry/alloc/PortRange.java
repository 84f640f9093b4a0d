package dev.kubelab.sandbox.registry.alloc;

/** --service-node-port-range, e.g. 30000-32767 (both ends included). */
public record PortRange(int base, int size) {
    public PortRange {
        if (base < 1 || size < 1 || base + size - 1 > 65535) {
            throw new IllegalArgumentException("bad port range " + base + "+" + size);
        }
    }

    /** "30000-32767", or a single port "30080". */
    public static PortRange parse(String spec) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new PortRange(Integer.parseInt(spec.trim()), 1);
        }
        int low = Integer.parseInt(spec.substring(0, dash).trim());
        int high = Integer.parseInt(spec.substring(dash + 1).trim());
        if (high < low) {
            throw new IllegalArgumentException("bad port range " + spec);
        }
        return new PortRange(low, high - low + 1);
    }

    public boolean contains(int port) {
        return port >= base && port < base + size;
    }

    @Override
    public String toString() {
        return base + "-" + (base + size - 1);
    }
}
