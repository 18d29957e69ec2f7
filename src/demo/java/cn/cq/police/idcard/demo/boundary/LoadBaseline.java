package cn.cq.police.idcard.demo.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The bare JAX-RS endpoint the load harness measures a look-up against (issue 17: look-up p99 ÷
 * this p99 under the same concurrency): the same application, filters and container, no work.
 * Demo war only.
 */
@Path("demo/baseline")
@ApplicationScoped
@PermitAll
public class LoadBaseline {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String answer() {
    return "ok";
  }
}
