package app.tether.homework;

import java.time.Instant;

/** One sent version of the answers; versions are numbered from 1 and all are kept. */
public record SubmissionRecord(int number, Instant submittedAt, Answers answers) {
}
