package io.switchboard.channels.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.channels.ChannelException;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.MediaLibrary;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bytes of a stored media file, for the API (key) and the pages (session) alike. The file came from a
 * customer, so only pictures, audio and video are shown inline; anything else is a download, never sniffed,
 * and sandboxed should a browser open it anyway.
 */
@RestController
@Tag(name = "Channels")
class MediaController {
    private static final Set<String> INLINE_IMAGES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif");
    private final MediaLibrary media;

    MediaController(MediaLibrary media) {
        this.media = media;
    }

    @GetMapping({"/api/v1/channels/{id}/media/{mediaId}", "/channels/{id}/media/{mediaId}"})
    ResponseEntity<Resource> file(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID id,
            @PathVariable String mediaId,
            @RequestParam(required = false) @Nullable String filename) {
        var file =
                media.find(me.workspaceId(), new ChannelId(id), mediaId).orElseThrow(ChannelException::mediaNotFound);
        if ("PENDING".equals(file.status())) {
            throw ChannelException.mediaNotReady();
        }
        var path = file.path();
        if (!"STORED".equals(file.status()) || path == null || !Files.isReadable(path)) {
            throw ChannelException.mediaUnavailable();
        }
        var type = type(file.mimeType());
        var disposition = inline(type)
                ? ContentDisposition.inline()
                : ContentDisposition.attachment().filename(name(filename, mediaId));
        return ResponseEntity.ok()
                .contentType(type)
                .header("Content-Disposition", disposition.build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; media-src 'self'")
                // A media id names one file for good: the browser may keep it.
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .body(new FileSystemResource(path));
    }

    private static MediaType type(@Nullable String mime) {
        if (mime == null || mime.isBlank()) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        try {
            return MediaType.parseMediaType(mime);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static boolean inline(MediaType type) {
        var bare = type.getType() + "/" + type.getSubtype();
        return INLINE_IMAGES.contains(bare) || "audio".equals(type.getType()) || "video".equals(type.getType());
    }

    /** The customer's file name when the page passes it, reduced to characters safe in a header. */
    private static String name(@Nullable String given, String mediaId) {
        var name = given == null
                ? ""
                : given.replaceAll("[^\\p{L}\\p{N} ._()-]", "_")
                        .replaceAll("^[. ]+", "")
                        .strip();
        return name.isEmpty() ? "media-" + mediaId : name;
    }
}
