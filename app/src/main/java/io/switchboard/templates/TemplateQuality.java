package io.switchboard.templates;

import java.util.Locale;

/** A template's quality score from user feedback; UNKNOWN until Meta has enough of it. */
public enum TemplateQuality {
    GREEN,
    YELLOW,
    RED,
    UNKNOWN;

    /** Meta's score, UNKNOWN for anything this version does not know. */
    public static TemplateQuality parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
