package io.switchboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.Secret;
import io.switchboard.channels.ChannelDetails;
import io.switchboard.channels.ChannelException;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.contacts.WhatsAppIdentity;
import io.switchboard.messaging.spi.ConsentLookup;
import io.switchboard.messaging.spi.ConsentLookup.MarketingConsent;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceId;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The consent ledger, its current state and the keyword store through the module API; run on H2 and PostgreSQL. */
abstract class ConsentLedgerTests {
    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    ContactManagement contacts;

    @Autowired
    ConsentManagement consent;

    @Autowired
    ConsentLookup lookup;

    @Autowired
    KeywordManagement keywords;

    @Autowired
    ChannelManagement channels;

    WorkspaceId ws;
    ContactId ada;

    @BeforeEach
    void workspace() {
        ws = new Tenants(workspaces, users, keys)
                .create("Ledger " + UUID.randomUUID())
                .workspaceId();
        ada = contact(ws);
    }

    @Test
    void latestRowWinsAndEveryRowStaysInTheHistory() {
        assertThat(consent.current(ws, ada, ConsentPurpose.MARKETING)).isEmpty();
        assertThat(lookup.marketing(ws, ada)).isEqualTo(MarketingConsent.NONE);

        var granted =
                consent.record(ws, change(ConsentState.GRANTED, ConsentSource.WEB_FORM, "Signed up at the till", null));
        assertThat(consent.state(ws, ada, ConsentPurpose.MARKETING)).contains(ConsentState.GRANTED);
        assertThat(lookup.marketing(ws, ada)).isEqualTo(MarketingConsent.GRANTED);
        assertThat(consent.current(ws, ada, ConsentPurpose.UTILITY)).isEmpty();

        var withdrawn = consent.record(ws, change(ConsentState.WITHDRAWN, ConsentSource.INBOUND_KEYWORD, "STOP", null));
        assertThat(consent.current(ws, ada, ConsentPurpose.MARKETING)).contains(withdrawn);
        assertThat(lookup.marketing(ws, ada)).isEqualTo(MarketingConsent.WITHDRAWN);

        var history = consent.history(ws, ada);
        assertThat(history).extracting(ConsentEntry::id).containsExactly(withdrawn.id(), granted.id());
        assertThat(history.getLast().proof()).isEqualTo("Signed up at the till");
        assertThat(history.getLast().source()).isEqualTo(ConsentSource.WEB_FORM);
        assertThat(history.getLast().actor()).isEqualTo("user:test");
        var overview = consent.overview(ws, ada);
        assertThat(overview.marketing()).isEqualTo(withdrawn);
        assertThat(overview.utility()).isNull();
    }

    @Test
    void purposesAreIndependent() {
        consent.record(
                ws,
                new ConsentChange(
                        ada,
                        null,
                        ConsentPurpose.UTILITY,
                        ConsentState.GRANTED,
                        ConsentSource.API,
                        "order updates",
                        "system",
                        null,
                        null));
        assertThat(consent.state(ws, ada, ConsentPurpose.UTILITY)).contains(ConsentState.GRANTED);
        assertThat(lookup.marketing(ws, ada)).isEqualTo(MarketingConsent.NONE);
    }

    @Test
    void aFactRecordedTwiceAddsOneRow() {
        var first =
                consent.record(ws, change(ConsentState.WITHDRAWN, ConsentSource.INBOUND_KEYWORD, "STOP", "inbound:m1"));
        var again =
                consent.record(ws, change(ConsentState.WITHDRAWN, ConsentSource.INBOUND_KEYWORD, "STOP", "inbound:m1"));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(consent.history(ws, ada)).hasSize(1);
        // The same key in another workspace is another fact.
        var other = new Tenants(workspaces, users, keys)
                .create("Other " + UUID.randomUUID())
                .workspaceId();
        var bob = contact(other);
        consent.record(
                other,
                new ConsentChange(
                        bob,
                        null,
                        ConsentPurpose.MARKETING,
                        ConsentState.WITHDRAWN,
                        ConsentSource.INBOUND_KEYWORD,
                        "STOP",
                        "system",
                        null,
                        "inbound:m1"));
        assertThat(consent.history(other, bob)).hasSize(1);
    }

    @Test
    void anOlderGrantDoesNotReviveMarketingButAWithdrawalAlwaysCounts() {
        var now = Instant.now();
        consent.record(ws, at(ConsentState.WITHDRAWN, now));
        consent.record(ws, at(ConsentState.GRANTED, now.minusSeconds(3600)));
        assertThat(consent.state(ws, ada, ConsentPurpose.MARKETING)).contains(ConsentState.WITHDRAWN);
        assertThat(consent.history(ws, ada))
                .extracting(ConsentEntry::state)
                .containsExactly(ConsentState.WITHDRAWN, ConsentState.GRANTED);
        consent.record(ws, at(ConsentState.GRANTED, now.plusSeconds(1)));
        assertThat(consent.state(ws, ada, ConsentPurpose.MARKETING)).contains(ConsentState.GRANTED);
        // A STOP stamped (by Meta, in whole seconds) before the grant still stops marketing.
        consent.record(ws, at(ConsentState.WITHDRAWN, now.minusSeconds(1)));
        assertThat(consent.state(ws, ada, ConsentPurpose.MARKETING)).contains(ConsentState.WITHDRAWN);
    }

    @Test
    void anotherWorkspacesContactIsUnknown() {
        var other = new Tenants(workspaces, users, keys)
                .create("Other " + UUID.randomUUID())
                .workspaceId();
        assertThatThrownBy(() -> consent.record(other, change(ConsentState.GRANTED, ConsentSource.API, "x", null)))
                .isInstanceOf(ContactException.class);
        assertThatThrownBy(() -> consent.overview(other, ada)).isInstanceOf(ContactException.class);
        consent.record(ws, change(ConsentState.GRANTED, ConsentSource.API, "mine", null));
        assertThat(lookup.marketing(other, ada)).isEqualTo(MarketingConsent.NONE);
        assertThat(consent.history(other, ada)).isEmpty();
    }

    @Test
    void aChannelOfAnotherWorkspaceIsRefused() {
        var other = new Tenants(workspaces, users, keys)
                .create("Other " + UUID.randomUUID())
                .workspaceId();
        var theirs = channel(other);
        assertThatThrownBy(() -> consent.record(
                        ws,
                        new ConsentChange(
                                ada,
                                theirs,
                                ConsentPurpose.MARKETING,
                                ConsentState.GRANTED,
                                ConsentSource.API,
                                "x",
                                "system",
                                null,
                                null)))
                .isInstanceOf(ChannelException.class);
        assertThat(consent.history(ws, ada)).isEmpty();
    }

    @Test
    void blankProofIsRefused() {
        assertThatThrownBy(() -> consent.record(ws, change(ConsentState.GRANTED, ConsentSource.API, "  ", null)))
                .isInstanceOf(ComplianceException.class)
                .hasMessageContaining("proof");
        assertThat(consent.history(ws, ada)).isEmpty();
    }

    @Test
    void exportStreamsOnlyThisWorkspacesRowsOldestFirst() {
        var channel = channel(ws);
        var first =
                consent.record(ws, change(ConsentState.GRANTED, ConsentSource.CSV_IMPORT, "row 7 of list.csv", null));
        var second = consent.record(
                ws,
                new ConsentChange(
                        ada,
                        channel,
                        ConsentPurpose.MARKETING,
                        ConsentState.WITHDRAWN,
                        ConsentSource.PROVIDER_ERROR,
                        "131050",
                        "system",
                        null,
                        null));
        var other = new Tenants(workspaces, users, keys)
                .create("Other " + UUID.randomUUID())
                .workspaceId();
        consent.record(
                other,
                new ConsentChange(
                        contact(other),
                        null,
                        ConsentPurpose.MARKETING,
                        ConsentState.GRANTED,
                        ConsentSource.API,
                        "not mine",
                        "system",
                        null,
                        null));
        var rows = new ArrayList<ConsentEntry>();
        consent.export(ws, rows::add);
        assertThat(rows).containsExactly(first, second);
        assertThat(rows.getLast().channelId()).isEqualTo(channel);
    }

    @Test
    void keywordsAreStoredPerWorkspaceInOrder() {
        assertThat(keywords.keywords(ws)).extracting(KeywordSet::language).startsWith("en", "it", "de");
        var saved = keywords.update(
                ws,
                List.of(
                        new KeywordSet("pt_BR", List.of("CHEGA", "chega"), List.of("VOLTAR"), "Ok, parei.", ""),
                        new KeywordSet("en", List.of("HALT"), List.of(), "Halted.", "")));
        assertThat(saved).extracting(KeywordSet::language).containsExactly("pt_BR", "en");
        assertThat(saved.getFirst().optOut()).containsExactly("CHEGA");
        assertThat(keywords.match(ws, " Chega ")).map(KeywordMatch::reply).contains("Ok, parei.");
        assertThat(keywords.match(ws, "voltar")).map(KeywordMatch::state).contains(ConsentState.GRANTED);
        assertThat(keywords.match(ws, "stop"))
                .as("the defaults no longer apply")
                .isEmpty();
        var other = new Tenants(workspaces, users, keys)
                .create("Other " + UUID.randomUUID())
                .workspaceId();
        assertThat(keywords.match(other, "stop")).map(KeywordMatch::state).contains(ConsentState.WITHDRAWN);
        assertThat(keywords.match(other, "chega")).isEmpty();
        keywords.update(ws, List.of());
        assertThat(keywords.match(ws, "stop")).isPresent();
    }

    private ChannelId channel(WorkspaceId workspace) {
        var phone = "1099" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L);
        return channels.create(
                        workspace,
                        new ChannelDetails(
                                "Ledger number",
                                phone,
                                "2099" + phone,
                                "+1 555 0142",
                                null,
                                null,
                                null,
                                new Secret("token-" + UUID.randomUUID()),
                                new Secret("secret-" + UUID.randomUUID()),
                                new Secret("verify-" + UUID.randomUUID())))
                .id();
    }

    private ContactId contact(WorkspaceId workspace) {
        var waId = "3934" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L);
        return contacts.findOrCreateByWhatsApp(workspace, new WhatsAppIdentity(waId, null, null, "Ada"));
    }

    private ConsentChange change(ConsentState state, ConsentSource source, String proof, @Nullable String dedupeKey) {
        return new ConsentChange(
                ada, null, ConsentPurpose.MARKETING, state, source, proof, "user:test", null, dedupeKey);
    }

    private ConsentChange at(ConsentState state, Instant occurredAt) {
        return new ConsentChange(
                ada,
                null,
                ConsentPurpose.MARKETING,
                state,
                ConsentSource.API,
                "at " + occurredAt,
                "system",
                occurredAt,
                null);
    }
}
