package dev.kubelab.sandbox.selector;

import dev.kubelab.sandbox.registry.validation.NameRules;
import dev.kubelab.sandbox.text.GoQuote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One term of a selector (labels.Requirement): key, operator and the values (kept sorted and distinct, as
 * sets.String.List() gives them to labels.NewRequirement from the parser).
 */
public record Requirement(String key, Operator operator, List<String> values) {
    public Requirement {
        values = List.copyOf(new TreeSet<>(values));
    }

    /** labels.NewRequirement: validates the key, the values and their count, with apimachinery's messages. */
    public static Requirement of(String key, Operator operator, List<String> values) {
        List<String> errors = new ArrayList<>();
        List<String> keyErrors = NameRules.qualifiedName(key);
        if (!keyErrors.isEmpty()) {
            errors.add(InvalidValue.message("key", key, keyErrors));
        }
        String valuesCount = countError(operator, values.size());
        if (valuesCount != null) {
            errors.add("values: Invalid value: " + goSlice(values) + ": " + valuesCount);
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            boolean numeric = operator == Operator.GREATER_THAN || operator == Operator.LESS_THAN;
            if (numeric && !isInt64(value)) {
                errors.add(InvalidValue.message("values[" + i + "]", value,
                        List.of("for 'Gt', 'Lt' operators, the value must be an integer")));
            }
        }
        for (int i = 0; i < values.size(); i++) {
            List<String> valueErrors = NameRules.labelValue(values.get(i));
            if (!valueErrors.isEmpty()) {
                errors.add(InvalidValue.message("values[" + i + "][" + key + "]", values.get(i), valueErrors));
            }
        }
        if (!errors.isEmpty()) {
            throw new SelectorException(aggregate(errors));
        }
        return new Requirement(key, operator, values);
    }

    /** A matchExpressions entry: operator In, NotIn, Exists or DoesNotExist. */
    public static Requirement ofMatchExpression(String key, String operator, List<String> values) {
        return of(key, Operator.ofMatchExpression(operator), values == null ? List.of() : values);
    }

    public boolean matches(Map<String, String> labels) {
        boolean has = labels.containsKey(key);
        switch (operator) {
            case IN:
            case EQUALS:
            case DOUBLE_EQUALS:
                return has && values.contains(labels.get(key));
            case NOT_IN:
            case NOT_EQUALS:
                return !has || !values.contains(labels.get(key));
            case EXISTS:
                return has;
            case DOES_NOT_EXIST:
                return !has;
            case GREATER_THAN:
            case LESS_THAN:
                return has && compares(labels.get(key));
            default:
                return false;
        }
    }

    /** Requirement.String(): "a=b", "a in (x,y)", "!a", "a>3". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (operator == Operator.DOES_NOT_EXIST) {
            sb.append('!');
        }
        sb.append(key);
        if (operator == Operator.EXISTS || operator == Operator.DOES_NOT_EXIST) {
            return sb.toString();
        }
        boolean set = operator == Operator.IN || operator == Operator.NOT_IN;
        sb.append(operator.infix()).append(set ? "(" : "").append(String.join(",", values));
        return sb.append(set ? ")" : "").toString();
    }

    private boolean compares(String labelValue) {
        if (!isInt64(labelValue) || values.size() != 1 || !isInt64(values.get(0))) {
            return false;
        }
        long actual = Long.parseLong(labelValue);
        long bound = Long.parseLong(values.get(0));
        return operator == Operator.GREATER_THAN ? actual > bound : actual < bound;
    }

    private static String countError(Operator operator, int count) {
        switch (operator) {
            case IN:
            case NOT_IN:
                return count == 0 ? "for 'in', 'notin' operators, values set can't be empty" : null;
            case EQUALS:
            case DOUBLE_EQUALS:
            case NOT_EQUALS:
                return count != 1 ? "exact-match compatibility requires one single value" : null;
            case EXISTS:
            case DOES_NOT_EXIST:
                return count != 0 ? "values set must be empty for exists and does not exist" : null;
            default:
                return count != 1 ? "for 'Gt', 'Lt' operators, exactly one value is required" : null;
        }
    }

    private static boolean isInt64(String s) {
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Go's %#v of a []string: []string{"a", "b"}. */
    private static String goSlice(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add(GoQuote.quote(v));
        }
        return "[]string{" + String.join(", ", quoted) + "}";
    }

    /** utilerrors.NewAggregate(...).Error(): one message alone, several as "[a, b]" without duplicates. */
    static String aggregate(List<String> messages) {
        Set<String> distinct = new LinkedHashSet<>(messages);
        String joined = String.join(", ", distinct);
        return distinct.size() == 1 ? joined : "[" + joined + "]";
    }
}
