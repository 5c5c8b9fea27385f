package cn.trafficpolice.eservices.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.support.TestImages;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class PhotoInspectorTest {

  private static final PhotoRules RULES = new PhotoRules(DataSize.ofMegabytes(2), 300, 300, 6000, 6000);

  @Test
  void aJpegAndAPngPassWithTheirRealTypeAndSize() throws Exception {
    assertThat(PhotoInspector.inspect(TestImages.encoded(640, 480, "jpg"), RULES))
        .isEqualTo(new InspectedPhoto("image/jpeg", 640, 480));
    assertThat(PhotoInspector.inspect(TestImages.encoded(300, 400, "png"), RULES))
        .isEqualTo(new InspectedPhoto("image/png", 300, 400));
  }

  @Test
  void otherFormatsAndEmptyUploadsAreRefusedByContent() throws Exception {
    assertRefused(TestImages.encoded(640, 480, "gif"), PhotoInspector.PHOTO_TYPE_INVALID);
    assertRefused("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), PhotoInspector.PHOTO_TYPE_INVALID);
    assertRefused(new byte[0], PhotoInspector.PHOTO_TYPE_INVALID);
    assertRefused(null, PhotoInspector.PHOTO_TYPE_INVALID);
  }

  @Test
  void aTruncatedImageIsRefused() throws Exception {
    byte[] jpeg = TestImages.encoded(640, 480, "jpg");
    assertRefused(Arrays.copyOf(jpeg, jpeg.length / 3), PhotoInspector.PHOTO_TYPE_INVALID);
  }

  @Test
  void sizeAndDimensionsFollowTheRules() throws Exception {
    assertRefused(TestImages.encoded(299, 400, "png"), PhotoInspector.PHOTO_DIMENSIONS_INVALID);
    assertRefused(TestImages.encoded(640, 480, "png"), PhotoInspector.PHOTO_TOO_LARGE,
        new PhotoRules(DataSize.ofBytes(100), 300, 300, 6000, 6000));
  }

  @Test
  void aSmallFileClaimingAHugeCanvasIsRefusedBeforeDecoding() {
    assertRefused(pngHeader(100_000, 100_000), PhotoInspector.PHOTO_DIMENSIONS_INVALID);
  }

  private static void assertRefused(byte[] content, String code) {
    assertRefused(content, code, RULES);
  }

  private static void assertRefused(byte[] content, String code, PhotoRules rules) {
    assertThatThrownBy(() -> PhotoInspector.inspect(content, rules)).isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).code()).isEqualTo(code);
  }

  /** A PNG signature and IHDR chunk only: what a decompression bomb shows before its data. */
  private static byte[] pngHeader(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width)
        .putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    return ByteBuffer.allocate(8 + 4 + 17 + 4)
        .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
        .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
  }
}
