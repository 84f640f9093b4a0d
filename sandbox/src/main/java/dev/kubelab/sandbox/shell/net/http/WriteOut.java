package dev.kubelab.sandbox.shell.net.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** curl -w: %{variable} substitution and \n \t \r escapes, e.g. -w '%{http_code}\n'. */
final class WriteOut {
    private WriteOut() {
    }

    static String render(String format, Fetch fetch, Url url, int exit, Map<String, String> extra) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && format.startsWith("%{", i) && format.indexOf('}', i) > 0) {
                int end = format.indexOf('}', i);
                out.append(variable(format.substring(i + 2, end), fetch, url, exit));
                i = end;
            } else if (c == '%' && format.startsWith("%%", i)) {
                out.append('%');
                i++;
            } else if (c == '\\' && i + 1 < format.length()) {
                char n = format.charAt(++i);
                out.append(n == 'n' ? "\n" : n == 't' ? "\t" : n == 'r' ? "\r" : "\\" + n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String variable(String name, Fetch fetch, Url url, int exit) {
        HttpResponse r = fetch == null ? null : fetch.response();
        boolean connected = fetch != null && fetch.address() != null && r != null;
        switch (name) {
            case "http_code": case "response_code":
                return r == null ? "000" : String.valueOf(r.status());
            case "remote_ip":
                return connected ? fetch.address() : "";
            case "remote_port":
                return connected ? String.valueOf(fetch.port()) : "0";
            case "size_download":
                return r == null ? "0" : String.valueOf(r.body().getBytes(StandardCharsets.UTF_8).length);
            case "content_type":
                return r == null ? "" : r.header("Content-Type");
            case "url_effective": case "url":
                return url == null ? "" : url.text();
            case "num_connects":
                return connected ? "1" : "0";
            case "exitcode":
                return String.valueOf(exit);
            case "time_total":
                return "0.001523";
            case "time_connect":
                return connected ? "0.000412" : "0.000000";
            case "time_namelookup":
                return "0.000120";
            case "method":
                return "GET";
            default:
                return "";
        }
    }
}
