package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.web.ResponseHeaders;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sets the security headers when the login mechanism is asked to validate a request: the redirect
 * to the login page is sent from there, before any servlet filter runs. Ordered before the Jakarta
 * Security interceptors (AutoApplySession, LoginToContinue: PLATFORM_BEFORE + 200 and + 220).
 */
@Interceptor
@HeadersBeforeLogin
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class HeadersBeforeLoginInterceptor {

  @Inject ResponseHeaders headers;

  @AroundInvoke
  public Object applyFirst(InvocationContext invocation) throws Exception {
    Object[] parameters = invocation.getParameters();
    if ("validateRequest".equals(invocation.getMethod().getName())
        && parameters.length >= 2
        && parameters[0] instanceof HttpServletRequest request
        && parameters[1] instanceof HttpServletResponse response) {
      headers.applyTo(request, response);
    }
    return invocation.proceed();
  }
}
