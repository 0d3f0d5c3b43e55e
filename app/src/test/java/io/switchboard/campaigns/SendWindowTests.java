package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The daily send window in a contact's zone, and a start time read in the workspace's zone. */
class SendWindowTests {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    final SendWindow day = new SendWindow(LocalTime.of(9, 0), LocalTime.of(20, 0));

    @Test
    void insideTheWindowARecipientIsDueAtOnce() {
        var now = Instant.parse("2030-11-05T10:00:00Z"); // 11:00 in Rome
        assertThat(day.notBefore(now, ROME)).isEqualTo(now);
    }

    @Test
    void beforeTheWindowItWaitsForTodaysOpeningAndAfterItForTomorrows() {
        var early = Instant.parse("2030-11-05T05:00:00Z"); // 06:00 in Rome, 14:00 in Tokyo
        assertThat(day.notBefore(early, ROME)).isEqualTo(Instant.parse("2030-11-05T08:00:00Z"));
        assertThat(day.notBefore(early, TOKYO)).isEqualTo(early);
        var late = Instant.parse("2030-11-05T12:00:00Z"); // 21:00 in Tokyo
        assertThat(day.notBefore(late, TOKYO)).isEqualTo(Instant.parse("2030-11-06T00:00:00Z"));
        // The end is exclusive: at 20:00 sharp the window is closed.
        var atEnd = Instant.parse("2030-11-05T19:00:00Z"); // 20:00 in Rome
        assertThat(day.notBefore(atEnd, ROME)).isEqualTo(Instant.parse("2030-11-06T08:00:00Z"));
    }

    @Test
    void anOvernightWindowRunsPastMidnight() {
        var night = new SendWindow(LocalTime.of(22, 0), LocalTime.of(6, 0));
        assertThat(night.contains(LocalTime.of(23, 30))).isTrue();
        assertThat(night.contains(LocalTime.of(3, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(6, 0))).isFalse();
        var noon = Instant.parse("2030-11-05T11:00:00Z"); // 12:00 in Rome
        assertThat(night.notBefore(noon, ROME)).isEqualTo(Instant.parse("2030-11-05T21:00:00Z"));
        var small = Instant.parse("2030-11-05T02:00:00Z"); // 03:00 in Rome
        assertThat(night.notBefore(small, ROME)).isEqualTo(small);
    }

    @Test
    void eachOpeningClosesAtItsOwnEnd() {
        var opening = day.notBefore(Instant.parse("2030-11-05T05:00:00Z"), ROME); // 09:00 in Rome
        assertThat(day.closes(opening, ROME)).isEqualTo(Instant.parse("2030-11-05T19:00:00Z"));
        var inside = Instant.parse("2030-11-05T10:00:00Z"); // 11:00 in Rome
        assertThat(day.closes(inside, ROME)).isEqualTo(Instant.parse("2030-11-05T19:00:00Z"));
        // Overnight: entered before midnight it closes the next morning, entered after midnight the same one.
        var night = new SendWindow(LocalTime.of(22, 0), LocalTime.of(6, 0));
        assertThat(night.closes(Instant.parse("2030-11-05T21:00:00Z"), ROME)) // 22:00
                .isEqualTo(Instant.parse("2030-11-06T05:00:00Z"));
        assertThat(night.closes(Instant.parse("2030-11-06T02:00:00Z"), ROME)) // 03:00
                .isEqualTo(Instant.parse("2030-11-06T05:00:00Z"));
        // Across the autumn change (27 October 2030, 03:00 CEST back to 02:00 CET) the close is in local time.
        var autumn = day.notBefore(Instant.parse("2030-10-27T05:00:00Z"), ROME);
        assertThat(autumn).isEqualTo(Instant.parse("2030-10-27T08:00:00Z"));
        assertThat(day.closes(autumn, ROME)).isEqualTo(Instant.parse("2030-10-27T19:00:00Z"));
    }

    @Test
    void anOpeningInsideADstGapMovesForwardByTheGap() {
        // 31 March 2030 in Rome: 02:00 CET jumps to 03:00 CEST, so 02:30 does not exist and opens at 03:30.
        var window = new SendWindow(LocalTime.of(2, 30), LocalTime.of(5, 0));
        var before = Instant.parse("2030-03-31T00:00:00Z"); // 01:00 CET
        assertThat(window.notBefore(before, ROME)).isEqualTo(Instant.parse("2030-03-31T01:30:00Z"));
        // A start time read in the workspace's zone follows the same rules; the overlap takes the earlier offset.
        assertThat(CampaignManagement.zonedStart(LocalDateTime.parse("2030-03-31T02:30"), ROME))
                .isEqualTo(Instant.parse("2030-03-31T01:30:00Z"));
        assertThat(CampaignManagement.zonedStart(LocalDateTime.parse("2030-10-27T02:30"), ROME))
                .isEqualTo(Instant.parse("2030-10-27T00:30:00Z"));
    }

    @Test
    void aWindowNeedsTwoDifferentTimes() {
        assertThat(SendWindow.parse("", " ")).isNull();
        assertThat(SendWindow.parse("09:00", "20:00")).isEqualTo(day);
        assertThatThrownBy(() -> SendWindow.parse("09:00", "09:00"))
                .isInstanceOf(CampaignException.class)
                .hasMessageContaining("different start and end");
        assertThatThrownBy(() -> SendWindow.parse("09:00", ""))
                .isInstanceOf(CampaignException.class)
                .hasMessageContaining("both a start and an end");
        assertThatThrownBy(() -> SendWindow.parse("9am", "20:00"))
                .isInstanceOf(CampaignException.class)
                .hasMessageContaining("HH:mm");
    }
}
