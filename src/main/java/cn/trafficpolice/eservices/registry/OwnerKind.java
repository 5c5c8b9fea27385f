package cn.trafficpolice.eservices.registry;

/** Who a registered vehicle belongs to. */
public enum OwnerKind {
  PERSON,
  ORGANISATION
}
