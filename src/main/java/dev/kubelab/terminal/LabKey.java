package dev.kubelab.terminal;

import java.util.UUID;

/** One sandbox per learner and lab. */
record LabKey(UUID learnerId, String lab) {
}
