package io.switchboard.channels.whatsapp.client;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One vCard-like card of a {@link OutboundMessage.Contacts} message. Only {@code name.formattedName}
 * is required by Meta; empty lists and null fields are left out of the JSON.
 */
@NamedInterface("client")
public record ContactCard(
        Name name,
        List<Phone> phones,
        List<Email> emails,
        List<Address> addresses,
        @Nullable Org org,
        List<Url> urls,
        @Nullable LocalDate birthday) {

    public ContactCard {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        addresses = List.copyOf(addresses);
        urls = List.copyOf(urls);
    }

    public static ContactCard of(String formattedName, Phone... phones) {
        return new ContactCard(
                new Name(formattedName, null, null, null, null, null),
                List.of(phones),
                List.of(),
                List.of(),
                null,
                List.of(),
                null);
    }

    @NamedInterface("client")
    public record Name(
            String formattedName,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String middleName,
            @Nullable String suffix,
            @Nullable String prefix) {}

    /** A phone; {@code waId} makes the card show "Message" in WhatsApp. {@code type}: CELL, MAIN, HOME, WORK… */
    @NamedInterface("client")
    public record Phone(
            String phone, @Nullable String type, @Nullable String waId) {}

    @NamedInterface("client")
    public record Email(String email, @Nullable String type) {}

    @NamedInterface("client")
    public record Address(
            @Nullable String street,
            @Nullable String city,
            @Nullable String state,
            @Nullable String zip,
            @Nullable String country,
            @Nullable String countryCode,
            @Nullable String type) {}

    @NamedInterface("client")
    public record Org(
            @Nullable String company,
            @Nullable String department,
            @Nullable String title) {}

    @NamedInterface("client")
    public record Url(String url, @Nullable String type) {}
}
