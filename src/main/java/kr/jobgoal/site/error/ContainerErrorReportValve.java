package kr.jobgoal.site.error;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import org.apache.catalina.Context;
import org.apache.catalina.Globals;
import org.apache.catalina.Host;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error report, for what it rejects before the application sees it (an encoded slash
 * {@code ..%2f}, a character not allowed in a URL, a request line it cannot parse): instead of Tomcat's HTML
 * "HTTP Status 400" page, the request is forwarded to the application's {@code /error}
 * ({@link SiteErrorController}), as Tomcat does for errors inside the application, so every client gets the
 * one error format. Installed in place of Tomcat's valve by the {@link Installer}.
 */
public class ContainerErrorReportValve extends ErrorReportValve {

	private static final Log log = LogFactory.getLog(ContainerErrorReportValve.class);

	public static final String ERROR_PATH = "/error";

	/** Boot adds Tomcat's own valve (to hide the server's version); it would answer before this one. */
	@Override
	protected synchronized void startInternal() throws LifecycleException {
		Pipeline pipeline = getContainer().getPipeline();
		for (Valve valve : pipeline.getValves()) {
			if (valve instanceof ErrorReportValve && valve != this) {
				pipeline.removeValve(valve);
			}
		}
		super.startInternal();
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || response.isCommitted() || !response.setErrorReported()) {
			return;
		}
		Context context = context(request);
		if (context == null) {
			return;
		}
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		// the address as a valid URI: the framework decodes it again while rendering (a stray '%' would fail there)
		String path = SiteErrorController.safePath(request.getRequestURI());
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
		request.setAttribute(RequestDispatcher.FORWARD_REQUEST_URI, path);
		request.setAttribute(Globals.DISPATCHER_REQUEST_PATH_ATTR, ERROR_PATH);
		request.setAttribute(Globals.DISPATCHER_TYPE_ATTR, DispatcherType.ERROR);
		try {
			response.resetBuffer(true);
			response.setContentLength(-1);
			context.getServletContext().getRequestDispatcher(ERROR_PATH).forward(request.getRequest(),
					response.getResponse());
			response.setSuspended(false);
			response.finishResponse();
		}
		catch (IOException | ServletException | RuntimeException e) {
			log.debug("The error page for a rejected request could not be rendered", e);
		}
	}

	/** The request's application; a request Tomcat could not map to one belongs to the only one there is. */
	private Context context(Request request) {
		if (request.getContext() == null && getContainer() instanceof Host host
				&& host.findChild("") instanceof Context only) {
			request.getMappingData().host = host;
			request.getMappingData().context = only;
		}
		return request.getContext();
	}

	/** Puts this valve where Tomcat would put its own (before the host's basic valve). */
	@Component
	static class Installer implements TomcatContextCustomizer {

		@Override
		public void customize(Context context) {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ContainerErrorReportValve.class.getName());
				host.getPipeline().addValve(new ContainerErrorReportValve());
			}
		}
	}
}
