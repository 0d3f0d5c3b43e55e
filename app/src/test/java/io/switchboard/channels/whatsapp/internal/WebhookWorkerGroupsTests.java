package io.switchboard.channels.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.ChannelId;
import io.switchboard.workspace.WorkspaceId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WebhookWorkerGroupsTests {
    private static WebhookEventStore.Claimed event(int chars) {
        return new WebhookEventStore.Claimed(
                UUID.randomUUID(),
                new WorkspaceId(UUID.randomUUID()),
                new ChannelId(UUID.randomUUID()),
                "fp",
                "x".repeat(chars),
                1);
    }

    @Test
    void smallWebhooksShareOneTransaction() {
        var batch = IntStream.range(0, 50).mapToObj(i -> event(800)).toList();
        assertThat(WebhookWorker.groups(batch))
                .hasSize(1)
                .first()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(50);
    }

    @Test
    void largeWebhooksAreSplitKeepingOrderAndEveryEvent() {
        var batch = IntStream.range(0, 10).mapToObj(i -> event(20_000)).toList();
        var groups = WebhookWorker.groups(batch);
        assertThat(groups)
                .allMatch(g -> g.stream().mapToInt(e -> e.body().length()).sum() <= WebhookWorker.GROUP_CHARS);
        assertThat(groups.stream().flatMap(List::stream).toList()).isEqualTo(batch);
    }

    @Test
    void aWebhookLargerThanAGroupIsAGroupOfItsOwn() {
        var batch = List.of(event(10), event(100_000), event(10));
        assertThat(WebhookWorker.groups(batch)).extracting(List::size).containsExactly(1, 1, 1);
    }
}
