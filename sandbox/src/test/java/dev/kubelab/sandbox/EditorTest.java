package dev.kubelab.sandbox;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditorTest {
    private final Transcript t = new Transcript();

    @Test
    void viOpensTheEditorAndSavingWritesTheFile() {
        t.type("vi notes.txt");
        assertEquals(new Outcome.Edit("/root/notes.txt", "notes.txt", ""), t.last());
        assertTrue(t.sandbox().isEditing());
        StringBuilder out = new StringBuilder();
        assertEquals(new Outcome.Exit(0), t.sandbox().save("hello: world\n", out::append));
        assertEquals("", out.toString());
        assertEquals("hello: world\r\n", t.type("cat notes.txt"));
        t.type("nano notes.txt");
        assertEquals(new Outcome.Edit("/root/notes.txt", "notes.txt", "hello: world\n"), t.last());
    }

    @Test
    void cancellingLeavesNoFileAndAZeroStatus() {
        t.type("vim draft.yaml");
        t.sandbox().interrupt();
        assertFalse(t.sandbox().isEditing());
        assertEquals("cat: draft.yaml: No such file or directory\r\n", t.type("cat draft.yaml"));
    }

    @Test
    void editorNeedsAFileName() {
        assertEquals("vi: name the file to edit, e.g. vi svc.yaml\r\n", t.type("vi"));
        assertEquals(new Outcome.Exit(1), t.last());
        assertEquals("vi: /etc is a directory\r\n", t.type("vi /etc"));
    }
}
