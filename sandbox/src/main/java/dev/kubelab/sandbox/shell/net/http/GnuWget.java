package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * GNU wget 1.21 of the Ubuntu nodes: the "--date--  URL", Resolving / Connecting / HTTP request sent lines,
 * ‘curly quotes’, exit 4 for network failures and 8 for an error status.
 */
public final class GnuWget implements Builtin {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final HttpClient client;
    private final FileSystem files;
    private final SimClock clock;

    public GnuWget(HttpClient client, FileSystem files, SimClock clock) {
        this.client = client;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "wget";
    }

    @Override
    public int run(List<String> args, Streams io) {
        WgetOptions o = WgetOptions.parse(args);
        if (o.unknown != null) {
            io.err().println("wget: " + (o.unknown.startsWith("--") ? "unrecognized option '" + o.unknown + "'"
                    : "invalid option -- '" + o.unknown.substring(1) + "'"));
        }
        if (o.unknown != null || o.urls.isEmpty()) {
            if (o.unknown == null) {
                io.err().println("wget: missing URL");
            }
            io.err().println("Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.");
            return o.unknown != null ? 2 : 1;
        }
        int status = 0;
        for (String text : o.urls) {
            status = Math.max(status, one(text, o, io));
        }
        return status;
    }

    private int one(String text, WgetOptions o, Streams io) {
        Url.Parse parsed = Url.parse(text);
        if (parsed.url().isEmpty()) {
            io.err().println(text + ": Unsupported scheme.");
            return 1;
        }
        Url url = parsed.url().get();
        Fetch f = client.fetch(url, "GET", false);
        String now = STAMP.format(clock.now());
        boolean literal = url.host().matches("[\\d.]+");
        say(o, io, "--" + now + "--  " + url.text());
        if (f.address() == null) {
            say(o, io, "Resolving " + url.host() + " (" + url.host() + ")... failed: "
                    + (f.failure() == Fetch.Failure.RESOLVE_TIMEOUT ? "Temporary failure in name resolution."
                    : "Name or service not known."));
            io.err().println("wget: unable to resolve host address ‘" + url.host() + "’");
            return 4;
        }
        String where = literal ? f.address() + ":" + url.port()
                : url.host() + " (" + url.host() + ")|" + f.address() + "|:" + url.port();
        if (!literal) {
            say(o, io, "Resolving " + url.host() + " (" + url.host() + ")... " + f.address());
        }
        String failed = failure(f.failure());
        if (failed != null) {
            say(o, io, "Connecting to " + where + "... failed: " + failed);
            return 4;
        }
        say(o, io, "Connecting to " + where + "... connected.");
        HttpResponse r = f.response();
        say(o, io, "HTTP request sent, awaiting response... " + r.status() + " " + HttpResponse.reason(r.status()));
        if (r.status() >= 400) {
            say(o, io, now + " ERROR " + r.status() + ": " + HttpResponse.reason(r.status()) + ".\n");
            return 8;
        }
        int size = r.body().getBytes(StandardCharsets.UTF_8).length;
        String target = o.target(url);
        boolean toStdout = target.equals("-");
        if (!toStdout && o.output == null && files.exists(target)) {
            target = target + ".1"; // GNU wget never overwrites: index.html.1, .2 …
        }
        say(o, io, "Length: " + size + " [" + r.header("Content-Type") + "]");
        say(o, io, "Saving to: ‘" + (toStdout ? "STDOUT" : target) + "’\n");
        if (toStdout) {
            io.out().print(r.body());
        } else {
            files.write(target, r.body(), false);
        }
        say(o, io, String.format("%-19s100%%[===================>] %7d  --.-KB/s    in 0s      \n",
                toStdout ? "-" : target, size));
        say(o, io, now + " (" + "73.3 MB/s) - " + (toStdout ? "written to stdout" : "‘" + target + "’ saved")
                + " [" + size + "/" + size + "]\n");
        return 0;
    }

    private static String failure(Fetch.Failure f) {
        switch (f) {
            case NONE: return null;
            case REFUSED: return "Connection refused.";
            case UNREACHABLE: return "No route to host.";
            case TIMEOUT: return "Connection timed out.";
            default: return "Connection reset by peer.";
        }
    }

    private static void say(WgetOptions o, Streams io, String line) {
        if (!o.quiet) {
            io.err().println(line);
        }
    }
}
