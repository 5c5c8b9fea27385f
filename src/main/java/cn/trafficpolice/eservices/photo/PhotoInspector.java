package cn.trafficpolice.eservices.photo;

import cn.trafficpolice.eservices.error.BusinessException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an upload by its content, never by its name or declared type: JPEG or PNG signature, a size limit,
 * dimensions read from the header before anything is decoded (so a small file cannot claim a huge canvas), then
 * a full decode to prove the data is an image.
 */
public final class PhotoInspector {

  public static final String PHOTO_TYPE_INVALID = "PHOTO_TYPE_INVALID";
  public static final String PHOTO_TOO_LARGE = "PHOTO_TOO_LARGE";
  public static final String PHOTO_DIMENSIONS_INVALID = "PHOTO_DIMENSIONS_INVALID";

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  /** Decoding every 8th pixel in each direction still reads the whole stream, at 1/64 of the memory. */
  private static final int DECODE_SUBSAMPLING = 8;

  private PhotoInspector() {
  }

  public static InspectedPhoto inspect(byte[] content, PhotoRules rules) {
    if (content == null || content.length == 0) {
      throw typeInvalid();
    }
    if (content.length > rules.maxSize().toBytes()) {
      throw BusinessException.invalid(PHOTO_TOO_LARGE,
          "照片不能超过" + rules.maxSize().toKilobytes() / 1024 + "MB，请压缩后重新上传");
    }
    String format = startsWith(content, JPEG) ? "jpeg" : startsWith(content, PNG) ? "png" : null;
    if (format == null) {
      throw typeInvalid();
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      ImageReader reader = readerFor(format);
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        checkDimensions(width, height, rules);
        decode(reader);
        return new InspectedPhoto("image/" + format, width, height);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      if (unreadable instanceof BusinessException refusal) {
        throw refusal;
      }
      throw typeInvalid();
    }
  }

  private static void checkDimensions(int width, int height, PhotoRules rules) {
    if (width < rules.minWidth() || height < rules.minHeight()
        || width > rules.maxWidth() || height > rules.maxHeight()) {
      throw BusinessException.invalid(PHOTO_DIMENSIONS_INVALID, "照片尺寸应在%d×%d至%d×%d像素之间".formatted(
          rules.minWidth(), rules.minHeight(), rules.maxWidth(), rules.maxHeight()));
    }
  }

  /** A truncated or corrupt JPEG decodes with only a warning (and grey where data is missing): refused too. */
  private static void decode(ImageReader reader) throws IOException {
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    ImageReadParam param = reader.getDefaultReadParam();
    param.setSourceSubsampling(DECODE_SUBSAMPLING, DECODE_SUBSAMPLING, 0, 0);
    BufferedImage image = reader.read(0, param);
    if (image == null || !warnings.isEmpty()) {
      throw typeInvalid();
    }
  }

  private static ImageReader readerFor(String format) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new IllegalStateException("no ImageIO reader for " + format);
    }
    return readers.next();
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    return content.length >= signature.length
        && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
  }

  private static BusinessException typeInvalid() {
    return BusinessException.invalid(PHOTO_TYPE_INVALID, "请上传JPG或PNG格式的照片");
  }
}
