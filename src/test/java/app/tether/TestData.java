package app.tether;

import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import app.tether.security.Role;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Builders for fresh accounts and cases, so tests never depend on each other's changes. */
public final class TestData {

    public static final String PASSWORD = "test-password-1";

    private final AccountProvisioning accounts;
    private final CaseProvisioning cases;

    public TestData(AccountProvisioning accounts, CaseProvisioning cases) {
        this.accounts = accounts;
        this.cases = cases;
    }

    public record Person(long id, String username, String displayName) {
    }

    public Person person(Role role, String displayName) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new Person(accounts.create(username, displayName, role, PASSWORD), username, displayName);
    }

    public Person therapist() {
        return person(Role.THERAPIST, "Test Therapist");
    }

    public Person client(String name) {
        return person(Role.CLIENT, name);
    }

    /** A case enrolled {@code daysAgo} days ago (so today is day daysAgo + 1), at stage 1. */
    public long enrolledCase(Person therapist, Lens lens, int daysAgo, Person... clients) {
        long id = unenrolledCase(therapist, clients);
        cases.enrol(id, lens, LocalDate.now().minusDays(daysAgo));
        return id;
    }

    public long unenrolledCase(Person therapist, Person... clients) {
        List<Long> ids = Arrays.stream(clients).map(Person::id).toList();
        return cases.createCase(clients.length == 2 ? CaseKind.COUPLE : CaseKind.INDIVIDUAL, therapist.id(), ids);
    }
}
