package io.switchboard.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.inbox.Agents;
import io.switchboard.inbox.AssignmentStrategy;
import io.switchboard.inbox.Conversation;
import io.switchboard.inbox.ConversationFilter;
import io.switchboard.inbox.ConversationManagement;
import io.switchboard.inbox.InboxView;
import io.switchboard.inbox.Members;
import io.switchboard.messaging.MessageId;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.Role;
import io.switchboard.workspace.TeamManagement;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Automatic assignment per number over the real database: fairness, capacity, presence. */
abstract class AutoAssignmentTests {
    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    TeamManagement teams;

    @Autowired
    Agents agents;

    @Autowired
    AgentStore agentStore;

    @Autowired
    ConversationIntake intake;

    @Autowired
    ConversationManagement conversations;

    @Autowired
    TransactionTemplate transactions;

    Tenants.Tenant tenant;
    ChannelId channel;
    List<UserId> team;

    @BeforeEach
    void fiveAgentsInOneTeam() {
        tenant = new Tenants(workspaces, users, keys).create("Assignment");
        var support = teams.create(tenant.workspaceId(), "Support");
        team = new ArrayList<>();
        for (var i = 0; i < 5; i++) {
            var agent = Members.add(users, tenant, "Agent " + i, Role.AGENT);
            teams.addMember(tenant.workspaceId(), support.id(), agent.id());
            team.add(agent.id());
        }
        channel = ChannelId.random();
        agentStore.setRule(tenant.workspaceId(), channel, support.id(), AssignmentStrategy.ROUND_ROBIN, Instant.now());
    }

    @Test
    void roundRobinSharesOneHundredConversationsEquallyAmongFiveAgents() {
        team.forEach(a -> agents.update(tenant.workspaceId(), a, 100, true));
        var assigned = new ArrayList<UserId>();
        for (var i = 0; i < 100; i++) {
            assigned.add(Objects.requireNonNull(customerWrites().assigneeId()));
            if (i < 5) {
                assertThat(assigned.subList(0, i)).doesNotContain(assigned.get(i));
            }
        }
        assertThat(perAgent(assigned))
                .containsOnlyKeys(team)
                .allSatisfy((agent, n) -> assertThat(n).isEqualTo(20));
        // Strict rotation: every run of five consecutive assignments names each agent once.
        for (var i = 0; i + 5 <= 100; i += 5) {
            assertThat(assigned.subList(i, i + 5)).containsExactlyInAnyOrderElementsOf(team);
        }
    }

    @Test
    void capacityIsRespectedAndTheRestWaitsUnassignedInTheTeam() {
        team.forEach(a -> agents.update(tenant.workspaceId(), a, 3, true));
        agentStore.setRule(
                tenant.workspaceId(),
                channel,
                teams.teams(tenant.workspaceId()).getFirst().id(),
                AssignmentStrategy.LEAST_BUSY,
                Instant.now());
        var results = new ArrayList<Conversation>();
        for (var i = 0; i < 20; i++) {
            results.add(customerWrites());
        }
        var assigned = results.stream()
                .map(Conversation::assigneeId)
                .filter(Objects::nonNull)
                .toList();
        assertThat(perAgent(assigned))
                .containsOnlyKeys(team)
                .allSatisfy((agent, n) -> assertThat(n).isEqualTo(3));
        assertThat(results.stream().filter(c -> c.assigneeId() == null))
                .hasSize(5)
                .allSatisfy(c -> assertThat(c.teamId()).isNotNull());
        assertThat(agents.agents(tenant.workspaceId()).stream().filter(a -> team.contains(a.userId())))
                .allSatisfy(a -> assertThat(a.openConversations()).isEqualTo(3));
    }

    @Test
    void offlineAgentsAreSkippedAndAHeartbeatBringsThemOnline() {
        // Agents 0-2 set themselves available; 3 never opened the inbox; 4 switched availability off.
        team.subList(0, 3).forEach(a -> agents.update(tenant.workspaceId(), a, 50, true));
        agents.update(tenant.workspaceId(), team.get(4), 50, false);
        var assigned = new ArrayList<UserId>();
        for (var i = 0; i < 30; i++) {
            assigned.add(customerWrites().assigneeId());
        }
        assertThat(perAgent(assigned)).containsOnlyKeys(team.subList(0, 3));

        agents.heartbeat(tenant.workspaceId(), team.get(3));
        var next = new ArrayList<UserId>();
        for (var i = 0; i < 4; i++) {
            next.add(customerWrites().assigneeId());
        }
        assertThat(next).contains(team.get(3)).doesNotContain(team.get(4));
    }

    @Test
    void aConversationAlreadyOpenIsNotReassignedByTheNextMessage() {
        team.forEach(a -> agents.update(tenant.workspaceId(), a, 10, true));
        var contact = ContactId.random();
        var first = write(contact);
        var again = write(contact);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.assigneeId()).isEqualTo(first.assigneeId());
        assertThat(conversations.list(
                        tenant.workspaceId(), null, Role.ADMIN, ConversationFilter.of(InboxView.ALL), 200))
                .hasSize(1);
    }

    private Conversation customerWrites() {
        return write(ContactId.random());
    }

    private Conversation write(ContactId contact) {
        var id = transactions.execute(tx ->
                intake.inbound(tenant.workspaceId(), contact, channel, MessageId.random(), "text", Instant.now()));
        return conversations.get(tenant.workspaceId(), Objects.requireNonNull(id));
    }

    private static Map<UserId, Long> perAgent(List<UserId> assigned) {
        return assigned.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
