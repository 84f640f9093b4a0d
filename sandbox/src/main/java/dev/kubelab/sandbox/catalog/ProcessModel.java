package dev.kubelab.sandbox.catalog;

import dev.kubelab.sandbox.api.Container;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a container's argv (Docker semantics: command replaces ENTRYPOINT, args replace CMD) as a very small
 * shell would: `sleep N`, `exit N`, `while true`, `httpd -f -p P`, `nc -lk -p P`, `date >> F`, `touch F`; a shell
 * reading an open stdin ({@link StdinReaders}) runs until its attached session ends.
 */
final class ProcessModel {
    /** sleep N, with the s/m/h/d suffixes GNU and busybox (FANCY_SLEEP) both accept, or infinity. */
    private static final Pattern SLEEP = Pattern.compile("\\bsleep\\s+(\\d+|infinity)([smhd]?)\\b");
    private static final Pattern EXIT = Pattern.compile("\\bexit\\s+(\\d+)");
    private static final Pattern HTTPD = Pattern.compile("\\bhttpd\\b[^;&|]*?-p\\s*(?:[\\d.]+:)?(\\d+)");
    private static final Pattern HTTPD_HOME = Pattern.compile("\\bhttpd\\b[^;&|]*?-h\\s+(\\S+)");
    private static final Pattern NC = Pattern.compile("\\bnc\\b[^;&|]*?-l[^;&|]*?-p\\s*(\\d+)");
    private static final Pattern APPEND = Pattern.compile("(\\w[\\w -]*?)\\s*>>\\s*([^\\s;]+)");
    private static final Pattern TOUCH = Pattern.compile("\\btouch\\s+([^\\s;]+)");

    private ProcessModel() {
    }

    static ContainerProcess of(ImageInfo info, Container c, String version) {
        if (info == null) {
            return new ContainerProcess(false, 0, 1, 0, List.of(), List.of(), List.of());
        }
        if (c.stdin() && StdinReaders.reads(info, c)) {
            // Waits on its open stdin until an attached session ends it (the kubelet then gets the exit status);
            // as PID 1 it ignores SIGTERM.
            return new ContainerProcess(true, 0, 0, -1, List.of(), List.of(), List.of());
        }
        if (c.command().isEmpty() && (c.args().isEmpty() || !info.entrypoint().isEmpty())
                && !entrypointRunsArgs(info, c.args())) {
            return imageDefault(info, c.args(), version);
        }
        if (runsOwnEntrypoint(info, c.command())) {
            List<String> flags = new ArrayList<>(c.command().subList(1, c.command().size()));
            flags.addAll(c.args());
            return imageDefault(info, flags, version); // command: ["/http-echo", "-text=hi"] is the image's binary
        }
        List<String> argv = new ArrayList<>(c.command().isEmpty() ? info.entrypoint() : c.command());
        argv.addAll(c.args());
        String script = String.join(" ", argv);
        for (int i = 0; i + 1 < argv.size(); i++) {
            if (argv.get(i).equals("-c")) {
                script = String.join(" ", argv.subList(i + 1, argv.size()));
                break;
            }
        }
        return fromScript(info, script, version);
    }

    /**
     * Entrypoint scripts such as nginx's /docker-entrypoint.sh or curlimages' /entrypoint.sh exec their
     * arguments when the first one is a program rather than a flag: `kubectl run x --image=nginx -- sleep 3600`
     * runs sleep.
     */
    private static boolean entrypointRunsArgs(ImageInfo info, List<String> args) {
        List<String> ep = info.entrypoint();
        return !args.isEmpty() && !args.get(0).startsWith("-") && ep.size() == 1 && ep.get(0).endsWith("entrypoint.sh");
    }

    private static boolean runsOwnEntrypoint(ImageInfo info, List<String> command) {
        return !command.isEmpty() && info.entrypoint().size() == 1 && !info.entrypoint().get(0).endsWith(".sh")
                && command.get(0).equals(info.entrypoint().get(0));
    }

    /** The image's own process; args are its flags (http-echo's -text / -listen). */
    private static ContainerProcess imageDefault(ImageInfo info, List<String> args, String version) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (a.startsWith("-") && eq > 0) {
                flags.put(a.substring(a.startsWith("--") ? 2 : 1, eq), a.substring(eq + 1));
            }
        }
        List<Server> servers = new ArrayList<>();
        for (Server s : info.servers()) {
            Server filled = withVersion(s, version);
            if (flags.containsKey("listen")) {
                String l = flags.get("listen");
                filled = filled.withPort((int) bounded(l.substring(l.lastIndexOf(':') + 1), 65535));
            }
            if (flags.containsKey("text") && filled.http() != null) {
                HttpAnswer h = filled.http();
                filled = new Server(filled.port(), filled.protocol(),
                        new HttpAnswer(h.status(), h.paths(), h.headers(), flags.get("text") + "\n"), null);
            }
            servers.add(filled);
        }
        return new ContainerProcess(info.runsForever(), 0, info.exitCode(), info.stopSeconds(), servers, List.of(), List.of());
    }

    private static ContainerProcess fromScript(ImageInfo info, String script, String version) {
        List<Server> servers = new ArrayList<>();
        Matcher m = HTTPD.matcher(script);
        if (m.find()) {
            Matcher home = HTTPD_HOME.matcher(script);
            String docroot = home.find() ? home.group(1) : "/var/www";
            servers.add(new Server((int) bounded(m.group(1), 65535), "TCP", new HttpAnswer(200, List.of("/"),
                    Map.of("Content-Type", "text/html"), ""), docroot));
        }
        m = NC.matcher(script);
        if (m.find()) {
            servers.add(new Server((int) bounded(m.group(1), 65535), "TCP", null, null));
        }
        if (script.matches("^\\s*(/usr/sbin/)?nginx\\b.*")) {
            return imageDefault(info, List.of(), version);
        }
        List<ContainerProcess.Appender> appends = new ArrayList<>();
        long interval = 1;
        Matcher sleep = SLEEP.matcher(script);
        long lastSleep = -1;
        while (sleep.find()) {
            lastSleep = sleep.group(1).equals("infinity") ? Long.MAX_VALUE
                    : saturated(bounded(sleep.group(1), Long.MAX_VALUE), unitSeconds(sleep.group(2)));
            interval = Math.max(1, lastSleep == Long.MAX_VALUE ? 1 : lastSleep);
        }
        boolean loop = script.matches("(?s).*\\bwhile\\s+(true|:)\\b.*");
        Matcher ap = APPEND.matcher(script);
        while (ap.find()) {
            String command = ap.group(1).trim().replaceFirst("^(do|then|else)\\s+", "");
            appends.add(new ContainerProcess.Appender(ap.group(2), command, loop ? interval : 0));
        }
        List<String> touches = new ArrayList<>();
        Matcher t = TOUCH.matcher(script);
        while (t.find()) {
            touches.add(t.group(1));
        }
        boolean forever = loop || !servers.isEmpty() || lastSleep == Long.MAX_VALUE
                || script.matches("(?s).*\\btail\\s+-f\\b.*");
        Matcher exit = EXIT.matcher(script);
        int code = exit.find() ? (int) (bounded(exit.group(1), Integer.MAX_VALUE) & 0xff) : 0;
        long runs = forever ? 0 : Math.max(0, lastSleep);
        // A shell or sleep as PID 1 has no SIGTERM handler: the kubelet waits out the grace period.
        return new ContainerProcess(forever, runs, code, -1, servers, appends, touches);
    }

    private static Server withVersion(Server s, String version) {
        if (s.http() == null) {
            return s;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        s.http().headers().forEach((k, v) -> headers.put(k, v.replace("{version}", version)));
        return new Server(s.port(), s.protocol(), new HttpAnswer(s.http().status(), s.http().paths(), headers,
                s.http().body()), s.docroot(), s.pages());
    }

    private static long unitSeconds(String suffix) {
        switch (suffix) {
            case "m":
                return 60;
            case "h":
                return 3600;
            case "d":
                return 86_400;
            default:
                return 1;
        }
    }

    private static long saturated(long value, long factor) {
        return value > Long.MAX_VALUE / factor ? Long.MAX_VALUE : value * factor;
    }

    /** A number from a learner's command line: digits beyond what fits are clamped, never thrown. */
    private static long bounded(String digits, long max) {
        try {
            return Math.min(Long.parseLong(digits), max);
        } catch (NumberFormatException e) {
            return digits.matches("\\d+") ? max : 0;
        }
    }
}
