package vn.chinhdon;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules form a DAG and only use each other's published API (docs/architecture.md). */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ChinhDonApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "platform", "organization");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml();
        assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
    }

    @Test
    void noModuleUsesTheDatasetGenerator() {
        ArchRuleDefinition.noClasses().that().resideOutsideOfPackage("vn.chinhdon.dataset..")
                .should().dependOnClassesThat().resideInAPackage("vn.chinhdon.dataset..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.chinhdon"));
        assertThat(modules.getModuleByName("dataset")).isPresent();
    }
}
