package cn.cq.police.idcard.security.boundary;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The security headers go on the response before the login mechanism (and its LoginToContinue
 * redirect, which never reaches the mechanism's own code) answers: see
 * HeadersBeforeLoginInterceptor.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface HeadersBeforeLogin {}
