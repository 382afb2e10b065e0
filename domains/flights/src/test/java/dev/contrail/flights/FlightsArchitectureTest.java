package dev.contrail.flights;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.contrail.test.ArchitectureRules;

@AnalyzeClasses(packages = "dev.contrail.flights", importOptions = ImportOption.DoNotIncludeTests.class)
class FlightsArchitectureTest {

    @ArchTest
    static final ArchRule pure = ArchitectureRules.DOMAIN_HAS_NO_FRAMEWORK_OR_IO;

    @ArchTest
    static final ArchRule no_clock = ArchitectureRules.DOMAIN_READS_NO_CLOCK;

    @ArchTest
    static final ArchRule no_randomness = ArchitectureRules.DOMAIN_DRAWS_NO_RANDOMNESS;
}
