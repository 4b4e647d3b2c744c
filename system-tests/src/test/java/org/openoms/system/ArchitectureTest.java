package org.openoms.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
import org.openoms.kernel.common.BusinessRuleViolation;

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
    void aggregatesTakeTimeAndIdsFromOutside() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .check(oms);
    }

    /**
     * An event-sourcing handler runs again on every load and replay, so it may only copy the event into
     * fields: read the event, use collections and plain values (its own nested records among them), call
     * the aggregate's own static helpers.
     * Applying events, sending commands, reading a clock or a database is for command handlers.
     */
    @Test
    void eventSourcingHandlersOnlyAssign() {
        methods().that().areAnnotatedWith(EventSourcingHandler.class)
                .should().haveRawReturnType(void.class)
                .andShould(new ArchCondition<JavaMethod>("only assign fields from the event") {
                    @Override
                    public void check(JavaMethod handler, ConditionEvents events) {
                        for (JavaCall<?> call : handler.getCallsFromSelf()) {
                            if (!mayBeCalledWhileAssigning(handler, call)) {
                                events.add(SimpleConditionEvent.violated(handler, handler.getFullName() + " calls "
                                        + call.getTarget().getFullName()));
                            }
                        }
                    }
                })
                .check(oms);
    }

    private static boolean mayBeCalledWhileAssigning(JavaMethod handler, JavaCall<?> call) {
        JavaClass owner = call.getTargetOwner();
        if (owner.equals(handler.getOwner())) {
            return call.getTarget().resolveMember().map(m -> m.getModifiers().contains(JavaModifier.STATIC))
                    .orElse(false);
        }
        if (owner.isRecord() && owner.getEnclosingClass().map(handler.getOwner()::equals).orElse(false)) {
            return true;
        }
        if (owner.isEquivalentTo(java.time.Instant.class) || owner.isEquivalentTo(java.util.UUID.class)) {
            return !call.getName().equals("now") && !call.getName().equals("randomUUID");
        }
        return owner.getPackageName().startsWith("org.openoms.kernel")
                || owner.getPackageName().equals("java.lang") && !owner.isEquivalentTo(System.class)
                        && !owner.isEquivalentTo(Thread.class)
                || owner.getPackageName().equals("java.util")
                || owner.getPackageName().equals("java.math");
    }

    @Test
    void theDomainKnowsNothingOfTheWeb() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .or().areAnnotatedWith(org.axonframework.spring.stereotype.Saga.class)
                .or().resideInAPackage("org.openoms.kernel..")
                .or(JavaClass.Predicates.simpleNameEndingWith("Rules")
                        .and(JavaClass.Predicates.resideInAPackage("org.openoms.command..")))
                .or().areAssignableTo(BusinessRuleViolation.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..", "org.openoms.platform.web..")
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
