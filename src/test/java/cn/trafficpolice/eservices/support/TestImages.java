package cn.trafficpolice.eservices.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A plain black image of a given size, encoded as the tests upload it. */
public final class TestImages {

  private TestImages() {
  }

  /** @param format an ImageIO format name: {@code jpg}, {@code png} */
  public static byte[] encoded(int width, int height, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] jpeg(int width, int height) {
    return encoded(width, height, "jpg");
  }
}
