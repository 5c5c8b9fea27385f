package cn.trafficpolice.eservices.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes an inspected photo to pixels and encodes it afresh, so that only pixels are stored: EXIF (GPS position,
 * camera, time), comments, other metadata chunks and anything appended after the image are gone, and a file built
 * to be both an image and something else is an image only.
 */
final class PhotoReencoder {

  private static final float JPEG_QUALITY = 0.92f;
  /** A full decode of the largest allowed canvas takes about 100 MB: at most two at a time. */
  private static final Semaphore DECODING = new Semaphore(2);

  private PhotoReencoder() {
  }

  /** @param mediaType {@code image/jpeg} or {@code image/png}, as found by {@link PhotoInspector} */
  static byte[] reencode(byte[] content, String mediaType) {
    DECODING.acquireUninterruptibly();
    try {
      BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(content));
      if (pixels == null) {
        throw new IllegalStateException("an inspected photo did not decode");
      }
      return "image/png".equals(mediaType) ? png(pixels) : jpeg(withoutAlpha(pixels));
    } catch (IOException e) {
      throw new IllegalStateException("an inspected photo could not be re-encoded", e);
    } finally {
      DECODING.release();
    }
  }

  private static byte[] png(BufferedImage pixels) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(pixels, "png", out)) {
      throw new IllegalStateException("no PNG writer");
    }
    return out.toByteArray();
  }

  private static byte[] jpeg(BufferedImage pixels) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    if (!writers.hasNext()) {
      throw new IllegalStateException("no JPEG writer");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(pixels, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** The JPEG writer takes no alpha channel. */
  private static BufferedImage withoutAlpha(BufferedImage pixels) {
    if (!pixels.getColorModel().hasAlpha()) {
      return pixels;
    }
    BufferedImage rgb = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.createGraphics().drawImage(pixels, 0, 0, null);
    return rgb;
  }
}
