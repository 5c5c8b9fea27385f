package cn.trafficpolice.eservices.qrcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Renders text as a QR code or a Code 128 barcode PNG, for codes a citizen shows on their phone to be scanned. */
public final class QrCodeImages {

  private static final int QUIET_ZONE_MODULES = 2;

  private QrCodeImages() {
  }

  public static byte[] png(String text, int sizePixels) {
    Map<EncodeHintType, Object> hints = Map.of(
        EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
        EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
        EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
    try {
      return toPng(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePixels, sizePixels, hints));
    } catch (WriterException e) {
      throw new IllegalStateException("QR code could not be rendered", e);
    }
  }

  /** A 1-D Code 128 barcode of printable ASCII text, e.g. a document number. */
  public static byte[] code128Png(String text, int widthPixels, int heightPixels) {
    return toPng(new Code128Writer().encode(text, BarcodeFormat.CODE_128, widthPixels, heightPixels,
        Map.of(EncodeHintType.MARGIN, QUIET_ZONE_MODULES * 5)));
  }

  private static byte[] toPng(BitMatrix matrix) {
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("code image could not be written", e);
    }
  }
}
