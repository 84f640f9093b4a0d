package dev.kubelab.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** Someone taking the course. Guests get one the first time they open a page. */
@Entity
public class Learner extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String kind = "guest";

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    public static Learner newGuest(Instant now) {
        Learner learner = new Learner();
        learner.id = UUID.randomUUID();
        learner.createdAt = now;
        learner.lastSeenAt = now;
        return learner;
    }
}
