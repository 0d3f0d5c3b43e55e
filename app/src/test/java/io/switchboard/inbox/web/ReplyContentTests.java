package io.switchboard.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.messaging.OutboundContent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class ReplyContentTests {
    private final List<ReplyContent.Upload> uploads = new ArrayList<>();

    private String upload(ReplyContent.Upload upload) {
        uploads.add(upload);
        return "media-" + uploads.size();
    }

    @Test
    void blankFormSendsNothingAndTextIsText() {
        assertThat(ReplyContent.of("", "\n \n", null, this::upload)).isEmpty();
        assertThat(ReplyContent.of("Hi", "", null, this::upload)).contains(OutboundContent.Text.of("Hi"));
    }

    @Test
    void buttonsFollowMetasLimits() {
        var content = ReplyContent.of("Which day?", "Monday\n\n Tuesday \n", null, this::upload)
                .orElseThrow();
        assertThat(content)
                .isEqualTo(new OutboundContent.Buttons(
                        "Which day?",
                        List.of(
                                new OutboundContent.Choice("qr-1", "Monday"),
                                new OutboundContent.Choice("qr-2", "Tuesday"))));
        assertThatThrownBy(() -> ReplyContent.of("Pick", "a\nb\nc\nd", null, this::upload))
                .isInstanceOfSatisfying(
                        ReplyContent.Invalid.class, e -> assertThat(e.key()).isEqualTo("inbox.reply.tooManyButtons"));
        assertThatThrownBy(() -> ReplyContent.of("Pick", "x".repeat(21), null, this::upload))
                .isInstanceOfSatisfying(
                        ReplyContent.Invalid.class, e -> assertThat(e.key()).isEqualTo("inbox.reply.buttonTooLong"));
        assertThat(ReplyContent.of("Pick", "é".repeat(20), null, this::upload)).isPresent();
        assertThatThrownBy(() -> ReplyContent.of("", "Yes", null, this::upload))
                .isInstanceOfSatisfying(
                        ReplyContent.Invalid.class, e -> assertThat(e.key()).isEqualTo("inbox.reply.buttonsNeedText"));
        var file = new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[] {1});
        assertThatThrownBy(() -> ReplyContent.of("Pick", "Yes", file, this::upload))
                .isInstanceOfSatisfying(
                        ReplyContent.Invalid.class, e -> assertThat(e.key()).isEqualTo("inbox.reply.buttonsWithFile"));
        assertThat(uploads).isEmpty();
    }

    @Test
    void aFileIsUploadedAndSentByItsKindWithTheTextAsCaption() {
        var pdf = new MockMultipartFile("file", "invoice.pdf", "application/pdf", new byte[] {1, 2});
        assertThat(ReplyContent.of("Your invoice", "", pdf, this::upload))
                .contains(new OutboundContent.Media(
                        OutboundContent.MediaKind.DOCUMENT, null, "media-1", "Your invoice", "invoice.pdf"));
        assertThat(uploads.getFirst().mimeType()).isEqualTo("application/pdf");
        assertThat(uploads.getFirst().bytes()).containsExactly(1, 2);
        var photo = new MockMultipartFile("file", "p.jpg", "image/jpeg", new byte[] {3});
        assertThat(ReplyContent.of("", "", photo, this::upload))
                .contains(new OutboundContent.Media(OutboundContent.MediaKind.IMAGE, null, "media-2", null, null));
        var voice = new MockMultipartFile("file", "v.ogg", "audio/ogg", new byte[] {4});
        assertThatThrownBy(() -> ReplyContent.of("Listen", "", voice, this::upload))
                .isInstanceOfSatisfying(
                        ReplyContent.Invalid.class, e -> assertThat(e.key()).isEqualTo("inbox.reply.audioNoCaption"));
        assertThat(ReplyContent.of("", "", voice, this::upload))
                .contains(new OutboundContent.Media(OutboundContent.MediaKind.AUDIO, null, "media-3", null, null));
        assertThat(ReplyContent.kind("image/gif")).isEqualTo(OutboundContent.MediaKind.DOCUMENT);
    }

    @Test
    void templateVariablesInNumberOrder() {
        assertThat(io.switchboard.templates.TemplateDefinition.positionalVariables(
                        "Hi {{2}}, order {{1}} ({{ 2 }}) {{10}}"))
                .containsExactly("1", "2", "10");
        assertThat(io.switchboard.templates.TemplateDefinition.positionalVariables("No variables"))
                .isEmpty();
    }
}
