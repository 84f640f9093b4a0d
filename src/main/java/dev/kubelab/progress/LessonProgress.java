package dev.kubelab.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One learner's record for one lesson: opened when, how often, how far. */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "learner_id", nullable = false)
    public UUID learnerId;

    @Column(name = "lesson_slug", nullable = false)
    public String lessonSlug;

    @Column(nullable = false)
    public String status = "opened";

    @Column(nullable = false)
    public int visits;

    @Column(name = "first_opened_at", nullable = false)
    public Instant firstOpenedAt;

    @Column(name = "last_opened_at", nullable = false)
    public Instant lastOpenedAt;

    public static Optional<LessonProgress> find(UUID learnerId, String slug) {
        return find("learnerId = ?1 and lessonSlug = ?2", learnerId, slug).firstResultOptional();
    }
}
