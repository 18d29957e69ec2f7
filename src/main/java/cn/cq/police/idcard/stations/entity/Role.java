package cn.cq.police.idcard.stations.entity;

/** What a staff account may do. An account can hold several roles. */
public enum Role {
  CLERK,
  SUPERVISOR,
  ADMINISTRATOR;

  /** Role names as constants for {@code @RolesAllowed}, which needs compile-time strings. */
  public static final class Names {
    public static final String CLERK = "CLERK";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private Names() {}
  }
}
