package org.suaka.web.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.platform.office.NoOfficeException;
import org.suaka.platform.office.OfficeId;

/**
 * The office shown in the top bar: the office the user works for, and for a user of the top office the
 * office they picked to look at, or every office. The pick is kept in the session and bound to each of
 * the session's requests ({@link #picked(HttpServletRequest)}); the services read it through the office
 * scope, which ignores it for anyone but a user of the top office.
 */
@Named("office")
@RequestScoped
public class OfficeBar implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SESSION_ATTRIBUTE = "suaka.office.picked";

    @Inject
    transient OfficeService offices;

    private transient OfficeView mine;
    private String pick;

    /**
     * @param request a request
     * @return the office its session's user picked to look at, if any
     */
    public static Optional<OfficeId> picked(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((String) session.getAttribute(SESSION_ATTRIBUTE)).flatMap(OfficeId::parse);
    }

    private OfficeView mine() {
        if (mine == null) {
            mine = offices.mine();
        }
        return mine;
    }

    /** @return the name of the user's office, or a note that they belong to none */
    public String getName() {
        try {
            return mine().name();
        } catch (NoOfficeException none) {
            return Messages.text("office.none");
        }
    }

    /** @return whether the user reads every office (and changes none) */
    public boolean isNational() {
        try {
            return mine().national();
        } catch (NoOfficeException none) {
            return false;
        }
    }

    /** @return the offices below the top office, to pick one to look at */
    public List<OfficeView> getChoices() {
        return offices.all().stream().filter(o -> !o.national()).toList();
    }

    /** @return the id of the office picked, or an empty string for every office */
    public String getPick() {
        if (pick == null) {
            pick = picked((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                    .map(OfficeId::toString).orElse("");
        }
        return pick;
    }

    /** @param pick the id of the office to look at, or an empty string for every office */
    public void setPick(String pick) {
        this.pick = pick;
    }

    /** @return the page again, now showing the office picked */
    public String choose() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        Optional<OfficeId> chosen = OfficeId.parse(pick).filter(id -> offices.find(id).isPresent());
        if (chosen.isPresent()) {
            session.setAttribute(SESSION_ATTRIBUTE, chosen.get().toString());
        } else {
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
