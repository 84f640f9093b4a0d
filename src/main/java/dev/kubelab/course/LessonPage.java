package dev.kubelab.course;

/** What a lesson page shows: html is the sanitised rendering of the lesson's Markdown (empty for labs without text). */
public record LessonPage(String slug, String title, String html, boolean playground) {
}
