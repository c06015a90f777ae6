package org.suaka.web.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.office.api.Membership;
import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.platform.office.OfficeId;

/**
 * The offices section of the administration page: the offices with their codes, cities and signatories,
 * the users of the office picked, and a form that assigns a user of the user registry to an office. An
 * administrator of a Rudenim sees and assigns to their own office; the office service refuses the rest.
 */
@Named("officeAdmin")
@ViewScoped
public class OfficeAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "offices";

    @Inject
    transient OfficeService offices;

    private List<OfficeView> listed;
    private String office;
    private String userName;
    private List<Membership> members;

    /** @return every office, the top office first */
    public List<OfficeView> getOffices() {
        if (listed == null) {
            listed = offices.all();
        }
        return listed;
    }

    /** @return the id of the office whose users are shown and to which a user is assigned */
    public String getOffice() {
        if (office == null) {
            office = offices.mine().id().toString();
        }
        return office;
    }

    /** @param office the id of the office picked */
    public void setOffice(String office) {
        this.office = office;
        this.members = null;
    }

    /** @return the users of the office picked, or none when the caller may not administer it */
    public List<Membership> getMembers() {
        if (members == null) {
            members = List.of();
            FormFailures.submit(FORM, () -> {
                members = OfficeId.parse(getOffice()).map(offices::members).orElse(List.of());
                return null;
            });
        }
        return members;
    }

    /** @return the user name typed */
    public String getUserName() {
        return userName;
    }

    /** @param userName the user name typed */
    public void setUserName(String userName) {
        this.userName = userName;
    }

    /** Assigns the user typed to the office picked. */
    public void assign() {
        FormFailures.submit(FORM, () -> {
            OfficeId target = OfficeId.parse(getOffice()).orElseThrow();
            Membership done = offices.assign(target, userName == null ? null : userName.strip());
            members = null;
            userName = null;
            Messages.info(Messages.text("office.assigned", done.userName(), offices.get(target).name()));
            return null;
        });
    }
}
