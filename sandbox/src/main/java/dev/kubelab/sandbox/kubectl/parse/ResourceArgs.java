package dev.kubelab.sandbox.kubectl.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The TYPE[,TYPE…] [NAME…] or TYPE/NAME… arguments of get/describe/delete (resource.Builder's
 * ResourceTypeOrNameArgs): one request per type, or per type × name, in the order typed.
 */
public final class ResourceArgs {
    /** name is null for "list all of this type". */
    public record Request(String type, String name) {}

    private ResourceArgs() {
    }

    public static List<Request> parse(List<String> args) throws ResourceArgsException {
        List<Request> out = new ArrayList<>();
        if (args.get(0).contains("/")) {
            for (String arg : args) {
                int slash = arg.indexOf('/');
                if (slash < 0) {
                    throw new ResourceArgsException("there is no need to specify a resource type as a separate"
                            + " argument when passing arguments in resource/name form (e.g. 'kubectl get"
                            + " resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'");
                }
                out.add(new Request(arg.substring(0, slash), arg.substring(slash + 1)));
            }
            return out;
        }
        List<String> names = args.subList(1, args.size());
        for (String type : args.get(0).split(",")) {
            if (type.isEmpty()) {
                continue;
            }
            if (names.isEmpty()) {
                out.add(new Request(type, null));
            }
            for (String name : names) {
                if (name.contains("/")) {
                    throw new ResourceArgsException("there is no need to specify a resource type as a separate"
                            + " argument when passing arguments in resource/name form (e.g. 'kubectl get"
                            + " resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'");
                }
                out.add(new Request(type, name));
            }
        }
        return out;
    }

    /** A resource argument list kubectl refuses; the message is kubectl's (printed after "error: "). */
    public static final class ResourceArgsException extends Exception {
        public ResourceArgsException(String message) {
            super(message, null, false, false);
        }
    }
}
