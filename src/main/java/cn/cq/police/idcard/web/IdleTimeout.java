package cn.cq.police.idcard.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every session ends after the configured idle time (web.xml's value is only the fallback). */
@WebListener
public class IdleTimeout implements HttpSessionListener {

  @Inject
  @ConfigProperty(name = "security.session.idle-minutes", defaultValue = "15")
  int idleMinutes;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval(idleMinutes * 60);
  }
}
