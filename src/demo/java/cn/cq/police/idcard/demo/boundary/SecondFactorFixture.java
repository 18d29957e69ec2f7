package cn.cq.police.idcard.demo.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A test fixture of the demo war only, never in the product war: {@code POST
 * /api/demo/second-factor/{username}/forget-step} forgets the last accepted one-time-password step
 * of an account, so that the test helpers and the load harnesses, which log the same demo account
 * in many times within one 30-second step, can use the current code again. Only in demo mode and
 * only from the machine itself; the replay test never calls it, and the product's check is
 * unchanged.
 */
@Path("demo/second-factor")
@Stateless
@PermitAll
public class SecondFactorFixture {

  @PersistenceContext EntityManager em;

  @Context HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "demo.data.enabled", defaultValue = "false")
  boolean demo;

  @POST
  @Path("{username}/forget-step")
  public Response forgetStep(@PathParam("username") String username) {
    if (!demo || !fromThisMachine()) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    int changed =
        em.createNativeQuery("update second_factor set totp_last_step = null where username = ?")
            .setParameter(1, username)
            .executeUpdate();
    return Response.status(changed == 1 ? Response.Status.NO_CONTENT : Response.Status.NOT_FOUND)
        .build();
  }

  private boolean fromThisMachine() {
    try {
      return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
    } catch (UnknownHostException unreadable) {
      return false;
    }
  }
}
