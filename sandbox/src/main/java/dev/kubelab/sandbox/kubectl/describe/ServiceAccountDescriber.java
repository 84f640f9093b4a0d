package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * describeServiceAccount: metadata, then "Image pull secrets:", "Mountable secrets: " and "Tokens:" (headers in
 * that sorted order, one secret a line, "(not found)" after a secret the namespace lacks, "<none>" when empty;
 * tokens are the namespace's service-account-token Secrets annotated with this account's name and uid), events.
 */
public final class ServiceAccountDescriber implements Describer {
    private static final String TOKEN_TYPE = "kubernetes.io/service-account-token";
    private static final String EMPTY_HEADER = "                   ";

    @Override
    public String describe(KubeObject object, ObjectStore store, Instant now) {
        GenericObject account = (GenericObject) object;
        String namespace = account.metadata().namespace();
        Set<String> existing = new HashSet<>();
        List<String> tokens = new ArrayList<>();
        for (GenericObject secret : GenericObjects.list(store, GenericTypes.named("secrets").orElseThrow(),
                namespace)) {
            Map<String, String> annotations = secret.metadata().annotations();
            if (TOKEN_TYPE.equals(secret.body().get("type"))
                    && account.metadata().name().equals(annotations.get("kubernetes.io/service-account.name"))
                    && account.metadata().uid().equals(annotations.get("kubernetes.io/service-account.uid"))) {
                tokens.add(secret.metadata().name());
            }
            existing.add(secret.metadata().name());
        }
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\t" + account.metadata().name());
        w.line("Namespace:\t" + namespace);
        DescribeSections.labels(w, "Labels", account.metadata().labels());
        DescribeSections.annotations(w, account.metadata().annotations());
        secrets(w, "Image pull secrets:", names(account.body().get("imagePullSecrets")), existing);
        secrets(w, "Mountable secrets: ", names(account.body().get("secrets")), existing);
        secrets(w, "Tokens:            ", tokens, null);
        DescribeSections.events(w, Describer.eventsAbout(account, store), now);
        return w.text();
    }

    /** existing null: every name is known to exist (the tokens were found in the list). */
    private static void secrets(DescribeWriter w, String header, List<String> names, Set<String> existing) {
        if (names.isEmpty()) {
            w.line(header + "\t<none>");
            return;
        }
        String prefix = header;
        for (String name : names) {
            boolean missing = existing != null && !existing.contains(name);
            w.line(prefix + "\t" + name + (missing ? " (not found)" : ""));
            prefix = EMPTY_HEADER;
        }
    }

    /** The names of a list of references ([{name: x}, …]). */
    private static List<String> names(Object references) {
        List<String> out = new ArrayList<>();
        if (references instanceof List) {
            for (Object ref : (List<?>) references) {
                Object name = ref instanceof Map ? ((Map<?, ?>) ref).get("name") : null;
                out.add(name == null ? "" : name.toString());
            }
        }
        return out;
    }
}
