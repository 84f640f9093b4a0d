package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.text.GoQuote;

import java.util.LinkedHashSet;
import java.util.Set;

/** How kubectl's checkErr prints an API error (reference §3.6); lines joined by "\n", no trailing newline. */
public final class KubectlErrorText {
    private KubectlErrorText() {
    }

    /**
     * Invalid with causes: {@code The Service "x" is invalid: <field>: <msg>} for one, otherwise a header ending
     * in a space and one {@code * <field>: <msg>} line per distinct cause. Anything else:
     * {@code Error from server (<Reason>): <message>}.
     */
    public static String of(StatusError e) {
        if (e.reason() == StatusReason.INVALID) {
            String header = e.kind().isEmpty() && e.name().isEmpty() ? "The request is invalid"
                    : "The " + e.kind() + " " + GoQuote.quote(e.name())
                    + " is invalid";
            Set<String> lines = new LinkedHashSet<>();
            for (StatusCause c : e.causes()) {
                lines.add(c.field() + ": " + c.message());
            }
            if (lines.isEmpty()) {
                return header;
            }
            if (lines.size() == 1) {
                return header + ": " + lines.iterator().next();
            }
            StringBuilder sb = new StringBuilder(header).append(": ");
            for (String line : lines) {
                sb.append("\n* ").append(line);
            }
            return sb.toString();
        }
        return "Error from server (" + e.reason().text() + "): " + e.getMessage();
    }

    /** cmdutil.AddSourceToErr: the file an object came from, after the reason ("error when deleting \"f\": …"). */
    public static String sourced(StatusError e, String verbing, String file) {
        return "Error from server (" + e.reason().text() + "): error when " + verbing + " \"" + file + "\": "
                + e.getMessage();
    }
}
