package io.switchboard.sandbox.state;

/** Phone-number quality as the API reports it ({@code quality_rating}). */
public enum QualityRating {
    GREEN,
    YELLOW,
    RED
}
