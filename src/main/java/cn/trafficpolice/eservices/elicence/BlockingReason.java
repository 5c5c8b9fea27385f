package cn.trafficpolice.eservices.elicence;

/**
 * EL-1, EL-7: one reason the licence may not have an e-licence — outside the rollout, past its validity, or a
 * blocking state — with its stable code.
 */
public record BlockingReason(String code, String reason) {
}
