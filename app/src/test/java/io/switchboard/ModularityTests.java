package io.switchboard;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module graph of ARCHITECTURE.md holds: no cycles, no access to another module's internals. */
class ModularityTests {
    static final ApplicationModules MODULES = ApplicationModules.of(SwitchboardApplication.class);

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
