package dev.kubelab.course;

/** A lesson as loaded from content/: order is the NN- prefix of its folder. */
public record Lesson(String course, int order, String slug, String title, String summary, String html) {

    public LessonSummary toSummary() {
        return new LessonSummary(slug, title, summary);
    }

    public LessonPage toPage() {
        return new LessonPage(slug, title, html, false);
    }
}
