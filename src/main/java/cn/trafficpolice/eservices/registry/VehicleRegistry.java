package cn.trafficpolice.eservices.registry;

import java.util.List;
import java.util.Optional;

/** The motor-vehicle registry (机动车登记): read-only for the online businesses. */
public interface VehicleRegistry {

  Optional<RegisteredVehicle> byVin(String vin);

  /** A registered vehicle by its plate, e.g. ("02", "粤GA1234"). */
  Optional<RegisteredVehicle> byPlate(String plateType, String plateNumber);

  /** The vehicles with a plate registered to a person's ID number or an organisation's code. */
  List<RegisteredVehicle> registeredTo(String ownerIdNumber);
}
