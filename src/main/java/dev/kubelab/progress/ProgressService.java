package dev.kubelab.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Creates guests and records lesson visits. */
@ApplicationScoped
public class ProgressService {

    private final Clock clock;

    public ProgressService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public Learner createGuest() {
        Learner learner = Learner.newGuest(clock.instant());
        learner.persist();
        return learner;
    }

    /** The learner behind a verified cookie; empty if the row is gone (e.g. a wiped database). */
    @Transactional
    public Optional<Learner> touch(UUID learnerId) {
        Optional<Learner> learner = Learner.findByIdOptional(learnerId);
        learner.ifPresent(l -> l.lastSeenAt = clock.instant());
        return learner;
    }

    @Transactional
    public LessonProgress recordVisit(UUID learnerId, String slug) {
        Instant now = clock.instant();
        LessonProgress progress = LessonProgress.find(learnerId, slug).orElseGet(() -> {
            LessonProgress fresh = new LessonProgress();
            fresh.learnerId = learnerId;
            fresh.lessonSlug = slug;
            fresh.firstOpenedAt = now;
            return fresh;
        });
        progress.visits++;
        progress.lastOpenedAt = now;
        progress.persist();
        return progress;
    }
}
