package cn.cq.police.idcard.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * With trusted proxies configured the application is reached through a TLS-terminating load
 * balancer, so the session cookie is marked {@code Secure} for every request. The container sets
 * the flag from the connection, which behind the proxy is plain HTTP; it can only be changed while
 * the application starts.
 */
@WebListener
public class BehindTlsProxy implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String configured =
        ConfigProvider.getConfig()
            .getOptionalValue("web.trusted-proxies", String.class)
            .orElse("none");
    if (TrustedProxies.parse(configured).any()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
