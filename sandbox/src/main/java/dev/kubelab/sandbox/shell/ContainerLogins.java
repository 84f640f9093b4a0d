package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.shell.builtin.ClearBuiltin;
import dev.kubelab.sandbox.shell.builtin.EchoBuiltin;
import dev.kubelab.sandbox.shell.builtin.HistoryBuiltin;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.pod.ContainerEnvironment;
import dev.kubelab.sandbox.shell.pod.ContainerFiles;
import dev.kubelab.sandbox.shell.pod.ImageOs;
import dev.kubelab.sandbox.shell.pod.ImageShell;
import dev.kubelab.sandbox.shell.pod.PodLogin;
import dev.kubelab.sandbox.shell.pod.PodTarget;
import dev.kubelab.sandbox.shell.pod.SessionEnd;
import dev.kubelab.sandbox.shell.printf.PrintfBuiltin;
import dev.kubelab.sandbox.shell.syntax.Parsed;
import dev.kubelab.sandbox.shell.syntax.Parser;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shells inside containers: `kubectl exec -it` pushes one on the login chain (leaving it with exit runs the
 * kubectl side's end), `kubectl exec POD -- CMD` runs one program there. A container keeps its files between
 * sessions; each session is a new shell process with the container's environment.
 */
final class ContainerLogins implements PodLogin {
    /** Shell builtins: a runtime cannot exec them as programs. */
    private static final Set<String> SHELL_ONLY = Set.of("exit", "export", "alias", "unalias", "unset", "cd", "help");

    private final Deque<Host> logins;
    private final Host.Services services;
    private final Map<String, FileSystem> filesByContainer = new HashMap<>();
    private final Network network;
    private int execCount;

    ContainerLogins(Deque<Host> logins, Host.Services services, Network network) {
        this.logins = logins;
        this.services = services;
        this.network = network;
    }

    /** A file as a container sees it, if a learner's session changed or created it (empty otherwise). */
    Optional<String> changedFile(Pod pod, Container container, String path) {
        FileSystem files = filesByContainer.get(pod.metadata().uid() + "/" + container.name());
        return files == null ? Optional.empty() : files.read(path);
    }

    @Override
    public void enter(PodTarget target, String shell, SessionEnd end) {
        String name = shell.substring(shell.lastIndexOf('/') + 1).equals("bash") ? "bash" : "sh";
        Host host = host(target, name, true, new PodExit(name, end));
        logins.push(host);
    }

    @Override
    public int run(PodTarget target, List<String> argv, Streams io) {
        ImageShell image = ImageShell.of(target.container().image());
        String program = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        Host host = host(target, program.equals("bash") ? "bash" : "sh", false, new PodExit("sh", (s, o) -> { }));
        if (image.hasShell(argv.get(0))) {
            if (argv.size() < 3 || !argv.get(1).equals("-c")) {
                return 0; // a shell with no terminal reads an empty stdin and ends
            }
            Parsed parsed = Parser.parse(argv.get(2), host.env.shell());
            if (parsed instanceof Parsed.SyntaxError error) {
                io.err().println(host.syntaxError.apply(error.token()));
            }
            return parsed instanceof Parsed.Complete complete ? host.runner.run(complete.script(), io) : 2;
        }
        if (!host.programs.containsKey(program) || SHELL_ONLY.contains(program)) {
            io.err().println("error: Internal error occurred: error executing command in container: failed to exec"
                    + " in container: failed to start exec \"" + execId(target) + "\": OCI runtime exec failed:"
                    + " exec failed: unable to start container process: exec: \"" + argv.get(0)
                    + "\": executable file not found in $PATH: unknown");
            return PodLogin.NOT_STARTED;
        }
        if (program.equals("printf") && image.family() != ImageShell.Family.DEBIAN) {
            host.programs.put("printf", PrintfBuiltin.busybox(true, host.env)); // the applet itself: "printf: …"
        }
        List<String> call = new ArrayList<>(argv);
        call.set(0, program);
        return host.runner.invoke(call, io);
    }

    private Host host(PodTarget target, String shell, boolean interactive, PodExit exit) {
        ImageShell image = ImageShell.of(target.container().image());
        FileSystem files = filesByContainer.computeIfAbsent(target.key(),
                k -> ContainerFiles.create(target, image, services.clock()));
        files.changeDirectory(image.workdir());
        Environment env = Environment.forContainer(ContainerEnvironment.of(target, image, interactive));
        env.setShell(image.kind(shell));
        if (interactive) {
            env.export("SHLVL", "1");
            env.export("PWD", image.workdir());
        }
        List<Builtin> own = new ArrayList<>(List.of(new EchoBuiltin(), new ClearBuiltin(),
                new HistoryBuiltin(new History()), exit, ContainerPrograms.whoami(image.user()),
                ContainerPrograms.printf(image, shell, env)));
        ImageOs os = ImageOs.of(target.container().image(), image);
        own.addAll(ContainerPrograms.fileTools(os, files, services.clock(), target.hostname(), services.jobs()));
        own.addAll(NetworkHosts.containerTools(target.container().image(), image, Viewpoint.pod(target.pod()),
                network, files, this, services.jobs()));
        return new Host(target.hostname(), env, files, own, image.absentPrograms(), os.programFolders(), services,
                command -> image.notFound(shell, command), token -> image.syntaxError(shell, token),
                (cwd, home) -> image.prompt(shell, target.hostname(), cwd));
    }

    /** containerd's exec id: 64 hex digits, here derived from the container and a counter (deterministic). */
    private String execId(PodTarget target) {
        execCount++;
        return ContainerPrograms.hex64(target.key() + "#" + execCount);
    }

    /** exit [N] in a container's shell: bash says "exit"; the login ends and kubectl gets the status. */
    private final class PodExit implements Builtin {
        private final String shell;
        private final SessionEnd end;

        PodExit(String shell, SessionEnd end) {
            this.shell = shell;
            this.end = end;
        }

        @Override
        public String name() {
            return "exit";
        }

        @Override
        public int run(List<String> args, Streams io) {
            Host here = logins.peek();
            int status = here.env.lastStatus();
            boolean number = args.isEmpty() || args.get(0).matches("-?\\d{1,9}");
            if (!args.isEmpty() && number) {
                status = Integer.parseInt(args.get(0)) & 0xff;
            }
            if (!number && !shell.equals("bash")) { // ash and dash refuse and stay
                io.err().println(here.env.shell().prefix() + "exit: Illegal number: " + args.get(0));
                return 2;
            }
            if (shell.equals("bash")) {
                io.err().println("exit");
            }
            if (!number) { // bash complains and leaves anyway
                io.err().println("bash: exit: " + args.get(0) + ": numeric argument required");
                status = 2;
            }
            if (logins.size() > 1) {
                logins.pop();
            }
            end.ended(status, io);
            return status;
        }
    }
}
