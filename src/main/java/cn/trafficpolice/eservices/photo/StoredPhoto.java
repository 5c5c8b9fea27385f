package cn.trafficpolice.eservices.photo;

/** A stored photo with its bytes. */
public record StoredPhoto(long id, long ownerCitizenId, String purpose, String mediaType, int width, int height,
    byte[] content) {
}
