package app.tether.security;

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
}
