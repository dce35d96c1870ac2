package app.tether.security;

/**
 * Where a sign-in throttle plugs into the second step: declare a bean implementing this and
 * {@link TwoFactorService} calls it around every code check. Without one, nothing is limited
 * beyond the failure count kept on the account.
 */
public interface CodeAttempts {

    /** False refuses the attempt before the code is even looked at. */
    boolean mayTry(long accountId, String username);

    void failed(long accountId, String username);

    void succeeded(long accountId, String username);

    CodeAttempts UNLIMITED = new CodeAttempts() {
        @Override
        public boolean mayTry(long accountId, String username) {
            return true;
        }

        @Override
        public void failed(long accountId, String username) {
        }

        @Override
        public void succeeded(long accountId, String username) {
        }
    };
}
