package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.registry.alloc.Cidr;
import dev.kubelab.sandbox.registry.alloc.PortRange;

import java.util.List;

/**
 * kube-apiserver's flag parsing (pflag) for what matters here: unknown flags and positional arguments stop it;
 * --service-cluster-ip-range and --service-node-port-range are parsed as kube-apiserver does (last one wins).
 */
final class FlagReader {
    private static final String NODE_PORTS = "service-node-port-range";
    private static final String SERVICE_CIDR = "service-cluster-ip-range";

    private FlagReader() {
    }

    /** The config the flags give; IllegalArgumentException with kube-apiserver's error when it would exit. */
    static ApiServerConfig config(List<String> flags) {
        String cidr = ApiServerConfig.DEFAULT_SERVICE_CIDR;
        String ports = ApiServerConfig.DEFAULT_NODE_PORT_RANGE;
        for (String flag : flags) {
            String name = name(flag);
            String value = flag.indexOf('=') < 0 ? "" : flag.substring(flag.indexOf('=') + 1);
            if (name.equals(NODE_PORTS)) {
                ports = portRange(value);
            } else if (name.equals(SERVICE_CIDR)) {
                cidr = serviceCidr(value);
            }
        }
        return ApiServerConfig.of(cidr, ports);
    }

    private static String name(String flag) {
        if (!flag.startsWith("-") || flag.equals("-") || flag.equals("--")) {
            throw new IllegalArgumentException("\"kube-apiserver\" does not take any arguments, got [\"" + flag + "\"]");
        }
        if (!flag.startsWith("--")) {
            char shorthand = flag.charAt(1);
            if (shorthand != 'v' && shorthand != 'h') {
                throw new IllegalArgumentException("unknown shorthand flag: '" + shorthand + "' in " + flag);
            }
            return shorthand == 'v' ? "v" : "help";
        }
        int eq = flag.indexOf('=');
        String name = flag.substring(2, eq < 0 ? flag.length() : eq);
        if (!KubeApiServerFlags.NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown flag: --" + name);
        }
        return name;
    }

    /** utilnet.PortRange.Set: "low-high", "base+offset" or a single port. */
    private static String portRange(String value) {
        String v = value.trim();
        int dash = v.indexOf('-');
        int plus = v.indexOf('+');
        try {
            int low;
            int high;
            if (dash >= 0 && plus >= 0) {
                throw invalid(NODE_PORTS, value, "unable to parse port range: " + v);
            } else if (dash >= 0) {
                low = Integer.parseInt(v.substring(0, dash));
                high = Integer.parseInt(v.substring(dash + 1));
            } else if (plus >= 0) {
                low = Integer.parseInt(v.substring(0, plus));
                high = low + Integer.parseInt(v.substring(plus + 1));
            } else {
                low = Integer.parseInt(v);
                high = low;
            }
            if (low > 65535 || high > 65535) {
                throw invalid(NODE_PORTS, value, "the port range cannot be greater than 65535: " + v);
            }
            if (high < low) {
                throw invalid(NODE_PORTS, value, "end port cannot be less than start port: " + v);
            }
            if (low < 1) {
                throw invalid(NODE_PORTS, value, "the port range must start above 0: " + v);
            }
            return low + "-" + high;
        } catch (NumberFormatException e) {
            throw invalid(NODE_PORTS, value, "strconv.Atoi: parsing " + quoted(e, v) + ": invalid syntax");
        }
    }

    private static String serviceCidr(String value) {
        Cidr cidr;
        try {
            cidr = Cidr.parse(value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid CIDR address: " + value);
        }
        if (cidr.prefixLength() < 12) {
            throw new IllegalArgumentException("specified " + "--" + SERVICE_CIDR
                    + " is too large; for 32-bit addresses, the mask must be >= 12");
        }
        return cidr.toString();
    }

    private static IllegalArgumentException invalid(String flag, String value, String why) {
        return new IllegalArgumentException("invalid argument \"" + value + "\" for \"--" + flag + "\" flag: " + why);
    }

    /** Go quotes the number that failed to parse, e.g. "abc". */
    private static String quoted(NumberFormatException e, String whole) {
        String msg = e.getMessage();
        int start = msg == null ? -1 : msg.indexOf('"');
        return start < 0 ? "\"" + whole + "\"" : msg.substring(start);
    }
}
