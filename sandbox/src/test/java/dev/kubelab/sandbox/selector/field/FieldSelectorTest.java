package dev.kubelab.sandbox.selector.field;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.selector.SelectorException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** apimachinery fields.ParseSelector and the API server's field label conversion, message for message. */
class FieldSelectorTest {

    @Test
    void termsAreSortedAndAllMustHold() {
        FieldSelector s = FieldSelector.parse("status.phase!=Running,metadata.name==web,spec.nodeName=");
        assertEquals("metadata.name", s.terms().get(0).field());
        assertTrue(s.matches(Map.of("metadata.name", "web", "status.phase", "Pending")));
        assertFalse(s.matches(Map.of("metadata.name", "web", "status.phase", "Running")));
        assertFalse(s.matches(Map.of("metadata.name", "web", "spec.nodeName", "node01")));
    }

    @Test
    void escapedCommasAndEqualsBelongToTheValue() {
        FieldSelector s = FieldSelector.parse("metadata.name=a\\,b\\=c\\\\");
        assertTrue(s.matches(Map.of("metadata.name", "a,b=c\\")));
    }

    @Test
    void malformedSelectorsFailAsTheServerSays() {
        assertEquals("invalid selector: 'a=b,status.phase'; can't understand 'status.phase'",
                assertThrows(SelectorException.class, () -> FieldSelector.parse("a=b,status.phase")).getMessage());
        assertEquals("invalid field selector: unescaped character in value: 61",
                assertThrows(SelectorException.class, () -> FieldSelector.parse("a=b=c")).getMessage());
        assertEquals("invalid field selector: invalid escape sequence: \\x",
                assertThrows(SelectorException.class, () -> FieldSelector.parse("a=\\x")).getMessage());
    }

    @Test
    void eachKindConvertsItsOwnFields() {
        FieldSelector phase = FieldSelector.parse("status.phase=Running");
        assertEquals(phase.terms(), FieldLabels.convert(Kind.POD, phase).terms());
        assertEquals("field label not supported: status.phase",
                assertThrows(SelectorException.class, () -> FieldLabels.convert(Kind.SERVICE, phase)).getMessage());
        assertEquals("\"status.phase\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"",
                assertThrows(SelectorException.class, () -> FieldLabels.convert(Kind.DEPLOYMENT, phase))
                        .getMessage());
        assertEquals("spec.nodeName",
                FieldLabels.convert(Kind.POD, FieldSelector.parse("spec.host=node01")).terms().get(0).field());
    }
}
