package dev.contrail.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries of laws.md as ArchUnit rules, shared by every module's architecture test.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {}

    /** Domain code is pure: no framework, no I/O, no database, no network. */
    public static final ArchRule DOMAIN_HAS_NO_FRAMEWORK_OR_IO = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta..",
                    "javax..",
                    "java.io..",
                    "java.nio..",
                    "java.net..",
                    "java.sql..",
                    "org.apache.kafka..",
                    "tools.jackson..",
                    "com.fasterxml..")
            .because("domain modules are pure functions of commands, state and events (laws.md 3, 4)");

    /** Domain code reads no clock: time arrives on commands and events. */
    public static final ArchRule DOMAIN_READS_NO_CLOCK = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.time.Clock")
            .orShould()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.OffsetDateTime.class, "now")
            .orShould()
            .callMethod(java.time.ZonedDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(System.class, "nanoTime")
            .because("replays must be deterministic; time comes from the event (laws.md 3, 11)");

    /** Domain code draws no random numbers: ids and amounts come in on commands. */
    public static final ArchRule DOMAIN_DRAWS_NO_RANDOMNESS = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Random")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.security.SecureRandom")
            .orShould()
            .callMethod(java.util.UUID.class, "randomUUID")
            .because("deciders are pure: the same command on the same state gives the same events");
}
