package dev.kubelab.sandbox.kubectl.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * spf13/pflag's rules: flags and arguments may be mixed, "--" ends flags, --name=value or --name value,
 * -abc groups boolean shorthands, -nvalue / -n value / -n=value for a valued shorthand.
 */
public final class FlagParser {
    private final List<Flag> flags;

    public FlagParser(List<Flag> flags) {
        this.flags = List.copyOf(flags);
    }

    public List<Flag> flags() {
        return flags;
    }

    public ParsedArgs parse(List<String> args) throws FlagParseException {
        List<String> positionals = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                values.put(ParsedArgs.DASH, String.valueOf(positionals.size()));
                positionals.addAll(args.subList(i + 1, args.size()));
                break;
            } else if (arg.startsWith("--")) {
                i = parseLong(args, i, values);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                i = parseShorthands(args, i, values);
            } else {
                positionals.add(arg);
            }
        }
        return new ParsedArgs(positionals, values);
    }

    private int parseLong(List<String> args, int i, Map<String, String> values) throws FlagParseException {
        String body = args.get(i).substring(2);
        int eq = body.indexOf('=');
        String name = eq < 0 ? body : body.substring(0, eq);
        Flag flag = byName(name);
        if (flag == null) {
            throw new FlagParseException("unknown flag: --" + name);
        }
        if (eq >= 0) {
            values.put(name, checked(flag, body.substring(eq + 1)));
        } else if (!flag.takesValue()) {
            values.put(name, "true");
        } else if (i + 1 < args.size()) {
            values.put(name, args.get(++i));
        } else {
            throw new FlagParseException("flag needs an argument: --" + name);
        }
        return i;
    }

    private int parseShorthands(List<String> args, int i, Map<String, String> values) throws FlagParseException {
        String arg = args.get(i);
        String shorthands = arg.substring(1);
        while (!shorthands.isEmpty()) {
            char c = shorthands.charAt(0);
            Flag flag = byShorthand(c);
            if (flag == null) {
                throw new FlagParseException("unknown shorthand flag: '" + c + "' in " + arg);
            }
            String rest = shorthands.substring(1);
            if (rest.startsWith("=")) {
                values.put(flag.name(), checked(flag, rest.substring(1)));
                return i;
            }
            if (!flag.takesValue()) {
                values.put(flag.name(), "true");
                shorthands = rest;
            } else if (!rest.isEmpty()) {
                values.put(flag.name(), rest);
                return i;
            } else if (i + 1 < args.size()) {
                values.put(flag.name(), args.get(++i));
                return i;
            } else {
                throw new FlagParseException("flag needs an argument: '" + c + "' in " + arg);
            }
        }
        return i;
    }

    /** Boolean flags accept strconv.ParseBool spellings only. */
    private static String checked(Flag flag, String value) throws FlagParseException {
        if (flag.takesValue()) {
            return value;
        }
        switch (value) {
            case "1", "t", "T", "true", "TRUE", "True":
                return "true";
            case "0", "f", "F", "false", "FALSE", "False":
                return "false";
            default:
                throw new FlagParseException("invalid argument \"" + value + "\" for \"" + flag.display()
                        + "\" flag: strconv.ParseBool: parsing \"" + value + "\": invalid syntax");
        }
    }

    private Flag byName(String name) {
        return flags.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    private Flag byShorthand(char c) {
        return flags.stream().filter(f -> f.shorthand() == c).findFirst().orElse(null);
    }
}
