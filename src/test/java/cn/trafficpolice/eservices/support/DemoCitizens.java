package cn.trafficpolice.eservices.support;

/** The demo citizens of db/demo/V1000__demo_data.sql that tests use, by what makes each one useful. */
public final class DemoCitizens {

  /** 张伟, real-name, licence state A (normal), retained photo of 2026-08-15, buyer of two new vehicles. */
  public static final String ZHANG_WEI = "13800000001";
  public static final String ZHANG_WEI_ID = "440802198503120018";
  /** 李娜, real-name, licence state H (violation unhandled), retained photo too old. */
  public static final String LI_NA = "13800000002";
  public static final String LI_NA_ID = "440802199007080023";
  /** 王强, real-name, licence state D (seized). */
  public static final String WANG_QIANG = "13800000003";
  public static final String WANG_QIANG_ID = "440902198802150036";
  /** 刘芳, real-name, licence state K (detained). */
  public static final String LIU_FANG = "13800000004";
  /** 陈刚, real-name, licence state M, validity ended 2026-01-01. */
  public static final String CHEN_GANG = "13800000005";
  /** 杨静, real-name, licence state S. */
  public static final String YANG_JING = "13800000006";
  /** 赵磊, real-name, licence state G (cancelled). */
  public static final String ZHAO_LEI = "13800000007";
  /** 黄敏, real-name, licence states HM. */
  public static final String HUANG_MIN = "13800000008";
  /** 周杰, NOT real-name (self-registered), licence state A. */
  public static final String ZHOU_JIE = "13800000009";
  public static final String ZHOU_JIE_ID = "440802200002290094";
  /** 吴丹, real-name, licence state A without retained photo. */
  public static final String WU_DAN = "13800000010";
  /** 徐明, real-name, owner of 粤GA1234, 粤GD12345 and the commercial 粤G5X678. */
  public static final String XU_MING = "13800000011";

  /** 孙丽, real-name, licence state D (seized), issued in 湛江 (a rollout city of the demo). */
  public static final String SUN_LI = "13800000201";
  /** 马超, real-name, licence state G (cancelled), issued in 济南 (a rollout city). */
  public static final String MA_CHAO = "13800000202";
  /** 宋杰, real-name, licence states DK and validity ended 2026-06-15, issued in 湛江. */
  public static final String SONG_JIE = "13800000211";

  private DemoCitizens() {
  }
}
