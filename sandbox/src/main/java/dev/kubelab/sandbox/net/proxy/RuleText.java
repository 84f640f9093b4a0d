package dev.kubelab.sandbox.net.proxy;

/**
 * A rule in iptables-save form ("-A CHAIN -s … -d … -p … -m … -j …"), as iptables 1.8.7 prints it back:
 * addresses and protocol first, then each match's save text, then the target.
 */
public final class RuleText {
    private static final String SAFE = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private RuleText() {
    }

    public static String save(String chain, Rule r) {
        StringBuilder out = new StringBuilder("-A ").append(chain);
        if (r.source() != null) {
            out.append(r.source().inverted() ? " ! -s " : " -s ").append(r.source().cidr());
        }
        if (r.destination() != null) {
            out.append(r.destination().inverted() ? " ! -d " : " -d ").append(r.destination().cidr());
        }
        if (r.protocol() != null) {
            out.append(" -p ").append(r.protocol());
        }
        for (Match m : r.matches()) {
            out.append(match(m));
        }
        if (r.target() != null) {
            out.append(target(r.target()));
        }
        return out.toString();
    }

    static String match(Match m) {
        if (m instanceof Match.Comment) {
            return " -m comment --comment" + quoted(((Match.Comment) m).text());
        }
        if (m instanceof Match.Port) {
            Match.Port p = (Match.Port) m;
            return " -m " + p.protocol() + (p.dport() == 0 ? "" : " --dport " + p.dport());
        }
        if (m instanceof Match.AddrType) {
            Match.AddrType a = (Match.AddrType) m;
            return " -m addrtype " + (a.source() ? "--src-type " : "--dst-type ") + a.type();
        }
        if (m instanceof Match.Statistic) {
            return " -m statistic --mode random --probability " + ((Match.Statistic) m).probability().text();
        }
        if (m instanceof Match.Recent) {
            Match.Recent r = (Match.Recent) m;
            return " -m recent" + (r.set() ? " --set" : " --rcheck")
                    + (r.seconds() > 0 ? " --seconds " + r.seconds() : "") + (r.reap() ? " --reap" : "")
                    + " --name " + r.name() + " --mask 255.255.255.255 --rsource";
        }
        if (m instanceof Match.Mark) {
            Match.Mark k = (Match.Mark) m;
            return " -m mark" + (k.inverted() ? " !" : "") + " --mark " + hex(k.value()) + "/" + hex(k.mask());
        }
        if (m instanceof Match.Conntrack) {
            Match.Conntrack c = (Match.Conntrack) m;
            return " -m conntrack" + (c.inverted() ? " !" : "") + " --ctstate " + c.states();
        }
        Match.IpSet s = (Match.IpSet) m;
        return " -m set --match-set " + s.set() + " " + s.flags();
    }

    static String target(Target t) {
        if (t instanceof Target.Jump) {
            return " -j " + ((Target.Jump) t).chain();
        }
        if (t instanceof Target.Reject) {
            return " -j REJECT --reject-with " + ((Target.Reject) t).with();
        }
        if (t instanceof Target.Dnat) {
            return " -j DNAT --to-destination " + ((Target.Dnat) t).destination();
        }
        if (t instanceof Target.SetMark) {
            Target.SetMark m = (Target.SetMark) t;
            return " -j MARK --set-xmark " + hex(m.value()) + "/" + hex(m.mask());
        }
        return " -j MASQUERADE" + (((Target.Masquerade) t).randomFully() ? " --random-fully" : "");
    }

    public static String hex(int value) {
        return "0x" + Integer.toHexString(value);
    }

    /** xtables_save_string: bare when only [A-Za-z0-9_-], else double-quoted with \" \\ \' escaped. */
    static String quoted(String value) {
        boolean safe = !value.isEmpty();
        for (int i = 0; i < value.length() && safe; i++) {
            safe = SAFE.indexOf(value.charAt(i)) >= 0;
        }
        if (safe) {
            return " " + value;
        }
        StringBuilder out = new StringBuilder(" \"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\' || c == '\'') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }
}
