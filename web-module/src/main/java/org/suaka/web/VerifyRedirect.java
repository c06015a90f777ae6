package org.suaka.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The address every document's QR code holds, {@code /verify?code=…}, opens the public verification page.
 */
@WebServlet(urlPatterns = "/verify")
public class VerifyRedirect extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        response.sendRedirect(request.getContextPath() + "/verify.xhtml"
                + (code == null ? "" : "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)));
    }
}
