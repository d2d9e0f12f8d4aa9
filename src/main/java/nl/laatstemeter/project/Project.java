package nl.laatstemeter.project;

import java.time.Instant;

/** A registered project (table {@code LM_PROJECT}); its process state lives in {@code connectionProject}. */
public record Project(String id, String name, Instant createdAt, String createdBy, String processInstanceId) {}
