package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;

/** `help`: what this lab terminal can do right now, in plain words. */
public final class HelpBuiltin implements Builtin {
    private static final String TEXT = """
            This terminal is a shell on the control-plane node of a simulated Kubernetes v1.32
            cluster (controlplane, node01, node02). What works here:

              kubectl get|describe|create|apply|replace|delete|edit|patch|expose|run|scale|label|annotate
              kubectl rollout|set image|set selector|logs|exec|attach|events|explain|api-resources|version
              kubectl cluster-info|wait|auth can-i|top|config view|port-forward
                                           `kubectl` lists the verbs; `kubectl VERB -h` (or `kubectl help VERB`)
                                           explains one with all its flags; `kubectl options` the global flags
              kubectl get -w, logs -f, rollout status, wait, port-forward, watch CMD, sleep N
                                           keep running as the cluster changes; Ctrl-C stops them
              kubectl exec -it POD -- sh   a shell inside a pod (curl, wget, nslookup, ping, nc as its image has them)

              curl URL, wget -qO- URL      HTTP to pods, Services and node ports (-v -I -s -o -w -m …)
              nslookup NAME, dig NAME, host NAME, getent hosts NAME
                                           ask the cluster DNS (inside pods) or the node's resolver
              ping -c 3 HOST               is anybody there? (a ClusterIP answers no ping: it is only a rule)
              nc -zv HOST PORT, nc -zv -w 2 HOST PORT   does anything accept connections on that port?
              iptables-save, iptables -t nat -L CHAIN -n, ipvsadm -Ln, ip addr
                                           the rules kube-proxy wrote on this node
              ssh node01, ssh laptop, exit log in to a worker, or to a laptop outside the cluster

              for/while/if, seq, test, $((1+2))   loops and conditions, e.g. six curls in a row
              case $x in a*) ...;; esac, ( cd dir && cmd ), read -r line
              (( i++ )), let n+=2, for (( i=0; i<3; i++ ))   arithmetic as bash does it
                                           patterns, subshells, lines from a pipe or file:
                                           kubectl get pods -o name | while read -r p; do ...; done
              ps aux, sudo, vi /etc/kubernetes/manifests/kube-apiserver.yaml   the control plane's insides
              ss -tlnp, netstat -tlnp      what listens on this node (kubelet, kube-proxy, etcd…), and which pid
              systemctl status kubelet, journalctl -u kubelet, crictl ps, crictl pods
                                           the node's services, their logs, and the containers running here
              history, clear, echo, cat, date, hostname, whoami
              printf '%-10s %3d\\n' a 7     formatted output: padded columns, numbers, escapes
              ls cd pwd mkdir touch cp mv rm    work with files in your home folder (ls -la, ls -ltr …)
              tee base64 which uname       copy output to a file, encode Secrets, find programs, the kernel
              find stat diff less more     search folders, a file's details, compare two files, read one
              cat /etc/os-release          which Linux this node (or a pod's image) runs
              vi FILE, nano FILE           edit a file in the browser's editor
              grep head tail wc sort uniq cut tr awk sed xargs od
                                           filter output in pipes: kubectl get pods -A | grep dns
              export NAME=value, alias k=kubectl, env, true, false
              help                         this page

            The shell understands pipes (|), lists (&& || ;), quotes, $VAR, $(command), $?,
            redirections (> >> < 2>&1 2>/dev/null), heredocs (cat <<EOF > file.yaml) and cmd <<< "text".
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
