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

    /** schema.GroupVersionKind's Kind and Group as kubectl label --list joins them: "Deployment.apps", "Pod.". */
    public static String kindDotGroup(KubeObject object) {
        if (object instanceof GenericObject) {
            GenericType type = ((GenericObject) object).type();
            return type.kindName() + "." + type.group();
        }
        return object.kind().kindName() + "." + object.kind().group();
    }
}
