package cn.trafficpolice.eservices.registry;

import java.time.LocalDate;

/** A portrait the licence registry retained (taken at a vehicle office), with the day it was taken. */
public record RetainedPhoto(LocalDate takenOn, String mediaType, byte[] content) {
}
