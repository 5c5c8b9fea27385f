package cn.trafficpolice.eservices.photo;

/** A photo whose content passed the checks: its real type and size, whatever the upload claimed. */
public record InspectedPhoto(String mediaType, int width, int height) {
}
