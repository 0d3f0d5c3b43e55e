package io.switchboard;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module graph of ARCHITECTURE.md holds: no cycles, no access to another module's internals. */
class ModularityTests {
    // The embedded sandbox shares the io.switchboard namespace but is a separate Maven module, not an app module.
    static final ApplicationModules MODULES = ApplicationModules.of(
            SwitchboardApplication.class, JavaClass.Predicates.resideInAPackage("io.switchboard.sandbox.."));

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // Component diagrams and a module canvas under target/spring-modulith-docs, for reviewers.
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
