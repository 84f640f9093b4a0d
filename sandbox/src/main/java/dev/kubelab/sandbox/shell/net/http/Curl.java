package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * curl: fetches each URL from the host it runs on (a pod, a node, the laptop) and prints what a real curl of
 * that version prints — the body, headers with -i/-I, the conversation with -v, -w variables, and its
 * error lines and exit codes (6 resolve, 7 connect, 22 -f, 28 timeout, 52 empty reply, 60 certificate).
 */
public final class Curl implements Builtin {
    private static final String TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information";

    private final HttpClient client;
    private final FileSystem files;
    private final String version;
    /** curl ≥ 7.86 words connect failures differently from the 7.81 of Ubuntu 22.04. */
    private final boolean modern;

    public Curl(HttpClient client, FileSystem files, String version) {
        this.client = client;
        this.files = files;
        this.version = version;
        this.modern = !version.startsWith("7.") || Integer.parseInt(version.split("\\.")[1]) >= 86;
    }

    @Override
    public String name() {
        return "curl";
    }

    @Override
    public int run(List<String> args, Streams io) {
        CurlOptions o = CurlOptions.parse(args);
        if (o.usageError != null) {
            io.err().println("curl: " + o.usageError);
            io.err().println(TRY_HELP);
            return 2;
        }
        if (o.version) {
            io.out().println("curl " + version + " (x86_64-pc-linux-gnu) libcurl/" + version
                    + " OpenSSL/3.0.13 zlib/1.3\nProtocols: http https\nFeatures: IPv6 Largefile SSL");
            return 0;
        }
        if (o.urls.isEmpty()) {
            io.err().println(TRY_HELP);
            return 2;
        }
        int status = 0;
        for (String text : o.urls) {
            status = fetchOne(text, o, io);
        }
        return status;
    }

    private int fetchOne(String text, CurlOptions o, Streams io) {
        Url.Parse parsed = Url.parse(text);
        if (parsed.url().isEmpty()) {
            return fail(io, o, parsed.code(), parsed.error(), null, null);
        }
        Url url = parsed.url().get();
        Fetch fetch = client.fetch(url, o.effectiveMethod(), o.insecure);
        CurlTranscript verbose = new CurlTranscript(io, o.verbose, modern, version);
        verbose.connecting(url, fetch);
        if (!fetch.ok()) {
            int code = CurlMessages.code(fetch.failure());
            writeOut(o, io, fetch, url, code);
            return fail(io, o, code, CurlMessages.text(fetch, url, o, modern), fetch, url);
        }
        HttpResponse r = fetch.response();
        verbose.exchange(url, o, r);
        if (o.fail && r.status() >= 400) {
            verbose.closed(url);
            writeOut(o, io, fetch, url, 22);
            return fail(io, o, 22, "The requested URL returned error: " + r.status(), fetch, url);
        }
        StringBuilder shown = new StringBuilder();
        if ((o.include || o.head) && !o.verbose) {
            shown.append(r.statusLine()).append('\n');
            r.headers().forEach(h -> shown.append(h.getKey()).append(": ").append(h.getValue()).append('\n'));
            shown.append('\n');
        }
        if (!o.head) {
            shown.append(r.body());
        }
        if (!deliver(o, io, shown.toString())) {
            return 23;
        }
        verbose.closed(url);
        writeOut(o, io, fetch, url, 0);
        return 0;
    }

    private boolean deliver(CurlOptions o, Streams io, String content) {
        if (o.output == null || o.output.equals("-")) {
            io.out().print(content);
            return true;
        }
        if (!o.output.equals("/dev/null")) {
            Optional<String> error = files.write(o.output, content, false);
            if (error.isPresent()) {
                io.err().println("Warning: Failed to open the file " + o.output + ": No such file or directory");
                io.err().println("curl: (23) Failure writing output to destination");
                return false;
            }
        }
        if (!o.silent && !o.noProgress) {
            ProgressMeter.print(io, content.getBytes(StandardCharsets.UTF_8).length);
        }
        return true;
    }

    private int fail(Streams io, CurlOptions o, int code, String message, Fetch fetch, Url url) {
        if (!o.silent || o.showError) {
            io.err().println("curl: (" + code + ") " + message);
            if (code == 60) {
                io.err().print(CurlMessages.CERT_HELP);
            }
        }
        return code;
    }

    private void writeOut(CurlOptions o, Streams io, Fetch fetch, Url url, int exit) {
        if (o.writeOut != null) {
            io.out().print(WriteOut.render(o.writeOut, fetch, url, exit, Map.of()));
        }
    }
}
