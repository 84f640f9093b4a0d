package dev.kubelab.terminal;

import static io.restassured.RestAssured.given;

/** Opens a page like a browser would, to get a fresh guest's session cookie. */
final class GuestCookie {
    private GuestCookie() {
    }

    static String fresh() {
        String value = given().redirects().follow(false).get("/lessons/playground").then().statusCode(200)
                .extract().cookie("kubelab_session");
        return "kubelab_session=" + value;
    }
}
