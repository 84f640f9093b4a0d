package dev.kubelab.sandbox.kubectl.cmd.set;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.apiserver.KubectlErrorText;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.selector.Operator;
import dev.kubelab.sandbox.selector.Requirement;
import dev.kubelab.sandbox.selector.Selector;
import dev.kubelab.sandbox.selector.SelectorException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * `kubectl set selector (-f FILE | TYPE NAME) EXPRESSIONS` (pkg/cmd/set/set_selector.go): the last argument,
 * parsed as metav1.ParseToLabelSelector does, replaces a Service's whole spec.selector ("" removes it).
 * "service/web selector updated" per object.
 */
public final class SetSelector {
    private SetSelector() {
    }

    public static int run(ParsedArgs args, KubectlContext ctx) {
        List<String> words = args.positionals().subList(1, args.positionals().size());
        if (words.isEmpty()) {
            return ApiFailure.fail(ctx, "one selector is required");
        }
        Map<String, String> selector;
        try {
            selector = matchLabels(words.get(words.size() - 1));
        } catch (SelectorException e) {
            return ApiFailure.fail(ctx, e.getMessage());
        }
        return ApiFailure.guarded(ctx, () -> {
            SetTargets targets = SetTargets.resolve(ctx, words.subList(0, words.size() - 1), args);
            List<String> errors = new ArrayList<>(targets.found().errors());
            for (KubeObject o : targets.found().objects()) {
                if (!(o instanceof Service)) {
                    errors.add("error: setting a selector is only supported for Services");
                    continue;
                }
                Service s = (Service) o;
                KubeObject changed = new Service(s.metadata(), s.spec().withSelector(selector), s.status());
                try {
                    if (targets.writes()) {
                        changed = ctx.api().update(changed, targets.serverDryRun());
                    }
                    targets.printer().print(ctx, changed, "selector updated", targets.local());
                } catch (StatusError e) {
                    errors.add(KubectlErrorText.of(e));
                }
            }
            return ApiFailure.printAll(ctx, errors);
        });
    }

    /** ParseToLabelSelector, then only matchLabels: a Service selector has no expressions. */
    private static Map<String, String> matchLabels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        StringJoiner expressions = new StringJoiner(" ", "[", "]");
        boolean anyExpression = false;
        for (Requirement r : Selector.parse(text).requirements()) {
            Operator op = r.operator();
            if (op == Operator.EQUALS || op == Operator.DOUBLE_EQUALS) {
                labels.put(r.key(), r.values().get(0));
            } else if (op == Operator.GREATER_THAN || op == Operator.LESS_THAN) {
                throw new SelectorException("\"" + (op == Operator.GREATER_THAN ? "gt" : "lt")
                        + "\" isn't supported in label selectors");
            } else if (op == Operator.NOT_EQUALS) {
                throw new SelectorException("\"!=\" is not a valid label selector operator");
            } else {
                anyExpression = true;
                expressions.add("{" + r.key() + " " + expressionOperator(op) + " ["
                        + String.join(" ", r.values()) + "]}");
            }
        }
        if (anyExpression) {
            throw new SelectorException("match expression " + expressions + " not supported on this object");
        }
        return labels;
    }

    private static String expressionOperator(Operator op) {
        switch (op) {
            case IN:
                return "In";
            case NOT_IN:
                return "NotIn";
            case EXISTS:
                return "Exists";
            default:
                return "DoesNotExist";
        }
    }
}
