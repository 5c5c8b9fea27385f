package cn.trafficpolice.eservices.verifier;

import java.time.OffsetDateTime;

/** An organisation verifying e-licences with its own credentials (EL-5); the password hash never leaves the store. */
public record Verifier(long id, String username, String organisation, VerifierKind kind, boolean enabled,
    OffsetDateTime createdAt) {
}
