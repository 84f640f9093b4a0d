package dev.kubelab.sandbox.net.proxy;

import java.util.ArrayList;
import java.util.List;

/**
 * One iptables rule: source, destination and protocol (null = any), the extension matches in the order they
 * were written, and the target (null = none, the rule only counts packets).
 */
public record Rule(Address source, Address destination, String protocol, List<Match> matches, Target target) {
    public Rule {
        matches = List.copyOf(matches);
    }

    public static Builder with() {
        return new Builder();
    }

    /** The comment match's text, or null. */
    public String comment() {
        for (Match m : matches) {
            if (m instanceof Match.Comment) {
                return ((Match.Comment) m).text();
            }
        }
        return null;
    }

    /** Builds a rule the way kube-proxy writes its argument lists. */
    public static final class Builder {
        private Address source;
        private Address destination;
        private String protocol;
        private final List<Match> matches = new ArrayList<>();

        public Builder source(Address a) {
            source = a;
            return this;
        }

        public Builder destination(Address a) {
            destination = a;
            return this;
        }

        /** -p proto together with -m proto [--dport port] (port 0 = no --dport). */
        public Builder port(String proto, int dport) {
            protocol = proto;
            matches.add(new Match.Port(proto, dport));
            return this;
        }

        public Builder protocol(String proto) {
            protocol = proto;
            return this;
        }

        public Builder comment(String text) {
            matches.add(new Match.Comment(text));
            return this;
        }

        public Builder match(Match m) {
            matches.add(m);
            return this;
        }

        public Rule jump(String chain) {
            return to(new Target.Jump(chain));
        }

        public Rule to(Target target) {
            return new Rule(source, destination, protocol, matches, target);
        }
    }
}
