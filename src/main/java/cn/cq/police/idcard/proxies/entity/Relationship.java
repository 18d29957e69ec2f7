package cn.cq.police.idcard.proxies.entity;

/** How the person at the counter is related to the applicant they act for. */
public enum Relationship {
  SPOUSE(true),
  PARENT(true),
  CHILD(true),
  SIBLING(true),
  GRANDPARENT(true),
  GRANDCHILD(true),
  GUARDIAN(false),
  OTHER_FAMILY(false);

  private final boolean nearRelative;

  Relationship(boolean nearRelative) {
    this.nearRelative = nearRelative;
  }

  /**
   * Whether this is a near relative (近亲属): spouse, parents, children, siblings, grandparents and
   * grandchildren. A guardian who is not one of these is not.
   */
  public boolean isNearRelative() {
    return nearRelative;
  }
}
