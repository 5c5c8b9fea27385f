package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceVerification.Outcome;
import cn.trafficpolice.eservices.verifier.VerifierKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code elicence_verification}: every verification attempt, for the holder to see (EL-5). */
@Repository
class VerificationRecords {

  /** The holder sees the most recent verifications; older ones stay recorded. */
  private static final int HOLDER_LIST_LIMIT = 200;

  private final JdbcClient jdbc;

  VerificationRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long verifierId, OffsetDateTime at, Outcome outcome, ElectronicLicence licence, Instant generatedAt) {
    jdbc.sql("""
            INSERT INTO elicence_verification (verifier_id, verified_at, outcome, elicence_number, citizen_id,
                                               code_generated_at)
            VALUES (:verifier, :at, :outcome, :number, :citizen, :generatedAt)""")
        .param("verifier", verifierId).param("at", at).param("outcome", outcome.name())
        .param("number", licence == null ? null : licence.elicenceNumber())
        .param("citizen", licence == null ? null : licence.citizenId())
        .param("generatedAt", generatedAt == null ? null : generatedAt.atOffset(ZoneOffset.UTC))
        .update();
  }

  List<HolderVerification> ofHolder(long citizenId) {
    return jdbc.sql("""
            SELECT v.verified_at, v.outcome, v.elicence_number, c.organisation, c.kind
            FROM elicence_verification v JOIN verifier_client c ON c.id = v.verifier_id
            WHERE v.citizen_id = :citizen ORDER BY v.verified_at DESC, v.id DESC
            FETCH FIRST :limit ROWS ONLY""")
        .param("citizen", citizenId).param("limit", HOLDER_LIST_LIMIT)
        .query((rs, i) -> HolderVerification.of(rs.getString("organisation"),
            VerifierKind.valueOf(rs.getString("kind")), rs.getObject("verified_at", OffsetDateTime.class),
            Outcome.valueOf(rs.getString("outcome")), rs.getString("elicence_number")))
        .list();
  }

  /** What the holder is shown of one verification: who, of which kind, when, with what result. */
  record HolderVerification(String organisation, VerifierKind kind, String kindName, OffsetDateTime verifiedAt,
      Outcome outcome, String outcomeName, String elicenceNumber) {

    static HolderVerification of(String organisation, VerifierKind kind, OffsetDateTime at, Outcome outcome,
        String elicenceNumber) {
      return new HolderVerification(organisation, kind, kind.label(), at, outcome, outcome.label(), elicenceNumber);
    }
  }
}
