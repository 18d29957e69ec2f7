package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.receipts.control.IntakeReason;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an intake request whose body is larger than {@code intake.max-request-bytes} with a clean
 * 413, before authentication reads the body into memory: by its Content-Length when declared, and
 * while reading when it is sent chunked. RequestSizeLimit's {@code web.max-intake-bytes} sits above
 * this one, so the answer comes from here and is JSON.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class IntakeBodyLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "intake.max-request-bytes", defaultValue = "62914560")
  long maxBytes;

  @Context HttpHeaders headers;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.getUriInfo().getPath().startsWith("receipts")) {
      return;
    }
    if (request.getLength() > maxBytes) {
      drain(request.getEntityStream());
      request.abortWith(tooLarge(request));
      return;
    }
    request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
  }

  // A client such as java.net.http sends the whole body before it reads the answer; closing the
  // connection on it would give it an EOF instead of the 413. RequestSizeLimit's
  // web.max-intake-bytes bounds what is read here.
  private void drain(InputStream body) {
    try {
      body.transferTo(OutputStream.nullOutputStream());
    } catch (IOException clientGaveUp) {
      // nothing to answer then
    }
  }

  private Response tooLarge(ContainerRequestContext request) {
    return ReceiptIntakeResource.problem(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        IntakeReason.PAYLOAD_TOO_LARGE,
        headers,
        maxBytes);
  }

  /** Stops reading past the limit; {@link BodyTooLarge} becomes a 413. */
  static final class Limited extends FilterInputStream {
    private final long limit;
    private long read;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new BodyTooLarge(limit);
      }
    }
  }

  /** The body turned out larger than allowed while it was read. */
  public static final class BodyTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long limit;

    BodyTooLarge(long limit) {
      super("Request body larger than " + limit + " bytes", null, false, false);
      this.limit = limit;
    }
  }
}
