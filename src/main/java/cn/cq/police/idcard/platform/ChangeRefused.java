package cn.cq.police.idcard.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Why an administrator's change was not made. Nothing has been stored: the transaction rolls back.
 * Carries the resource-bundle key of the message the screen shows and its arguments; an application
 * exception, so the container passes it through unwrapped.
 */
@ApplicationException(rollback = true)
public class ChangeRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final List<Object> arguments;

  public ChangeRefused(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
