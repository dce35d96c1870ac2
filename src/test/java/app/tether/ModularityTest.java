package app.tether;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Module boundaries: features by package, no cycles, views and system-only helpers kept in place. */
class ModularityTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.tether");

    @Test
    void modules_have_no_cycles() {
        slices().matching("app.tether.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void base_depends_on_no_feature_module() {
        noClasses().that().resideInAPackage("app.tether.base..")
                .should().dependOnClassesThat().resideInAnyPackage("app.tether.security..", "app.tether.caseload..",
                        "app.tether.homework..", "app.tether.programme..", "app.tether.demo..", "app.tether.shell..",
                        "app.tether.scales..", "app.tether.exceptionlog..", "app.tether.sessions..",
                        "app.tether.reports..", "app.tether.audit..", "app.tether.home..", "app.tether.letters..",
                        "app.tether.rituals..")
                .check(CLASSES);
    }

    @Test
    void views_are_used_only_by_views_and_the_security_setup() {
        noClasses().that().resideOutsideOfPackages("app.tether..ui..", "app.tether.shell..")
                .and().doNotHaveSimpleName("SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("app.tether..ui..")
                .check(CLASSES);
    }

    @Test
    void repositories_stay_inside_their_module() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void system_side_provisioning_is_only_for_the_demo_and_bootstrap() {
        noClasses().that().resideOutsideOfPackages("app.tether.demo..", "app.tether.security", "app.tether.caseload",
                        "app.tether.homework", "app.tether.scales", "app.tether.exceptionlog",
                        "app.tether.sessions", "app.tether.rituals")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Provisioning")
                .check(CLASSES);
    }

    @Test
    void every_public_service_method_carries_method_security() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
                .and().areDeclaredInClassesThat().areAnnotatedWith(org.springframework.stereotype.Service.class)
                .and().arePublic()
                .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void reports_only_lay_out_what_other_modules_hand_over() {
        noClasses().that().resideInAPackage("app.tether.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("app.tether.security..", "app.tether.caseload..",
                        "app.tether.homework..", "app.tether.programme..", "app.tether.scales..",
                        "app.tether.exceptionlog..", "app.tether.sessions..", "app.tether.audit..",
                        "app.tether.letters..", "app.tether.rituals..")
                .check(CLASSES);
    }

    @Test
    void views_do_not_reach_repositories_or_entities_directly() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(CLASSES);
    }
}
