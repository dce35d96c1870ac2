package app.tether.security;

import app.tether.base.Language;
import app.tether.base.PersonalLanguage;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's chosen language, for the screens' locale rule (read on each page load:
 * one lookup by id). Nothing before the second step: the code page speaks the browser's language.
 */
@Component
class AccountLanguage implements PersonalLanguage {

    private final CurrentUser currentUser;
    private final AccountRepository accounts;

    AccountLanguage(CurrentUser currentUser, AccountRepository accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Language> ofSignedInPerson() {
        return currentUser.get().flatMap(u -> accounts.findById(u.accountId())).map(Account::getLanguage);
    }
}
