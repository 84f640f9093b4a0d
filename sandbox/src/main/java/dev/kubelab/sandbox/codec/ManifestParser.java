package dev.kubelab.sandbox.codec;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserException;
import org.yaml.snakeyaml.scanner.ScannerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the documents of a manifest (YAML, or JSON, which YAML reads too) with SnakeYAML, safely: plain data
 * only, at most 50 aliases per document, at most 1 MiB. Duplicate keys are allowed, last one wins, as kubectl's
 * non-strict YAML-to-JSON conversion does. Errors read like go-yaml's (see {@link GoYamlErrors}).
 */
public final class ManifestParser {
    public static final int MAX_ALIASES = 50;
    public static final int MAX_CODE_POINTS = 1024 * 1024;

    private ManifestParser() {
    }

    /** The non-empty documents, each a map (or whatever the document holds). */
    public static List<Object> documents(String content, String source) {
        if (content.codePointCount(0, content.length()) > MAX_CODE_POINTS) {
            throw new CodecException("error parsing " + source + ": the file is larger than 1 MiB");
        }
        String text = looksLikeJson(content) ? JsonForYaml.prepare(content) : content;
        List<Object> docs = new ArrayList<>();
        try {
            for (Object doc : yaml().loadAll(text)) {
                if (doc != null) {
                    docs.add(doc);
                }
            }
        } catch (YAMLException e) {
            throw new CodecException("error parsing " + source + ": error converting YAML to JSON: yaml: "
                    + GoYamlErrors.message(e));
        }
        return docs;
    }

    /**
     * The first document of a patch as sigs.k8s.io/yaml.ToJSON reads it (JSON or YAML; null when empty). A syntax
     * error is go-yaml's own message, e.g. "yaml: line 1: did not find expected ',' or '}'".
     */
    public static Object firstDocument(String content) {
        String text = looksLikeJson(content) ? JsonForYaml.prepare(content) : content;
        try {
            for (Object doc : yaml().loadAll(text)) {
                return doc;
            }
            return null;
        } catch (YAMLException e) {
            throw new CodecException("yaml: " + GoYamlErrors.message(e));
        }
    }

    /** kubectl reads a stream starting with '{' as JSON; raw tabs are only legal there between tokens. */
    private static boolean looksLikeJson(String content) {
        return content.stripLeading().startsWith("{");
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_CODE_POINTS + 1);
        options.setAllowDuplicateKeys(true);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(100);
        return new Yaml(new PlainDataConstructor(options));
    }

    /** SafeConstructor, but timestamps stay strings (go-yaml hands them to JSON as strings). */
    private static final class PlainDataConstructor extends SafeConstructor {
        PlainDataConstructor(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
            this.yamlConstructors.put(Tag.BINARY, new ConstructYamlStr());
        }
    }

    /** SnakeYAML's problems in go-yaml's words, with go-yaml's line numbering. */
    static final class GoYamlErrors {
        private static final Map<String, String> PROBLEMS = Map.of(
                "mapping values are not allowed here", "mapping values are not allowed in this context",
                "found unexpected end of stream", "found unexpected end of stream",
                "could not find expected ':'", "could not find expected ':'");

        private GoYamlErrors() {
        }

        static String message(YAMLException e) {
            String text = String.valueOf(e.getMessage());
            if (text.contains("Number of aliases") || text.contains("Recursive key")) {
                return "document contains excessive aliasing";
            }
            if (!(e instanceof MarkedYAMLException)) {
                return text;
            }
            MarkedYAMLException m = (MarkedYAMLException) e;
            String problem = problem(m);
            Mark mark = m.getProblemMark();
            int line = mark == null ? 0 : mark.getLine();
            // go-yaml reports scanner errors 1-based but parser errors with the 0-based line (its known quirk)
            if (e instanceof ScannerException) {
                line++;
            } else if (String.valueOf(m.getProblem()).endsWith("<stream end>") && mark != null
                    && mark.getColumn() > 0) {
                line++; // go-yaml ends the last line before its stream-end token; SnakeYAML does not
            } else if (line == 0 && m.getContextMark() != null) {
                line = m.getContextMark().getLine();
            }
            return (line != 0 ? "line " + line + ": " : "") + problem;
        }

        private static String problem(MarkedYAMLException m) {
            String p = String.valueOf(m.getProblem());
            if (PROBLEMS.containsKey(p)) {
                return PROBLEMS.get(p);
            }
            if (p.startsWith("found character") && p.contains("cannot start any token")) {
                return "found character that cannot start any token";
            }
            if (m instanceof ParserException && p.startsWith("expected <block end>")) {
                String context = String.valueOf(m.getContext());
                return context.contains("sequence") ? "did not find expected '-' indicator"
                        : "did not find expected key";
            }
            if (p.startsWith("expected ',' or '}'") || p.startsWith("expected ',' or ']'")) {
                return "did not find " + p.substring(0, "expected ',' or '}'".length());
            }
            if (p.startsWith("found unknown escape character")) {
                return "found unknown escape character while parsing a quoted scalar";
            }
            if (p.startsWith("found undefined alias")) {
                return "unknown anchor '" + p.substring(p.lastIndexOf(' ') + 1) + "' referenced";
            }
            return p;
        }
    }
}
