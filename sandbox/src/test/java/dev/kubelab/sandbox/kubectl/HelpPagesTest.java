package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.kubectl.HelpHarness.Result;
import org.junit.jupiter.api.Test;

import static dev.kubelab.sandbox.kubectl.HelpHarness.KUBECTL;
import static dev.kubelab.sandbox.kubectl.HelpHarness.TRAILER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help pages as a learner meets them: the summary, aliases, unknown topics, and some exact text. */
class HelpPagesTest {
    private final HelpHarness harness = new HelpHarness();

    private Result kubectl(String line) {
        return harness.kubectl(line);
    }

    @Test
    void bareKubectlAndKubectlHelpPrintTheSummaryListingEveryVerb() {
        Result root = kubectl("");
        assertEquals(root, kubectl("help"));
        assertEquals(root, kubectl("--help"));
        for (String verb : KUBECTL.verbs()) {
            assertEquals(!verb.equals("help") && !verb.equals("options"), root.out().contains("\n  " + verb + "  "), verb);
        }
        assertTrue(root.out().endsWith("about a given command.\n" + TRAILER));
    }

    @Test
    void subcommandsAliasesAndTheirArgumentsFindTheDeepestPage() {
        String nodePort = HelpText.page("create service nodeport");
        assertEquals(nodePort, kubectl("create svc nodeport web --tcp=80:80 -h").out());
        assertEquals(nodePort, kubectl("help create service nodeport").out());
        assertEquals(HelpText.page("create deployment"), kubectl("create deploy web --image=nginx --help").out());
        assertEquals(HelpText.page("rollout"), kubectl("rollout pause --help").out());
        assertEquals(HelpText.page("top pod"), kubectl("top pods -h").out());
        assertEquals(HelpText.page("get"), kubectl("get pods -A --help").out());
    }

    @Test
    void unknownHelpTopics() {
        Result bogus = kubectl("help bogus");
        assertEquals(0, bogus.code());
        assertTrue(bogus.err().startsWith("Unknown help topic [`bogus`]\nkubectl controls"), bogus.err());
        Result missing = kubectl("help drain");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("\"kubectl drain\" is not available in this lab terminal"), missing.err());
    }

    @Test
    void exposeHelpBeginsAndEndsAsWritten() {
        String help = kubectl("expose --help").out();
        assertTrue(help.startsWith("""
                Create a Service in front of an existing deployment, replica set, pod or Service.

                 The new Service copies what it needs from that object: its selector (a pod's labels), and its ports from the
                containers' ports unless --port is given. The Service is named like the object unless --name says otherwise.

                Examples:
                  # A ClusterIP Service on port 80 for the pods of the Deployment web, which listen on 8080
                  kubectl expose deployment web --port=80 --target-port=8080
                """), help);
        assertTrue(help.contains("""

                Options:
                    --cluster-ip='':
                        The virtual IP to ask for, or None for a headless Service.

                """), help);
        assertTrue(help.endsWith("""
                    --type='':
                        The Service type: ClusterIP (default), NodePort, LoadBalancer or ExternalName.

                Usage:
                  kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] \
                [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]

                Use "kubectl options" for a list of global command-line options (applies to all commands).
                """), help);
    }

    @Test
    void scaleShowsDefaultsAsKubectlDoes() {
        String help = kubectl("scale -h").out();
        assertTrue(help.contains("""
                    --current-replicas=-1:
                        Only scale if spec.replicas is this number now (-1: no check).

                    -f, --filename=[]:
                """), help);
        assertTrue(help.contains("\n    --replicas=0:\n        The number of pods wanted (required).\n\n"), help);
        assertTrue(help.contains("\n    -l, --selector='':\n"), help);
        assertTrue(help.contains("\n    --timeout=0s:\n"), help);
    }
}
