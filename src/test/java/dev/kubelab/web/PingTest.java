package dev.kubelab.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class PingTest {
    @Test
    void pings() { given().get("/ping").then().statusCode(200).body(is("pong")); }
}
