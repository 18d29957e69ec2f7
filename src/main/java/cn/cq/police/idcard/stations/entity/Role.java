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

    /**
     * Not a role one is given: the group an administrator whose reach is the city is in, which
     * alone may change city-wide settings (fees, holidays, receipt validity, the centres'
     * credentials). The identity store derives it from the account (view staff_group).
     */
    public static final String CITY_ADMINISTRATOR = "CITY_ADMINISTRATOR";

    private Names() {}
  }
}
