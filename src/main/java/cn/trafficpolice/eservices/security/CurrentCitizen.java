package cn.trafficpolice.eservices.security;

/** The logged-in citizen, resolved from the bearer token; controllers take it as a parameter. */
public record CurrentCitizen(long id) {
}
