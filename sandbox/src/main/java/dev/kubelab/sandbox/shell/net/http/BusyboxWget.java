package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.text.BusyboxApplet;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** busybox wget (busybox, alpine, curlimages/curl, netshoot): terse "Connecting to …" lines, exit 1 on errors. */
public final class BusyboxWget implements Builtin {
    private final HttpClient client;
    private final FileSystem files;

    public BusyboxWget(HttpClient client, FileSystem files) {
        this.client = client;
        this.files = files;
    }

    @Override
    public String name() {
        return "wget";
    }

    @Override
    public int run(List<String> args, Streams io) {
        WgetOptions o = WgetOptions.parse(args);
        if (o.unknown != null || o.urls.isEmpty()) {
            if (o.unknown != null) {
                io.err().println("wget: unrecognized option '" + o.unknown.replaceFirst("^-(?!-)", "") + "'");
            }
            io.err().println(BusyboxApplet.BANNER + "\n\n"
                    + "Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n"
                    + "\t[--post-data STR | --post-file FILE] [-Y on/off]\n"
                    + "\t[-P DIR] [-U AGENT] [-T SEC] URL...");
            return 1;
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
            io.err().println("wget: bad address '" + text + "'");
            return 1;
        }
        Url url = parsed.url().get();
        Fetch f = client.fetch(url, "GET", true);
        if (f.address() == null) {
            io.err().println("wget: bad address '" + url.host() + "'");
            return 1;
        }
        if (!o.quiet) {
            io.err().println("Connecting to " + url.host() + " (" + f.address() + ":" + url.port() + ")");
        }
        switch (f.failure()) {
            case NONE:
                break;
            case REFUSED:
                return error(io, "can't connect to remote host (" + f.address() + "): Connection refused");
            case UNREACHABLE:
                return error(io, "can't connect to remote host (" + f.address() + "): No route to host");
            case TIMEOUT:
                return error(io, o.timeout > 0 ? "download timed out"
                        : "can't connect to remote host (" + f.address() + "): Connection timed out");
            default:
                return error(io, "error getting response: Connection reset by peer");
        }
        HttpResponse r = f.response();
        if (r.status() >= 400) {
            return error(io, "server returned error: " + r.statusLine());
        }
        if (o.spider) {
            if (!o.quiet) {
                io.err().println("remote file exists");
            }
            return 0;
        }
        String target = o.target(url);
        boolean toStdout = target.equals("-");
        if (!toStdout && files.exists(target)) {
            return error(io, "can't open '" + target + "': File exists");
        }
        if (!o.quiet) {
            io.err().println(toStdout ? "writing to stdout" : "saving to '" + target + "'");
        }
        if (toStdout) {
            io.out().print(r.body());
        } else if (files.write(target, r.body(), false).isPresent()) {
            return error(io, "can't open '" + target + "': No such file or directory");
        }
        if (!o.quiet) {
            int size = r.body().getBytes(StandardCharsets.UTF_8).length;
            io.err().println(String.format("%-20s 100%% |********************************| %5s  0:00:00 ETA",
                    toStdout ? "-" : target, ProgressMeter.amount(size)));
            io.err().println(toStdout ? "written to stdout" : "'" + target + "' saved");
        }
        return 0;
    }

    private static int error(Streams io, String message) {
        io.err().println("wget: " + message);
        return 1;
    }
}
