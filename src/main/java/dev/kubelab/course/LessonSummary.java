package dev.kubelab.course;

/** One entry of the course index. */
public record LessonSummary(String slug, String title, String summary) {
}
