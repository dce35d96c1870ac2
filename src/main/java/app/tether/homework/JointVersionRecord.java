package app.tether.homework;

import java.time.Instant;

/** One save of a shared answer; {@code sentNumber} is the submission it became, if it was sent. */
public record JointVersionRecord(int number, long authorId, String authorName, Instant savedAt, Answers answers,
                                 Integer sentNumber) {
}
