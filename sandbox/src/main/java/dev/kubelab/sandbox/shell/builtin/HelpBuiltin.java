package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;

/** `help`: what this lab terminal can do right now, in plain words. */
public final class HelpBuiltin implements Builtin {
    private static final String TEXT = """
            This terminal is a shell on the control-plane node of a simulated Kubernetes v1.32
            cluster (controlplane, node01, node02). What works here today:

              kubectl get TYPE [NAME...]   list nodes, pods, services (svc) or endpoints (ep)
                  -n NAMESPACE | -A        one namespace, or all of them
                  -o wide                  extra columns (IPs, nodes, selectors)
                  --show-labels            add each object's labels
              kubectl version              client and server versions
              kubectl cluster-info         where the control plane and CoreDNS run
              kubectl                      kubectl's command summary

              history                      the commands you typed
              clear                        wipe the screen
              echo TEXT, cat FILE          print text or files
              ls cd pwd mkdir touch cp mv rm    work with files in your home folder
              date, hostname, whoami       the node's clock and identity
              ssh node01, exit             log in to a worker node and back
              vi FILE, nano FILE           edit a file in the browser's editor
              grep head tail wc sort uniq cut tr awk sed xargs
                                           filter output in pipes: kubectl get pods -A | grep dns
              export NAME=value, alias k=kubectl, env, pwd, whoami, hostname, true, false
              help                         this page

            The shell understands pipes (|), lists (&& || ;), quotes, $VAR, $(command), $?,
            redirections (> >> < 2>&1 2>/dev/null) and heredocs (cat <<EOF > file.yaml).
            Tab completes commands, resource types and names.
            """;

    @Override
    public String name() {
        return "help";
    }

    @Override
    public int run(List<String> args, Streams io) {
        io.out().print(TEXT);
        return 0;
    }
}
