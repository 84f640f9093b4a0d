package dev.kubelab.sandbox.shell.pod;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageShellTest {
    @Test
    void eachImageFamilyPromptsLikeItsRealShellForRoot() {
        assertEquals("/ # ", ImageShell.of("busybox:1.36").prompt("sh", "box", "/"));
        assertEquals("root@web:/# ", ImageShell.of("nginx").prompt("bash", "web", "/"));
        assertEquals("# ", ImageShell.of("nginx").prompt("sh", "web", "/"));
        assertEquals("root@web:/usr/local/apache2# ", ImageShell.of("httpd:2.4").prompt("bash", "web", "/usr/local/apache2"));
        assertEquals("tools:~# ", ImageShell.of("nicolaka/netshoot").prompt("bash", "tools", "/root"));
        assertEquals("~ $ ", ImageShell.of("curlimages/curl").prompt("sh", "c", "/home/curl_user"));
    }

    @Test
    void shellsAndMessagesFollowTheImage() {
        assertTrue(ImageShell.of("busybox").hasShell("/bin/sh"));
        assertFalse(ImageShell.of("busybox").hasShell("bash"));
        assertFalse(ImageShell.of("hashicorp/http-echo").hasShell("sh"));
        assertEquals("sh: curl: not found", ImageShell.of("busybox").notFound("sh", "curl"));
        assertEquals("bash: vi: command not found", ImageShell.of("nginx").notFound("bash", "vi"));
    }

    @Test
    void syntaxErrorsInEachShellsWords() {
        assertEquals("sh: syntax error: unexpected \";;\"", ImageShell.of("busybox").syntaxError("sh", ";;"));
        assertEquals("sh: syntax error: unexpected newline", ImageShell.of("busybox").syntaxError("sh", "newline"));
        assertEquals("sh: syntax error: unexpected word", ImageShell.of("busybox").syntaxError("sh", "foo"));
        assertEquals("sh: syntax error: unexpected \"esac\"", ImageShell.of("busybox").syntaxError("sh", "esac"));
        assertEquals("sh: 1: Syntax error: \")\" unexpected", ImageShell.of("nginx").syntaxError("sh", ")"));
        assertEquals("bash: syntax error near unexpected token `;;'", ImageShell.of("nginx").syntaxError("bash", ";;"));
    }
}
