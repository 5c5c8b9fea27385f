package cn.trafficpolice.eservices.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/** Derives one independent key per purpose from the master secret, so no key serves two uses. */
@Component
public class KeyDerivation {

  private final byte[] master;

  KeyDerivation(SecurityProperties properties) {
    if (properties.secret() == null || properties.secret().length() < 32) {
      throw new IllegalStateException("eservices.security.secret must be set to at least 32 characters");
    }
    this.master = properties.secret().getBytes(StandardCharsets.UTF_8);
  }

  public SecretKey hmacKey(String purpose) {
    return new SecretKeySpec(hmac(master, purpose.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
  }

  public static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
