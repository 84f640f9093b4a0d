package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * GNU seq: `seq LAST`, `seq FIRST LAST`, `seq FIRST INCREMENT LAST`, with -s SEPARATOR and -w (equal width).
 * Decimals print with the precision of FIRST or INCREMENT, whichever has more digits after the point, as GNU
 * does. Output stops after a mebibyte: seq 1 1000000000 must not keep the engine busy.
 */
public final class SeqBuiltin implements Builtin {
    private static final String TRY = "Try 'seq --help' for more information.";
    private static final String NUMBER = "[-+]?(\\d+\\.?\\d*|\\.\\d+)";

    @Override
    public String name() {
        return "seq";
    }

    @Override
    public int run(List<String> args, Streams io) {
        String separator = "\n";
        boolean equalWidth = false;
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!operands.isEmpty() || !arg.startsWith("-") || arg.length() == 1 || arg.matches("-[0-9.].*")) {
                operands.add(arg); // "-5" is a number; after the first number, no more options
            } else if (arg.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            } else if (arg.equals("-w") || arg.equals("--equal-width")) {
                equalWidth = true;
            } else if (arg.equals("-s") || arg.equals("--separator")) {
                if (i + 1 >= args.size()) {
                    return usage(io, arg.equals("-s") ? "seq: option requires an argument -- 's'"
                            : "seq: option '--separator' requires an argument");
                }
                separator = args.get(++i);
            } else if (arg.startsWith("--separator=")) {
                separator = arg.substring("--separator=".length());
            } else if (arg.startsWith("-s")) {
                separator = arg.substring(2);
            } else if (arg.startsWith("--")) {
                return usage(io, "seq: unrecognized option '" + arg + "'");
            } else {
                return usage(io, "seq: invalid option -- '" + arg.charAt(1) + "'");
            }
        }
        if (operands.isEmpty()) {
            return usage(io, "seq: missing operand");
        }
        if (operands.size() > 3) {
            return usage(io, "seq: extra operand ‘" + operands.get(3) + "’");
        }
        for (String operand : operands) {
            if (!operand.matches(NUMBER)) {
                return usage(io, "seq: invalid floating point argument: ‘" + operand + "’");
            }
        }
        String first = operands.size() > 1 ? operands.get(0) : "1";
        String step = operands.size() == 3 ? operands.get(1) : "1";
        String last = operands.get(operands.size() - 1);
        if (new BigDecimal(step).signum() == 0) {
            return usage(io, "seq: invalid Zero increment value: ‘" + step + "’");
        }
        print(first, step, last, separator, equalWidth, io);
        return 0;
    }

    private static void print(String firstText, String stepText, String lastText, String separator,
                              boolean equalWidth, Streams io) {
        BigDecimal first = new BigDecimal(firstText);
        BigDecimal step = new BigDecimal(stepText);
        BigDecimal last = new BigDecimal(lastText);
        int scale = Math.max(Math.max(first.scale(), 0), Math.max(step.scale(), 0));
        int width = equalWidth ? Math.max(format(first, scale, 0).length(), format(last, scale, 0).length()) : 0;
        StringBuilder out = new StringBuilder();
        long written = 0;
        boolean any = false;
        for (BigDecimal n = first; step.signum() > 0 ? n.compareTo(last) <= 0 : n.compareTo(last) >= 0; n = n.add(step)) {
            String item = (any ? separator : "") + format(n, scale, width);
            out.append(item);
            any = true;
            written += item.length();
            if (out.length() > 8192) {
                io.out().print(out.toString());
                out.setLength(0);
            }
            if (written > StringSink.LIMIT) {
                break;
            }
        }
        if (any) {
            io.out().print(out + "\n");
        }
    }

    /** The number with `scale` digits after the point, zero-padded after the sign to `width` (-w). */
    private static String format(BigDecimal n, int scale, int width) {
        String text = n.setScale(scale, java.math.RoundingMode.HALF_EVEN).abs().toPlainString();
        boolean negative = n.signum() < 0;
        int room = width - text.length() - (negative ? 1 : 0);
        return (negative ? "-" : "") + "0".repeat(Math.max(room, 0)) + text;
    }

    private static int usage(Streams io, String message) {
        io.err().println(message);
        io.err().println(TRY);
        return 1;
    }
}
