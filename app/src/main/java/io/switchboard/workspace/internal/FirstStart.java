package io.switchboard.workspace.internal;

import io.switchboard.Secret;
import io.switchboard.workspace.WorkspaceManagement;
import io.switchboard.workspace.WorkspaceSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a fresh installation: creates the first owner and workspace from SWITCHBOARD_ADMIN_EMAIL and
 * SWITCHBOARD_ADMIN_PASSWORD, or opens the setup page and prints where it is.
 */
@Component
public class FirstStart implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final WorkspaceManagement workspaces;
    private final ApiKeySecrets keys;
    private final SetupGate gate;
    private final WorkspaceSettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationContext context;

    FirstStart(
            WorkspaceManagement workspaces,
            ApiKeySecrets keys,
            SetupGate gate,
            WorkspaceSettings settings,
            TransactionTemplate transactions,
            ApplicationContext context) {
        this.workspaces = workspaces;
        this.keys = keys;
        this.gate = gate;
        this.settings = settings;
        this.transactions = transactions;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (workspaces.isSetUp()) {
            return;
        }
        var email = settings.adminEmail();
        var password = settings.adminPassword();
        if (email != null && !email.isBlank() && password != null && !password.isBlank()) {
            try {
                var workspace = setUp(settings.workspaceName(), email, "Owner", password.value());
                log.info(
                        "Created the first workspace '{}' and its owner from SWITCHBOARD_ADMIN_EMAIL",
                        workspace.name());
            } catch (DuplicateKeyException e) {
                // Another node of a fresh cluster did the same a moment earlier.
                log.info("The first owner was created by another node");
            }
            return;
        }
        var token = Tokens.random(24);
        gate.open(token);
        log.warn(
                "Switchboard is not set up yet. Open {}/setup?token={} to create the first owner and workspace"
                        + " (or set SWITCHBOARD_ADMIN_EMAIL and SWITCHBOARD_ADMIN_PASSWORD and restart).",
                baseUrl(),
                token);
    }

    /** Creates the first workspace, its owner (an instance administrator) and the bootstrap API key. */
    public WorkspaceSummary setUp(String workspaceName, String email, String ownerName, String password) {
        var workspace = transactions.execute(status -> {
            var created = workspaces.create(workspaceName, email, ownerName, password, true);
            @Nullable Secret bootstrap = settings.bootstrapApiKey();
            if (bootstrap != null && !bootstrap.isBlank()) {
                keys.create(created.id(), "Bootstrap key", bootstrap.value(), null);
            }
            return created;
        });
        gate.close();
        return workspace;
    }

    private String baseUrl() {
        if (context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            return "http://localhost:" + web.getWebServer().getPort();
        }
        return "http://localhost:8080";
    }
}
