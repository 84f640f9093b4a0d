package dev.kubelab.course;

import dev.kubelab.progress.ProgressService;
import dev.kubelab.web.Errors;
import dev.kubelab.web.GuestSessions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** The course index and the lesson pages. Every page makes sure the visitor has a (guest) identity. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LessonPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<LessonSummary> lessons);

        static native TemplateInstance lesson(LessonPage lesson);
    }

    private final Course course;
    private final GuestSessions sessions;
    private final ProgressService progress;

    public LessonPages(Course course, GuestSessions sessions, ProgressService progress) {
        this.course = course;
        this.sessions = sessions;
        this.progress = progress;
    }

    @GET
    public Response index(@Context HttpHeaders headers, @Context UriInfo uri) {
        GuestSessions.Visitor visitor = visitor(headers, uri);
        return withCookie(Response.ok(Templates.index(course.index())), visitor);
    }

    @GET
    @Path("lessons/{slug}")
    public Response lesson(@PathParam("slug") String slug, @Context HttpHeaders headers, @Context UriInfo uri) {
        return course.page(slug)
                .map(page -> {
                    GuestSessions.Visitor visitor = visitor(headers, uri);
                    progress.recordVisit(visitor.learnerId(), page.slug());
                    return withCookie(Response.ok(Templates.lesson(page)), visitor);
                })
                .orElseGet(() -> Errors.notFoundPage(uri.getPath()));
    }

    private GuestSessions.Visitor visitor(HttpHeaders headers, UriInfo uri) {
        var cookie = headers.getCookies().get(sessions.cookieName());
        return sessions.resolve(cookie == null ? null : cookie.getValue(), "https".equals(uri.getBaseUri().getScheme()));
    }

    private static Response withCookie(Response.ResponseBuilder response, GuestSessions.Visitor visitor) {
        if (visitor.newCookie() != null) {
            response.cookie(visitor.newCookie());
        }
        return response.header("Cache-Control", "no-store").build();
    }
}
