package io.switchboard.workspace;

/** A new invitation and the one-time token of its link ({@code /invite/{token}}). */
public record CreatedInvitation(Invitation invitation, String token) {
    @Override
    public String toString() {
        return "CreatedInvitation[invitation=" + invitation + ", token=****]";
    }
}
