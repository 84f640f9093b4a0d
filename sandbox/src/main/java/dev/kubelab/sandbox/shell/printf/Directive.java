package dev.kubelab.sandbox.shell.printf;

/**
 * One % conversion read from the format: its flags, width and precision (a number, -1 for none, or taken from an
 * argument when the format says *), the conversion character and where the directive ends. A directive that
 * cannot be read carries the shell's complaint instead (bash "`%z'..." , busybox "%z...: invalid format").
 */
record Directive(String flags, int width, boolean widthStar, int precision, boolean precisionStar, char conversion,
                 int end, String error) {

    static Directive failed(String error) {
        return new Directive("", -1, false, -1, false, '\0', -1, error);
    }

    /** Reads the directive whose % is at start. */
    static Directive parse(Flavour flavour, String format, int start) {
        int p = start + 1;
        StringBuilder flags = new StringBuilder();
        String flagChars = flavour == Flavour.BASH ? "#'-+ 0" : "-+ #";
        while (p < format.length() && flagChars.indexOf(format.charAt(p)) >= 0
                && (flavour == Flavour.BASH || flags.length() == 0)) { // busybox takes one flag
            flags.append(format.charAt(p++));
        }
        int width = -1;
        boolean widthStar = false;
        if (p < format.length() && format.charAt(p) == '*') {
            widthStar = true;
            p++;
        } else {
            if (p < format.length() && format.charAt(p) == '0') {
                flags.append('0'); // busybox reads "05" as width digits; C takes the 0 as a flag either way
            }
            int digitsEnd = digits(format, p);
            width = digitsEnd > p ? Integer.parseInt(format.substring(p, Math.min(digitsEnd, p + 9))) : -1;
            p = digitsEnd;
        }
        int precision = -1;
        boolean precisionStar = false;
        if (p < format.length() && format.charAt(p) == '.') {
            p++;
            if (p < format.length() && format.charAt(p) == '*') {
                precisionStar = true;
                p++;
            } else {
                boolean negative = flavour == Flavour.BASH && p < format.length() && format.charAt(p) == '-';
                int from = negative ? p + 1 : p;
                int digitsEnd = digits(format, from);
                int number = digitsEnd > from
                        ? Integer.parseInt(format.substring(from, Math.min(digitsEnd, from + 9))) : 0;
                precision = negative ? -1 : number; // bash reads "%.-3s" as no precision
                p = digitsEnd;
            }
        }
        String modifiers = flavour == Flavour.BASH ? "hjlLtz" : "lLhz";
        while (p < format.length() && modifiers.indexOf(format.charAt(p)) >= 0) {
            p++;
        }
        if (flavour == Flavour.BASH) {
            if (p >= format.length()) {
                return failed("`" + format.substring(start) + "': missing format character");
            }
            char conversion = format.charAt(p);
            if ("csbqdiouxXeEfFgG".indexOf(conversion) < 0) {
                return failed("`" + conversion + "': invalid format character");
            }
            return new Directive(flags.toString(), width, widthStar, precision, precisionStar, conversion, p + 1, null);
        }
        if (p >= format.length() || "diouxXfeEgGcs".indexOf(format.charAt(p)) < 0) {
            return failed(format.substring(start) + ": invalid format");
        }
        return new Directive(flags.toString(), width, widthStar, precision, precisionStar, format.charAt(p), p + 1,
                null);
    }

    private static int digits(String s, int from) {
        int p = from;
        while (p < s.length() && Character.isDigit(s.charAt(p))) {
            p++;
        }
        return p;
    }
}
