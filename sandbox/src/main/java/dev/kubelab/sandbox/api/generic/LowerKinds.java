package dev.kubelab.sandbox.api.generic;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.KubeObject;

/** What `-o name` and the apply/create results put before an object's name, for typed and generic kinds alike. */
public final class LowerKinds {
    private LowerKinds() {
    }

    /** "deployment.apps", "serviceaccount", "ipaddresspool.metallb.io". */
    public static String of(KubeObject object) {
        return object instanceof GenericObject ? ((GenericObject) object).type().qualifiedLowerKind()
                : object.kind().qualifiedLowerKind();
    }
}
