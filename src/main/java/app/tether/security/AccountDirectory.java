package app.tether.security;

import app.tether.base.Language;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets other modules look up accounts (to link a case to its people) without the repository. */
@Component
@Transactional(readOnly = true)
public class AccountDirectory {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The active account with this id and role, if there is one. */
    public Optional<Account> findActive(long id, Role role) {
        return accounts.findById(id).filter(a -> a.isActive() && a.getRole() == role);
    }

    public Optional<Account> find(long id) {
        return accounts.findById(id);
    }

    /**
     * The language this person reads: what they chose, English when they have not chosen or the
     * account is unknown. Printing uses it to write each copy in its reader's language.
     */
    public Language languageOf(long accountId) {
        return accounts.findById(accountId).map(Account::getLanguage).orElse(Language.ENGLISH);
    }
}
