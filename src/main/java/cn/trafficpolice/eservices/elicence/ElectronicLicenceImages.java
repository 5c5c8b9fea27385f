package cn.trafficpolice.eservices.elicence;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * EL-4: both pages of the e-licence drawn with Java2D. Chinese text needs a CJK font on the host: the first
 * installed family able to draw it is used (e.g. Debian's fonts-wqy-zenhei); without one the text shows as boxes.
 */
final class ElectronicLicenceImages {

  static final int WIDTH = 720;
  static final int PAGE_HEIGHT = 440;
  private static final String CJK_SAMPLE = "电子驾驶证";
  private static final Color INK = new Color(0x1F, 0x2D, 0x3D);
  private static final Color PAGE = new Color(0xEE, 0xF5, 0xFB);
  private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final String FONT_FAMILY = Arrays.stream(
          GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
      .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(CJK_SAMPLE) == -1)
      .findFirst().orElse(Font.SANS_SERIF);

  private ElectronicLicenceImages() {
  }

  static byte[] render(ElectronicLicenceView view, byte[] photo, byte[] qrCode, byte[] barcode) {
    BufferedImage image = new BufferedImage(WIDTH, PAGE_HEIGHT * 2 + 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      front(g, view, read(photo), read(qrCode), read(barcode));
      g.translate(0, PAGE_HEIGHT + 20);
      back(g, view);
    } finally {
      g.dispose();
    }
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "PNG", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fontFamily() {
    return FONT_FAMILY;
  }

  private static void front(Graphics2D g, ElectronicLicenceView view, BufferedImage photo, BufferedImage qr,
      BufferedImage barcode) {
    page(g, "中华人民共和国机动车驾驶证（电子）");
    ElectronicLicenceView.Front f = view.front();
    g.drawImage(photo, 30, 70, 143, 176, null);
    lines(g, 200, 90, List.of("姓名 " + f.name() + "    性别 " + f.sex() + "    国籍 " + f.nationality(),
        "出生日期 " + f.birthDate(), "证号 " + f.licenceNumber(), "初次领证日期 " + f.firstIssueDate(),
        "准驾车型 " + f.licenceClass(), "有效期限 " + f.validFrom() + " 至 " + f.validUntil(),
        "累积记分 " + f.accumulatedPoints() + "    状态 " + f.stateNames(),
        "生成时间 " + f.generatedAt().format(GENERATED)));
    g.drawImage(qr, WIDTH - 190, 60, 160, 160, null);
    g.drawImage(barcode, 30, PAGE_HEIGHT - 110, 360, 70, null);
    text(g, 14, "电子证号 " + view.elicenceNumber(), 400, PAGE_HEIGHT - 60);
  }

  private static void back(Graphics2D g, ElectronicLicenceView view) {
    page(g, "副页");
    ElectronicLicenceView.Back b = view.back();
    List<String> lines = new ArrayList<>(List.of("住址 " + b.address(), "发证机关 " + b.issuingAuthority(),
        "档案编号 " + b.fileNumber(), "驾驶记录 " + b.drivingRecord(), "准驾车型代号"));
    b.licenceClassCodes().forEach(code -> lines.add("    " + code));
    lines(g, 30, 90, lines);
  }

  private static void page(Graphics2D g, String title) {
    g.setColor(PAGE);
    g.fillRoundRect(0, 0, WIDTH, PAGE_HEIGHT, 24, 24);
    g.setColor(INK);
    g.setStroke(new BasicStroke(2));
    g.drawRoundRect(1, 1, WIDTH - 2, PAGE_HEIGHT - 2, 24, 24);
    text(g, 22, title, 30, 42);
  }

  private static void lines(Graphics2D g, int x, int y, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      text(g, 16, lines.get(i), x, y + i * 28);
    }
  }

  private static void text(Graphics2D g, int size, String text, int x, int y) {
    g.setColor(INK);
    g.setFont(new Font(FONT_FAMILY, Font.PLAIN, size));
    g.drawString(text, x, y);
  }

  private static BufferedImage read(byte[] image) {
    try {
      return ImageIO.read(new ByteArrayInputStream(image));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
