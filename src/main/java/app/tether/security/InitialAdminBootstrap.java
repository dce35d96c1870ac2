package app.tether.security;

import app.tether.base.Translator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One-time creation of the first admin on a database with none (an external MariaDB has no
 * default credentials). Set TETHER_BOOTSTRAP_ADMIN_USERNAME and TETHER_BOOTSTRAP_ADMIN_PASSWORD
 * for the first start; once an admin exists the variables are ignored and can be removed.
 */
@Component
@Order(0)
class InitialAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdminBootstrap.class);
    static final String DISPLAY_NAME = "Practice admin";

    private final AccountProvisioning provisioning;
    private final Environment env;
    private final PasswordPolicy passwordPolicy;
    private final Translator messages;

    InitialAdminBootstrap(AccountProvisioning provisioning, Environment env, PasswordPolicy passwordPolicy,
                          Translator messages) {
        this.provisioning = provisioning;
        this.env = env;
        this.passwordPolicy = passwordPolicy;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = env.getProperty("tether.bootstrap-admin.username");
        String password = env.getProperty("tether.bootstrap-admin.password");
        boolean requested = username != null && !username.isBlank();
        if (provisioning.adminExists()) {
            if (requested) {
                log.info("An admin account exists; TETHER_BOOTSTRAP_ADMIN_* is ignored and can be removed.");
            }
            return;
        }
        if (!requested) {
            log.warn("No admin account exists. Set TETHER_BOOTSTRAP_ADMIN_USERNAME and "
                    + "TETHER_BOOTSTRAP_ADMIN_PASSWORD for one start to create the first admin (see README).");
            return;
        }
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!AccountService.USERNAME.matcher(name).matches()) {
            throw new IllegalStateException("TETHER_BOOTSTRAP_ADMIN_USERNAME must be 3-64 characters: "
                    + "lower-case letters, digits, dot, dash or underscore");
        }
        // The same rules as a password chosen on the form, so the first admin is no weak point.
        var refusal = passwordPolicy.check(password, name, DISPLAY_NAME);
        if (refusal.isPresent()) {
            throw new IllegalStateException("TETHER_BOOTSTRAP_ADMIN_PASSWORD is refused: "
                    + messages.t(refusal.get().messageKey(), refusal.get().args()));
        }
        provisioning.create(name, DISPLAY_NAME, Role.ADMIN, password);
        log.info("Created the first admin account '{}'. Remove TETHER_BOOTSTRAP_ADMIN_* now.", name);
    }
}
