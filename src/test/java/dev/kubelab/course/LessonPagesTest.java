package dev.kubelab.course;

import dev.kubelab.progress.LessonProgress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LessonPagesTest {

    @Test
    void indexListsLessonsFromContentAndThePlayground() {
        given().get("/").then().statusCode(200)
                .body(containsString("A first look at your cluster"))
                .body(containsString("/lessons/first-look"))
                .body(containsString("/lessons/playground"));
    }

    @Test
    void firstVisitGetsASignedHttpOnlyGuestCookie() {
        Cookie cookie = given().get("/").then().statusCode(200).extract().detailedCookie("kubelab_session");
        assertNotNull(cookie, "guest cookie set");
        assertTrue(cookie.isHttpOnly());
        assertEquals("/", cookie.getPath());
        assertTrue(cookie.getValue().matches("[0-9a-f-]{36}\\.[A-Za-z0-9_-]{43}"), cookie.getValue());
        // A known visitor keeps its identity: no new cookie.
        String header = given().cookie("kubelab_session", cookie.getValue()).get("/").then().statusCode(200)
                .extract().header("Set-Cookie");
        assertEquals(null, header);
    }

    @Test
    void lessonPageRendersMarkdownBesideTerminalAndPanel() {
        given().get("/lessons/first-look").then().statusCode(200)
                .body(containsString("<h1>A first look at your cluster</h1>"))
                .body(containsString("<table>"))
                .body(containsString("<code class=\"language-bash\">kubectl get nodes"))
                .body(containsString("id=\"terminal\""))
                .body(containsString("data-ws-path=\"/ws/lab/first-look\""))
                .body(containsString("id=\"cluster-panel\""));
    }

    @Test
    void playgroundAlwaysExists() {
        given().get("/lessons/playground").then().statusCode(200)
                .body(containsString("data-ws-path=\"/ws/lab/playground\""));
    }

    @Test
    void unknownLessonIsAFriendly404Page() {
        given().get("/lessons/no-such-lesson").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("/lessons/no-such-lesson"))
                .body(not(containsString("Exception")));
        given().get("/nowhere/at/all").then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void openingALessonRecordsAVisit() {
        String value = given().get("/lessons/first-look").then().statusCode(200).extract().cookie("kubelab_session");
        given().cookie("kubelab_session", value).get("/lessons/first-look").then().statusCode(200);
        UUID learner = UUID.fromString(value.substring(0, value.indexOf('.')));
        LessonProgress progress = QuarkusTransaction.requiringNew()
                .call(() -> LessonProgress.find(learner, "first-look").orElseThrow());
        assertEquals(2, progress.visits);
        assertEquals("opened", progress.status);
    }

    @Test
    void healthAndMetricsAnswer() {
        given().get("/q/health").then().statusCode(200).body(containsString("\"UP\""));
        given().get("/q/metrics").then().statusCode(200).body(containsString("kubelab_sandboxes"));
    }
}
