package org.openoms.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandHandler;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of shared/STYLE.md, as tests. */
class ArchitectureTest {

    private static JavaClasses oms;

    @BeforeAll
    static void importTheOms() {
        oms = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.openoms");
    }

    @Test
    void theSharedKernelHasNoSpringNoJpaAndNoOtherModule() {
        noClasses().that().resideInAPackage("org.openoms.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "org.openoms.command..", "org.openoms.query..", "org.openoms.projections..",
                        "org.openoms.platform..")
                .check(oms);
    }

    @Test
    void onlyTheCommandSideHandlesCommands() {
        methods().that().areAnnotatedWith(CommandHandler.class)
                .should().beDeclaredInClassesThat().resideInAPackage("org.openoms.command..")
                .check(oms);
    }

    @Test
    void projectionsNeverSendCommands() {
        noClasses().that().resideInAnyPackage("org.openoms.projections..", "org.openoms.query..")
                .should().dependOnClassesThat().resideInAPackage("org.axonframework.commandhandling..")
                .check(oms);
    }

    @Test
    void theTwoApplicationsShareNothingButTheKernelAndThePlatform() {
        noClasses().that().resideInAPackage("org.openoms.command..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openoms.query..", "org.openoms.projections..")
                .check(oms);
        noClasses().that().resideInAnyPackage("org.openoms.query..", "org.openoms.projections..")
                .should().dependOnClassesThat().resideInAPackage("org.openoms.command..")
                .check(oms);
    }

    @Test
    void aggregatesArePackagePrivate() {
        classes().that().areAnnotatedWith(Aggregate.class)
                .should().notBePublic().andShould().notHaveModifier(JavaModifier.PROTECTED)
                .check(oms);
    }

    @Test
    void eventSourcingHandlersOnlyAssign() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .check(oms);
        methods().that().areAnnotatedWith(EventSourcingHandler.class)
                .should().haveRawReturnType(void.class)
                .check(oms);
    }

    /** An event is whatever an event, saga or event-sourcing handler takes as its payload. */
    @Test
    void everyEventCarriesARevision() {
        Set<JavaClass> events = new TreeSet<>(Comparator.comparing(JavaClass::getName));
        for (JavaClass owner : oms) {
            for (JavaMethod method : owner.getMethods()) {
                boolean handlesEvents = method.isAnnotatedWith(EventHandler.class)
                        || method.isAnnotatedWith(SagaEventHandler.class)
                        || method.isAnnotatedWith(EventSourcingHandler.class);
                if (handlesEvents && !method.getRawParameterTypes().isEmpty()) {
                    JavaClass payload = method.getRawParameterTypes().get(0);
                    if (payload.getPackageName().startsWith("org.openoms.kernel") && !payload.isInterface()) {
                        events.add(payload);
                    }
                }
            }
        }
        assertThat(events).extracting(JavaClass::getSimpleName).contains("OrderPlaced", "StockReserved");
        assertThat(events).allSatisfy(event -> assertThat(event.isAnnotatedWith(Revision.class))
                .as(event.getSimpleName() + " has @Revision").isTrue());
    }

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching("org.openoms.(*).(*)..").should().beFreeOfCycles().check(oms);
    }
}
