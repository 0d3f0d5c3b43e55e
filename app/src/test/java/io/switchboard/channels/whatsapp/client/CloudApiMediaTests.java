package io.switchboard.channels.whatsapp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upload, look-up, download with sha256 check, and delete, against the fake Graph. */
class CloudApiMediaTests {
    private static final byte[] PNG = "not really a png, but bytes are bytes".getBytes(StandardCharsets.UTF_8);

    private final FakeGraph graph = new FakeGraph();
    private final CloudApiClient client = new CloudApiClient(CloudApiClientTests.SETTINGS);

    @TempDir
    Path dir;

    CloudApiMediaTests() throws IOException {}

    @AfterEach
    void stop() {
        graph.close();
    }

    private MediaInfo media(String sha256) {
        return new MediaInfo("m1", graph.url() + "/lookaside/m1?hash=abc", "image/png", sha256, PNG.length);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void uploadsMultipartAndReadsTheId() {
        graph.answerFixture(200, "upload-media.response.json");

        var id = client.uploadMedia(graph.connection(), MediaUpload.of("photo.png", "image/png", PNG));

        assertThat(id).isEqualTo(new GraphResult.Ok<>("985569392615996"));
        var request = graph.last();
        assertThat(request.path()).isEqualTo("/graph/v23.0/106540352242922/media");
        assertThat(request.contentType()).startsWith("multipart/form-data");
        assertThat(request.bodyText())
                .contains(
                        "name=\"messaging_product\"",
                        "whatsapp",
                        "name=\"type\"",
                        "image/png",
                        "name=\"file\"; filename=\"photo.png\"",
                        new String(PNG, StandardCharsets.UTF_8));
    }

    @Test
    void uploadsFromDisk() throws IOException {
        var file = Files.write(dir.resolve("doc.pdf"), PNG);
        graph.answerFixture(200, "upload-media.response.json");

        assertThat(client.uploadMedia(graph.connection(), MediaUpload.of(file, "application/pdf")))
                .isInstanceOf(GraphResult.Ok.class);
        assertThat(graph.last().bodyText()).contains("filename=\"doc.pdf\"");
    }

    @Test
    void looksUpMediaUrl() {
        graph.answerFixture(200, "get-media-url.response.json");

        var info = client.getMedia(graph.connection(), "1227829768162607").orElseThrow();

        assertThat(info.url()).startsWith("https://lookaside.fbsbx.com/whatsapp_business/attachments/");
        assertThat(info.mimeType()).isEqualTo("image/png");
        assertThat(info.sha256()).isEqualTo("72fd8a734216768565faf2b59cec266eea00a78dd039ce84356319fc8c4ad22e");
        assertThat(info.fileSize()).isEqualTo(103632);
        assertThat(graph.last().path()).isEqualTo("/graph/v23.0/1227829768162607");
    }

    @Test
    void downloadsToFileWithTokenAndVerifiedHash() throws Exception {
        graph.answerBytes(200, "image/png", PNG);
        var target = dir.resolve("m1.png");

        var result = client.downloadMedia(graph.connection(), media(sha256(PNG)), target);

        assertThat(result).isEqualTo(new GraphResult.Ok<>(target));
        assertThat(Files.readAllBytes(target)).isEqualTo(PNG);
        assertThat(graph.last().authorization()).isEqualTo("Bearer EAAtest-token");
        assertThat(graph.last().query()).isEqualTo("hash=abc");
    }

    @Test
    void refusesDownloadWhoseHashDiffersAndLeavesNoFile() throws Exception {
        graph.answerBytes(200, "image/png", PNG);
        var target = dir.resolve("m1.png");

        var result = client.downloadMedia(graph.connection(), media(sha256("other".getBytes())), target);

        assertThat(result)
                .isInstanceOfSatisfying(
                        GraphResult.Failed.class,
                        f -> assertThat(f.errorClass()).isEqualTo(ErrorClass.RETRYABLE));
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void acceptsTheHashInBase64AsInboundWebhooksGiveIt() throws Exception {
        graph.answerBytes(200, "image/png", PNG).answerBytes(200, "image/png", PNG);
        var base64 = java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(PNG)));

        assertThat(client.downloadMedia(graph.connection(), media(base64), 1024))
                .isInstanceOf(GraphResult.Ok.class);
        assertThat(client.downloadMedia(graph.connection(), media("not a hash"), 1024))
                .isInstanceOf(GraphResult.Failed.class);
    }

    @Test
    void downloadsToBytesWithinLimit() throws Exception {
        graph.answerBytes(200, "image/png", PNG).answerBytes(200, "image/png", PNG);

        assertThat(client.downloadMedia(graph.connection(), media(sha256(PNG)), 1024)
                        .orElseThrow())
                .isEqualTo(PNG);
        assertThat(client.downloadMedia(graph.connection(), media(null), PNG.length - 1))
                .isInstanceOf(GraphResult.Failed.class);
    }

    @Test
    void expiredUrlIsAFailure() {
        graph.answerBytes(404, "text/plain", new byte[0]);

        var result = client.downloadMedia(graph.connection(), media(null), 1024);

        assertThat(result)
                .isInstanceOfSatisfying(
                        GraphResult.Failed.class,
                        f -> assertThat(f.error().httpStatus()).isEqualTo(404));
    }

    @Test
    void neverFollowsARedirectWithTheToken() {
        graph.answer(302, "{}");

        var result = client.downloadMedia(graph.connection(), media(null), 1024);

        assertThat(result)
                .isInstanceOfSatisfying(
                        GraphResult.Failed.class,
                        f -> assertThat(f.error().httpStatus()).isEqualTo(302));
        assertThat(graph.received()).hasSize(1);
    }

    @Test
    void deletesMedia() {
        graph.answer(200, "{\"success\":true}");

        assertThat(client.deleteMedia(graph.connection(), "m1")).isEqualTo(new GraphResult.Ok<>(true));
        assertThat(graph.last().method()).isEqualTo("DELETE");
        assertThat(graph.last().path()).isEqualTo("/graph/v23.0/m1");
    }
}
