package cn.trafficpolice.eservices.postal;

/**
 * The postal service (EMS), an outside system; in-app stand-in {@link TablePostalService}. It reports what
 * became of a parcel (delivered, refused) by calling back the business that sent it.
 */
public interface PostalService {

  /**
   * Hands a parcel over for delivery. Idempotent by sender reference: handing the same parcel over again returns
   * the tracking number it already has.
   *
   * @return the tracking number (邮件号)
   */
  String handOver(Parcel parcel);
}
