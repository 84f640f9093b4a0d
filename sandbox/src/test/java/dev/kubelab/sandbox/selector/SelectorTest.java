package dev.kubelab.sandbox.selector;

import dev.kubelab.sandbox.api.LabelSelector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "app=web                       | app=web",
        "app==web                      | app==web",
        "app!=web                      | app!=web",
        "  app = web ,  tier=fe        | app=web,tier=fe",
        "tier=fe,app=web               | app=web,tier=fe",
        "env in (qa, prod)             | env in (prod,qa)",
        "env notin (qa,prod,qa)        | env notin (prod,qa)",
        "partition                     | partition",
        "!partition                    | !partition",
        "! partition                   | !partition",
        "a>5,b<10                      | a>5,b<10",
        "app=                          | app=",
        "env in ()                     | env in ()",
        "env in (,a)                   | env in (,a)",
        "in in (in, notin)             | in in (in,notin)",
        "example.com/tier=fe           | example.com/tier=fe",
        "z,!y,x=1,w in (a)             | w in (a),x=1,!y,z",
        "b=2,a=1,b!=3                  | a=1,b=2,b!=3",
        "``                            | ``",
    })
    void canonicalString(String selector, String canonical) {
        assertEquals(canonical, Selector.parse(selector).toString());
    }

    @ParameterizedTest(name = "{0} on {1} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "app=web          | app=web,tier=fe | true",
        "app=web          | app=api         | false",
        "app=web          | tier=fe         | false",
        "app==web         | app=web         | true",
        "app!=web         | app=api         | true",
        "app!=web         | tier=fe         | true",
        "app!=web         | app=web         | false",
        "env in (qa,prod) | env=qa          | true",
        "env in (qa,prod) | env=dev         | false",
        "env in (qa,prod) | ``              | false",
        "env notin (qa)   | env=prod        | true",
        "env notin (qa)   | ``              | true",
        "env notin (qa)   | env=qa          | false",
        "partition        | partition=      | true",
        "partition        | app=web         | false",
        "!partition       | app=web         | true",
        "!partition       | partition=x     | false",
        "app=             | app=            | true",
        "app=             | ``              | false",
        "replicas>2       | replicas=3      | true",
        "replicas>2       | replicas=2      | false",
        "replicas>2       | replicas=x      | false",
        "replicas>2       | ``              | false",
        "replicas<2       | replicas=-1     | true",
        "app=web,tier=fe  | app=web,tier=fe | true",
        "app=web,tier=fe  | app=web,tier=be | false",
        "``               | app=web         | true",
        "``               | ``              | true",
    })
    void matching(String selector, String labels, boolean expected) {
        assertEquals(expected, Selector.parse(selector).matches(labelsOf(labels)));
    }

    @Test
    void emptiness() {
        assertTrue(Selector.parse("").isEmpty());
        assertTrue(Selector.parse("   ").isEmpty());
        assertTrue(Selector.ofLabels(Map.of()).isEmpty());
        assertFalse(Selector.parse("a").isEmpty());
        assertEquals("<none>", Selector.everything().formatted());
        assertFalse(Selector.nothing().isEmpty());
        assertFalse(Selector.nothing().matches(Map.of()));
        assertFalse(Selector.of((LabelSelector) null).matches(Map.of()));
    }

    @Test
    void serviceSelectorIsEqualityOnSortedKeys() {
        Selector s = Selector.ofLabels(Map.of("k8s-app", "kube-dns", "app", "x"));
        assertEquals("app=x,k8s-app=kube-dns", s.toString());
        assertTrue(s.matches(Map.of("app", "x", "k8s-app", "kube-dns", "extra", "1")));
        assertFalse(s.matches(Map.of("app", "x")));
    }

    @Test
    void workloadSelectorWithExpressionsFormatsLikeFormatLabelSelector() {
        Selector s = Selector.of(Map.of("app", "web"), List.of(
                Requirement.ofMatchExpression("tier", "NotIn", List.of("fe", "cache")),
                Requirement.ofMatchExpression("env", "In", List.of("qa", "prod")),
                Requirement.ofMatchExpression("canary", "DoesNotExist", null),
                Requirement.ofMatchExpression("zone", "Exists", List.of())));
        assertEquals("app=web,!canary,env in (prod,qa),tier notin (cache,fe),zone", s.formatted());
        assertTrue(s.matches(Map.of("app", "web", "env", "qa", "zone", "a")));
        assertFalse(s.matches(Map.of("app", "web", "env", "qa", "zone", "a", "canary", "1")));
        assertEquals("app=web", Selector.of(new LabelSelector(Map.of("app", "web"))).formatted());
        assertEquals(Selector.parse("app=web,tier=fe").requirements(),
                Selector.of(Map.of("tier", "fe", "app", "web"), List.of()).requirements());
    }

    private static Map<String, String> labelsOf(String spec) {
        Map<String, String> labels = new HashMap<>();
        if (spec == null || spec.isEmpty()) {
            return labels;
        }
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=", -1);
            labels.put(kv[0], kv[1]);
        }
        return labels;
    }
}
