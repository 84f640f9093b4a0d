package dev.kubelab.course;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The lessons under the content folder: content/&lt;course&gt;/&lt;NN-slug&gt;/index.md. Content is data, so a
 * self-hoster adds a course without rebuilding. The playground lab always exists besides them.
 */
@ApplicationScoped
public class Course {

    public static final String PLAYGROUND = "playground";
    private static final Pattern LESSON_DIR = Pattern.compile("(\\d+)-([a-z0-9][a-z0-9-]{0,62})");
    private static final long MAX_LESSON_BYTES = 256 * 1024;

    private final Map<String, Lesson> lessons;

    public Course(CourseConfig config, MarkdownRenderer markdown) {
        this.lessons = load(Path.of(config.dir()), markdown);
    }

    public List<LessonSummary> index() {
        return lessons.values().stream().map(Lesson::toSummary).toList();
    }

    /** The page for a slug: a lesson, the playground, or empty for anything else. */
    public Optional<LessonPage> page(String slug) {
        if (PLAYGROUND.equals(slug)) {
            return Optional.of(new LessonPage(PLAYGROUND, "Playground", "", true));
        }
        return Optional.ofNullable(lessons.get(slug)).map(Lesson::toPage);
    }

    public boolean hasLab(String slug) {
        return PLAYGROUND.equals(slug) || lessons.containsKey(slug);
    }

    private static Map<String, Lesson> load(Path root, MarkdownRenderer markdown) {
        if (!Files.isDirectory(root)) {
            Log.warnf("No course folder at %s: only the playground is available", root.toAbsolutePath());
            return Map.of();
        }
        List<Lesson> found = new ArrayList<>();
        try (Stream<Path> courses = Files.list(root)) {
            for (Path course : courses.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> dirs = Files.list(course)) {
                    for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                        lessonIn(course.getFileName().toString(), dir, markdown).ifPresent(found::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read course folder " + root, e);
        }
        found.sort(Comparator.comparing(Lesson::course).thenComparingInt(Lesson::order));
        Map<String, Lesson> bySlug = new LinkedHashMap<>();
        for (Lesson lesson : found) {
            if (PLAYGROUND.equals(lesson.slug()) || bySlug.putIfAbsent(lesson.slug(), lesson) != null) {
                throw new IllegalStateException("lesson slug used twice: " + lesson.slug());
            }
        }
        Log.infof("Loaded %d lessons from %s", bySlug.size(), root.toAbsolutePath());
        return bySlug;
    }

    private static Optional<Lesson> lessonIn(String course, Path dir, MarkdownRenderer markdown) throws IOException {
        Matcher name = LESSON_DIR.matcher(dir.getFileName().toString());
        Path index = dir.resolve("index.md");
        if (!name.matches() || !Files.isRegularFile(index)) {
            return Optional.empty();
        }
        if (Files.size(index) > MAX_LESSON_BYTES) {
            throw new IllegalStateException(index + " is larger than " + MAX_LESSON_BYTES + " bytes");
        }
        FrontMatter doc = FrontMatter.parse(Files.readString(index, StandardCharsets.UTF_8));
        String slug = name.group(2);
        return Optional.of(new Lesson(course, Integer.parseInt(name.group(1)), slug,
                doc.string("title", slug), doc.string("summary", ""), markdown.render(doc.body())));
    }
}
