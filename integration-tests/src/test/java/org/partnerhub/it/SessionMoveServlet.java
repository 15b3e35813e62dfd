package org.partnerhub.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Test-only: {@code POST it-fixtures/move-session} does to the caller's HTTP session what a
 * cluster does when the next request lands on another server. Every attribute (the signed-in
 * caller, the session- and view-scoped beans, the views' state) is written as bytes, in one
 * stream as a replicated session is, read back into new objects, and put in place of the old
 * ones; the next request works only with what survived that ({@link SessionStreams}). Answers
 * how many attributes and bytes moved, or 500 with the first object that cannot travel.
 */
@WebServlet("/it-fixtures/move-session")
public class SessionMoveServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        response.setContentType("text/plain; charset=UTF-8");
        if (session == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no session to move");
            return;
        }
        HashMap<String, Object> attributes = new HashMap<>();
        for (String name : Collections.list(session.getAttributeNames())) {
            attributes.put(name, session.getAttribute(name));
        }
        Map<String, Class<?>> written = new HashMap<>();
        byte[] bytes;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ObjectOutputStream objects = SessionStreams.output(out, written)) {
                objects.writeObject(attributes);
            }
            bytes = out.toByteArray();
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.getWriter().print("it-fixtures: the session does not serialize: " + e);
            return;
        }
        Map<String, Object> arrived = arrive(bytes, written);
        arrived.forEach(session::setAttribute);
        response.getWriter().print(arrived.size() + " attributes, " + bytes.length + " bytes");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> arrive(byte[] bytes, Map<String, Class<?>> written) throws IOException {
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        try (ObjectInputStream objects = SessionStreams.input(new ByteArrayInputStream(bytes), application, written)) {
            return (Map<String, Object>) objects.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }
}
