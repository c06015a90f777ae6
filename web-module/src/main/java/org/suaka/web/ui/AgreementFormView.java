package org.suaka.web.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.suaka.partner.api.AgreementService;
import org.suaka.partner.api.AgreementView;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.RecordAgreement;
import org.suaka.platform.access.DataCategory;

/**
 * The form that records a cooperation agreement with a partner, the data it grants and its scan; opened from
 * the partner's page ({@code partner} parameter) and back there when saved.
 */
@Named("agreementForm")
@ViewScoped
public class AgreementFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "agreement";
    /** The categories a care partner may be granted: never enforcement data. */
    private static final List<DataCategory> GRANTABLE = List.of(DataCategory.IDENTITY, DataCategory.FAMILY,
            DataCategory.SHELTER, DataCategory.REFERRAL, DataCategory.SUPERVISION);

    @Inject
    transient AgreementService agreements;

    @Inject
    transient PartnerService partners;

    private String partner;
    private String partnerName;
    private String number;
    private String subject;
    private LocalDate signedOn;
    private LocalDate validFrom;
    private LocalDate validTo;
    private List<DataCategory> scope = new ArrayList<>(List.of(DataCategory.IDENTITY));
    private transient Part scan;

    /** Finds the partner named by the {@code partner} view parameter. */
    public void load() {
        partnerName = OrganisationId.parse(partner).flatMap(partners::findOrganisation).map(OrganisationView::name).orElse(null);
        if (partnerName == null) {
            Messages.error(null, Messages.text("common.noRecord"));
        }
    }

    /** @return the partner's page, or null to stay on the form with the messages shown */
    public String save() {
        return FormFailures.submit(FORM, () -> {
            byte[] chosen = ChosenFiles.read(scan, "scan", AgreementService.MAX_SCAN_BYTES, "agreement.scanTooLarge");
            AgreementView agreement = agreements.record(new RecordAgreement(OrganisationId.parse(partner).orElse(null), number,
                    subject, signedOn, validFrom, validTo, scope.isEmpty() ? EnumSet.noneOf(DataCategory.class)
                            : EnumSet.copyOf(scope)));
            if (chosen != null) {
                agreements.attachScan(agreement.id(), chosen);
            }
            Messages.info(Messages.text("agreement.recorded"));
            return "/app/partner.xhtml?faces-redirect=true&id=" + partner;
        });
    }

    /** @return the categories of personal data an agreement may grant */
    public List<DataCategory> getGrantable() {
        return GRANTABLE;
    }

    /** @return the partner's id, from the URL */
    public String getPartner() {
        return partner;
    }

    /** @param partner the partner's id, from the URL */
    public void setPartner(String partner) {
        this.partner = partner;
    }

    /** @return the partner's name, or null when the URL names none */
    public String getPartnerName() {
        return partnerName;
    }

    /** @return the agreement's number */
    public String getNumber() {
        return number;
    }

    /** @param number the agreement's number */
    public void setNumber(String number) {
        this.number = number;
    }

    /** @return what it is about */
    public String getSubject() {
        return subject;
    }

    /** @param subject what it is about */
    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** @return the day it was signed */
    public LocalDate getSignedOn() {
        return signedOn;
    }

    /** @param signedOn the day it was signed */
    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    /** @return the first day it holds */
    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** @param validFrom the first day it holds */
    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    /** @return the last day it holds, or null */
    public LocalDate getValidTo() {
        return validTo;
    }

    /** @param validTo the last day it holds, or null */
    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    /** @return the categories it grants */
    public List<DataCategory> getScope() {
        return scope;
    }

    /** @param scope the categories it grants */
    public void setScope(List<DataCategory> scope) {
        this.scope = scope == null ? new ArrayList<>() : new ArrayList<>(scope);
    }

    /** @return the scan chosen, or null */
    public Part getScan() {
        return scan;
    }

    /** @param scan the scan chosen */
    public void setScan(Part scan) {
        this.scan = scan;
    }
}
