package cn.trafficpolice.eservices.filing;

/** The filer's relation to the vehicle's owner, as the filer states it (NF-1). */
public enum FilerRelation {
  SPOUSE("配偶"),
  PARENT("父母"),
  CHILD("子女"),
  SIBLING("兄弟姐妹"),
  OTHER_RELATIVE("其他亲属"),
  FRIEND("朋友"),
  EMPLOYEE("单位职工"),
  OTHER("其他");

  private final String label;

  FilerRelation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
