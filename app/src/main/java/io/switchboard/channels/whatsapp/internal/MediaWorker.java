package io.switchboard.channels.whatsapp.internal;

import io.switchboard.channels.internal.ChannelStore;
import io.switchboard.channels.internal.WhatsAppSettings;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Downloads inbound media as soon as the message is stored: Meta's download URLs expire within minutes
 * and media ids after 7 days, so failures are retried with backoff for a bounded number of attempts.
 * The message itself never waits for the file.
 */
@Component
class MediaWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(MediaWorker.class);
    // 12 attempts with backoff 5 s … 1 h span about half a day, well inside the 7-day life of a media id.
    static final int MAX_ATTEMPTS = 12;
    private final MediaStore media;
    private final MediaDownload download;
    private final ChannelStore channels;
    private final TransactionTemplate transactions;
    private final WhatsAppSettings settings;
    private final Clock clock;
    private final WorkerLoop loop;

    MediaWorker(
            MediaStore media,
            MediaDownload download,
            ChannelStore channels,
            MediaWake wake,
            TransactionTemplate transactions,
            WhatsAppSettings settings,
            Clock clock) {
        this.media = media;
        this.download = download;
        this.channels = channels;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.loop = new WorkerLoop("whatsapp-media-worker", this::drainOnce, settings.workerPollInterval());
        wake.attach(loop::wake);
    }

    int drainOnce() {
        var now = clock.instant();
        var claimed = transactions.execute(
                s -> media.claim(settings.workerBatchSize(), MAX_ATTEMPTS, now, now.plus(settings.workerLease())));
        if (claimed == null) {
            return 0;
        }
        claimed.forEach(this::fetch);
        return claimed.size();
    }

    private void fetch(UUID id) {
        var job = transactions.execute(s -> media.load(id).orElse(null));
        if (job == null) {
            return;
        }
        // The HTTP calls run outside any transaction: a slow download must not hold a connection.
        try {
            var channel = transactions.execute(s ->
                    channels.credentials(job.workspaceId(), job.channelId()).orElse(null));
            if (channel == null) {
                throw new IllegalStateException("the channel of this media no longer exists");
            }
            var file = download.fetch(channel, job);
            transactions.executeWithoutResult(
                    s -> media.stored(job, file.mimeType(), file.sha256(), file.size(), file.path(), clock.instant()));
        } catch (Exception e) {
            var backoff = WebhookWorker.backoff(job.attempts());
            log.info("Media {} download failed (attempt {}): {}", job.mediaId(), job.attempts(), e.getMessage());
            transactions.executeWithoutResult(s -> media.failed(
                    job,
                    clock.instant().plus(backoff),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
