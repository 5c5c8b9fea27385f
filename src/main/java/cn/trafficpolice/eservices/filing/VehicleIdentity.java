package cn.trafficpolice.eservices.filing;

/** NF-1 SMS way: what the filer knows of the vehicle — plate type, plate number, last 6 of the engine number. */
public record VehicleIdentity(String plateType, String plateNumber, String engineNumberSuffix) {
}
