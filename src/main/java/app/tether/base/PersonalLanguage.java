package app.tether.base;

import java.util.Optional;

/**
 * The language the signed-in person chose for themselves, if any: implemented where accounts live,
 * read by the screens' locale rule in {@code base/ui} (decision 024) without base knowing accounts.
 */
public interface PersonalLanguage {

    /** Empty before sign-in (and during the second step), or when the person has not chosen. */
    Optional<Language> ofSignedInPerson();
}
