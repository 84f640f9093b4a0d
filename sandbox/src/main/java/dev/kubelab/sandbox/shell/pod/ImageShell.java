package dev.kubelab.sandbox.shell.pod;

import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.catalog.ImageInfo;
import dev.kubelab.sandbox.shell.syntax.Parsed;
import dev.kubelab.sandbox.shell.syntax.ShellKind;
import dev.kubelab.sandbox.shell.vfs.Owner;

import java.util.List;
import java.util.Set;

/**
 * What a container's image looks like from a shell: its user, home and working directory, PATH, which programs
 * it has, and how each of its shells prompts and reports an unknown command. Prompts are the real defaults for
 * root: busybox ash "WORKDIR # " (so "/ # "), Debian bash's /etc/bash.bashrc "USER@HOST:WORKDIR# "
 * ("root@web:/# "), dash "# ", Alpine bash's /etc/bash/bashrc "HOST:WORKDIR# " (netshoot: "web:~# ").
 */
public record ImageShell(Family family, String user, String home, String workdir, String path, List<String> tools) {
    /** The base a shell comes from: it decides the prompt, the messages and the standard programs. */
    public enum Family { BUSYBOX, DEBIAN, ALPINE_WITH_BASH, NO_SHELL }

    /** Operators and reserved words ash and dash name in quotes. */
    private static final Set<String> ASH_TOKENS = Set.of(";", "&", "&&", "||", "|", "(", ")", ";;", "`", "!",
            "case", "do", "done", "elif", "else", "esac", "fi", "for", "function", "if", "in", "then", "until",
            "while", "{", "}");

    private static final String STANDARD_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    public static ImageShell of(String image) {
        ImageInfo info = ImageCatalog.standard().lookup(image).orElse(null);
        if (info == null || info.shell().equals("none")) {
            return new ImageShell(Family.NO_SHELL, "root", "/root", "/", STANDARD_PATH, List.of());
        }
        String repo = info.repository();
        if (repo.endsWith("/curlimages/curl")) {
            return new ImageShell(Family.BUSYBOX, "curl_user", "/home/curl_user", "/home/curl_user", STANDARD_PATH,
                    info.tools());
        }
        if (repo.endsWith("/nicolaka/netshoot")) {
            return new ImageShell(Family.ALPINE_WITH_BASH, "root", "/root", "/root", STANDARD_PATH, info.tools());
        }
        if (repo.endsWith("/library/httpd")) {
            return new ImageShell(Family.DEBIAN, "root", "/root", "/usr/local/apache2",
                    "/usr/local/apache2/bin:" + STANDARD_PATH, info.tools());
        }
        Family family = info.tools().contains("bash") ? Family.DEBIAN : Family.BUSYBOX;
        return new ImageShell(family, "root", "/root", "/", STANDARD_PATH, info.tools());
    }

    /** Who the shell runs as, owner of what it makes: root, or curlimages/curl's curl_user (uid 100, gid 101). */
    public Owner owner() {
        return user.equals("root") ? Owner.ROOT : new Owner(user, 100, user.replace("_user", "_group"), 101);
    }

    /** Whether the image can run this program name or path (sh, /bin/bash…). */
    public boolean hasShell(String program) {
        String base = program.substring(program.lastIndexOf('/') + 1);
        boolean shell = base.equals("sh") || base.equals("bash") || base.equals("ash");
        return shell && has(base.equals("ash") ? "sh" : base);
    }

    /** Whether a shell or tool is installed (busybox images have sh, every shell image has sh). */
    public boolean has(String program) {
        return family != Family.NO_SHELL && (program.equals("sh") || tools.contains(program));
    }

    /** The prompt of this shell (sh or bash) in a working directory. */
    public String prompt(String shell, String hostname, String cwd) {
        String dir = tilde(cwd);
        String sign = user.equals("root") ? "#" : "$";
        if (shell.equals("bash") && family == Family.DEBIAN) {
            return user + "@" + hostname + ":" + dir + sign + " ";
        }
        if (shell.equals("bash")) {
            return hostname + ":" + dir + sign + " ";
        }
        return family == Family.DEBIAN ? sign + " " : dir + " " + sign + " ";
    }

    /** Which shell sh or bash is in this image: bash, Debian's dash, or BusyBox's ash. */
    public ShellKind kind(String shell) {
        if (shell.equals("bash")) {
            return ShellKind.BASH;
        }
        return family == Family.DEBIAN ? ShellKind.DASH : ShellKind.ASH;
    }

    /** What the shell prints for a command it cannot find. */
    public String notFound(String shell, String command) {
        if (shell.equals("bash")) {
            return "bash: " + command + ": command not found";
        }
        return family == Family.DEBIAN ? "sh: 1: " + command + ": not found" : "sh: " + command + ": not found";
    }

    /**
     * What the shell prints for a syntax error at a token: bash's "near unexpected token", busybox ash's
     * "syntax error: unexpected \";;\"" and dash's "Syntax error: \";;\" unexpected" (ash.c/dash parser.c
     * tokname: end of file, newline, redirection and word are named, other tokens quoted).
     */
    public String syntaxError(String shell, String token) {
        if (shell.equals("bash")) {
            return "bash: syntax error near unexpected token `" + token + "'";
        }
        if (token.equals(Parsed.BAD_FOR_VARIABLE) || token.equals(Parsed.BAD_SUBSTITUTION)) {
            // ash raises both as syntax errors; dash's "Bad substitution" is not one
            return family != Family.DEBIAN ? "sh: syntax error: " + token : token.equals(Parsed.BAD_SUBSTITUTION)
                    ? "sh: 1: Bad substitution" : "sh: 1: Syntax error: Bad for loop variable";
        }
        String named = token.equals("newline") ? token : token.matches("[0-9]*[<>].*") ? "redirection"
                : ASH_TOKENS.contains(token) ? "\"" + token + "\"" : "word";
        return family == Family.DEBIAN ? "sh: 1: Syntax error: " + named + " unexpected"
                : "sh: syntax error: unexpected " + named;
    }

    /** Standard programs the image does not ship (editors mostly: Debian's slim images have none). */
    public Set<String> absentPrograms() {
        if (family == Family.DEBIAN) {
            return Set.of("vi", "vim", "nano", "ssh", "kubectl", "less");
        }
        return family == Family.ALPINE_WITH_BASH ? Set.of("nano") : Set.of("vim", "nano");
    }

    private String tilde(String cwd) {
        return cwd.equals(home) ? "~" : cwd.startsWith(home + "/") ? "~" + cwd.substring(home.length()) : cwd;
    }
}
