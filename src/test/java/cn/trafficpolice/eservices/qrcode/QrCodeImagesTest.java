package cn.trafficpolice.eservices.qrcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeImagesTest {

  @Test
  void aTokenRendersAsAPngQrCodeThatScansBackToTheSameText() throws Exception {
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 30; i++) {
      byte[] bytes = new byte[200 + random.nextInt(100)];
      random.nextBytes(bytes);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

      byte[] png = QrCodeImages.png(token, 400);

      assertThat(png).startsWith(0x89, 'P', 'N', 'G');
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image.getWidth()).isEqualTo(400);
      String scanned = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
          new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, true,
          DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
      assertThat(scanned).isEqualTo(token);
    }
  }
}
