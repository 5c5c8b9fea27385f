package cn.trafficpolice.eservices.realperson;

/**
 * Real-person authentication (实人认证): the citizen's app captures a live face and receives a liveness token
 * from the authentication service; the business asks whether that capture belongs to the given ID number.
 */
public interface RealPersonAuthentication {

  RealPersonResult verify(String idNumber, String livenessToken);
}
