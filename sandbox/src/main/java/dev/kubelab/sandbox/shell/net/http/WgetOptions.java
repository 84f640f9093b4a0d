package dev.kubelab.sandbox.shell.net.http;

import java.util.ArrayList;
import java.util.List;

/** wget's options learners use: -q, -O FILE (-O- = stdout, -qO- bundled), -T SECONDS, --spider, -S. */
final class WgetOptions {
    boolean quiet;
    boolean spider;
    String output;
    double timeout;
    final List<String> urls = new ArrayList<>();
    /** The offending option when the command line is wrong. */
    String unknown;

    static WgetOptions parse(List<String> args) {
        WgetOptions o = new WgetOptions();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--spider")) {
                o.spider = true;
            } else if (a.equals("--quiet")) {
                o.quiet = true;
            } else if (a.startsWith("--output-document=")) {
                o.output = a.substring(a.indexOf('=') + 1);
            } else if (a.startsWith("--timeout=")) {
                o.timeout = seconds(a.substring(a.indexOf('=') + 1));
            } else if (a.startsWith("--")) {
                o.unknown = a;
                return o;
            } else if (a.startsWith("-") && a.length() > 1) {
                for (int k = 1; k < a.length(); k++) {
                    char c = a.charAt(k);
                    if (c == 'q') {
                        o.quiet = true;
                    } else if (c == 'S') {
                        continue; // server headers: not shown in this simulation
                    } else if (c == 'O' || c == 'T') {
                        String v = k + 1 < a.length() ? a.substring(k + 1) : i + 1 < args.size() ? args.get(++i) : "";
                        if (c == 'O') {
                            o.output = v;
                        } else {
                            o.timeout = seconds(v);
                        }
                        break;
                    } else {
                        o.unknown = "-" + c;
                        return o;
                    }
                }
            } else {
                o.urls.add(a);
            }
        }
        return o;
    }

    /** The file a download is saved to: -O, else the URL's last path segment, else index.html. */
    String target(Url url) {
        if (output != null) {
            return output;
        }
        String path = url.path().contains("?") ? url.path().substring(0, url.path().indexOf('?')) : url.path();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? "index.html" : last;
    }

    private static double seconds(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
