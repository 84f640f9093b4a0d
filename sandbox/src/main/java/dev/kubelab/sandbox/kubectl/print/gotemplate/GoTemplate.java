package dev.kubelab.sandbox.kubectl.print.gotemplate;

/**
 * A parsed Go text/template as kubectl builds it (cli-runtime printers/template.go): named "output", with the
 * builtins plus exists and base64decode, missing keys printing &lt;no value&gt;.
 */
public final class GoTemplate {
    private static final String NAME = "output";

    private final String text;
    private final Node.ListNode root;

    private GoTemplate(String text, Node.ListNode root) {
        this.text = text;
        this.root = root;
    }

    /** template.New("output").Parse(text); TemplateException with Go's message. */
    public static GoTemplate parse(String text) {
        return new GoTemplate(text, Parser.parse(text, NAME));
    }

    /** fmt's %v of a json-decoded value (maps as map[k:v …], numbers as float64). */
    public static String sprint(Object value) {
        return GoFmt.value(value, 'v');
    }

    /** strconv.Quote, as %q shows a template in kubectl's messages. */
    public static String quote(String text) {
        return GoQuote.quote(text);
    }

    /** What Execute wrote, and the error that stopped it (null when it ran to the end). */
    public record Result(String output, TemplateException error) {}

    /**
     * Runs over data shaped as json.Unmarshal into interface{} leaves it: maps, lists, strings, booleans, null
     * and Double for every number.
     */
    public Result execute(Object data) {
        Exec exec = new Exec(text, NAME);
        try {
            return new Result(exec.run(root, data), null);
        } catch (TemplateException e) {
            return new Result(exec.partial(), e);
        } catch (Exec.LoopControl e) {
            return new Result(exec.partial(), null);
        }
    }
}
