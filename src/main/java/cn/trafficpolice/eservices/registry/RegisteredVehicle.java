package cn.trafficpolice.eservices.registry;

/**
 * A motor vehicle as the vehicle registry holds it. {@code ownerIdNumber} is a person's ID number or an
 * organisation's unified social credit code; {@code ownerPhone} is the phone registered with the vehicle.
 */
public record RegisteredVehicle(String vin, String plateType, String plateNumber, String vehicleKind,
    String useCharacter, OwnerKind ownerKind, String ownerIdNumber, String ownerName, String ownerPhone,
    String engineNumber, String brandModel, String officeCode) {

  /** GA 24.7 plate type codes. */
  public static final String PLATE_TYPE_SMALL_CAR = "02";
  public static final String PLATE_TYPE_SMALL_NEW_ENERGY = "52";

  public static final String NON_COMMERCIAL = "NON_COMMERCIAL";

  public boolean nonCommercial() {
    return NON_COMMERCIAL.equals(useCharacter);
  }

  public boolean ownedBy(String idNumber) {
    return ownerIdNumber.equalsIgnoreCase(idNumber);
  }
}
