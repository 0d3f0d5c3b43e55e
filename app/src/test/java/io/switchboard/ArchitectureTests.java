package io.switchboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The conventions of STYLE.md §7 that Spring Modulith's verify() does not check. */
class ArchitectureTests {
    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The sandbox module is on the app's classpath but is another Maven module, with its own rules.
            .withImportOption(location -> !location.contains("/io/switchboard/sandbox/"))
            .importPackages("io.switchboard");

    @Test
    void controllersLiveInWebPackages() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..web..")
                .check(APP);
    }

    @Test
    void jdbcClientOnlyInInternalPackages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..internal..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .check(APP);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(APP);
    }

    @Test
    void appNeverImportsTheSandbox() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.switchboard.sandbox..")
                .check(APP);
    }

    @Test
    void migrationsCreateOnlyTheirModulesTables() throws IOException {
        var create = Pattern.compile(
                "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z0-9_]+)", Pattern.CASE_INSENSITIVE);
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql");
        assertThat(resources).isNotEmpty();
        for (var resource : resources) {
            var path = resource.getURL().getPath();
            var module = path.replaceAll(".*/db/migration/([^/]+)/.*", "$1");
            var sql = resource.getContentAsString(StandardCharsets.UTF_8);
            var matcher = create.matcher(sql);
            while (matcher.find()) {
                assertThat(matcher.group(1)).as(path).startsWith(module + "_");
            }
        }
    }
}
