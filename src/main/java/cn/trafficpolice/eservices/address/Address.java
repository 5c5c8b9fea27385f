package cn.trafficpolice.eservices.address;

/** One postal address of a citizen's address book. */
public record Address(long id, String recipient, String phone, String province, String city, String district,
    String detail, boolean isDefault) {

  /** The address as a postman reads it: 广东省湛江市赤坎区海滨大道北10号. */
  public String fullAddress() {
    return province + city + district + detail;
  }
}
