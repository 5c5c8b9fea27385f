package cn.trafficpolice.eservices.verifier;

/** EL-5: the organisations that verify e-licences. */
public enum VerifierKind {
  POLICE("公安交管"),
  INSURER("保险公司"),
  RENTAL("汽车租赁公司");

  private final String label;

  VerifierKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
