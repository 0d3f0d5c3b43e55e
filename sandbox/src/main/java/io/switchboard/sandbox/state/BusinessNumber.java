package io.switchboard.sandbox.state;

import org.jspecify.annotations.Nullable;

/**
 * A business phone number and the credentials of the app that uses it. The messaging-limit tier lives
 * on the portfolio ({@link NumberRegistry#tier}), since Meta shares it among the portfolio's numbers.
 *
 * @param callbackUrl null until the host's port is known (default number) or a registration sets it
 */
public record BusinessNumber(
        String phoneNumberId,
        String wabaId,
        String businessId,
        String displayPhoneNumber,
        String verifiedName,
        QualityRating qualityRating,
        int throughput,
        String accessToken,
        String appSecret,
        String verifyToken,
        @Nullable String callbackUrl) {

    /** Webhooks carry the display number as digits only ({@code 15550783881}). */
    public String displayDigits() {
        return displayPhoneNumber.replaceAll("[^0-9]", "");
    }

    public BusinessNumber withCallbackUrl(String url) {
        return new BusinessNumber(
                phoneNumberId,
                wabaId,
                businessId,
                displayPhoneNumber,
                verifiedName,
                qualityRating,
                throughput,
                accessToken,
                appSecret,
                verifyToken,
                url);
    }

    public BusinessNumber withQuality(QualityRating quality, int newThroughput) {
        return new BusinessNumber(
                phoneNumberId,
                wabaId,
                businessId,
                displayPhoneNumber,
                verifiedName,
                quality,
                newThroughput,
                accessToken,
                appSecret,
                verifyToken,
                callbackUrl);
    }

    @Override
    public String toString() {
        return "BusinessNumber[" + phoneNumberId + ", waba=" + wabaId + ", secrets=****]";
    }
}
