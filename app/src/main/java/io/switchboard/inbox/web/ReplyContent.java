package io.switchboard.inbox.web;

import io.switchboard.messaging.OutboundContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** Turns the composer's reply form (text, quick-reply buttons, attachment) into what messaging sends. */
final class ReplyContent {
    /** Meta's limits for reply buttons: at most three, titles of at most 20 characters. */
    static final int MAX_BUTTONS = 3;

    static final int MAX_BUTTON_TITLE = 20;

    /** A file to upload before sending. */
    record Upload(String filename, String mimeType, byte[] bytes) {}

    /** The form cannot be sent as it is; {@code key} names the message in {@code i18n/inbox}. */
    static final class Invalid extends RuntimeException {
        private final String key;
        private final transient Object[] args;

        Invalid(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        String key() {
            return key;
        }

        Object[] args() {
            return args.clone();
        }
    }

    private ReplyContent() {}

    /**
     * Empty when there is nothing to send (a blank form).
     *
     * @param buttons one quick-reply title per line (blank lines ignored)
     * @param upload uploads the file to the number and answers its media id
     * @throws Invalid for more than three buttons, a title over 20 characters, buttons with a file,
     *     buttons without text, or text with an audio file
     */
    static Optional<OutboundContent> of(
            String text, String buttons, @Nullable MultipartFile file, Function<Upload, String> upload) {
        var titles =
                buttons.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        var hasFile = file != null && !file.isEmpty();
        if (!titles.isEmpty()) {
            if (hasFile) {
                throw new Invalid("inbox.reply.buttonsWithFile");
            }
            if (text.isEmpty()) {
                throw new Invalid("inbox.reply.buttonsNeedText");
            }
            if (titles.size() > MAX_BUTTONS) {
                throw new Invalid("inbox.reply.tooManyButtons", MAX_BUTTONS);
            }
            var choices = new ArrayList<OutboundContent.Choice>();
            for (var title : titles) {
                if (title.codePointCount(0, title.length()) > MAX_BUTTON_TITLE) {
                    throw new Invalid("inbox.reply.buttonTooLong", title, MAX_BUTTON_TITLE);
                }
                choices.add(new OutboundContent.Choice("qr-" + (choices.size() + 1), title));
            }
            return Optional.of(new OutboundContent.Buttons(text, List.copyOf(choices)));
        }
        if (hasFile) {
            var mime = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
            var name = file.getOriginalFilename() == null
                            || file.getOriginalFilename().isBlank()
                    ? "attachment"
                    : file.getOriginalFilename();
            var kind = kind(mime);
            if (kind == OutboundContent.MediaKind.AUDIO && !text.isEmpty()) {
                // WhatsApp shows no caption under audio: refuse rather than drop what the agent wrote.
                throw new Invalid("inbox.reply.audioNoCaption");
            }
            String mediaId;
            try {
                mediaId = upload.apply(new Upload(name, mime, file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var caption = text.isEmpty() ? null : text;
            return Optional.of(new OutboundContent.Media(
                    kind, null, mediaId, caption, kind == OutboundContent.MediaKind.DOCUMENT ? name : null));
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(OutboundContent.Text.of(text));
    }

    /** Images, videos and audio by MIME type; everything else goes as a document. */
    static OutboundContent.MediaKind kind(String mimeType) {
        var mime = mimeType.toLowerCase(Locale.ROOT);
        if (mime.equals("image/jpeg") || mime.equals("image/png")) {
            return OutboundContent.MediaKind.IMAGE;
        }
        if (mime.equals("video/mp4") || mime.equals("video/3gpp")) {
            return OutboundContent.MediaKind.VIDEO;
        }
        if (mime.startsWith("audio/")) {
            return OutboundContent.MediaKind.AUDIO;
        }
        return OutboundContent.MediaKind.DOCUMENT;
    }
}
