package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.feeds.entity.Centre;
import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a feed resource that only the given centre may call: {@link CentreRequestAuthentication}
 * checks its credential and request signature before the method runs.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CentreAuthenticated {
  Centre value();
}
