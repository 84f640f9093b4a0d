package dev.kubelab.course;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kubelab.course")
public interface CourseConfig {
    /** Folder holding the course (one sub-folder per course, one per lesson); read at start-up. */
    @WithDefault("content")
    String dir();
}
