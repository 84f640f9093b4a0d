package dev.kubelab.sandbox.kubectl.print;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DescribeWriterTest {

    @Test
    void alignsEachBlockOfTabbedLinesToItsWidestKeyPlusTwo() {
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\tnginx").line("Session Affinity:\tNone").line("Subsets:").line("Events:\t<none>");
        assertEquals("Name:              nginx\nSession Affinity:  None\nSubsets:\nEvents:  <none>\n", w.text());
    }

    @Test
    void anEmptyValueStillPadsTheKeyLikeGoTabwriter() {
        DescribeWriter w = new DescribeWriter();
        w.line("IP:\t").line("External Name:\texample.com");
        assertEquals("IP:             \nExternal Name:  example.com\n", w.text());
    }

    @Test
    void aThirdCellIsAlignedOnlyWithinLinesThatHaveOne() {
        DescribeWriter w = new DescribeWriter();
        w.line("Port:\thttps\t443/TCP").line("TargetPort:\t443/TCP").line("NodePort:\thttps\t31519/TCP");
        assertEquals("Port:        https  443/TCP\nTargetPort:  443/TCP\nNodePort:    https  31519/TCP\n", w.text());
    }

    @Test
    void levelsIndentByTwoSpacesAndTablesAlignTheirColumns() {
        DescribeWriter w = new DescribeWriter();
        w.write(1, "Ports:\n").write(2, "Name\tPort\tProtocol\n").write(2, "----\t----\t--------\n")
                .write(2, "<unset>\t80\tTCP\n");
        assertEquals("  Ports:\n    Name     Port  Protocol\n    ----     ----  --------\n    <unset>  80    TCP\n",
                w.text());
    }

    @Test
    void flushEndsTheBlockSoLaterLinesAlignOnTheirOwn() {
        DescribeWriter w = new DescribeWriter();
        w.line("Internal Traffic Policy:\tCluster");
        w.flush();
        w.line("Events:\t<none>");
        assertEquals("Internal Traffic Policy:  Cluster\nEvents:  <none>\n", w.text());
    }

    @Test
    void labelsContinueInTheValueColumnAndAnnotationsHideLastApplied() {
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\tx");
        DescribeSections.labels(w, "Labels", Map.of("b", "2", "a", "1"));
        DescribeSections.annotations(w, Map.of("kubectl.kubernetes.io/last-applied-configuration", "{}"));
        assertEquals("Name:         x\nLabels:       a=1\n              b=2\nAnnotations:  <none>\n", w.text());
    }

    @Test
    void longAnnotationsGetTheirOwnIndentedLines() {
        DescribeWriter w = new DescribeWriter();
        String value = "v".repeat(150);
        DescribeSections.annotations(w, Map.of("k", value));
        assertEquals("Annotations:  k:\n" + " ".repeat(16) + "v".repeat(138) + "...\n", w.text());
    }
}
