package org.suaka.web.rest.problem;

import java.io.IOException;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page for failures the container answers before the API or the interface sees the request
 * (a malformed or encoded path, an unknown address, a method not allowed). It answers with a problem
 * document and nothing of the server's internals, in place of the server's default page.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        String title = switch (status) {
            case 400 -> "The request is malformed";
            case 401 -> "Sign in first";
            case 403 -> "Not allowed";
            case 404 -> "No resource at this address";
            case 405 -> "This method is not allowed here";
            case 429 -> "Too many requests";
            default -> status >= 500 ? "The request failed" : "The request cannot be served";
        };
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", Problem.typeOf("http-" + status).toString())
                .add("title", title)
                .add("status", status)
                .build().toString());
    }
}
