package io.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.sandbox.state.Ids;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class MediaTests extends SandboxTestSupport {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    @Test
    void uploadLookUpDownloadAndDelete() {
        var id = upload(client, number, "image/png", PNG);
        var info = client.get("/sandbox/graph/v23.0/" + id, TOKEN);
        assertThat(info.status()).isEqualTo(200);
        assertThat(Fixtures.paths(info.json()))
                .containsAll(Fixtures.paths(Fixtures.read("requests/get-media-url.response.json")));
        assertThat(info.json().path("sha256").asString())
                .isEqualTo(HexFormat.of().formatHex(Ids.sha256(PNG)));
        assertThat(info.json().path("file_size").asInt()).isEqualTo(PNG.length);
        var url = info.json().path("url").asString();

        var download = client.get(url, TOKEN);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(PNG);
        assertThat(download.contentType()).isEqualTo("image/png");
        assertThat(client.get(url, null).status()).isEqualTo(401);
        assertThat(client.get(url.replaceAll("hash=.*", "hash=forged"), TOKEN).status())
                .isEqualTo(404);

        client.post("/sandbox/control/clock/advance", null, "{\"seconds\":301}");
        assertThat(client.get(url, TOKEN).status())
                .as("URLs expire after 5 minutes")
                .isEqualTo(404);

        assertThat(client.delete("/sandbox/graph/v23.0/" + id, TOKEN)
                        .json()
                        .path("success")
                        .asBoolean())
                .isTrue();
        SendMessagesTests.assertCode(client.get("/sandbox/graph/v23.0/" + id, TOKEN), 400, 100);
    }

    @Test
    void rejectsUnsupportedMediaTypes() {
        var response = client.send(multipart(client, number, "application/x-msdownload", new byte[] {1}));
        SendMessagesTests.assertCode(response, 400, 131053);
    }

    @Test
    void inboundMediaFromCustomersIsDownloadableByTheBusiness() {
        var from = newCustomer();
        var data = Base64.getEncoder().encodeToString(PNG);
        var inbound = client.post("/sandbox/control/inbound", null, """
                {"from":"%s","phone_number_id":"%s","profile_name":"Ada",
                 "message":{"type":"image","image":{"data":"%s","mime_type":"image/png","caption":"look"}}}""".formatted(from, number, data));
        assertThat(inbound.status()).isEqualTo(200);
        org.awaitility.Awaitility.await()
                .until(() -> !RECEIVER.values("messages").isEmpty());
        var message = RECEIVER.values("messages").getFirst().path("messages").get(0);
        var image = message.path("image");
        assertThat(Fixtures.paths(message))
                .containsAll(Fixtures.paths(Fixtures.read("webhooks/image-message.json")
                        .path("entry")
                        .get(0)
                        .path("changes")
                        .get(0)
                        .path("value")
                        .path("messages")
                        .get(0)));
        assertThat(image.path("sha256").asString())
                .isEqualTo(Base64.getEncoder().encodeToString(Ids.sha256(PNG)));
        var info = client.get("/sandbox/graph/v23.0/" + image.path("id").asString(), TOKEN);
        assertThat(client.get(info.json().path("url").asString(), TOKEN).bytes())
                .isEqualTo(PNG);
    }

    static String upload(SandboxClient client, String number, String mime, byte[] bytes) {
        var response = client.send(multipart(client, number, mime, bytes));
        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
        return response.json().path("id").asString();
    }

    static HttpRequest.Builder multipart(SandboxClient client, String number, String mime, byte[] bytes) {
        var boundary = "sandbox-boundary";
        var out = new ByteArrayOutputStream();
        var head =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + mime + "\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.bin\"\r\n"
                        + "Content-Type: " + mime + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.request("/sandbox/graph/v23.0/" + number + "/media", TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    }
}
