package cn.trafficpolice.eservices.account;

/**
 * An organisation (单位用户, SH-1), known by its unified social credit code. It has no login of its own: it acts
 * through the citizen accounts registered as its agents. {@code officeCode} is its own registration office.
 */
public record Organisation(String creditCode, String name, String officeCode, String phone) {
}
