package dev.kubelab.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Friendly error pages instead of bare status codes. */
public class Errors {

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance notFound(String path);
    }

    public static Response notFoundPage(String path) {
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.notFound(path).render())
                .build();
    }

    @ServerExceptionMapper
    public Response unknownPath(NotFoundException e, UriInfo uri) {
        return notFoundPage(uri.getPath());
    }
}
