package dev.kubelab.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Saving kube-apiserver.yaml in the browser's editor restarts the API server with the edited flags. */
class ManifestEditTest {
    private static final String REFUSED =
            "The connection to the server 172.30.1.2:6443 was refused - did you specify the right host or port?\n";

    @Test
    void savingTheManifestInTheEditorRestartsTheApiServer() {
        Transcript t = new Transcript();
        Outcome edit = t.sandbox().exec("sudo vi /etc/kubernetes/manifests/kube-apiserver.yaml", s -> { });
        String manifest = assertInstanceOf(Outcome.Edit.class, edit).content();
        String cidr = "    - --service-cluster-ip-range=10.96.0.0/12\n";
        t.sandbox().save(manifest.replace(cidr, cidr + "    - --service-node-port-range=30000-40000\n"), s -> { });

        assertEquals("Client Version: v1.32.4\nKustomize Version: v5.5.0\n" + REFUSED,
                Transcript.unix(t.type("kubectl version")));
        t.advance(Duration.ofSeconds(40));
        assertEquals("service/x created\n",
                Transcript.unix(t.type("kubectl create service nodeport x --tcp=80:80 --node-port=40000")));
    }

    @Test
    void savingItUnchangedRestartsNothing() {
        Transcript t = new Transcript();
        Outcome edit = t.sandbox().exec("vi /etc/kubernetes/manifests/kube-apiserver.yaml", s -> { });
        t.sandbox().save(assertInstanceOf(Outcome.Edit.class, edit).content(), s -> { });
        assertEquals("Client Version: v1.32.4\nKustomize Version: v5.5.0\nServer Version: v1.32.4\n",
                Transcript.unix(t.type("kubectl version")));
    }
}
